"""The lats pictures at the sizes the app shows them (300 to 480 px wide, framed as the app
frames them): the top arm and the head are two shapes with space between their outlines (blind
rounds 7-9: "the tangle of arm and head is hard to read"; the old top arm slanted over the jaw,
less than a pixel from it on a 300 px picture)."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from foamroll_gui.core.illustrations.arrows import surface_distance
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui.illustration_export import framed_size
from tests.core.pose_data import OLD_LATS_SETUP, as_pose, with_keyframes
from tests.ui.picture_paint import picture_mapper

STILL = ("setup", "hold", "rotate", "switch")
TOP_ARM = ("near_upper_arm", "near_forearm", "near_hand")
#: Pixels between the head's outline and the top arm's on the smallest picture.
CLEAR_PX = 3.0


def clear_px(poses: TechniquePoses, step: str, width: int) -> float:
    """Pixels between the head's outline and the top arm's in the step's picture ``width``
    wide, framed to its figure."""
    mapper = picture_mapper(poses, step, framed_size(poses, step, width))
    body = poses.frame(step, None, 0.0).body
    gaps = []
    for name in TOP_ARM:
        arm = body.capsule(name)
        for i in range(81):
            p = arm.point_at(i / 80)
            gaps.append(surface_distance(body, "head", p.x, p.y) - arm.radius_at(i / 80))
    return mapper.length(min(gaps))


@pytest.mark.parametrize("width", [300, 480])
@pytest.mark.parametrize("step", STILL)
def test_the_top_arm_keeps_clear_of_the_head_in_the_picture(
    illustrations: Mapping[str, TechniquePoses], step: str, width: int
) -> None:
    assert clear_px(illustrations["lats"], step, width) >= CLEAR_PX * width / 300


def test_the_old_top_arm_touched_the_head_at_300_px(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    old = with_keyframes(illustrations, "lats", "setup", as_pose(OLD_LATS_SETUP))["lats"]
    assert clear_px(old, "setup", 300) < 1.0
