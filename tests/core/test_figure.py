"""The figure: forward kinematics, mirroring, interpolation, contact and joint checks."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foamroll_gui.core.figure.contact import contact_problems, floor_gap, roller_gap
from foamroll_gui.core.figure.geometry import wrap
from foamroll_gui.core.figure.joint_limits import JOINT_LIMITS, joint_angles, joint_problems
from foamroll_gui.core.figure.kinematics import solve
from foamroll_gui.core.figure.pose import Pose, ease_in_out, interpolate, pingpong
from foamroll_gui.core.figure.scene import Frame, Roller, Target, mirror_frame
from foamroll_gui.core.figure.skeleton import BODY, JOINTS, SEGMENTS, limb_kind

BONES = {
    "pelvis": BODY.pelvis,
    "torso": BODY.torso,
    "neck": BODY.neck,
    "near_upper_arm": BODY.upper_arm,
    "near_forearm": BODY.forearm,
    "near_hand": BODY.hand,
    "far_thigh": BODY.thigh,
    "near_shin": BODY.shin,
    "near_foot": BODY.foot,
}


def standing(x: float = 0.0) -> Pose:
    """Upright, arms hanging, feet flat: the reference pose for proportions."""
    angles = dict.fromkeys(SEGMENTS, -90.0)
    angles.update(pelvis=90.0, torso=90.0, neck=90.0, head=90.0, near_foot=0.0, far_foot=0.0)
    return Pose.from_mapping((x, BODY.thigh + BODY.shin + 8.0), angles)


def test_standing_figure_has_human_proportions() -> None:
    body = solve(standing())
    head = body.capsule("head")
    top = head.a.y + head.ra
    assert 165 < top < 185
    assert 7.0 < top / (2 * head.ra) < 8.0  # head about 1/7.5 of the height
    assert abs(BODY.thigh - BODY.shin) < 0.1 * BODY.thigh  # thigh about as long as the shin
    fingertips = body.capsule("near_hand").b.y
    mid_thigh = (body.joint("near_hip").y + body.joint("near_knee").y) / 2
    assert abs(fingertips - mid_thigh) < 8  # hanging arms reach mid-thigh
    assert abs(body.lowest()) < 1.0  # feet flat on the floor
    assert joint_problems(standing()) == []


angle = st.floats(min_value=-180, max_value=180, allow_nan=False)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(angle, min_size=len(SEGMENTS), max_size=len(SEGMENTS)),
    st.lists(
        st.floats(min_value=-80, max_value=80), min_size=len(SEGMENTS), max_size=len(SEGMENTS)
    ),
    st.floats(min_value=0, max_value=1),
)
def test_forward_kinematics_keeps_every_bone_length(
    angles: list[float], depths: list[float], lateral: float
) -> None:
    body = solve(Pose((3.0, 40.0), tuple(angles), tuple(depths)), lateral)
    for name, length in BONES.items():
        assert body.capsule(name).length() == pytest.approx(length, abs=1e-6), name
    assert (body.joint("near_knee") - body.joint("near_hip")).length() == pytest.approx(BODY.thigh)


def test_forward_kinematics_follows_the_angles() -> None:
    pose = standing().with_angles(near_thigh=0.0, near_shin=-90.0)  # sitting on a chair
    body = solve(pose)
    hip, knee, ankle = (body.joint(n) for n in ("near_hip", "near_knee", "near_ankle"))
    assert knee.x == pytest.approx(hip.x + BODY.thigh) and knee.y == pytest.approx(hip.y)
    assert ankle.x == pytest.approx(knee.x) and ankle.y == pytest.approx(knee.y - BODY.shin)
    assert joint_angles(pose)["near_knee"] == pytest.approx(90.0)
    assert joint_angles(pose)["near_hip"] == pytest.approx(90.0)


def test_depth_foreshortens_but_keeps_length() -> None:
    pose = Pose.from_mapping(
        standing().root, dict(zip(SEGMENTS, standing().angles, strict=True)), {"near_thigh": 60.0}
    )
    thigh = solve(pose).capsule("near_thigh")
    assert thigh.length() == pytest.approx(BODY.thigh)
    assert abs(thigh.b.y - thigh.a.y) == pytest.approx(BODY.thigh / 2)


def test_lateral_view_separates_near_and_far_hips() -> None:
    side = solve(standing(), lateral=0.0)
    front = solve(standing(), lateral=1.0)
    assert side.joint("near_hip").x == pytest.approx(side.joint("far_hip").x)
    assert side.joint("near_hip").z > side.joint("far_hip").z
    assert front.joint("near_hip").x - front.joint("far_hip").x == pytest.approx(
        2 * BODY.hip_half_width
    )


def test_interpolation_is_exact_at_the_ends_and_takes_the_short_way() -> None:
    a = standing().with_angles(near_foot=170.0)
    b = standing(10.0).with_angles(near_foot=-170.0)
    assert interpolate(a, b, 0.0) == a
    mid = interpolate(a, b, 0.5)
    assert mid.root[0] == pytest.approx(5.0)
    assert abs(wrap(mid.angle("near_foot") - 180.0)) < 1e-9  # through 180, not through 0


def test_pingpong_goes_there_and_back_smoothly() -> None:
    assert pingpong(0.0, 3.0) == 0.0
    assert pingpong(3.0, 3.0) == pytest.approx(1.0)
    assert pingpong(6.0, 3.0) == pytest.approx(0.0)
    assert pingpong(1.5, 3.0) == pytest.approx(0.5)
    assert pingpong(1.0, 3.0) == pytest.approx(pingpong(5.0, 3.0))
    assert ease_in_out(0.05) < 0.05  # slow start


def test_mirroring_flips_left_right_and_keeps_sizes() -> None:
    body = solve(standing(-20.0))
    frame = Frame(body, Roller(5.0), Target("near_shin"), "profile")
    flipped = mirror_frame(frame)
    assert flipped.mirrored and not frame.mirrored
    for a, b in zip(body.capsules, flipped.body.capsules, strict=True):
        assert b.a.x == pytest.approx(2 * 5.0 - a.a.x) and b.a.y == a.a.y
        assert b.length() == pytest.approx(a.length())
    assert mirror_frame(flipped).body == body


def test_contact_checks_measure_surface_gaps() -> None:
    body = solve(standing())
    roller = Roller(x=body.joint("near_ankle").x + 30.0)
    assert floor_gap(body, "near_foot") == pytest.approx(body.capsule("near_foot").floor_gap())
    assert abs(floor_gap(body, "near_foot")) < 1.0
    shin = body.capsule("near_shin")
    expected = 30.0 - shin.rb - roller.radius
    assert roller_gap(body, "near_shin", roller) == pytest.approx(expected, abs=2.0)
    assert contact_problems(body, roller, {"floor": ["near_foot", "far_foot"]}) == []
    problems = contact_problems(body, roller, {"roller": ["near_shin"]})
    assert any("near_shin should rest on the roller" in p for p in problems)
    sunk = solve(standing().moved(dy=-10.0))
    assert any("below the floor" in p for p in contact_problems(sunk, roller, {}))


def test_roller_through_a_limb_is_caught() -> None:
    body = solve(standing())
    knee = body.joint("near_knee")
    roller = Roller(x=knee.x)  # roller centre at floor height 7.5: the shin passes through it
    assert any("into the roller" in p for p in contact_problems(body, roller, {}))


@pytest.mark.parametrize(
    ("changes", "joint"),
    [
        ({"near_shin": -60.0}, "near_knee"),  # knee bent backwards
        ({"near_thigh": 0.0, "near_shin": 170.0}, "near_knee"),  # heel through the thigh
        ({"far_forearm": -130.0}, "far_elbow"),  # elbow hyperextended
        ({"near_thigh": 80.0}, "near_hip"),  # thigh through the belly
        ({"near_foot": -90.0}, "near_ankle"),  # toes pointed past the shin line
    ],
)
def test_joints_outside_human_ranges_are_caught(changes: dict[str, float], joint: str) -> None:
    problems = joint_problems(standing().with_angles(**changes))
    assert any(p.startswith(joint) for p in problems), problems


def test_front_view_checks_the_size_of_the_bend() -> None:
    pose = standing().with_angles(near_thigh=90.0, near_shin=-90.0)
    assert any(p.startswith("near_knee") for p in joint_problems(pose, "front"))
    assert joint_problems(standing(), "front") == []


def test_wrap() -> None:
    assert wrap(190.0) == -170.0
    assert wrap(-180.0) == 180.0
    assert math.isclose(wrap(725.0), 5.0)


def test_every_joint_joins_two_real_segments_and_has_a_limit() -> None:
    assert {joint.name for joint in JOINTS} == {limit.name for limit in JOINT_LIMITS}
    for joint in JOINTS:
        for limb_side in ("near", "far"):
            parent, child = joint.segments(limb_side)
            assert parent in SEGMENTS and child in SEGMENTS, joint
            assert limb_kind(child) == joint.child


def test_a_knee_as_a_support_is_a_ball_at_the_top_of_the_shin() -> None:
    body = solve(standing())
    knee = body.part("near_knee")
    shin = body.capsule("near_shin")
    assert knee.a == knee.b == shin.a == body.joint("near_knee")
    assert knee.ra == shin.ra
