"""The body map: every region is clickable on its shape (not its box), by mouse and keyboard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from foamroll_gui.core.bodymap import load_body_map
from foamroll_gui.core.model import VIEWS, Content, View
from foamroll_gui.core.resources import asset_path
from foamroll_gui.ui.muscle_map import MuscleMapWidget


def make_map(qtbot: QtBot, content: Content, view: View) -> MuscleMapWidget:
    svg = asset_path(f"bodymap/{view}.svg")
    widget = MuscleMapWidget(load_body_map(svg, view), svg, content.names())
    qtbot.addWidget(widget)
    widget.resize(320, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def grid(widget: MuscleMapWidget, step: int = 3) -> Iterator[QPoint]:
    for y in range(0, widget.height(), step):
        for x in range(0, widget.width(), step):
            yield QPoint(x, y)


def inside_point(widget: MuscleMapWidget, region_id: str) -> QPoint:
    """A point well inside the region's visible shape, found from the shape itself."""
    box = widget.widget_path(region_id).boundingRect().toRect()
    for y in range(box.top(), box.bottom(), 2):
        for x in range(box.left(), box.right(), 2):
            around = [QPointF(x + dx, y + dy) for dx in (-2, 0, 2) for dy in (-2, 0, 2)]
            if all(widget.region_at(p) == region_id for p in around):
                return QPoint(x, y)
    raise AssertionError(f"no clickable point inside {region_id}")


@pytest.mark.parametrize("view", VIEWS)
def test_clicking_inside_each_region_selects_it(qtbot: QtBot, content: Content, view: View) -> None:
    widget = make_map(qtbot, content, view)
    for region in widget.map_view.regions:
        point = inside_point(widget, region.id)
        with qtbot.waitSignal(widget.region_clicked) as blocker:
            qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)
        assert blocker.args == [region.muscle, region.side]


@pytest.mark.parametrize("view", VIEWS)
def test_clicking_the_background_selects_nothing(
    qtbot: QtBot, content: Content, view: View
) -> None:
    widget = make_map(qtbot, content, view)
    with qtbot.assertNotEmitted(widget.region_clicked):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(160, 30))  # the head


@pytest.mark.parametrize("view", VIEWS)
def test_a_point_in_the_box_but_outside_the_shape_does_not_select_it(
    qtbot: QtBot, content: Content, view: View
) -> None:
    widget = make_map(qtbot, content, view)
    checked = 0
    for region in widget.map_view.regions:
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
    assert checked >= len(widget.map_view.regions) // 2


def test_keyboard_gives_the_same_result_as_clicking(qtbot: QtBot, content: Content) -> None:
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


def test_hover_names_the_region(qtbot: QtBot, content: Content) -> None:
    widget = make_map(qtbot, content, "back")
    point = inside_point(widget, "calves-left")
    qtbot.mouseMove(widget, point)
    qtbot.waitUntil(lambda: widget.hovered_region() == "calves-left")
    assert widget.toolTip() == "Calves (left)"


def test_selected_and_tinted_regions_are_painted(qtbot: QtBot, content: Content) -> None:
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
