"""Blind round 12 on the IT band's setup: "the top leg floats with a visible gap above the lower
leg: rest it on the lower leg, or hold it up in the air?". The words do not ask to hold it up:
the top leg lies on the bottom one, its shin resting on the bottom shin."""

from __future__ import annotations

from collections.abc import Mapping

from foamroll_gui.core.figure.kinematics import solve
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from tests.core.pose_data import as_pose, outline_gap

#: The setup before round 12: the top leg parallel to the bottom one, a hand's breadth above it.
OLD_SETUP: dict[str, object] = {
    "root": (-5.1, 31.5),
    "trunk": (182, 149, 150, 150),
    "near_arm": (-30, -15, -15),
    "far_arm": (-113, 180, 180),
    "near_leg": (-6, -11, -80),
    "depth": {"near_foot": 70, "far_foot": 70},
}


def test_the_setup_top_leg_rests_on_the_bottom_leg(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    frame = illustrations["it-band"].frame("setup", None, 0.0)
    assert outline_gap(frame.body, "near_shin", "far_shin") <= 1.5
    rests = illustrations["it-band"].steps["setup"].rests_map()
    assert "near_shin" in rests.get("far_shin", ())  # so check-content holds it there


def test_the_old_setup_floats_its_top_leg(illustrations: Mapping[str, TechniquePoses]) -> None:
    old = solve(as_pose(OLD_SETUP), illustrations["it-band"].lateral)
    assert outline_gap(old, "near_shin", "far_shin") > 1.5
