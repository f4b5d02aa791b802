"""The phase engine: a state machine over a ``Plan``, driven by a clock the caller passes in.

Every method takes ``now`` (monotonic seconds) and returns the events that happened, in order.
Nothing is counted from calls: the current phase ends when the active time says so, so a caller
that calls ``update`` ten times a second and one that calls it once a minute see the same
schedule. Active time is ``now - origin``; pausing freezes it and resuming moves ``origin`` on by
the paused time. Phase boundaries are kept in active seconds, so a plan without skips ends after
exactly ``plan.total_seconds`` of running time.

A gap of more than ``suspend_after`` seconds between two calls while running (the computer slept)
pauses the routine at the last call before the gap and reports ``Suspended``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

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
from foamroll_gui.core.session.plan import Phase, PhaseSide, Plan

SideKey = tuple[int, PhaseSide]
_State = Literal["ready", "running", "paused", "finished", "stopped"]
COUNTDOWN = (3, 2, 1)


@dataclass
class _Run:
    """One uninterrupted stretch of a phase, in active seconds."""

    index: int
    phase: Phase
    start: float
    seconds: float
    origin: StartOrigin
    counted: set[int] = field(default_factory=set)

    @property
    def end(self) -> float:
        return self.start + self.seconds


class PhaseEngine:
    """Runs one plan once. Actions before ``start`` or after the end return no events.

    ``back_grace_seconds``: "back" within this many seconds of a phase goes to the phase before.
    ``suspend_after_seconds``: a longer gap between calls while running is taken as sleep. Both
    are in the clock's seconds: a caller that speeds the clock up N times should scale them.
    """

    def __init__(
        self, plan: Plan, *, back_grace_seconds: float = 2.0, suspend_after_seconds: float = 5.0
    ) -> None:
        self.plan = plan
        self.back_grace_seconds = back_grace_seconds
        self.suspend_after_seconds = suspend_after_seconds
        self._state: _State = "ready"
        self._origin = 0.0
        self._paused_at = 0.0
        self._last_call = 0.0
        self._index = -1
        self._final_active = 0.0  # active seconds when finished or stopped
        self._run: _Run | None = None
        self._interrupted: _Run | None = None  # the roll waiting for a hold-now hold to end
        self._rolled: dict[SideKey, float] = {}
        self._held: dict[SideKey, float] = {}
        self._reported: dict[SideKey, tuple[float, float]] = {}
        self._last_of_side: dict[SideKey, int] = {}
        self._sides: list[tuple[SideKey, str]] = []
        for index, phase in enumerate(plan.phases):
            if phase.kind in ("roll", "hold"):
                key = (phase.item, phase.side)
                if key not in self._last_of_side:
                    self._sides.append((key, phase.muscle))
                self._last_of_side[key] = index
        seconds = [phase.seconds for phase in plan.phases]
        self._after = [sum(seconds[index + 1 :]) for index in range(len(seconds))]

    # ---- actions -------------------------------------------------------------------------------

    def start(self, now: float) -> list[Event]:
        """Start the first phase. Does nothing once started."""
        events: list[Event] = []
        if self._state != "ready":
            return events
        self._state = "running"
        self._origin = self._last_call = now
        self._begin(0, 0.0, "plan", events)
        return events

    def update(self, now: float) -> list[Event]:
        """Everything that happened up to ``now``: call it from a timer, as often as you like."""
        events: list[Event] = []
        self._tick(now, events)
        return events

    def pause(self, now: float) -> list[Event]:
        events: list[Event] = []
        now = self._tick(now, events)
        if self._state == "running":
            self._state = "paused"
            self._paused_at = now
            events.append(Paused(now))
        return events

    def resume(self, now: float) -> list[Event]:
        events: list[Event] = []
        now = self._tick(now, events)
        if self._state == "paused":
            self._state = "running"
            self._origin += now - self._paused_at
            events.append(Resumed(now, now - self._paused_at))
        return events

    def skip(self, now: float) -> list[Event]:
        """End the current phase now and go on to the next (a skipped hold-now hold: the roll)."""
        events: list[Event] = []
        now = self._tick(now, events)
        run = self._run
        if run is not None and self._state in ("running", "paused"):
            active = self._active(now)
            self._close(active, "skip", events)
            self._forward(run, active, events)
        return events

    def back(self, now: float) -> list[Event]:
        """Restart the phase if more than ``back_grace_seconds`` in, else go to the one before.

        The first phase restarts. Within the grace of a hold-now hold, "back" cancels the hold
        and the roll continues with the time it had left.
        """
        events: list[Event] = []
        now = self._tick(now, events)
        run = self._run
        if run is None or self._state not in ("running", "paused"):
            return events
        active = self._active(now)
        into = run.phase.seconds - (run.end - active)
        self._close(active, "back", events)
        if run.origin == "hold_now":
            if into > self.back_grace_seconds:
                self._begin_hold_now(run, active, events)
            else:
                self._continue(active, events)
        elif into > self.back_grace_seconds or run.index == 0:
            self._begin(run.index, active, "back", events)
        else:
            self._begin(run.index - 1, active, "back", events)
        return events

    def hold_now(self, now: float) -> list[Event]:
        """During a running roll: hold the tender spot now, then roll on for the time left.

        Does nothing in any other phase (a scheduled hold included) or while paused.
        """
        events: list[Event] = []
        now = self._tick(now, events)
        run = self._run
        if run is None or self._state != "running" or run.phase.kind != "roll":
            return events
        active = self._active(now)
        left = run.end - active
        if left <= 0:
            return events
        self._close(active, "hold_now", events)
        self._interrupted = replace(run, seconds=left, counted=set(run.counted))
        self._begin_hold_now(run, active, events)
        return events

    def stop(self, now: float) -> list[Event]:
        """Stop for good. The sides already finished were reported as they finished."""
        events: list[Event] = []
        now = self._tick(now, events)
        if self._state not in ("running", "paused"):
            return events
        active = self._active(now)
        if self._run is not None:
            self._close(active, "stop", events)
        self._interrupted = None
        self._state = "stopped"
        self._final_active = active
        unfinished = tuple(p for p in self._progress(None, 0.0, unreported=True) if _any(p))
        events.append(Stopped(now, active, unfinished))
        return events

    # ---- read-only state -----------------------------------------------------------------------

    @property
    def started(self) -> bool:
        return self._state != "ready"

    @property
    def paused(self) -> bool:
        return self._state == "paused"

    @property
    def finished(self) -> bool:
        return self._state == "finished"

    @property
    def stopped(self) -> bool:
        return self._state == "stopped"

    def status(self, now: float) -> Status:
        """The state at ``now`` as the screen shows it. Call ``update(now)`` first."""
        active = self._active(self._query_time(now))
        run = self._run
        total = self.plan.total_seconds
        if run is None:
            done = self._state in ("finished", "stopped")
            return Status(
                started=self.started,
                paused=self.paused,
                finished=self.finished,
                stopped=self.stopped,
                index=self._index,
                phase=None,
                holding_now=False,
                phase_seconds=0.0,
                phase_remaining=0.0,
                phase_elapsed=0.0,
                elapsed=self._final_active,
                remaining=0.0 if done else float(total),
                next_phase=None if done else self.plan.phases[0],
            )
        left = min(run.seconds, max(0.0, run.end - active))
        waiting = self._interrupted
        later = self._after[run.index] + (waiting.seconds if waiting else 0.0)
        if waiting is not None:
            next_phase: Phase | None = waiting.phase
        elif run.index + 1 < len(self.plan.phases):
            next_phase = self.plan.phases[run.index + 1]
        else:
            next_phase = None
        return Status(
            started=True,
            paused=self.paused,
            finished=False,
            stopped=False,
            index=run.index,
            phase=run.phase,
            holding_now=run.origin == "hold_now",
            phase_seconds=run.seconds,
            phase_remaining=left,
            phase_elapsed=max(0.0, run.phase.seconds - left),
            elapsed=max(0.0, active),
            remaining=left + later,
            next_phase=next_phase,
        )

    def progress(self, now: float) -> tuple[SideProgress, ...]:
        """Rolled and held seconds so far of every side in the plan, in plan order."""
        run = self._run
        active = self._active(self._query_time(now))
        extra = max(0.0, min(active, run.end) - run.start) if run else 0.0
        return self._progress(run, extra, unreported=False)

    # ---- inside --------------------------------------------------------------------------------

    def _tick(self, now: float, events: list[Event]) -> float:
        """Suspend after a gap, then catch up to ``now``; returns ``now`` (never backwards)."""
        now = max(now, self._last_call)
        if self._state == "running" and now - self._last_call > self.suspend_after_seconds:
            self._state = "paused"
            self._paused_at = self._last_call
            events.append(Suspended(self._last_call, now - self._last_call))
        self._last_call = now
        if self._state == "running":
            self._advance(self._active(now), events)
        return now

    def _query_time(self, now: float) -> float:
        now = max(now, self._last_call)
        if self._state == "running" and now - self._last_call > self.suspend_after_seconds:
            return self._last_call
        return now

    def _active(self, now: float) -> float:
        if self._state == "paused":
            return self._paused_at - self._origin
        return now - self._origin

    def _advance(self, active: float, events: list[Event]) -> None:
        while self._state == "running" and (run := self._run) is not None:
            for value in COUNTDOWN:
                due = run.end - value
                if value not in run.counted and value < run.phase.seconds and active >= due:
                    run.counted.add(value)
                    events.append(Countdown(self._origin + due, run.index, run.phase, value))
            if active < run.end:
                return
            end = run.end
            self._close(end, "time", events)
            self._forward(run, end, events)

    def _begin(self, index: int, active: float, origin: StartOrigin, events: list[Event]) -> None:
        phase = self.plan.phases[index]
        self._start_run(_Run(index, phase, active, float(phase.seconds), origin), events)

    def _begin_hold_now(self, roll: _Run, active: float, events: list[Event]) -> None:
        seconds = self.plan.hold_seconds
        hold = replace(roll.phase, kind="hold", seconds=seconds)
        self._start_run(_Run(roll.index, hold, active, float(seconds), "hold_now"), events)

    def _continue(self, active: float, events: list[Event]) -> None:
        waiting = self._interrupted
        assert waiting is not None, "a hold-now hold always has a roll waiting"
        self._interrupted = None
        self._start_run(replace(waiting, start=active, origin="continue"), events)

    def _start_run(self, run: _Run, events: list[Event]) -> None:
        self._run = run
        self._index = run.index
        events.append(
            PhaseStarted(self._origin + run.start, run.index, run.phase, run.seconds, run.origin)
        )

    def _close(self, active: float, reason: EndReason, events: list[Event]) -> None:
        run = self._run
        assert run is not None
        elapsed = max(0.0, min(active, run.end) - run.start)
        key = (run.phase.item, run.phase.side)
        if run.phase.kind == "roll":
            self._rolled[key] = self._rolled.get(key, 0.0) + elapsed
        elif run.phase.kind == "hold":
            self._held[key] = self._held.get(key, 0.0) + elapsed
        self._run = None
        events.append(PhaseEnded(self._origin + active, run.index, run.phase, elapsed, reason))

    def _forward(self, run: _Run, active: float, events: list[Event]) -> None:
        """Go on after ``run`` ended by time or skip."""
        if run.origin == "hold_now":
            self._continue(active, events)
            return
        key = (run.phase.item, run.phase.side)
        if self._last_of_side.get(key) == run.index:
            self._report(key, run.phase.muscle, active, events)
        if run.index + 1 < len(self.plan.phases):
            self._begin(run.index + 1, active, "plan", events)
        else:
            self._state = "finished"
            self._final_active = active
            self._index = len(self.plan.phases)
            events.append(Finished(self._origin + active, active))

    def _report(self, key: SideKey, muscle: str, active: float, events: list[Event]) -> None:
        rolled, held = self._rolled.get(key, 0.0), self._held.get(key, 0.0)
        done_rolled, done_held = self._reported.get(key, (0.0, 0.0))
        if rolled - done_rolled > 0 or held - done_held > 0:
            self._reported[key] = (rolled, held)
            events.append(
                SideFinished(
                    self._origin + active,
                    key[0],
                    muscle,
                    key[1],
                    rolled - done_rolled,
                    held - done_held,
                )
            )

    def _progress(
        self, run: _Run | None, extra: float, *, unreported: bool
    ) -> tuple[SideProgress, ...]:
        result = []
        for key, muscle in self._sides:
            rolled, held = self._rolled.get(key, 0.0), self._held.get(key, 0.0)
            if run is not None and (run.phase.item, run.phase.side) == key:
                if run.phase.kind == "roll":
                    rolled += extra
                elif run.phase.kind == "hold":
                    held += extra
            if unreported:
                done_rolled, done_held = self._reported.get(key, (0.0, 0.0))
                rolled, held = rolled - done_rolled, held - done_held
            result.append(SideProgress(key[0], muscle, key[1], rolled, held))
        return tuple(result)


def _any(progress: SideProgress) -> bool:
    return progress.rolled_seconds > 0 or progress.held_seconds > 0
