"""The shins' hold: "Let your shins sink into the roller". The front of the shin lies on the roller
and the calf is on top. Round 6 read a press through the calf over the roller as "press the
calf" and it was moved beside the knee end; round 10 read that as "put your knees on the floor",
which the words forbid (hands and shins carry you). Pressing the calf does sink the shin into the
roller, so the press comes down over the roller again, clear of the knee."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette

from foamroll_gui.core.illustrations.marks import KNEE_CLEAR, front_on_roller
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui.palettes import dark_palette, light_palette
from tests.ui.picture_paint import changed_pixels, paint_frame, picture_mapper

SIZE = QSize(900, 480)


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_the_shins_press_lands_over_the_roller_clear_of_the_knee(
    illustrations: Mapping[str, TechniquePoses], palette: QPalette
) -> None:
    poses = illustrations["shins"]
    frame = poses.frame("hold", None, 0.0)
    plain = paint_frame(poses, "hold", frame, SIZE, palette, press=False)
    pressed = paint_frame(poses, "hold", frame, SIZE, palette, press=True)
    added = changed_pixels(plain, pressed)
    assert len(added) > 10
    m = picture_mapper(poses, "hold", SIZE)
    xs = [x for x, _ in added]
    roller = m.point(*frame.roller.centre)
    # over the roller: the whole mark within the roller's width
    radius = m.length(frame.roller.radius)
    assert roller.x() - radius <= min(xs) and max(xs) <= roller.x() + radius
    # clear of the knee: past the thigh's front edge by KNEE_CLEAR less a little
    shin, thigh = frame.body.capsule("near_shin"), frame.body.capsule("near_thigh")
    knee = m.point(shin.a.x, shin.a.y)
    assert max(xs) <= knee.x() - m.length(thigh.rb + KNEE_CLEAR - 2.0)


def test_only_a_shin_lying_on_its_front_is_pressed_at_the_knee(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    for muscle, front in (("shins", True), ("calves", False)):
        frame = illustrations[muscle].frame("hold", None, 0.0)
        assert front_on_roller(frame.body, "near_shin", frame.roller.centre) == front, muscle
    frame = illustrations["quadriceps"].frame("hold", None, 0.0)
    assert not front_on_roller(frame.body, frame.target.segment, frame.roller.centre)
