"""The Qt adapter of the phase engine: a QTimer that asks the engine what happened, and redraws.

Remaining time always comes from the clock (``clock() * scale``), never from counting ticks, so
a blocked event loop makes the screen late to redraw but never wrong. ``scale`` runs the routine
N times faster (``--time-scale``); the engine's suspend and "back" thresholds are scaled with it
so they stay the same in real seconds.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from foamroll_gui.core.session import Event, PhaseEngine, Plan, Status

TICK_MS = 100


class PhaseClock(QObject):
    """Runs one plan. Every action emits ``events`` (a list, possibly empty) then ``ticked``."""

    #: the engine's events since the last call, in order (a list of core.session events)
    events = Signal(list)
    #: redraw now (after every timer tick and every action)
    ticked = Signal()

    def __init__(
        self,
        plan: Plan,
        *,
        clock: Callable[[], float] = time.monotonic,
        scale: float = 1.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if scale <= 0:
            raise ValueError(f"time scale must be more than 0, not {scale}")
        self.plan = plan
        self.scale = scale
        self._clock = clock
        self.engine = PhaseEngine(
            plan, back_grace_seconds=2.0 * scale, suspend_after_seconds=5.0 * scale
        )
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.on_timer_timeout)
        # Wakes the engine exactly when the next whole second of the phase is due (a countdown
        # second or the phase's end), so cues are not up to a tick late.
        self.edge = QTimer(self)
        self.edge.setSingleShot(True)
        self.edge.setTimerType(Qt.TimerType.PreciseTimer)
        self.edge.timeout.connect(self.on_timer_timeout)

    def now(self) -> float:
        """The routine's clock: monotonic seconds times the scale."""
        return self._clock() * self.scale

    def status(self) -> Status:
        return self.engine.status(self.now())

    @property
    def running(self) -> bool:
        return self.engine.started and not (self.engine.finished or self.engine.stopped)

    def start(self) -> None:
        self._emit(self.engine.start(self.now()))
        self.timer.start()

    def on_timer_timeout(self) -> None:
        self._emit(self.engine.update(self.now()))

    def toggle_pause(self) -> None:
        now = self.now()
        if self.engine.paused:
            self._emit(self.engine.resume(now))
        else:
            self._emit(self.engine.pause(now))

    def skip(self) -> None:
        self._emit(self.engine.skip(self.now()))

    def back(self) -> None:
        self._emit(self.engine.back(self.now()))

    def hold_now(self) -> None:
        self._emit(self.engine.hold_now(self.now()))

    def stop(self) -> None:
        self._emit(self.engine.stop(self.now()))

    def _emit(self, events: list[Event]) -> None:
        if not self.running or self.engine.paused:
            if not self.running:
                self.timer.stop()
            self.edge.stop()
        else:
            left = self.engine.status(self.now()).phase_remaining
            to_edge = left - math.floor(left) or 1.0
            self.edge.start(max(1, math.ceil(to_edge / self.scale * 1000)))
        if events:
            self.events.emit(events)
        self.ticked.emit()
