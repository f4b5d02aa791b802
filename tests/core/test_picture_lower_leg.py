"""Round 4 of the blind review: in the peroneals pictures "the top arm runs diagonally down
behind the bent knee" and the limbs tangle. The top arm now lies in front of the trunk, clear of
the top leg, in every step."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from foamroll_gui.core.figure.kinematics import solve
from foamroll_gui.core.illustrations.arrows import surface_distance
from foamroll_gui.core.illustrations.step_poses import TechniquePoses

ARM = ("near_upper_arm", "near_forearm", "near_hand")
LEG = ("near_thigh", "near_shin", "near_foot")


@pytest.mark.parametrize("step", ["setup", "brace", "roll", "hold", "ankle-circles", "switch"])
def test_the_peroneals_top_arm_keeps_clear_of_the_top_leg(
    illustrations: Mapping[str, TechniquePoses], step: str
) -> None:
    technique = illustrations["peroneals"]
    for pose in technique.step(step).keyframes:
        body = solve(pose, technique.lateral)
        for arm in ARM:
            capsule = body.capsule(arm)
            for i in range(11):
                point = capsule.point_at(i / 10)
                for leg in LEG:
                    gap = surface_distance(body, leg, point.x, point.y) - capsule.radius_at(i / 10)
                    assert gap > 1.0, (arm, i, leg, round(gap, 1))
