"""Timer accuracy on the real Qt event loop, with the timer screen showing (pictures and cues on).

Two runs, each in the window ``foamroll`` builds (offscreen unless a display is set):

1. A 30-minute plan (the "complete-guide" routine at medium tolerance) on a clock compressed
   ``--scale`` times (default 60: 33 routine minutes in about 33 s).
2. A real 2-minute plan at normal speed, with the event loop blocked 350 ms every 5 s.

For each it prints the total error against the plan (when the engine scheduled the end, minus
start plus plan length, in routine seconds), the worst lateness of a phase change (real ms from
when it was due to when the screen heard of it) and the CPU share of one core (process time /
wall time). Goals: total error <= 50 ms, lateness <= 100 ms, CPU <= 5 % of one core.

    python benchmarks/timer_accuracy.py [--scale 60] [--quick]

--quick shortens the real run to 20 s (for trying the script; not the figure to report).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


@dataclass
class Figures:
    name: str
    plan_seconds: int
    scale: float
    start: float = 0.0  # routine clock at start
    end_at: float | None = None  # routine clock at which the engine scheduled the end
    worst_late_ms: float = 0.0
    changes: int = 0
    wall: float = 0.0
    cpu: float = 0.0
    lates: list[float] = field(default_factory=list)

    def report(self) -> str:
        error_ms = (
            float("nan")
            if self.end_at is None
            else abs(self.end_at - self.start - self.plan_seconds) * 1000.0
        )
        share = 100.0 * self.cpu / self.wall if self.wall else float("nan")
        return (
            f"{self.name}: plan {self.plan_seconds} s at x{self.scale:g}, wall {self.wall:.1f} s, "
            f"{self.changes} phase changes\n"
            f"  total error against the plan: {error_ms:.1f} ms (goal <= 50)\n"
            f"  worst lateness of a phase change: {self.worst_late_ms:.0f} ms (goal <= 100)\n"
            f"  CPU: {share:.1f} % of one core (goal <= 5)"
        )


def run(plan_name: str, plan: object, scale: float, block_every: float | None) -> Figures:
    from PySide6.QtCore import QEventLoop, QTimer

    from foamroll_gui.app import build_main_window, load_application
    from foamroll_gui.core.history import open_history
    from foamroll_gui.core.paths import resolve_paths
    from foamroll_gui.core.session import Finished, PhaseStarted, Plan
    from foamroll_gui.ui.phase_clock import PhaseClock
    from foamroll_gui.ui.session_log import SessionLog
    from foamroll_gui.ui.timer_screen import TimerScreen

    assert isinstance(plan, Plan)
    application = load_application(resolve_paths())
    window = build_main_window(application)
    window.resize(1280, 800)
    window.show()
    timer = window.findChild(TimerScreen)
    assert timer is not None
    figures = Figures(plan_name, plan.total_seconds, scale)
    clock = PhaseClock(plan, scale=scale, parent=window)
    loop = QEventLoop()

    def on_events(events: list[object]) -> None:
        now = clock.now()
        for event in events:
            if isinstance(event, PhaseStarted | Finished):
                late = (now - event.at) / scale * 1000.0
                figures.lates.append(late)
                figures.worst_late_ms = max(figures.worst_late_ms, late)
                figures.changes += 1
            if isinstance(event, Finished):
                figures.end_at = event.at
                QTimer.singleShot(0, loop.quit)

    clock.events.connect(on_events)
    blocker = QTimer()
    if block_every is not None:
        blocker.setInterval(int(block_every * 1000))
        blocker.timeout.connect(lambda: time.sleep(0.35))  # the blocked event loop
        blocker.start()
    now_wall = lambda: datetime.now().astimezone()  # noqa: E731
    path = application.paths.history_db
    log = SessionLog(lambda: open_history(path, now=now_wall()).store, now_wall)
    wall0, cpu0 = time.perf_counter(), time.process_time()
    window.show_screen(timer)
    timer.run(clock, plan_name, log)
    figures.start = clock.now() - clock.engine.status(clock.now()).elapsed
    loop.exec()
    figures.wall = time.perf_counter() - wall0
    figures.cpu = time.process_time() - cpu0
    blocker.stop()
    log.close()
    window.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=60.0, help="compression of run 1")
    parser.add_argument("--quick", action="store_true", help="a 20 s real run instead of 2 min")
    args = parser.parse_args()
    if "DISPLAY" not in os.environ and "WAYLAND_DISPLAY" not in os.environ:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
    os.environ.setdefault("FOAMROLL_SPEECH_ENGINE", "mock")
    folder = Path(tempfile.mkdtemp(prefix="foamroll-timer-"))
    for name in ("DATA", "CONFIG", "CACHE"):
        os.environ[f"FOAMROLL_{name}_DIR"] = str(folder / name.lower())

    from foamroll_gui.app import start_qt
    from foamroll_gui.cli.routine import routine_plan
    from foamroll_gui.core.content.loader import load_content
    from foamroll_gui.core.resources import content_dir
    from foamroll_gui.core.session import PlanItem, Timings, build_plan

    start_qt()
    content = load_content(content_dir())
    long_plan = routine_plan(content, "complete-guide", "medium")
    first = run("30-minute plan, compressed", long_plan, args.scale, None)
    print(first.report(), flush=True)

    side = 5 if args.quick else 25
    both = 5 if args.quick else 45
    items = [PlanItem("calves", side, False, True), PlanItem("quadriceps", both, False, False)]
    short = build_plan("two-minutes", items, "medium", Timings(transition_seconds=10))
    second = run("real run, loop blocked 350 ms every 5 s", short, 1.0, 5.0)
    print(second.report(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
