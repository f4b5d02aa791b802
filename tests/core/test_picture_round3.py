"""Round 3 of the blind review: each picture a reviewer read differently from its words is kept
here as its old pose values, and must fail the checks; the shipped pictures must pass them."""

from __future__ import annotations

from collections.abc import Mapping

from foamroll_gui.core.illustrations.checks import physical_problems
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from tests.core.pose_data import as_pose, with_keyframes

#: "Stack your left leg on top of your right": the left leg floated above the right one.
OLD_CALVES_STACK: dict[str, object] = {
    "root": (-65.7, 17.2),
    "trunk": (128, 115, 100, 95),
    "near_arm": (-108, -103, -4),
    "near_leg": (2, 1, 70),
    "far_leg": (17, 11, 70),
}
OLD_HAMSTRINGS_STACK: dict[str, object] = {
    "root": (-21.4, 21.2),
    "trunk": (138, 115, 100, 95),
    "near_arm": (-107, -103, -9),
    "near_leg": (0, -12, 80),
    "far_leg": (15, -7, 80),
}


def test_a_stacked_leg_floating_over_the_other_fails(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    for muscle, old in (("calves", OLD_CALVES_STACK), ("hamstrings", OLD_HAMSTRINGS_STACK)):
        found = physical_problems(with_keyframes(illustrations, muscle, "stack", as_pose(old)))
        assert any(
            p.startswith(f"{muscle}/stack[0]: far_shin floats") and "above near_shin" in p
            for p in found
        ), found


def test_every_stacked_step_rests_the_top_leg_on_the_other(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    for muscle in ("calves", "hamstrings"):
        steps = illustrations[muscle].steps
        stacked = [s for s, step in steps.items() if step.rests_map().get("near_shin")]
        assert set(stacked) >= set(steps) - {"setup"}, stacked
    assert physical_problems({m: illustrations[m] for m in ("calves", "hamstrings")}) == []
