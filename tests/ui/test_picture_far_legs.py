"""Far legs that read as "a dark block", "a flat wedge" or "a board" (round 4: TFL's bent top
knee, the leg stacked on the other shin for calves and hamstrings): a bent far leg is drawn as
two shapes, its thigh outlined over its shin and foot, so the knee shows; and a calf is sized by
the shin as drawn and never hangs below the floor (under TFL's shin pointing away from the
viewer it drew a large dark oval under the floor line)."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui.figure_base import Colours, _Mapper
from foamroll_gui.ui.figure_painter import _padded, paint_illustration, step_bounds
from foamroll_gui.ui.figure_parts import CALF_ALONG, calf_bulge
from foamroll_gui.ui.palettes import dark_palette, light_palette

SIZE = QSize(900, 420)
PALETTES = [light_palette(), dark_palette()]
BENT_FAR_LEGS = [("tfl", "knee-bend"), ("calves", "stack"), ("hamstrings", "stack")]


def _paint(
    poses: TechniquePoses, step: str, phase: float, palette: QPalette
) -> tuple[QImage, _Mapper]:
    rect = QRectF(0, 0, SIZE.width(), SIZE.height())
    bounds = step_bounds(poses, step, None)
    image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    try:
        paint_illustration(painter, rect, poses.frame(step, None, phase), palette, bounds=bounds)
    finally:
        painter.end()
    return image, _Mapper(rect, _padded(bounds))


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


@pytest.mark.parametrize("palette", PALETTES, ids=["light", "dark"])
@pytest.mark.parametrize(("muscle", "step"), BENT_FAR_LEGS)
def test_a_bent_far_leg_shows_its_knee(
    illustrations: Mapping[str, TechniquePoses], muscle: str, step: str, palette: QPalette
) -> None:
    """Going from the knee down the far shin as drawn, past the end of the thigh, the thigh's
    outline crosses it (a knee and two segments), and both are still the darker far colour."""
    poses = illustrations[muscle]
    image, m = _paint(poses, step, 0.0, palette)
    colours = Colours(palette)
    body = poses.frame(step, None, 0.0).body
    thigh, shin = body.capsule("far_thigh"), body.capsule("far_shin")
    dx, dy = shin.b.x - shin.a.x, shin.b.y - shin.a.y
    drawn = (dx * dx + dy * dy) ** 0.5
    reach = thigh.rb + 3.0  # past the thigh's rounded end (and its outline)
    seen = []
    for i in range(61):
        d = reach * i / 60
        at = m.point(shin.a.x + dx / drawn * d, shin.a.y + dy / drawn * d)
        seen.append(image.pixelColor(round(at.x()), round(at.y())))
    outline = [c for c in seen if _distance(c, colours.background) <= 40]
    far = [c for c in seen if _distance(c, colours.far) <= 12]
    assert outline, [c.name() for c in seen]
    assert len(far) >= len(seen) // 3, [c.name() for c in seen]


@pytest.mark.parametrize("phase", [0.0, 0.5, 1.0])
def test_no_calf_hangs_below_the_floor(
    illustrations: Mapping[str, TechniquePoses], phase: float
) -> None:
    """TFL's bent top leg: its shin points away from the viewer and is drawn short; its calf
    drew a large dark oval under the floor line. (In the light theme, where the contact
    shadows under the floor line are lighter than the far limbs.)"""
    palette = light_palette()
    poses = illustrations["tfl"]
    image, m = _paint(poses, "knee-bend", phase, palette)
    far = Colours(palette).far
    floor = round(m.point(0.0, 0.0).y())
    below = [
        (x, y)
        for y in range(floor + 2, SIZE.height())
        for x in range(SIZE.width())
        if _distance(image.pixelColor(x, y), far) <= 12
    ]
    assert below == []


def test_a_calf_is_as_long_as_its_shin_is_drawn(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    body = illustrations["tfl"].frame("knee-bend", None, 0.0).body
    shin = body.capsule("far_shin")
    drawn = ((shin.b.x - shin.a.x) ** 2 + (shin.b.y - shin.a.y) ** 2) ** 0.5
    assert drawn < shin.length() * 0.5  # pointing away from the viewer
    _x, _y, along, _across, _angle = calf_bulge(body, "far_shin")
    assert along <= drawn * CALF_ALONG + 1e-6
