"""The body map: every region is clickable on its shape (not its box), by mouse and keyboard."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
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
    qtbot.keyClick(widget, Qt.Key.Key_Down)
    assert widget.focused_region() == order[2]
    assert widget.accessibleName() == f"{widget.region_name(order[2])}, Body map, back view"
    with qtbot.waitSignal(widget.region_clicked) as by_key:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    with qtbot.waitSignal(widget.region_clicked) as by_mouse:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=inside_point(widget, order[2]))
    assert by_key.args == by_mouse.args


def test_tab_walks_through_regions_in_reading_order(qtbot: QtBot, content: Content) -> None:
    widget = make_map(qtbot, content, "front")
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    visited = [widget.focused_region()]
    for _ in range(len(widget.region_ids()) - 1):
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        visited.append(widget.focused_region())
    assert visited == widget.region_ids()
    tops = [widget.widget_path(r).boundingRect().top() for r in visited]
    assert tops[0] <= min(tops) + 40  # starts near the top of the body


def test_hover_names_the_region(qtbot: QtBot, content: Content, inside_point: InsidePoint) -> None:
    widget = make_map(qtbot, content, "back")
    point = inside_point(widget, "calves-left")
    qtbot.mouseMove(widget, point)
    qtbot.waitUntil(lambda: widget.hovered_region() == "calves-left")
    assert widget.toolTip() == "Calves (left)"


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
