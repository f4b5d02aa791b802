"""What rests on what: gaps between the body, the floor and the roller, and the problems of a
pose that floats, sinks or pushes through."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from foamroll_gui.core.figure.kinematics import Body, Capsule
from foamroll_gui.core.figure.scene import Roller

FLOOR_TOLERANCE = 1.5  # cm a resting part may float above or press into the floor
ROLLER_SQUASH = 3.5  # cm soft tissue may sink into the roller
ROLLER_GAP = 1.5  # cm a resting part may float above the roller
PASS_THROUGH = 1.5  # cm any other part may overlap the floor (a rounded drawing)


def roller_gap(body: Body, part: str, roller: Roller) -> float:
    """Surface gap between a part and the roller (negative: pressing into it); infinite for a
    part wholly past either end of the roller."""
    cx, cy = roller.centre
    beside = _beside_roller(body.part(part), roller)
    return math.inf if beside is None else beside.circle_gap(cx, cy, roller.radius)


def _beside_roller(capsule: Capsule, roller: Roller) -> Capsule | None:
    """The stretch of ``capsule`` lying between the roller's ends (along its axis, ``z``)."""
    lo, hi = roller.z - roller.length / 2, roller.z + roller.length / 2
    za, zb = capsule.a.z, capsule.b.z
    margin = max(capsule.ra, capsule.rb)
    if min(za, zb) - margin > hi or max(za, zb) + margin < lo:
        return None
    if abs(zb - za) < 1e-9:
        return capsule
    t_lo = max(0.0, min(1.0, (lo - margin - za) / (zb - za)))
    t_hi = max(0.0, min(1.0, (hi + margin - za) / (zb - za)))
    t0, t1 = min(t_lo, t_hi), max(t_lo, t_hi)
    if t0 <= 0.0 and t1 >= 1.0:
        return capsule
    return Capsule(
        capsule.name,
        capsule.point_at(t0),
        capsule.point_at(t1),
        capsule.radius_at(t0),
        capsule.radius_at(t1),
    )


def floor_gap(body: Body, part: str) -> float:
    return body.part(part).floor_gap()


def rests_on_roller(body: Body, part: str, roller: Roller) -> bool:
    return -ROLLER_SQUASH <= roller_gap(body, part, roller) <= ROLLER_GAP


def rests_on_part(body: Body, part: str, under: str) -> bool:
    """Whether ``part`` lies on ``under`` (their surfaces touch, within the squash)."""
    top = body.part(part)
    base = body.part(under)
    best = math.inf
    for i in range(21):
        p = top.point_at(i / 20)
        best = min(best, base.circle_gap(p.x, p.y, top.radius_at(i / 20)))
    return -ROLLER_SQUASH <= best <= ROLLER_GAP


def contact_problems(
    body: Body,
    roller: Roller,
    rests: Mapping[str, Sequence[str]],
) -> list[str]:
    """Where a pose is not physically sensible, as readable sentences.

    ``rests`` maps a surface (``floor``, ``roller`` or a part name) to the parts resting on it.
    Every listed part must touch its surface; no part may sink below the floor; no part may
    push into the roller more than soft tissue would.
    """
    problems: list[str] = []
    for surface, parts in rests.items():
        for part in parts:
            if surface == "floor":
                gap = floor_gap(body, part)
                if abs(gap) > FLOOR_TOLERANCE:
                    problems.append(f"{part} should rest on the floor but is {gap:+.1f} cm off")
            elif surface == "roller":
                gap = roller_gap(body, part, roller)
                if not -ROLLER_SQUASH <= gap <= ROLLER_GAP:
                    problems.append(f"{part} should rest on the roller but is {gap:+.1f} cm off")
            elif not rests_on_part(body, part, surface):
                problems.append(f"{part} should rest on {surface} but does not touch it")
    for capsule in body.capsules:
        if capsule.floor_gap() < -PASS_THROUGH:
            problems.append(f"{capsule.name} goes {-capsule.floor_gap():.1f} cm below the floor")
        gap = roller_gap(body, capsule.name, roller)
        if gap < -ROLLER_SQUASH:
            problems.append(f"{capsule.name} goes {-gap:.1f} cm into the roller")
    return problems


def contact_point(body: Body, segment: str, roller: Roller) -> float:
    """Where along a segment (0..1) the roller presses."""
    cx, cy = roller.centre
    t, _ = body.capsule(segment).closest(cx, cy)
    return t
