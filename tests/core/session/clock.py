"""Shared helpers for the engine tests: a fake monotonic clock and a small plan."""

from __future__ import annotations

from foamroll_gui.core.session import Event, PhaseEngine, PhaseStarted, PlanItem, build_plan

T0 = 1000.0
# transition 0-10, roll R 10-30, hold R 30-60, switch 60-65, roll L 65-85, hold L 85-115,
# transition 115-125, roll quadriceps 125-140; holds are 30 s (high tolerance)
PLAN = build_plan(
    "t", [PlanItem("calves", 20, True, True), PlanItem("quadriceps", 15, False, False)], "high"
)


def drive(engine: PhaseEngine, until: float, step: float = 0.25, since: float = T0) -> list[Event]:
    """Call ``update`` every ``step`` seconds after ``since`` up to ``until``."""
    events: list[Event] = []
    ticks = round((until - since) / step)
    for tick in range(1, ticks + 1):
        events += engine.update(since + tick * step)
    return events


def started(events: list[Event]) -> list[PhaseStarted]:
    return [e for e in events if isinstance(e, PhaseStarted)]


def names(events: list[Event]) -> list[str]:
    return [type(e).__name__ for e in events]
