"""Pose values written as in ``content/poses`` (kept from pictures found wrong in review),
shipped pictures with one step put back to them, and the solved bodies of a step's keyframes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from foamroll_gui.core.figure.kinematics import Body, solve
from foamroll_gui.core.figure.pose import Pose
from foamroll_gui.core.illustrations.arrows import surface_distance
from foamroll_gui.core.illustrations.step_poses import StepPose, TechniquePoses

_LIMBS = {
    "trunk": ("pelvis", "torso", "neck", "head"),
    "near_arm": ("near_upper_arm", "near_forearm", "near_hand"),
    "far_arm": ("far_upper_arm", "far_forearm", "far_hand"),
    "near_leg": ("near_thigh", "near_shin", "near_foot"),
    "far_leg": ("far_thigh", "far_shin", "far_foot"),
}


def as_pose(data: Mapping[str, object]) -> Pose:
    """A pose written as in ``content/poses`` (far limbs default to the near ones)."""
    angles: dict[str, float] = {}
    for key, names in _LIMBS.items():
        source = key if key in data else key.replace("far_", "near_")
        values = data[source]
        assert isinstance(values, tuple)
        angles.update(zip(names, (float(v) for v in values), strict=True))
    root = data["root"]
    depth = data.get("depth", {})
    assert isinstance(root, tuple) and isinstance(depth, dict)
    return Pose.from_mapping((root[0], root[1]), angles, depth)


def with_step(
    poses: Mapping[str, TechniquePoses], muscle: str, step: StepPose
) -> dict[str, TechniquePoses]:
    """Just ``muscle``, with one step replaced."""
    technique = poses[muscle]
    return {muscle: replace(technique, steps={**technique.steps, step.step_id: step})}


def with_keyframes(
    poses: Mapping[str, TechniquePoses], muscle: str, step_id: str, *frames: Pose
) -> dict[str, TechniquePoses]:
    """Just ``muscle``, with the keyframes of one step put back to ``frames``."""
    step = poses[muscle].step(step_id)
    return with_step(poses, muscle, replace(step, keyframes=frames))


def keyframe_bodies(technique: TechniquePoses, step_id: str) -> list[Body]:
    """Every keyframe of a step, solved as the picture draws it."""
    return [solve(pose, technique.lateral) for pose in technique.step(step_id).keyframes]


def outline_gap(body: Body, part: str, other: str) -> float:
    """The least distance (cm) between the outlines of two parts as drawn (negative: they
    overlap)."""
    capsule = body.capsule(part)
    gaps = []
    for i in range(61):
        point = capsule.point_at(i / 60)
        gaps.append(surface_distance(body, other, point.x, point.y) - capsule.radius_at(i / 60))
    return min(gaps)


#: The lats setup shipped before its top arm came straight down beside the head (it came
#: within 0.6 cm of the head: one shape with the face) and the head rested on the bottom arm.
OLD_LATS_SETUP: Mapping[str, object] = {
    "root": (42.0, 25.0),
    "trunk": (175, 170, 175, 178),
    "near_arm": (-118, -108, 180),
    "far_arm": (180, 205, 180),
    "near_leg": (14, -58, 0),
    "far_leg": (-1, -1, -60),
    "depth": {
        "near_upper_arm": 43,
        "near_forearm": 13,
        "near_hand": 60,
        "near_thigh": 50,
        "near_shin": 15,
        "near_foot": 60,
        "far_foot": 60,
    },
}
