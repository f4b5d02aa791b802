"""Are the step pictures physically sensible, and true to their words? Every keyframe of every
step, checked.

:func:`physical_problems` needs only the pictures; :func:`word_problems` reads each step's text
beside its picture (the side it names, the supports it names, both legs where it says both, a
lean drawn as a lean).
"""

from __future__ import annotations

import math
import re

from foamroll_gui.core.content.model import Content, Technique
from foamroll_gui.core.figure.contact import contact_point, contact_problems
from foamroll_gui.core.figure.joint_limits import joint_problems
from foamroll_gui.core.figure.kinematics import Body, solve
from foamroll_gui.core.figure.scene import Frame, Roller, Target
from foamroll_gui.core.figure.skeleton import limb_kind
from foamroll_gui.core.illustrations.arrows import (
    bend_belongs_to,
    implied_arrow,
    nearest_part,
    surface_distance,
)
from foamroll_gui.core.illustrations.step_poses import (
    Illustrations,
    StepPose,
    TechniquePoses,
    step_frame,
)

#: The target must press on the roller within this many degrees of its top: a body resting ON
#: the roller, not a roller lying beside it.
TOP_ARC = 45.0
#: How far (a fraction of the segment) the roller may stray past the ends of the target's span.
SPAN_SLACK = 0.02
#: A part the text lifts off the floor must be clearly clear of it (cm).
OFF_FLOOR_GAP = 2.0
#: A shin crossed over a knee (figure-4) rests on it with its ankle end, lying roughly level.
CROSSED_ANKLE_END = 0.7
CROSSED_SHIN_TILT = 35.0
#: ...its own knee dropped out to the side (no higher than the other knee, cm), and its foot not
#: pointing up (degrees above level), or it reads as a leg kicked in the air.
CROSSED_KNEE_RISE = 3.0
CROSSED_FOOT_RISE = 45.0
#: The far leg must show at least this far (cm) beside the near one where the text says both.
BOTH_LEGS_SHOW = 2.0


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
    lie across the knee, and a roll arrow drawn along another part than the target."""
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
                problems.extend(f"{where}: {problem}" for problem in found)
            frame = step_frame(step, technique.camera, technique.lateral, 0.0, False)
            problems.extend(f"{muscle}/{step_id}: {p}" for p in arrow_problems(frame, step))
    return problems


# -- true to the words ------------------------------------------------------------------------
#: Which of the body's sides is the near one, by camera (the drawn side, not mirrored): a
#: profile shows the figure's right side, a back view puts its right on the near side, a front
#: view its left.
NEAR_SIDE: dict[str, str] = {"profile": "right", "back": "right", "front": "left"}
_SENTENCE = re.compile(r"[^.!?]+")
_SIDE = re.compile(r"\b(right|left)\b")
#: A sentence that says what carries the body...
_SUPPORT_VERBS = re.compile(
    r"\b(floor|carry you|steady you|push with|pull with|press through|prop\w*|steer with"
    r"|walk your|flat)\b"
)
#: ...and the supports it names.
_SUPPORT = re.compile(r"\b(?:(right|left|both)\s+)?(forearms?|hands?|foot|feet)\b")
_SUPPORT_KIND = {
    "forearm": "forearm",
    "forearms": "forearm",
    "hand": "hand",
    "hands": "hand",
    "foot": "foot",
    "feet": "foot",
}
_BOTH_ON_ROLLER = re.compile(r"\b(thighs|shins|calves)\b")
_BOTH_SEGMENT = {"thighs": "thigh", "shins": "shin", "calves": "shin"}
_BOTH_LEGS = re.compile(r"\b(thighs|shins|calves|knees|heels|both legs)\b")
_CROSS = re.compile(r"\bcross your (right|left) ankle over your (right|left) knee\b")
_REPEAT = re.compile(r"\brepeat every step on the (right|left)\b")
_LEAN = re.compile(r"\blean\b")
_PASSES = re.compile(r"\bpass(es)?\b")
_LEG_ON_FLOOR = re.compile(r"\brest the inside of your (right|left) leg on the floor\b")
#: A lower leg lying on the floor: both its ends within this of the floor (cm).
LYING_GAP = 2.0
_BEND_KNEE = re.compile(r"\bbend your (?:right |left )?knees?\b")
_PLANTED = re.compile(r"\b(right|left) foot\b[^.]*\bin front of your (right|left) knee\b")
#: A foot planted in front of a knee: on the floor, beside the knee along the body (cm), and
#: clearly nearer the body's front than the knee (cm).
PLANTED_REACH = 20.0
PLANTED_AHEAD = 10.0


def _limb(technique: TechniquePoses, side: str | None) -> str | None:
    """``near`` or ``far``: the limbs of the body's ``side`` in the drawn picture (None: unknown
    camera or no side named)."""
    near = NEAR_SIDE.get(technique.camera)
    if near is None or side is None:
        return None
    return "near" if side == near else "far"


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text.lower()) if s.strip()]


def support_problems(text: str, step: StepPose, technique: TechniquePoses) -> list[str]:
    """The hands, forearms and feet the text says carry the body must rest on the floor."""
    floor = set(step.rests_map().get("floor", ()))
    problems: list[str] = []
    for sentence in _sentences(text):
        if not _SUPPORT_VERBS.search(sentence):
            continue
        for side, word in _SUPPORT.findall(sentence):
            kind = _SUPPORT_KIND[word]
            both = word != kind or side == "both"
            limb = _limb(technique, side or None)
            if both:
                wanted = {f"near_{kind}", f"far_{kind}"}
                missing = sorted(wanted - floor)
            elif limb is not None:
                missing = [] if f"{limb}_{kind}" in floor else [f"{limb}_{kind}"]
            else:
                missing = [] if floor & {f"near_{kind}", f"far_{kind}"} else [f"a {kind}"]
            if missing:
                problems.append(
                    f"the text names {(side + ' ') if side else ''}{word} as a support "
                    f"({sentence!r}) but {', '.join(missing)} does not rest on the floor"
                )
    return problems


def _far_leg_shows(body: Body) -> bool:
    """Whether some of the far leg shows beside the near leg (not hidden right behind it)."""
    near = ("near_thigh", "near_shin", "near_foot")
    for name in ("far_thigh", "far_shin", "far_foot"):
        capsule = body.capsule(name)
        for i in range(11):
            point = capsule.point_at(i / 10)
            if all(surface_distance(body, n, point.x, point.y) >= BOTH_LEGS_SHOW for n in near):
                return True
    return False


def both_legs_problems(text: str, step: StepPose, technique: TechniquePoses) -> list[str]:
    """Where the text names both thighs, shins, knees or heels, both legs are drawn (and both
    rest on the roller where it puts them there)."""
    problems: list[str] = []
    roller = set(step.rests_map().get("roller", ()))
    for sentence in _sentences(text):
        if "roller" not in sentence:
            continue
        for word in _BOTH_ON_ROLLER.findall(sentence):
            segment = _BOTH_SEGMENT[word]
            missing = sorted({f"near_{segment}", f"far_{segment}"} - roller)
            if missing:
                problems.append(f"the text puts both {word} on the roller but not {missing}")
    if _BOTH_LEGS.search(text.lower()):
        # the keyframes and the frames between them: legs that cross mid-way hide one another
        phases = (0.0, 0.25, 0.5, 0.75, 1.0) if step.animated else (0.0,)
        for phase in phases:
            if not _far_leg_shows(solve(step.pose_at(phase), technique.lateral)):
                problems.append(
                    f"[phase {phase:.2f}] the text names both legs but the far leg is hidden "
                    "behind the near one"
                )
    return problems


def side_problems(technique: Technique, poses: TechniquePoses) -> list[str]:
    """One-sided pictures are drawn for the side the words work first, the switch step for the
    other one, and a crossed ankle is the one the text crosses."""
    side = poses.side
    if side is None:
        return []
    problems: list[str] = []
    segment = poses.steps[next(iter(poses.steps))].target.segment
    limb = _limb(poses, side)
    drawn_limb = segment.split("_", 1)[0]
    if limb is not None and drawn_limb in ("near", "far") and drawn_limb != limb:
        problems.append(f"drawn for the {side} side, but the target {segment} is the other side's")
    for step in technique.steps:
        picture = poses.step(step.id)
        if step.kind == "switch":
            for named in _REPEAT.findall(step.text.lower()):
                if named == side or not picture.other_side:
                    problems.append(f"{step.id}: the text switches to the {named} side")
            continue
        for sentence in _sentences(step.text):
            if "roller" in sentence:
                for named in _SIDE.findall(sentence):
                    if named != side:
                        problems.append(
                            f"{step.id}: the text puts the {named} side on the roller "
                            f"({sentence!r}) but the picture is drawn for the {side} side"
                        )
            for ankle, knee in _CROSS.findall(sentence):
                shin, under = _limb(poses, ankle), _limb(poses, knee)
                rests = picture.rests_map()
                if shin and under and f"{shin}_shin" not in rests.get(f"{under}_knee", ()):
                    problems.append(
                        f"{step.id}: the text crosses the {ankle} ankle over the {knee} knee, "
                        f"but {shin}_shin does not rest on {under}_knee"
                    )
    return problems


def planted_problems(text: str, step: StepPose, technique: TechniquePoses) -> list[str]:
    """A foot the text plants in front of a knee is drawn on the floor, in front of that knee."""
    problems: list[str] = []
    toward_front = {"front": 1.0, "back": -1.0}.get(technique.camera)
    for foot_side, knee_side in _PLANTED.findall(text.lower()):
        foot_limb, knee_limb = _limb(technique, foot_side), _limb(technique, knee_side)
        if foot_limb is None or knee_limb is None or toward_front is None:
            continue
        for index, pose in enumerate(step.keyframes):
            body = solve(pose, technique.lateral)
            foot = body.capsule(f"{foot_limb}_foot")
            knee = body.joint(f"{knee_limb}_knee")
            middle = foot.point_at(0.5)
            ahead = (middle.z - knee.z) * toward_front
            if (
                foot.floor_gap() > 1.5
                or abs(middle.x - knee.x) > PLANTED_REACH
                or ahead < PLANTED_AHEAD
            ):
                problems.append(
                    f"[{index}] the text plants the {foot_side} foot in front of the {knee_side} "
                    f"knee, but {foot_limb}_foot is {foot.floor_gap():.0f} cm off the floor, "
                    f"{abs(middle.x - knee.x):.0f} cm along the body from it and {ahead:.0f} cm "
                    f"in front of it (at most 1.5, {PLANTED_REACH:.0f}; at least "
                    f"{PLANTED_AHEAD:.0f})"
                )
    return problems


def passes_problems(text: str, step: StepPose) -> list[str]:
    """A step whose text rolls passes shows the body travelling over the roller."""
    if not _PASSES.search(text.lower()):
        return []
    first, last = step.keyframes[0].root, step.keyframes[-1].root
    if math.hypot(last[0] - first[0], last[1] - first[1]) < 1.0:
        return ["the text rolls passes but the body does not travel over the roller"]
    return []


def leg_on_floor_problems(text: str, step: StepPose, technique: TechniquePoses) -> list[str]:
    """A leg the text rests on the floor lies there: its knee and the length of its shin."""
    problems: list[str] = []
    for side in _LEG_ON_FLOOR.findall(text.lower()):
        limb = _limb(technique, side)
        if limb is None:
            continue
        for index, pose in enumerate(step.keyframes):
            shin = solve(pose, technique.lateral).capsule(f"{limb}_shin")
            highest = max(shin.a.y - shin.ra, shin.b.y - shin.rb)
            if highest > LYING_GAP:
                problems.append(
                    f"[{index}] the text rests the {side} leg on the floor, but {limb}_shin rises "
                    f"{highest:.0f} cm off it (at most {LYING_GAP:.0f})"
                )
    return problems


def knee_problems(text: str, step: StepPose) -> list[str]:
    """A move step that bends the knee shows the shin swinging about the knee."""
    if not _BEND_KNEE.search(text.lower()):
        return []
    spec = step.arrow or implied_arrow(step.keyframes, step.target.segment)
    if spec is None or spec.kind != "bend" or limb_kind(spec.segment) != "shin":
        drawn = "no arrow" if spec is None else f"a {spec.kind} of {spec.segment}"
        return [f"the text bends the knee but the picture shows {drawn}"]
    return []


def lean_problems(text: str, step: StepPose) -> list[str]:
    """A move step that changes a lean shows it as a tilt of the trunk (a bend arc between two
    keyframes), not as a turn about the trunk's own axis."""
    if not _LEAN.search(text.lower()):
        return []
    arrow = step.arrow
    if not step.animated or arrow is None or arrow.kind != "bend":
        return ["the text changes a lean: draw two keyframes and a bend arrow of the trunk"]
    if arrow.segment not in ("pelvis", "torso"):
        return [f"the text changes a lean but the arrow bends {arrow.segment}"]
    return []


def word_problems(content: Content, illustrations: Illustrations) -> list[str]:
    """Every step picture that disagrees with its words, as ``muscle/step: problem``."""
    problems: list[str] = []
    for muscle, poses in illustrations.items():
        technique = content.techniques.get(muscle)
        if technique is None:
            continue
        problems.extend(f"{muscle}: {p}" for p in side_problems(technique, poses))
        for step in technique.steps:
            picture = poses.step(step.id)
            found: list[str] = []
            if step.kind != "switch":
                found += support_problems(step.text, picture, poses)
                found += both_legs_problems(step.text, picture, poses)
                found += planted_problems(step.text, picture, poses)
                found += passes_problems(step.text, picture)
                found += leg_on_floor_problems(step.text, picture, poses)
            if step.kind == "move":
                found += lean_problems(step.text, picture)
                found += knee_problems(step.text, picture)
            problems.extend(f"{muscle}/{step.id}: {p}" for p in found)
    return problems
