"""``foamroll routine list|plan``: the routines and the phases of one, in the terminal.

``__main__`` adds the parser with :func:`add_parser` and calls :func:`run` with the content.
:func:`routine_plan` is also what the timer screen uses to turn a routine into a plan. Nothing
here imports Qt; an unknown routine id is one line naming the known ids (exit code 2).
"""

from __future__ import annotations

import argparse
import json
from typing import TextIO, cast

from foamroll_gui.core.content.model import Content
from foamroll_gui.core.content.routines import Routine
from foamroll_gui.core.preferences import Preferences
from foamroll_gui.core.session import (
    PAIN_TOLERANCES,
    PainTolerance,
    Plan,
    PlanItem,
    Timings,
    build_plan,
)


class UnknownRoutineError(KeyError):
    """A routine id that is not in the content; ``str()`` names the known ids."""

    def __init__(self, routine_id: str, known: list[str]) -> None:
        super().__init__(routine_id)
        self.message = f"unknown routine {routine_id!r}; known routines: {', '.join(known)}"

    def __str__(self) -> str:
        return self.message


def find_routine(content: Content, routine_id: str) -> Routine:
    for routine in content.routines:
        if routine.id == routine_id:
            return routine
    raise UnknownRoutineError(routine_id, [r.id for r in content.routines])


def plan_items(content: Content, routine: Routine) -> list[PlanItem]:
    one_sided = {muscle.id: muscle.one_sided for muscle in content.muscles}
    return [
        PlanItem(item.muscle, item.seconds, item.hold, one_sided.get(item.muscle, False))
        for item in routine.items
    ]


def timings_from(preferences: Preferences) -> Timings:
    return Timings(
        transition_seconds=preferences.transition_seconds,
        switch_seconds=preferences.switch_seconds,
    )


def routine_plan(
    content: Content,
    routine_id: str,
    tolerance: PainTolerance,
    preferences: Preferences | None = None,
) -> Plan:
    """The plan of a routine for a pain tolerance. Raises ``UnknownRoutineError``."""
    return plan_for(content, find_routine(content, routine_id), tolerance, preferences)


def plan_for(
    content: Content,
    routine: Routine,
    tolerance: PainTolerance,
    preferences: Preferences | None = None,
) -> Plan:
    """The plan of ``routine``, which need not be in ``content`` (the routine editor's draft).
    Raises ``PlanError`` for a routine with no muscle groups or a roll of 0 seconds."""
    prefs = Preferences() if preferences is None else preferences
    items = plan_items(content, routine)
    return build_plan(routine.id or "draft", items, tolerance, timings_from(prefs))


def muscle_plan(
    content: Content, muscle_id: str, tolerance: PainTolerance, preferences: Preferences
) -> Plan:
    """A one-muscle routine: the step viewer's "Start timed session for this muscle"."""
    muscle = content.muscle(muscle_id)
    item = PlanItem(muscle.id, preferences.roll_seconds, True, muscle.one_sided)
    return build_plan(f"muscle:{muscle.id}", [item], tolerance, timings_from(preferences))


def minutes(seconds: int) -> str:
    return f"{seconds / 60:.0f} min" if seconds >= 60 else f"{seconds} s"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``routine list`` and ``routine plan`` to the sub-commands of ``foamroll``."""
    routine = commands.add_parser(
        "routine", help="the timed routines: list them, or print one's phases"
    )
    actions = routine.add_subparsers(dest="routine_command", metavar="ACTION", required=True)
    actions.add_parser("list", help="one routine a line: id, name and total minutes")
    plan = actions.add_parser("plan", help="the phases of one routine, with their seconds")
    plan.add_argument("routine_id", metavar="ROUTINE_ID")
    plan.add_argument(
        "--pain-tolerance",
        choices=PAIN_TOLERANCES,
        help="sets how long a tender spot is held: high 30 s, medium 60 s, low 90 s "
        "(default: your preference)",
    )
    plan.add_argument("--json", action="store_true", help="print one JSON object")


def run(
    args: argparse.Namespace,
    content: Content,
    preferences: Preferences,
    out: TextIO,
    err: TextIO,
) -> int:
    tolerance = cast(PainTolerance, getattr(args, "pain_tolerance", None))
    tolerance = tolerance or preferences.pain_tolerance
    if args.routine_command == "list":
        for routine in content.routines:
            plan = routine_plan(content, routine.id, tolerance, preferences)
            print(f"{routine.id}\t{routine.name}\t{minutes(plan.total_seconds)}", file=out)
        return 0
    try:
        plan = routine_plan(content, args.routine_id, tolerance, preferences)
    except UnknownRoutineError as exc:
        print(f"foamroll routine plan: {exc}", file=err)
        return 2
    if args.json:
        print(json.dumps(plan.to_json()), file=out)
        return 0
    routine = find_routine(content, plan.routine_id)
    print(
        f"{routine.name}: {minutes(plan.total_seconds)} "
        f"({plan.total_seconds} s, pain tolerance {tolerance}, holds {plan.hold_seconds} s)",
        file=out,
    )
    for phase in plan.phases:
        print(
            f"  {phase.kind:<10} {phase.muscle:<12} {phase.side:<5} {phase.seconds:>4} s", file=out
        )
    return 0
