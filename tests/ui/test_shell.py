"""The app's shell: the title follows what is shown, Help ▸ Keyboard Shortcuts lists every
shortcut, About names the version, the licence and the research, Help ▸ Open Log Folder opens the
log's folder, and an unexpected error is logged and apologised for once, the app running on."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl, qWarning
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from foamroll_gui import __version__
from foamroll_gui.core.content.model import Content
from foamroll_gui.core.logbook import Burst, Logbook, open_logbook
from foamroll_gui.ui.apology_dialog import CrashDialog
from foamroll_gui.ui.crash_dialog import (
    CrashReporter,
    restore_qt_messages,
    route_qt_messages,
)
from foamroll_gui.ui.log_roll_dialog import LogRollDialog
from foamroll_gui.ui.main_window import MainWindow
from foamroll_gui.ui.routine_runner import RoutineRunner
from foamroll_gui.ui.shortcuts_dialog import ShortcutsDialog, keys_text, plain_text, timer_keys
from foamroll_gui.ui.timer_screen import TimerScreen


# -- the title ----------------------------------------------------------------------------------
def test_the_title_follows_the_muscle_picked(
    qtbot: QtBot, main_window: MainWindow, content: Content
) -> None:
    assert main_window.windowTitle() == "Foamroll"
    main_window.techniques.muscle_list.muscle_selected.emit("calves")
    assert main_window.windowTitle() == "Calves — Foamroll"
    main_window.techniques.body_map.region_clicked.emit("quadriceps", "left")
    assert main_window.windowTitle() == f"{content.muscle('quadriceps').name} — Foamroll"


@pytest.mark.qt_log_ignore("QSoundEffect", "PulseAudio")  # no sound card here
def test_the_title_names_the_running_routine_and_where_it_is(
    qtbot: QtBot,
    open_main_window: Callable[..., MainWindow],
    content: Content,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FOAMROLL_SPEECH_ENGINE", "mock")
    main_window = open_main_window()
    runner = main_window.findChild(RoutineRunner)
    assert runner is not None
    routine = content.routine("post-run")
    runner.start_routine("post-run")
    expected = f"{routine.name} · 1/{len(routine.items)} — Foamroll"
    qtbot.waitUntil(lambda: main_window.windowTitle() == expected)
    timer = main_window.findChild(TimerScreen)
    assert timer is not None and timer.clock is not None
    while timer.clock.status().phase.item == 0:  # type: ignore[union-attr]
        timer.clock.skip()
    assert main_window.windowTitle() == f"{routine.name} · 2/{len(routine.items)} — Foamroll"
    timer.clock.stop()
    assert main_window.windowTitle() == "Timer — Foamroll"


# -- keyboard shortcuts -------------------------------------------------------------------------
def test_the_shortcuts_dialog_lists_every_action_with_a_shortcut(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dialog = main_window.show_shortcuts()
    qtbot.addWidget(dialog)
    listed = {(keys, does) for _, keys, does in dialog.rows()}
    actions = [a for a in main_window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(actions) >= 10
    for action in actions:
        assert (keys_text(action), plain_text(action)) in listed, action.text()
    assert any("Ctrl+/" in keys for keys, _ in listed)  # the dialog's own
    assert dialog.isVisible()


def test_no_two_actions_share_a_shortcut(main_window: MainWindow) -> None:
    owners: dict[str, str] = {}
    for action in main_window.findChildren(QAction):
        for key in action.shortcuts():
            name = key.toString()
            assert name not in owners, f"{name}: {owners.get(name)} and {action.text()}"
            owners[name] = action.text()


def test_the_shortcuts_dialog_lists_the_timer_keys_the_timer_screen_shows(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dialog = ShortcutsDialog(main_window)
    qtbot.addWidget(dialog)
    timer = main_window.findChild(TimerScreen)
    assert timer is not None
    hint_keys = set(re.findall(r"(?:^|· )(\S+)", timer.hint_label.text()))
    listed = " ".join(keys for _, keys, _ in dialog.rows())
    assert hint_keys == {"Space", "H", "→", "←", "Esc", "M", "F", "0-9"}
    for key in hint_keys:
        assert key in listed
    assert len(timer_keys()) == 7


def test_help_menu_opens_the_shortcuts(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.shortcuts_action.trigger()
    dialog = main_window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()


# -- About ----------------------------------------------------------------------------------------
def test_about_names_version_licence_research_and_not_medical_advice(
    qtbot: QtBot, main_window: MainWindow, content: Content
) -> None:
    dialog = main_window.on_about_action_triggered()
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert f"Foamroll {__version__}" in text
    assert "Licence: MIT" in text
    assert "not medical advice" in text
    assert len(content.safety.references) == 4
    for reference in content.safety.references:
        assert reference.citation.split(",")[0] in text  # the first author


# -- the log folder -------------------------------------------------------------------------------
def test_open_log_folder_opens_the_folder(
    main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert not main_window.log_action.isEnabled()  # no log file: nothing to open
    main_window.set_log_folder(tmp_path / "logs")
    assert main_window.log_action.isEnabled()
    main_window.log_action.trigger()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path / "logs")]


# -- unexpected errors ----------------------------------------------------------------------------
@pytest.fixture
def logbook(tmp_path: Path) -> Iterator[Logbook]:
    book = open_logbook(tmp_path / "logs", logger_name="foamroll")
    yield book
    book.close()


@pytest.fixture
def reporter(logbook: Logbook) -> Iterator[CrashReporter]:
    now = [100.0]
    crash = CrashReporter(logbook.path, clock=lambda: now[0], burst=Burst(quiet_seconds=10))
    crash.install()
    yield crash
    crash.uninstall()
    if crash.dialog is not None:
        crash.dialog.close()


def apologies() -> list[CrashDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]


def raise_in_slot() -> None:
    raise RuntimeError("the roller fell off the table")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_apologised_for_once(
    qtbot: QtBot, reporter: CrashReporter, logbook: Logbook
) -> None:
    for _ in range(3):  # a burst of errors: one dialog
        QTimer.singleShot(0, raise_in_slot)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    qtbot.wait(50)  # the other two errors of the burst arrive meanwhile: no dialog for them
    logbook.handler.flush()
    assert logbook.path is not None
    text = logbook.path.read_text(encoding="utf-8")
    assert text.count("RuntimeError: the roller fell off the table") == 3
    assert "in raise_in_slot" in text
    shown = [d for d in apologies() if d.isVisible()]
    assert len(shown) == 1
    assert str(logbook.path) in shown[0].informativeText()
    assert "keeps running" in shown[0].text()


def test_an_error_in_a_thread_is_told_on_the_gui_thread(
    qtbot: QtBot, reporter: CrashReporter, logbook: Logbook
) -> None:
    import threading

    thread = threading.Thread(target=raise_in_slot, name="opener")
    with qtbot.waitSignal(reporter.crashed):
        thread.start()
        thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    logbook.handler.flush()
    assert logbook.path is not None
    assert "in thread opener" in logbook.path.read_text(encoding="utf-8")


def test_a_later_burst_is_told_again_once_the_dialog_is_closed(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    times = iter([100.0, 105.0, 130.0])
    reporter.clock = lambda: next(times)
    reporter.on_crashed("first")
    first = reporter.dialog
    assert first is not None
    first.close()
    reporter.on_crashed("5 s later: the same burst")
    assert reporter.dialog is None or not reporter.dialog.isVisible()
    reporter.on_crashed("25 s after that: a new burst")
    assert reporter.dialog is not None and reporter.dialog.isVisible()


def test_the_apology_opens_the_log_folder_and_stays_open(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    dialog = CrashDialog(tmp_path / "logs" / "foamroll.log")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_button.click()
    assert opened == [str(tmp_path / "logs")]
    assert dialog.isVisible()


def test_without_a_log_file_the_apology_says_so(qtbot: QtBot) -> None:
    dialog = CrashDialog(None)
    qtbot.addWidget(dialog)
    assert "could not be written" in dialog.informativeText()
    assert not hasattr(dialog, "open_button")


def test_an_error_before_the_event_loop_runs_is_told_at_once(
    qtbot: QtBot, qapp: QApplication, reporter: CrashReporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A start that fails before ``qt.exec()`` ends the process: the apology cannot wait for
    the event loop, so it is shown there and then (and the error still logged)."""
    shown: list[str] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self.informativeText()))
    monkeypatch.setattr(qapp, "platformName", lambda: "xcb")  # a desktop someone looks at
    reporter.attach(qapp)
    try:
        raise_in_slot()
    except RuntimeError as error:
        reporter.on_exception(type(error), error, error.__traceback__)
    assert len(shown) == 1 and str(reporter.log_path) in shown[0]
    qtbot.waitUntil(lambda: reporter.loop_running)
    with qtbot.waitSignal(reporter.crashed):  # once the loop runs, it is queued as usual
        try:
            raise_in_slot()
        except RuntimeError as error:
            reporter.on_exception(type(error), error, error.__traceback__)
    assert len(shown) == 1
    reporter.setParent(None)


def test_offscreen_a_failed_start_is_one_line_on_stderr(
    qapp: QApplication, reporter: CrashReporter, capsys: pytest.CaptureFixture[str]
) -> None:
    reporter.attach(qapp)
    try:
        raise_in_slot()
    except RuntimeError as error:
        reporter.on_exception(type(error), error, error.__traceback__)
    reporter.setParent(None)
    err = capsys.readouterr().err
    assert err == (
        f"foamroll: something went wrong while starting. The details are in {reporter.log_path}.\n"
    )


def test_qt_messages_go_to_the_log_not_the_console(
    logbook: Logbook, capfd: pytest.CaptureFixture[str]
) -> None:
    previous = route_qt_messages(logging.getLogger("foamroll.qt"))
    try:
        qWarning("a Qt plugin complains")
    finally:
        restore_qt_messages(previous)
    logbook.handler.flush()
    assert logbook.path is not None
    assert "WARNING foamroll.qt: " in logbook.path.read_text(encoding="utf-8")
    assert "a Qt plugin complains" in logbook.path.read_text(encoding="utf-8")
    assert "a Qt plugin complains" not in capfd.readouterr().err


# -- tooltips -------------------------------------------------------------------------------------
#: the widget files whose controls this test holds to a tooltip each
TIPPED = {
    "foamroll_gui.ui.muscle_list",
    "foamroll_gui.ui.muscle_map_panel",
    "foamroll_gui.ui.review_page",
    "foamroll_gui.ui.step_viewer",
    "foamroll_gui.ui.log_roll_dialog",
    "foamroll_gui.ui.shortcuts_dialog",
    "foamroll_gui.ui.apology_dialog",
}
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _inside_qt_part(widget: QWidget) -> bool:
    """A part Qt makes itself: a line edit's clear button, a combo box's drop-down list."""
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, QLineEdit | QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parent()
    return False


def untipped_controls(root: QWidget) -> list[str]:
    """Controls in the files above without a tooltip (Qt's own parts, such as a table's
    header or a line edit's clear button, are left out)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView):
            continue
        if widget.objectName().startswith("qt_") or _inside_qt_part(widget):
            continue
        owner = widget.parentWidget()
        while owner is not None and not type(owner).__module__.startswith("foamroll_gui"):
            owner = owner.parentWidget()
        module = type(owner).__module__ if owner is not None else ""
        if module in TIPPED and not widget.toolTip():
            button = isinstance(widget, QAbstractButton)
            if button and isinstance(widget.parent(), QDialogButtonBox | QMessageBox):
                continue  # Close, Cancel, Save: the standard buttons say what they do
            missing.append(f"{module}: {type(widget).__name__} {getattr(widget, 'text', str)()}")
    return missing


def test_every_control_has_a_tooltip(
    qtbot: QtBot, main_window: MainWindow, content: Content
) -> None:
    main_window.techniques.select_muscle("calves")
    for index in range(main_window.screens.count()):
        main_window.show_screen(main_window.screens.widget(index))
    assert untipped_controls(main_window) == []
    dialog = LogRollDialog([(m.id, m.name) for m in content.muscles], date(2026, 11, 23))
    qtbot.addWidget(dialog)
    assert untipped_controls(dialog) == []
    shortcuts = ShortcutsDialog(main_window)
    qtbot.addWidget(shortcuts)
    assert untipped_controls(shortcuts) == []


def test_shortcuts_list_leaves_out_keys_only_special_keyboards_have(qtbot: QtBot) -> None:
    """Zoom In's standard keys include the Zoom In key of some multimedia keyboards: a runner
    reading the list needs the Ctrl keys, not a key they do not have."""
    action = QAction("Zoom In")
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn)
    action.setShortcuts([QKeySequence("Ctrl+="), *keys])
    listed = keys_text(action).split(" or ")
    assert "Ctrl+=" in listed
    assert "Zoom In" not in listed
