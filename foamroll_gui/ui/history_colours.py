"""The history's colour scale: viridis, sequential and readable with every common colour-vision
deficiency, in light and dark palettes alike (its ends differ in lightness, not only in hue)."""

from __future__ import annotations

from PySide6.QtGui import QColor

#: viridis, from dark purple (0) to yellow (1)
VIRIDIS = ("#440154", "#3b528b", "#21918c", "#5ec962", "#fde725")


def sequential(amount: float) -> QColor:
    """The scale's colour at ``amount`` (0..1, clamped)."""
    t = min(1.0, max(0.0, amount)) * (len(VIRIDIS) - 1)
    low = int(t)
    high = min(low + 1, len(VIRIDIS) - 1)
    a, b, f = QColor(VIRIDIS[low]), QColor(VIRIDIS[high]), t - low
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * f,
        a.greenF() + (b.greenF() - a.greenF()) * f,
        a.blueF() + (b.blueF() - a.blueF()) * f,
    )


def text_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    return QColor("black") if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.45 else QColor("white")
