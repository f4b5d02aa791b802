"""Round 6 of the blind review on the quadriceps and shins pictures, as pose facts: "you can't
tell if both thighs are on the roller (the far one is hidden)" (10, 15, 46, 48); "I can't tell
whether one or both shins are on the roller ... only a lifted dark foot shows" (03, 11, 45, 59).

The words put both legs on the roller in every step, so in every step the far leg's part on
the roller (the far thigh, the far shin) must show beside the near one, as it is drawn: far
limbs thinner (the painter's ``FAR_THICKNESS``), a lower leg with its calf at its back (the
painter's ``calf_bulge``), hidden wherever a nearer part is drawn over it. Each fact is checked
on the shipped pictures and shown to fail on the old values.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence

import pytest

from foamroll_gui.core.content.model import Content
from foamroll_gui.core.figure.contact import ROLLER_GAP, ROLLER_SQUASH, roller_gap
from foamroll_gui.core.figure.kinematics import Body, Capsule, solve
from foamroll_gui.core.figure.pose import Pose
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from tests.core.pose_data import as_pose

#: The part of the far leg on the roller, per muscle, and the steps whose words put both legs
#: there (both thighs, shins, knees ...).
ON_ROLLER = {"quadriceps": "far_thigh", "shins": "far_shin"}
STEPS = {
    "quadriceps": ("setup", "roll", "hold", "heel-to-butt"),
    "shins": ("setup", "roll", "hold", "rock"),
}
_BOTH = re.compile(r"\b(both|thighs|shins|knees|kneecaps)\b")

#: The far leg's part on the roller shows this much of itself (cm² in the picture) beside the
#: nearer parts drawn over it: a band 2 cm wide along 12 cm of it, at least.
SHOWS = 24.0
#: As the painter draws them (foamroll_gui/ui/figure_parts.py): far limbs this much thinner, and
#: a lower leg's calf an oval at its back (centred this share down the shin, out by this share
#: of its thickness, this long a share of the shin and this wide a share of its thickness).
FAR_THICKNESS = 0.84
CALF_AT, CALF_OUT, CALF_ALONG, CALF_ACROSS = 0.36, 0.8, 0.3, 0.85
#: The picture is sampled on a grid this fine (cm).
GRID = 0.5

# The values shipped before round 7 (content/poses/quadriceps.yaml and shins.yaml): the far leg
# right behind the near one, only its lower leg or foot bent a little apart.
OLD_QUADRICEPS_SETUP = {
    "root": (13.2, 23.2),
    "trunk": (10, 16, -25, -30),
    "near_arm": (-90, 0, 0),
    "near_leg": (187, 172, 199),
    "far_leg": (187, 164, 191),
}
OLD_QUADRICEPS_ROLL_END = {
    "root": (34.1, 25.8),
    "trunk": (8, 12, -25, -30),
    "near_arm": (-90, 0, 0),
    "near_leg": (189, 174, 201),
    "far_leg": (189, 166, 193),
}
OLD_SHINS_SETUP = {
    "root": (38.1, 49.1),
    "trunk": (11, 14, -20, -30),
    "near_arm": (-91, -90, 0),
    "near_leg": (-92, 161, 190),
    "far_leg": (-92, 161, 210),
}
OLD_SHINS_HOLD = {
    "root": (22.2, 56.6),
    "trunk": (4, 3, -22, -30),
    "near_arm": (-86, -85, 0),
    "near_leg": (-89, 166, 192),
    "far_leg": (-89, 166, 212),
}

Inside = Callable[[float, float], bool]


def _in_capsule(capsule: Capsule, k: float) -> Inside:
    def inside(x: float, y: float) -> bool:
        t, distance = capsule.closest(x, y)
        return distance <= capsule.radius_at(t) * k

    return inside


def _in_calf(body: Body, shin: str, k: float) -> Inside:
    """The calf as the painter draws it: at the back of the shin, the side away from the toes."""
    c = body.capsule(shin)
    foot = body.capsule(shin.replace("shin", "foot"))
    drawn = math.hypot(c.b.x - c.a.x, c.b.y - c.a.y) or 1.0
    ux, uy = (c.b.x - c.a.x) / drawn, (c.b.y - c.a.y) / drawn
    fx, fy = foot.b.x - foot.a.x, foot.b.y - foot.a.y
    nx, ny = (uy, -ux) if ux * fy - uy * fx > 0 else (-uy, ux)
    seen = min(1.0, max(0.4, math.hypot(fx, fy) / (foot.length() or 1.0)))
    r = c.radius_at(CALF_AT)
    centre = c.point_at(CALF_AT)
    cx, cy = centre.x + nx * r * CALF_OUT * seen, centre.y + ny * r * CALF_OUT * seen
    along, across = drawn * CALF_ALONG, r * CALF_ACROSS * k

    def inside(x: float, y: float) -> bool:
        dx, dy = x - cx, y - cy
        a, b = dx * ux + dy * uy, -dx * uy + dy * ux
        return (a / along) ** 2 + (b / across) ** 2 <= 1.0

    return inside


def _shape(body: Body, names: Sequence[str], k: float) -> list[Inside]:
    shape = [_in_capsule(body.capsule(name), k) for name in names]
    shape += [_in_calf(body, name, k) for name in names if name.endswith("_shin")]
    return shape


def shown_area(body: Body, segment: str) -> float:
    """How much of the far ``segment`` is seen (cm² in the picture): drawn thinner (a shin with
    its calf), above the floor and not under any nearer part."""
    mine = _shape(body, (segment,), FAR_THICKNESS)
    nearer = _shape(body, [c.name for c in body.capsules if not c.name.startswith("far_")], 1.0)
    c = body.capsule(segment)
    reach = 2.0 * max(c.ra, c.rb)
    steps_x = int((abs(c.b.x - c.a.x) + 2 * reach) / GRID) + 1
    steps_y = int((abs(c.b.y - c.a.y) + 2 * reach) / GRID) + 1
    left, bottom = min(c.a.x, c.b.x) - reach, max(0.0, min(c.a.y, c.b.y) - reach)
    seen = 0
    for i in range(steps_x):
        x = left + i * GRID
        for j in range(steps_y):
            y = bottom + j * GRID
            if any(f(x, y) for f in mine) and not any(f(x, y) for f in nearer):
                seen += 1
    return seen * GRID * GRID


def far_leg_problems(pose: Pose, muscle: str, technique: TechniquePoses, step_id: str) -> list[str]:
    segment = ON_ROLLER[muscle]
    body = solve(pose, technique.lateral)
    problems = []
    area = shown_area(body, segment)
    if area < SHOWS:
        problems.append(f"{segment} shows {area:.0f} cm² beside the near leg (at least {SHOWS})")
    gap = roller_gap(body, segment, technique.step(step_id).roller)
    if not -ROLLER_SQUASH <= gap <= ROLLER_GAP:
        problems.append(f"{segment} is {gap:+.1f} cm off the roller")
    return problems


def _cases() -> list[tuple[str, str]]:
    return [(muscle, step_id) for muscle, steps in STEPS.items() for step_id in steps]


def test_these_are_the_steps_whose_words_say_both_legs(content: Content) -> None:
    for muscle, steps in STEPS.items():
        technique = content.techniques[muscle]
        said = tuple(s.id for s in technique.steps if _BOTH.search(f"{s.title} {s.text}".lower()))
        assert said == steps, muscle


@pytest.mark.parametrize(("muscle", "step_id"), _cases())
def test_the_far_leg_shows_on_the_roller_beside_the_near_one(
    illustrations: Mapping[str, TechniquePoses], muscle: str, step_id: str
) -> None:
    technique = illustrations[muscle]
    step = technique.step(step_id)
    for index, pose in enumerate(step.keyframes):
        assert far_leg_problems(pose, muscle, technique, step_id) == [], index
    if step.animated:  # and on the way between its keyframes
        body = solve(step.pose_at(0.5), technique.lateral)
        assert shown_area(body, ON_ROLLER[muscle]) >= SHOWS


@pytest.mark.parametrize(
    ("muscle", "step_id", "old"),
    [
        ("quadriceps", "setup", OLD_QUADRICEPS_SETUP),
        ("quadriceps", "roll", OLD_QUADRICEPS_ROLL_END),
        ("shins", "setup", OLD_SHINS_SETUP),
        ("shins", "hold", OLD_SHINS_HOLD),
    ],
)
def test_a_far_leg_hidden_behind_the_near_one_fails(
    illustrations: Mapping[str, TechniquePoses],
    muscle: str,
    step_id: str,
    old: dict[str, object],
) -> None:
    found = far_leg_problems(as_pose(old), muscle, illustrations[muscle], step_id)
    assert any(p.startswith(f"{ON_ROLLER[muscle]} shows") for p in found), found
