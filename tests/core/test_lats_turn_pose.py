"""The lats turn (round 7: "rotate forward, back, or both? It could also be read as 'roll the
shoulder'"): the arc wrapping the chest's top edge sat against the top arm's shoulder. It now
rings the chest over the lat, clear of the arm."""

from __future__ import annotations

import math
from collections.abc import Mapping

from foamroll_gui.core.figure.scene import Arrow
from foamroll_gui.core.illustrations.arrows import surface_distance
from foamroll_gui.core.illustrations.step_poses import TechniquePoses

TOP_ARM = ("near_upper_arm", "near_forearm", "near_hand")


def _arc(arrow: Arrow, grow: float = 1.0) -> list[tuple[float, float]]:
    """Points of the drawn turn (an open ring 0.55 radii along the trunk, 1.1 across it, from
    105 to -105 degrees), its radius times ``grow``."""
    axis = math.radians(arrow.angles[0])
    cx, cy = arrow.start
    r = arrow.radius * grow
    points = []
    for i in range(43):
        phi = math.radians(105.0 - 210.0 * i / 42)
        lx, ly = 0.55 * r * math.cos(phi), 1.1 * r * math.sin(phi)
        points.append(
            (
                cx + lx * math.cos(axis) - ly * math.sin(axis),
                cy + lx * math.sin(axis) + ly * math.cos(axis),
            )
        )
    return points


def test_the_lats_turn_rings_the_chest_over_the_lat_clear_of_the_top_arm(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    frame = illustrations["lats"].frame("rotate", None, 0.0)
    arrow = frame.arrow
    assert arrow is not None and arrow.kind == "turn"
    torso = frame.body.capsule("torso")
    along, _ = torso.closest(*arrow.start)
    assert frame.target.start <= along <= frame.target.end  # over the lat's stretch
    # clear of the top arm: by 4 cm as drawn in cm, and still clear when a small picture
    # (300 to 480 px wide) draws it 1.7 times as big (its least radius is in pixels)
    for grow, gap in ((1.0, 4.0), (1.7, 0.5)):
        for arm in TOP_ARM:
            nearest = min(surface_distance(frame.body, arm, *p) for p in _arc(arrow, grow))
            assert nearest > gap, (arm, grow, nearest)
    # it wraps the chest's top edge: from inside the trunk to past its surface
    depths = [surface_distance(frame.body, "torso", *p) for p in _arc(arrow)]
    assert min(depths) < -torso.rb * 0.5 and max(depths) > 0.0
