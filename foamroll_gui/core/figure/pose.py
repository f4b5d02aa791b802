"""A pose, and how the figure moves between poses.

A :class:`Pose` is a root point (the centre between the hip joints) plus the direction of every
body segment: an angle in the picture plane and a *depth*, how far the segment leans towards
(positive) or away from the viewer, which foreshortens it while its length stays constant in
3-D. Pictures are authored in one orientation: a standing figure faces right.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from foamroll_gui.core.figure.geometry import Point, direction, wrap
from foamroll_gui.core.figure.skeleton import SEGMENT_INDEX, SEGMENTS


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
        return self.angles[SEGMENT_INDEX[segment]]

    def depth(self, segment: str) -> float:
        return self.depths[SEGMENT_INDEX[segment]]

    def direction(self, segment: str) -> Point:
        return direction(self.angle(segment), self.depth(segment))

    def moved(self, dx: float = 0.0, dy: float = 0.0) -> Pose:
        return Pose((self.root[0] + dx, self.root[1] + dy), self.angles, self.depths)

    def with_angles(self, **changes: float) -> Pose:
        angles = list(self.angles)
        for name, value in changes.items():
            angles[SEGMENT_INDEX[name]] = float(value)
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
