"""How a step's movement is shown: one arrow, one function per kind.

A pose file may name the arrow (``arrow: {bend: near_shin}``); a moving step without one gets
the arrow its keyframes imply: a ``slide`` when the body travels over the roller, otherwise a
``bend`` of the segment that turns most.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from foamroll_gui.core.figure.geometry import Point, wrap
from foamroll_gui.core.figure.scene import Arrow, ArrowKind, Roller
from foamroll_gui.core.figure.skeleton import JOINT_AT_START, SEGMENTS, limb_kind

if TYPE_CHECKING:
    from foamroll_gui.core.figure.kinematics import Body, Capsule
    from foamroll_gui.core.figure.pose import Pose

SLIDE_OFFSET = 7.0  # cm between a limb's surface and the slide arrow beside it
#: A roll arrow is at least this long (cm), even for short passes, so it reads at thumbnail size.
MIN_SLIDE = 16.0
#: ...and along the trunk this long: a big body part, and the arrow lies inside it.
MIN_TRUNK_SLIDE = 20.0
#: A roll along the trunk is drawn inside it, this share of its thickness from the axis towards
#: the roller: along the back that rolls.
TRUNK_SLIDE_IN = 0.5
#: A roll of the seat (the pelvis sitting on the roller: the glutes, the piriformis) runs level,
#: along the floor the body moves over, kept this far (cm) inside the seat's outline and this
#: far from the thighs' (round 10 read an arrow along the tilted pelvis, on the thigh's edge, as
#: "roll, rock or tilt?").
SEAT_INSET = 2.0
SEAT_THIGH_GAP = 2.5
CIRCLE_RADIUS = 9.0  # cm
#: A bend arc spans at least this many degrees (a small lean still reads as a tilt).
MIN_SWEEP = 40.0
#: A trunk segment this close to the roller (cm) rests on it: its turn is drawn on the edge away
#: from the roller, the ring centred this share of the segment's thickness off its axis and as big.
RESTING = 1.0
EDGE_TURN = 0.55


@dataclass(frozen=True)
class ArrowSpec:
    """How a step's movement is shown; ``slide`` arrows come from the keyframes."""

    kind: ArrowKind
    segment: str
    at: float = 0.5


def implied_arrow(keyframes: Sequence[Pose], target_segment: str) -> ArrowSpec | None:
    """The arrow a moving step gets when its file names none (a still step gets none)."""
    if len(keyframes) < 2:
        return None
    first, last = keyframes[0], keyframes[-1]
    if any(abs(a - b) > 0.05 for a, b in zip(first.root, last.root, strict=True)):
        return ArrowSpec("slide", target_segment)
    changes = [
        (abs(wrap(a - b)), name)
        for name, a, b in zip(SEGMENTS, first.angles, last.angles, strict=True)
    ]
    return ArrowSpec("bend", max(changes)[1])


def movement_arrow(
    spec: ArrowSpec, keyframes: Sequence[Pose], roller: Roller, body: Body, lateral: float
) -> Arrow:
    """The arrow of ``spec`` drawn on ``body`` (the solved pose being shown)."""
    if spec.kind == "slide":
        return slide_arrow(spec.segment, keyframes, roller, body, lateral)
    if spec.kind == "bend":
        return bend_arrow(spec.segment, keyframes, body)
    if spec.kind == "circle":
        return circle_arrow(spec.segment, body)
    return turn_arrow(spec.segment, spec.at, body, roller)


def slide_arrow(
    segment: str, keyframes: Sequence[Pose], roller: Roller, body: Body, lateral: float
) -> Arrow:
    """A double arrow along the limb, spanning the stretch the roller travels over between the
    first and the last keyframe: beside it on the side away from the roller, or, where another
    part lies there (a stacked or bent top leg, an arm), along the limb itself, so it always
    belongs to the part on the roller. Along the trunk it runs inside the trunk, by the roller:
    along the back that rolls."""
    from foamroll_gui.core.figure.contact import contact_point  # not needed at start-up
    from foamroll_gui.core.figure.kinematics import solve_keyframe

    capsule = body.capsule(segment)
    first, last = solve_keyframe(keyframes[0], lateral), solve_keyframe(keyframes[-1], lateral)
    t0 = contact_point(first, segment, roller)
    t1 = contact_point(last, segment, roller)
    dx, dy = capsule.b.x - capsule.a.x, capsule.b.y - capsule.a.y
    norm = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / norm, dx / norm
    mid = capsule.point_at(0.5)
    rx, ry = roller.centre
    if (mid.x - rx) * nx + (mid.y - ry) * ny < 0:
        nx, ny = -nx, -ny
    least = MIN_TRUNK_SLIDE if limb_kind(segment) == segment else MIN_SLIDE
    if segment == "pelvis":  # placed on the first keyframe's seat, once per step
        return _seat_slide(*_pass_ends(first.capsule(segment), t0, t1, least), first, body, roller)
    p0, p1 = _pass_ends(capsule, t0, t1, least)
    if limb_kind(segment) == segment:
        # the trunk: along its back, the side lying on the roller (beside the chest it lay on
        # the folded arms and read as "slide the arms" in review)
        inward = -capsule.radius_at(0.5) * TRUNK_SLIDE_IN
        return Arrow(
            "slide",
            (p0.x + nx * inward, p0.y + ny * inward),
            (p1.x + nx * inward, p1.y + ny * inward),
        )
    beside = max(capsule.ra, capsule.rb) + SLIDE_OFFSET
    arrow = Arrow("slide", (p0.x, p0.y), (p1.x, p1.y))  # along the limb itself
    for offset in (beside, -beside):  # away from the roller first, then the other side
        candidate = Arrow(
            "slide",
            (p0.x + nx * offset, p0.y + ny * offset),
            (p1.x + nx * offset, p1.y + ny * offset),
        )
        if _clear_beside(candidate, segment, body, roller):
            arrow = candidate
            break
    return arrow


def _pass_ends(capsule: Capsule, t0: float, t1: float, least: float) -> tuple[Point, Point]:
    """The ends of the stretch of ``capsule`` the roller travels over (from ``t0`` to ``t1``
    along it); a short pass is widened about its middle to ``least`` cm, along the limb."""
    p0, p1 = capsule.point_at(t0), capsule.point_at(t1)
    travel = math.hypot(p1.x - p0.x, p1.y - p0.y)
    if travel >= least:
        return p0, p1
    if travel:
        ux, uy = (p1.x - p0.x) / travel, (p1.y - p0.y) / travel
    else:
        dx, dy = capsule.b.x - capsule.a.x, capsule.b.y - capsule.a.y
        norm = math.hypot(dx, dy) or 1.0
        ux, uy = dx / norm, dy / norm
    mx, my, half = (p0.x + p1.x) / 2.0, (p0.y + p1.y) / 2.0, least / 2.0
    return Point(mx - ux * half, my - uy * half), Point(mx + ux * half, my + uy * half)


def drawn_over_seat(body: Body) -> list[str]:
    """The thighs drawn over the pelvis (a thigh in front of the seat hides it)."""
    order = body.drawing_order()
    trunk = next(i for i, group in enumerate(order) if "pelvis" in group)
    return [name for group in order[trunk + 1 :] for name in group if name.endswith("thigh")]


def _seat_slide(p0: Point, p1: Point, first: Body, body: Body, roller: Roller) -> Arrow:
    """A level double arrow on the seat, as long as the roller's travel ``p0``-``p1`` across it
    in the first keyframe (at least :data:`MIN_SLIDE`): where on the pelvis (along it, and up
    or down from its axis) both ends lie furthest inside its seen outline in the first keyframe
    (``first``; at least :data:`SEAT_INSET` inside it and :data:`SEAT_THIGH_GAP` from the roller
    and a thigh drawn over it, where it can), nearest the stretch rolled among equals; on
    ``body`` (the pose shown) at the same place on the pelvis, so it moves with the seat."""
    along, rise, half = _seat_place(p0, p1, first, roller)
    centre = body.capsule("pelvis").point_at(along)
    y = centre.y + rise
    return Arrow("slide", (centre.x - half, y), (centre.x + half, y))


@functools.lru_cache(maxsize=16)
def _seat_place(p0: Point, p1: Point, first: Body, roller: Roller) -> tuple[float, float, float]:
    """Where :func:`_seat_slide` puts its arrow on the pelvis (along it, the rise from its axis)
    and the arrow's half length: a search over 357 places, so worked out once per step, not on
    every frame a playing picture draws (10 ms each)."""
    capsule = first.capsule("pelvis")
    over = drawn_over_seat(first)
    half = max(abs(p1.x - p0.x), MIN_SLIDE) / 2.0
    mx, my = (p0.x + p1.x) / 2.0, (p0.y + p1.y) / 2.0
    best: tuple[float, float, float, float] | None = None  # score, nearness, along, rise
    for i in range(21):
        along = capsule.point_at(i / 20)
        for j in range(-8, 9):
            x, y = along.x, along.y + j
            arrow = Arrow("slide", (x - half, y), (x + half, y))
            score = seat_margin(arrow, first, roller, over)
            near = math.hypot(x - mx, y - my)
            if best is None or (score, -near) > (best[0], -best[1]):
                best = (score, near, i / 20, float(j))
    assert best is not None
    return best[2], best[3], half


def seat_margin(arrow: Arrow, body: Body, roller: Roller, over: Sequence[str]) -> float:
    """How far (cm) a level seat arrow lies inside the pelvis past :data:`SEAT_INSET` and clear
    of the roller and of the parts ``over`` it past :data:`SEAT_THIGH_GAP` (negative: it misses
    one of them)."""
    margin = math.inf
    rx, ry = roller.centre
    for i in range(5):
        x = arrow.start[0] + (arrow.end[0] - arrow.start[0]) * i / 4
        y = arrow.start[1] + (arrow.end[1] - arrow.start[1]) * i / 4
        margin = min(margin, -surface_distance(body, "pelvis", x, y) - SEAT_INSET)
        margin = min(margin, math.hypot(x - rx, y - ry) - roller.radius - SEAT_THIGH_GAP)
        for part in over:
            margin = min(margin, surface_distance(body, part, x, y) - SEAT_THIGH_GAP)
    return margin


def _clear_beside(arrow: Arrow, segment: str, body: Body, roller: Roller) -> bool:
    """Whether an arrow beside ``segment`` reads as its own: the segment is the part nearest its
    middle, and it stays clear of the roller and the floor."""
    middle_x = (arrow.start[0] + arrow.end[0]) / 2.0
    middle_y = (arrow.start[1] + arrow.end[1]) / 2.0
    if nearest_part(body, middle_x, middle_y) != segment:
        return False
    rx, ry = roller.centre
    for i in range(5):
        x = arrow.start[0] + (arrow.end[0] - arrow.start[0]) * i / 4
        y = arrow.start[1] + (arrow.end[1] - arrow.start[1]) * i / 4
        if math.hypot(x - rx, y - ry) < roller.radius + 3.0 or y < 3.0:
            return False
    return True


def surface_distance(body: Body, segment: str, x: float, y: float) -> float:
    """How far a picture point lies outside a segment's surface (negative: inside it)."""
    capsule = body.capsule(segment)
    t, distance = capsule.closest(x, y)
    return distance - capsule.radius_at(t)


def nearest_part(body: Body, x: float, y: float) -> str:
    """The body segment whose surface is nearest a picture point."""
    return min((c.name for c in body.capsules), key=lambda name: surface_distance(body, name, x, y))


def bend_arrow(segment: str, keyframes: Sequence[Pose], body: Body) -> Arrow:
    """A double arc around the joint the segment turns about, over the angles it sweeps
    (widened about its middle to at least :data:`MIN_SWEEP`)."""
    centre = _pivot(segment, body)
    a0, a1 = keyframes[0].angle(segment), keyframes[-1].angle(segment)
    sweep = wrap(a1 - a0)
    if abs(sweep) < MIN_SWEEP:
        middle = a0 + sweep / 2.0
        half = MIN_SWEEP / 2.0 if sweep >= 0 else -MIN_SWEEP / 2.0
        a0, sweep = middle - half, 2.0 * half
    if limb_kind(segment) == segment:  # the trunk tilts: the arc runs clear above the head
        head = body.capsule("head")
        radius = math.hypot(head.a.x - centre[0], head.a.y - centre[1]) + head.ra + 6.0
        return Arrow("bend", centre, centre, radius, (a0, a0 + sweep))
    length = body.capsule(segment).length()
    # a little beyond the segment's end, unless another part lies there (a stacked leg's
    # foot): then closer in, over the moving segment itself
    for radius in (length * 0.75 + 8.0, length * 0.6):
        arrow = Arrow("bend", centre, centre, radius, (a0, a0 + sweep))
        if bend_belongs_to(arrow, segment, body):
            break
    return arrow


def bend_belongs_to(arrow: Arrow, segment: str, body: Body) -> bool:
    """Whether the middle of a bend arc lies nearer ``segment`` (or the limb it turns on) than
    any other part, so it reads as that segment's movement."""
    middle = math.radians((arrow.angles[0] + arrow.angles[1]) / 2.0)
    x = arrow.start[0] + arrow.radius * math.cos(middle)
    y = arrow.start[1] + arrow.radius * math.sin(middle)
    nearest = nearest_part(body, x, y)
    side = segment.split("_", 1)[0]
    kind = limb_kind(segment)
    parent = JOINT_AT_START[kind].parent if kind in JOINT_AT_START else kind
    return nearest in (segment, f"{side}_{parent}")


def circle_arrow(segment: str, body: Body) -> Arrow:
    """A full circle around the joint the segment turns about (ankle circles)."""
    centre = _pivot(segment, body)
    return Arrow("circle", centre, centre, CIRCLE_RADIUS, (0.0, 360.0))


def turn_arrow(segment: str, at: float, body: Body, roller: Roller | None = None) -> Arrow:
    """A ring around the segment at ``at`` of its length: it turns about its own axis.

    The trunk lying on the roller turns on it, so its ring wraps only the edge away from the
    roller (from the middle of the segment to a little past its surface): a small turn forward
    and back, not a loop through the body and the roller (read as "roll over the roller" or
    "spin the roller" in review)."""
    capsule = body.capsule(segment)
    point = capsule.point_at(at)
    dx, dy = capsule.b.x - capsule.a.x, capsule.b.y - capsule.a.y
    axis = math.degrees(math.atan2(dy, dx))
    r = capsule.radius_at(at)
    on_roller = roller is not None and (
        capsule.circle_gap(*roller.centre, roller.radius) <= RESTING
    )
    if roller is None or not on_roller or limb_kind(segment) != segment:
        radius = r + 5.0
        return Arrow("turn", (point.x, point.y), (point.x, point.y), radius, (axis, axis))
    norm = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / norm, dx / norm
    if (roller.x - point.x) * nx + (roller.radius - point.y) * ny > 0:
        nx, ny = -nx, -ny  # away from the roller
    x, y = point.x + nx * r * EDGE_TURN, point.y + ny * r * EDGE_TURN
    return Arrow("turn", (x, y), (x, y), r * EDGE_TURN, (axis, axis))


def _pivot(segment: str, body: Body) -> tuple[float, float]:
    """Where a segment turns: the joint at the start of a limb segment, the start of a trunk
    segment."""
    kind = limb_kind(segment)
    if kind != segment and kind in JOINT_AT_START:
        limb_side = segment.split("_", 1)[0]
        point = body.joint(f"{limb_side}_{JOINT_AT_START[kind].name}")
    else:
        point = body.capsule(segment).a
    return (point.x, point.y)
