"""The shins' hold: "Let your shins sink into the roller". The front of the shin lies on the
roller and the calf is on top: a press arrow onto the leg over the roller came down through the
calf's bulge over the roller to reach the highlighted front (read as "press the calf"). It now
comes down beside the knee end, just in front of the thigh, along the body's weight onto the
shin, and still reaches the front."""

from __future__ import annotations

import math
from collections.abc import Mapping

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette

from foamroll_gui.core.illustrations.marks import HALF_REACH, front_on_roller
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui.palettes import dark_palette, light_palette
from tests.ui.picture_paint import paint_frame, picture_mapper

SIZE = QSize(900, 480)


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_the_shins_press_comes_down_beside_the_knee_onto_the_front_of_the_shin(
    illustrations: Mapping[str, TechniquePoses], palette: QPalette
) -> None:
    poses = illustrations["shins"]
    frame = poses.frame("hold", None, 0.0)
    plain, pressed = (
        paint_frame(poses, "hold", frame, SIZE, palette, press=False),
        paint_frame(poses, "hold", frame, SIZE, palette, press=True),
    )
    m = picture_mapper(poses, "hold", SIZE)
    added = [
        (x, y)
        for y in range(SIZE.height())
        for x in range(SIZE.width())
        if plain.pixelColor(x, y).rgb() != pressed.pixelColor(x, y).rgb()
    ]
    assert len(added) > 40
    xs = [x for x, _ in added]
    shin = frame.body.capsule("near_shin")
    # beside the knee end: in front of the thigh
    thigh = frame.body.capsule("near_thigh")
    knee = m.point(shin.a.x, shin.a.y)
    edge = m.length(thigh.rb)
    assert knee.x() - edge - m.length(6.0) <= min(xs) and max(xs) <= knee.x() - edge + 2
    # the tip still reaches the highlighted front half of the shin (towards the roller)
    assert front_on_roller(frame.body, "near_shin", frame.roller.centre)
    tip = max(added, key=lambda p: p[1])
    x, y = (tip[0] - m.ox) / m.scale, (m.oy - tip[1]) / m.scale
    t, _ = shin.closest(x, y)
    axis = shin.point_at(t)
    ux, uy = shin.b.x - shin.a.x, shin.b.y - shin.a.y
    nx, ny = -uy, ux
    if (frame.roller.centre[0] - axis.x) * nx + (frame.roller.centre[1] - axis.y) * ny < 0:
        nx, ny = -nx, -ny
    norm = math.hypot(nx, ny)
    towards_roller = ((x - axis.x) * nx + (y - axis.y) * ny) / norm
    assert towards_roller > -shin.radius_at(t) * HALF_REACH - 1.0, towards_roller


def test_only_a_shin_lying_on_its_front_is_pressed_at_the_knee(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    for muscle, front in (("shins", True), ("calves", False)):
        frame = illustrations[muscle].frame("hold", None, 0.0)
        assert front_on_roller(frame.body, "near_shin", frame.roller.centre) == front, muscle
    frame = illustrations["quadriceps"].frame("hold", None, 0.0)
    assert not front_on_roller(frame.body, frame.target.segment, frame.roller.centre)
