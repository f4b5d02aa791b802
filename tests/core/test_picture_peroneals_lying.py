"""Blind round 7 read every peroneals picture (14, 18, 31, 33, 43, 52) as "half sitting, half
lying on one hip, propped on the straight lower arm": the trunk rose 47 degrees from a flat
pelvis (an upright back over a seat), the neck and head craned up 10-14 degrees more, the top
elbow stuck up in the air beside the bent top knee, and the bottom knee was bent 25 degrees.

The words lie the runner on the right side, propped on the right forearm. Lying on the side on a
forearm, the trunk is a long, low line from the hip on the floor to the shoulder over the elbow,
the head in line with it, the top arm resting along the body and the bottom leg long on the
roller. Each fact is checked on every keyframe of every shipped step and shown to fail on the
pose shipped before.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import pytest

from foamroll_gui.core.figure.kinematics import Body, solve
from foamroll_gui.core.figure.pose import Pose
from foamroll_gui.core.figure.scene import Roller
from foamroll_gui.core.illustrations.arrows import CIRCLE_RADIUS, surface_distance
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from tests.core.pose_data import as_pose

STEPS = ("setup", "brace", "roll", "hold", "ankle-circles", "switch")
#: The line from the hip to the base of the neck rises at most this much (degrees); it rose 36
#: (a straight trunk, pelvis to head on one line, rises 34).
LINE_RISE = 35.0
#: The torso itself rises at most this much from the floor (degrees); it rose 47.
TORSO_RISE = 40.0
#: The neck and head lie within this of the torso's line (degrees); they craned up 10 and 14.
IN_LINE = 5.0
#: The head's centre is at most this high (cm); it was at 56.8 (the straight trunk: 55.2).
HEAD_HIGH = 55.5
#: The top elbow lies on the trunk's outline, at most this far outside it (cm); it was 19.7.
ELBOW_OUT = 4.0
#: The bottom knee is nearly straight (degrees); it was bent 25.
KNEE_BENT = 6.0
#: The ankle-circles ring (round the ankle) stays this far clear of the roller (cm); 2.5 before.
RING_CLEAR = 4.0

# The brace shipped before (content/poses/peroneals.yaml); hold, switch and the ankle circles
# were drawn in it.
OLD_BRACE = {
    "root": (-62.6, 17.0),
    "trunk": (165, 133, 143, 147),
    "near_arm": (20, -101.8, 200),
    "far_arm": (-90, 180, 180),
    "near_leg": (66, -84, -1),
    "far_leg": (18, -7, -55),
    "depth": {
        "far_upper_arm": 25,
        "near_upper_arm": 45,
        "near_forearm": 31,
        "near_hand": 50,
        "near_thigh": 55,
        "near_shin": 15,
        "near_foot": 60,
        "far_foot": 70,
    },
}


def _poses(technique: TechniquePoses, step_id: str) -> list[Pose]:
    return list(technique.step(step_id).keyframes)


def lying_problems(pose: Pose) -> list[str]:
    """Where a pose reads as sitting up rather than lying on the side on a forearm."""
    body = solve(pose, 1.0)
    hip, neck, head = body.joint("hip"), body.joint("neck"), body.joint("head")
    problems = []
    rise = math.degrees(math.atan2(neck.y - hip.y, abs(hip.x - neck.x)))
    if rise > LINE_RISE:
        problems.append(f"the hip-to-neck line rises {rise:.0f} degrees")
    torso = math.degrees(math.asin(max(-1.0, min(1.0, pose.direction("torso").y))))
    if torso > TORSO_RISE:
        problems.append(f"the torso rises {torso:.0f} degrees")
    for part in ("neck", "head"):
        crane = abs(pose.angle(part) - pose.angle("torso"))
        if crane > IN_LINE:
            problems.append(f"the {part} is {crane:.0f} degrees off the trunk's line")
    if head.y > HEAD_HIGH:
        problems.append(f"the head is {head.y:.1f} cm up")
    return problems


def top_arm_problems(body: Body) -> list[str]:
    """The top arm rests along the body: its elbow on the trunk's outline, not up in the air."""
    elbow = body.joint("near_elbow")
    out = min(surface_distance(body, part, elbow.x, elbow.y) for part in ("torso", "pelvis"))
    return [f"the top elbow is {out:.1f} cm off the trunk"] if out > ELBOW_OUT else []


def bottom_leg_problems(pose: Pose) -> list[str]:
    bend = abs(pose.angle("far_thigh") - pose.angle("far_shin"))
    return [f"the bottom knee is bent {bend:.0f} degrees"] if bend > KNEE_BENT else []


def ring_clearance(body: Body, roller: Roller) -> float:
    """How far the ankle-circles ring (``CIRCLE_RADIUS`` round the bottom ankle) is clear of the
    roller (cm)."""
    ankle = body.joint("far_ankle")
    cx, cy = roller.centre
    return math.hypot(ankle.x - cx, ankle.y - cy) - roller.radius - CIRCLE_RADIUS


@pytest.mark.parametrize("step_id", STEPS)
def test_the_runner_lies_low_on_the_side_with_the_head_in_line(
    illustrations: Mapping[str, TechniquePoses], step_id: str
) -> None:
    for pose in _poses(illustrations["peroneals"], step_id):
        assert lying_problems(pose) == [], step_id


@pytest.mark.parametrize("step_id", STEPS)
def test_the_top_arm_rests_along_the_body(
    illustrations: Mapping[str, TechniquePoses], step_id: str
) -> None:
    for pose in _poses(illustrations["peroneals"], step_id):
        assert top_arm_problems(solve(pose, 1.0)) == [], step_id


@pytest.mark.parametrize("step_id", STEPS)
def test_the_bottom_leg_lies_long_on_the_roller(
    illustrations: Mapping[str, TechniquePoses], step_id: str
) -> None:
    for pose in _poses(illustrations["peroneals"], step_id):
        assert bottom_leg_problems(pose) == [], step_id


def test_the_ankle_circles_ring_sits_round_the_foot_clear_of_the_roller(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    technique = illustrations["peroneals"]
    step = technique.step("ankle-circles")
    for phase in (0.0, 0.5, 1.0):
        frame = technique.frame("ankle-circles", None, phase)
        assert frame.arrow is not None and frame.arrow.kind == "circle"
        ankle = frame.body.joint("far_ankle")
        centre = frame.arrow.start
        assert math.hypot(centre[0] - ankle.x, centre[1] - ankle.y) < 1.0  # at the foot
        assert ring_clearance(frame.body, step.roller) >= RING_CLEAR, phase


def test_the_pose_shipped_before_fails_every_fact(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    old = as_pose(OLD_BRACE)
    body = solve(old, 1.0)
    found = lying_problems(old)
    assert len(found) == 5, found  # the line, the torso, the neck, the head's angle and height
    assert top_arm_problems(body), "the old top elbow stuck up in the air"
    assert bottom_leg_problems(old), "the old bottom knee was bent"
    roller = illustrations["peroneals"].step("ankle-circles").roller
    assert ring_clearance(body, roller) < RING_CLEAR
