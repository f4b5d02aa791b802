"""CPU used by the main window with a muscle open, while its step picture plays and at rest.

    python benchmarks/idle_cpu.py [--muscle calves --muscle quadriceps] [--seconds 8]

For each muscle it opens the technique and, without any input, measures the process CPU time
per wall second (100% = one core busy) twice: while the first moving picture plays (from 0.5 s
after opening) and once the window has been untouched for 15 s. It also counts the QTimers
still running at rest. Offscreen by default; set QT_QPA_PLATFORM=xcb to measure under X.
Goals (issue 7): playing <= 4 % of one core; untouched for 15 s <= 1 % and no timer running.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

UNTOUCHED_SECONDS = 15.0


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--muscle", action="append", help="repeatable; default calves, quadriceps")
    parser.add_argument("--seconds", type=float, default=8.0, help="length of each measurement")
    args = parser.parse_args()
    muscles = args.muscle or ["calves", "quadriceps"]
    scratch = tempfile.mkdtemp(prefix="foamroll-idle-")
    os.environ["FOAMROLL_CONFIG_DIR"] = os.path.join(scratch, "config")
    os.environ["FOAMROLL_DATA_DIR"] = os.path.join(scratch, "data")
    os.environ["FOAMROLL_CACHE_DIR"] = os.path.join(scratch, "cache")

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from foamroll_gui.app import build_main_window, load_application
    from foamroll_gui.core.paths import resolve_paths

    app = QApplication(sys.argv[:1])  # noqa: F841 - must outlive the windows
    paths = resolve_paths()
    application = load_application(paths)

    def wait(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(round(seconds * 1000), loop.quit)
        loop.exec()

    def share(seconds: float) -> float:
        wall, cpu = time.monotonic(), time.process_time()
        wait(seconds)
        return 100 * (time.process_time() - cpu) / (time.monotonic() - wall)

    for muscle in muscles:
        window = build_main_window(application)
        window.resize(1280, 800)
        window.show()
        window.techniques.select_muscle(muscle)
        opened = time.monotonic()
        wait(0.5)
        playing = share(args.seconds)
        wait(max(0.0, UNTOUCHED_SECONDS - (time.monotonic() - opened)))
        timers = [t for t in window.findChildren(QTimer) if t.isActive()]
        resting = share(args.seconds)
        print(
            f"{muscle}: playing {playing:.1f}% of one core; untouched for 15 s {resting:.1f}% "
            f"with {len(timers)} timer(s) running (each over {args.seconds:.0f} s)",
            flush=True,
        )
        window.close()
        window.deleteLater()
    return 0


if __name__ == "__main__":
    sys.exit(main())
