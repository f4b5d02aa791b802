"""Arrow keys on the body map move to the region most nearly in that direction on the screen:
Down from the quadriceps is the shin below them, not the IT band beside them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from foamroll_gui.core.bodymap import load_body_map, shipped_svg
from foamroll_gui.core.content.model import MAP_FACES, Content, MapFace
from foamroll_gui.ui.muscle_map import MuscleMapWidget

InsidePoint = Callable[[MuscleMapWidget, str], QPoint]  # the fixture in conftest.py

KEYS = {
    "left": Qt.Key.Key_Left,
    "right": Qt.Key.Key_Right,
    "up": Qt.Key.Key_Up,
    "down": Qt.Key.Key_Down,
}

# Region ids as drawn: on the front the body's right side is on the screen's left.
# (face, from, key, to); None: the edge of the map, the focus stays.
MOVES = [
    ("front", "quadriceps-right", "down", "shins-right"),
    ("front", "quadriceps-right", "up", "tfl-right"),
    ("front", "quadriceps-right", "left", "it-band-right"),
    ("front", "quadriceps-right", "right", "adductors-right"),
    ("front", "adductors-left", "up", "tfl-left"),
    ("front", "adductors-left", "down", "shins-left"),
    ("front", "adductors-left", "left", "adductors-right"),
    ("front", "adductors-left", "right", "quadriceps-left"),
    ("front", "shins-right", "up", "quadriceps-right"),
    ("front", "shins-right", "left", "peroneals-right"),
    ("front", "shins-right", "right", "shins-left"),
    ("front", "shins-right", "down", None),
    ("back", "hamstrings-left", "up", "glutes-left"),
    ("back", "hamstrings-left", "down", "calves-left"),
    ("back", "hamstrings-left", "left", "it-band-left"),
    ("back", "hamstrings-left", "right", "hamstrings-right"),
    ("back", "lats-right", "up", "upper-back-right"),
    ("back", "lats-right", "down", "piriformis-right"),
    ("back", "lats-right", "left", "lats-left"),
    ("back", "lats-right", "right", None),
    ("back", "calves-left", "up", "hamstrings-left"),
    ("back", "calves-left", "down", None),  # the peroneals beside it are not below
    ("back", "calves-left", "left", "peroneals-left"),
    ("back", "calves-left", "right", "calves-right"),
]


def make_map(qtbot: QtBot, content: Content, face: MapFace) -> MuscleMapWidget:
    svg = shipped_svg(face)
    widget = MuscleMapWidget(load_body_map(svg, face), svg, content.names())
    qtbot.addWidget(widget)
    widget.resize(320, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def focus_on(qtbot: QtBot, widget: MuscleMapWidget, region: str, inside_point: InsidePoint) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=inside_point(widget, region))
    assert widget.focused_region() == region


@pytest.mark.parametrize(("face", "start", "key", "end"), MOVES)
def test_an_arrow_key_moves_to_the_region_in_that_direction(
    qtbot: QtBot,
    content: Content,
    inside_point: InsidePoint,
    face: MapFace,
    start: str,
    key: str,
    end: str | None,
) -> None:
    widget = make_map(qtbot, content, face)
    focus_on(qtbot, widget, start, inside_point)
    qtbot.keyClick(widget, KEYS[key])
    assert widget.focused_region() == (end or start)


@pytest.mark.parametrize("face", MAP_FACES)
def test_every_region_can_be_reached_with_the_arrow_keys(
    qtbot: QtBot, content: Content, inside_point: InsidePoint, face: MapFace
) -> None:
    widget = make_map(qtbot, content, face)
    first = widget.region_ids()[0]
    seen, todo = {first}, [first]
    while todo:
        region = todo.pop()
        for key in KEYS.values():
            focus_on(qtbot, widget, region, inside_point)
            qtbot.keyClick(widget, key)
            reached = widget.focused_region()
            assert reached is not None
            if reached not in seen:
                seen.add(reached)
                todo.append(reached)
    assert seen == set(widget.region_ids())
