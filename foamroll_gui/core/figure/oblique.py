"""The oblique camera: a profile drawn as a cabinet projection, so depth shows.

In a plain profile both legs of a body lying on the roller start from the same hip point, the
far leg sits exactly behind the near one and the roller is a circle: strangers read a far leg
on the roller as "stacked on top or lifted" (blind reviews, rounds 11 and 12). Drawn obliquely
(as in a technical drawing), every point ``(x, y, z)`` of the solved frame is drawn at
``(x + kx * z, y + ky * z)``: whatever lies further from the viewer (``z`` smaller) is drawn
up and back along the receding direction, RECEDING_ANGLE above the picture's horizontal, by
DEPTH_SCALE of its depth. The far hip, shoulder and leg then sit consistently up-and-back of the
near ones, and the roller is a cylinder seen obliquely: its near end a circle, its far end the
same circle moved by its length along the receding direction, the two joined by tangent lines.

Only the drawing changes: the frame is posed, solved and checked as a profile, and the view
keeps every point's depth (``z``) to order the painting. A step's picture recedes to the side
that crosses the roller most squarely with the part lying on it (:func:`receding_side`, from
its first keyframe, so a moving picture never turns), and its mirror image (the body's other
side) recedes the other way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from foamroll_gui.core.figure.geometry import Point
from foamroll_gui.core.figure.kinematics import Body, Capsule
from foamroll_gui.core.figure.scene import Arrow, Frame, Target
from foamroll_gui.core.figure.skeleton import limb_kind

#: The receding direction's angle above the picture's horizontal (degrees).
RECEDING_ANGLE = 45.0
#: A centimetre of depth is drawn this long along the receding direction (cabinet: one half).
DEPTH_SCALE = 0.6
#: The roller drawn obliquely is this long (cm): a half-length roller, about twice the width
#: of the hips, so both legs visibly lie on it, each on its own part (a full-length one,
#: drawn, reached past the near knee).
DRAWN_ROLLER_LENGTH = 90.0
#: The floor's near edge is this far (cm) in front of the body: well out of the picture.
FLOOR_AHEAD = 400.0
#: A part whose outline is this close (cm) to the roller's, in the profile, lies on it.
ON_ROLLER = 2.0
#: The floor drawn under the body reaches this far (cm) past it and the roller, left, right
#: and behind; towards the viewer it runs out of the picture.
FLOOR_MARGIN = 6.0


@dataclass(frozen=True)
class Oblique:
    """The projection: ``(x, y, z)`` drawn at ``(x + kx * z, y + ky * z)``."""

    kx: float
    ky: float

    @classmethod
    def receding(cls, side: int) -> Oblique:
        """The projection receding up and towards the picture's right (``side`` 1) or its left
        (-1)."""
        a = math.radians(RECEDING_ANGLE)
        # far (z < 0) is drawn up (y + ky * z with ky < 0) and to the side asked for
        return cls(-side * DEPTH_SCALE * math.cos(a), -DEPTH_SCALE * math.sin(a))

    def xy(self, x: float, y: float, z: float) -> tuple[float, float]:
        return (x + self.kx * z, y + self.ky * z)

    def point(self, p: Point) -> Point:
        """``p`` as drawn, its depth kept (it orders the painting)."""
        return Point(p.x + self.kx * p.z, p.y + self.ky * p.z, p.z)

    def capsule(self, c: Capsule) -> Capsule:
        return Capsule(c.name, self.point(c.a), self.point(c.b), c.ra, c.rb)

    def body(self, body: Body) -> Body:
        return Body(
            tuple(self.capsule(c) for c in body.capsules),
            tuple((name, self.point(p)) for name, p in body.joints),
        )


@dataclass(frozen=True)
class ObliqueRoller:
    """The roller seen obliquely: the centres of its near and far ends in the picture (cm),
    its radius, and the depths of its ends."""

    near: tuple[float, float]
    far: tuple[float, float]
    radius: float
    z_near: float
    z_far: float

    def centre_at(self, z: float) -> tuple[float, float]:
        """The centre (picture cm) of the roller's cross-section at depth ``z``."""
        span = self.z_near - self.z_far
        f = 0.0 if span == 0 else (self.z_near - z) / span
        return (
            self.near[0] + (self.far[0] - self.near[0]) * f,
            self.near[1] + (self.far[1] - self.near[1]) * f,
        )

    def box(self) -> tuple[float, float, float, float]:
        """``(left, bottom, right, top)`` of its outline (picture cm)."""
        xs = (self.near[0], self.far[0])
        ys = (self.near[1], self.far[1])
        r = self.radius
        return (min(xs) - r, min(ys) - r, max(xs) + r, max(ys) + r)


@dataclass(frozen=True)
class ObliqueView:
    """A frame as drawn obliquely (see the module's description)."""

    body: Body  # every point as drawn, its depth kept
    roller: ObliqueRoller
    target: Target
    arrow: Arrow | None
    mirrored: bool
    projection: Oblique
    #: the floor under the body and the roller: four corners (picture cm), its far edge last;
    #: its near edge lies far out of the picture, in front
    floor: tuple[tuple[float, float], ...]
    #: the depth of the farthest part lying on the roller: the roller is drawn in two pieces,
    #: the one behind it before that part, the one in front of it after (None: one piece)
    split: float | None
    #: the body as placed for the drawing (a seat swollen to the floor: :func:`seated`), not yet
    #: projected
    placed: Body

    def roller_centre(self, segment: str) -> tuple[float, float]:
        """Where the roller's axis is drawn at the depth of ``segment``."""
        return self.roller.centre_at(self.body.capsule(segment).depth_order)

    def bounds(self) -> tuple[float, float, float, float]:
        """``(left, bottom, right, top)`` of the body, the roller and the floor's far edge
        (picture cm)."""
        left, bottom, right, top = self.roller.box()
        xs, ys = [left, right], [bottom, top]
        xs += [x for x, _ in self.floor[2:]]
        ys += [y for _, y in self.floor[2:]]
        for c in self.body.capsules:
            r = max(c.ra, c.rb)
            xs += [c.a.x - r, c.a.x + r, c.b.x - r, c.b.x + r]
            ys += [c.a.y - r, c.a.y + r, c.b.y - r, c.b.y + r]
        return min(xs), min(ys), max(xs), max(ys)


def receding_side(body: Body, segment: str) -> int:
    """Which way (1: right, -1: left) the picture of ``body`` recedes so that the roller, drawn
    along the receding direction, crosses ``segment`` (the part on it) as squarely as it can:
    a roller drawn nearly along the shins read as lying under them lengthwise."""
    c = body.capsule(segment)
    along = math.degrees(math.atan2(c.b.y - c.a.y, c.b.x - c.a.x))

    def crossing(receding: float) -> float:
        d = abs(along - receding) % 180.0
        return min(d, 180.0 - d)

    return 1 if crossing(RECEDING_ANGLE) > crossing(180.0 - RECEDING_ANGLE) else -1


#: A crossed far leg's knee, lower leg and foot lie this much (cm) nearer than the near leg:
#: on top of it, and painted after it.
CROSS_OVER = 4.0
#: The groups a picture with a crossed far leg paints, back to front by depth: the far thigh
#: apart from its lower leg, which lies over the near leg while the thigh starts behind it.
CROSSED_GROUPS: tuple[tuple[str, ...], ...] = (
    ("far_upper_arm", "far_forearm", "far_hand"),
    ("far_thigh",),
    ("far_shin", "far_foot"),
    ("pelvis", "torso", "neck"),
    ("head",),
    ("near_thigh", "near_shin", "near_foot"),
    ("near_upper_arm", "near_forearm", "near_hand"),
)


def crossed(body: Body) -> Body:
    """``body`` with its far leg crossed over the near one: the far knee, lower leg and foot
    at the near knee's depth (:data:`CROSS_OVER` nearer), the far thigh running across from
    its hip. As in the profile, the lower leg rests on the near shin; only depths change."""
    depth = body.joint("near_knee").z + CROSS_OVER

    def over(p: Point) -> Point:
        return Point(p.x, p.y, depth)

    capsules = tuple(
        Capsule(c.name, c.a if c.name == "far_thigh" else over(c.a), over(c.b), c.ra, c.rb)
        if c.name in ("far_thigh", "far_shin", "far_foot")
        else c
        for c in body.capsules
    )
    joints = tuple(
        (name, over(p) if name in ("far_knee", "far_ankle") else p) for name, p in body.joints
    )
    return Body(capsules, joints)


#: A pelvis whose underside is this close to the floor (cm) sits on it.
SEATED = 1.6


def sits(body: Body) -> bool:
    """Whether ``body`` (as solved) sits on the floor: its pelvis rests on it."""
    pelvis = body.capsule("pelvis")
    return pelvis.a.y - pelvis.ra <= SEATED


def upright(body: Body) -> bool:
    """Whether ``body``'s trunk rises from the hips (sitting, on the floor or on the hands),
    rather than lying along the floor."""
    torso = body.capsule("torso")
    return torso.b.y - torso.a.y > 0.5 * torso.length()


def seated(body: Body) -> Body:
    """``body`` with, where it sits on the floor, each thigh's hip end swollen down to the
    floor: the buttocks. In profile the pelvis, drawn at the middle's depth, carries the seat;
    drawn obliquely the near thigh's hip end lies in front of it, its underside a few cm up at
    its own depth, and round 14 read the seat as "at or just above the floor"."""
    if not sits(body):
        return body
    capsules = tuple(
        Capsule(c.name, c.a, c.b, max(c.ra, c.a.y), c.rb)
        if c.name in ("near_thigh", "far_thigh")
        else c
        for c in body.capsules
    )
    return Body(capsules, body.joints)


def on_roller(frame: Frame) -> list[Capsule]:
    """The parts of the frame (as solved) that lie on its roller: over it in the profile."""
    cx, cy = frame.roller.centre
    half = frame.roller.length / 2
    return [
        c
        for c in frame.body.capsules
        if abs(c.depth_order - frame.roller.z) <= half  # the cheaper test first
        and c.circle_gap(cx, cy, frame.roller.radius) <= ON_ROLLER
    ]


def oblique_view(frame: Frame, side: int, *, cross: bool = False) -> ObliqueView:
    """The frame as drawn obliquely, receding up and to the right (``side`` 1) or the left
    (-1): see :func:`receding_side`; its far leg ``cross``-ed over the near one
    (:func:`crossed`)."""
    k = Oblique.receding(side)
    placed = seated(frame.body)
    frame = replace(frame, body=crossed(placed) if cross else placed)
    body = frame.body
    r = frame.roller
    half = r.length / 2
    z_near, z_far = r.z + half, r.z - half
    roller = ObliqueRoller(
        k.xy(r.x, r.radius, z_near), k.xy(r.x, r.radius, z_far), r.radius, z_near, z_far
    )
    resting = on_roller(frame)
    split = min(c.depth_order for c in resting) if resting else None
    # the floor: under the body and the roller, a margin past them
    xs = [r.x - r.radius, r.x + r.radius]
    zs = [z_near, z_far]
    for c in body.capsules:
        rad = max(c.ra, c.rb)
        xs += [c.a.x - rad, c.a.x + rad, c.b.x - rad, c.b.x + rad]
        zs += [c.a.z, c.b.z]
    x0, x1 = min(xs) - FLOOR_MARGIN, max(xs) + FLOOR_MARGIN
    zn, zf = max(zs) + FLOOR_AHEAD, min(zs) - FLOOR_MARGIN
    floor = (k.xy(x0, 0.0, zn), k.xy(x1, 0.0, zn), k.xy(x1, 0.0, zf), k.xy(x0, 0.0, zf))
    arrow = _arrow(frame, k) if frame.arrow is not None else None
    return ObliqueView(
        k.body(body), roller, frame.target, arrow, frame.mirrored, k, floor, split, body
    )


#: A lower leg's turn, drawn obliquely, is a double arrow across the knees along the receding
#: direction (the body's left-right axis): this far (cm) past each knee, this far above them.
TIP_REACH = 6.0
TIP_ABOVE = 4.0


def _arrow(frame: Frame, k: Oblique) -> Arrow:
    """The movement arrow moved as the body part it belongs to is: a slide with the target
    (it runs beside it), an arc with the part nearest its centre. A lower leg turning about
    itself (the knees tipping side to side) becomes a double arrow across the knees along the
    receding direction, which shows the left-right axis: a ring round the shin read as "rotate
    the leg, roll the roller, or turn the foot?" (round 14)."""
    arrow = frame.arrow
    assert arrow is not None
    body = frame.body
    if arrow.kind == "slide":
        z = body.capsule(frame.target.segment).depth_order
    else:
        best = min(body.capsules, key=lambda c: c.closest(*arrow.start)[1])
        if arrow.kind == "turn" and limb_kind(best.name) == "shin":
            return _tip_arrow(body, k)
        t, _ = best.closest(*arrow.start)
        z = best.point_at(t).z
    return Arrow(
        arrow.kind,
        k.xy(arrow.start[0], arrow.start[1], z),
        k.xy(arrow.end[0], arrow.end[1], z),
        arrow.radius,
        arrow.angles,
    )


def _tip_arrow(body: Body, k: Oblique) -> Arrow:
    """A double arrow across both knees along the depth, just above the near knee."""
    near, far = body.joint("near_knee"), body.joint("far_knee")
    x, y = near.x, near.y + TIP_ABOVE
    return Arrow(
        "slide",
        k.xy(x, y, max(near.z, far.z) + TIP_REACH),
        k.xy(x, y, min(near.z, far.z) - TIP_REACH),
    )
