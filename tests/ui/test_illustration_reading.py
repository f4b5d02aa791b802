"""Pictures that read at a glance: near and far limbs told apart, faces, and marks large enough
for a thumbnail."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from foamroll_gui.ui.illustration import FAR_THICKNESS, Colours
from foamroll_gui.ui.palettes import dark_palette, light_palette


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_far_limbs_are_clearly_darker_and_thinner_than_near_ones(palette: QPalette) -> None:
    colours = Colours(palette)
    near, far = colours.body.lightnessF(), colours.far.lightnessF()
    assert near - far >= 0.15  # darker in both themes: in shadow, behind the body
    assert FAR_THICKNESS <= 0.9
    # the eye stands out from the face it is painted on
    assert abs(colours.eye.lightnessF() - near) >= 0.25
