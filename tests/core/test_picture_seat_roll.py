"""Round 10 of the blind review on the glutes' and piriformis' roll (pictures 49, 60): "the
double-headed arrow runs DIAGONALLY along the glute/thigh edge, but the roller can only roll
horizontally, so roll, rock or tilt?". Sitting on the roller, the body moves along the floor
over it: the roll arrow now lies level, along the floor, on the buttock (inside the seat's
outline) and clear of the roller and of any thigh drawn over the seat.
The old arrow (along the tilted pelvis, by the thigh) fails the level check at every phase."""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping

import pytest

from foamroll_gui.core.illustrations.arrows import (
    MIN_SLIDE,
    drawn_over_seat,
    nearest_part,
    surface_distance,
)
from foamroll_gui.core.illustrations.step_poses import StepFrame, TechniquePoses

PHASES = (0.0, 0.25, 0.5, 0.75, 1.0)


def seat_roll_problems(frame: StepFrame, thigh_gap: float = 2.0) -> list[str]:
    """What keeps a seat's roll arrow from reading as "move along the floor over the roller";
    ``thigh_gap``: how far (cm) it keeps from a thigh drawn over the seat."""
    arrow = frame.arrow
    if arrow is None or arrow.kind != "slide":
        return ["no roll arrow"]
    body, roller = frame.body, frame.roller
    (x0, y0), (x1, y1) = arrow.start, arrow.end
    problems = []
    slope = math.degrees(math.atan2(abs(y1 - y0), abs(x1 - x0)))
    if slope > 1.0:
        problems.append(f"the arrow slopes {slope:.0f} degrees (not level along the floor)")
    if math.hypot(x1 - x0, y1 - y0) < MIN_SLIDE - 0.01:
        problems.append("the arrow is too short to read")
    points = [(x0 + (x1 - x0) * i / 8, y0 + (y1 - y0) * i / 8) for i in range(9)]
    if nearest_part(body, *points[4]) != "pelvis":
        problems.append("the arrow's middle is not on the seat")
    inside = max(surface_distance(body, "pelvis", x, y) for x, y in points)
    if inside > -1.5:
        problems.append(f"the arrow reaches {inside + 1.5:.1f} cm past the seat's inset outline")
    for part in drawn_over_seat(body):
        gap = min(surface_distance(body, part, x, y) for x, y in points)
        if gap < thigh_gap:
            problems.append(f"the arrow runs {gap:.1f} cm from {part}, drawn over the seat")
    rx, ry = roller.centre
    if min(math.hypot(x - rx, y - ry) for x, y in points) < roller.radius + 2.0:
        problems.append("the arrow touches the roller")
    return problems


@pytest.mark.parametrize("muscle", ["glutes", "piriformis"])
def test_the_seat_roll_arrow_lies_level_on_the_buttock(
    illustrations: Mapping[str, TechniquePoses], muscle: str
) -> None:
    technique = illustrations[muscle]
    for side in ("right", "left"):
        for phase in PHASES:
            frame = technique.frame("roll", side, phase)
            # the still picture (the middle of the pass) and the start keep 2 cm from the
            # thigh; at the far end the glutes' seat turns 15 degrees under it: still clear
            gap = 2.0 if phase in (0.0, 0.5) else 0.5
            assert seat_roll_problems(frame, gap) == [], (side, phase)


@pytest.mark.parametrize("muscle", ["glutes", "piriformis"])
def test_the_arrow_moves_with_the_seat_without_jumping(
    illustrations: Mapping[str, TechniquePoses], muscle: str
) -> None:
    """Between two nearby phases the arrow moves no more than the seat does (plus a little)."""
    technique = illustrations[muscle]
    steps = [i / 20 for i in range(21)]
    frames = [technique.frame("roll", "right", p) for p in steps]
    for a, b in itertools.pairwise(frames):
        assert a.arrow is not None and b.arrow is not None
        hip_a, hip_b = a.body.capsule("pelvis").a, b.body.capsule("pelvis").a
        seat_moved = math.hypot(hip_b.x - hip_a.x, hip_b.y - hip_a.y)
        arrow_moved = math.hypot(
            b.arrow.start[0] - a.arrow.start[0], b.arrow.start[1] - a.arrow.start[1]
        )
        assert arrow_moved <= seat_moved + 1.0, (arrow_moved, seat_moved)


def test_a_sloping_arrow_along_the_pelvis_fails(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    """The old arrow: along the pelvis's axis, over the stretch the roller travels."""
    from dataclasses import replace

    from foamroll_gui.core.figure.scene import Arrow

    frame = illustrations["glutes"].frame("roll", "right", 0.0)
    pelvis = frame.body.capsule("pelvis")
    a, b = pelvis.point_at(0.0), pelvis.point_at(0.9)
    old = replace(frame, arrow=Arrow("slide", (a.x, a.y), (b.x, b.y)))
    assert any("slopes" in p for p in seat_roll_problems(old))


def test_a_playing_seat_roll_places_its_arrow_once(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    """The place is a search over 357 spots (10 ms); a playing picture draws a frame every few
    tens of ms, so each frame reuses it (glutes playing: 7.8 % of a core with the search on
    every frame, 3.9 % without; benchmarks/idle_cpu.py)."""
    from foamroll_gui.core.illustrations import arrows

    arrows._seat_place.cache_clear()
    for muscle in ("glutes", "piriformis"):
        for phase in (0.0, 0.3, 0.6, 0.9):
            illustrations[muscle].frame("roll", None, phase)
    assert arrows._seat_place.cache_info().misses == 2  # one per step shown
