"""Blind round 10 on the hamstrings (pictures 02, 04, 13, 26, 27: rotate, stack, switch, roll,
hold), as pose facts: "the near heel seems to touch the floor — a heel on the floor takes load
off the roller"; "far leg crossed on top or just bent in the air?".

The words are the truth (content/techniques/hamstrings.yaml): from the stack on, "Press through
your hands to lift your hips off the floor. Stack your left leg on top of your right. Your hands
and right thigh now carry you." So the right leg is held long and clear of the floor all the way
to the heel (only the thigh on the roller), and the left leg rests on it, its lower leg lying
on the right shin near the ankle. Each fact is checked on every keyframe of the five steps and
shown to fail on the poses shipped before; the pose file flags the heel (``off_floor``) so
``foamroll check-content`` holds every keyframe to it as well.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from foamroll_gui.core.figure.kinematics import solve
from foamroll_gui.core.figure.pose import Pose
from foamroll_gui.core.illustrations.checks import physical_problems
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from tests.core.pose_data import as_pose, with_keyframes

#: The steps drawn with the legs stacked and the hips lifted.
STACKED = ("stack", "roll", "hold", "rotate", "switch")
#: The working heel is at least this far above the floor (cm): clearly held off it.
HEEL_CLEAR = 3.0
#: The working knee is nearly straight: at most this far from straight (degrees).
KNEE_BEND = 15.0
#: The top lower leg touches the working shin: a gap no wider than this (cm) ...
TOUCH = 0.5
#: ... at the ankle end of the working shin (from this fraction of its length on).
ANKLE_END = 0.6

# The poses shipped before (content/poses/hamstrings.yaml, round 10): the right leg sloping
# down to a heel 1 cm off the floor, the left knee raised high over it.
OLD_STACK: dict[str, object] = {
    "root": (-21.5, 25),
    "trunk": (135, 128, 100, 95),
    "near_arm": (-96, -94, -3),
    "near_leg": (-10, -14, 80),
    "far_leg": (14, -26.6, 62),
}
OLD_ROLL: tuple[dict[str, object], ...] = (
    {
        "root": (-3.5, 23),
        "trunk": (140, 125, 100, 95),
        "near_arm": (-100, -97, -3),
        "near_leg": (-10, -11, 80),
        "far_leg": (14, -24, 62),
    },
    {
        "root": (-33, 25),
        "trunk": (128, 132, 100, 95),
        "near_arm": (-88, -86, -3),
        "near_leg": (-7, -14, 80),
        "far_leg": (17, -24, 62),
    },
)


def leg_problems(pose: Pose, technique: TechniquePoses) -> list[str]:
    """Where a stacked keyframe does not show the right leg held clear of the floor with the
    left one resting on it near the ankle."""
    body = solve(pose, technique.lateral)
    problems = []
    # the foot is drawn from the heel (behind and below the ankle) to the toes
    heel = body.capsule("near_foot").floor_gap()
    if heel < HEEL_CLEAR:
        problems.append(f"the working heel is {heel:.1f} cm above the floor (at least 3)")
    bend = abs(pose.angle("near_thigh") - pose.angle("near_shin"))
    if bend > KNEE_BEND:
        problems.append(f"the working knee is bent {bend:.0f} degrees (at most 15)")
    shin, top = body.capsule("near_shin"), body.capsule("far_shin")
    steps = 40
    gap, where = min(
        (
            shin.circle_gap(
                top.point_at(i / steps).x, top.point_at(i / steps).y, top.radius_at(i / steps)
            ),
            shin.closest(top.point_at(i / steps).x, top.point_at(i / steps).y)[0],
        )
        for i in range(steps + 1)
    )
    if gap > TOUCH:
        problems.append(f"the top lower leg floats {gap:.1f} cm above the working shin")
    elif where < ANKLE_END:
        problems.append(
            f"the top lower leg rests on the working shin at {where:.2f}, not the ankle"
        )
    return problems


@pytest.mark.parametrize("step_id", STACKED)
def test_the_working_leg_is_held_clear_with_the_other_resting_on_it(
    illustrations: Mapping[str, TechniquePoses], step_id: str
) -> None:
    hamstrings = illustrations["hamstrings"]
    for index, pose in enumerate(hamstrings.step(step_id).keyframes):
        assert leg_problems(pose, hamstrings) == [], (step_id, index)


def test_the_old_poses_put_the_heel_down_or_float_the_top_leg(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    hamstrings = illustrations["hamstrings"]
    old_stack = leg_problems(as_pose(OLD_STACK), hamstrings)
    assert any("working heel is 1.0 cm" in p for p in old_stack), old_stack
    assert any("working heel" in p for p in leg_problems(as_pose(OLD_ROLL[0]), hamstrings))
    assert any("floats" in p for p in leg_problems(as_pose(OLD_ROLL[1]), hamstrings))


def test_check_content_holds_the_heel_off_the_floor(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    hamstrings = illustrations["hamstrings"]
    for step_id in STACKED:
        assert {"pelvis", "near_foot"} <= set(hamstrings.step(step_id).off_floor), step_id
    assert physical_problems({"hamstrings": hamstrings}) == []
    olds: dict[str, tuple[dict[str, object], ...]] = {"stack": (OLD_STACK,), "roll": OLD_ROLL}
    for step_id, old in olds.items():
        poses = with_keyframes(illustrations, "hamstrings", step_id, *map(as_pose, old))
        found = physical_problems(poses)
        assert any(f"{step_id}[0]: near_foot should be off the floor" in p for p in found), found


def test_the_setup_still_sits_on_the_floor_with_both_legs_on_the_roller(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    setup = illustrations["hamstrings"].step("setup")
    rests = setup.rests_map()
    assert "pelvis" in rests["floor"]
    assert set(rests["roller"]) == {"near_thigh", "far_thigh"}
    assert setup.off_floor == ()
