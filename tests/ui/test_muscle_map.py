"""The body map: every region is clickable on its shape (not its box), by mouse and keyboard."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from foamroll_gui.core.bodymap import load_body_map, shipped_svg
from foamroll_gui.core.content.model import MAP_FACES, Content, MapFace
from foamroll_gui.ui.muscle_map import MuscleMapWidget

InsidePoint = Callable[[MuscleMapWidget, str], QPoint]  # the fixture in conftest.py


def make_map(qtbot: QtBot, content: Content, face: MapFace) -> MuscleMapWidget:
    svg = shipped_svg(face)
    widget = MuscleMapWidget(load_body_map(svg, face), svg, content.names())
    qtbot.addWidget(widget)
    widget.resize(320, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def grid(widget: MuscleMapWidget, step: int = 3) -> Iterator[QPoint]:
    for y in range(0, widget.height(), step):
        for x in range(0, widget.width(), step):
            yield QPoint(x, y)


@pytest.mark.parametrize("face", MAP_FACES)
def test_clicking_inside_each_region_selects_it(
    qtbot: QtBot, content: Content, face: MapFace, inside_point: InsidePoint
) -> None:
    widget = make_map(qtbot, content, face)
    for region in widget.body_map.regions:
        point = inside_point(widget, region.id)
        with qtbot.waitSignal(widget.region_clicked) as blocker:
            qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)
        assert blocker.args == [region.muscle, region.side]


@pytest.mark.parametrize("face", MAP_FACES)
def test_clicking_the_background_selects_nothing(
    qtbot: QtBot, content: Content, face: MapFace
) -> None:
    widget = make_map(qtbot, content, face)
    with qtbot.assertNotEmitted(widget.region_clicked):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(160, 30))  # the head


@pytest.mark.parametrize("face", MAP_FACES)
def test_a_point_in_the_box_but_outside_the_shape_does_not_select_it(
    qtbot: QtBot, content: Content, face: MapFace
) -> None:
    widget = make_map(qtbot, content, face)
    checked = 0
    for region in widget.body_map.regions:
        shape = widget.widget_path(region.id)
        box = shape.boundingRect()
        corner = next(
            (
                p
                for p in (box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight())
                if box.contains(p) and not shape.contains(p)
            ),
            None,
        )
        probe = corner or QPointF(box.left() + 0.5, box.top() + 0.5)
        if shape.contains(probe):
            continue
        clicked: list[tuple[str, str]] = []
        widget.region_clicked.connect(lambda m, s, out=clicked: out.append((m, s)))
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=probe.toPoint())
        widget.region_clicked.disconnect()
        assert (region.muscle, region.side) not in clicked, region.id
        checked += 1
    assert checked >= len(widget.body_map.regions) // 2


def test_keyboard_gives_the_same_result_as_clicking(
    qtbot: QtBot, content: Content, inside_point: InsidePoint
) -> None:
    widget = make_map(qtbot, content, "back")
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    order = widget.region_ids()
    assert widget.focused_region() == order[0]
    qtbot.keyClick(widget, Qt.Key.Key_Down)
    focused = widget.focused_region()
    assert focused is not None and focused != order[0]
    assert widget.accessibleName() == f"{widget.region_name(focused)}, Body map, back view"
    with qtbot.waitSignal(widget.region_clicked) as by_key:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    with qtbot.waitSignal(widget.region_clicked) as by_mouse:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=inside_point(widget, focused))
    assert by_key.args == by_mouse.args


def test_arrow_keys_move_to_the_nearest_region_in_their_direction(
    qtbot: QtBot, content: Content
) -> None:
    widget = make_map(qtbot, content, "back")
    widget.set_selected("calves", "left")
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    assert widget.focused_region() == "calves-left"  # focus lands on the selected muscle
    x = {r: widget.widget_path(r).boundingRect().center().x() for r in widget.region_ids()}
    y = {r: widget.widget_path(r).boundingRect().center().y() for r in widget.region_ids()}
    qtbot.keyClick(widget, Qt.Key.Key_Up)
    above = widget.focused_region()
    assert above is not None and y[above] < y["calves-left"]
    assert above.endswith("-left") or above.endswith("-right")
    qtbot.keyClick(widget, Qt.Key.Key_Down)
    assert widget.focused_region() == "calves-left"  # and back down again
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    right = widget.focused_region()
    assert right is not None and x[right] > x["calves-left"]
    assert abs(y[right] - y["calves-left"]) < 60  # across, not up the body


def test_the_map_is_one_tab_stop(qtbot: QtBot, content: Content) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    before, after = QLineEdit(holder), QLineEdit(holder)
    widget = make_map(qtbot, content, "front")
    widget.setParent(holder)
    layout = QVBoxLayout(holder)
    for part in (before, widget, after):
        layout.addWidget(part)
    QWidget.setTabOrder(before, widget)
    QWidget.setTabOrder(widget, after)
    holder.show()
    widget.show()  # re-parented after make_map showed it on its own
    qtbot.waitExposed(holder)
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert widget.hasFocus() and widget.focused_region() is not None, QApplication.focusWidget()
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert after.hasFocus()  # one Tab leaves the map


def test_focus_shows_on_a_selected_region_with_its_name(qtbot: QtBot, content: Content) -> None:
    widget = make_map(qtbot, content, "back")
    widget.set_selected("calves", "left")
    unfocused = widget.grab().toImage()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    assert widget.focused_region() == "calves-left"
    focused = widget.grab().toImage()
    box = widget.widget_path("calves-left").boundingRect().toRect()
    changed_below = sum(
        focused.pixelColor(x, y) != unfocused.pixelColor(x, y)
        for y in range(box.bottom() + 2, min(widget.height(), box.bottom() + 30))
        for x in range(box.left() - 20, box.right() + 20)
        if 0 <= x < widget.width()
    )
    assert focused != unfocused  # the outline shows on the orange selection (it used to vanish)
    assert changed_below > 50  # and the name label sits under the region


def test_hover_names_the_region(qtbot: QtBot, content: Content, inside_point: InsidePoint) -> None:
    widget = make_map(qtbot, content, "back")
    point = inside_point(widget, "calves-left")
    qtbot.mouseMove(widget, point)
    qtbot.waitUntil(lambda: widget.hovered_region() == "calves-left")
    assert widget.toolTip() == "Calves, left"


def test_selected_and_tinted_regions_are_painted(
    qtbot: QtBot, content: Content, inside_point: InsidePoint
) -> None:
    widget = make_map(qtbot, content, "back")
    calves = inside_point(widget, "calves-right")
    glute = inside_point(widget, "glutes-left")
    before = widget.grab().toImage()
    widget.set_selected("calves", "right")
    widget.set_region_colors({"glutes-left": QColor(0, 200, 0, 255)})
    after = widget.grab().toImage()
    accent = widget.palette().highlight().color()
    painted = after.pixelColor(calves)
    assert before.pixelColor(calves) != painted
    assert abs(painted.hue() - accent.hue()) < 20 or painted.hue() == accent.hue()
    assert after.pixelColor(glute).green() > 150
