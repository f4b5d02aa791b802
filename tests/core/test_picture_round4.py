"""Round 4 of the blind review: each picture a reviewer read differently from its words is kept
here as its old pose values, and must fail the checks; the shipped pictures must pass them."""

from __future__ import annotations

from collections.abc import Mapping

from foamroll_gui.core.figure.kinematics import solve
from foamroll_gui.core.illustrations.checks import HEAD_LIFT, physical_problems
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from tests.core.pose_data import as_pose, with_keyframes

_HUG_DEPTH = {
    "near_upper_arm": -20,
    "near_forearm": -50,
    "near_hand": -50,
    "far_upper_arm": 20,
    "far_forearm": 50,
    "far_hand": 50,
}
#: Upper back: the head level with the shoulders beyond the roller read as "hanging back
#: unsupported" (round 4, pictures 36, 51 and 55).
OLD_UPPER_BACK_HUG: dict[str, object] = {
    "root": (36.6, 28.0),
    "trunk": (184, 184, 176, 172),
    "near_arm": (25, 175, 205),
    "near_leg": (27, -78, 0),
    "depth": _HUG_DEPTH,
}
OLD_UPPER_BACK_ROLL_END: dict[str, object] = {
    "root": (42.2, 27.2),
    "trunk": (170, 190, 182, 178),
    "near_arm": (25, 175, 205),
    "near_leg": (30, -88, 0),
    "depth": _HUG_DEPTH,
}


def test_a_head_level_with_the_shoulders_off_the_roller_fails(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    for step_id, old in (("hug", OLD_UPPER_BACK_HUG), ("roll", OLD_UPPER_BACK_ROLL_END)):
        found = physical_problems(
            with_keyframes(illustrations, "upper-back", step_id, as_pose(old))
        )
        assert any(
            p.startswith(f"upper-back/{step_id}[0]: the head is") and "shoulders' line" in p
            for p in found
        ), found


def test_every_upper_back_keyframe_holds_the_head_above_the_shoulders(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    technique = illustrations["upper-back"]
    for step_id, step in technique.steps.items():
        for pose in step.keyframes:
            body = solve(pose, technique.lateral)
            shoulders = max(body.joint(f"{s}_shoulder").y for s in ("near", "far"))
            assert body.joint("head").y >= shoulders + HEAD_LIFT, step_id
    assert physical_problems({"upper-back": technique}) == []
