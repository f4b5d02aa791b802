"""Hands painted from above: fingers together in one shape (no row of separate digits, which
read as toes in round 5) and a thumb out to the side; the feet keep their soles."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from foamroll_gui.core.figure.top_view import top_view
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui.figure_base import Colours, _Mapper
from foamroll_gui.ui.figure_painter import _padded
from foamroll_gui.ui.illustration import paint_illustration, step_bounds
from foamroll_gui.ui.palettes import dark_palette, light_palette

SIZE = QSize(1000, 560)


def _render(
    poses: TechniquePoses, step: str, side: str, palette: QPalette
) -> tuple[QImage, _Mapper]:
    bounds = step_bounds(poses, step, side)
    rect = QRectF(0, 0, SIZE.width(), SIZE.height())
    image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    try:
        paint_illustration(painter, rect, poses.frame(step, side, 0.5), palette, bounds=bounds)
    finally:
        painter.end()
    return image, _Mapper(rect, _padded(bounds, floor=False), floor=False)


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


@pytest.mark.parametrize("side", ["right", "left"])
@pytest.mark.parametrize("step", ["setup", "roll", "hold"])
@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_the_fingers_are_one_shape_and_the_thumb_shows(
    illustrations: Mapping[str, TechniquePoses], step: str, side: str, palette: QPalette
) -> None:
    poses = illustrations["adductors"]
    image, m = _render(poses, step, side, palette)
    colours = Colours(palette)
    view = top_view(poses.frame(step, side, 0.5))
    for hand in view.hands():
        fingers, thumb = hand.fingers, hand.thumb
        # across the fingers, two thirds of the way out: skin all the way, no floor between
        p, r = fingers.point_at(0.66), fingers.radius_at(0.66)
        dx, dy = fingers.b.x - fingers.a.x, fingers.b.y - fingers.a.y
        norm = (dx * dx + dy * dy) ** 0.5
        nx, ny = -dy / norm, dx / norm
        row = [
            image.pixelColor(m.point(p.x + nx * r * k / 10, p.y + ny * r * k / 10).toPoint())
            for k in range(-7, 8)
        ]
        floor = [c for c in row if _distance(c, colours.body) > 60]
        assert not floor, (step, side, [c.name() for c in floor])
        # the thumb: skin in its middle, out beside the palm (tests/core: past its edge)
        mid = thumb.point_at(0.6)
        assert _distance(image.pixelColor(m.point(mid.x, mid.y).toPoint()), colours.body) < 30
