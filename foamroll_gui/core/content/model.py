"""The content model: frozen, typed, validated on load (see ``loader.py``).

``Side`` is always the body's left or right. ``MapFace`` is the front or back of the body map.
The routines' classes live in ``routines.py`` and the safety pages' in ``safety.py``: the first
frame shows neither, and the start-up cache decodes them when first read (``cache.LAZY``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from foamroll_gui.core.content.cache import LAZY, lazy_field

if TYPE_CHECKING:
    from foamroll_gui.core.content.routines import Routine
    from foamroll_gui.core.content.safety import Safety

Side = Literal["left", "right"]
MapFace = Literal["front", "back"]
StepKind = Literal["setup", "roll", "hold", "move", "switch"]

SIDES: tuple[Side, ...] = ("left", "right")
MAP_FACES: tuple[MapFace, ...] = ("front", "back")
STEP_KINDS: tuple[StepKind, ...] = ("setup", "roll", "hold", "move", "switch")


def as_side(text: str | None) -> Side:
    """``"right"`` stays right; anything else is the left side (the default)."""
    return "right" if text == "right" else "left"


@dataclass(frozen=True)
class MuscleGroup:
    """One muscle group runners roll: its names, where it is, why roll it, whether it is
    rolled one side at a time, and the faces of the body map that show it."""

    id: str
    name: str
    location: str
    why: str
    one_sided: bool
    map_faces: tuple[MapFace, ...]  # the faces of the body map that show it
    also_called: tuple[str, ...] = ()

    def region_ids(self) -> tuple[str, ...]:
        """Ids of this muscle's shapes on the body map, one per side."""
        return tuple(f"{self.id}-{side}" for side in SIDES)


@dataclass(frozen=True)
class Step:
    """One step of a technique: setup, roll, hold, move or switch; ``seconds`` when timed."""

    id: str
    kind: StepKind
    title: str
    text: str
    seconds: int | None = None


@dataclass(frozen=True)
class Technique:
    """How to roll one muscle group: the steps, the roll's ends, more and less pressure,
    the cautions and the variations."""

    muscle: str
    summary: str
    roll_from: str
    roll_to: str
    steps: tuple[Step, ...]
    more_pressure: tuple[str, ...]
    less_pressure: tuple[str, ...]
    cautions: tuple[str, ...]
    variations: tuple[str, ...] = ()
    source: Path | None = field(default=None, compare=False)

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def first(self, kind: StepKind) -> Step | None:
        return next((s for s in self.steps if s.kind == kind), None)


@dataclass(frozen=True)
class Content:
    """Everything the app knows, loaded and cross-checked."""

    muscles: tuple[MuscleGroup, ...]
    #: read from the start-up cache one technique at a time, as first shown (cache.LAZY)
    techniques: Mapping[str, Technique] = field(metadata=LAZY)
    #: these two read from the start-up cache when first read
    routines: tuple[Routine, ...] = field(metadata=LAZY)
    safety: Safety = field(metadata=LAZY)

    if not TYPE_CHECKING:  # (so that a misspelt attribute stays a type error)
        __getattr__ = lazy_field

    def muscle(self, muscle_id: str) -> MuscleGroup:
        for muscle in self.muscles:
            if muscle.id == muscle_id:
                return muscle
        known = ", ".join(m.id for m in self.muscles)
        raise KeyError(f"unknown muscle {muscle_id!r} (known: {known})")

    def technique(self, muscle_id: str) -> Technique:
        self.muscle(muscle_id)
        return self.techniques[muscle_id]

    def routine(self, routine_id: str) -> Routine:
        for routine in self.routines:
            if routine.id == routine_id:
                return routine
        raise KeyError(f"unknown routine {routine_id!r}")

    def names(self) -> dict[str, str]:
        return {m.id: m.name for m in self.muscles}
