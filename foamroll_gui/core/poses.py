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

Angles are in the canonical orientation described in :mod:`foamroll_gui.core.pose`. Bad data
raises :class:`ContentError` naming file, line and field; :func:`load_poses` collects the
problems of every file before raising.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import cast

from foamroll_gui.core.errors import ContentError, Problem
from foamroll_gui.core.model import SIDES, Content, Side, Technique
from foamroll_gui.core.pose import (
    PARTS,
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
from foamroll_gui.core.yamlread import Node, load_yaml_file

VIEWS: tuple[View, ...] = ("side", "front", "back")
DEFAULT_PASS_SECONDS = 3.0
_LIMBS = {
    "trunk": ("pelvis", "torso", "neck", "head"),
    "near_arm": ("near_upper_arm", "near_forearm", "near_hand"),
    "far_arm": ("far_upper_arm", "far_forearm", "far_hand"),
    "near_leg": ("near_thigh", "near_shin", "near_foot"),
    "far_leg": ("far_thigh", "far_shin", "far_foot"),
}
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


# -- parsing ----------------------------------------------------------------------------------
def _number(node: Node, *, low: float | None = None, high: float | None = None) -> float:
    value = node.value
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        node.fail("must be a number")
    if (low is not None and value < low) or (high is not None and value > high):
        node.fail(f"must be between {low} and {high}")
    return float(value)


def _numbers(node: Node, count: int, **limits: float) -> tuple[float, ...]:
    items = list(node.items())
    if len(items) != count:
        node.fail(f"must be a list of {count} numbers")
    return tuple(_number(item, **limits) for item in items)


def _part(node: Node, options: tuple[str, ...] = PARTS) -> str:
    value = node.text()
    if value not in options:
        node.fail(f"is not a body part (known: {', '.join(options)})")
    return value


def parse_pose(node: Node) -> Pose:
    node.mapping({"root", "trunk", "near_arm", "near_leg"}, {"far_arm", "far_leg", "depth"})
    root = _numbers(node["root"], 2, low=-500, high=500)
    angles: dict[str, float] = {}
    for key, names in _LIMBS.items():
        source = key if node.has(key) else key.replace("far_", "near_")
        values = _numbers(node[source], len(names), low=-360, high=360)
        angles.update(zip(names, values, strict=True))
    depths: dict[str, float] = {}
    if node.has("depth"):
        depth_node = node["depth"]
        depth_node.mapping(set(), set(SEGMENTS))
        for name in depth_node.value:
            depths[str(name)] = _number(depth_node[str(name)], low=-89, high=89)
    return Pose.from_mapping((root[0], root[1]), angles, depths)


def _target(node: Node) -> Target:
    node.mapping({"segment"}, {"span"})
    segment = _part(node["segment"], SEGMENTS)
    start, end = 0.0, 1.0
    if node.has("span"):
        start, end = _numbers(node["span"], 2, low=0, high=1)
        if start >= end:
            node["span"].fail("must go from a smaller to a larger fraction")
    return Target(segment, start, end)


def _arrow_spec(node: Node) -> ArrowSpec:
    kinds = ("bend", "turn", "circle")
    node.mapping(set(), {*kinds, "at"})
    given = [k for k in kinds if node.has(k)]
    if len(given) != 1:
        node.fail(f"must name exactly one of {', '.join(kinds)} with a segment")
    kind = cast(ArrowKind, given[0])
    at = _number(node["at"], low=0, high=1) if node.has("at") else 0.5
    return ArrowSpec(kind, _part(node[kind], SEGMENTS), at)


def _rests(node: Node) -> tuple[tuple[str, tuple[str, ...]], ...]:
    node.mapping(set(), {"floor", "roller", *PARTS})
    out: list[tuple[str, tuple[str, ...]]] = []
    for surface in node.value:
        parts = tuple(_part(item) for item in node[str(surface)].items())
        out.append((str(surface), parts))
    return tuple(out)


def parse_poses(path: Path, technique: Technique, one_sided: bool) -> TechniquePoses:
    """Read one pose file and check it against its technique."""
    doc = Node(load_yaml_file(path), path)
    doc.mapping({"muscle", "view", "target", "steps"}, {"side", "lateral", "roller"})
    muscle = doc["muscle"].identifier()
    if muscle != path.stem:
        doc["muscle"].fail(f"is {muscle!r} but the file is named {path.name!r}")
    if muscle != technique.muscle:
        doc["muscle"].fail(f"does not match the technique {technique.muscle!r}")
    view = cast(View, doc["view"].choice(VIEWS))
    lateral = (
        _number(doc["lateral"], low=0, high=1)
        if doc.has("lateral")
        else (1.0 if view != "side" else 0.0)
    )
    side: Side | None = None
    if one_sided:
        if not doc.has("side"):
            doc.fail(
                "is missing the required field 'side' (this muscle is rolled one side at a time)"
            )
        side = cast(Side, doc["side"].choice(SIDES))
    elif doc.has("side"):
        doc["side"].fail("is only for muscles rolled one side at a time")
    roller_x = _number(doc["roller"], low=-500, high=500) if doc.has("roller") else 0.0
    target = _target(doc["target"])

    steps_node = doc["steps"]
    if not isinstance(steps_node.value, dict) or not steps_node.value:
        steps_node.fail("must be a mapping from step id to picture")
    known = [s.id for s in technique.steps]
    steps_node.mapping(set(known), set())
    raw: dict[str, StepPose] = {}
    likes: dict[str, tuple[Node, str]] = {}
    for step_id in known:
        node = steps_node[step_id]
        node.mapping(
            set(),
            {
                "pose",
                "frames",
                "like",
                "other_side",
                "rests",
                "arrow",
                "target",
                "roller",
                "pass_seconds",
            },
        )
        sources = [k for k in ("pose", "frames", "like") if node.has(k)]
        if len(sources) != 1:
            node.fail("needs exactly one of 'pose', 'frames' or 'like'")
        keyframes: tuple[Pose, ...] = ()
        if node.has("pose"):
            keyframes = (parse_pose(node["pose"]),)
        elif node.has("frames"):
            keyframes = tuple(parse_pose(item) for item in node["frames"].items())
            if len(keyframes) < 2:
                node["frames"].fail("needs at least two keyframes (use 'pose' for a still)")
        else:
            likes[step_id] = (node["like"], node["like"].identifier())
        kind = technique.step(step_id).kind
        if kind == "roll" and node.has("pose"):
            node.fail("is a rolling step: give 'frames' (where the roll starts and ends)")
        raw[step_id] = StepPose(
            step_id=step_id,
            keyframes=keyframes,
            roller=Roller(_number(node["roller"], low=-500, high=500))
            if node.has("roller")
            else Roller(roller_x),
            target=_target(node["target"]) if node.has("target") else target,
            rests=_rests(node["rests"]) if node.has("rests") else (),
            arrow=_arrow_spec(node["arrow"]) if node.has("arrow") else None,
            other_side=node["other_side"].boolean() if node.has("other_side") else False,
            pass_seconds=_number(node["pass_seconds"], low=1, high=10)
            if node.has("pass_seconds")
            else DEFAULT_PASS_SECONDS,
        )
        if raw[step_id].other_side and not one_sided:
            node["other_side"].fail("is only for muscles rolled one side at a time")
    for step_id, (like_node, other) in likes.items():
        base = raw.get(other)
        if base is None or other in likes:
            like_node.fail(f"must name another step that has its own picture (got {other!r})")
        mine = raw[step_id]
        node = steps_node[step_id]
        raw[step_id] = replace(
            base,
            step_id=step_id,
            other_side=mine.other_side,
            rests=mine.rests if node.has("rests") else base.rests,
            arrow=mine.arrow if node.has("arrow") else base.arrow,
            target=mine.target if node.has("target") else base.target,
            roller=mine.roller if node.has("roller") else base.roller,
        )
    return TechniquePoses(
        muscle=muscle,
        view=view,
        lateral=lateral,
        side=side,
        steps={s: raw[s] for s in known},
        source=path,
    )


def load_poses(folder: Path, content: Content) -> dict[str, TechniquePoses]:
    """Load ``folder/<muscle>.yaml`` for every technique; ContentError lists every problem."""
    problems: list[Problem] = []
    out: dict[str, TechniquePoses] = {}
    for muscle in content.muscles:
        technique = content.techniques.get(muscle.id)
        if technique is None:
            continue
        path = folder / f"{muscle.id}.yaml"
        if not path.exists():
            where = technique.source or path
            problems.append(Problem(where, None, "", f"has no pose file {path.name} in {folder}"))
            continue
        try:
            out[muscle.id] = parse_poses(path, technique, muscle.one_sided)
        except ContentError as exc:
            problems.extend(exc.problems)
    known = {m.id for m in content.muscles}
    for path in sorted(folder.glob("*.yaml")):
        if path.stem not in known:
            problems.append(Problem(path, None, "", f"names no known muscle {path.stem!r}"))
    if problems:
        raise ContentError(problems)
    return out


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
