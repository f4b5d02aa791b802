"""Building a plan: the phases, their order and lengths, the JSON, and refused input."""

from __future__ import annotations

import json
import re

import pytest

from foamroll_gui.core.session import (
    HOLD_SECONDS,
    PAIN_TOLERANCES,
    PainTolerance,
    PlanError,
    PlanItem,
    Timings,
    build_plan,
)

CALVES = PlanItem("calves", roll_seconds=90, hold=True, one_sided=True)
QUADS = PlanItem("quadriceps", roll_seconds=60, hold=False, one_sided=False)
UPPER_BACK = PlanItem("upper-back", roll_seconds=45, hold=True, one_sided=False)
GLUTES = PlanItem("glutes", roll_seconds=30, hold=False, one_sided=True)


def shape(
    items: list[PlanItem], tolerance: PainTolerance = "medium", **timings: int
) -> list[tuple[str, str, str, int]]:
    plan = build_plan("r", items, tolerance, Timings(**timings))  # type: ignore[arg-type]
    return [(p.kind, p.muscle, p.side, p.seconds) for p in plan.phases]


def test_hold_length_follows_pain_tolerance() -> None:
    assert dict(HOLD_SECONDS) == {"high": 30, "medium": 60, "low": 90}
    for tolerance in PAIN_TOLERANCES:
        plan = build_plan("r", [CALVES], tolerance)
        holds = [p.seconds for p in plan.phases if p.kind == "hold"]
        assert holds == [HOLD_SECONDS[tolerance]] * 2
        assert plan.hold_seconds == HOLD_SECONDS[tolerance]
        assert plan.total_seconds == 10 + 90 + 5 + 90 + 2 * HOLD_SECONDS[tolerance]


def test_one_sided_muscle_with_hold_does_both_sides_first_side_first() -> None:
    assert shape([CALVES], "low") == [
        ("transition", "calves", "right", 10),
        ("roll", "calves", "right", 90),
        ("hold", "calves", "right", 90),
        ("switch", "calves", "left", 5),
        ("roll", "calves", "left", 90),
        ("hold", "calves", "left", 90),
    ]
    assert [s for _, _, s, _ in shape([CALVES], first_side="left")] == ["left"] * 3 + ["right"] * 3


def test_one_sided_without_hold_and_two_sided_with_and_without() -> None:
    assert shape([GLUTES, UPPER_BACK, QUADS], "high") == [
        ("transition", "glutes", "right", 10),
        ("roll", "glutes", "right", 30),
        ("switch", "glutes", "left", 5),
        ("roll", "glutes", "left", 30),
        ("transition", "upper-back", "both", 10),
        ("roll", "upper-back", "both", 45),
        ("hold", "upper-back", "both", 30),
        ("transition", "quadriceps", "both", 10),
        ("roll", "quadriceps", "both", 60),
    ]


def test_rest_goes_between_groups_never_after_the_last() -> None:
    phases = shape([QUADS, UPPER_BACK, GLUTES], rest_seconds=20)
    rests = [(i, p) for i, p in enumerate(phases) if p[0] == "rest"]
    assert rests == [
        (2, ("rest", "quadriceps", "both", 20)),
        (6, ("rest", "upper-back", "both", 20)),
    ]
    assert phases[-1][0] == "roll"
    assert not any(p[0] == "rest" for p in shape([QUADS, UPPER_BACK], rest_seconds=0))


def test_zero_transition_and_switch_leave_those_phases_out() -> None:
    assert shape([CALVES], transition_seconds=0, switch_seconds=0) == [
        ("roll", "calves", "right", 90),
        ("hold", "calves", "right", 60),
        ("roll", "calves", "left", 90),
        ("hold", "calves", "left", 60),
    ]


def test_phases_know_their_routine_item_even_for_a_repeated_muscle() -> None:
    plan = build_plan("r", [QUADS, QUADS], "medium", Timings(rest_seconds=5))
    assert [p.item for p in plan.phases] == [0, 0, 0, 1, 1]


def test_exact_json() -> None:
    plan = build_plan("post-run", [CALVES, QUADS], "low", Timings(rest_seconds=15))
    expected = {
        "routine": "post-run",
        "pain_tolerance": "low",
        "total_seconds": 10 + 90 + 90 + 5 + 90 + 90 + 15 + 10 + 60,
        "phases": [
            {"kind": "transition", "muscle": "calves", "side": "right", "seconds": 10},
            {"kind": "roll", "muscle": "calves", "side": "right", "seconds": 90},
            {"kind": "hold", "muscle": "calves", "side": "right", "seconds": 90},
            {"kind": "switch", "muscle": "calves", "side": "left", "seconds": 5},
            {"kind": "roll", "muscle": "calves", "side": "left", "seconds": 90},
            {"kind": "hold", "muscle": "calves", "side": "left", "seconds": 90},
            {"kind": "rest", "muscle": "calves", "side": "both", "seconds": 15},
            {"kind": "transition", "muscle": "quadriceps", "side": "both", "seconds": 10},
            {"kind": "roll", "muscle": "quadriceps", "side": "both", "seconds": 60},
        ],
    }
    assert plan.to_json() == expected
    assert json.loads(json.dumps(plan.to_json())) == expected
    assert list(plan.to_json()) == ["routine", "pain_tolerance", "total_seconds", "phases"]


@pytest.mark.parametrize(
    ("items", "tolerance", "timings", "message"),
    [
        ([], "medium", Timings(), "routine 'r' has no muscle groups; add at least one"),
        (
            [QUADS, PlanItem("calves", 0, False, True)],
            "medium",
            Timings(),
            "items[1] (calves) roll seconds must be a positive whole number, not 0",
        ),
        ([PlanItem("calves", -5, False, True)], "medium", Timings(), "not -5"),
        ([QUADS], "medium", Timings(transition_seconds=-1), "transition_seconds must be"),
        ([QUADS], "medium", Timings(switch_seconds=-2), "switch_seconds must be a whole number"),
        ([QUADS], "medium", Timings(rest_seconds=-3), "rest_seconds must be"),
        ([QUADS], "extreme", Timings(), "pain tolerance 'extreme' is unknown; use one of high"),
        ([QUADS], "medium", Timings(first_side="up"), "first_side must be 'left' or 'right'"),
    ],
)
def test_bad_input_is_a_typed_value_error_saying_what_to_fix(
    items: list[PlanItem], tolerance: str, timings: Timings, message: str
) -> None:
    with pytest.raises(PlanError, match=re.escape(message)):
        build_plan("r", items, tolerance, timings)  # type: ignore[arg-type]
    assert issubclass(PlanError, ValueError)
