"""The composition root: the one place that builds the core objects and the windows and wires
them together. Everything else is handed what it needs."""

from __future__ import annotations

import argparse
import os
import sys

from foamroll_gui import __version__
from foamroll_gui.core.content import load_content, load_user_routines
from foamroll_gui.core.errors import ContentError
from foamroll_gui.core.paths import resolve_paths
from foamroll_gui.core.resources import content_dir
from foamroll_gui.core.settings import Settings
from foamroll_gui.core.startup import process_age_ms


def _headless_if_no_display() -> None:
    if "QT_QPA_PLATFORM" not in os.environ and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def main(args: argparse.Namespace) -> int:
    offscreen_command = args.command in {"screenshot", "render-illustrations"}
    if offscreen_command:
        _headless_if_no_display()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Foamroll")
    app.setApplicationDisplayName("Foamroll")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Foamroll")
    app.setDesktopFileName("foamroll")

    try:
        content = load_content(content_dir())
    except ContentError as exc:
        print(exc, file=sys.stderr)
        QMessageBox.critical(
            None,
            app.tr("Foamroll cannot start"),
            app.tr("The app's own content files are broken. Reinstall Foamroll.\n\n") + str(exc),
        )
        return 1

    paths = resolve_paths(args.data_dir, args.config_dir)
    content, user_problems = load_user_routines(paths.user_routines_dir, content)
    settings = Settings(paths.settings_file)

    from foamroll_gui.ui.main_window import MainWindow

    window = MainWindow(content, settings)

    if args.command == "screenshot":
        from foamroll_gui.ui.screenshot import take_screenshot

        return take_screenshot(window, args)

    notices = [str(p) for p in user_problems]
    if settings.problem:
        notices.append(settings.problem)
    window.show()
    if notices:
        QTimer.singleShot(0, lambda: window.show_notices(notices))
    if args.quit_after_startup:
        from foamroll_gui.ui.first_paint import FirstPaintWatcher

        watcher = FirstPaintWatcher(window)
        watcher.painted.connect(lambda: _report_startup_and_quit(app))
    return app.exec()


def _report_startup_and_quit(app: object) -> None:
    """Runs as the first paint begins; the zero timer fires once that paint has finished."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def report() -> None:
        age = process_age_ms()
        print(f"{age:.0f}" if age is not None else "unknown", flush=True)
        assert isinstance(app, QApplication)
        app.quit()

    QTimer.singleShot(0, report)
