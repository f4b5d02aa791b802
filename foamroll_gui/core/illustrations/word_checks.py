"""Are the step pictures true to their words? Each step's text read beside its picture: the
side it works, the supports it names, both legs where it says both, a foot planted in front of
a knee, a leg resting on the floor, rolling passes, a lean, a knee bend and ankle circles."""

from __future__ import annotations

import math
import re

from foamroll_gui.core.content.model import Content, Technique
from foamroll_gui.core.figure.geometry import wrap
from foamroll_gui.core.figure.kinematics import Body, solve
from foamroll_gui.core.figure.skeleton import limb_kind
from foamroll_gui.core.illustrations.arrows import implied_arrow, surface_distance
from foamroll_gui.core.illustrations.step_poses import Illustrations, StepPose, TechniquePoses

#: The far leg must show at least this far (cm) beside the near one where the text says both.
BOTH_LEGS_SHOW = 2.0

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
#: A lean towards one side (not back or forward): a side view cannot show it.
_LEAN_SIDEWAYS = re.compile(r"\blean\b[^.]*\b(toward|towards|to) the (crossed|right|left)\b")
_PASSES = re.compile(r"\bpass(es)?\b")
_LEG_ON_FLOOR = re.compile(r"\brest the inside of your (right|left) leg on the floor\b")
#: A lower leg lying on the floor: both its ends within this of the floor (cm).
LYING_GAP = 2.0
_CIRCLES = re.compile(r"\bcircles with your (right|left) foot\b")
_SIDE_LYING = re.compile(r"\blie on your (right|left) side\b")
#: Lying on the side, the head stays in line with the trunk (degrees), or the figure reads as
#: crawling on all fours with the head hanging.
HEAD_IN_LINE = 15.0
#: ...and is seen from the front, the chest (and face) towards the viewer: seen from behind it
#: read as face down or twisted in review.
SIDE_LYING_LATERAL = 0.9
_HUG = re.compile(r"\bcross your arms over your chest\b")
_BEHIND_HEAD = re.compile(r"\bbehind your head\b")
#: Arms crossed over the chest: each hand ends at a shoulder (cm), or it reads as reaching.
HUG_REACH = 12.0
#: Hands behind the head: each wrist within the head's outline and the hand off the floor
#: (cm), or it reads as hands on the floor beside the head.
HANDS_UP = 3.0
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


def circle_problems(text: str, step: StepPose, technique: TechniquePoses) -> list[str]:
    """A foot the text draws circles with is circled by the arrow and moves in the picture."""
    problems: list[str] = []
    for side in _CIRCLES.findall(text.lower()):
        limb = _limb(technique, side)
        spec = step.arrow
        if spec is None or spec.kind != "circle" or (limb and spec.segment != f"{limb}_foot"):
            problems.append(f"the text circles the {side} foot but the arrow does not")
            continue
        first = step.keyframes[0].angle(spec.segment)
        if max(abs(wrap(pose.angle(spec.segment) - first)) for pose in step.keyframes) < 10.0:
            problems.append(f"the text circles the {side} foot but it stays still")
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


def lean_problems(text: str, step: StepPose, camera: str) -> list[str]:
    """A move step that changes a lean shows it as a tilt of the trunk (a bend arc between two
    keyframes), not as a turn about the trunk's own axis; a lean to one side is not drawn
    from the side."""
    if not _LEAN.search(text.lower()):
        return []
    arrow = step.arrow
    if not step.animated or arrow is None or arrow.kind != "bend":
        return ["the text changes a lean: draw two keyframes and a bend arrow of the trunk"]
    if arrow.segment not in ("pelvis", "torso"):
        return [f"the text changes a lean but the arrow bends {arrow.segment}"]
    if camera == "profile" and _LEAN_SIDEWAYS.search(text.lower()):
        return [
            "the text changes a lean to one side, which a side view cannot show (the arc "
            "reads as rocking back): draw it from the front or word it as a lean back"
        ]
    return []


def side_lying_problems(technique: Technique, poses: TechniquePoses) -> list[str]:
    """Where the text lies the runner on one side, the picture is seen from the front and every
    keyframe keeps the head in line with the trunk."""
    if not any(_SIDE_LYING.search(step.text.lower()) for step in technique.steps):
        return []
    problems: list[str] = []
    if poses.camera != "front" or poses.lateral < SIDE_LYING_LATERAL:
        problems.append(
            f"every step: lying on the side is seen from the {poses.camera} (lateral "
            f"{poses.lateral:.2f}): show it from the front, the chest towards the viewer "
            f"(lateral at least {SIDE_LYING_LATERAL:.1f}), or it reads as face down or twisted"
        )
    for step_id, step in poses.steps.items():
        for index, pose in enumerate(step.keyframes):
            bend = abs(wrap(pose.angle("neck") - pose.angle("torso")))
            if bend > HEAD_IN_LINE:
                problems.append(
                    f"{step_id}[{index}]: lying on the side, the neck bends {bend:.0f} degrees "
                    f"from the trunk (at most {HEAD_IN_LINE:.0f}): it reads as crawling"
                )
    return problems


def arms_problems(text: str, step: StepPose, technique: TechniquePoses) -> list[str]:
    """Arms the text crosses over the chest end at the shoulders; hands it puts behind the head
    are there, off the floor."""
    hug, behind = _HUG.search(text.lower()), _BEHIND_HEAD.search(text.lower())
    problems: list[str] = []
    for index, pose in enumerate(step.keyframes if hug or behind else ()):
        body = solve(pose, technique.lateral)
        head, radius = body.joint("head"), body.capsule("head").ra
        for limb in ("near", "far"):
            tip = body.capsule(f"{limb}_hand").b
            if hug:
                reach = min(
                    math.hypot(tip.x - joint.x, tip.y - joint.y)
                    for joint in (body.joint("near_shoulder"), body.joint("far_shoulder"))
                )
                if reach > HUG_REACH:
                    problems.append(
                        f"[{index}] the text crosses the arms over the chest, but {limb}_hand "
                        f"ends {reach:.0f} cm from a shoulder (at most {HUG_REACH:.0f})"
                    )
            if behind:
                wrist = body.joint(f"{limb}_wrist")
                off = math.hypot(wrist.x - head.x, wrist.y - head.y)
                gap = body.capsule(f"{limb}_hand").floor_gap()
                if off > radius or gap < HANDS_UP:
                    problems.append(
                        f"[{index}] the text puts the hands behind the head, but {limb}_wrist is "
                        f"{off:.0f} cm from its centre (at most {radius:.0f}) and the hand "
                        f"{gap:.1f} cm off the floor (at least {HANDS_UP:.0f})"
                    )
    return problems


def word_problems(content: Content, illustrations: Illustrations) -> list[str]:
    """Every step picture that disagrees with its words, as ``muscle/step: problem``."""
    problems: list[str] = []
    for muscle, poses in illustrations.items():
        technique = content.techniques.get(muscle)
        if technique is None:
            continue
        problems.extend(f"{muscle}: {p}" for p in side_problems(technique, poses))
        problems.extend(f"{muscle}/{p}" for p in side_lying_problems(technique, poses))
        for step in technique.steps:
            picture = poses.step(step.id)
            found: list[str] = []
            if step.kind != "switch":
                found += support_problems(step.text, picture, poses)
                found += both_legs_problems(step.text, picture, poses)
                found += planted_problems(step.text, picture, poses)
                found += passes_problems(step.text, picture)
                found += leg_on_floor_problems(step.text, picture, poses)
                found += arms_problems(step.text, picture, poses)
            if step.kind == "move":
                found += lean_problems(step.text, picture, poses.camera)
                found += knee_problems(step.text, picture)
                found += circle_problems(step.text, picture, poses)
            problems.extend(f"{muscle}/{step.id}: {p}" for p in found)
    return problems
