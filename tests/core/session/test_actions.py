"""Skip, back, hold now and stop, at both ends of the routine and in the middle of phases."""

from __future__ import annotations

from foamroll_gui.core.session import (
    Countdown,
    Event,
    Finished,
    Phase,
    PhaseEnded,
    PhaseEngine,
    PhaseStarted,
    SideFinished,
    SideProgress,
    Stopped,
)
from tests.core.session.clock import PLAN, T0, drive, names, started


def running_at(seconds: float) -> PhaseEngine:
    engine = PhaseEngine(PLAN)
    engine.start(T0)
    drive(engine, T0 + seconds)
    return engine


def countdowns(events: list[Event]) -> list[tuple[int, int]]:
    return [(e.index, e.value) for e in events if isinstance(e, Countdown)]


def sides(events: list[Event]) -> list[tuple[str, float, float]]:
    return [
        (e.side, e.rolled_seconds, e.held_seconds) for e in events if isinstance(e, SideFinished)
    ]


# ---- skip -------------------------------------------------------------------------------------


def test_skip_ends_the_phase_now_and_the_next_starts_in_full() -> None:
    engine = running_at(3)
    events = engine.skip(T0 + 3)
    assert events == [
        PhaseEnded(T0 + 3, 0, PLAN.phases[0], 3.0, "skip"),
        PhaseStarted(T0 + 3, 1, PLAN.phases[1], 20.0, "plan"),
    ]
    assert started(drive(engine, T0 + 23, since=T0 + 3))[0].at == T0 + 23


def test_no_countdown_for_the_seconds_skipped_past() -> None:
    engine = PhaseEngine(PLAN)
    events = engine.start(T0) + drive(engine, T0 + 7.5)
    events += engine.skip(T0 + 7.5) + drive(engine, T0 + 30, since=T0 + 7.5)
    assert countdowns(events) == [(0, 3), (1, 3), (1, 2), (1, 1)]


def test_a_skipped_roll_counts_what_was_rolled() -> None:
    engine = running_at(15)
    events = engine.skip(T0 + 15) + engine.skip(T0 + 15)  # the roll after 5 s, the hold at once
    assert sides(events) == [("right", 5.0, 0.0)]
    assert names(events)[-2:] == ["SideFinished", "PhaseStarted"]


def test_a_side_skipped_at_once_is_not_reported() -> None:
    engine = running_at(0)
    events: list[Event] = []
    for _ in range(3):  # transition, roll, hold of the right calf
        events += engine.skip(T0)
    assert sides(events) == []
    assert engine.status(T0).phase == PLAN.phases[3]


def test_skip_at_the_last_phase_finishes() -> None:
    engine = running_at(130)
    events = engine.skip(T0 + 130)
    assert names(events) == ["PhaseEnded", "SideFinished", "Finished"]
    assert events[-1] == Finished(T0 + 130, 130.0)
    assert sides(events) == [("both", 5.0, 0.0)]
    assert engine.skip(T0 + 131) == [] and engine.back(T0 + 131) == []


def test_skip_while_paused_moves_on_and_stays_paused() -> None:
    engine = running_at(4)
    engine.pause(T0 + 4)
    events = engine.skip(T0 + 20)
    assert [(type(e).__name__, e.at) for e in events] == [
        ("PhaseEnded", T0 + 4),
        ("PhaseStarted", T0 + 4),
    ]
    status = engine.status(T0 + 40)
    assert (status.paused, status.index, status.phase_remaining) == (True, 1, 20.0)
    assert engine.update(T0 + 60) == []
    engine.resume(T0 + 60)
    assert started(drive(engine, T0 + 80, since=T0 + 60))[0].at == T0 + 80


# ---- back -------------------------------------------------------------------------------------


def test_back_more_than_two_seconds_in_restarts_the_phase() -> None:
    engine = running_at(15)
    events = engine.back(T0 + 15)
    assert events == [
        PhaseEnded(T0 + 15, 1, PLAN.phases[1], 5.0, "back"),
        PhaseStarted(T0 + 15, 1, PLAN.phases[1], 20.0, "back"),
    ]
    later = drive(engine, T0 + 35, since=T0 + 15)
    assert countdowns(later) == [(1, 3), (1, 2), (1, 1)]  # the restarted phase counts down again
    assert started(later)[0].at == T0 + 35
    assert engine.progress(T0 + 35)[0].rolled_seconds == 25.0  # real time: 5 s + 20 s


def test_back_within_two_seconds_goes_to_the_previous_phase_in_full() -> None:
    engine = running_at(12)  # exactly 2 s into the roll
    events = engine.back(T0 + 12)
    assert events[-1] == PhaseStarted(T0 + 12, 0, PLAN.phases[0], 10.0, "back")
    assert engine.status(T0 + 12).next_phase == PLAN.phases[1]
    assert started(drive(engine, T0 + 22, since=T0 + 12)) == [
        PhaseStarted(T0 + 22, 1, PLAN.phases[1], 20.0, "plan")
    ]


def test_back_two_and_a_half_seconds_in_restarts() -> None:
    engine = running_at(12.5)
    assert engine.back(T0 + 12.5)[-1] == PhaseStarted(T0 + 12.5, 1, PLAN.phases[1], 20.0, "back")


def test_back_at_the_first_phase_restarts_it() -> None:
    engine = running_at(1)
    assert engine.back(T0 + 1)[-1] == PhaseStarted(T0 + 1, 0, PLAN.phases[0], 10.0, "back")
    assert engine.status(T0 + 1).phase_remaining == 10.0


def test_back_at_the_last_phase() -> None:
    engine = running_at(126)
    assert engine.back(T0 + 126)[-1].index == 6  # type: ignore[union-attr]
    engine = running_at(135)
    assert engine.back(T0 + 135)[-1] == PhaseStarted(T0 + 135, 7, PLAN.phases[7], 15.0, "back")


def test_back_into_a_side_already_reported_reports_only_what_was_added() -> None:
    engine = running_at(61)  # 1 s into the switch: the right calf was reported at 60
    events = engine.back(T0 + 61) + drive(engine, T0 + 91, since=T0 + 61)
    assert events[1] == PhaseStarted(T0 + 61, 2, PLAN.phases[2], 30.0, "back")
    assert sides(events) == [("right", 0.0, 30.0)]
    assert engine.progress(T0 + 91)[0] == SideProgress(0, "calves", "right", 20.0, 60.0)


def test_back_while_paused_stays_paused() -> None:
    engine = running_at(20)
    engine.pause(T0 + 20)
    engine.back(T0 + 30)
    status = engine.status(T0 + 30)
    assert (status.paused, status.index, status.phase_remaining) == (True, 1, 20.0)


# ---- hold now ---------------------------------------------------------------------------------


def test_hold_now_holds_then_the_roll_continues_with_the_time_it_had_left() -> None:
    engine = running_at(15)
    hold = Phase("hold", "calves", "right", 30, 0)
    events = engine.hold_now(T0 + 15)
    assert events == [
        PhaseEnded(T0 + 15, 1, PLAN.phases[1], 5.0, "hold_now"),
        PhaseStarted(T0 + 15, 1, hold, 30.0, "hold_now"),
    ]
    status = engine.status(T0 + 15)
    assert status.holding_now and status.next_phase == PLAN.phases[1]
    assert status.remaining == 30 + 15 + 110  # the hold, the roll left, then the rest of the plan
    events = drive(engine, T0 + 90, since=T0 + 15)
    assert started(events) == [
        PhaseStarted(T0 + 45, 1, PLAN.phases[1], 15.0, "continue"),
        PhaseStarted(T0 + 60, 2, PLAN.phases[2], 30.0, "plan"),
        PhaseStarted(T0 + 90, 3, PLAN.phases[3], 5.0, "plan"),
    ]
    assert sides(events) == [("right", 20.0, 60.0)]


def test_hold_now_in_the_last_second_of_a_roll() -> None:
    engine = PhaseEngine(PLAN)
    events = engine.start(T0) + drive(engine, T0 + 29.5)
    events += engine.hold_now(T0 + 29.5)
    assert engine.status(T0 + 29.5).holding_now
    events += drive(engine, T0 + 60, since=T0 + 29.5)
    roll_and_hold = [s for s in started(events) if s.index == 1]
    assert [(s.origin, s.at - T0, s.seconds) for s in roll_and_hold] == [
        ("plan", 10, 20),
        ("hold_now", 29.5, 30),
        ("continue", 59.5, 0.5),
    ]
    # 3, 2, 1 once for the roll (all before the hold), once for the hold, none again after it
    assert countdowns(events) == [(0, 3), (0, 2), (0, 1)] + [(1, 3), (1, 2), (1, 1)] * 2
    assert started(events)[-1] == PhaseStarted(T0 + 60, 2, PLAN.phases[2], 30.0, "plan")


def test_hold_now_keeps_the_countdown_left_for_the_roll() -> None:
    engine = PhaseEngine(PLAN)
    events = engine.start(T0) + drive(engine, T0 + 27.5) + engine.hold_now(T0 + 27.5)
    events += drive(engine, T0 + 60, since=T0 + 27.5)
    rolls = [e.value for e in events if isinstance(e, Countdown) and e.phase.kind == "roll"]
    assert rolls == [3, 2, 1]


def test_hold_now_does_nothing_outside_a_running_roll() -> None:
    assert running_at(5).hold_now(T0 + 5) == []  # transition
    assert running_at(40).hold_now(T0 + 40) == []  # scheduled hold
    paused = running_at(20)
    paused.pause(T0 + 20)
    assert paused.hold_now(T0 + 21) == []
    assert PhaseEngine(PLAN).hold_now(T0) == []


def test_skip_during_hold_now_goes_back_to_the_roll() -> None:
    engine = running_at(15)
    engine.hold_now(T0 + 15)
    drive(engine, T0 + 25, since=T0 + 15)
    events = engine.skip(T0 + 25)
    assert events[-1] == PhaseStarted(T0 + 25, 1, PLAN.phases[1], 15.0, "continue")
    assert engine.progress(T0 + 25)[0].held_seconds == 10.0


def test_back_right_after_hold_now_cancels_it_and_later_restarts_the_hold() -> None:
    engine = running_at(15)
    engine.hold_now(T0 + 15)
    assert engine.back(T0 + 16)[-1] == PhaseStarted(T0 + 16, 1, PLAN.phases[1], 15.0, "continue")
    engine.hold_now(T0 + 20)
    restarted = engine.back(T0 + 25)[-1]
    assert isinstance(restarted, PhaseStarted) and restarted.origin == "hold_now"
    assert (restarted.phase.kind, restarted.seconds) == ("hold", 30.0)
    assert engine.status(T0 + 25).next_phase == PLAN.phases[1]
    events = drive(engine, T0 + 65, since=T0 + 25)
    assert started(events)[0] == PhaseStarted(T0 + 55, 1, PLAN.phases[1], 11.0, "continue")


def test_back_in_a_continued_roll_counts_the_time_rolled_before_the_hold() -> None:
    engine = running_at(11)
    engine.hold_now(T0 + 11)
    drive(engine, T0 + 42, since=T0 + 11)  # the hold ended at 41, the roll goes on
    status = engine.status(T0 + 42)
    assert (status.phase_elapsed, status.phase_remaining) == (2.0, 18.0)
    # 2 s into the roll in all: back goes to the transition
    assert engine.back(T0 + 42)[-1].index == 0  # type: ignore[union-attr]


# ---- stop -------------------------------------------------------------------------------------


def test_stop_keeps_what_was_finished_and_hands_over_the_rest() -> None:
    engine = PhaseEngine(PLAN)
    events = engine.start(T0) + drive(engine, T0 + 70) + engine.stop(T0 + 70)
    assert sides(events) == [("right", 20.0, 30.0)]
    assert events[-2] == PhaseEnded(T0 + 70, 4, PLAN.phases[4], 5.0, "stop")
    assert events[-1] == Stopped(T0 + 70, 70.0, (SideProgress(0, "calves", "left", 5.0, 0.0),))
    assert engine.stopped and not engine.finished
    for action in (engine.update, engine.skip, engine.back, engine.hold_now, engine.resume):
        assert action(T0 + 80) == []
    assert engine.stop(T0 + 80) == [] and engine.start(T0 + 80) == []
    assert engine.status(T0 + 80).elapsed == 70.0


def test_stop_during_hold_now_and_while_paused() -> None:
    engine = running_at(15)
    engine.hold_now(T0 + 15)
    drive(engine, T0 + 20, since=T0 + 15)
    engine.pause(T0 + 20)
    events = engine.stop(T0 + 30)
    assert events[-1] == Stopped(T0 + 30, 20.0, (SideProgress(0, "calves", "right", 5.0, 5.0),))
    assert PhaseEngine(PLAN).stop(T0) == []
