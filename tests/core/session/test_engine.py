"""The phase engine driven by a fake clock: the whole schedule, pause, suspend, and catch-up."""

from __future__ import annotations

import math

from foamroll_gui.core.session import (
    Countdown,
    Finished,
    Paused,
    PhaseEnded,
    PhaseEngine,
    PhaseStarted,
    PlanItem,
    Resumed,
    SideFinished,
    Suspended,
    Timings,
    build_plan,
)
from tests.core.session.clock import PLAN, T0, drive, started


def test_the_whole_plan_runs_in_order_and_ends_exactly_on_time() -> None:
    engine = PhaseEngine(PLAN)
    events = engine.start(T0) + drive(engine, T0 + 140)
    starts = started(events)
    assert [(s.index, s.phase, s.seconds, s.origin) for s in starts] == [
        (i, p, float(p.seconds), "plan") for i, p in enumerate(PLAN.phases)
    ]
    ends = [e for e in events if isinstance(e, PhaseEnded)]
    assert [e.reason for e in ends] == ["time"] * len(PLAN.phases)
    # each phase starts exactly where the last one ended, no drift
    assert [s.at for s in starts[1:]] == [e.at for e in ends[:-1]]
    assert [s.at - T0 for s in starts] == [0, 10, 30, 60, 65, 85, 115, 125]
    assert events[-1] == Finished(T0 + 140, 140.0)
    assert engine.finished
    assert engine.update(T0 + 500) == []


def test_countdown_three_two_one_once_in_the_last_seconds_of_every_phase() -> None:
    engine = PhaseEngine(PLAN)
    events = engine.start(T0) + drive(engine, T0 + 140, step=0.1)
    counts = [(e.index, e.value, round(e.at - T0, 6)) for e in events if isinstance(e, Countdown)]
    expected = []
    for index, start in enumerate([0, 10, 30, 60, 65, 85, 115, 125]):
        end = start + PLAN.phases[index].seconds
        expected += [(index, 3, end - 3), (index, 2, end - 2), (index, 1, end - 1)]
    assert counts == expected
    # a countdown comes before the end of its phase, the end before the next start
    names = [type(e).__name__ for e in events[:6]]
    assert names == ["PhaseStarted", *["Countdown"] * 3, "PhaseEnded", "PhaseStarted"]


def test_phases_shorter_than_three_seconds_count_only_what_fits() -> None:
    plan = build_plan(
        "t",
        [PlanItem("calves", 2, False, True)],
        "high",
        Timings(transition_seconds=3, switch_seconds=1),
    )
    engine = PhaseEngine(plan)
    events = engine.start(T0) + drive(engine, T0 + plan.total_seconds)
    assert [(e.index, e.value) for e in events if isinstance(e, Countdown)] == [
        (0, 2),
        (0, 1),
        (1, 1),
        (3, 1),
    ]


def test_one_update_spanning_many_phases_emits_them_all_as_if_called_often() -> None:
    often = PhaseEngine(PLAN, suspend_after_seconds=math.inf)
    expected = often.start(T0) + drive(often, T0 + 140)
    once = PhaseEngine(PLAN, suspend_after_seconds=math.inf)
    assert once.start(T0) + once.update(T0 + 200.0) == expected


def test_a_blocked_loop_under_five_seconds_catches_up_over_short_phases() -> None:
    plan = build_plan("t", [PlanItem("calves", 1, False, True)], "high", Timings(1, 1))
    engine = PhaseEngine(plan)
    engine.start(T0)
    events = engine.update(T0 + 4.5)
    assert [(type(e).__name__, getattr(e, "index", None), e.at - T0) for e in events] == [
        ("PhaseEnded", 0, 1.0),
        ("PhaseStarted", 1, 1.0),
        ("PhaseEnded", 1, 2.0),
        ("SideFinished", None, 2.0),
        ("PhaseStarted", 2, 2.0),
        ("PhaseEnded", 2, 3.0),
        ("PhaseStarted", 3, 3.0),
        ("PhaseEnded", 3, 4.0),
        ("SideFinished", None, 4.0),
        ("Finished", None, 4.0),
    ]


def test_pause_freezes_the_clock_and_resume_goes_on_where_it_stopped() -> None:
    engine = PhaseEngine(PLAN)
    engine.start(T0)
    engine.update(T0 + 4)
    assert engine.pause(T0 + 4) == [Paused(T0 + 4)]
    assert engine.paused
    assert engine.pause(T0 + 4.5) == []  # already paused
    for second in range(5, 50):
        assert engine.update(T0 + second) == []  # a long pause is not a suspend
    frozen = engine.status(T0 + 50)
    assert (frozen.phase_remaining, frozen.elapsed, frozen.paused) == (6.0, 4.0, True)
    assert engine.resume(T0 + 50) == [Resumed(T0 + 50, 46.0)]
    assert engine.resume(T0 + 51) == []  # already running
    assert not engine.status(T0 + 51).paused
    events = engine.update(T0 + 56)
    assert started(events)[0].at == T0 + 56  # 10 s phase: 4 s before the pause, 6 s after
    status = engine.status(T0 + 56)
    assert (status.index, status.elapsed, status.remaining) == (1, 10.0, 130.0)


def test_pause_resume_twice_adds_up() -> None:
    engine = PhaseEngine(PLAN)
    engine.start(T0)
    engine.pause(T0 + 2)
    engine.resume(T0 + 4.5)
    engine.pause(T0 + 6.5)  # 4 s active
    engine.resume(T0 + 9)
    counts = drive(engine, T0 + 14.75, since=T0 + 9)
    assert [(e.value, e.at - T0) for e in counts if isinstance(e, Countdown)] == [
        (3, 12),
        (2, 13),
        (1, 14),
    ]
    assert started(counts) == []
    assert started(engine.update(T0 + 15))[0].at == T0 + 15
    assert engine.status(T0 + 15).elapsed == 10.0


def test_a_gap_over_five_seconds_suspends_at_the_last_call_and_the_gap_does_not_count() -> None:
    engine = PhaseEngine(PLAN)
    engine.start(T0)
    engine.update(T0 + 3)
    assert engine.status(T0 + 20).phase_remaining == 7.0  # a query does not count the gap
    assert engine.update(T0 + 20) == [Suspended(T0 + 3, 17.0)]
    assert engine.paused
    assert engine.status(T0 + 22).phase_remaining == 7.0
    assert engine.resume(T0 + 25) == [Resumed(T0 + 25, 22.0)]
    assert started(drive(engine, T0 + 31.75, since=T0 + 25)) == []
    assert started(engine.update(T0 + 32))[0].index == 1


def test_a_gap_of_exactly_five_seconds_is_not_a_suspend() -> None:
    engine = PhaseEngine(PLAN)
    engine.start(T0)
    events = engine.update(T0 + 5)
    assert events == [] and not engine.paused
    assert engine.status(T0 + 5).phase_remaining == 5.0


def test_an_action_after_a_gap_is_suspended_first() -> None:
    engine = PhaseEngine(PLAN)
    engine.start(T0)
    events = engine.skip(T0 + 9)
    assert isinstance(events[0], Suspended) and events[0].at == T0
    assert [type(e).__name__ for e in events[1:]] == ["PhaseEnded", "PhaseStarted"]
    assert events[1].elapsed == 0.0  # type: ignore[union-attr]
    assert engine.paused
    assert engine.status(T0 + 30).phase_remaining == 20.0  # the roll waits, paused, untouched


def test_gaps_while_paused_or_before_start_are_nothing() -> None:
    engine = PhaseEngine(PLAN)
    assert engine.update(T0) == []
    assert engine.update(T0 + 100) == []
    assert not engine.started
    engine.start(T0 + 100)
    engine.pause(T0 + 101)
    assert engine.update(T0 + 500) == []


def test_the_clock_going_backwards_is_taken_as_no_time() -> None:
    engine = PhaseEngine(PLAN)
    engine.start(T0)
    engine.update(T0 + 4)
    assert engine.update(T0 + 1) == []
    status = engine.status(T0 + 1)
    assert status.phase_remaining == 6.0 and status.elapsed == 4.0


def test_status_before_during_and_after() -> None:
    engine = PhaseEngine(PLAN)
    before = engine.status(T0)
    assert (before.started, before.phase, before.index, before.remaining) == (False, None, -1, 140)
    assert before.next_phase == PLAN.phases[0]
    engine.start(T0)
    drive(engine, T0 + 12.5)
    during = engine.status(T0 + 12.5)
    assert during.phase == PLAN.phases[1] and during.next_phase == PLAN.phases[2]
    assert (during.phase_seconds, during.phase_remaining, during.phase_elapsed) == (20, 17.5, 2.5)
    assert (during.elapsed, during.remaining) == (12.5, 127.5)
    drive(engine, T0 + 139.75)
    last = engine.status(T0 + 139.75)
    assert last.next_phase is None and last.remaining == 0.25
    engine.update(T0 + 141)
    after = engine.status(T0 + 141)
    assert (after.finished, after.phase, after.remaining, after.elapsed) == (True, None, 0, 140)
    assert after.index == len(PLAN.phases)


def test_side_finished_is_reported_as_each_side_is_done_before_the_next_begins() -> None:
    engine = PhaseEngine(PLAN)
    events = engine.start(T0) + drive(engine, T0 + 140)
    sides = [e for e in events if isinstance(e, SideFinished)]
    assert [
        (s.at - T0, s.item, s.muscle, s.side, s.rolled_seconds, s.held_seconds) for s in sides
    ] == [
        (60, 0, "calves", "right", 20, 30),
        (115, 0, "calves", "left", 20, 30),
        (140, 1, "quadriceps", "both", 15, 0),
    ]
    for side in sides:
        after = events[events.index(side) + 1]
        assert isinstance(after, PhaseStarted | Finished) and after.at == side.at
    assert [(p.rolled_seconds, p.held_seconds) for p in engine.progress(T0 + 140)] == [
        (20, 30),
        (20, 30),
        (15, 0),
    ]


def test_progress_counts_the_running_phase_so_far() -> None:
    engine = PhaseEngine(PLAN)
    engine.start(T0)
    drive(engine, T0 + 42)
    right, left, quads = engine.progress(T0 + 42)
    assert (right.side, right.rolled_seconds, right.held_seconds) == ("right", 20, 12)
    assert (left.rolled_seconds, left.held_seconds, quads.rolled_seconds) == (0, 0, 0)
