"""The lats turn, as drawn at the app's and the export's sizes: it lies on the chest, nothing of
it (its halo included) on the top arm that comes down in front of the shoulder (round 7 read the
arc against the shoulder as "roll the shoulder")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter, QPalette

from foamroll_gui.core.figure.scene import Frame
from foamroll_gui.core.illustrations.arrows import surface_distance
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui.figure_base import _Mapper
from foamroll_gui.ui.figure_painter import _padded, paint_illustration, step_bounds
from foamroll_gui.ui.illustration_export import framed_size
from foamroll_gui.ui.palettes import light_palette


def _paint(poses: TechniquePoses, frame: Frame, rect: QRectF) -> QImage:
    palette = light_palette()
    image = QImage(rect.size().toSize(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    try:
        paint_illustration(painter, rect, frame, palette, bounds=step_bounds(poses, "rotate"))
    finally:
        painter.end()
    return image


@pytest.mark.parametrize("width", [300, 480, 900])
def test_the_lats_turn_lies_on_the_chest_clear_of_the_top_arm(
    illustrations: Mapping[str, TechniquePoses], width: int
) -> None:
    poses = illustrations["lats"]
    frame = poses.frame("rotate", None, 0.0)
    size = framed_size(poses, "rotate", width)
    rect = QRectF(0, 0, size.width(), size.height())
    marked, plain = _paint(poses, frame, rect), _paint(poses, replace(frame, arrow=None), rect)
    m = _Mapper(rect, _padded(step_bounds(poses, "rotate")))
    points = [
        ((x - m.ox) / m.scale, (m.oy - y) / m.scale)
        for y in range(size.height())
        for x in range(size.width())
        if marked.pixel(x, y) != plain.pixel(x, y)
    ]
    assert len(points) > 40
    for arm in ("near_upper_arm", "near_forearm", "near_hand"):
        nearest = min(surface_distance(frame.body, arm, *p) for p in points)
        assert nearest > 0.0, (arm, nearest)
