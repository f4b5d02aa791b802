"""Starts timed routines: from the Routine screen, from the step viewer's "Start timed session
for this muscle" and from ``--start-routine``. Builds the plan from the user's preferences, hands
the timer screen a fresh :class:`PhaseClock` and :class:`SessionLog`, and shows the screens.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from foamroll_gui.cli.routine import muscle_plan, routine_plan
from foamroll_gui.core.content.model import Content, StepKind
from foamroll_gui.core.illustrations.step_poses import Illustrations
from foamroll_gui.core.session import PainTolerance, PhaseKind, PhaseSide, Plan
from foamroll_gui.core.settings import Settings
from foamroll_gui.ui.phase_clock import PhaseClock
from foamroll_gui.ui.routine_book import RoutineBook
from foamroll_gui.ui.routine_screen import RoutineScreen
from foamroll_gui.ui.session_log import SessionLog
from foamroll_gui.ui.timer_screen import TimerScreen

if TYPE_CHECKING:
    from foamroll_gui.ui.main_window import MainWindow

LogFactory = Callable[[], SessionLog]


class RoutineRunner(QObject):
    """Owned by the main window. ``time_scale`` runs every routine's clock that much faster.
    Routines come from ``book`` at each start, so a routine saved a moment ago can be started."""

    def __init__(
        self,
        window: MainWindow,
        book: RoutineBook,
        settings: Settings,
        routine_screen: RoutineScreen,
        timer_screen: TimerScreen,
        new_log: LogFactory,
        clock: Callable[[], float],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.book = book
        self.settings = settings
        self.routine_screen = routine_screen
        self.timer_screen = timer_screen
        self.new_log = new_log
        self.clock = clock
        self.time_scale = 1.0
        #: runs every start: at once, or later (the first run puts its safety screen first)
        self.before_start: Callable[[Callable[[], None]], None] = _at_once
        self._log: SessionLog | None = None
        routine_screen.start_requested.connect(self.start_routine)
        routine_screen.tolerance_changed.connect(self.on_routine_screen_tolerance_changed)
        routine_screen.metronome_changed.connect(self.on_routine_screen_metronome_changed)
        timer_screen.leave_requested.connect(self.on_timer_screen_leave_requested)
        timer_screen.floor_mode_changed.connect(self.on_timer_screen_floor_mode_changed)
        window.start_session_requested.connect(self.start_muscle)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.on_app_about_to_quit)

    @property
    def content(self) -> Content:
        """The content with the current routines (the user's saved ones too)."""
        return self.book.content()

    @property
    def tolerance(self) -> PainTolerance:
        return self.settings.preferences.pain_tolerance

    def routine_length(self, routine_id: str, tolerance: PainTolerance) -> int:
        prefs = self.settings.preferences
        return routine_plan(self.content, routine_id, tolerance, prefs).total_seconds

    def start_routine(self, routine_id: str) -> None:
        """Start a routine once :attr:`before_start` lets it (at once unless the first run's
        safety screen goes first). Raises ``UnknownRoutineError`` for an id the content does
        not have."""
        self.before_start(functools.partial(self._start_routine, routine_id))

    def start_muscle(self, muscle_id: str) -> None:
        """A timed session for one muscle group, once :attr:`before_start` lets it."""
        self.before_start(functools.partial(self._start_muscle, muscle_id))

    def _start_routine(self, routine_id: str) -> None:
        content = self.content
        plan = routine_plan(content, routine_id, self.tolerance, self.settings.preferences)
        routine = content.routine(routine_id)
        self._start(plan, routine.name, routine.pass_seconds)

    def _start_muscle(self, muscle_id: str) -> None:
        plan = muscle_plan(self.content, muscle_id, self.tolerance, self.settings.preferences)
        name = self.content.muscle(muscle_id).name
        title = self.timer_screen.tr("{0}: a timed session").format(name)
        self._start(plan, title, self.settings.preferences.metronome_seconds)

    def _start(self, plan: Plan, title: str, pass_seconds: float) -> None:
        if self._log is not None:
            self._log.close()
        self._log = self.new_log()
        phase_clock = PhaseClock(plan, clock=self.clock, scale=self.time_scale, parent=self)
        self.window.show_screen(self.timer_screen)
        metronome = pass_seconds if self.settings.preferences.metronome else None
        self.timer_screen.run(phase_clock, title, self._log, metronome)

    def on_app_about_to_quit(self) -> None:
        """Quitting mid-routine stops it: the session ends with what was finished."""
        clock = self.timer_screen.clock
        if clock is not None and clock.running:
            clock.stop()
        if self._log is not None:
            self._log.close()
            self._log = None

    def on_routine_screen_tolerance_changed(self, tolerance: str) -> None:
        prefs = self.settings.preferences
        self.settings.set_preferences(prefs.changed(pain_tolerance=tolerance))

    def on_routine_screen_metronome_changed(self, on: bool) -> None:
        prefs = self.settings.preferences
        self.settings.set_preferences(prefs.changed(metronome=on))

    def on_timer_screen_leave_requested(self) -> None:
        self.window.show_screen(self.routine_screen)

    def on_timer_screen_floor_mode_changed(self, on: bool) -> None:
        self.window.menuBar().setVisible(not on)
        if on:
            self.window.showFullScreen()
        else:
            self.window.showNormal()


def timer_pictures(
    content: Content, illustrations: Illustrations, clock: Callable[[], float]
) -> Callable[[str, PhaseKind, PhaseSide], QWidget | None]:
    """The timer's picture of a phase: the technique's step of that kind, for the worked side
    (a transition shows the setup, a rest nothing)."""
    step_kinds: dict[PhaseKind, StepKind] = {
        "transition": "setup",
        "roll": "roll",
        "hold": "hold",
        "switch": "switch",
    }

    def picture(muscle_id: str, kind: PhaseKind, side: PhaseSide) -> QWidget | None:
        poses = illustrations.get(muscle_id)
        step_kind = step_kinds.get(kind)
        if poses is None or step_kind is None or muscle_id not in content.techniques:
            return None
        step = content.technique(muscle_id).first(step_kind)
        if step is None:
            return None
        from foamroll_gui.ui.illustration import IllustrationWidget

        widget = IllustrationWidget(clock=clock, autoplay=False)
        widget.set_step(poses, step.id, None if side == "both" else side)
        return widget

    return picture


def _at_once(start: Callable[[], None]) -> None:
    start()
