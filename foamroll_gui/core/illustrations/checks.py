"""Are the step pictures physically sensible, and true to their words? Every keyframe of every
step, checked."""

from __future__ import annotations

import math

from foamroll_gui.core.figure.contact import contact_point, contact_problems
from foamroll_gui.core.figure.joint_limits import joint_problems
from foamroll_gui.core.figure.kinematics import Body, solve
from foamroll_gui.core.figure.scene import Roller, Target
from foamroll_gui.core.illustrations.step_poses import Illustrations, StepPose

#: The target must press on the roller within this many degrees of its top: a body resting ON
#: the roller, not a roller lying beside it.
TOP_ARC = 45.0
#: How far (a fraction of the segment) the roller may stray past the ends of the target's span.
SPAN_SLACK = 0.02
#: A part the text lifts off the floor must be clearly clear of it (cm).
OFF_FLOOR_GAP = 2.0


def angle_from_top(body: Body, segment: str, roller: Roller) -> float:
    """Degrees between straight up from the roller's centre and where ``segment`` presses on it
    (0: right on top, 90: beside it, 180: under it)."""
    cx, cy = roller.centre
    point = body.capsule(segment).point_at(contact_point(body, segment, roller))
    return math.degrees(math.atan2(abs(point.x - cx), point.y - cy))


def target_problems(body: Body, roller: Roller, target: Target) -> list[str]:
    """The target must lie on top of the roller, and the roller under the target's own span
    (not past it onto the joint at either end)."""
    problems: list[str] = []
    angle = angle_from_top(body, target.segment, roller)
    if angle > TOP_ARC:
        problems.append(
            f"the target {target.segment} presses on the roller {angle:.0f} degrees from its "
            f"top (at most {TOP_ARC:.0f}): the body must rest on the roller, not beside it"
        )
    where = contact_point(body, target.segment, roller)
    if not target.start - SPAN_SLACK <= where <= target.end + SPAN_SLACK:
        problems.append(
            f"the roller is at {where:.2f} of {target.segment}, outside the target's span "
            f"{target.start:.2f}..{target.end:.2f} (onto the joint)"
        )
    return problems


def off_floor_problems(body: Body, step: StepPose) -> list[str]:
    """Every part the step lifts off the floor must be clear of it."""
    problems: list[str] = []
    for part in step.off_floor:
        gap = body.part(part).floor_gap()
        if gap < OFF_FLOOR_GAP:
            problems.append(
                f"{part} should be off the floor but is {gap:.1f} cm above it "
                f"(at least {OFF_FLOOR_GAP:.0f})"
            )
    return problems


def physical_problems(illustrations: Illustrations) -> list[str]:
    """Every keyframe that is not physically sensible, as ``muscle/step[i]: problem``: joints
    past their human range, supports that do not touch what they rest on, parts below the floor
    or pushed into the roller, a target muscle that is not on top of the roller or a roller past
    the target's span, and parts the text lifts that touch the floor."""
    problems: list[str] = []
    for muscle, technique in illustrations.items():
        for step_id, step in technique.steps.items():
            rests = step.rests_map()
            for index, pose in enumerate(step.keyframes):
                where = f"{muscle}/{step_id}[{index}]"
                body = solve(pose, technique.lateral)
                found = joint_problems(pose, technique.camera)
                found += contact_problems(body, step.roller, rests)
                roller_parts = rests.get("roller", ())
                if roller_parts and step.target.segment not in roller_parts:
                    found.append(f"the target {step.target.segment} is not on the roller")
                elif roller_parts:
                    found += target_problems(body, step.roller, step.target)
                found += off_floor_problems(body, step)
                problems.extend(f"{where}: {problem}" for problem in found)
    return problems
