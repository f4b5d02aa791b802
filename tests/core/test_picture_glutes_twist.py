"""Round 6 of the blind review on the glutes' "Change the angle of your twist" (picture 08): the
turn mark "sits around the shoulder/chest, far from the highlighted glute: twist the trunk,
lean, rock, or move the arm?". The words say "turn your hips" (round 9 read the low ring as
"turn or tilt the hips about the spine"), so it stays a turn about the trunk's axis, drawn low on
it, just above the hip on the roller.
Checked on the shipped picture and shown to fail on the old mark (the middle of the trunk).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace

from foamroll_gui.core.figure.scene import Arrow
from foamroll_gui.core.illustrations.arrows import ArrowSpec, nearest_part
from foamroll_gui.core.illustrations.step_poses import StepFrame, TechniquePoses
from tests.core.pose_data import with_step

#: The old mark: a turn of the torso at the middle of its length.
OLD_TWIST = ArrowSpec("turn", "torso", 0.5)
#: The mark's centre lies in the lowest share of the torso (the waist is 0, the neck 1).
LOW_ON_TRUNK = 0.25
#: As the painter draws a turn (foamroll_gui/ui/figure_marks.py): an open arc of this many
#: degrees round the mark's centre, this share of its radius along the segment and this across.
ARC_DEGREES, ALONG, ACROSS = 210.0, 0.55, 1.1


def arc_points(arrow: Arrow, count: int = 11) -> list[tuple[float, float]]:
    """Points along the turn mark as it is drawn (picture cm)."""
    cx, cy = arrow.start
    axis = math.radians(arrow.angles[0])
    points = []
    for i in range(count):
        theta = math.radians(ARC_DEGREES / 2 - ARC_DEGREES * i / (count - 1))
        a, b = arrow.radius * ALONG * math.cos(theta), arrow.radius * ACROSS * math.sin(theta)
        points.append(
            (
                cx + a * math.cos(axis) - b * math.sin(axis),
                cy + a * math.sin(axis) + b * math.cos(axis),
            )
        )
    return points


def twist_problems(frame: StepFrame) -> list[str]:
    """The turn mark rings the trunk low, by the hip on the roller: its centre low on the torso
    and nearer the hip than the shoulder, and no part of it nearer an arm than the trunk."""
    arrow = frame.arrow
    if arrow is None or arrow.kind != "turn":
        return ["no turn mark"]
    body = frame.body
    torso = body.capsule("torso")
    cx, cy = arrow.start
    at, _ = torso.closest(cx, cy)
    hip, shoulder = body.joint("hip"), body.joint("near_shoulder")
    problems = []
    if at > LOW_ON_TRUNK:
        problems.append(f"the mark is at {at:.2f} of the torso (at most {LOW_ON_TRUNK})")
    if math.hypot(cx - hip.x, cy - hip.y) >= math.hypot(cx - shoulder.x, cy - shoulder.y):
        problems.append("the mark is nearer the shoulder than the hip on the roller")
    arms = [nearest_part(body, x, y) for x, y in arc_points(arrow)]
    if any("arm" in part for part in arms):
        problems.append(f"the mark runs by the arm ({sorted(set(arms))})")
    return problems


def test_the_twist_is_a_turn_of_the_trunk_over_the_hip_on_the_roller(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    technique = illustrations["glutes"]
    spec = technique.step("twist").arrow
    assert spec is not None and (spec.kind, spec.segment) == ("turn", "torso")
    for side in ("right", "left"):
        assert twist_problems(technique.frame("twist", side)) == [], side


def test_a_turn_mark_at_the_middle_of_the_trunk_fails(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    step = replace(illustrations["glutes"].step("twist"), arrow=OLD_TWIST)
    old = with_step(illustrations, "glutes", step)["glutes"]
    found = twist_problems(old.frame("twist"))
    assert any(p.startswith("the mark is at") for p in found), found
    assert "the mark is nearer the shoulder than the hip on the roller" in found
    assert any(p.startswith("the mark runs by the arm") for p in found), found


def test_piriformis_shows_no_turn_mark(illustrations: Mapping[str, TechniquePoses]) -> None:
    """Its words turn nothing (cross, roll, hold, switch), so no step carries a turn mark."""
    for step in illustrations["piriformis"].steps.values():
        assert step.arrow is None or step.arrow.kind != "turn", step.step_id
