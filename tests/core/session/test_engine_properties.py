"""Random plans and random presses: the engine never goes negative, never repeats a phase
without "back", counts each second once, and its active time adds up to the plan's."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foamroll_gui.core.session import (
    PAIN_TOLERANCES,
    Countdown,
    Event,
    Finished,
    PhaseEnded,
    PhaseEngine,
    PhaseStarted,
    Plan,
    PlanItem,
    SideFinished,
    Timings,
    build_plan,
)

T0 = 5000.0
ACTIONS = ("pause", "resume", "skip", "back", "hold_now")

items = st.lists(
    st.builds(
        PlanItem,
        muscle=st.sampled_from(["calves", "glutes", "quadriceps"]),
        roll_seconds=st.integers(1, 12),
        hold=st.booleans(),
        one_sided=st.booleans(),
    ),
    min_size=1,
    max_size=3,
)
timings = st.builds(
    Timings,
    transition_seconds=st.integers(0, 6),
    switch_seconds=st.integers(0, 4),
    rest_seconds=st.integers(0, 3),
    first_side=st.sampled_from(["left", "right"]),
)
plans = st.builds(build_plan, st.just("r"), items, st.sampled_from(PAIN_TOLERANCES), timings)
# a wait in quarter seconds (exact in binary); some are long enough to be a suspend
steps = st.lists(
    st.one_of(st.integers(0, 36).map(lambda q: q / 4), st.sampled_from(ACTIONS)), max_size=40
)


@dataclass
class Checker:
    """Watches every event for the rules that must hold whatever the user presses."""

    plan: Plan
    position: int = -1  # index of the latest phase started by the plan or by "back"
    seen: set[int] = field(default_factory=set)  # planned starts since the last "back"
    run: tuple[int, int] = (0, 0)  # (run id, roll run id to return to after a hold-now hold)
    runs: int = 0
    counted: set[tuple[int, int]] = field(default_factory=set)
    open_runs: int = 0
    ended_active: float = 0.0
    ended_roll_hold: float = 0.0
    reported: float = 0.0
    finished: Finished | None = None

    def check(self, events: list[Event], now: float) -> None:
        for event in events:
            assert event.at <= now + 1e-9
            if isinstance(event, PhaseStarted):
                self.started(event)
            elif isinstance(event, PhaseEnded):
                assert event.elapsed >= 0
                self.open_runs -= 1
                self.ended_active += event.elapsed
                if event.phase.kind in ("roll", "hold"):
                    self.ended_roll_hold += event.elapsed
            elif isinstance(event, Countdown):
                assert (self.run[0], event.value) not in self.counted, "a countdown twice"
                self.counted.add((self.run[0], event.value))
            elif isinstance(event, SideFinished):
                assert event.rolled_seconds >= 0 and event.held_seconds >= 0
                assert event.rolled_seconds + event.held_seconds > 0
                self.reported += event.rolled_seconds + event.held_seconds
            elif isinstance(event, Finished):
                self.finished = event
            assert self.open_runs in (0, 1)

    def started(self, event: PhaseStarted) -> None:
        self.open_runs += 1
        assert event.seconds > 0
        self.runs += 1
        if event.origin == "plan":
            assert event.index == self.position + 1 and event.index not in self.seen
            self.seen.add(event.index)
            self.position = event.index
            self.run = (self.runs, self.runs)
        elif event.origin == "back":
            assert event.index in (self.position, self.position - 1, 0)
            self.seen = {event.index}
            self.position = event.index
            self.run = (self.runs, self.runs)
        elif event.origin == "hold_now":
            assert event.index == self.position and event.phase.kind == "hold"
            self.run = (self.runs, self.run[1])
        else:  # a roll continuing after its hold: the same countdown as before the hold
            assert event.index == self.position and event.phase.kind == "roll"
            self.run = (self.run[1], self.run[1])


def expected_change(engine: PhaseEngine, action: str, now: float) -> float:
    """How an action changes the active time the routine will take (by the engine's rules)."""
    status = engine.status(now)
    if status.phase is None or action in ("pause", "resume"):
        return 0.0
    if action == "skip":
        return -status.phase_remaining
    if action == "hold_now":
        running_roll = not status.paused and status.phase.kind == "roll"
        return float(engine.plan.hold_seconds) if running_roll else 0.0
    into = status.phase_elapsed  # action == "back"
    if status.holding_now:
        return into if into > 2 else -status.phase_remaining
    if into > 2 or status.index == 0:
        return into
    return engine.plan.phases[status.index - 1].seconds + into


@settings(max_examples=120, deadline=None)
@given(plan=plans, steps=steps)
def test_any_presses_add_up(plan: Plan, steps: list[float | str]) -> None:
    engine = PhaseEngine(plan)
    checker = Checker(plan)
    expected = float(plan.total_seconds)
    now = T0
    checker.check(engine.start(now), now)
    for step in steps:
        if isinstance(step, float):
            now += step
            checker.check(engine.update(now), now)
        else:
            checker.check(engine.update(now), now)
            if not engine.finished:
                expected += expected_change(engine, step, now)
            checker.check(getattr(engine, step)(now), now)
        status = engine.status(now)
        assert min(status.phase_remaining, status.phase_elapsed, status.elapsed) >= 0
        assert status.remaining >= 0 and status.phase_remaining <= status.phase_seconds
        for side in engine.progress(now):
            assert side.rolled_seconds >= 0 and side.held_seconds >= 0
    checker.check(engine.resume(now), now)
    for _ in range(10_000):
        if engine.finished:
            break
        now += 4.0
        checker.check(engine.update(now), now)
    assert checker.finished is not None and checker.open_runs == 0
    assert checker.finished.active_seconds == pytest.approx(expected, abs=1e-6)
    assert checker.ended_active == pytest.approx(expected, abs=1e-6)
    # every second rolled or held was reported once, in the side it belongs to
    assert checker.reported == pytest.approx(checker.ended_roll_hold, abs=1e-6)
    progress = engine.progress(now)
    assert sum(p.rolled_seconds + p.held_seconds for p in progress) == pytest.approx(
        checker.reported, abs=1e-6
    )
