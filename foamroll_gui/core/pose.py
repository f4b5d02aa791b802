"""Body geometry for the step illustrations: no Qt, only numbers.

A :class:`Pose` is a root point (the centre between the hip joints) plus the direction of every
body segment, in degrees, in the picture plane (0 points right, 90 points up). Forward kinematics
(:func:`solve`) walks the skeleton from the root with the ONE set of segment lengths in
:data:`BODY`, so every picture of the same person has the same proportions by construction.

Coordinates are centimetres; the floor is the line ``y = 0``; the foam roller is a cylinder seen
end-on, its centre at ``(roller_x, radius)``.

Pictures are authored in one orientation, the *canonical* one: a standing figure faces right.
A segment may also lean towards or away from the viewer (``depth``, degrees; positive comes
towards the viewer), which foreshortens it; lengths stay constant in 3-D. Because the roller is
seen end-on and the floor is a horizontal plane, contact with either is exact in the 2-D
projection whatever the depth.

Limbs are *near* (towards the viewer) or *far* (behind the body). The view's ``lateral`` factor
places the hips and shoulders: 0 is a pure side view (near and far hips coincide, the far side is
hidden behind), 1 is a front or back view (hips side by side in the picture).

**Mirroring** (:func:`mirror_frame`) flips the picture horizontally about the roller. Near limbs
stay near, but the viewer now stands on the person's other side, so the near limb is the other
leg or arm: the mirrored picture of "right calf on the roller" is "left calf on the roller". That
is how one-sided techniques get their second side.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

View = Literal["side", "front", "back"]
Layer = Literal["far", "body", "near"]

#: Every bone, in the order of :attr:`Pose.angles`.
SEGMENTS: tuple[str, ...] = (
    "pelvis",
    "torso",
    "neck",
    "head",
    "near_upper_arm",
    "near_forearm",
    "near_hand",
    "far_upper_arm",
    "far_forearm",
    "far_hand",
    "near_thigh",
    "near_shin",
    "near_foot",
    "far_thigh",
    "far_shin",
    "far_foot",
)
_INDEX = {name: i for i, name in enumerate(SEGMENTS)}

#: Named round parts a support can be: a joint drawn as a ball of the limb's thickness.
JOINT_PARTS: tuple[str, ...] = ("near_knee", "far_knee", "near_elbow", "far_elbow")
PARTS: tuple[str, ...] = SEGMENTS + JOINT_PARTS


# -- proportions ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Proportions:
    """One adult runner, about 174 cm tall; lengths and radii in centimetres.

    The head is 23 cm tall (1/7.5 of the height), thigh and shin are nearly equal, and the
    fingertips of a hanging arm reach the middle of the thigh.
    """

    pelvis: float = 18.0  # hip joint to waist
    torso: float = 34.0  # waist to the base of the neck
    neck: float = 9.0
    head_offset: float = 9.0  # top of the neck to the centre of the head
    head_radius: float = 11.5
    shoulder_drop: float = 5.0  # shoulder joint below the base of the neck, along the torso
    shoulder_half_width: float = 16.0
    hip_half_width: float = 9.0
    upper_arm: float = 30.0
    forearm: float = 26.0
    hand: float = 16.0
    thigh: float = 43.0
    shin: float = 41.0
    foot: float = 21.0  # heel to toes
    heel_drop: float = 4.0  # centre of the heel below the ankle
    heel_back: float = 2.0  # centre of the heel behind the ankle
    # radius (start, end) in a side view and in a front view, per segment
    side_radius: Mapping[str, tuple[float, float]] = field(
        default_factory=lambda: {
            "pelvis": (11.5, 10.0),
            "torso": (10.5, 12.0),
            "neck": (5.0, 5.0),
            "head": (11.5, 11.5),
            "upper_arm": (5.0, 4.2),
            "forearm": (4.2, 3.2),
            "hand": (3.8, 3.0),
            "thigh": (8.5, 6.0),
            "shin": (6.0, 4.0),
            "foot": (4.0, 3.0),
        }
    )
    front_radius: Mapping[str, tuple[float, float]] = field(
        default_factory=lambda: {"pelvis": (16.0, 14.0), "torso": (14.0, 17.0)}
    )

    def length(self, segment: str) -> float:
        """Bone length of a segment (joint to joint; the head is its centre offset)."""
        kind = limb_kind(segment)
        if kind == "head":
            return self.head_offset
        return float(getattr(self, kind))

    def radius(self, segment: str, lateral: float) -> tuple[float, float]:
        kind = limb_kind(segment)
        side = self.side_radius[kind]
        front = self.front_radius.get(kind, side)
        return (
            side[0] + (front[0] - side[0]) * lateral,
            side[1] + (front[1] - side[1]) * lateral,
        )


BODY = Proportions()


def limb_kind(segment: str) -> str:
    """``near_thigh`` -> ``thigh``; trunk segments are their own kind."""
    for prefix in ("near_", "far_"):
        if segment.startswith(prefix):
            return segment[len(prefix) :]
    return segment


# -- small vector helpers ---------------------------------------------------------------------
@dataclass(frozen=True)
class Point:
    """A point in 3-D; the picture shows ``x`` and ``y``, ``z`` comes towards the viewer."""

    x: float
    y: float
    z: float = 0.0

    def __add__(self, other: Point) -> Point:
        return Point(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other: Point) -> Point:
        return Point(self.x - other.x, self.y - other.y, self.z - other.z)

    def scaled(self, k: float) -> Point:
        return Point(self.x * k, self.y * k, self.z * k)

    def length(self) -> float:
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)


def direction(angle: float, depth: float = 0.0) -> Point:
    """Unit vector at ``angle`` degrees in the picture, leaning ``depth`` degrees to the viewer."""
    a, d = math.radians(angle), math.radians(depth)
    return Point(math.cos(d) * math.cos(a), math.cos(d) * math.sin(a), math.sin(d))


def wrap(angle: float) -> float:
    """An angle in degrees brought into (-180, 180]."""
    a = math.fmod(angle, 360.0)
    if a <= -180.0:
        a += 360.0
    elif a > 180.0:
        a -= 360.0
    return a


def angle_between(u: Point, v: Point) -> float:
    """Unsigned angle between two 3-D vectors, in degrees."""
    dot = u.x * v.x + u.y * v.y + u.z * v.z
    norm = u.length() * v.length()
    if norm == 0:
        return 0.0
    return math.degrees(math.acos(max(-1.0, min(1.0, dot / norm))))


# -- the pose: data ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Pose:
    """Root position plus one picture-plane angle and one depth angle per segment."""

    root: tuple[float, float]
    angles: tuple[float, ...]
    depths: tuple[float, ...] = (0.0,) * len(SEGMENTS)

    def __post_init__(self) -> None:
        if len(self.angles) != len(SEGMENTS) or len(self.depths) != len(SEGMENTS):
            raise ValueError(f"a pose needs {len(SEGMENTS)} angles and depths")

    @classmethod
    def from_mapping(
        cls,
        root: tuple[float, float],
        angles: Mapping[str, float],
        depths: Mapping[str, float] | None = None,
    ) -> Pose:
        missing = [name for name in SEGMENTS if name not in angles]
        if missing:
            raise ValueError(f"pose is missing angles for {', '.join(missing)}")
        depth_map = depths or {}
        return cls(
            root=(float(root[0]), float(root[1])),
            angles=tuple(float(angles[name]) for name in SEGMENTS),
            depths=tuple(float(depth_map.get(name, 0.0)) for name in SEGMENTS),
        )

    def angle(self, segment: str) -> float:
        return self.angles[_INDEX[segment]]

    def depth(self, segment: str) -> float:
        return self.depths[_INDEX[segment]]

    def direction(self, segment: str) -> Point:
        return direction(self.angle(segment), self.depth(segment))

    def moved(self, dx: float = 0.0, dy: float = 0.0) -> Pose:
        return Pose((self.root[0] + dx, self.root[1] + dy), self.angles, self.depths)

    def with_angles(self, **changes: float) -> Pose:
        angles = list(self.angles)
        for name, value in changes.items():
            angles[_INDEX[name]] = float(value)
        return Pose(self.root, tuple(angles), self.depths)


def interpolate(a: Pose, b: Pose, t: float) -> Pose:
    """The pose a fraction ``t`` of the way from ``a`` to ``b`` (angles take the short way)."""
    root = (a.root[0] + (b.root[0] - a.root[0]) * t, a.root[1] + (b.root[1] - a.root[1]) * t)
    angles = tuple(x + wrap(y - x) * t for x, y in zip(a.angles, b.angles, strict=True))
    depths = tuple(x + (y - x) * t for x, y in zip(a.depths, b.depths, strict=True))
    return Pose(root, angles, depths)


def ease_in_out(t: float) -> float:
    """Smooth start and stop: 0 -> 0, 1 -> 1, zero speed at both ends."""
    t = max(0.0, min(1.0, t))
    return 0.5 - 0.5 * math.cos(math.pi * t)


def pingpong(elapsed: float, pass_seconds: float) -> float:
    """Where a back-and-forth pass is after ``elapsed`` seconds: 0 -> 1 -> 0, eased."""
    if pass_seconds <= 0:
        return 0.0
    cycle = math.fmod(max(0.0, elapsed), 2.0 * pass_seconds) / pass_seconds
    return ease_in_out(cycle if cycle <= 1.0 else 2.0 - cycle)


# -- the body: solved geometry ----------------------------------------------------------------
@dataclass(frozen=True)
class Capsule:
    """One segment as drawn and as tested: a rounded stroke from ``a`` to ``b``."""

    name: str
    a: Point
    b: Point
    ra: float
    rb: float

    @property
    def layer(self) -> Layer:
        if self.name.startswith("far_"):
            return "far"
        if self.name.startswith("near_"):
            return "near"
        return "body"

    @property
    def depth_order(self) -> float:
        """Painter's order: larger is nearer the viewer."""
        return (self.a.z + self.b.z) / 2.0

    def length(self) -> float:
        return (self.b - self.a).length()

    def closest(self, px: float, py: float) -> tuple[float, float]:
        """``(t, distance)`` from a picture point to the projected axis of this capsule."""
        ax, ay, bx, by = self.a.x, self.a.y, self.b.x, self.b.y
        dx, dy = bx - ax, by - ay
        den = dx * dx + dy * dy
        t = 0.0 if den == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / den))
        cx, cy = ax + dx * t, ay + dy * t
        return t, math.hypot(px - cx, py - cy)

    def radius_at(self, t: float) -> float:
        return self.ra + (self.rb - self.ra) * t

    def point_at(self, t: float) -> Point:
        return self.a + (self.b - self.a).scaled(t)

    def floor_gap(self) -> float:
        """Height of the lowest point of the capsule above the floor (negative: below it)."""
        return min(self.a.y - self.ra, self.b.y - self.rb)

    def circle_gap(self, cx: float, cy: float, radius: float) -> float:
        """Surface distance to a circle (negative: they overlap)."""
        best = math.inf
        # the nearest surface point is near the nearest axis point; refine around it
        t0, _ = self.closest(cx, cy)
        for k in range(-4, 5):
            t = max(0.0, min(1.0, t0 + k * 0.02))
            p = self.point_at(t)
            gap = math.hypot(p.x - cx, p.y - cy) - self.radius_at(t) - radius
            best = min(best, gap)
        return best

    def mirrored(self, axis_x: float) -> Capsule:
        return Capsule(
            self.name,
            Point(2 * axis_x - self.a.x, self.a.y, self.a.z),
            Point(2 * axis_x - self.b.x, self.b.y, self.b.z),
            self.ra,
            self.rb,
        )


@dataclass(frozen=True)
class Body:
    """A solved pose: every segment as a capsule, plus the named joints."""

    capsules: tuple[Capsule, ...]
    joints: tuple[tuple[str, Point], ...]

    def capsule(self, name: str) -> Capsule:
        for capsule in self.capsules:
            if capsule.name == name:
                return capsule
        raise KeyError(name)

    def joint(self, name: str) -> Point:
        for key, point in self.joints:
            if key == name:
                return point
        raise KeyError(name)

    def part(self, name: str) -> Capsule:
        """A segment, or a joint as a ball as thick as the limb there (``near_knee``)."""
        if name in _INDEX:
            return self.capsule(name)
        side, joint = name.split("_", 1)
        child = {"knee": "shin", "elbow": "forearm"}[joint]
        limb = self.capsule(f"{side}_{child}")
        return Capsule(name, limb.a, limb.a, limb.ra, limb.ra)

    def lowest(self) -> float:
        return min(c.floor_gap() for c in self.capsules)

    def mirrored(self, axis_x: float) -> Body:
        joints = tuple((k, Point(2 * axis_x - p.x, p.y, p.z)) for k, p in self.joints)
        return Body(tuple(c.mirrored(axis_x) for c in self.capsules), joints)


def solve(pose: Pose, lateral: float = 0.0, body: Proportions = BODY) -> Body:
    """Forward kinematics: joint positions and segment capsules of a pose.

    ``lateral`` is the share of the body's left-right axis lying in the picture plane (0 for a
    side view, 1 for a front view); the rest points at the viewer, so near limbs come forward.
    """
    lateral = max(0.0, min(1.0, lateral))
    out_of_plane = math.sqrt(1.0 - lateral * lateral)
    capsules: list[Capsule] = []
    joints: dict[str, Point] = {}

    def bone(name: str, start: Point) -> Point:
        end = start + pose.direction(name).scaled(body.length(name))
        ra, rb = body.radius(name, lateral)
        capsules.append(Capsule(name, start, end, ra, rb))
        return end

    def across(trunk: str) -> Point:
        """The body's left-to-right axis (pointing to the near side) at a trunk segment."""
        side = math.radians(pose.angle(trunk) - 90.0)
        return Point(lateral * math.cos(side), lateral * math.sin(side), out_of_plane)

    hip = Point(pose.root[0], pose.root[1])
    joints["hip"] = hip
    waist = bone("pelvis", hip)
    neck_base = bone("torso", waist)
    neck_top = bone("neck", neck_base)
    head_centre = neck_top + pose.direction("head").scaled(body.head_offset)
    capsules.append(Capsule("head", head_centre, head_centre, body.head_radius, body.head_radius))
    joints.update(waist=waist, neck=neck_base, head=head_centre)
    shoulder = neck_base - pose.direction("torso").scaled(body.shoulder_drop)
    for side, sign in (("near", 1.0), ("far", -1.0)):
        hip_joint = hip + across("pelvis").scaled(sign * body.hip_half_width)
        knee = bone(f"{side}_thigh", hip_joint)
        ankle = bone(f"{side}_shin", knee)
        foot = pose.direction(f"{side}_foot")
        down = direction(pose.angle(f"{side}_foot") - 90.0)
        heel = ankle + down.scaled(body.heel_drop) - foot.scaled(body.heel_back)
        ra, rb = body.radius(f"{side}_foot", lateral)
        capsules.append(Capsule(f"{side}_foot", heel, heel + foot.scaled(body.foot), ra, rb))
        shoulder_joint = shoulder + across("torso").scaled(sign * body.shoulder_half_width)
        elbow = bone(f"{side}_upper_arm", shoulder_joint)
        wrist = bone(f"{side}_forearm", elbow)
        bone(f"{side}_hand", wrist)
        joints.update(
            {
                f"{side}_hip": hip_joint,
                f"{side}_knee": knee,
                f"{side}_ankle": ankle,
                f"{side}_shoulder": shoulder_joint,
                f"{side}_elbow": elbow,
                f"{side}_wrist": wrist,
            }
        )
    order = {name: i for i, name in enumerate(SEGMENTS)}
    capsules.sort(key=lambda c: order[c.name])
    return Body(tuple(capsules), tuple(joints.items()))


# -- joints -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class JointLimit:
    name: str
    low: float
    high: float


#: Human ranges (degrees). Flexion is positive; hips and shoulders are measured from the line
#: of the trunk, so 0 is standing with arms hanging and 180 is an arm straight overhead.
JOINT_LIMITS: tuple[JointLimit, ...] = (
    JointLimit("knee", 0.0, 150.0),
    JointLimit("elbow", 0.0, 150.0),
    JointLimit("hip", -30.0, 140.0),
    JointLimit("shoulder", -75.0, 180.0),
    JointLimit("ankle", -65.0, 35.0),
    JointLimit("wrist", -95.0, 100.0),
    JointLimit("spine", -35.0, 45.0),
    JointLimit("neck", -60.0, 60.0),
    JointLimit("nod", -50.0, 50.0),
)
_SLACK = 2.0  # degrees: rounding in the authored numbers


def joint_angles(pose: Pose) -> dict[str, float]:
    """The joint angles of a pose in a side view (sign tells flexion from extension).

    Keys are ``near_knee``, ``far_hip``, ``spine`` ... Only meaningful for segments lying in
    the picture plane; see :func:`joint_problems` for poses with depth.
    """
    a = pose.angle
    out = {
        "spine": wrap(a("pelvis") - a("torso")),
        "neck": wrap(a("torso") - a("neck")),
        "nod": wrap(a("neck") - a("head")),
    }
    for side in ("near", "far"):
        out[f"{side}_knee"] = wrap(a(f"{side}_thigh") - a(f"{side}_shin"))
        out[f"{side}_elbow"] = wrap(a(f"{side}_forearm") - a(f"{side}_upper_arm"))
        out[f"{side}_hip"] = wrap(a(f"{side}_thigh") - a("pelvis") + 180.0)
        out[f"{side}_shoulder"] = wrap(a(f"{side}_upper_arm") - a("torso") + 180.0)
        out[f"{side}_ankle"] = wrap(a(f"{side}_foot") - a(f"{side}_shin")) - 90.0
        out[f"{side}_wrist"] = wrap(a(f"{side}_hand") - a(f"{side}_forearm"))
    return out


_JOINT_SEGMENTS: dict[str, tuple[str, str, float]] = {
    # joint: (parent segment, child segment, child angle at rest relative to parent)
    "knee": ("thigh", "shin", 0.0),
    "elbow": ("upper_arm", "forearm", 0.0),
    "hip": ("pelvis", "thigh", 180.0),
    "shoulder": ("torso", "upper_arm", 180.0),
    "ankle": ("shin", "foot", 90.0),
    "wrist": ("forearm", "hand", 0.0),
}


def joint_problems(pose: Pose, view: View = "side") -> list[str]:
    """Every joint of the pose outside its human range, as readable sentences.

    In a side view with every segment in the picture plane, the signed angles are checked (so a
    knee bent backwards is caught). Where a segment leans out of the picture or the view is from
    the front, the picture-plane sign means nothing, so the size of the 3-D bend is checked.
    """
    limits = {limit.name: limit for limit in JOINT_LIMITS}
    problems: list[str] = []
    signed = joint_angles(pose)
    for key, value in signed.items():
        kind = key.split("_", 1)[-1]
        limit = limits[kind]
        planar = view == "side" and not _has_depth(pose, key)
        if planar:
            if not limit.low - _SLACK <= value <= limit.high + _SLACK:
                problems.append(
                    f"{key} is at {value:.0f} degrees (allowed {limit.low:.0f} to {limit.high:.0f})"
                )
            continue
        size = _bend_3d(pose, key)
        reach = max(abs(limit.low), abs(limit.high))
        if size > reach + _SLACK:
            problems.append(f"{key} bends {size:.0f} degrees (at most {reach:.0f})")
    return problems


def _pair(key: str) -> tuple[str, str, float] | None:
    side, _, kind = key.partition("_")
    if kind in _JOINT_SEGMENTS:
        parent, child, rest = _JOINT_SEGMENTS[kind]
        parent_name = parent if parent in ("pelvis", "torso") else f"{side}_{parent}"
        return parent_name, f"{side}_{child}", rest
    return {
        "spine": ("pelvis", "torso", 0.0),
        "neck": ("torso", "neck", 0.0),
        "nod": ("neck", "head", 0.0),
    }.get(key)


def _has_depth(pose: Pose, key: str) -> bool:
    pair = _pair(key)
    return pair is not None and (pose.depth(pair[0]) != 0 or pose.depth(pair[1]) != 0)


def _bend_3d(pose: Pose, key: str) -> float:
    """How far a joint is bent from its rest, in 3-D (an ankle at rest is at right angles)."""
    pair = _pair(key)
    if pair is None:
        return 0.0
    parent, child, rest = pair
    base = pose.direction(parent)
    if rest == 180.0:
        base = base.scaled(-1.0)
    bend = angle_between(base, pose.direction(child))
    if rest == 90.0:
        # plantarflexion past the right angle, dorsiflexion short of it; report the larger
        # side of the range it uses
        return bend - 90.0 if bend >= 90.0 else (90.0 - bend) * 65.0 / 35.0
    return bend


# -- the scene --------------------------------------------------------------------------------
ROLLER_RADIUS = 7.5  # a standard 15 cm (6 inch) foam roller


@dataclass(frozen=True)
class Roller:
    x: float
    radius: float = ROLLER_RADIUS

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x, self.radius)


ArrowKind = Literal["slide", "bend", "turn", "circle"]


@dataclass(frozen=True)
class Arrow:
    """The movement, drawn in accent colour (picture coordinates, centimetres).

    ``slide``: a double arrow from ``start`` to ``end``, beside the stretch of muscle the
    roller travels over. ``bend``: a double arc around ``start`` of ``radius`` between the two
    ``angles``. ``turn``: a ring around a limb at ``start`` whose axis points along
    ``angles[0]`` (the limb or trunk turns about itself). ``circle``: a full circle around
    ``start``.
    """

    kind: ArrowKind
    start: tuple[float, float]
    end: tuple[float, float]
    radius: float = 0.0
    angles: tuple[float, float] = (0.0, 0.0)

    def mirrored(self, axis_x: float) -> Arrow:
        return Arrow(
            self.kind,
            (2 * axis_x - self.start[0], self.start[1]),
            (2 * axis_x - self.end[0], self.end[1]),
            self.radius,
            (180.0 - self.angles[0], 180.0 - self.angles[1]),
        )


@dataclass(frozen=True)
class Target:
    """The muscle: a stretch (fractions ``start``..``end``) of one segment."""

    segment: str
    start: float = 0.0
    end: float = 1.0


@dataclass(frozen=True)
class Frame:
    """Everything one picture shows; what the renderer paints."""

    body: Body
    roller: Roller
    target: Target
    view: View
    arrow: Arrow | None = None
    mirrored: bool = False

    def bounds(self) -> tuple[float, float, float, float]:
        """``(left, bottom, right, top)`` of the body and roller, in centimetres."""
        xs: list[float] = [self.roller.x - self.roller.radius, self.roller.x + self.roller.radius]
        ys: list[float] = [0.0, 2 * self.roller.radius]
        for c in self.body.capsules:
            r = max(c.ra, c.rb)
            xs += [c.a.x - r, c.a.x + r, c.b.x - r, c.b.x + r]
            ys += [c.a.y - r, c.a.y + r, c.b.y - r, c.b.y + r]
        return min(xs), min(ys), max(xs), max(ys)


def mirror_frame(frame: Frame) -> Frame:
    """The same picture for the other side of the body: flipped left-right about the roller."""
    axis = frame.roller.x
    return Frame(
        body=frame.body.mirrored(axis),
        roller=frame.roller,
        target=frame.target,
        view=frame.view,
        arrow=frame.arrow.mirrored(axis) if frame.arrow is not None else None,
        mirrored=not frame.mirrored,
    )


# -- contact checks ---------------------------------------------------------------------------
FLOOR_TOLERANCE = 1.5  # cm a resting part may float above or press into the floor
ROLLER_SQUASH = 3.5  # cm soft tissue may sink into the roller
ROLLER_GAP = 1.5  # cm a resting part may float above the roller
PASS_THROUGH = 1.5  # cm any other part may overlap the floor (a rounded drawing)


def roller_gap(body: Body, part: str, roller: Roller) -> float:
    """Surface gap between a part and the roller (negative: pressing into it)."""
    cx, cy = roller.centre
    return body.part(part).circle_gap(cx, cy, roller.radius)


def floor_gap(body: Body, part: str) -> float:
    return body.part(part).floor_gap()


def rests_on_roller(body: Body, part: str, roller: Roller) -> bool:
    return -ROLLER_SQUASH <= roller_gap(body, part, roller) <= ROLLER_GAP


def rests_on_floor(body: Body, part: str) -> bool:
    return abs(floor_gap(body, part)) <= FLOOR_TOLERANCE


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
    view: View = "side",
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


def touching_roller(body: Body, roller: Roller) -> list[str]:
    """Names of the segments touching the roller."""
    return [c.name for c in body.capsules if roller_gap(body, c.name, roller) <= ROLLER_GAP]


def contact_point(body: Body, segment: str, roller: Roller) -> float:
    """Where along a segment (0..1) the roller presses."""
    cx, cy = roller.centre
    t, _ = body.capsule(segment).closest(cx, cy)
    return t
