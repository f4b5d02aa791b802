"""The step pictures show what their words say, and the checks catch the pictures that did not.

Each fault found in review (a seat on the floor beside the roller, a roll onto the ankle, toes on
the floor where the text lifts them, a shin on the roller hidden under the top leg) is kept here
as the old pose values, and must fail the checks; the shipped pictures must pass them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

import pytest

from foamroll_gui.core.content.model import Content
from foamroll_gui.core.errors import ContentError
from foamroll_gui.core.figure.contact import contact_point
from foamroll_gui.core.figure.kinematics import Body, solve
from foamroll_gui.core.figure.pose import Pose
from foamroll_gui.core.illustrations.checks import (
    TOP_ARC,
    angle_from_top,
    physical_problems,
)
from foamroll_gui.core.illustrations.pose_file import load_illustrations
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from tests.core.pose_data import as_pose, with_step
from tests.core.test_step_pictures import break_file, pose_folder  # noqa: F401 (fixture)

#: The pictures as they were before review, in the pose files' own format.
OLD_GLUTES_CROSS: dict[str, object] = {
    "root": (17.2, 12.1),
    "trunk": (114, 108, 98, 92),
    "near_arm": (-113, -106, 180),
    "near_leg": (44, -9, 70),
    "far_leg": (46, -60, -1),
    "depth": {"near_thigh": 45, "near_shin": -55},
}
_PERONEAL_DEPTH = {"near_thigh": 55, "near_shin": 15, "near_foot": 60, "far_foot": 70}
OLD_PERONEALS_ROLL_START: dict[str, object] = {
    "root": (-90.8, 26.3),
    "trunk": (171, 143, 170, 172),
    "near_arm": (-45, -7, -7),
    "far_arm": (-102, 180, 180),
    "near_leg": (28, -81, 0),
    "far_leg": (-2, -3, -81),
    "depth": _PERONEAL_DEPTH,
}
OLD_PERONEALS_BRACE: dict[str, object] = {
    "root": (-64.2, 16.0),
    "trunk": (144, 138, 170, 172),
    "near_arm": (-50, -12, -12),
    "far_arm": (-98, 180, 180),
    "near_leg": (47, -59, -1),
    "far_leg": (21, -8, -55),
    "depth": _PERONEAL_DEPTH,
}
OLD_QUADRICEPS_SETUP: dict[str, object] = {
    "root": (13.2, 23.2),
    "trunk": (10, 16, -25, -30),
    "near_arm": (-90, 0, 0),
    "near_leg": (187, 183, -127),
}


def with_keyframe(
    poses: Mapping[str, TechniquePoses], muscle: str, step_id: str, index: int, pose: Pose
) -> dict[str, TechniquePoses]:
    """Just ``muscle``, with one keyframe of one step put back to ``pose``."""
    step = poses[muscle].step(step_id)
    frames = list(step.keyframes)
    frames[index] = pose
    return with_step(poses, muscle, replace(step, keyframes=tuple(frames)))


def body_of(poses: Mapping[str, TechniquePoses], muscle: str, step_id: str, i: int = 0) -> Body:
    technique = poses[muscle]
    return solve(technique.step(step_id).keyframes[i], technique.lateral)


# -- the checks fail on the old pictures -----------------------------------------------------
def test_a_seat_on_the_floor_beside_the_roller_fails(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    old = with_keyframe(illustrations, "glutes", "cross", 0, as_pose(OLD_GLUTES_CROSS))
    found = physical_problems(old)
    assert any(
        p.startswith("glutes/cross[0]: the target pelvis presses on the roller")
        and "not beside it" in p
        for p in found
    ), found


def test_a_roll_onto_the_ankle_fails(illustrations: Mapping[str, TechniquePoses]) -> None:
    old = with_keyframe(illustrations, "peroneals", "roll", 0, as_pose(OLD_PERONEALS_ROLL_START))
    found = physical_problems(old)
    assert any(
        p.startswith("peroneals/roll[0]: the roller is at 1.00 of far_shin, outside") for p in found
    ), found


def test_toes_on_the_floor_where_the_text_lifts_them_fail(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    old = with_keyframe(illustrations, "quadriceps", "setup", 0, as_pose(OLD_QUADRICEPS_SETUP))
    found = physical_problems(old)
    for foot in ("near_foot", "far_foot"):
        assert any(
            p.startswith(f"quadriceps/setup[0]: {foot} should be off the floor") for p in found
        )
    # the hold is drawn like the setup, and so lifts the toes too
    assert illustrations["quadriceps"].step("hold").off_floor == ("near_foot", "far_foot")


# -- the shipped pictures show what the words say --------------------------------------------
@pytest.mark.parametrize("muscle", ["glutes", "piriformis"])
def test_the_runner_sits_on_the_roller_with_the_ankle_crossed(
    illustrations: Mapping[str, TechniquePoses], muscle: str
) -> None:
    technique = illustrations[muscle]
    for step_id, step in technique.steps.items():
        for index in range(len(step.keyframes)):
            body = body_of(illustrations, muscle, step_id, index)
            where = f"{muscle}/{step_id}[{index}]"
            assert body.part("pelvis").floor_gap() > 5.0, f"{where}: the seat is on the floor"
            assert angle_from_top(body, "pelvis", step.roller) <= TOP_ARC, where
            assert body.part("near_hand").floor_gap() < 1.5, f"{where}: hands behind, on the floor"
            assert body.joint("near_wrist").x < step.roller.x, where
            if step_id != "setup":  # from the cross on: right ankle over the left knee
                assert step.rests_map().get("far_knee") == ("near_shin",), where
                assert body.joint("near_ankle").y > body.joint("far_knee").y, where


def test_piriformis_leans_deeper_than_the_glutes(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    glutes = illustrations["glutes"].step("cross").keyframes[0]
    piriformis = illustrations["piriformis"].step("cross").keyframes[0]
    assert piriformis != glutes
    # further back and towards the viewer, into the right buttock
    assert piriformis.angle("pelvis") > glutes.angle("pelvis")
    assert piriformis.depth("torso") > glutes.depth("torso")
    glutes_range = illustrations["glutes"].step("roll").keyframes
    piriformis_range = illustrations["piriformis"].step("roll").keyframes
    travel = [abs(f[1].root[0] - f[0].root[0]) for f in (glutes_range, piriformis_range)]
    assert travel[1] < travel[0]  # small passes across the middle of the buttock


def _near_leg_over_target(body: Body, start: float, end: float) -> bool:
    """Whether any part of the near (top) leg covers the far shin's target stretch."""
    shin = body.capsule("far_shin")
    for i in range(21):
        t = start + (end - start) * i / 20
        point = shin.point_at(t)
        for name in ("near_thigh", "near_shin", "near_foot"):
            if body.capsule(name).circle_gap(point.x, point.y, shin.radius_at(t) * 0.5) < 0:
                return True
    return False


def test_the_peroneal_shin_on_the_roller_is_not_hidden_by_the_top_leg(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    technique = illustrations["peroneals"]
    target = technique.step("roll").target
    old = solve(as_pose(OLD_PERONEALS_BRACE), technique.lateral)
    assert _near_leg_over_target(old, target.start, target.end)
    for step_id in ("brace", "roll", "hold", "ankle-circles"):
        for index in range(len(technique.step(step_id).keyframes)):
            body = body_of(illustrations, "peroneals", step_id, index)
            assert not _near_leg_over_target(body, target.start, target.end), (step_id, index)


#: Words in a step's text, and the parts its picture must then hold off the floor.
LIFTS = {"toes off the floor": ("near_foot", "far_foot"), "lift your hips": ("pelvis",)}


def test_every_step_that_lifts_something_is_drawn_lifting_it(
    content: Content, illustrations: Mapping[str, TechniquePoses]
) -> None:
    checked = 0
    for muscle, technique in content.techniques.items():
        for step in technique.steps:
            for words, parts in LIFTS.items():
                if words in step.text.lower():
                    flagged = illustrations[muscle].step(step.id).off_floor
                    assert set(parts) <= set(flagged), f"{muscle}/{step.id} says {words!r}"
                    checked += 1
    assert checked >= 3
    assert physical_problems(illustrations) == []


def test_an_unknown_part_off_the_floor_names_file_and_line(
    pose_folder: Path,  # noqa: F811
    content: Content,
) -> None:
    line = break_file(
        pose_folder, "quadriceps.yaml", "off_floor: [near_foot,", "off_floor: [near_toe,"
    )
    with pytest.raises(ContentError) as caught:
        load_illustrations(pose_folder, content)
    found = [str(p) for p in caught.value.problems]
    assert any(f"quadriceps.yaml:{line}: steps.setup.off_floor" in p for p in found), found


def test_the_it_band_runner_lies_on_the_side_propped_on_the_forearm(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    # not a push-up: the bottom forearm carries the trunk, the top hand is off the floor
    for step_id, step in illustrations["it-band"].steps.items():
        assert "far_forearm" in step.rests_map()["floor"], step_id
        assert "near_hand" not in step.rests_map()["floor"], step_id
        for index in range(len(step.keyframes)):
            body = body_of(illustrations, "it-band", step_id, index)
            assert body.part("near_hand").floor_gap() > 10.0, (step_id, index)
            assert body.part("far_forearm").floor_gap() < 1.5, (step_id, index)


OLD_TFL_BRACE: dict[str, object] = {
    "root": (12.9, 22.5),
    "trunk": (9, 18, -25, -30),
    "near_arm": (-90, 0, 0),
    "near_leg": (183, 182, -111),
    "far_leg": (-36, 136, -127),
    "depth": {"far_thigh": -50, "far_shin": -70},
}


def _drawn_length(body: Body, segment: str) -> float:
    capsule = body.capsule(segment)
    return math.hypot(capsule.b.x - capsule.a.x, capsule.b.y - capsule.a.y)


def test_the_tfl_top_knee_reads_as_a_knee_on_the_floor_in_front(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    technique = illustrations["tfl"]
    old = solve(as_pose(OLD_TFL_BRACE), technique.lateral)
    assert _drawn_length(old, "far_thigh") < 30.0  # folded into a blob under the belly
    for step_id in ("brace", "roll", "hold", "knee-bend"):
        step = technique.step(step_id)
        for index in range(len(step.keyframes)):
            body = body_of(illustrations, "tfl", step_id, index)
            knee = body.joint("far_knee")
            assert _drawn_length(body, "far_thigh") >= 30.0, (step_id, index)
            assert body.part("far_knee").floor_gap() < 1.5, (step_id, index)
            assert knee.x - step.roller.x > 25.0, (step_id, index)  # in front of the roller


def test_the_glutes_roll_travels_up_the_buttock(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    # from the bottom of the buttock towards the rim of the pelvis, still on top of the roller
    step = illustrations["glutes"].step("roll")
    reach = [
        contact_point(body_of(illustrations, "glutes", "roll", i), "pelvis", step.roller)
        for i in range(len(step.keyframes))
    ]
    assert min(reach) < 0.1 and max(reach) > 0.25, reach
