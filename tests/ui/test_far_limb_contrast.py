"""Issue 12: in the dark theme the second leg or arm (the stacked leg of calves and hamstrings,
TFL's bent top knee, the IT band's crossed leg, the hugging arms) was 2.4:1 against the
picture's background and nearly vanished. Ratios are WCAG's, computed from the colours the
painter uses."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from foamroll_gui.ui.figure_base import Colours
from foamroll_gui.ui.palettes import dark_palette, light_palette

THEMES = pytest.mark.parametrize(
    "palette", [light_palette(), dark_palette()], ids=["light", "dark"]
)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _ratio(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@THEMES
def test_far_limbs_meet_the_non_text_contrast_against_the_background(palette: QPalette) -> None:
    colours = Colours(palette)
    assert _ratio(colours.far, colours.background) >= 3.0, colours.far.name()
    # (the light theme's near body, 2.8:1, is unchanged: lighter than the far limbs there)
    assert _ratio(colours.body, colours.background) >= 2.5, colours.body.name()


@THEMES
def test_far_limbs_stay_clearly_darker_than_the_near_body(palette: QPalette) -> None:
    """They read as "behind": darker than the near body, by at least 1.3:1."""
    colours = Colours(palette)
    assert _luminance(colours.far) < _luminance(colours.body)
    assert _ratio(colours.body, colours.far) >= 1.3


@THEMES
def test_outline_hair_and_highlight_still_read(palette: QPalette) -> None:
    colours = Colours(palette)
    # the outline between overlapping limbs is the background: it parts near from far
    assert _ratio(colours.background, colours.far) >= 3.0
    # the hair on the (body coloured) head
    assert _ratio(colours.hair, colours.body) >= 1.5, colours.hair.name()
    # the highlight is a strong colour on grey limbs: told apart by its hue
    assert colours.accent.hslSaturationF() >= 0.6
    assert max(colours.body.hslSaturationF(), colours.far.hslSaturationF()) <= 0.15


def test_the_light_theme_keeps_its_colours() -> None:
    colours = Colours(light_palette())
    seen = (colours.body.name(), colours.far.name(), colours.hair.name(), colours.accent.name())
    assert seen == ("#999b9d", "#65686b", "#4a4d51", "#d9480f")
