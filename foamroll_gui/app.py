"""The composition root: the one place that builds the core objects and the windows and wires
them together. Everything else is handed what it needs.

:func:`load_application` gathers what the windows show (content and pictures, the user's
folders, settings, the clock) into one :class:`Application`; :func:`build_main_window` builds
the window from it, the same way for ``foamroll``, ``foamroll screenshot`` and the tests.
``__main__`` dispatches the commands; the ones that need Qt run here.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from foamroll_gui import APP_ID, __version__
from foamroll_gui.core.content.model import Content, Side, Step
from foamroll_gui.core.errors import ContentError, Problem
from foamroll_gui.core.library import Library, load_library_cached, with_user_routines
from foamroll_gui.core.paths import Paths, resolve_paths
from foamroll_gui.core.resources import asset_path, content_dir
from foamroll_gui.core.settings import Settings
from foamroll_gui.core.startup import process_age_ms, release_collector

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from foamroll_gui.core.illustrations.step_poses import Illustrations
    from foamroll_gui.ui.illustration import PlayGroup
    from foamroll_gui.ui.lazy_screen import DeferredScreens, FirstFrame
    from foamroll_gui.ui.main_window import MainWindow
    from foamroll_gui.ui.review_screen import ReviewScreen
    from foamroll_gui.ui.routine_runner import RoutineRunner
    from foamroll_gui.ui.techniques_screen import TechniquesScreen

Clock = Callable[[], float]
#: the object name of the deferred Routine and timer screens (``foamroll``'s window)
ROUTINE_SCREENS = "routine-screens"


@dataclass(frozen=True)
class Application:
    """What the windows are built from, made once at start."""

    library: Library
    paths: Paths
    #: the user's preferences (with change notification) and the window's state
    settings: Settings
    #: monotonic seconds; animation and timing read it, tests replace it
    clock: Clock
    #: problems with the user's own files, to tell once the window shows
    notices: tuple[str, ...] = ()

    @property
    def content(self) -> Content:
        return self.library.content

    @property
    def illustrations(self) -> Illustrations:
        return self.library.illustrations


def load_application(
    paths: Paths, *, clock: Clock = time.monotonic, library: Library | None = None
) -> Application:
    """The shipped content and pictures (from the start-up cache when unchanged, or ``library``
    when given), the user's routines and settings. Raises ContentError when the shipped content
    is broken; a broken user file only becomes a notice."""
    if library is None:
        library = load_library_cached(content_dir(), paths.cache_dir)
    library, problems = with_user_routines(library, paths.user_routines_dir)
    settings = Settings(paths.settings_file)
    notices = [_notice(p) for p in problems]
    if settings.problem:
        notices.append(settings.problem)
    return Application(library, paths, settings, clock, tuple(notices))


def _notice(problem: Problem) -> str:
    """A problem with a user's file, with its absolute path (not relative to the working
    folder): the user may read it anywhere."""
    where = str(problem.path.absolute())
    if problem.line:
        where += f":{problem.line}"
    what = f"{problem.field} {problem.message}" if problem.field else problem.message
    return f"{where}: {what}"


# -- the windows ------------------------------------------------------------------------------
def build_techniques_screen(
    application: Application, first_frame: FirstFrame | None = None
) -> TechniquesScreen:
    """The muscle list, the body map and the step viewer, handed the content and art they show.
    With ``first_frame``, the step cards of a page shown before it has passed (a restored
    muscle) are built right after it: the first frame shows the page's header."""
    from foamroll_gui.core.bodymap import load_shipped_body_maps, shipped_svg
    from foamroll_gui.ui.muscle_list import MuscleList
    from foamroll_gui.ui.muscle_map import MuscleMapWidget
    from foamroll_gui.ui.muscle_map_panel import MuscleMapPanel
    from foamroll_gui.ui.step_viewer import StepViewer
    from foamroll_gui.ui.techniques_screen import TechniquesScreen

    content, illustrations = application.content, application.illustrations
    names = content.names()
    maps = load_shipped_body_maps(application.paths.cache_dir)
    svgs = {face: shipped_svg(face) for face in maps}

    @functools.cache
    def plays() -> PlayGroup:
        """One step picture plays at a time (battery and attention). Made with the first
        picture, so the welcome page opens without loading the painting code."""
        from foamroll_gui.ui.illustration import PlayGroup

        return PlayGroup()

    def locator(muscle_id: str, side: Side) -> MuscleMapWidget:
        face = content.muscle(muscle_id).map_faces[0]
        widget = MuscleMapWidget(maps[face], svgs[face], names, interactive=False)
        widget.set_selected(muscle_id, side)
        return widget

    def picture(muscle_id: str, step: Step, side: Side) -> QWidget:
        if muscle_id not in illustrations:  # no pictures: show where the muscle is instead
            return locator(muscle_id, side)
        # Drawn for the side the step texts work first, so picture and words always agree;
        # the 'switch' step shows the other side.
        from foamroll_gui.ui.illustration import IllustrationWidget

        widget = IllustrationWidget(clock=application.clock, group=plays())
        widget.set_step(illustrations[muscle_id], step.id, None)
        return widget

    body_map = MuscleMapPanel(
        MuscleMapWidget(maps["front"], svgs["front"], names),
        MuscleMapWidget(maps["back"], svgs["back"], names),
    )

    def after_first_frame(build: Callable[[], None]) -> bool:
        if first_frame is None or first_frame.done:
            return False
        first_frame.passed.connect(build)
        return True

    viewer = StepViewer(content, picture, locator, later=after_first_frame)
    return TechniquesScreen(content, MuscleList(content.muscles), body_map, viewer)


def build_main_window(application: Application, *, defer: bool = False) -> MainWindow:
    """The main window and its screens, wired. With ``defer`` (``foamroll`` itself) the Routine
    and timer screens, and the modules behind them, are built right after the first frame, or
    at once when something asks for them; their menu entries and shortcuts work from the start.
    The step cards of a restored muscle are built right after the first frame too, and so are
    the history (its actions and the Review screen, whose place and entry are kept), then
    Edit ▸ Preferences and the first run (unless a theme is chosen: it must be on the first
    frame), always before the Routine and timer screens: the safety screen guards them."""
    from foamroll_gui.ui.main_window import MainWindow

    first_frame = None
    if defer:
        from foamroll_gui.ui.lazy_screen import FirstFrame

        first_frame = FirstFrame()
    techniques = build_techniques_screen(application, first_frame)
    window = MainWindow(techniques, application.content, application.settings)
    history: DeferredScreens[ReviewScreen] | None = None
    if first_frame is None:
        review = add_history(window, application)
        runner = add_routines(window, application)
        review.start_requested.connect(runner.start_muscle)  # "Suggested today" ▸ Start
    else:
        first_frame.setParent(window)
        first_frame.watch(window)
        first_frame.passed.connect(release_collector)  # held since ``foamroll`` began (__main__)
        history = _defer_history(window, application, first_frame)

    @functools.cache
    def preferences() -> None:
        if history is not None:
            history.build()  # its Edit menu first
        from foamroll_gui.ui.preferences_dialog import install_preferences  # and the first run

        install_preferences(window, application)
        if first_frame is not None and first_frame.done:
            window.update()  # the first run's welcome follows a paint of the window

    if first_frame is None:
        preferences()
        return window
    _defer_routines(window, application, first_frame, preferences)
    if application.settings.preferences.theme == "system":
        first_frame.passed.connect(preferences)
    else:
        preferences()  # a chosen theme is on the first frame
    return window


def _defer_history(
    window: MainWindow, application: Application, first_frame: FirstFrame
) -> DeferredScreens[ReviewScreen]:
    """The history's actions and the Review screen, built by :func:`add_history` right after
    the first frame or when first needed; the screen's place, entry and shortcut are kept."""
    from PySide6.QtWidgets import QMenu

    from foamroll_gui.ui.lazy_screen import DeferredScreens

    # The history's Edit menu (Undo, Redo) comes with it; till then an empty one holds its
    # place, so the menu bar does not shift after the first frame.
    bar = window.menuBar()
    edit_menu = QMenu(window.tr("&Edit"), bar)
    bar.insertMenu(window.view_menu.menuAction(), edit_menu)

    def build(screens: DeferredScreens[ReviewScreen]) -> ReviewScreen:
        bar.removeAction(edit_menu.menuAction())
        edit_menu.deleteLater()
        review = add_history(window, application, first_frame, add_screen=screens.place)
        # "Suggested today" ▸ Start: as "Start timed session" (the runner may not exist yet)
        review.start_requested.connect(window.start_session_requested)
        return review

    # as the history's actions show it until the history is open
    window.techniques.viewer.set_log_enabled(False, window.tr("Your history is still opening."))
    return DeferredScreens(window, [window.tr("&Review")], build, first_frame)


def _defer_routines(
    window: MainWindow,
    application: Application,
    first_frame: FirstFrame,
    before: Callable[[], object],
) -> None:
    """The Routine and timer screens as places kept for them, built by :func:`add_routines`
    after the first frame or when first needed (a menu entry, "Start timed session", a
    suggestion's Start, ``--start-routine``), always after ``before`` has run (the first run's
    safety screen is installed by then)."""
    from foamroll_gui.ui.lazy_screen import DeferredScreens

    def build(screens: DeferredScreens[RoutineRunner]) -> RoutineRunner:
        before()
        runner = add_routines(window, application, add_screen=screens.place)
        _guard_first_run(window, runner)
        return runner

    titles = [window.tr("R&outines"), window.tr("T&imer")]
    deferred: DeferredScreens[RoutineRunner] = DeferredScreens(window, titles, build, first_frame)
    deferred.setObjectName(ROUTINE_SCREENS)

    def start_muscle(muscle_id: str) -> None:
        # looked up when called, so the first run's safety screen comes first
        deferred.build().start_muscle(muscle_id)

    def on_start_session_requested(muscle_id: str) -> None:
        if not deferred.built:  # once built, the runner hears this signal itself
            start_muscle(muscle_id)

    window.start_session_requested.connect(on_start_session_requested)


def _guard_first_run(window: MainWindow, runner: RoutineRunner) -> None:
    """The first run's safety screen in front of a runner built after the first run was
    installed (``install_first_run`` guards the runner it finds; this one came later)."""
    from foamroll_gui.ui.first_run import FirstRun

    for first_run in window.findChildren(FirstRun):
        if first_run.enabled:
            runner.before_start = first_run.before_routine


def add_routines(
    window: MainWindow,
    application: Application,
    add_screen: Callable[[QWidget, str], object] | None = None,
) -> RoutineRunner:
    """The Routine and timer screens and what starts a routine (the step viewer's "Start timed
    session" too). Speech and sounds are made when the timer screen first opens. The screens
    go on the window's stack through ``add_screen`` (default: ``window.add_screen``)."""
    from datetime import datetime

    from foamroll_gui.cli.routine import plan_for, routine_plan
    from foamroll_gui.core.history import open_history
    from foamroll_gui.ui.cues import QtCues
    from foamroll_gui.ui.history_service import HistoryService
    from foamroll_gui.ui.routine_actions import RoutineActions
    from foamroll_gui.ui.routine_book import RoutineBook
    from foamroll_gui.ui.routine_runner import RoutineRunner, timer_pictures
    from foamroll_gui.ui.routine_screen import RoutineScreen
    from foamroll_gui.ui.session_log import SessionLog
    from foamroll_gui.ui.timer_screen import TimerScreen

    content, settings = application.content, application.settings
    prefs = settings.preferences
    cues = QtCues(
        asset_path("sounds"),
        engine=os.environ.get("FOAMROLL_SPEECH_ENGINE") or None,
        sounds=prefs.sounds,
        voice=prefs.voice,
        parent=window,
    )
    # the one owner of the current routines: saved and deleted ones show and start at once
    book = RoutineBook(content, application.paths.user_routines_dir, window)
    routines = RoutineScreen(
        book.routines(),
        content.names(),
        lambda routine_id, tolerance: (
            routine_plan(book.content(), routine_id, tolerance, settings.preferences).total_seconds
        ),
        prefs.pain_tolerance,
        prefs.metronome,
    )
    RoutineActions(
        routines,
        book,
        content.muscles,
        lambda routine, tolerance: (
            plan_for(book.content(), routine, tolerance, settings.preferences).total_seconds
        ),
    )
    pictures = timer_pictures(content, application.illustrations, application.clock)
    timer = TimerScreen(content.names(), cues, pictures)
    add_screen = add_screen or window.add_screen
    add_screen(routines, window.tr("R&outines"))
    add_screen(timer, window.tr("T&imer"))

    def new_log() -> SessionLog:
        def wall_clock() -> datetime:
            return datetime.now().astimezone()

        path = application.paths.history_db
        service = window.findChild(HistoryService)  # the review refreshes after each write
        changed = service.changed.emit if service is not None else None
        return SessionLog(lambda: open_history(path, now=wall_clock()).store, wall_clock, changed)

    return RoutineRunner(window, book, settings, routines, timer, new_log, application.clock)


def add_history(
    window: MainWindow,
    application: Application,
    first_frame: FirstFrame | None = None,
    add_screen: Callable[[QWidget, str], object] | None = None,
) -> ReviewScreen:
    """The history's actions and screens; the store opens (off the GUI thread) once the window
    has painted its first frame (once ``first_frame`` has passed, when given), so start-up does
    not wait for it. The Review screen goes on the window's stack through ``add_screen``
    (default: ``window.add_screen``)."""
    from PySide6.QtCore import QTimer

    from foamroll_gui.ui.first_paint import FirstPaintWatcher
    from foamroll_gui.ui.history_actions import HistoryActions
    from foamroll_gui.ui.history_service import HistoryService
    from foamroll_gui.ui.review_screen import ReviewScreen

    content = application.content
    service = HistoryService(
        application.paths.history_db, [m.id for m in content.muscles], parent=window
    )
    HistoryActions(window, service, content)
    from foamroll_gui.core.history.week import ReviewSettings

    preferences = application.settings.preferences
    review = ReviewScreen(
        service,
        content.names(),
        settings=ReviewSettings.from_choices(
            preferences.first_day_of_week, preferences.weekly_target
        ),
    )
    (add_screen or window.add_screen)(review, window.tr("&Review"))
    if first_frame is not None and first_frame.done:
        service.open()
    elif first_frame is not None:
        first_frame.passed.connect(service.open)
    else:
        watcher = FirstPaintWatcher(window)
        watcher.painted.connect(lambda: QTimer.singleShot(0, service.open))
    return review


# -- commands that need Qt --------------------------------------------------------------------
def _no_display() -> bool:
    """On Linux without X11 or Wayland (and no platform chosen), Qt could only abort."""
    return (
        sys.platform.startswith("linux")
        and "QT_QPA_PLATFORM" not in os.environ
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    )


def _refuse_display() -> bool:
    """Print why Qt cannot start here, in one line, and say so (True); or False. Checked
    before QApplication, which would abort with "Reinstalling the application may fix this"."""
    from foamroll_gui.core.display import display_problem

    problem = display_problem(os.environ, _platform_plugins)
    if problem is not None:
        print(f"foamroll: {problem}", file=sys.stderr)
    return problem is not None


def _platform_plugins() -> set[str] | None:
    """The names of Qt's platform plugins (``xcb``, ``offscreen``...), or None if unknown."""
    from pathlib import Path

    from PySide6.QtCore import QLibraryInfo

    try:
        folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
        names = {p.name for p in folder.iterdir()}
    except OSError:
        return None
    from foamroll_gui.core.display import plugin_names

    return plugin_names(names)


#: the sizes of the shipped app icon (assets/icons/hicolor/SIZExSIZE/apps/)
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def start_qt(*, icon: bool = True) -> QApplication:
    """The one QApplication of the process, named for the desktop; with its icon unless
    ``icon`` is False (``foamroll`` gives it right after the first frame: see run_gui)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Foamroll")
    app.setApplicationDisplayName("Foamroll")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Foamroll")
    app.setDesktopFileName(APP_ID)  # the installed launcher's name: the desktop matches them
    if icon:
        give_icon(app)
    return app


def give_icon(app: QApplication) -> None:
    """The app's icon, for every window that has none of its own (the open ones too)."""
    from PySide6.QtGui import QIcon

    # The shipped PNGs, read when first drawn: the hand-simplified small sizes stay sharp in
    # title bars and 512 px covers a HiDPI dock. (An SVG icon would load Qt's SVG icon engine,
    # 1.5-2.5 ms, for no sharper picture.)
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(asset_path(f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png")))
    app.setWindowIcon(icon)


def icon_after_first_frame(window: MainWindow, app: QApplication) -> None:
    """The app's icon, given as soon as the window's first frame has passed (at once for a
    window built without ``defer``)."""
    from foamroll_gui.ui.lazy_screen import FirstFrame

    first_frame = window.findChild(FirstFrame)
    if first_frame is None or first_frame.done:
        give_icon(app)
    else:
        first_frame.passed.connect(lambda: give_icon(app))


def _load_or_explain(paths: Paths, qt: QApplication) -> Application | None:
    """The application, or None after telling the user (terminal and dialog) why not."""
    try:
        return load_application(paths)
    except ContentError as exc:
        from PySide6.QtWidgets import QMessageBox

        print(exc, file=sys.stderr)
        give_icon(qt)
        QMessageBox.critical(
            None,
            qt.tr("Foamroll cannot start"),
            qt.tr("The app's own content files are broken. Reinstall Foamroll.\n\n") + str(exc),
        )
        return None


def run_gui(args: argparse.Namespace) -> int:
    """``foamroll``: open the main window."""
    if _no_display():
        print(
            "foamroll: no desktop session to open a window on (DISPLAY and WAYLAND_DISPLAY are "
            "not set). Start it from a desktop session, or use 'foamroll show MUSCLE_ID' and "
            "'foamroll screenshot OUT.png' in a terminal.",
            file=sys.stderr,
        )
        return 1
    if _refuse_display():
        return 1
    paths = resolve_paths(args.data_dir, args.config_dir)
    start = getattr(args, "start_routine", None)
    single = not args.quit_after_startup  # a start-up measurement is not a user's launch
    if single:  # before Qt and the content: a second launch hands over and ends at once
        from foamroll_gui.ui.single_instance import hand_over

        handed = hand_over(paths.data_dir, paths.config_dir, start)
        if handed is not None:
            return handed
    from foamroll_gui.ui.crash_dialog import start_safety_net

    safety_net = start_safety_net(paths.data_dir)  # log file, Qt's messages, the apology
    # The window's icon follows its first frame: QIcon's enums and eight PNG entries cost about
    # 2.5 ms, and the desktop shows the icon a moment later
    qt = start_qt(icon=False)
    safety_net.attach(qt)  # an error before the event loop runs is told before exiting
    if single:
        from foamroll_gui.ui.single_instance import listen_as_first

        server = listen_as_first(paths.data_dir, paths.config_dir, start, qt)
        if server is None:  # another launch a moment ago won: it has the request
            return 0
    application = _load_or_explain(paths, qt)
    if application is None:
        return 1
    from PySide6.QtCore import QTimer

    known = [] if start is None else [routine.id for routine in application.content.routines]
    if start is not None and start not in known:
        print(
            f"foamroll: unknown routine {start!r}; known routines: {', '.join(known)}",
            file=sys.stderr,
        )
        return 2
    window = build_main_window(application, defer=True)
    icon_after_first_frame(window, qt)
    window.show()
    start_routine(window, start, getattr(args, "time_scale", 1.0))
    window.set_log_folder(safety_net.log_folder)  # Help ▸ Open Log Folder
    if single and server is not None:
        from foamroll_gui.ui.single_instance import answer_request

        scale = getattr(args, "time_scale", 1.0)
        server.request_received.connect(
            lambda request: answer_request(
                window, request, lambda routine_id: start_routine(window, routine_id, scale)
            )
        )
    notices = list(application.notices)
    if notices:
        from foamroll_gui.ui.notices_dialog import print_notices

        print_notices(notices)
        QTimer.singleShot(0, lambda: window.show_notices(notices))
    if args.quit_after_startup:
        from foamroll_gui.ui.first_paint import FirstPaintWatcher

        watcher = FirstPaintWatcher(window)
        watcher.painted.connect(lambda: _report_startup_and_quit(qt))
    return qt.exec()


def start_routine(window: MainWindow, routine_id: str | None, time_scale: float) -> None:
    """``--start-routine`` and ``--time-scale``: the scale holds for every routine started.
    Either builds the deferred Routine and timer screens at once."""
    from foamroll_gui.ui.lazy_screen import DeferredScreens

    deferred = window.findChild(DeferredScreens, ROUTINE_SCREENS)
    if deferred is not None:
        if routine_id is None and time_scale == 1.0:
            return  # nothing to do before they are built
        deferred.build()
    from foamroll_gui.ui.routine_runner import RoutineRunner

    runner = window.findChild(RoutineRunner)
    if runner is None:
        return
    runner.time_scale = time_scale
    if routine_id is not None:
        runner.start_routine(routine_id)


def _report_startup_and_quit(qt: QApplication) -> None:
    """Runs as the first paint begins; the zero timer fires once that paint has finished."""
    from PySide6.QtCore import QTimer

    def report() -> None:
        age = process_age_ms()
        print(f"{age:.0f}" if age is not None else "unknown", flush=True)
        qt.quit()

    QTimer.singleShot(0, report)


def _offscreen_application(args: argparse.Namespace) -> tuple[QApplication, Application] | None:
    """Qt (offscreen when there is no display) and the application, for a command that draws
    to files; None after telling the user why not."""
    _headless_if_no_display()
    if _refuse_display():
        return None
    qt = start_qt()
    application = _load_or_explain(resolve_paths(args.data_dir, args.config_dir), qt)
    return None if application is None else (qt, application)


def run_screenshot(args: argparse.Namespace) -> int:
    """``foamroll screenshot``: the main window rendered offscreen to a PNG."""
    started = _offscreen_application(args)
    if started is None:
        return 1
    qt, application = started
    from foamroll_gui.ui.palettes import dark_palette, light_palette
    from foamroll_gui.ui.screenshot import take_screenshot

    qt.setStyle("Fusion")  # the same look on every machine, for the README
    qt.setPalette(dark_palette() if args.dark else light_palette())
    return take_screenshot(build_main_window(application), args)


def run_render_illustrations(args: argparse.Namespace) -> int:
    """``foamroll render-illustrations``: every step picture to files."""
    started = _offscreen_application(args)
    if started is None:
        return 1
    _, application = started
    from foamroll_gui.ui.illustration_export import export_illustrations
    from foamroll_gui.ui.palettes import dark_palette, light_palette

    palette = dark_palette() if args.dark else light_palette()
    try:
        written = export_illustrations(
            application.content,
            application.illustrations,
            args.out_dir,
            args.format,
            args.contact_sheet,
            palette=palette,
        )
    except OSError as exc:
        print(
            f"foamroll render-illustrations: {exc}. Choose a folder you can write to.",
            file=sys.stderr,
        )
        return 1
    print(f"Wrote {len(written)} pictures to {args.out_dir}")
    return 0


def _headless_if_no_display() -> None:
    """Pictures need no screen: without a display (or with one where no X server answers,
    and no platform chosen), they are drawn offscreen."""
    from foamroll_gui.core.display import x_display_unreachable

    if _no_display() or x_display_unreachable(os.environ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
