"""Points and angles for the figure, in centimetres and degrees.

The picture shows ``x`` (right) and ``y`` (up); ``z`` comes towards the viewer. Angles are in
the picture plane, 0 pointing right and 90 pointing up.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


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
