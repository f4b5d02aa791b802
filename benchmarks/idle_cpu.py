"""CPU used by the main window while it shows a muscle's animated steps and nobody touches it.

    python benchmarks/idle_cpu.py [--muscle calves] [--seconds 5]

Prints the process CPU time per wall second (100% = one core busy), measured offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--muscle", default="calves")
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    scratch = tempfile.mkdtemp(prefix="foamroll-idle-")
    os.environ["FOAMROLL_CONFIG_DIR"] = os.path.join(scratch, "config")
    os.environ["FOAMROLL_DATA_DIR"] = os.path.join(scratch, "data")
    os.environ["FOAMROLL_CACHE_DIR"] = os.path.join(scratch, "cache")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from foamroll_gui.app import build_views, load_all_content
    from foamroll_gui.core.paths import resolve_paths
    from foamroll_gui.core.settings import Settings
    from foamroll_gui.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    paths = resolve_paths()
    content, _ = load_all_content(paths)
    window = MainWindow(content, Settings(paths.settings_file), *build_views(content))
    window.resize(1280, 800)
    window.select_muscle(args.muscle)
    window.show()
    marks: dict[str, float] = {}

    def start() -> None:
        marks["wall"], marks["cpu"] = time.monotonic(), time.process_time()
        QTimer.singleShot(round(args.seconds * 1000), stop)

    def stop() -> None:
        wall = time.monotonic() - marks["wall"]
        cpu = time.process_time() - marks["cpu"]
        print(f"{args.muscle}: {100 * cpu / wall:.1f}% of one core over {wall:.1f} s")
        app.quit()

    QTimer.singleShot(500, start)  # let start-up work finish first
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
