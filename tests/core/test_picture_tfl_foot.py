"""Round 7 of the blind review on the TFL pictures, as pose facts: "the bent far leg is a dark
blob under the belly, hard to recognise as a leg" (20, 23); "clear once you see the dark leg
tucked out to the side; at first it looks like a lump under the belly" (54).

The words (content/techniques/tfl.yaml, brace): "Bend your left knee out to the side. Rest the
inside of your left leg on the floor." The knee, the thigh and the shin's way back are held by
tests/core/test_picture_tfl.py; here the foot: it ran on along the shin's line into the front
of the roller, so knee, shin, foot and roller read as one dark lump. Now the foot bends down
off the shin's line at the ankle to its toes on the floor and ends clear in front of the roller:
a leg folded on the floor with a foot at its end. Each fact is checked on every bent picture
and shown to fail on the values shipped before.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import pytest

from foamroll_gui.core.figure.kinematics import Body, solve
from foamroll_gui.core.figure.pose import Pose
from foamroll_gui.core.figure.scene import Roller
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from tests.core.pose_data import as_pose

BENT_STEPS = ("brace", "roll", "hold", "knee-bend", "switch")
#: The far foot's toes end this far in front of the roller (cm, as drawn).
TOES_CLEAR = 2.0
#: The far foot points this much further down than the shin as drawn (degrees): an ankle.
FOOT_DOWN = 5.0

# The brace shipped before round 10 (content/poses/tfl.yaml).
OLD_BRACE = {
    "root": (12.9, 22.5),
    "trunk": (9, 18, -25, -30),
    "near_arm": (-90, 0, 0),
    "near_leg": (183, 182, -111),
    "far_leg": (-27.8, -164.6, -164),
    "depth": {"far_thigh": -41.2, "far_shin": -72.3, "far_foot": 10},
}


def _drawn_direction(body: Body, segment: str) -> float:
    c = body.capsule(segment)
    return math.degrees(math.atan2(c.b.y - c.a.y, c.b.x - c.a.x))


def foot_problems(pose: Pose, lateral: float, roller: Roller) -> list[str]:
    """Where the bent far leg's foot does not read as a foot at the end of the leg."""
    body = solve(pose, lateral)
    foot = body.capsule("far_foot")
    problems = []
    clear = (foot.b.x - foot.rb) - (roller.x + roller.radius)
    if clear < TOES_CLEAR:
        problems.append(f"the toes end {clear:.1f} cm in front of the roller (at least 2)")
    # facing right, shin and foot point back (left, near -180 degrees): further down is
    # nearer -90, a larger angle
    down = (_drawn_direction(body, "far_foot") - _drawn_direction(body, "far_shin")) % 360.0
    if not FOOT_DOWN <= down <= 60.0:
        problems.append(f"the foot bends {down:.1f} degrees down off the shin (5 to 60)")
    return problems


@pytest.mark.parametrize("step_id", BENT_STEPS)
def test_the_bent_far_leg_ends_in_a_foot_clear_of_the_roller(
    illustrations: Mapping[str, TechniquePoses], step_id: str
) -> None:
    tfl = illustrations["tfl"]
    step = tfl.step(step_id)
    for index, pose in enumerate(step.keyframes):
        assert foot_problems(pose, tfl.lateral, step.roller) == [], (step_id, index)


def test_the_old_foot_ran_into_the_roller_along_the_shin(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    tfl = illustrations["tfl"]
    problems = foot_problems(as_pose(OLD_BRACE), tfl.lateral, tfl.step("brace").roller)
    assert len(problems) == 2, problems
