"""The adductors, face down on the forearms and drawn from above: what the blind reviewers of
round 4 misread (straight arms reaching past the head, elbows over the roller's end)."""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping

import pytest

from foamroll_gui.core.figure.geometry import Point
from foamroll_gui.core.figure.kinematics import Capsule
from foamroll_gui.core.figure.top_view import RollerFromAbove, TopView, top_view
from foamroll_gui.core.illustrations.step_poses import TechniquePoses

PHASES = (0.0, 0.5, 1.0)


def _views(poses: TechniquePoses) -> Iterator[tuple[str, float, TopView]]:
    for step_id, step in poses.steps.items():
        for phase in PHASES if step.animated else (0.0,):
            yield step_id, phase, top_view(poses.frame(step_id, "right", phase))


def _flat(a: Point, b: Point) -> tuple[float, float]:
    return b.x - a.x, b.y - a.y


def _turn(u: tuple[float, float], v: tuple[float, float]) -> float:
    """Unsigned angle between two picture directions, in degrees."""
    cross = u[0] * v[1] - u[1] * v[0]
    dot = u[0] * v[0] + u[1] * v[1]
    return abs(math.degrees(math.atan2(cross, dot)))


@pytest.fixture
def adductors(illustrations: Mapping[str, TechniquePoses]) -> TechniquePoses:
    return illustrations["adductors"]


def test_from_above_the_arms_are_propped_forearms_not_arms_stretched_overhead(
    adductors: TechniquePoses,
) -> None:
    """'Propped on your forearms': each elbow beside its shoulder, the forearm flat on the floor
    and turned in towards the head, clearly bent at the elbow, the hands just past the head."""
    for step_id, phase, view in _views(adductors):
        body = view.body
        head = body.capsule("head")
        for side in ("near", "far"):
            shoulder = body.joint(f"{side}_shoulder")
            elbow, wrist = body.joint(f"{side}_elbow"), body.joint(f"{side}_wrist")
            forearm, hand = body.capsule(f"{side}_forearm"), body.capsule(f"{side}_hand")
            where = f"{step_id} at {phase}, {side} arm"
            # the forearm lies on the floor and points to the head's end of the picture
            assert max(forearm.a.z - forearm.ra, forearm.b.z - forearm.rb) < 1.5, where
            assert wrist.x - elbow.x > 15, where
            # the elbow under the shoulder: not far ahead of it, and a little outside it
            assert elbow.x - shoulder.x < 13, where
            assert abs(elbow.y - head.a.y) > abs(shoulder.y - head.a.y) + 4, where
            # the forearms turn in towards the head: bent at the elbow, seen from above
            assert abs(elbow.y - head.a.y) - abs(wrist.y - head.a.y) > 8, where
            bend = _turn(_flat(shoulder, elbow), _flat(elbow, wrist))
            assert bend > 50, (where, bend)
            # the wrists just past the head, the hands flat beyond: not an arm's length past it
            assert wrist.x - (head.a.x + head.ra) < 8, where
            assert hand.b.x + hand.rb - (head.a.x + head.ra) < 26, where


def _clearance(capsule: Capsule, roller: RollerFromAbove) -> float:
    """How far (cm) a capsule seen from above stays outside the roller's outline."""
    left, bottom, right, top = roller.box
    best = math.inf
    for i in range(21):
        p, r = capsule.point_at(i / 20), capsule.radius_at(i / 20)
        dx = max(left - p.x, 0.0, p.x - right)
        dy = max(bottom - p.y, 0.0, p.y - top)
        best = min(best, math.hypot(dx, dy) - r)
    return best


def test_the_elbows_stay_clear_of_the_rollers_end(adductors: TechniquePoses) -> None:
    """Seen from above, an elbow over the roller's end reads as leaning on it (and spoils the
    shadow of the thigh resting on it)."""
    for step_id, phase, view in _views(adductors):
        for name in ("near_forearm", "far_forearm"):
            gap = _clearance(view.body.capsule(name), view.roller)
            assert gap > 2.0, (step_id, phase, name, gap)


def test_only_what_rests_on_the_roller_lies_on_it_from_above(adductors: TechniquePoses) -> None:
    """The inner thigh rests on the roller; in the setup nothing does; an arm passing high over
    its end, or a limb on the floor beside it, does not."""
    hold = top_view(adductors.frame("hold", "right"))
    stretch = hold.roller.resting_stretch(hold.body.capsule("near_thigh"))
    assert stretch is not None and stretch[1] - stretch[0] > 0.1
    setup = top_view(adductors.frame("setup", "right"))
    assert all(setup.roller.resting_stretch(c) is None for c in setup.body.capsules)
    roller = RollerFromAbove((0.0, 0.0), 7.5, 90.0)
    high = Capsule("near_upper_arm", Point(40, 0, 40), Point(52, -6, 5), 5.0, 4.2)
    beside = Capsule("far_shin", Point(-40, 14, 5), Point(40, 14, 5), 6.0, 4.0)
    on_top = Capsule("near_thigh", Point(-10, -20, 20), Point(-10, 20, 20), 8.5, 6.0)
    assert roller.resting_stretch(high) is None
    assert roller.resting_stretch(beside) is None
    t0, t1 = roller.resting_stretch(on_top) or (1.0, 0.0)
    assert t0 < 0.5 < t1


def test_from_above_the_feet_of_long_legs_point_back_along_them(adductors: TechniquePoses) -> None:
    """Face down, a long leg's foot lies along it with its toes to the end of the picture away
    from the head (round 4 saw the straight leg's foot 'twisted oddly upward', across the
    picture)."""
    for step_id, phase, view in _views(adductors):
        body = view.body
        long_legs = ("near", "far") if step_id == "setup" else ("far",)
        for side in long_legs:
            shin, foot = body.capsule(f"{side}_shin"), body.capsule(f"{side}_foot")
            along = _flat(shin.a, shin.b)
            pointing = _flat(foot.a, foot.b)
            where = (step_id, phase, side)
            assert _turn(along, pointing) < 20, where
            assert pointing[0] < 0, where  # away from the head (which is to the right)
            assert abs(foot.b.y - shin.b.y) < 6, where  # in line with the leg, not beside it


def test_from_above_the_setup_marks_the_inner_side_of_the_thigh(adductors: TechniquePoses) -> None:
    """Round 4 read the setup's highlight, the whole right thigh lying beside the roller, as the
    OUTER thigh. While the thigh is not on the roller its highlighted half faces the body's
    midline (the inner side), away from the roller; on the roller the whole width shows."""
    setup = top_view(adductors.frame("setup", "right"))
    towards = setup.inner_side()
    assert towards is not None
    thigh = setup.body.capsule("near_thigh")
    middle = thigh.point_at(0.5)
    roller_y = setup.roller.centre[1]
    # the inner side is across the thigh from the roller, towards the other leg
    assert (towards[1] - middle.y) * (roller_y - middle.y) < 0
    other = setup.body.capsule("far_thigh").point_at(0.5)
    assert (towards[1] - middle.y) * (other.y - middle.y) > 0
    for step_id in ("leg-over", "roll", "hold", "switch"):
        assert top_view(adductors.frame(step_id, "right")).inner_side() is None, step_id
