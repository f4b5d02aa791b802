"""The content model: frozen, typed, validated on load (see ``loader.py``).

``Side`` is always the body's left or right. ``MapFace`` is the front or back of the body map.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from foamroll_gui.core.content.cache import LAZY

Side = Literal["left", "right"]
MapFace = Literal["front", "back"]
StepKind = Literal["setup", "roll", "hold", "move", "switch"]
RoutineWhen = Literal["pre-run", "post-run", "anytime"]

SIDES: tuple[Side, ...] = ("left", "right")
MAP_FACES: tuple[MapFace, ...] = ("front", "back")
STEP_KINDS: tuple[StepKind, ...] = ("setup", "roll", "hold", "move", "switch")
ROUTINE_WHEN: tuple[RoutineWhen, ...] = ("pre-run", "post-run", "anytime")


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


@dataclass(frozen=True)
class Section:
    """A headed part of a help page: paragraphs, then bullets."""

    heading: str
    paragraphs: tuple[str, ...] = ()
    bullets: tuple[str, ...] = ()


@dataclass(frozen=True)
class Page:
    """A help page (the safety page, say): a title and its sections."""

    id: str
    title: str
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class Reference:
    """A study or article the content rests on, and what it found."""

    id: str
    citation: str
    finding: str


@dataclass(frozen=True)
class HoldTimes:
    """How long to hold a tender spot at the most and at the least pain tolerance."""

    max_tolerance_seconds: int
    min_tolerance_seconds: int
    text: str


@dataclass(frozen=True)
class Safety:
    """When to stop, when not to roll at all, the help pages and the references."""

    hold_times: HoldTimes
    stop_signs: tuple[str, ...]
    contraindications: tuple[str, ...]
    pages: tuple[Page, ...]
    references: tuple[Reference, ...]

    def page(self, page_id: str) -> Page:
        for page in self.pages:
            if page.id == page_id:
                return page
        raise KeyError(page_id)


@dataclass(frozen=True)
class Content:
    """Everything the app knows, loaded and cross-checked."""

    muscles: tuple[MuscleGroup, ...]
    #: read from the start-up cache one technique at a time, as first shown (cache.LAZY)
    techniques: Mapping[str, Technique] = field(metadata=LAZY)
    routines: tuple[Routine, ...]
    safety: Safety

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
