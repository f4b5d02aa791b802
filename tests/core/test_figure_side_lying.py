"""Lying on the side, seen from the front or back: near and far follow depth, feet lie end-on."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import pytest

from foamroll_gui.core.figure.kinematics import Body
from foamroll_gui.core.figure.side_lying import behind_trunk, feet_end_on, lies_on_side
from foamroll_gui.core.illustrations.step_poses import TechniquePoses

LEG = ("far_thigh", "far_shin", "far_foot")


@pytest.mark.parametrize("side", ["right", "left"])
@pytest.mark.parametrize(
    ("muscle", "on_side"),
    [("it-band", True), ("peroneals", True), ("lats", True), ("quadriceps", False), ("tfl", False)],
)
def test_side_lying_pictures_are_told_from_the_others(
    illustrations: Mapping[str, TechniquePoses], muscle: str, on_side: bool, side: str
) -> None:
    poses = illustrations[muscle]
    for step in poses.steps:
        frame = poses.frame(step, side, 0.5)
        assert lies_on_side(frame.body, frame.camera) is on_side, step


def test_the_bottom_leg_seen_from_the_front_is_not_behind_the_body(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    for muscle in ("it-band", "peroneals"):
        body = illustrations[muscle].frame("roll", "right", 0.5).body
        assert not behind_trunk(body, LEG), muscle  # beside it, under the top leg
        assert not behind_trunk(body, ("near_thigh", "near_shin", "near_foot"))


def test_a_leg_planted_in_front_of_a_body_seen_from_behind_is_behind_it(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    body = illustrations["it-band"].frame("roll", "right", 0.5).body
    moved = Body(
        tuple(
            replace(c, a=replace(c.a, z=c.a.z - 30.0), b=replace(c.b, z=c.b.z - 30.0))
            if c.name in LEG
            else c
            for c in body.capsules
        ),
        body.joints,
    )
    assert behind_trunk(moved, LEG)
    assert not behind_trunk(moved, ("near_thigh", "near_shin", "near_foot"))


def test_a_foot_on_its_side_is_drawn_end_on_not_pointing_at_the_floor(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    body = illustrations["it-band"].frame("cross", "right").body
    drawn = feet_end_on(body)
    bottom, bottom_drawn = body.capsule("far_foot"), drawn.capsule("far_foot")
    assert bottom.b.y < bottom.a.y  # authored toes down, as if face down
    assert bottom_drawn.length() <= 0.5 * bottom.length()
    assert bottom_drawn.a == bottom.a  # the heel stays where it is
    # a foot planted flat on the floor keeps its length
    assert drawn.capsule("near_foot") == body.capsule("near_foot")
