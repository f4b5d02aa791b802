"""Timed routines without Qt: ``build_plan`` lays out the phases of a routine."""

from __future__ import annotations

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
    "PainTolerance",
    "Phase",
    "PhaseKind",
    "PhaseSide",
    "Plan",
    "PlanError",
    "PlanItem",
    "Timings",
    "build_plan",
]
