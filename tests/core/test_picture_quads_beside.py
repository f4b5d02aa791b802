"""Round 10 of the blind review on the quadriceps (pictures 10, 15): "the far leg is lifted and
seems stacked on/over the near leg ... stacked or hovering?". The words put the roller under the
front of BOTH thighs, toes off the floor. The far leg now lies on the roller beside the near one:
its thigh meets the roller, and thigh and lower leg run parallel to the near ones, a band 3 to 5
cm higher (as if seen a little from above), not rising away from it (the old far leg: its thigh
8 degrees above the near one, the knee 6 cm and the ankle 9 cm higher). Heel-to-butt keeps both
knees bending."""

from __future__ import annotations

import math
from collections.abc import Mapping

import pytest

from foamroll_gui.core.figure.geometry import wrap
from foamroll_gui.core.figure.kinematics import Body, Capsule
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from tests.core.pose_data import as_pose, with_keyframes

#: The old setup (and hold, and heel-to-butt's first frame).
OLD_SETUP = as_pose(
    {
        "root": (20.5, 22.6),
        "trunk": (10, 16, -25, -30),
        "near_arm": (-90, 0, 0),
        "near_leg": (188, 172, 199),
        "far_leg": (180, 168, 195),
    }
)

STILL_LEGS = [("setup", 0.0), ("hold", 0.0), ("heel-to-butt", 0.0)] + [
    ("roll", p) for p in (0.0, 0.25, 0.5, 0.75, 1.0)
]


def angle(c: Capsule) -> float:
    """A segment's direction in the picture (degrees, 0 = right, 90 = up)."""
    return math.degrees(math.atan2(c.b.y - c.a.y, c.b.x - c.a.x))


def beside_problems(body: Body, roller: tuple[float, float, float]) -> list[str]:
    """What keeps a straight far leg from reading as lying on the roller beside the near one."""
    problems = []
    near_thigh, far_thigh = body.capsule("near_thigh"), body.capsule("far_thigh")
    near_shin, far_shin = body.capsule("near_shin"), body.capsule("far_shin")
    if far_thigh.circle_gap(roller[0], roller[1], roller[2]) > 1.0:
        problems.append("the far thigh does not meet the roller")

    if abs(wrap(angle(far_thigh) - angle(near_thigh))) > 6.0:
        problems.append("the far thigh rises away from the near one")
    if abs(wrap(angle(far_shin) - angle(near_shin))) > 3.0:
        problems.append("the lower legs are not parallel")
    knee = far_shin.a.y - near_shin.a.y
    ankle = far_shin.b.y - near_shin.b.y
    if not 2.5 <= knee <= 5.0:
        problems.append(f"the far knee is {knee:.1f} cm above the near one (2.5 to 5)")
    if not 3.0 <= ankle <= 6.0:
        problems.append(f"the far ankle is {ankle:.1f} cm above the near one (3 to 6)")
    return problems


def _roller(technique: TechniquePoses, step: str) -> tuple[float, float, float]:
    roller = technique.step(step).roller
    return (roller.centre[0], roller.centre[1], roller.radius)


@pytest.mark.parametrize(("step", "phase"), STILL_LEGS)
def test_the_far_leg_lies_on_the_roller_beside_the_near_one(
    illustrations: Mapping[str, TechniquePoses], step: str, phase: float
) -> None:
    technique = illustrations["quadriceps"]
    body = technique.frame(step, None, phase).body
    assert beside_problems(body, _roller(technique, step)) == []


def test_the_old_raised_far_leg_fails(illustrations: Mapping[str, TechniquePoses]) -> None:
    old = with_keyframes(illustrations, "quadriceps", "setup", OLD_SETUP)["quadriceps"]
    found = beside_problems(old.frame("setup").body, _roller(old, "setup"))
    assert "the far thigh rises away from the near one" in found
    assert any(p.startswith("the far knee is") for p in found), found
    assert any(p.startswith("the far ankle is") for p in found), found


def test_heel_to_butt_still_bends_both_knees(illustrations: Mapping[str, TechniquePoses]) -> None:
    step = illustrations["quadriceps"].step("heel-to-butt")
    first, last = step.keyframes[0], step.keyframes[-1]
    for side in ("near", "far"):
        bend = abs(wrap(last.angle(f"{side}_shin") - first.angle(f"{side}_shin")))
        assert bend >= 90.0, side
    assert step.arrow is not None and step.arrow.kind == "bend"
