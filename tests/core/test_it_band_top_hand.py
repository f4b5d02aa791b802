"""Blind round 12 on the IT band: "a small knob sticks out beside the top knee (probably the top
hand showing behind the leg), easy to misread" / "a stray rounded blob ... looks like a floating
extra foot or knee". The top hand rests on the top hip, its forearm toward the viewer, well away
from the top knee in every step."""

from __future__ import annotations

import math
from collections.abc import Mapping

import pytest

from foamroll_gui.core.figure.kinematics import Body, solve
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from tests.core.pose_data import as_pose

#: Picture centimetres between the top hand's tip and the top knee.
HAND_FROM_KNEE = 15.0

#: The hold before round 12: the top hand on the top knee.
OLD_HOLD: dict[str, object] = {
    "root": (-30, 32.5),
    "trunk": (182, 149, 150, 150),
    "near_arm": (-35, 5, -10),
    "far_arm": (-112, 180, 180),
    "near_leg": (21.7, -95, 1),
    "far_leg": (-4, -14.5, -80),
    "depth": {
        "near_upper_arm": 30,
        "near_forearm": 50,
        "near_hand": 40,
        "near_thigh": 73.5,
        "near_shin": 18.8,
        "near_foot": 72,
        "far_foot": 70,
    },
}


def hand_from_knee(body: Body) -> float:
    hand, knee = body.capsule("near_hand").b, body.capsule("near_thigh").b
    return math.hypot(hand.x - knee.x, hand.y - knee.y)


@pytest.mark.parametrize("step", ["setup", "cross", "roll", "hold", "switch"])
def test_the_top_hand_is_clear_of_the_top_knee(
    illustrations: Mapping[str, TechniquePoses], step: str
) -> None:
    for phase in (0.0, 0.5, 1.0):
        body = illustrations["it-band"].frame(step, None, phase).body
        assert hand_from_knee(body) >= HAND_FROM_KNEE, (step, phase)


def test_the_old_hold_put_the_hand_by_the_knee(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    old = solve(as_pose(OLD_HOLD), illustrations["it-band"].lateral)
    assert hand_from_knee(old) < HAND_FROM_KNEE
