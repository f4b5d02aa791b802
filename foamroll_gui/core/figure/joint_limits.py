"""Human joint ranges, and the joints of a pose that go past them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from foamroll_gui.core.figure.geometry import angle_between, wrap
from foamroll_gui.core.figure.pose import Pose
from foamroll_gui.core.figure.scene import Camera
from foamroll_gui.core.figure.skeleton import JOINTS, LIMB_SIDES, Joint


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


def _every_joint() -> Iterator[tuple[str, Joint, str]]:
    """``(key, joint, limb side)``: the trunk's joints, then each limb's (``near_knee``...)."""
    for joint in JOINTS:
        if not joint.in_limb:
            yield joint.name, joint, ""
    for limb_side in LIMB_SIDES:
        for joint in JOINTS:
            if joint.in_limb:
                yield f"{limb_side}_{joint.name}", joint, limb_side


def _signed(pose: Pose, joint: Joint, limb_side: str) -> float:
    parent, child = joint.segments(limb_side)
    return wrap(joint.flexion * (pose.angle(child) - pose.angle(parent)) - joint.rest)


def joint_angles(pose: Pose) -> dict[str, float]:
    """The joint angles of a pose in profile (sign tells flexion from extension).

    Keys are ``near_knee``, ``far_hip``, ``spine`` ... Only meaningful for segments lying in
    the picture plane; see :func:`joint_problems` for poses with depth.
    """
    return {key: _signed(pose, joint, side) for key, joint, side in _every_joint()}


def joint_problems(pose: Pose, camera: Camera = "profile") -> list[str]:
    """Every joint of the pose outside its human range, as readable sentences.

    In profile with every segment in the picture plane, the signed angles are checked (so a
    knee bent backwards is caught). Where a segment leans out of the picture or the camera is
    in front or behind, the picture-plane sign means nothing, so the size of the 3-D bend is
    checked.
    """
    limits = {limit.name: limit for limit in JOINT_LIMITS}
    problems: list[str] = []
    for key, joint, limb_side in _every_joint():
        limit = limits[joint.name]
        parent, child = joint.segments(limb_side)
        has_depth = pose.depth(parent) != 0 or pose.depth(child) != 0
        if camera == "profile" and not has_depth:
            value = _signed(pose, joint, limb_side)
            if not limit.low - _SLACK <= value <= limit.high + _SLACK:
                problems.append(
                    f"{key} is at {value:.0f} degrees (allowed {limit.low:.0f} to {limit.high:.0f})"
                )
            continue
        size = _bend_3d(pose, joint, limb_side)
        reach = max(abs(limit.low), abs(limit.high))
        if size > reach + _SLACK:
            problems.append(f"{key} bends {size:.0f} degrees (at most {reach:.0f})")
    return problems


def _bend_3d(pose: Pose, joint: Joint, limb_side: str) -> float:
    """How far a joint is bent from its rest, in 3-D (an ankle at rest is at right angles)."""
    parent, child = joint.segments(limb_side)
    base = pose.direction(parent)
    if joint.rest == 180.0:
        base = base.scaled(-1.0)
    bend = angle_between(base, pose.direction(child))
    if joint.rest == 90.0:
        # the shin points from knee to ankle, so pointed toes close the angle (plantarflexion,
        # up to 65 degrees) and toes pulled up open it (dorsiflexion, up to 35): scaled so
        # both compare with the 65 of the larger side
        return 90.0 - bend if bend <= 90.0 else (bend - 90.0) * 65.0 / 35.0
    return bend
