"""Forward kinematics: a pose solved into the capsules that are drawn and tested.

:func:`solve` walks the skeleton from the root with the ONE set of segment lengths in
:data:`~foamroll_gui.core.figure.skeleton.BODY`, so every picture of the same person has the
same proportions by construction. Coordinates are centimetres; the floor is the line ``y = 0``.

The ``lateral`` factor places the hips and shoulders: 0 is a profile (near and far hips
coincide, the far side is hidden behind), 1 is a front or back view (hips side by side).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from foamroll_gui.core.figure.geometry import Point, direction
from foamroll_gui.core.figure.pose import Pose
from foamroll_gui.core.figure.skeleton import (
    BODY,
    JOINT_BY_NAME,
    LIMB_SIDES,
    SEGMENT_INDEX,
    Proportions,
)


@dataclass(frozen=True)
class Capsule:
    """One segment as drawn and as tested: a rounded stroke from ``a`` to ``b``."""

    name: str
    a: Point
    b: Point
    ra: float
    rb: float

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
        a, b = self.a, self.b  # a + (b - a) * t, in plain floats (painted many times a frame)
        return Point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t)

    def floor_gap(self) -> float:
        """Height of the lowest point of the capsule above the floor (negative: below it)."""
        return min(self.a.y - self.ra, self.b.y - self.rb)

    def circle_gap(self, cx: float, cy: float, radius: float) -> float:
        """Surface distance to a circle (negative: they overlap)."""
        best = math.inf
        # the nearest surface point is near the nearest axis point; refine around it (in plain
        # floats, the same sums as point_at and radius_at: this runs for every part, every frame)
        t0, _ = self.closest(cx, cy)
        ax, ay, ra = self.a.x, self.a.y, self.ra
        dx, dy, dr = self.b.x - ax, self.b.y - ay, self.rb - ra
        for k in range(-4, 5):
            t = max(0.0, min(1.0, t0 + k * 0.02))
            gap = math.hypot(ax + dx * t - cx, ay + dy * t - cy) - (ra + dr * t) - radius
            if gap < best:
                best = gap
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
        if name in SEGMENT_INDEX:
            return self.capsule(name)
        limb_side, joint = name.split("_", 1)
        _, child = JOINT_BY_NAME[joint].segments(limb_side)
        limb = self.capsule(child)
        return Capsule(name, limb.a, limb.a, limb.ra, limb.ra)

    def lowest(self) -> float:
        return min(c.floor_gap() for c in self.capsules)

    def mirrored(self, axis_x: float) -> Body:
        joints = tuple((k, Point(2 * axis_x - p.x, p.y, p.z)) for k, p in self.joints)
        return Body(tuple(c.mirrored(axis_x) for c in self.capsules), joints)

    def drawing_order(
        self, groups: tuple[tuple[str, ...], ...] | None = None
    ) -> list[tuple[str, ...]]:
        """``groups`` (by default :data:`DRAWN_GROUPS`) back to front, as a picture paints
        them: by their parts' mean depth (to a tenth), ties in the list's order."""
        drawn = DRAWN_GROUPS if groups is None else groups

        def depth(group: tuple[str, ...]) -> float:
            return round(sum(self.capsule(n).depth_order for n in group) / len(group), 1)

        order = sorted(range(len(drawn)), key=lambda i: (depth(drawn[i]), i))
        return [drawn[i] for i in order]


#: The parts a picture draws as one silhouette each (a limb shows no seams at its joints); the
#: seat is drawn with the trunk.
DRAWN_GROUPS: tuple[tuple[str, ...], ...] = (
    ("far_upper_arm", "far_forearm", "far_hand"),
    ("far_thigh", "far_shin", "far_foot"),
    ("pelvis", "torso", "neck"),
    ("head",),
    ("near_thigh", "near_shin", "near_foot"),
    ("near_upper_arm", "near_forearm", "near_hand"),
)


def solve(pose: Pose, lateral: float = 0.0, body: Proportions = BODY) -> Body:
    """Forward kinematics: joint positions and segment capsules of a pose.

    ``lateral`` is the share of the body's left-right axis lying in the picture plane (0 in
    profile, 1 for a front view); the rest points at the viewer, so near limbs come forward.
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
        turn = math.radians(pose.angle(trunk) - 90.0)
        return Point(lateral * math.cos(turn), lateral * math.sin(turn), out_of_plane)

    hip = Point(pose.root[0], pose.root[1])
    joints["hip"] = hip
    waist = bone("pelvis", hip)
    neck_base = bone("torso", waist)
    neck_top = bone("neck", neck_base)
    head_centre = neck_top + pose.direction("head").scaled(body.head_offset)
    capsules.append(Capsule("head", head_centre, head_centre, body.head_radius, body.head_radius))
    joints.update(waist=waist, neck=neck_base, head=head_centre)
    shoulder = neck_base - pose.direction("torso").scaled(body.shoulder_drop)
    for limb_side, sign in zip(LIMB_SIDES, (1.0, -1.0), strict=True):
        hip_joint = hip + across("pelvis").scaled(sign * body.hip_half_width)
        knee = bone(f"{limb_side}_thigh", hip_joint)
        ankle = bone(f"{limb_side}_shin", knee)
        foot = pose.direction(f"{limb_side}_foot")
        down = direction(pose.angle(f"{limb_side}_foot") - 90.0)
        heel = ankle + down.scaled(body.heel_drop) - foot.scaled(body.heel_back)
        ra, rb = body.radius(f"{limb_side}_foot", lateral)
        capsules.append(Capsule(f"{limb_side}_foot", heel, heel + foot.scaled(body.foot), ra, rb))
        shoulder_joint = shoulder + across("torso").scaled(sign * body.shoulder_half_width)
        elbow = bone(f"{limb_side}_upper_arm", shoulder_joint)
        wrist = bone(f"{limb_side}_forearm", elbow)
        bone(f"{limb_side}_hand", wrist)
        joints.update(
            {
                f"{limb_side}_hip": hip_joint,
                f"{limb_side}_knee": knee,
                f"{limb_side}_ankle": ankle,
                f"{limb_side}_shoulder": shoulder_joint,
                f"{limb_side}_elbow": elbow,
                f"{limb_side}_wrist": wrist,
            }
        )
    capsules.sort(key=lambda c: SEGMENT_INDEX[c.name])
    return Body(tuple(capsules), tuple(joints.items()))


@functools.lru_cache(maxsize=256)
def solve_keyframe(pose: Pose, lateral: float = 0.0) -> Body:
    """:func:`solve` for a pose that is solved again and again: a step's keyframes, which every
    frame of its animation measures its arrow and its oblique camera's direction from (three of
    the four solves a frame made). Bodies are immutable, so the same one serves every caller."""
    return solve(pose, lateral)
