"""A turn about a part's own axis is drawn as a ring round it, seen in perspective: the solid
front crossing the part with a head at each end, and its back, behind the part, thin and dashed.
Round 7 and 8 read the open front alone (a bracket on the lats' top flank, a C round the glutes'
trunk) as "move up and down", "lift the top side", "rock or tilt the pelvis"."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter, QPalette

from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui.figure_base import _Mapper
from foamroll_gui.ui.figure_painter import _padded, paint_illustration, step_bounds
from foamroll_gui.ui.illustration_export import framed_size
from foamroll_gui.ui.palettes import dark_palette, light_palette


def _paint(poses: TechniquePoses, step: str, marked: bool, rect: QRectF, dark: bool) -> QImage:
    frame = poses.frame(step, None, 0.0)
    if not marked:
        frame = replace(frame, arrow=None)
    palette = dark_palette() if dark else light_palette()
    image = QImage(rect.size().toSize(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    try:
        paint_illustration(painter, rect, frame, palette, bounds=step_bounds(poses, step))
    finally:
        painter.end()
    return image


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("width", [300, 480, 900])
@pytest.mark.parametrize(("muscle", "step"), [("glutes", "twist"), ("lats", "rotate")])
def test_a_turn_is_a_ring_round_the_part_its_back_behind_it(
    illustrations: Mapping[str, TechniquePoses], muscle: str, step: str, width: int, dark: bool
) -> None:
    poses = illustrations[muscle]
    arrow = poses.frame(step, None, 0.0).arrow
    assert arrow is not None and arrow.kind == "turn"
    size = framed_size(poses, step, width)
    rect = QRectF(0, 0, size.width(), size.height())
    marked, plain = _paint(poses, step, True, rect, dark), _paint(poses, step, False, rect, dark)
    m = _Mapper(rect, _padded(step_bounds(poses, step)))
    axis = math.radians(arrow.angles[0])
    cx, cy = arrow.start
    local = []  # the mark's pixels: along the part's axis from the ring's centre, and across it
    for y in range(size.height()):
        for x in range(size.width()):
            if marked.pixel(x, y) != plain.pixel(x, y):
                dx, dy = (x - m.ox) / m.scale - cx, (m.oy - y) / m.scale - cy
                local.append(
                    (
                        dx * math.cos(axis) + dy * math.sin(axis),
                        -dx * math.sin(axis) + dy * math.cos(axis),
                    )
                )
    across = max(abs(v) for _, v in local)
    middle = [u for u, v in local if abs(v) < across * 0.5]  # where the ring crosses the part
    # the ring crosses the part twice, in front and behind: one side of its centre and the other
    assert max(middle) > across * 0.2, max(middle)
    assert min(middle) < -across * 0.2, min(middle)
