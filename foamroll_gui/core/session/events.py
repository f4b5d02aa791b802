"""What the phase engine reports: plain, frozen event objects and the read-only status.

Every event carries ``at``: the monotonic time at which it happened on the routine's schedule.
When one ``update`` call catches up on several phase ends (a blocked event loop), ``at`` is the
time each one was due, not the time of the call, so the caller can tell stale cues from fresh.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from foamroll_gui.core.session.plan import Phase, PhaseSide

StartOrigin = Literal["plan", "back", "hold_now", "continue"]
"""How a phase came to start: in plan order (by time, skip or start), again or earlier with
"back", as an unplanned hold with "hold now", or a roll continuing after that hold."""

EndReason = Literal["time", "skip", "back", "hold_now", "stop"]


@dataclass(frozen=True)
class PhaseStarted:
    at: float
    index: int  # in ``plan.phases``; a hold-now hold has the index of the roll it interrupts
    phase: Phase
    seconds: float  # how long this run lasts (a continued roll: the time the roll had left)
    origin: StartOrigin


@dataclass(frozen=True)
class PhaseEnded:
    at: float
    index: int
    phase: Phase
    elapsed: float  # active seconds this run lasted
    reason: EndReason


@dataclass(frozen=True)
class Countdown:
    """One of the last three seconds of a phase: ``value`` is 3, 2 or 1 seconds to go."""

    at: float
    index: int
    phase: Phase
    value: int


@dataclass(frozen=True)
class Paused:
    at: float


@dataclass(frozen=True)
class Resumed:
    at: float
    paused_seconds: float


@dataclass(frozen=True)
class Suspended:
    """A gap between two calls (the computer slept): paused at ``at``, the last call before it."""

    at: float
    gap_seconds: float


@dataclass(frozen=True)
class SideProgress:
    """Rolled and held seconds of one muscle group's side (``item`` indexes the routine)."""

    item: int
    muscle: str
    side: PhaseSide
    rolled_seconds: float
    held_seconds: float


@dataclass(frozen=True)
class SideFinished:
    """A side's roll and hold are done: write it to the history now.

    The seconds are those not reported before: the whole side the first time; if "back" led
    into a side already reported, only what was added since. Zero seconds are never reported.
    """

    at: float
    item: int
    muscle: str
    side: PhaseSide
    rolled_seconds: float
    held_seconds: float


@dataclass(frozen=True)
class Finished:
    at: float
    active_seconds: float  # time spent running, pauses and suspended gaps excluded


@dataclass(frozen=True)
class Stopped:
    """Stopped by the user. ``unfinished`` holds the seconds of sides not yet reported."""

    at: float
    active_seconds: float
    unfinished: tuple[SideProgress, ...]


Event = (
    PhaseStarted
    | PhaseEnded
    | Countdown
    | Paused
    | Resumed
    | Suspended
    | SideFinished
    | Finished
    | Stopped
)


@dataclass(frozen=True)
class Status:
    """What the timer screen shows at one moment. Times are seconds, never negative."""

    started: bool
    paused: bool  # by the user or suspended
    finished: bool
    stopped: bool
    index: int  # current phase index; -1 before start, len(phases) after the end
    phase: Phase | None  # the current phase (a hold-now hold is a hold); None outside a run
    holding_now: bool  # the current hold was started with "hold now", not by the plan
    phase_seconds: float  # length of the current run
    phase_remaining: float
    phase_elapsed: float  # seconds into the phase (a continued roll counts its time before)
    elapsed: float  # active seconds since start
    remaining: float  # active seconds still to go if nothing is skipped
    next_phase: Phase | None
