"""The camera from above: a lying body seen from the ceiling, a roller of finite length, and
ankles bent the way ankles bend."""

from __future__ import annotations

import math
from collections.abc import Mapping

import pytest

from foamroll_gui.core.figure.contact import roller_gap
from foamroll_gui.core.figure.geometry import Point
from foamroll_gui.core.figure.joint_limits import joint_problems
from foamroll_gui.core.figure.kinematics import Body, Capsule
from foamroll_gui.core.figure.pose import Pose
from foamroll_gui.core.figure.scene import Frame, Roller
from foamroll_gui.core.figure.skeleton import SEGMENTS
from foamroll_gui.core.figure.top_view import drawn_from_above, top_view
from foamroll_gui.core.illustrations.step_poses import TechniquePoses


def _angle(dx: float, dy: float) -> float:
    return math.degrees(math.atan2(dy, dx))


def test_a_body_lying_along_the_line_of_sight_is_drawn_from_above(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    adductors = illustrations["adductors"]
    for step in adductors.steps:
        assert drawn_from_above(adductors.frame(step, "right"))
    # people seen from the side, and a side-lying body seen from the front, are not
    assert not drawn_from_above(illustrations["calves"].frame("roll", "right"))
    assert not drawn_from_above(illustrations["it-band"].frame("roll", "right"))
    assert not drawn_from_above(illustrations["lats"].frame("roll", "right"))


def test_from_above_the_bent_leg_lies_across_the_roller_out_to_the_side(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    view = top_view(illustrations["adductors"].frame("hold", "right"))
    body = view.body
    hip, head = body.joint("hip"), body.joint("head")
    assert head.x - hip.x > 40  # the head to the right, the body lying along the picture
    assert abs(head.y - hip.y) < 10
    # the right knee out to the side (the bottom of the picture), the left one back along it
    knee, other = body.joint("near_knee"), body.joint("far_knee")
    assert hip.y - knee.y > 30 and abs(other.y - hip.y) < 20 and hip.x - other.x > 30
    # the knee bent about a right angle: from above the shin runs back towards the feet
    thigh, shin = body.capsule("near_thigh"), body.capsule("near_shin")
    bend = abs(
        _angle(shin.b.x - shin.a.x, shin.b.y - shin.a.y)
        - _angle(thigh.b.x - thigh.a.x, thigh.b.y - thigh.a.y)
    )
    assert 60 < min(bend, 360 - bend) < 120
    # the roller runs along the body, under the inner thigh, which lies on top of it
    left, bottom, right, top = view.roller.box
    assert right - left > 4 * (top - bottom)
    crossing = [thigh.point_at(i / 20) for i in range(21)]
    over = [p for p in crossing if left <= p.x <= right and bottom <= p.y <= top]
    assert over and all(p.z > view.roller.radius for p in over)


def test_the_switch_step_is_the_mirror_picture(illustrations: Mapping[str, TechniquePoses]) -> None:
    adductors = illustrations["adductors"]
    right = top_view(adductors.frame("leg-over", "right")).body
    switched = top_view(adductors.frame("switch", "right")).body
    # the other leg is out: the bent knee is above the body instead of below it
    assert right.joint("near_knee").y < right.joint("hip").y
    assert switched.joint("near_knee").y > switched.joint("hip").y
    assert switched.joint("head").x == pytest.approx(right.joint("head").x)


def test_from_above_the_roll_arrow_runs_along_the_thigh_beside_it(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    view = top_view(illustrations["adductors"].frame("roll", "right", 0.5))
    assert view.arrow is not None and view.arrow.kind == "slide"
    thigh = view.body.capsule("near_thigh")
    (x0, y0), (x1, y1) = view.arrow.start, view.arrow.end
    along = _angle(x1 - x0, y1 - y0) - _angle(thigh.b.x - thigh.a.x, thigh.b.y - thigh.a.y)
    assert abs(math.sin(math.radians(along))) < 0.2  # parallel to the thigh
    assert math.hypot(x1 - x0, y1 - y0) > 15  # from near the groin to near the knee
    for x, y in view.arrow.start, view.arrow.end:
        _, distance = thigh.closest(x, y)
        assert distance > max(thigh.ra, thigh.rb)  # beside the thigh, not on it


def test_a_roller_has_ends() -> None:
    roller = Roller(0.0, length=90.0)
    on_it = Capsule("near_forearm", _p(-20, 22, 0), _p(20, 22, 0), 4.0, 4.0)
    past_the_end = Capsule("near_forearm", _p(-20, 22, -60), _p(20, 22, -60), 4.0, 4.0)
    reaching_in = Capsule("near_forearm", _p(0, 22, -80), _p(0, 22, -30), 4.0, 4.0)
    assert roller_gap(_body(on_it), "near_forearm", roller) == pytest.approx(3.0, abs=0.1)
    assert roller_gap(_body(past_the_end), "near_forearm", roller) == math.inf
    assert roller_gap(_body(reaching_in), "near_forearm", roller) == pytest.approx(3.0, abs=0.1)
    # a roller seen end-on still catches whatever is beside it in the picture
    assert roller_gap(_body(past_the_end), "near_forearm", Roller(0.0, length=200.0)) < 4


def _p(x: float, y: float, z: float) -> Point:
    return Point(x, y, z)


def _body(capsule: Capsule) -> Body:
    return Body((capsule,), ())


def _foot_pose(foot_angle: float) -> Pose:
    """Standing facing right, the near foot at ``foot_angle`` (0: flat), its depth 0."""
    angles = dict.fromkeys(SEGMENTS, -90.0)
    angles.update(pelvis=90.0, torso=90.0, neck=90.0, head=90.0, near_foot=0.0, far_foot=0.0)
    angles["near_foot"] = foot_angle
    # a little depth on the shin so the 3-D measure is used, as in a view from the feet
    return Pose.from_mapping((0.0, 92.0), angles, {"near_shin": 1.0})


@pytest.mark.parametrize(
    ("foot_angle", "fine"),
    [(0.0, True), (-60.0, True), (30.0, True), (-85.0, False), (55.0, False)],
)
def test_ankles_point_further_than_they_flex_in_3d(foot_angle: float, fine: bool) -> None:
    """Toes pointed 60 degrees is human, 85 is not; toes pulled up 30 is, 55 is not."""
    problems = [p for p in joint_problems(_foot_pose(foot_angle), "back") if "ankle" in p]
    assert (problems == []) is fine, problems


def test_a_frame_from_above_has_the_floor_everywhere(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    frame: Frame = illustrations["adductors"].frame("setup", "right")
    left, bottom, right, top = top_view(frame).bounds()
    assert right - left > 150  # the whole body's length, lying
    assert top - bottom < right - left
