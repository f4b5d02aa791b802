"""Are the step pictures physically sensible? Every keyframe of every step, checked.

:func:`physical_problems` needs only the pictures; what the texts say is checked in
:mod:`~foamroll_gui.core.illustrations.word_checks`.
"""

from __future__ import annotations

import math

from foamroll_gui.core.figure.contact import contact_point, contact_problems
from foamroll_gui.core.figure.joint_limits import joint_problems
from foamroll_gui.core.figure.kinematics import Body, solve
from foamroll_gui.core.figure.scene import Camera, Frame, Roller, Target
from foamroll_gui.core.figure.skeleton import SEGMENTS, limb_kind
from foamroll_gui.core.illustrations.arrows import (
    MIN_SLIDE,
    bend_belongs_to,
    implied_arrow,
    nearest_part,
)
from foamroll_gui.core.illustrations.step_poses import (
    Illustrations,
    StepPose,
    step_frame,
)

#: The target must press on the roller within this many degrees of its top: a body resting ON
#: the roller, not a roller lying beside it.
TOP_ARC = 45.0
#: How far (a fraction of the segment) the roller may stray past the ends of the target's span.
SPAN_SLACK = 0.02
#: A part the text lifts off the floor must be clearly clear of it (cm).
OFF_FLOOR_GAP = 3.0
#: ...and a lifted foot by more: toes 7 cm up and pointing at the floor were still read as
#: "toes on the floor" at thumbnail size in review (cm).
LIFTED_FOOT_GAP = 10.0
#: A shin crossed over a knee (figure-4) rests on it with its ankle end, lying roughly level.
CROSSED_ANKLE_END = 0.7
CROSSED_SHIN_TILT = 35.0
#: ...its own knee dropped out to the side (no higher than the other knee, cm), and its foot not
#: pointing up (degrees above level), or it reads as a leg kicked in the air.
CROSSED_KNEE_RISE = 3.0
CROSSED_FOOT_RISE = 45.0
#: A leg stacked on the other ("stack your left leg on top of your right") rests its calf or
#: ankle ON the bottom shin: the ankle end of the top shin (from this fraction of its length)
#: must touch it, lying above it, with no gap wider than a resting part may float (cm).
STACKED_ANKLE_END = 0.7
STACKED_GAP = 1.5
#: Lying back over the roller, the head stays in line with the trunk: its centre no lower than
#: the base of the neck (cm), or it reads as a neck bent far back that a runner would copy.
HEAD_DROP = 2.0
#: ...and, seen in profile, held slightly raised (chin a little toward the chest): its centre at
#: least this far above the shoulders' line (cm). A head level with the shoulders, beyond the
#: roller, was read as "hanging back unsupported" in the round-4 blind review.
HEAD_LIFT = 3.0


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
        least = LIFTED_FOOT_GAP if limb_kind(part) == "foot" else OFF_FLOOR_GAP
        if gap < least:
            problems.append(
                f"{part} should be off the floor but is {gap:.1f} cm above it "
                f"(at least {least:.0f})"
            )
    return problems


def crossed_problems(body: Body, rests: dict[str, tuple[str, ...]]) -> list[str]:
    """A shin crossed over a knee (a figure-4) must rest on it with the ankle end and lie
    roughly level, so it reads as an ankle on a knee, not a leg kicked in the air."""
    problems: list[str] = []
    for surface, parts in rests.items():
        if not surface.endswith("_knee"):
            continue
        knee = body.joint(surface)
        for part in parts:
            if limb_kind(part) != "shin":
                continue
            shin = body.capsule(part)
            where, _ = shin.closest(knee.x, knee.y)
            if where < CROSSED_ANKLE_END:
                problems.append(
                    f"{part} crosses {surface} at {where:.2f} of its length: the ankle end "
                    f"(at least {CROSSED_ANKLE_END:.2f}) must rest on the knee"
                )
            angle = math.degrees(math.atan2(shin.b.y - shin.a.y, shin.b.x - shin.a.x))
            tilt = min(abs(angle), 180.0 - abs(angle))
            if tilt > CROSSED_SHIN_TILT:
                problems.append(
                    f"{part} crossed over {surface} is tilted {tilt:.0f} degrees (at most "
                    f"{CROSSED_SHIN_TILT:.0f}): it must lie across the knee, not point up"
                )
            rise = shin.a.y - knee.y
            if rise > CROSSED_KNEE_RISE:
                problems.append(
                    f"the knee of {part} is {rise:.0f} cm above {surface} (at most "
                    f"{CROSSED_KNEE_RISE:.0f}): a crossed knee drops out to the side"
                )
            foot = body.capsule(part.replace("shin", "foot"))
            lift = math.degrees(math.atan2(foot.b.y - foot.a.y, abs(foot.b.x - foot.a.x)))
            if lift > CROSSED_FOOT_RISE:
                problems.append(
                    f"the crossed foot points {lift:.0f} degrees up (at most "
                    f"{CROSSED_FOOT_RISE:.0f}): it reads as a leg kicked in the air"
                )
    return problems


def stacked_problems(body: Body, rests: dict[str, tuple[str, ...]]) -> list[str]:
    """A shin stacked on a shin must rest on it with its calf or ankle end, above it and
    touching: a top leg floating over the bottom one (or touching it only by the knee) reads as
    a leg held in the air."""
    problems: list[str] = []
    for surface, parts in rests.items():
        if surface not in SEGMENTS or limb_kind(surface) != "shin":
            continue
        base = body.capsule(surface)
        for part in parts:
            if limb_kind(part) != "shin":
                continue
            top = body.capsule(part)
            steps = 10
            gaps = []
            for i in range(steps + 1):
                t = STACKED_ANKLE_END + (1.0 - STACKED_ANKLE_END) * i / steps
                point = top.point_at(t)
                where, _ = base.closest(point.x, point.y)
                if point.y >= base.point_at(where).y:
                    gaps.append(base.circle_gap(point.x, point.y, top.radius_at(t)))
            gap = min(gaps, default=math.inf)
            if gap > STACKED_GAP:
                problems.append(
                    f"{part} floats {gap:.1f} cm above {surface} (at most {STACKED_GAP:.1f}): "
                    f"a stacked leg rests its calf or ankle on the other shin"
                )
    return problems


def head_problems(body: Body, rests: dict[str, tuple[str, ...]]) -> list[str]:
    """With the trunk on the roller, the head must not hang below the base of the neck."""
    if "torso" not in rests.get("roller", ()):
        return []
    drop = body.joint("neck").y - body.joint("head").y
    if drop > HEAD_DROP:
        return [
            f"the head hangs {drop:.1f} cm below the base of the neck (at most "
            f"{HEAD_DROP:.0f}): keep the head and neck in line with the trunk"
        ]
    return []


def held_head_problems(body: Body, rests: dict[str, tuple[str, ...]], camera: Camera) -> list[str]:
    """Lying back with the trunk on the roller (a profile), the head must be held a little
    above the shoulders' line, so it reads as held, not dropped."""
    if camera != "profile" or "torso" not in rests.get("roller", ()):
        return []
    shoulders = max(body.joint("near_shoulder").y, body.joint("far_shoulder").y)
    lift = body.joint("head").y - shoulders
    if lift < HEAD_LIFT:
        return [
            f"the head is {lift:.1f} cm above the shoulders' line (at least {HEAD_LIFT:.0f}): "
            f"raise it a little, chin toward the chest, so it reads as held, not dropped"
        ]
    return []


def arrow_problems(frame: Frame, step: StepPose) -> list[str]:
    """A roll arrow lies along the target (no other body part nearer to it); a bend arc lies by
    the limb that bends (not by another limb, such as a stacked leg's foot)."""
    arrow = frame.arrow
    spec = step.arrow or implied_arrow(step.keyframes, step.target.segment)
    if arrow is None or spec is None:
        return []
    if arrow.kind == "slide":
        x = (arrow.start[0] + arrow.end[0]) / 2.0
        y = (arrow.start[1] + arrow.end[1]) / 2.0
        nearest = nearest_part(frame.body, x, y)
        length = math.hypot(arrow.end[0] - arrow.start[0], arrow.end[1] - arrow.start[1])
        if length < MIN_SLIDE - 0.01:
            return [f"the roll arrow is {length:.0f} cm long (at least {MIN_SLIDE:.0f})"]
        if nearest != step.target.segment:
            return [
                f"the roll arrow lies along {nearest}, not along the target "
                f"{step.target.segment} (the part on the roller)"
            ]
    if (
        arrow.kind == "bend"
        and limb_kind(spec.segment) != spec.segment
        and not bend_belongs_to(arrow, spec.segment, frame.body)
    ):
        return [f"the bend arc of {spec.segment} lies nearer another part"]
    return []


def physical_problems(illustrations: Illustrations) -> list[str]:
    """Every keyframe that is not physically sensible, as ``muscle/step[i]: problem``: joints
    past their human range, supports that do not touch what they rest on, parts below the floor
    or pushed into the roller, a target muscle that is not on top of the roller or a roller past
    the target's span, parts the text lifts that touch the floor, a crossed shin that does not
    lie across the knee, a stacked leg that does not rest on the other shin, a head hanging
    back off the roller or not held above the shoulders, and a roll arrow drawn along another
    part than the target."""
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
                found += crossed_problems(body, rests)
                found += stacked_problems(body, rests)
                found += head_problems(body, rests)
                found += held_head_problems(body, rests, technique.camera)
                problems.extend(f"{where}: {problem}" for problem in found)
            frame = step_frame(step, technique.camera, technique.lateral, 0.0, False)
            problems.extend(f"{muscle}/{step_id}: {p}" for p in arrow_problems(frame, step))
    return problems
