"""The timer screen with a fake clock: keys, words on screen, cues and history writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from foamroll_gui.core.history import HistoryStore, open_history
from foamroll_gui.core.session import PlanItem, Timings, build_plan
from foamroll_gui.ui.cues import Tone
from foamroll_gui.ui.phase_clock import PhaseClock
from foamroll_gui.ui.session_log import SessionLog
from foamroll_gui.ui.timer_screen import TimerScreen, clock_text
from tests.conftest import FakeClock

NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@dataclass
class RecordingCues:
    """A cue sink that remembers what it was asked to play and say."""

    sounds: bool = True
    voice: bool = True
    prepared: int = 0
    tones: list[Tone] = field(default_factory=list)
    spoken: list[str] = field(default_factory=list)
    stops: int = 0

    def prepare(self) -> None:
        self.prepared += 1

    def tone(self, tone: Tone) -> None:
        if self.sounds:
            self.tones.append(tone)

    def say(self, text: str) -> None:
        if self.voice:
            self.spoken.append(text)

    def stop(self) -> None:
        self.stops += 1


@dataclass
class Rig:
    screen: TimerScreen
    clock: FakeClock
    phase_clock: PhaseClock
    cues: RecordingCues
    log: SessionLog
    db: Path
    pictures: list[tuple[str, str, str]]

    def advance(self, seconds: float, step: float = 1.0) -> None:
        """Move the fake clock on as a 1 s timer would (the engine never counts ticks)."""
        while seconds > 0:
            self.clock.advance(min(step, seconds))
            seconds -= step
            self.phase_clock.on_timer_timeout()

    def key(self, qtbot: QtBot, key: Qt.Key) -> None:
        qtbot.keyClick(self.screen, key)

    def entries(self) -> list[tuple[str, str, float, float, int | None]]:
        with open_history(self.db, now=NOON).store as store:
            return [
                (row[0], row[1], row[2], row[3], row[4])
                for row in store.query(
                    "SELECT muscle, side, rolled_s, held_s, tenderness FROM entries ORDER BY rowid"
                )
            ]


PLAN_ITEMS = [
    PlanItem("calves", 30, hold=True, one_sided=True),
    PlanItem("quadriceps", 20, hold=False, one_sided=False),
]
NAMES = {"calves": "Calves", "quadriceps": "Quadriceps"}


@pytest.fixture
def rig(qtbot: QtBot, tmp_path: Path, fake_clock: FakeClock) -> Rig:
    plan = build_plan("test", PLAN_ITEMS, "high", Timings(transition_seconds=10, switch_seconds=5))
    cues = RecordingCues()
    pictures: list[tuple[str, str, str]] = []

    def picture(muscle: str, kind: str, side: str) -> QWidget:
        pictures.append((muscle, kind, side))
        return QWidget()

    screen = TimerScreen(NAMES, cues, picture)  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    db = tmp_path / "history.sqlite"
    stores: list[HistoryStore] = []

    def open_store() -> HistoryStore:
        stores.append(open_history(db, now=NOON).store)
        return stores[-1]

    log = SessionLog(open_store, lambda: NOON)
    phase_clock = PhaseClock(plan, clock=fake_clock)
    screen.run(phase_clock, "Test routine", log)
    yield Rig(screen, fake_clock, phase_clock, cues, log, db, pictures)
    phase_clock.timer.stop()
    log.close()


def test_clock_text_rounds_up_so_the_last_second_shows_1() -> None:
    assert [clock_text(s) for s in (90, 59.2, 0.3, 0, -1)] == [
        "1:30",
        "1:00",
        "0:01",
        "0:00",
        "0:00",
    ]


def test_start_shows_what_to_do_and_the_big_countdown(rig: Rig) -> None:
    screen = rig.screen
    assert screen.phase_label.text() == "Next up: Calves"
    assert screen.countdown.text() == "0:10"
    assert screen.next_label.text() == "Then: Roll — Calves, right side (0:30)"
    assert "Space pause" in screen.hint_label.text() and "0-9" in screen.hint_label.text()
    digits = QFontMetrics(screen.countdown.font()).tightBoundingRect("0:10")
    assert digits.height() >= screen.height() / 5
    assert digits.width() <= screen.countdown.width()
    assert rig.cues.prepared == 1
    assert rig.cues.spoken == ["Next: Calves, 30 seconds"]
    assert rig.phase_clock.timer.isActive()


def test_phases_follow_the_clock_with_words_cues_and_pictures(rig: Rig) -> None:
    rig.advance(10)
    assert rig.screen.phase_label.text() == "Roll — Calves, right side"
    assert rig.pictures[-1] == ("calves", "roll", "right")
    assert rig.screen.picture_box.count() == 1  # the transition's picture made way
    assert rig.cues.tones[-4:] == ["count", "count", "count", "phase"]
    rig.advance(30)
    assert rig.screen.phase_label.text() == "Hold the tender spot"
    rig.advance(30)
    assert rig.screen.phase_label.text() == "Switch to your left side"
    assert rig.cues.spoken[-1] == "Switch to your left side"
    assert rig.screen.countdown.text() == "0:05"


def test_each_finished_side_is_in_the_history_at_once_and_rated_in_the_transition(
    rig: Rig, qtbot: QtBot
) -> None:
    rig.advance(10 + 30 + 30)
    assert rig.entries() == [("calves", "right", 30.0, 30.0, None)]
    assert rig.screen.rating_label.text() == "How tender was it (Calves, right side)? Press 0-9"
    rig.key(qtbot, Qt.Key.Key_7)
    assert rig.entries() == [("calves", "right", 30.0, 30.0, 7)]
    assert rig.screen.rating_label.text() == "Tenderness 7 saved for Calves"
    rig.advance(5)  # the next roll: a late key rates nothing
    rig.key(qtbot, Qt.Key.Key_3)
    assert rig.entries()[0][4] == 7


def test_pause_space_freezes_the_countdown_and_resumes(rig: Rig, qtbot: QtBot) -> None:
    rig.advance(4)
    rig.key(qtbot, Qt.Key.Key_Space)
    assert rig.screen.state_label.text() == "Paused — press Space to go on"
    rig.advance(60)
    assert rig.screen.countdown.text() == "0:06"
    rig.key(qtbot, Qt.Key.Key_Space)
    assert rig.screen.state_label.text() == ""
    rig.advance(1)
    assert rig.screen.countdown.text() == "0:05"


def test_hold_now_skip_and_back_keys(rig: Rig, qtbot: QtBot) -> None:
    rig.key(qtbot, Qt.Key.Key_Right)  # skip the transition
    assert rig.screen.phase_label.text() == "Roll — Calves, right side"
    rig.advance(12)
    rig.key(qtbot, Qt.Key.Key_H)
    assert rig.screen.phase_label.text() == "Hold the tender spot"
    assert rig.screen.detail_label.text() == "Calves, right side — then the roll goes on"
    assert rig.screen.countdown.text() == "0:30"  # high tolerance: 30 s
    rig.advance(30)
    assert rig.screen.phase_label.text() == "Roll — Calves, right side"
    assert rig.screen.countdown.text() == "0:18"  # the time the roll had left
    rig.advance(1)
    rig.key(qtbot, Qt.Key.Key_Left)  # within 2 s of the continued roll: back
    assert rig.screen.phase_label.text() != "Next up: Calves"


def test_esc_asks_first_and_keeps_what_was_finished(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([False, True])
    monkeypatch.setattr(TimerScreen, "confirm_stop", classmethod(lambda cls, p: next(answers)))
    rig.advance(10 + 30 + 30 + 5 + 10)
    rig.key(qtbot, Qt.Key.Key_Escape)  # "no": it goes on
    assert rig.phase_clock.running
    rig.key(qtbot, Qt.Key.Key_Escape)
    assert not rig.phase_clock.running
    assert not rig.phase_clock.timer.isActive() and not rig.phase_clock.edge.isActive()
    assert rig.screen.phase_label.text() == "Stopped"
    assert rig.entries() == [("calves", "right", 30.0, 30.0, None)]
    with open_history(rig.db, now=NOON).store as store:
        assert store.query("SELECT ended_at IS NOT NULL FROM sessions") == [(1,)]
    with qtbot.waitSignal(rig.screen.leave_requested):
        rig.key(qtbot, Qt.Key.Key_Escape)


def test_finishing_writes_every_side_and_ends_the_session(rig: Rig) -> None:
    rig.advance(rig.phase_clock.plan.total_seconds + 1)
    assert rig.screen.phase_label.text() == "Routine finished — well done"
    assert [e[:2] for e in rig.entries()] == [
        ("calves", "right"),
        ("calves", "left"),
        ("quadriceps", "both"),
    ]
    assert rig.cues.tones[-1] == "done"
    with open_history(rig.db, now=NOON).store as store:
        assert store.query("SELECT routine, ended_at IS NOT NULL FROM sessions") == [("test", 1)]


def test_mute_silences_cues_and_says_so(rig: Rig, qtbot: QtBot) -> None:
    rig.key(qtbot, Qt.Key.Key_M)
    assert "M unmute" in rig.screen.hint_label.text()
    before = (len(rig.cues.tones), len(rig.cues.spoken))
    rig.advance(10)
    assert (len(rig.cues.tones), len(rig.cues.spoken)) == before
    rig.key(qtbot, Qt.Key.Key_M)
    rig.advance(30)
    assert rig.cues.spoken[-1] == "Hold the tender spot"


def test_cues_of_a_blocked_loop_are_not_played_late(rig: Rig) -> None:
    rig.advance(12, step=4)  # ticks 4 s apart: the transition ended 2 s before the last one
    assert rig.cues.tones == ["phase", "count", "count"]
    assert rig.screen.phase_label.text() == "Roll — Calves, right side"


def test_floor_mode_on_f_and_f11(rig: Rig, qtbot: QtBot) -> None:
    with qtbot.waitSignal(rig.screen.floor_mode_changed) as signal:
        rig.key(qtbot, Qt.Key.Key_F)
    assert signal.args == [True]
    assert rig.screen.floor_mode
    assert rig.screen.countdown.palette().color(rig.screen.countdown.foregroundRole()).name() == (
        "#ffd84d"
    )
    rig.key(qtbot, Qt.Key.Key_F11)
    assert not rig.screen.floor_mode


def test_a_history_that_cannot_be_written_never_stops_the_routine(
    qtbot: QtBot, fake_clock: FakeClock, tmp_path: Path
) -> None:
    from foamroll_gui.core.history import HistoryError

    def broken() -> HistoryStore:
        raise HistoryError("the disk is full; free some space")

    plan = build_plan("test", PLAN_ITEMS, "high")
    screen = TimerScreen(NAMES, RecordingCues(), lambda *a: None)  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    phase_clock = PhaseClock(plan, clock=fake_clock)
    screen.run(phase_clock, "Test", SessionLog(broken, lambda: NOON))
    for _ in range(11):
        fake_clock.advance(1)
        phase_clock.on_timer_timeout()
    assert screen.phase_label.text() == "Roll — Calves, right side"
    assert "the disk is full" in screen.problem_label.text()
    phase_clock.timer.stop()


def test_the_engine_is_woken_when_the_next_second_is_due(rig: Rig, qtbot: QtBot) -> None:
    assert rig.phase_clock.edge.interval() == 1000
    rig.advance(0.4)
    assert rig.phase_clock.edge.isActive() and rig.phase_clock.edge.interval() == 600
    rig.key(qtbot, Qt.Key.Key_Space)  # paused: nothing is due
    assert not rig.phase_clock.edge.isActive()
    rig.key(qtbot, Qt.Key.Key_Space)
    assert rig.phase_clock.edge.isActive() and rig.phase_clock.edge.interval() == 600


def test_the_pass_metronome_ticks_once_a_pass_during_rolls_only(
    qtbot: QtBot, fake_clock: FakeClock, tmp_path: Path
) -> None:
    plan = build_plan("test", PLAN_ITEMS, "high", Timings(transition_seconds=10, switch_seconds=5))
    cues = RecordingCues()
    screen = TimerScreen(NAMES, cues, lambda *a: None)  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    phase_clock = PhaseClock(plan, clock=fake_clock)
    log = SessionLog(lambda: open_history(tmp_path / "h.sqlite", now=NOON).store, lambda: NOON)
    screen.run(phase_clock, "Test", log, metronome_seconds=3)

    def advance(seconds: float) -> None:
        for _ in range(int(seconds * 10)):
            fake_clock.advance(0.1)
            phase_clock.on_timer_timeout()

    advance(10)  # the transition: no ticks
    assert cues.tones.count("tick") == 0
    advance(15)
    assert cues.tones.count("tick") == 5  # 3, 6, 9, 12, 15 s into the roll
    screen.keyPressEvent(
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier)
    )
    advance(9)  # paused
    assert cues.tones.count("tick") == 5
    phase_clock.timer.stop()
    log.close()
