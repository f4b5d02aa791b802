"""Step illustrations as data: ``content/poses/<muscle>.yaml`` loaded into typed poses.

One file per technique, one entry per step id::

    muscle: calves
    view: side            # side: the viewer sees the person's side; front: chest or back
    side: right           # one-sided muscles: the side these drawings (and the text) work
    target: {segment: near_shin, span: [0.1, 0.75]}
    steps:
      setup:
        rests: {floor: [near_hand, pelvis], roller: [near_shin]}
        pose:
          root: [-62, 11.5]                 # centre of the hips, cm (floor is y = 0)
          trunk: [118, 112, 100, 95]        # pelvis, torso, neck, head (degrees, 0 = right)
          near_arm: [-112, -108, -10]       # upper arm, forearm, hand
          near_leg: [-5, -5, 70]            # thigh, shin, foot (far_* default to near_*)
      roll:
        frames: [{...}, {...}]              # two keyframes: the body slides back and forth
      switch: {like: stack, other_side: true}

``scale: shared`` (optional, top level) draws every step at one scale and position, so a step
whose body travels far does not look smaller than the others.

Angles are in the canonical orientation described in :mod:`foamroll_gui.core.pose`. Bad data
raises :class:`ContentError` naming file, line and field; :func:`load_poses` collects the
problems of every file before raising.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from foamroll_gui.core.model import Side
from foamroll_gui.core.pose import (
    SEGMENTS,
    Arrow,
    ArrowKind,
    Body,
    Frame,
    Pose,
    Roller,
    Target,
    View,
    contact_point,
    contact_problems,
    interpolate,
    joint_problems,
    mirror_frame,
    pingpong,
    solve,
    wrap,
)

VIEWS: tuple[View, ...] = ("side", "front", "back")
DEFAULT_PASS_SECONDS = 3.0
_JOINT_OF = {
    "thigh": "hip",
    "shin": "knee",
    "foot": "ankle",
    "upper_arm": "shoulder",
    "forearm": "elbow",
    "hand": "wrist",
}


@dataclass(frozen=True)
class ArrowSpec:
    """How a step's movement is shown; ``slide`` arrows come from the keyframes."""

    kind: ArrowKind
    segment: str
    at: float = 0.5


@dataclass(frozen=True)
class StepPose:
    """The picture of one step: one keyframe (still) or two (animated back and forth)."""

    step_id: str
    keyframes: tuple[Pose, ...]
    roller: Roller
    target: Target
    rests: tuple[tuple[str, tuple[str, ...]], ...] = ()
    arrow: ArrowSpec | None = None
    other_side: bool = False
    pass_seconds: float = DEFAULT_PASS_SECONDS

    @property
    def animated(self) -> bool:
        return len(self.keyframes) > 1

    def rests_map(self) -> dict[str, tuple[str, ...]]:
        return dict(self.rests)

    def pose_at(self, phase: float) -> Pose:
        """The pose a fraction ``phase`` (0..1) of the way through the keyframes."""
        if len(self.keyframes) == 1:
            return self.keyframes[0]
        span = len(self.keyframes) - 1
        position = max(0.0, min(1.0, phase)) * span
        index = min(int(position), span - 1)
        return interpolate(self.keyframes[index], self.keyframes[index + 1], position - index)


@dataclass(frozen=True)
class TechniquePoses:
    """Every step picture of one technique."""

    muscle: str
    view: View
    lateral: float
    side: Side | None
    steps: Mapping[str, StepPose]
    source: Path | None = field(default=None, compare=False)
    #: every step drawn at one scale and position (``scale: shared`` in the file)
    shared_scale: bool = False

    def step(self, step_id: str) -> StepPose:
        try:
            return self.steps[step_id]
        except KeyError:
            raise KeyError(f"{self.muscle} has no pose for step {step_id!r}") from None

    def mirrored(self, step_id: str, side: str | None = None) -> bool:
        """Whether the step is drawn flipped when working ``side`` (None: the drawn side)."""
        flip = self.side is not None and side is not None and side != self.side
        return flip != self.step(step_id).other_side

    def frame(self, step_id: str, side: str | None = None, phase: float = 0.0) -> Frame:
        """The picture of a step for the worked ``side`` at ``phase`` (0..1) of its movement."""
        return step_frame(
            self.step(step_id), self.view, self.lateral, phase, self.mirrored(step_id, side)
        )

    def frame_at(self, step_id: str, side: str | None, elapsed: float) -> Frame:
        """The picture ``elapsed`` seconds into a step (animated steps go back and forth)."""
        step = self.step(step_id)
        phase = pingpong(elapsed, step.pass_seconds) if step.animated else 0.0
        return self.frame(step_id, side, phase)


def step_frame(step: StepPose, view: View, lateral: float, phase: float, mirror: bool) -> Frame:
    """Solve a step's pose at ``phase`` into a picture, flipped for the other side if asked."""
    pose = step.pose_at(phase)
    body = solve(pose, lateral)
    arrow = _arrow(step, body, pose, lateral)
    frame = Frame(body=body, roller=step.roller, target=step.target, view=view, arrow=arrow)
    return mirror_frame(frame) if mirror else frame


def _arrow(step: StepPose, body: Body, pose: Pose, lateral: float) -> Arrow | None:
    spec = step.arrow
    if spec is None and step.animated:
        first, last = step.keyframes[0], step.keyframes[-1]
        if any(abs(a - b) > 0.05 for a, b in zip(first.root, last.root, strict=True)):
            spec = ArrowSpec("slide", step.target.segment)
        else:
            changes = [
                (abs(wrap(a - b)), name)
                for name, a, b in zip(SEGMENTS, first.angles, last.angles, strict=True)
            ]
            spec = ArrowSpec("bend", max(changes)[1])
    if spec is None:
        return None
    capsule = body.capsule(spec.segment)
    if spec.kind == "slide":
        t0 = contact_point(solve(step.keyframes[0], lateral), spec.segment, step.roller)
        t1 = contact_point(solve(step.keyframes[-1], lateral), spec.segment, step.roller)
        # beside the limb, on the side away from the roller
        dx, dy = capsule.b.x - capsule.a.x, capsule.b.y - capsule.a.y
        norm = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / norm, dx / norm
        mid = capsule.point_at(0.5)
        rx, ry = step.roller.centre
        if (mid.x - rx) * nx + (mid.y - ry) * ny < 0:
            nx, ny = -nx, -ny
        offset = max(capsule.ra, capsule.rb) + 7.0
        p0, p1 = capsule.point_at(t0), capsule.point_at(t1)
        return Arrow(
            "slide",
            (p0.x + nx * offset, p0.y + ny * offset),
            (p1.x + nx * offset, p1.y + ny * offset),
        )
    kind = spec.segment.split("_", 1)[-1] if "_" in spec.segment else spec.segment
    if spec.kind in ("bend", "circle"):
        joint_name = spec.segment
        if spec.segment.startswith(("near_", "far_")) and kind in _JOINT_OF:
            side = spec.segment.split("_", 1)[0]
            joint_name = f"{side}_{_JOINT_OF[kind]}"
        centre = body.joint(joint_name) if joint_name != spec.segment else capsule.a
        if spec.kind == "circle":
            return Arrow("circle", (centre.x, centre.y), (centre.x, centre.y), 9.0, (0.0, 360.0))
        first, last = step.keyframes[0], step.keyframes[-1]
        a0, a1 = first.angle(spec.segment), last.angle(spec.segment)
        radius = capsule.length() * 0.75 + 8.0
        return Arrow(
            "bend", (centre.x, centre.y), (centre.x, centre.y), radius, (a0, a0 + wrap(a1 - a0))
        )
    point = capsule.point_at(spec.at)
    axis = math.degrees(math.atan2(capsule.b.y - capsule.a.y, capsule.b.x - capsule.a.x))
    radius = capsule.radius_at(spec.at) + 5.0
    return Arrow("turn", (point.x, point.y), (point.x, point.y), radius, (axis, axis))


def physical_problems(poses: Mapping[str, TechniquePoses]) -> list[str]:
    """Every keyframe that is not physically sensible, as ``muscle/step[i]: problem``."""
    problems: list[str] = []
    for muscle, technique in poses.items():
        for step_id, step in technique.steps.items():
            rests = step.rests_map()
            for index, pose in enumerate(step.keyframes):
                where = f"{muscle}/{step_id}[{index}]"
                body = solve(pose, technique.lateral)
                for problem in joint_problems(pose, technique.view):
                    problems.append(f"{where}: {problem}")
                for problem in contact_problems(body, step.roller, rests, technique.view):
                    problems.append(f"{where}: {problem}")
                roller_parts = rests.get("roller", ())
                if roller_parts and step.target.segment not in roller_parts:
                    problems.append(
                        f"{where}: the target {step.target.segment} is not on the roller"
                    )
    return problems
