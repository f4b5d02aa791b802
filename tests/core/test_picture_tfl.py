"""The TFL pictures, face down on the forearms seen from the right: what round 4's blind
reviewers could not read (the bent top leg a dark block under the belly; one leg or both)."""

from __future__ import annotations

import math
from collections.abc import Mapping

import pytest

from foamroll_gui.core.figure.scene import Frame
from foamroll_gui.core.illustrations.step_poses import TechniquePoses

BENT_STEPS = ("brace", "roll", "hold", "knee-bend", "switch")


def _direction(dx: float, dy: float) -> float:
    return math.degrees(math.atan2(dy, dx))


def _between(a: float, b: float) -> float:
    d = abs(a - b) % 360.0
    return min(d, 360.0 - d)


@pytest.fixture
def tfl(illustrations: Mapping[str, TechniquePoses]) -> TechniquePoses:
    return illustrations["tfl"]


def _frames(tfl: TechniquePoses, step_id: str) -> list[Frame]:
    phases = (0.0, 0.5, 1.0) if tfl.step(step_id).animated else (0.0,)
    return [tfl.frame(step_id, "right", phase) for phase in phases]


@pytest.mark.parametrize("step_id", BENT_STEPS)
def test_the_bent_top_leg_shows_a_thigh_down_to_the_knee_and_the_foot_back(
    tfl: TechniquePoses, step_id: str
) -> None:
    """'Bend your top knee out': the thigh runs forward and down from the hip to the knee on
    the floor in front of the roller, and the lower leg goes back from the knee in another
    direction, so thigh and lower leg are not drawn one on top of the other (round 4: the
    thigh and the shin lay along one line, a dark block under the belly)."""
    for frame in _frames(tfl, step_id):
        body = frame.body
        ahead = -1.0 if frame.mirrored else 1.0  # the head's way along the picture
        hip, knee = body.joint("far_hip"), body.joint("far_knee")
        toes = body.capsule("far_foot").b
        shin = body.capsule("far_shin")
        thigh = _direction(ahead * (hip.x - knee.x), hip.y - knee.y)  # knee up to the hip
        lower_leg = _direction(ahead * (toes.x - knee.x), toes.y - knee.y)  # knee to toes
        roller_front = ahead * frame.roller.x + frame.roller.radius
        where = (step_id, thigh, lower_leg)
        assert ahead * (knee.x - hip.x) > 10, where  # the knee forward of the hip
        assert ahead * knee.x > roller_front + 10, where  # and in front of the roller
        assert shin.a.y - shin.ra < 1.5, where  # on the floor
        assert 110 < thigh < 155, where  # a thigh slanting back up to the hip
        assert _between(thigh, lower_leg) > 35, where  # not along the thigh
        assert 150 < lower_leg % 360.0 < 210, where  # back along the floor


def test_the_setup_shows_both_legs_long(tfl: TechniquePoses) -> None:
    """'Lie face down on your forearms': both legs long, and seen from the side both feet
    show (round 4: 'one leg or both?', the far leg hidden exactly behind the near one)."""
    body = tfl.frame("setup", "right").body
    near, far = body.capsule("near_foot"), body.capsule("far_foot")
    assert abs(near.b.x - far.b.x) > 2 * max(near.rb, far.rb)  # two toes, side by side
    for side in ("near", "far"):
        hip, ankle = body.joint(f"{side}_hip"), body.joint(f"{side}_ankle")
        assert hip.x - ankle.x > 70, side  # long: the ankle far behind the hip
