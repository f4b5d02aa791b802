"""Round 5: both reviewers read the peroneals highlight as a strip along the TOP edge of the
bottom lower leg, away from the roller (an inset band reaching past the leg's axis, with plain
leg between it and the roller). The words: the outer side of the lower leg lies on the roller.
The highlight is now the leg's half on the roller's side of its axis, out to its outline there,
in every peroneals step, on either side."""

from __future__ import annotations

import math
from array import array
from collections.abc import Mapping
from dataclasses import replace

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter, QPalette

from foamroll_gui.core.figure.kinematics import Capsule
from foamroll_gui.core.figure.scene import Frame
from foamroll_gui.core.figure.side_lying import feet_end_on
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui.figure_base import Colours, _Mapper
from foamroll_gui.ui.figure_painter import _padded, paint_illustration, step_bounds
from foamroll_gui.ui.palettes import light_palette

SIZE = QSize(900, 360)
STEPS = ["setup", "brace", "roll", "hold", "ankle-circles", "switch"]


def _accent_spots(poses: TechniquePoses, step: str, side: str | None) -> tuple[Frame, list]:
    """The frame and the centimetre positions of every accent pixel of its picture (drawn
    without its arrow, which is accent too)."""
    frame = replace(poses.frame(step, side, 0.0), arrow=None)
    bounds = step_bounds(poses, step, side)
    palette = light_palette()
    image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    try:
        rect = QRectF(0, 0, SIZE.width(), SIZE.height())
        paint_illustration(painter, rect, frame, palette, bounds=bounds)
    finally:
        painter.end()
    m = _Mapper(QRectF(0, 0, SIZE.width(), SIZE.height()), _padded(bounds))
    accent = Colours(palette).accent.rgb()
    width = SIZE.width()
    pixels = array("I", bytes(image.constBits()))  # ARGB32, one int a pixel
    spots = [
        ((i % width - m.ox) / m.scale, (m.oy - i // width) / m.scale)
        for i, colour in enumerate(pixels)
        if colour == accent
    ]
    return frame, spots


def _across(c: Capsule, x: float, y: float, roller: tuple[float, float]) -> tuple[float, float]:
    """How far a point lies from the leg's axis towards the roller (cm), and the leg's
    thickness (radius) there."""
    dx, dy = c.b.x - c.a.x, c.b.y - c.a.y
    length = math.hypot(dx, dy)
    nx, ny = -dy / length, dx / length
    if (roller[0] - c.a.x) * nx + (roller[1] - c.a.y) * ny < 0:
        nx, ny = -nx, -ny
    t, _ = c.closest(x, y)
    return (x - c.a.x) * nx + (y - c.a.y) * ny, c.radius_at(t)


@pytest.mark.parametrize("side", ["right", "left"])
@pytest.mark.parametrize("step", STEPS)
def test_the_peroneals_highlight_lies_on_the_roller_side_of_the_leg(
    illustrations: Mapping[str, TechniquePoses], step: str, side: str
) -> None:
    poses = illustrations["peroneals"]
    frame, spots = _accent_spots(poses, step, side)
    shin = feet_end_on(frame.body).capsule(frame.target.segment)
    across = [_across(shin, x, y, frame.roller.centre) for x, y in spots]
    assert len(across) > 150
    # nothing on the top of the leg, away from the roller (was up to 1.7 cm past the axis)
    assert min(a for a, _ in across) > -0.3
    # and it reaches the leg's outline on the roller's side (reached 0.82 of its thickness)
    assert max(a / r for a, r in across) > 0.9


THIGH_STEPS = (
    [("hamstrings", step) for step in ("setup", "stack", "roll", "hold", "rotate", "switch")]
    + [("quadriceps", step) for step in ("setup", "roll", "hold", "heel-to-butt")]
    + [("it-band", step) for step in ("setup", "cross", "roll", "hold", "switch")]
)


@pytest.mark.parametrize(("muscle", "step"), THIGH_STEPS)
def test_a_thigh_on_the_roller_is_highlighted_on_its_roller_half(
    illustrations: Mapping[str, TechniquePoses], muscle: str, step: str
) -> None:
    """Round 5 (hamstrings setup): the whole thigh was orange, "could be read as the front or
    side of the thigh". The half lying on the roller is the muscle: the back of the thigh
    seated, its front face down, its outer side lying on the side."""
    poses = illustrations[muscle]
    frame, spots = _accent_spots(poses, step, None)
    thigh = feet_end_on(frame.body).capsule(frame.target.segment)
    across = [_across(thigh, x, y, frame.roller.centre) for x, y in spots]
    assert len(across) > 150
    # the top of the thigh stays plain: the highlight stops about 0.3 of the thickness past the
    # axis, a little more at the thin knee end (the whole thigh's reached 0.8 of it)
    assert min(a / r for a, r in across) > -0.5
