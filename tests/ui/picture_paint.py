"""Painting step pictures in tests: one frame into an image as the app paints it, the mapping
from its pixels back to picture centimetres, and the pixels where two pictures differ."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter, QPalette

from foamroll_gui.core.figure.scene import Frame
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui.figure_base import _Mapper
from foamroll_gui.ui.figure_painter import _padded, paint_illustration, step_bounds
from foamroll_gui.ui.palettes import light_palette


def paint_frame(
    poses: TechniquePoses,
    step: str,
    frame: Frame,
    size: QSize,
    palette: QPalette | None = None,
    *,
    press: bool = False,
) -> QImage:
    """``frame`` painted ``size`` big on the Base colour, framed to ``step``'s movement (light
    palette unless one is given); ``press`` as on a hold step."""
    palette = palette or light_palette()
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    try:
        paint_illustration(
            painter,
            QRectF(0, 0, size.width(), size.height()),
            frame,
            palette,
            bounds=step_bounds(poses, step, None),
            press=press,
        )
    finally:
        painter.end()
    return image


def picture_mapper(poses: TechniquePoses, step: str, size: QSize) -> _Mapper:
    """Picture centimetres to the pixels of :func:`paint_frame`'s image, and back."""
    return _Mapper(QRectF(0, 0, size.width(), size.height()), _padded(step_bounds(poses, step)))


def to_cm(m: _Mapper, px: int, py: int) -> tuple[float, float]:
    """The picture centimetres at pixel ``(px, py)``."""
    return ((px - m.ox) / m.scale, (m.oy - py) / m.scale)


def changed_pixels(a: QImage, b: QImage) -> list[tuple[int, int]]:
    """Every second pixel, both ways, where ``a`` and ``b`` differ."""
    return [
        (x, y)
        for y in range(0, a.height(), 2)
        for x in range(0, a.width(), 2)
        if a.pixelColor(x, y).rgb() != b.pixelColor(x, y).rgb()
    ]
