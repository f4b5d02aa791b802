"""A hold step's picture is not the roll's still again: it shows a press on the target; and
every mark lying on the highlighted muscle stands out from it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from pytestqt.qtbot import QtBot

from foamroll_gui.core.figure.scene import Arrow
from foamroll_gui.core.illustrations.marks import press_on, shows_press
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui.illustration import (
    Colours,
    IllustrationWidget,
    paint_illustration,
    step_bounds,
)
from foamroll_gui.ui.illustration_export import framed_size, render_step
from foamroll_gui.ui.palettes import dark_palette, light_palette
from tests.ui.picture_paint import changed_pixels, paint_frame

SIZE = QSize(480, 300)


def _paint(poses: TechniquePoses, step: str, *, press: bool, size: QSize = SIZE) -> QImage:
    return paint_frame(poses, step, poses.frame(step, None, 0.0), size, press=press)


def test_only_hold_steps_press() -> None:
    assert shows_press("hold")
    assert not any(shows_press(step) for step in ("setup", "roll", "switch", "cross"))


def test_the_press_lands_on_the_target_over_the_roller(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    frame = illustrations["calves"].frame("hold", "right")
    spot = press_on(frame.body, frame.target, frame.roller.centre, across=False)
    assert abs(spot.x - frame.roller.x) < 3.0
    assert spot.y > frame.roller.radius  # on the body resting on top of the roller


# (the adductors' hold, from above, shows no mark: tests/ui/test_illustration_above.py)
@pytest.mark.parametrize("muscle", ["calves", "quadriceps", "it-band"])
def test_a_hold_picture_shows_a_press_over_the_roller(
    illustrations: Mapping[str, TechniquePoses], muscle: str
) -> None:
    poses = illustrations[muscle]
    added = changed_pixels(_paint(poses, "hold", press=True), _paint(poses, "hold", press=False))
    assert len(added) >= 40, len(added)  # a mark that reads on a thumbnail, not a speck
    xs = [x for x, _ in added]
    assert max(xs) - min(xs) <= SIZE.width() * 0.25  # small and in one place
    # the exported picture of the hold is the one with the press
    exported = render_step(poses, "hold", SIZE)
    assert changed_pixels(exported, _paint(poses, "hold", press=True)) == []


def test_a_roll_picture_shows_no_press(illustrations: Mapping[str, TechniquePoses]) -> None:
    poses = illustrations["calves"]
    exported = render_step(poses, "setup", SIZE)
    assert changed_pixels(exported, _paint(poses, "setup", press=False)) == []


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
@pytest.mark.parametrize(("muscle", "step"), [("it-band", "roll"), ("quadriceps", "roll")])
def test_a_mark_lying_on_the_highlight_stands_out_from_it(
    illustrations: Mapping[str, TechniquePoses], palette: QPalette, muscle: str, step: str
) -> None:
    poses = illustrations[muscle]
    frame = poses.frame(step, None, 0.5)
    if frame.arrow is not None:  # a slide along the middle of the highlight, wherever it lies
        target = frame.body.capsule(frame.target.segment)
        a, b = (target.point_at(frame.target.start), target.point_at(frame.target.end))
        middle = ((a.x + b.x) / 2, (a.y + b.y) / 2)
        dx, dy = (b.x - a.x) * 0.2, (b.y - a.y) * 0.2
        start, end = (middle[0] - dx, middle[1] - dy), (middle[0] + dx, middle[1] + dy)
        frame = replace(frame, arrow=Arrow("slide", start, end))
    bounds = step_bounds(poses, step, None)
    colours = Colours(palette)

    def paint(with_marks: bool) -> QImage:
        image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        try:
            paint_illustration(
                painter,
                QRectF(0, 0, SIZE.width(), SIZE.height()),
                frame if with_marks else replace(frame, arrow=None),
                palette,
                bounds=bounds,
                press=with_marks and shows_press(step),
            )
        finally:
            painter.end()
        return image

    plain, marked = paint(False), paint(True)
    accent, ink = colours.accent.rgb(), QColor(colours.on_accent)
    on_highlight = [
        marked.pixelColor(x, y)
        for y in range(SIZE.height())
        for x in range(SIZE.width())
        if plain.pixelColor(x, y).rgb() == accent and marked.pixelColor(x, y).rgb() != accent
    ]
    # the mark's fill there is the contrasting ink, not accent on accent
    inked = [c for c in on_highlight if _distance(c, ink) <= 40]
    assert len(inked) >= 30, (len(inked), len(on_highlight))


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


@pytest.mark.parametrize("muscle", ["lats", "tfl", "quadriceps"])
def test_a_low_lying_hold_keeps_room_for_a_full_press_arrow(
    illustrations: Mapping[str, TechniquePoses], muscle: str
) -> None:
    poses = illustrations[muscle]
    size = framed_size(poses, "hold")  # framed to the figure, as the app and export show it
    added = changed_pixels(
        _paint(poses, "hold", press=True, size=size), _paint(poses, "hold", press=False, size=size)
    )
    ys = [y for _, y in added]
    assert max(ys) - min(ys) >= 24  # about three arrowheads long, not squeezed at the edge


def test_the_app_shows_the_press_on_a_hold_and_not_on_the_roll(
    qtbot: QtBot, illustrations: Mapping[str, TechniquePoses]
) -> None:
    poses = illustrations["calves"]
    widget = IllustrationWidget(autoplay=False)
    widget.setPalette(light_palette())
    widget.resize(SIZE)
    qtbot.addWidget(widget)
    for step, press in (("hold", True), ("setup", False)):
        widget.set_step(poses, step)
        shown = widget.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        painted = _paint(poses, step, press=press, size=shown.size())
        assert changed_pixels(shown, painted) == [], step
