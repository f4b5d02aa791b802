"""In the dark theme a far limb (a bent top leg, a stacked leg) stands out from the background:
a screens review measured 1.77:1 and found TFL's bent knee "practically invisible"."""

from __future__ import annotations

from PySide6.QtGui import QColor

from foamroll_gui.ui.figure_base import Colours
from foamroll_gui.ui.palettes import dark_palette, light_palette


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_far_limbs_stand_out_from_the_background_in_both_themes() -> None:
    for palette in (light_palette(), dark_palette()):
        colours = Colours(palette)
        assert contrast(colours.far, colours.background) >= 2.2, colours.far.name()
        assert contrast(colours.body, colours.background) >= 2.5, colours.body.name()
