"""The lats figure's head and arms (blind rounds 7-9: "the tangle of arm and head is hard to
read", "the top arm crosses the body and face", "the head seems to float above the bottom
arm"). The words: the right arm straight overhead, the left hand on the floor in front of the
chest. The top arm now comes straight down in front of the shoulder, between the head and the
roller and clear of both; the bottom arm is straight from the shoulder to past the head (only
the hand bends down to the floor), and the head rests on it.

Each fact is checked on every keyframe of the shipped pictures and shown to fail on the old pose.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import pytest

from foamroll_gui.core.figure.contact import contact_problems
from foamroll_gui.core.figure.kinematics import Body, solve
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from tests.core.pose_data import OLD_LATS_SETUP, as_pose, keyframe_bodies, outline_gap

LATS_STEPS = ("setup", "roll", "hold", "rotate", "switch")
TOP_ARM = ("near_upper_arm", "near_forearm", "near_hand")
#: The top arm keeps at least this far (cm) from the head: 3 px or more on the smallest picture
#: the app shows (300 px wide); the old arm came within 0.6 cm, one shape with the face.
ARM_CLEAR_OF_HEAD = 2.5
#: The bottom arm is straight: its elbow bends at most this much (degrees) in the picture.
STRAIGHT = 5.0
#: The head rests on the bottom upper arm: at most this far (cm) above it, never into it.
RESTING = 1.2


def top_arm_to_head(body: Body) -> float:
    return min(outline_gap(body, name, "head") for name in TOP_ARM)


def elbow_bend(body: Body) -> float:
    """How far (degrees) the bottom arm bends at the elbow in the picture."""
    shoulder, elbow, wrist = (body.joint(f"far_{j}") for j in ("shoulder", "elbow", "wrist"))
    upper = math.atan2(elbow.y - shoulder.y, elbow.x - shoulder.x)
    fore = math.atan2(wrist.y - elbow.y, wrist.x - elbow.x)
    return abs(math.degrees(math.remainder(fore - upper, 2 * math.pi)))


@pytest.mark.parametrize("step_id", LATS_STEPS)
def test_the_top_arm_comes_down_clear_of_the_head(
    illustrations: Mapping[str, TechniquePoses], step_id: str
) -> None:
    for body in keyframe_bodies(illustrations["lats"], step_id):
        assert top_arm_to_head(body) >= ARM_CLEAR_OF_HEAD, step_id
        # and clear of the roller, so the roller stays a round shape of its own
        roller = illustrations["lats"].step(step_id).roller
        cx, cy = roller.centre
        for name in TOP_ARM:
            assert body.capsule(name).circle_gap(cx, cy, roller.radius) >= 1.0, (
                step_id,
                name,
            )


@pytest.mark.parametrize("step_id", LATS_STEPS)
def test_the_bottom_arm_is_straight_overhead_past_the_head_which_rests_on_it(
    illustrations: Mapping[str, TechniquePoses], step_id: str
) -> None:
    for body in keyframe_bodies(illustrations["lats"], step_id):
        assert elbow_bend(body) <= STRAIGHT, step_id
        head = body.capsule("head")
        # straight on past the head, and its hand down on the floor beyond it
        assert body.joint("far_wrist").x < head.a.x - head.ra, step_id
        assert body.part("far_hand").floor_gap() < 1.5, step_id
        # the head lies on the upper arm: touching, not floating above it or sunk into it
        assert 0.0 <= outline_gap(body, "far_upper_arm", "head") <= RESTING, step_id


@pytest.mark.parametrize("step_id", LATS_STEPS)
def test_the_pose_file_rests_the_head_on_the_bottom_arm(
    illustrations: Mapping[str, TechniquePoses], step_id: str
) -> None:
    """So check-content holds every keyframe to it (the head touching the arm)."""
    step = illustrations["lats"].step(step_id)
    assert "head" in step.rests_map().get("far_upper_arm", ()), step_id
    for body in keyframe_bodies(illustrations["lats"], step_id):
        assert contact_problems(body, step.roller, step.rests_map()) == [], step_id


def test_the_old_tangle_of_arms_and_head_fails(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    body = solve(as_pose(OLD_LATS_SETUP), 1.0)
    assert top_arm_to_head(body) < 1.0  # the top arm ran over the jaw
    assert elbow_bend(body) > 20.0  # the bottom arm bent down at the elbow under the head
    assert outline_gap(body, "far_upper_arm", "head") > RESTING  # the head above it, not on it
    step = illustrations["lats"].step("setup")
    found = contact_problems(body, step.roller, step.rests_map())
    assert any(p.startswith("head should rest on far_upper_arm") for p in found), found
