"""The lats hold's press (round 7: "half over the shoulder, so it could be read as 'push the
shoulder down'"): the pose leaves room over the roller, beside the top arm, for a press straight
down onto the lat, and the press lands there."""

from __future__ import annotations

from collections.abc import Mapping

from foamroll_gui.core.figure.kinematics import Body
from foamroll_gui.core.illustrations.marks import (
    CLEAR_GAP,
    clear_of_arms,
    press_on,
    press_reach,
    pressed_half,
)
from foamroll_gui.core.illustrations.step_poses import TechniquePoses

TOP_ARM = ("near_upper_arm", "near_forearm", "near_hand")


def _gap_above(body: Body, x: float, y: float) -> float:
    """How far a vertical line up from ``(x, y)`` passes from the top arm's outline (cm)."""
    gaps = []
    for name in TOP_ARM:
        arm = body.capsule(name)
        for i in range(41):
            along, distance = arm.closest(x, y + i)
            gaps.append(distance - arm.radius_at(along))
    return min(gaps)


def test_the_lats_press_lands_on_the_lat_over_the_roller_clear_of_the_top_arm(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    frame = illustrations["lats"].frame("hold", None, 0.0)
    segment = frame.target.segment
    assert clear_of_arms(segment, on_side=True)
    arms = [frame.body.capsule(name) for name in TOP_ARM]
    spot = press_on(
        frame.body,
        frame.target,
        frame.roller.centre,
        across=False,
        half=pressed_half(segment, on_side=True),
        reach=press_reach(segment, on_side=True),
        clear=arms,
    )
    rx = frame.roller.centre[0]
    assert abs(spot.x - rx) < frame.roller.radius  # over the roller
    assert _gap_above(frame.body, spot.x, spot.top) >= CLEAR_GAP  # beside the shoulder
    # down on the lat, below the trunk's axis on the roller's side (not its top edge)
    assert spot.top < spot.y
    # where it used to land, nearer the roller's middle, the shaft (a cm or so each side of
    # this line, with its halo) ran over the shoulder
    old = press_on(frame.body, frame.target, frame.roller.centre, across=False, half=True)
    assert _gap_above(frame.body, old.x, old.top) < 1.0


def test_only_the_lat_on_its_side_keeps_its_press_clear_of_the_arms() -> None:
    assert not clear_of_arms("torso", on_side=False)  # the upper back sinks into the roller
    assert not clear_of_arms("near_shin", on_side=True)
    assert press_reach("near_thigh", on_side=False) > 0.0  # the half's edge, as before
