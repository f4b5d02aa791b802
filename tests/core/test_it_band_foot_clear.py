"""Issue 12: in the IT band's steps 2-4 the planted top foot (and its shin) hid half of the
roller. Every picture of the steps with the top foot planted keeps them clear of the roller's
outline, so the roller under the bottom thigh reads."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from foamroll_gui.core.figure.kinematics import Body, solve
from foamroll_gui.core.figure.scene import Roller
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from tests.core.pose_data import as_pose

#: Picture centimetres between the top foot's (and shin's) outline and the roller's.
FOOT_CLEAR = 4.0
PLANTED_STEPS = ("cross", "roll", "hold", "switch")
PHASES = tuple(i / 10 for i in range(11))

#: The hold before issue 12: the shin slanted forward, the foot planted on the roller.
OLD_HOLD: dict[str, object] = {
    "root": (-30, 32.5),
    "trunk": (182, 149, 150, 150),
    "near_arm": (-35, 5, -10),
    "far_arm": (-112, 180, 180),
    "near_leg": (21.7, -78.1, 1),
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
#: The end of the roll before issue 12: the top shin came down against the roller.
OLD_ROLL_END: dict[str, object] = {
    "root": (-33.2, 25.8),
    "trunk": (154, 158, 158, 158),
    "near_arm": (-30, -15, -15),
    "far_arm": (-122, 180, 180),
    "near_leg": (11, -51, 1),
    "far_leg": (4, -15, -80),
    "depth": {"near_thigh": 55, "near_shin": 15, "near_foot": 60, "far_foot": 70},
}


def _clearance(body: Body, roller: Roller) -> float:
    x, y = roller.centre
    return min(
        body.capsule(name).circle_gap(x, y, roller.radius) for name in ("near_foot", "near_shin")
    )


@pytest.mark.parametrize("side", ["right", "left"])
@pytest.mark.parametrize("step_id", PLANTED_STEPS)
def test_the_planted_top_foot_stays_clear_of_the_roller(
    illustrations: Mapping[str, TechniquePoses], step_id: str, side: str
) -> None:
    poses = illustrations["it-band"]
    assert "near_foot" in poses.step(step_id).rests_map()["floor"]  # planted in these steps
    phases = PHASES if poses.step(step_id).animated else (0.0,)
    for phase in phases:
        frame = poses.frame(step_id, side, phase)
        assert _clearance(frame.body, frame.roller) >= FOOT_CLEAR, (step_id, side, phase)


def test_the_old_foot_and_shin_hid_the_roller(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    poses = illustrations["it-band"]
    hold, roll = poses.step("hold"), poses.step("roll")
    assert _clearance(solve(as_pose(OLD_HOLD), poses.lateral), hold.roller) < 0.0  # overlaps
    assert _clearance(solve(as_pose(OLD_ROLL_END), poses.lateral), roll.roller) < FOOT_CLEAR
    # and the shipped poses are those measured above, not something else
    assert _clearance(solve(hold.keyframes[0], poses.lateral), hold.roller) >= FOOT_CLEAR
