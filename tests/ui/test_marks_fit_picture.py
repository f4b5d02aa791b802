"""Round 7 read the lats turn as "the curved arrow is small and cut off at the top of the
picture": an arc is at least a few arrowheads in radius in pixels, larger on a small picture
than its radius in centimetres, which the framing allows for. Every mark (a movement arrow, a
hold's press) stays inside its picture at every size the app and the export use."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import pytest
from PySide6.QtGui import QImage, QPalette

from foamroll_gui.core.illustrations.marks import shows_press
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui.illustration_export import framed_size
from foamroll_gui.ui.palettes import dark_palette, light_palette
from tests.ui.picture_paint import paint_frame

#: The widths the pictures are shown at: the contact sheet's thumbnails and cells, the app's
#: step pictures and a large export.
WIDTHS = (150, 300, 480, 900)


def _paint(
    poses: TechniquePoses, step: str, width: int, palette: QPalette, *, marks: bool
) -> QImage:
    size = framed_size(poses, step, width)
    frame = poses.frame(step, None, 0.5 if poses.step(step).animated else 0.0)
    if not marks:
        frame = replace(frame, arrow=None)
    return paint_frame(poses, step, frame, size, palette, press=marks and shows_press(step))


def _marked_steps(illustrations: Mapping[str, TechniquePoses]) -> list[tuple[str, str]]:
    return [
        (muscle, step)
        for muscle, poses in illustrations.items()
        for step in poses.steps
        if poses.frame(step, None, 0.0).arrow is not None or shows_press(step)
    ]


def _border_changes(with_marks: QImage, without: QImage) -> list[tuple[int, int]]:
    w, h = with_marks.width(), with_marks.height()
    border = [(x, y) for x in range(w) for y in (0, h - 1)]
    border += [(x, y) for y in range(1, h - 1) for x in (0, w - 1)]
    return [(x, y) for x, y in border if with_marks.pixel(x, y) != without.pixel(x, y)]


@pytest.mark.parametrize("width", WIDTHS)
def test_no_mark_touches_the_edge_of_its_picture(
    illustrations: Mapping[str, TechniquePoses], width: int
) -> None:
    steps = _marked_steps(illustrations)
    assert ("lats", "rotate") in steps and ("lats", "hold") in steps
    palette = light_palette()
    touching = {}
    for muscle, step in steps:
        poses = illustrations[muscle]
        changed = _border_changes(
            _paint(poses, step, width, palette, marks=True),
            _paint(poses, step, width, palette, marks=False),
        )
        if changed:
            touching[f"{muscle} {step}"] = changed[:3]
    assert touching == {}


def test_the_lats_turn_fits_a_dark_thumbnail_and_still_shows(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    poses = illustrations["lats"]
    palette = dark_palette()
    marked = _paint(poses, "rotate", 150, palette, marks=True)
    plain = _paint(poses, "rotate", 150, palette, marks=False)
    assert _border_changes(marked, plain) == []
    changed = sum(
        marked.pixel(x, y) != plain.pixel(x, y)
        for y in range(marked.height())
        for x in range(marked.width())
    )
    assert changed > 60  # shrunk to fit, not dropped
