"""The composition root: the one place that builds the core objects and the windows and wires
them together. Everything else is handed what it needs."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from foamroll_gui import __version__
from foamroll_gui.core.content_cache import load_cached
from foamroll_gui.core.errors import ContentError, Problem
from foamroll_gui.core.model import Content
from foamroll_gui.core.paths import Paths, resolve_paths
from foamroll_gui.core.resources import content_dir
from foamroll_gui.core.settings import Settings
from foamroll_gui.core.startup import process_age_ms

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from foamroll_gui.ui.muscle_map_panel import MuscleMapPanel
    from foamroll_gui.ui.step_viewer import StepViewer


def _no_display() -> bool:
    """On Linux without X11 or Wayland (and no platform chosen), Qt could only abort."""
    return (
        sys.platform.startswith("linux")
        and "QT_QPA_PLATFORM" not in os.environ
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    )


def _headless_if_no_display() -> None:
    if _no_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _parse_content(root: Path) -> Content:
    from foamroll_gui.core.content import load_content  # YAML is only imported on a cache miss

    return load_content(root)


def load_all_content(paths: Paths) -> tuple[Content, tuple[Problem, ...]]:
    """The shipped content (from the start-up cache when unchanged) plus the user's routines.

    Raises ContentError when the shipped content is broken; a broken user file is only reported.
    """
    content = load_cached(content_dir(), paths.cache_dir, _parse_content)
    if not any(paths.user_routines_dir.glob("*.yaml")):
        return content, ()
    from foamroll_gui.core.content import load_user_routines

    return load_user_routines(paths.user_routines_dir, content)


def main(args: argparse.Namespace) -> int:
    offscreen_command = args.command in {"screenshot", "render-illustrations"}
    if offscreen_command:
        _headless_if_no_display()
    elif _no_display():
        print(
            "foamroll: no desktop session to open a window on (DISPLAY and WAYLAND_DISPLAY are "
            "not set). Start it from a desktop session, or use 'foamroll show MUSCLE_ID' and "
            "'foamroll screenshot OUT.png' in a terminal.",
            file=sys.stderr,
        )
        return 1

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Foamroll")
    app.setApplicationDisplayName("Foamroll")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Foamroll")
    app.setDesktopFileName("foamroll")

    paths = resolve_paths(args.data_dir, args.config_dir)
    try:
        content, user_problems = load_all_content(paths)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        QMessageBox.critical(
            None,
            app.tr("Foamroll cannot start"),
            app.tr("The app's own content files are broken. Reinstall Foamroll.\n\n") + str(exc),
        )
        return 1

    settings = Settings(paths.settings_file)

    if args.command == "render-illustrations":
        return _render_illustrations(content, args)

    from foamroll_gui.ui.main_window import MainWindow

    if args.command == "screenshot":
        from foamroll_gui.ui.palettes import dark_palette, light_palette

        app.setStyle("Fusion")  # the same look on every machine, for the README
        app.setPalette(dark_palette() if args.dark else light_palette())
    window = MainWindow(content, settings, *build_views(content))

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


def _render_illustrations(content: Content, args: argparse.Namespace) -> int:
    from foamroll_gui.ui.illustration_export import export_illustrations
    from foamroll_gui.ui.palettes import dark_palette, light_palette

    palette = dark_palette() if args.dark else light_palette()
    try:
        written = export_illustrations(
            content, content.poses, args.out_dir, args.format, args.contact_sheet, palette=palette
        )
    except OSError as exc:
        print(
            f"foamroll render-illustrations: {exc}. Choose a folder you can write to.",
            file=sys.stderr,
        )
        return 1
    print(f"Wrote {len(written)} pictures to {args.out_dir}")
    return 0


def build_views(content: Content) -> tuple[MuscleMapPanel, StepViewer]:
    """The body map and the step viewer, handed the content and art they show."""
    from foamroll_gui.core.bodymap import load_body_map
    from foamroll_gui.core.model import VIEWS, Side, Step
    from foamroll_gui.core.resources import asset_path
    from foamroll_gui.ui.illustration import IllustrationWidget, PlayGroup
    from foamroll_gui.ui.muscle_map import MuscleMapWidget
    from foamroll_gui.ui.muscle_map_panel import MuscleMapPanel
    from foamroll_gui.ui.step_viewer import StepViewer

    names = content.names()
    plays = PlayGroup()  # one step picture plays at a time: battery and attention
    svgs = {view: asset_path(f"bodymap/{view}.svg") for view in VIEWS}
    maps = {view: load_body_map(svgs[view], view) for view in VIEWS}

    def locator(muscle_id: str, side: Side) -> MuscleMapWidget:
        view = content.muscle(muscle_id).views[0]
        widget = MuscleMapWidget(maps[view], svgs[view], names, interactive=False)
        widget.set_selected(muscle_id, side)
        return widget

    def picture(muscle_id: str, step: Step, side: Side) -> QWidget:
        poses = content.poses.get(muscle_id)
        if poses is None:  # content without illustrations: show where the muscle is instead
            return locator(muscle_id, side)
        # Drawn for the side the step texts work first, so picture and words always agree;
        # the 'switch' step shows the other side.
        return IllustrationWidget.for_step(poses, step, None, group=plays)

    panel = MuscleMapPanel(
        MuscleMapWidget(maps["front"], svgs["front"], names),
        MuscleMapWidget(maps["back"], svgs["back"], names),
    )
    return panel, StepViewer(content, picture, locator)
