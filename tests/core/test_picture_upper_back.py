"""Round 4 of the blind review read the upper back's roll arrow, drawn on the folded arms, as
"slide the arms". The roll arrow runs along the back by the roller. (Where the arms go behind
the head: tests/core/test_picture_round6_poses.py.)"""

from __future__ import annotations

import math
from collections.abc import Mapping

import pytest

from foamroll_gui.core.illustrations.arrows import MIN_TRUNK_SLIDE, nearest_part
from foamroll_gui.core.illustrations.step_poses import TechniquePoses


@pytest.mark.parametrize("step", ["roll", "hands-behind-head"])
def test_the_roll_arrow_runs_along_the_back_by_the_roller(
    illustrations: Mapping[str, TechniquePoses], step: str
) -> None:
    frame = illustrations["upper-back"].frame(step, None, 0.0)
    arrow = frame.arrow
    assert arrow is not None and arrow.kind == "slide"
    torso = frame.body.capsule("torso")
    length = math.hypot(arrow.end[0] - arrow.start[0], arrow.end[1] - arrow.start[1])
    assert length >= MIN_TRUNK_SLIDE - 0.01
    for x, y in (arrow.start, arrow.end, ((arrow.start[0] + arrow.end[0]) / 2, arrow.start[1])):
        t, distance = torso.closest(x, y)
        axis = torso.point_at(t)
        assert y < axis.y  # on the back's side of the trunk, towards the roller below
        assert distance >= torso.radius_at(t) * 0.3
        assert distance < torso.radius_at(t)  # inside the trunk, not in the air
    middle = ((arrow.start[0] + arrow.end[0]) / 2, (arrow.start[1] + arrow.end[1]) / 2)
    assert nearest_part(frame.body, *middle) == "torso"
