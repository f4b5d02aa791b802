"""Hands seen from above (the adductors, face down on the forearms): each is smaller than a
foot, with its fingers together and a thumb out to the side facing the midline, on an arm
thinner than the legs. Four spread fingers on a hand as long as a foot read as feet with toes,
"as if they lie head-to-toe" (round 5, pictures 09, 24, 29, 30, 34)."""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping

import pytest

from foamroll_gui.core.figure.kinematics import Capsule
from foamroll_gui.core.figure.top_view import TopView, top_view
from foamroll_gui.core.illustrations.step_poses import TechniquePoses


def _views(illustrations: Mapping[str, TechniquePoses]) -> Iterator[tuple[str, TopView]]:
    poses = illustrations["adductors"]
    for step in poses.steps:
        for side in ("right", "left"):
            for phase in (0.0, 1.0):
                yield f"{step} {side} {phase}", top_view(poses.frame(step, side, phase))


def _extent(c: Capsule) -> float:
    """A capsule's drawn length from above, end caps included."""
    return math.hypot(c.b.x - c.a.x, c.b.y - c.a.y) + c.ra + c.rb


def _unit(c: Capsule) -> tuple[float, float]:
    dx, dy = c.b.x - c.a.x, c.b.y - c.a.y
    n = math.hypot(dx, dy)
    return dx / n, dy / n


def test_each_hand_is_well_under_the_length_of_a_foot(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    for where, view in _views(illustrations):
        hands = view.hands()
        assert len(hands) == 2, where
        foot = min(_extent(view.body.capsule(n)) for n in ("near_foot", "far_foot"))
        for hand in hands:
            tip = hand.fingers.b
            length = math.hypot(tip.x - hand.palm.a.x, tip.y - hand.palm.a.y)
            length += hand.palm.ra + hand.fingers.rb
            assert length < 0.6 * foot, (where, length, foot)
            assert hand.length() < 0.6 * foot, where


def test_the_fingers_are_together_and_the_thumb_points_to_the_midline(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    for where, view in _views(illustrations):
        torso = view.body.capsule("torso")
        axis = _unit(torso)

        def off_midline(
            x: float, y: float, torso: Capsule = torso, axis: tuple[float, float] = axis
        ) -> float:
            return abs(axis[0] * (y - torso.a.y) - axis[1] * (x - torso.a.x))

        for hand in view.hands():
            palm, fingers, thumb = hand.palm, hand.fingers, hand.thumb
            # the fingers: one block straight on from the palm, no wider than it
            assert _unit(fingers) == pytest.approx(_unit(palm), abs=1e-6), where
            assert fingers.ra <= palm.rb, where
            # the thumb: out to the side at an angle, past the palm's edge, towards the midline
            (hx, hy), (ux, uy) = _unit(palm), _unit(thumb)
            angle = math.degrees(math.acos(max(-1.0, min(1.0, hx * ux + hy * uy))))
            assert 30 <= angle <= 70, (where, angle)
            _t, out = palm.closest(thumb.b.x, thumb.b.y)
            assert out > palm.rb + thumb.rb * 0.5, (where, out)
            assert off_midline(thumb.b.x, thumb.b.y) < off_midline(palm.b.x, palm.b.y), where
            assert thumb.ra < fingers.ra, where  # a thumb, not a second hand


def test_the_forearms_are_thinner_than_the_shins_and_the_feet_stay_feet(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    for where, view in _views(illustrations):
        body = view.body
        shin = min((body.capsule(n) for n in ("near_shin", "far_shin")), key=lambda c: c.ra)
        for side in ("near", "far"):
            forearm = body.capsule(f"{side}_forearm")
            assert max(forearm.ra, forearm.rb) < 0.6 * shin.ra, where
            assert max(forearm.ra, forearm.rb) < shin.rb, where
            # the palm is wider than the wrist it ends: a hand, not the arm's rounded end
            assert body.capsule(f"{side}_hand").ra > forearm.rb * 1.3, where
            # the feet keep their size (soles up, heel crease: tests/ui)
            foot = body.capsule(f"{side}_foot")
            assert _extent(foot) > 20, where
