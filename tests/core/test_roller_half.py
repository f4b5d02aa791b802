"""Which half of a part on the roller is the target, and where a hold's press lands on it."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from foamroll_gui.core.illustrations.marks import (
    HALF_REACH,
    half_reach,
    hugs_roller,
    press_on,
    pressed_half,
)
from foamroll_gui.core.illustrations.step_poses import TechniquePoses


@pytest.mark.parametrize("segment", ["near_thigh", "far_thigh"])
def test_a_thigh_on_the_roller_is_highlighted_on_its_roller_half(segment: str) -> None:
    # the hamstrings under it, the quadriceps face down, the IT band on the side
    assert pressed_half(segment, on_side=False)
    assert pressed_half(segment, on_side=True)
    assert half_reach(segment, on_side=True) == HALF_REACH
    assert not hugs_roller(segment, on_side=True)


def test_a_lower_leg_on_its_side_is_highlighted_from_its_axis_to_the_roller() -> None:
    assert half_reach("far_shin", on_side=True) == 0.0
    assert hugs_roller("far_shin", on_side=True)
    # the shins and calves keep their band past the axis, inset from the outline
    assert half_reach("near_shin", on_side=False) == HALF_REACH
    assert not hugs_roller("near_shin", on_side=False)


def test_a_half_press_lands_on_the_top_of_the_highlighted_half(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    frame = illustrations["peroneals"].frame("hold", None, 0.0)
    roller = frame.roller.centre
    on_axis = press_on(frame.body, frame.target, roller, across=False, half=True, reach=0.0)
    past = press_on(frame.body, frame.target, roller, across=False, half=True)
    assert on_axis.top == pytest.approx(on_axis.y)
    assert past.top == pytest.approx(past.y + past.radius * HALF_REACH)
