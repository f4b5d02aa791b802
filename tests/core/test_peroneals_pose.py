"""Round 5 read the peroneals figure as "side-sitting on a hip" with "one arm floating level in
the air" (the top forearm held across the belly). The words: lying on the side, propped on the
bottom forearm, the top foot planted. Now the bottom forearm lies flat on the floor with the
elbow under the shoulder. (Round 6 read a top hand on the floor as a second prop; it now rests
on the top hip: tests/core/test_picture_round7_poses.py.)"""

from __future__ import annotations

import math
from collections.abc import Mapping

import pytest

from foamroll_gui.core.illustrations.step_poses import TechniquePoses

STEPS = ["setup", "brace", "roll", "hold", "ankle-circles", "switch"]


def _keyframes(poses: TechniquePoses, step: str) -> list[float]:
    return [0.0, 1.0] if poses.step(step).animated else [0.0]


@pytest.mark.parametrize("step", STEPS)
def test_the_bottom_forearm_is_flat_under_the_shoulder(
    illustrations: Mapping[str, TechniquePoses], step: str
) -> None:
    poses = illustrations["peroneals"]
    for phase in _keyframes(poses, step):
        body = poses.frame(step, None, phase).body
        forearm = body.capsule("far_forearm")
        assert abs(forearm.floor_gap()) < 1.0
        assert abs(forearm.a.y - forearm.b.y) < 1.0  # flat along the floor
        shoulder, elbow = body.joint("far_shoulder"), forearm.a
        lean = math.degrees(math.atan2(abs(elbow.x - shoulder.x), shoulder.y - elbow.y))
        assert lean < 9.0, lean  # the elbow under the shoulder (was 10 and 12 degrees)


def test_in_the_setup_the_top_leg_lies_on_the_bottom_one(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    """Round 5 (picture 31): "the top leg floats with no support". Before the top foot is
    planted (brace), the top leg lies on the bottom one, knee on knee and ankle on ankle."""
    body = illustrations["peroneals"].frame("setup", None, 0.0).body
    top, bottom = body.capsule("near_shin"), body.capsule("far_shin")
    knee = top.a.y - bottom.a.y - top.ra - bottom.ra
    ankle = top.b.y - bottom.b.y - top.rb - bottom.rb
    assert abs(knee) < 1.5 and abs(ankle) < 1.5, (knee, ankle)  # were 5.4 and 9.4 cm apart
