"""A timed routine as plain data: the phases to follow, in order, with their lengths.

The plan knows nothing of the content model. The caller turns a routine into ``PlanItem``\\s
(one per muscle group) and picks the pain tolerance; ``build_plan`` lays out the phases:

    transition → roll → [hold]                                   (a two-sided muscle, side "both")
    transition → roll → [hold] → switch → roll → [hold]          (a one-sided muscle)
    rest between muscle groups when ``Timings.rest_seconds`` > 0 (never after the last)

The hold length comes from the pain tolerance, not the routine. A timing of 0 seconds leaves that
phase out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

PainTolerance = Literal["high", "medium", "low"]
PhaseKind = Literal["transition", "roll", "hold", "switch", "rest"]
PhaseSide = Literal["left", "right", "both"]
FirstSide = Literal["left", "right"]

PAIN_TOLERANCES: tuple[PainTolerance, ...] = ("high", "medium", "low")
PHASE_KINDS: tuple[PhaseKind, ...] = ("transition", "roll", "hold", "switch", "rest")
HOLD_SECONDS: Mapping[PainTolerance, int] = MappingProxyType({"high": 30, "medium": 60, "low": 90})


class PlanError(ValueError):
    """A routine or timing that cannot be turned into a plan; the message says what to change."""


@dataclass(frozen=True)
class PlanItem:
    """One muscle group of a routine."""

    muscle: str
    roll_seconds: int  # per side
    hold: bool  # the routine schedules a hold on a tender spot
    one_sided: bool  # rolled one side at a time: both sides are done, with a switch between


@dataclass(frozen=True)
class Timings:
    """The user's settings around the rolling itself."""

    transition_seconds: int = 10
    switch_seconds: int = 5
    rest_seconds: int = 0  # between muscle groups; 0 = no rest phase
    first_side: FirstSide = "right"


@dataclass(frozen=True)
class Phase:
    """One stretch of the routine. ``item`` is the index of its muscle group in the routine.

    A transition or switch names the side it leads into; a rest names the muscle just done.
    """

    kind: PhaseKind
    muscle: str
    side: PhaseSide
    seconds: int
    item: int

    def to_json(self) -> dict[str, str | int]:
        return {
            "kind": self.kind,
            "muscle": self.muscle,
            "side": self.side,
            "seconds": self.seconds,
        }


@dataclass(frozen=True)
class Plan:
    routine_id: str
    pain_tolerance: PainTolerance
    hold_seconds: int  # the length of every hold, scheduled or started with "hold now"
    phases: tuple[Phase, ...]

    @property
    def total_seconds(self) -> int:
        return sum(phase.seconds for phase in self.phases)

    def to_json(self) -> dict[str, object]:
        return {
            "routine": self.routine_id,
            "pain_tolerance": self.pain_tolerance,
            "total_seconds": self.total_seconds,
            "phases": [phase.to_json() for phase in self.phases],
        }


def build_plan(
    routine_id: str,
    items: Sequence[PlanItem],
    tolerance: PainTolerance,
    timings: Timings | None = None,
) -> Plan:
    """The phases of a routine for one pain tolerance. Raises ``PlanError`` for bad input."""
    timings = Timings() if timings is None else timings
    _check(routine_id, items, tolerance, timings)
    hold_seconds = HOLD_SECONDS[tolerance]
    phases: list[Phase] = []

    def add(kind: PhaseKind, item: int, side: PhaseSide, seconds: int) -> None:
        if seconds > 0:
            phases.append(Phase(kind, items[item].muscle, side, seconds, item))

    second_side: FirstSide = "left" if timings.first_side == "right" else "right"
    for number, item in enumerate(items):
        if number > 0:
            add("rest", number - 1, "both", timings.rest_seconds)
        sides: tuple[PhaseSide, ...] = (
            (timings.first_side, second_side) if item.one_sided else ("both",)
        )
        for side_number, side in enumerate(sides):
            if side_number == 0:
                add("transition", number, side, timings.transition_seconds)
            else:
                add("switch", number, side, timings.switch_seconds)
            add("roll", number, side, item.roll_seconds)
            if item.hold:
                add("hold", number, side, hold_seconds)
    return Plan(routine_id, tolerance, hold_seconds, tuple(phases))


def _check(
    routine_id: str, items: Sequence[PlanItem], tolerance: PainTolerance, timings: Timings
) -> None:
    if tolerance not in HOLD_SECONDS:
        known = ", ".join(PAIN_TOLERANCES)
        raise PlanError(f"pain tolerance {tolerance!r} is unknown; use one of {known}")
    if not items:
        raise PlanError(f"routine {routine_id!r} has no muscle groups; add at least one")
    for number, item in enumerate(items):
        if not _is_int(item.roll_seconds) or item.roll_seconds <= 0:
            raise PlanError(
                f"routine {routine_id!r}: items[{number}] ({item.muscle}) roll seconds must be a "
                f"positive whole number, not {item.roll_seconds!r}"
            )
    for name in ("transition_seconds", "switch_seconds", "rest_seconds"):
        value = getattr(timings, name)
        if not _is_int(value) or value < 0:
            raise PlanError(
                f"timings: {name} must be a whole number of seconds, 0 or more, not {value!r}"
            )
    if timings.first_side not in ("left", "right"):
        raise PlanError(
            f"timings: first_side must be 'left' or 'right', not {timings.first_side!r}"
        )


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
