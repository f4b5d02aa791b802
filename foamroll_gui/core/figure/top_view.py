"""The camera from above: a body lying along the line of sight, drawn as seen from the ceiling.

A front or back camera looking along a body that lies on the floor (face down on the forearms,
seen from the feet) sees a stack of overlapping circles. Such a picture is posed and checked as
it is authored (``x`` across the body, ``y`` up from the floor, ``z`` towards the feet, the
roller end-on), and drawn from above: :func:`top_view` turns the solved frame a quarter turn so
that the floor is the picture plane and height comes towards the viewer.

From above, the picture's ``x`` runs from the feet to the head (the head on the right, as in
every lying picture), its ``y`` runs from the person's right to their left (a body face down
with its head to the right has its right side at the bottom), and ``z`` is the height above
the floor, which orders the painting. The roller, parallel to the body, is a bar along ``x``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from foamroll_gui.core.figure.geometry import Point
from foamroll_gui.core.figure.kinematics import Body, Capsule
from foamroll_gui.core.figure.scene import Arrow, Frame, Roller, Target
from foamroll_gui.core.figure.skeleton import limb_kind

HANDS = ("near_hand", "far_hand")


@dataclass(frozen=True)
class HandFromAbove:
    """A hand flat on the floor seen from above: its palm (the hand's capsule in the view's
    body), the fingers together beyond it, and the thumb out to the side."""

    palm: Capsule
    fingers: Capsule
    thumb: Capsule

    def length(self) -> float:
        """From the wrist to the fingertips (cm, in the picture)."""
        tip = self.fingers.b
        return math.hypot(tip.x - self.palm.a.x, tip.y - self.palm.a.y) + self.fingers.rb


#: A torso whose direction leans this much along the line of sight lies along it (cos 45°).
ALONG_SIGHT = 0.7
#: Between a limb's surface and the slide arrow beside it, from above (cm).
ARROW_GAP = 6.0
#: A part's underside this far (cm) above the roller's top, or sunk this far into it, rests on
#: it (the same squash the physical checks allow).
ON_ROLLER_ABOVE = 3.0
ON_ROLLER_SUNK = 3.5

# From above, hands stretched ahead of the head read as feet with toes (round 5: "as if they
# lie head-to-toe"): each is drawn smaller than a foot, a palm flat on the floor, the fingers
# together beyond it and a thumb out to the side facing the body's midline; the arms thinner
# than the legs. Shares of the hand's length and thickness as solved.
#: The palm: this share of the hand's length, this share of its thickness.
PALM_LENGTH = 0.26
PALM_WIDTH = 0.92
#: The fingers together: one rounded block this long beyond the palm, this share of its width.
FINGERS_LENGTH = 0.3
FINGERS_WIDTH = 0.78
#: The thumb: this long, this share of the palm's thickness, leaving the palm this far along
#: it, angled this much (degrees) from the hand's line towards the midline.
THUMB_LENGTH = 0.26
THUMB_WIDTH = 0.4
THUMB_AT = 0.3
THUMB_ANGLE = 50.0
#: Upper arms and forearms from above, as a share of their thickness as solved.
ARM_WIDTH = {"upper_arm": 0.85, "forearm": 0.7}


@dataclass(frozen=True)
class RollerFromAbove:
    """A roller lying on the floor, its axis along the picture's ``x`` at height ``radius``."""

    centre: tuple[float, float]
    radius: float
    length: float

    @property
    def box(self) -> tuple[float, float, float, float]:
        """``(left, bottom, right, top)`` of the roller's outline in the picture (cm)."""
        x, y = self.centre
        half = self.length / 2
        return (x - half, y - self.radius, x + half, y + self.radius)

    def resting_stretch(self, capsule: Capsule, samples: int = 40) -> tuple[float, float] | None:
        """``(t0, t1)``: the stretch of ``capsule`` (seen from above, ``z`` the height) that
        rests on this roller: over it in the picture, its underside at the roller's top.
        ``None`` when no part of it does (a limb on the floor beside the roller, or one
        passing high above it)."""
        left, bottom, right, top = self.box
        crest = 2 * self.radius
        on: list[float] = []
        for i in range(samples + 1):
            t = i / samples
            p, r = capsule.point_at(t), capsule.radius_at(t)
            over = left <= p.x <= right and bottom - r <= p.y <= top + r
            under = p.z - r - crest
            if over and -ON_ROLLER_SUNK <= under <= ON_ROLLER_ABOVE:
                on.append(t)
        return (min(on), max(on)) if on else None


@dataclass(frozen=True)
class TopView:
    """A frame as drawn from above: capsules in picture centimetres, ``z`` the height."""

    body: Body
    roller: RollerFromAbove
    target: Target
    arrow: Arrow | None
    mirrored: bool

    def inner_side(self) -> tuple[float, float] | None:
        """The point (picture cm) the highlighted half of a thigh faces from above while the
        thigh does not rest on the roller yet (the setup): its inner side, towards the body's
        midline between the hips. ``None`` for any other target, and once the thigh rests on
        the roller (its inner side then faces down onto it and the whole width is the
        target): a thigh lying beside the roller, all highlighted, reads as its outer side."""
        if limb_kind(self.target.segment) != "thigh":
            return None
        if self.roller.resting_stretch(self.body.capsule(self.target.segment)) is not None:
            return None
        hip = self.body.joint("hip")
        return (hip.x, hip.y)

    def hands(self) -> tuple[HandFromAbove, ...]:
        """Both hands, each with its fingers and thumb (see :func:`hands_from_above`)."""
        return hands_from_above(self.body)

    def bounds(self) -> tuple[float, float, float, float]:
        """``(left, bottom, right, top)`` of the body and roller in the picture (cm)."""
        left, bottom, right, top = self.roller.box
        xs, ys = [left, right], [bottom, top]
        extra = [c for hand in self.hands() for c in (hand.fingers, hand.thumb)]
        for c in (*self.body.capsules, *extra):
            r = max(c.ra, c.rb)
            xs += [c.a.x - r, c.a.x + r, c.b.x - r, c.b.x + r]
            ys += [c.a.y - r, c.a.y + r, c.b.y - r, c.b.y + r]
        return min(xs), min(ys), max(xs), max(ys)


def drawn_from_above(frame: Frame) -> bool:
    """Whether ``frame`` is drawn from above: its camera says so, or a front or back camera
    looks along a lying body (the torso points along the line of sight)."""
    if frame.camera == "top":
        return True
    if frame.camera not in ("front", "back"):
        return False
    torso = frame.body.capsule("torso")
    along = torso.b - torso.a
    length = along.length()
    return length > 0 and abs(along.z) / length > ALONG_SIGHT


def _turned(p: Point) -> Point:
    """Authored coordinates (x across, y up, z to the feet) to the view from above."""
    return Point(-p.z, -p.x, p.y)


def top_view(frame: Frame) -> TopView:
    """The frame as seen from above (see the module's description of the axes)."""
    body = frame.body
    capsules = tuple(
        _shaped(Capsule(c.name, _turned(c.a), _turned(c.b), c.ra, c.rb)) for c in body.capsules
    )
    joints = tuple((name, _turned(p)) for name, p in body.joints)
    seen = Body(capsules, joints)
    r = frame.roller
    roller = RollerFromAbove((-r.z, -r.x), r.radius, r.length)
    arrow = _arrow(frame.arrow, body, seen, frame.target, frame.roller) if frame.arrow else None
    return TopView(seen, roller, frame.target, arrow, frame.mirrored)


def _nearest(body: Body, segment: str, x: float, y: float) -> float:
    """Where along ``segment`` (0..1) is nearest the authored picture point ``(x, y)``."""
    t, _ = body.capsule(segment).closest(x, y)
    return t


def _arrow(arrow: Arrow, body: Body, seen: Body, target: Target, roller: Roller) -> Arrow:
    """The movement arrow as seen from above.

    A slide runs beside the target over the stretch it was drawn beside, on the side of the
    limb with more free floor. Arcs keep their shape around their centre, moved to where that
    centre is seen from above.
    """
    if arrow.kind != "slide":
        centre = _seen_point(body, seen, arrow.start)
        return Arrow(arrow.kind, centre, centre, arrow.radius, arrow.angles)
    capsule = seen.capsule(target.segment)
    t0 = _nearest(body, target.segment, *arrow.start)
    t1 = _nearest(body, target.segment, *arrow.end)
    p0, p1 = capsule.point_at(t0), capsule.point_at(t1)
    dx, dy = capsule.b.x - capsule.a.x, capsule.b.y - capsule.a.y
    norm = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / norm, dx / norm
    offset = max(capsule.ra, capsule.rb) + ARROW_GAP
    mid = capsule.point_at((t0 + t1) / 2)

    def room(sign: float) -> float:
        px, py = mid.x + sign * nx * offset, mid.y + sign * ny * offset
        return min(
            (c.closest(px, py)[1] - max(c.ra, c.rb) for c in seen.capsules if c is not capsule),
            default=math.inf,
        )

    sign = 1.0 if room(1.0) >= room(-1.0) else -1.0
    return Arrow(
        "slide",
        (p0.x + sign * nx * offset, p0.y + sign * ny * offset),
        (p1.x + sign * nx * offset, p1.y + sign * ny * offset),
    )


def _seen_point(body: Body, seen: Body, point: tuple[float, float]) -> tuple[float, float]:
    """An authored picture point, seen from above, at the depth of the nearest body part."""
    best = min(body.capsules, key=lambda c: c.closest(*point)[1])
    t, _ = best.closest(*point)
    p = seen.capsule(best.name).point_at(t)
    return (p.x, p.y)


def _shaped(c: Capsule) -> Capsule:
    """A capsule as drawn from above: a hand shortened to its palm, the arms thinner; each
    still resting where it rested (its underside kept at its height)."""
    kind = limb_kind(c.name)
    if kind == "hand":
        end = c.point_at(PALM_LENGTH)
        return _thinned(Capsule(c.name, c.a, end, c.ra, c.radius_at(PALM_LENGTH)), PALM_WIDTH)
    return _thinned(c, ARM_WIDTH.get(kind, 1.0))


def _thinned(c: Capsule, k: float) -> Capsule:
    """``c`` this share as thick, lowered so that its underside stays where it was."""
    if k == 1.0:
        return c
    a = Point(c.a.x, c.a.y, c.a.z - c.ra * (1 - k))
    b = Point(c.b.x, c.b.y, c.b.z - c.rb * (1 - k))
    return Capsule(c.name, a, b, c.ra * k, c.rb * k)


def hands_from_above(body: Body) -> tuple[HandFromAbove, ...]:
    """The hands of a body seen from above (its hands already palms, see :func:`top_view`):
    the fingers together straight on from each palm, the thumb out to the side of the palm
    facing the body's midline (the line along the torso), as palms flat on the floor lie."""
    torso = body.capsule("torso")
    tx, ty = torso.b.x - torso.a.x, torso.b.y - torso.a.y

    def off_midline(x: float, y: float) -> float:
        return abs(tx * (y - torso.a.y) - ty * (x - torso.a.x))

    out: list[HandFromAbove] = []
    for name in HANDS:
        palm = body.capsule(name)
        dx, dy = palm.b.x - palm.a.x, palm.b.y - palm.a.y
        drawn = math.hypot(dx, dy)
        if drawn < 1e-6:
            continue
        ux, uy = dx / drawn, dy / drawn
        hand = drawn / PALM_LENGTH  # the hand's length, as drawn
        nx, ny = -uy, ux
        if off_midline(palm.b.x + nx, palm.b.y + ny) > off_midline(palm.b.x - nx, palm.b.y - ny):
            nx, ny = -nx, -ny  # towards the midline
        width = palm.rb * FINGERS_WIDTH
        start = palm.b
        fingers = Capsule(
            name,
            start,
            start + Point(ux, uy, 0.0).scaled(hand * FINGERS_LENGTH),
            width,
            width * 0.9,
        )
        turn = math.radians(THUMB_ANGLE)
        tdx = ux * math.cos(turn) + nx * math.sin(turn)
        tdy = uy * math.cos(turn) + ny * math.sin(turn)
        base = palm.point_at(THUMB_AT)
        base = base + Point(nx, ny, 0.0).scaled(palm.radius_at(THUMB_AT) * 0.55)
        thumb_r = palm.ra * THUMB_WIDTH
        thumb = Capsule(
            name,
            base,
            base + Point(tdx, tdy, 0.0).scaled(hand * THUMB_LENGTH),
            thumb_r,
            thumb_r * 0.85,
        )
        out.append(HandFromAbove(palm, fingers, thumb))
    return tuple(out)
