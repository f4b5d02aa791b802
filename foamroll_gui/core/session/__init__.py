"""Timed routines without Qt: ``build_plan`` lays out the phases, ``PhaseEngine`` runs them.

plan = build_plan("post-run", items, "medium")
engine = PhaseEngine(plan)
events = engine.start(time.monotonic())
...  # from a timer: events = engine.update(time.monotonic()); status = engine.status(now)
"""

from __future__ import annotations

from foamroll_gui.core.session.engine import PhaseEngine
from foamroll_gui.core.session.events import (
    Countdown,
    EndReason,
    Event,
    Finished,
    Paused,
    PhaseEnded,
    PhaseStarted,
    Resumed,
    SideFinished,
    SideProgress,
    StartOrigin,
    Status,
    Stopped,
    Suspended,
)
from foamroll_gui.core.session.plan import (
    HOLD_SECONDS,
    PAIN_TOLERANCES,
    PHASE_KINDS,
    PainTolerance,
    Phase,
    PhaseKind,
    PhaseSide,
    Plan,
    PlanError,
    PlanItem,
    Timings,
    build_plan,
)

__all__ = [
    "HOLD_SECONDS",
    "PAIN_TOLERANCES",
    "PHASE_KINDS",
    "Countdown",
    "EndReason",
    "Event",
    "Finished",
    "PainTolerance",
    "Paused",
    "Phase",
    "PhaseEnded",
    "PhaseEngine",
    "PhaseKind",
    "PhaseSide",
    "PhaseStarted",
    "Plan",
    "PlanError",
    "PlanItem",
    "Resumed",
    "SideFinished",
    "SideProgress",
    "StartOrigin",
    "Status",
    "Stopped",
    "Suspended",
    "Timings",
    "build_plan",
]
