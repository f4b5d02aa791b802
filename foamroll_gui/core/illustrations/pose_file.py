"""Reading ``content/poses/<muscle>.yaml`` into
:class:`~foamroll_gui.core.illustrations.step_poses.TechniquePoses`.

One file per technique, one entry per step id::

    muscle: calves
    view: side            # the camera: side (in profile), front or back
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

A step whose text lifts something clear of the floor says so with ``off_floor: [near_foot,
far_foot]``; the checks then require those parts to be off the floor.

``mark: none`` (optional, per step; the default is ``auto``) draws the step with no mark at all:
no movement arrow and, on a hold, no press onto the target. Use it where a press cannot be
drawn so that it reads as pressing (seen from above, an arrow down reads as "slide along";
rings read as "make circles", arcs as "vibration"): a hold with no mark reads as "hold still
on this spot", which is what a hold's words say. A ``like:`` step keeps its model's ``mark``
unless it gives its own.

``camera: oblique`` (optional, top level or per step; the default is ``flat``) draws a side
view obliquely, as in a technical drawing: whatever lies further from the viewer is drawn up
and back, and the roller is a cylinder whose length shows (see
:mod:`~foamroll_gui.core.figure.oblique`). Use it where both legs lie on the roller: in a flat
profile the far leg hides behind the near one and reads as stacked or lifted. The pose is
still solved and checked as a profile. A ``like:`` step keeps its model's camera unless it
gives its own.

``cross: far_leg`` (optional, per step; ignored in a flat picture) draws a stacked far leg
crossed over the near one: its knee, lower leg and foot at the near leg's depth, lying on top
of it, its thigh running across from its own hip (a stacked leg kept at its hip's depth reads
as held up behind). Drawing only; a ``like:`` step keeps its model's value unless it gives its
own.

``scale: shared`` (optional, top level) draws every step at one scale and position, so a step
whose body travels far does not look smaller than the others.

Angles are in the orientation described in :mod:`foamroll_gui.core.figure.pose`. Kept apart
from :mod:`~foamroll_gui.core.illustrations.step_poses` so that using pictures (from the
start-up cache) never imports the YAML machinery. Bad data raises :class:`ContentError` naming
file, line and field; :func:`load_illustrations` collects the problems of every file before
raising.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path
from typing import cast

from foamroll_gui.core.content.model import SIDES, Content, Side, Technique
from foamroll_gui.core.content.yaml_source import Node, load_yaml_file
from foamroll_gui.core.errors import ContentError, Problem
from foamroll_gui.core.figure.pose import Pose
from foamroll_gui.core.figure.scene import ArrowKind, Camera, Roller, Target
from foamroll_gui.core.figure.skeleton import PARTS, SEGMENTS
from foamroll_gui.core.illustrations.arrows import ArrowSpec
from foamroll_gui.core.illustrations.step_poses import (
    DEFAULT_PASS_SECONDS,
    MARKS,
    Mark,
    StepPose,
    TechniquePoses,
)

#: The file's word for each camera (``view: side`` is a profile).
CAMERA_WORDS: dict[str, Camera] = {"side": "profile", "front": "front", "back": "back"}
#: How a side view is drawn (``camera:``): flat, or oblique (depth shows).
DRAWINGS = ("flat", "oblique")

_LIMBS = {
    "trunk": ("pelvis", "torso", "neck", "head"),
    "near_arm": ("near_upper_arm", "near_forearm", "near_hand"),
    "far_arm": ("far_upper_arm", "far_forearm", "far_hand"),
    "near_leg": ("near_thigh", "near_shin", "near_foot"),
    "far_leg": ("far_thigh", "far_shin", "far_foot"),
}


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


def _oblique(node: Node, camera: Camera) -> bool:
    """Whether ``node``'s ``camera`` (absent: flat) draws its pictures obliquely; only a side
    view can be."""
    if not node.has("camera"):
        return False
    field = node["camera"]
    oblique = field.choice(DRAWINGS) == "oblique"
    if oblique and camera != "profile":
        field.fail("can be 'oblique' only for a side view (view: side)")
    return oblique


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
    doc.mapping(
        {"muscle", "view", "target", "steps"},
        {"side", "lateral", "roller", "scale", "camera"},
    )
    muscle = doc["muscle"].identifier()
    if muscle != path.stem:
        doc["muscle"].fail(f"is {muscle!r} but the file is named {path.name!r}")
    if muscle != technique.muscle:
        doc["muscle"].fail(f"does not match the technique {technique.muscle!r}")
    camera = CAMERA_WORDS[doc["view"].choice(tuple(CAMERA_WORDS))]
    lateral = (
        _number(doc["lateral"], low=0, high=1)
        if doc.has("lateral")
        else (1.0 if camera != "profile" else 0.0)
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
    shared_scale = doc.has("scale") and doc["scale"].choice(("step", "shared")) == "shared"
    roller_x = _number(doc["roller"], low=-500, high=500) if doc.has("roller") else 0.0
    target = _target(doc["target"])
    oblique = _oblique(doc, camera)

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
                "off_floor",
                "mark",
                "camera",
                "cross",
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
            off_floor=tuple(_part(item) for item in node["off_floor"].items())
            if node.has("off_floor")
            else (),
            mark=cast(Mark, node["mark"].choice(MARKS)) if node.has("mark") else "auto",
            oblique=_oblique(node, camera) if node.has("camera") else oblique,
            cross=node["cross"].choice(("far_leg", "none")) == "far_leg"
            if node.has("cross")
            else False,
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
            off_floor=mine.off_floor if node.has("off_floor") else base.off_floor,
            mark=mine.mark if node.has("mark") else base.mark,
            oblique=mine.oblique if node.has("camera") else base.oblique,
            cross=mine.cross if node.has("cross") else base.cross,
        )
    for step_id, step in raw.items():
        if step.cross and not step.oblique:  # crossing is drawn only obliquely
            raw[step_id] = replace(step, cross=False)
    return TechniquePoses(
        muscle=muscle,
        camera=camera,
        lateral=lateral,
        side=side,
        steps={s: raw[s] for s in known},
        source=path,
        shared_scale=shared_scale,
    )


def load_illustrations(folder: Path, content: Content) -> dict[str, TechniquePoses]:
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
