"""The timer screen: follow a routine from the floor, with the keyboard only.

A countdown readable from two metres (digits a quarter of the screen's height), what to do in
words, the step's picture, progress and what comes next, and a key-hint line. The screen is
handed a :class:`PhaseClock` per routine (:meth:`TimerScreen.run`), a cue sink and a session
log; it turns the engine's events into cues and history writes, and only redraws on ticks.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from foamroll_gui.core.session import (
    Countdown,
    Event,
    Finished,
    Phase,
    PhaseKind,
    PhaseSide,
    PhaseStarted,
    SideFinished,
    Stopped,
)
from foamroll_gui.ui.cues import CueSink, PassMetronome
from foamroll_gui.ui.phase_clock import PhaseClock
from foamroll_gui.ui.session_log import SessionLog

# (muscle id, phase kind, side) -> the step's picture, or None when there is none
PictureFactory = Callable[[str, PhaseKind, PhaseSide], QWidget | None]
DIGITS_SHARE = 0.3  # of the screen's height: the countdown's font (digits ~0.22)
STALE_SECONDS = 1.5  # a cue due longer ago than this (real seconds) is not played
FLOOR_STYLE = """
TimerScreen[floor="true"] { background: black; }
TimerScreen[floor="true"] QLabel { color: white; }
TimerScreen[floor="true"] QLabel#countdown { color: #ffd84d; }
TimerScreen[floor="true"] QProgressBar { background: #333; color: white; border: 2px solid white; }
TimerScreen[floor="true"] QProgressBar::chunk { background: #ffd84d; }
"""


def clock_text(seconds: float) -> str:
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


class TimerScreen(QWidget):
    #: the routine ended (finished or stopped) and the user pressed Esc or Enter to leave
    leave_requested = Signal()
    #: floor mode was switched on (True) or off: the window goes full screen
    floor_mode_changed = Signal(bool)

    def __init__(
        self,
        names: dict[str, str],
        cues: CueSink,
        picture_factory: PictureFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.names = names
        self.cues = cues
        self.picture_factory = picture_factory
        self.clock: PhaseClock | None = None
        self.log: SessionLog | None = None
        self.routine_name = ""
        self.floor_mode = False
        self.muted = False
        self._rating_open = False
        self._picture_key: tuple[str, PhaseKind, PhaseSide] | None = None
        self.metronome = PassMetronome(None)
        self._picture: QWidget | None = None
        self.setObjectName("timerScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(FLOOR_STYLE)
        self._build()

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.routine_label = self._label(1.3, bold=True)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.progress.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.phase_label = self._label(2.6, bold=True)
        self.detail_label = self._label(1.6)
        self.countdown = self._label(1.0, bold=True)
        self.countdown.setObjectName("countdown")
        self.countdown.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.state_label = self._label(1.8, bold=True)
        self.rating_label = self._label(1.5)
        self.next_label = self._label(1.5)
        self.hint_label = self._label(1.15)
        self.problem_label = self._label(1.0)
        self.picture_box = QVBoxLayout()
        self.picture_box.setContentsMargins(0, 0, 0, 0)

        centre = QVBoxLayout()
        centre.addWidget(self.phase_label)
        centre.addWidget(self.detail_label)
        centre.addWidget(self.countdown, 1)
        centre.addWidget(self.state_label)
        middle = QHBoxLayout()
        middle.addLayout(centre, 2)
        middle.addLayout(self.picture_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.routine_label)
        layout.addWidget(self.progress)
        layout.addLayout(middle, 1)
        layout.addWidget(self.rating_label)
        layout.addWidget(self.next_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.hint_label)
        self._set_hint()
        self.phase_label.setText(self.tr("No routine running"))
        self.detail_label.setText(self.tr("Pick one on the Routines screen and press Start."))

    def _label(self, size: float, *, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * size)
        font.setBold(bold)
        label.setFont(font)
        return label

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Text grows with the screen, so it reads from the floor at any window size."""
        super().resizeEvent(event)
        height = self.height()
        for label, share in (
            (self.countdown, DIGITS_SHARE),
            (self.phase_label, 0.06),
            (self.routine_label, 0.03),
            (self.detail_label, 0.035),
            (self.state_label, 0.04),
            (self.rating_label, 0.035),
            (self.next_label, 0.04),
            (self.problem_label, 0.025),
            (self.hint_label, 0.025),
        ):
            font = QFont(label.font())
            size = height * share
            if label is self.countdown:  # and never wider than its column (2/3 of the width)
                font.setPixelSize(100)
                per_pixel = QFontMetrics(font).horizontalAdvance("00:00") / 100
                size = min(size, 0.62 * self.width() / per_pixel)
            font.setPixelSize(max(12, int(size)))
            label.setFont(font)
        self.progress.setFixedHeight(max(16, int(height * 0.04)))
        font = QFont(self.progress.font())
        font.setPixelSize(max(11, int(height * 0.025)))
        self.progress.setFont(font)

    def _set_hint(self) -> None:
        hint = self.tr(
            "Space pause · H hold now · → skip · ← back · Esc stop · M {0} · F floor mode · "
            "0-9 tenderness"
        ).format(self.tr("unmute") if self.muted else self.tr("mute"))
        self.hint_label.setText(hint)

    # -- running a routine ------------------------------------------------------------------
    def run(
        self,
        clock: PhaseClock,
        routine_name: str,
        log: SessionLog,
        metronome_seconds: float | None = None,
    ) -> None:
        """Start a routine now (a routine still running here is stopped first). With
        ``metronome_seconds``, a soft tick marks each rolling pass."""
        self.metronome = PassMetronome(metronome_seconds)
        if self.clock is not None and self.clock.running:
            self.clock.stop()
        self.cues.prepare()
        self.clock, self.log, self.routine_name = clock, log, routine_name
        self._rating_open = False
        clock.events.connect(self.on_clock_events)
        clock.ticked.connect(self.redraw)
        log.begin(clock.plan.routine_id)
        clock.start()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_clock_events(self, events: list[Event]) -> None:
        clock, log = self.clock, self.log
        if clock is None or log is None:
            return
        now = clock.now()
        for event in events:
            fresh = now - event.at <= STALE_SECONDS * clock.scale
            if isinstance(event, SideFinished):
                log.side_finished(event)
                self._rating_open = log.last_entry is not None
                self.rating_label.setText(self._rating_prompt())
            elif isinstance(event, PhaseStarted):
                if event.phase.kind in ("roll", "hold") and event.origin != "continue":
                    self._rating_open = self._rating_open and event.phase.kind != "roll"
                if fresh:
                    self.cues.tone("phase")
                    self.cues.say(self.spoken(event.phase, clock))
            elif isinstance(event, Countdown):
                if fresh:
                    self.cues.tone("count")
            elif isinstance(event, Finished):
                log.end()
                self.cues.tone("done")
                self.cues.say(self.tr("Routine finished. Well done."))
            elif isinstance(event, Stopped):
                log.end()
                self.cues.stop()

    # -- words ------------------------------------------------------------------------------
    def _name(self, muscle: str) -> str:
        return self.names.get(muscle, muscle)

    def _side_words(self, side: PhaseSide) -> str:
        return {"left": self.tr("left side"), "right": self.tr("right side")}.get(side, "")

    def phase_title(self, phase: Phase, holding_now: bool = False) -> str:
        name, side = self._name(phase.muscle), self._side_words(phase.side)
        if phase.kind == "roll":
            return (
                self.tr("Roll — {0}, {1}").format(name, side)
                if side
                else self.tr("Roll — {0}").format(name)
            )
        if phase.kind == "hold":
            return self.tr("Hold the tender spot")
        if phase.kind == "switch":
            return self.tr("Switch to your {0}").format(side)
        if phase.kind == "rest":
            return self.tr("Rest")
        return self.tr("Next up: {0}").format(name)

    def next_title(self, phase: Phase) -> str:
        if phase.kind != "transition":
            return self.phase_title(phase)
        return self.tr("get ready for {0}").format(self._name(phase.muscle))

    def phase_detail(self, phase: Phase, holding_now: bool) -> str:
        name, side = self._name(phase.muscle), self._side_words(phase.side)
        where = f"{name}, {side}" if side else name
        if phase.kind == "hold":
            return (
                self.tr("{0} — then the roll goes on").format(where)
                if holding_now
                else self.tr("{0} — stay still and breathe").format(where)
            )
        if phase.kind == "transition":
            return self.tr("Get onto the roller: {0} first").format(side) if side else ""
        if phase.kind == "switch":
            return self.tr("{0}: the same on the other side").format(name)
        return ""

    def spoken(self, phase: Phase, clock: PhaseClock) -> str:
        name, side = self._name(phase.muscle), self._side_words(phase.side)
        if phase.kind == "transition":
            roll = next(
                (p for p in clock.plan.phases if p.item == phase.item and p.kind == "roll"), None
            )
            length = self._spoken_length(roll.seconds) if roll else ""
            return self.tr("Next: {0}, {1}").format(name, length)
        if phase.kind == "switch":
            return self.tr("Switch to your {0}").format(side)
        if phase.kind == "hold":
            return self.tr("Hold the tender spot")
        if phase.kind == "rest":
            return self.tr("Rest")
        return self.tr("Roll")

    def _spoken_length(self, seconds: int) -> str:
        if seconds % 60 == 0:
            minutes = seconds // 60
            return self.tr("one minute") if minutes == 1 else self.tr("{0} minutes").format(minutes)
        return self.tr("{0} seconds").format(seconds)

    def _rating_prompt(self) -> str:
        last = self.log.last_entry if self.log else None
        if not self._rating_open or last is None:
            return ""
        _, muscle, side = last
        words = self._side_words(side)  # type: ignore[arg-type]
        where = f"{self._name(muscle)}, {words}" if words else self._name(muscle)
        return self.tr("How tender was it ({0})? Press 0-9").format(where)

    # -- drawing ----------------------------------------------------------------------------
    def redraw(self) -> None:
        clock = self.clock
        if clock is None:
            return
        status = clock.status()
        total = max(1, clock.plan.total_seconds)
        self.routine_label.setText(self.routine_name)
        self.progress.setRange(0, total)
        self.progress.setValue(min(total, int(status.elapsed)))
        if status.finished or status.stopped:
            self.progress.setFormat(self.tr("Finished") if status.finished else self.tr("Stopped"))
            self.phase_label.setText(
                self.tr("Routine finished — well done") if status.finished else self.tr("Stopped")
            )
            self.detail_label.setText(self.tr("What you finished is in your history."))
            self.countdown.setText(clock_text(0))
            self.state_label.setText(self.tr("Press Esc to leave"))
            self.next_label.setText("")
            self._show_picture(None)
            self.rating_label.setText(self._rating_prompt())
            self._show_problem()
            return
        phase = status.phase
        if phase is not None and self.metronome.due(
            status.index, phase.kind, status.phase_elapsed, status.paused
        ):
            self.cues.tone("tick")
        count = len(clock.plan.phases)
        self.progress.setFormat(
            self.tr("Phase {0} of {1} · {2} left").format(
                max(1, status.index + 1), count, clock_text(status.remaining)
            )
        )
        if phase is not None:
            self.phase_label.setText(self.phase_title(phase, status.holding_now))
            self.detail_label.setText(self.phase_detail(phase, status.holding_now))
            self._show_picture(phase)
        self.countdown.setText(clock_text(status.phase_remaining))
        self.state_label.setText(self.tr("Paused — press Space to go on") if status.paused else "")
        following = status.next_phase
        self.next_label.setText(
            self.tr("Then: {0} ({1})").format(
                self.next_title(following), clock_text(following.seconds)
            )
            if following is not None
            else self.tr("Then: done")
        )
        self.rating_label.setText(self._rating_prompt())
        self._show_problem()

    def _show_problem(self) -> None:
        problem = self.log.problem if self.log else ""
        self.problem_label.setText(
            self.tr("Not saved to your history: {0}").format(problem) if problem else ""
        )

    def _show_picture(self, phase: Phase | None) -> None:
        key = None if phase is None else (phase.muscle, phase.kind, phase.side)
        if key != self._picture_key:
            self._picture_key = key
            if self._picture is not None:
                self.picture_box.removeWidget(self._picture)
                self._picture.hide()
                self._picture.deleteLater()
                self._picture = None
            if key is not None:
                picture = self.picture_factory(*key)
                if picture is not None:
                    picture.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                    picture.setMinimumSize(200, 120)
                    # as tall as its width needs, centred: the figure fills its picture
                    policy = picture.sizePolicy()
                    policy.setHeightForWidth(True)
                    picture.setSizePolicy(policy)
                    self.picture_box.addWidget(picture, 0, Qt.AlignmentFlag.AlignVCenter)
                    self._picture = picture
        if self._picture is None or phase is None:
            return
        animate = phase.kind == "roll" and not (self.clock and self.clock.engine.paused)
        method = getattr(self._picture, "play" if animate else "rest", None)
        playing = getattr(self._picture, "playing", None)
        if callable(method) and playing is not None and playing != animate:
            method()

    # -- keys -------------------------------------------------------------------------------
    @classmethod
    def confirm_stop(cls, parent: QWidget) -> bool:
        """Ask before stopping a running routine (tests patch this)."""
        answer = QMessageBox.question(
            parent,
            parent.tr("Stop the routine?"),
            parent.tr("Stop now? What you finished stays in your history."),
        )
        return answer == QMessageBox.StandardButton.Yes

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        clock = self.clock
        if key in (Qt.Key.Key_F, Qt.Key.Key_F11):
            self.set_floor_mode(not self.floor_mode)
        elif key == Qt.Key.Key_M:
            self.set_muted(not self.muted)
        elif clock is None:
            super().keyPressEvent(event)
        elif key == Qt.Key.Key_Escape:
            if not clock.running:
                self.set_floor_mode(False)
                self.leave_requested.emit()
            elif self.confirm_stop(self):
                clock.stop()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not clock.running:
            self.set_floor_mode(False)
            self.leave_requested.emit()
        elif key == Qt.Key.Key_Space:
            clock.toggle_pause()
        elif key == Qt.Key.Key_H:
            clock.hold_now()
        elif key == Qt.Key.Key_Right:
            clock.skip()
        elif key == Qt.Key.Key_Left:
            clock.back()
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.rate(int(key) - int(Qt.Key.Key_0))
        else:
            super().keyPressEvent(event)

    def rate(self, tenderness: int) -> None:
        """A tenderness key: saved on the side just finished while the next one has not begun."""
        if not self._rating_open or self.log is None:
            return
        last = self.log.last_entry
        if last is not None and self.log.rate(tenderness):
            self._rating_open = False
            self.rating_label.setText(
                self.tr("Tenderness {0} saved for {1}").format(tenderness, self._name(last[1]))
            )

    def set_muted(self, muted: bool) -> None:
        self.muted = muted
        self.cues.sounds = self.cues.voice = not muted
        if muted:
            self.cues.stop()
        self._set_hint()

    def set_floor_mode(self, on: bool) -> None:
        if on == self.floor_mode:
            return
        self.floor_mode = on
        self.setProperty("floor", "true" if on else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        for label in self.findChildren(QLabel):
            self.style().unpolish(label)
            self.style().polish(label)
        self.floor_mode_changed.emit(on)
