"""The routines' model: named sequences of muscle groups to roll, shipped or the user's own.

Apart from ``model.py`` because the first frame shows no routine: this module and its classes
are made when the routines are first read (see ``cache.LAZY``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

RoutineWhen = Literal["pre-run", "post-run", "anytime"]
ROUTINE_WHEN: tuple[RoutineWhen, ...] = ("pre-run", "post-run", "anytime")


@dataclass(frozen=True)
class RoutineItem:
    """One muscle group of a routine: roll ``seconds`` per side, and whether a tender-spot
    hold is scheduled after it (its length comes from the pain tolerance, not the routine)."""

    muscle: str
    seconds: int
    hold: bool = False


@dataclass(frozen=True)
class Routine:
    """A named sequence of muscle groups to roll, shipped or the user's own (``user``)."""

    id: str
    name: str
    description: str
    when: RoutineWhen
    pass_seconds: int
    items: tuple[RoutineItem, ...]
    based_on: str | None = None
    references: tuple[str, ...] = ()
    user: bool = False
    source: Path | None = field(default=None, compare=False)
