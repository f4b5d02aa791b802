"""Log a roll: the dialog, saving at once, Ctrl+Z, and a history that cannot be used."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from foamroll_gui.app import build_main_window, load_application
from foamroll_gui.core.library import Library
from foamroll_gui.core.paths import resolve_paths
from foamroll_gui.ui.history_actions import HistoryActions
from foamroll_gui.ui.history_service import HistoryService
from foamroll_gui.ui.log_roll_dialog import LogRequest, LogRollDialog
from foamroll_gui.ui.main_window import MainWindow

OpenMainWindow = Callable[..., MainWindow]  # the fixture in conftest.py


def opened(qtbot: QtBot, window: MainWindow) -> HistoryActions:
    actions = window.findChild(HistoryActions)
    assert actions is not None
    qtbot.waitUntil(lambda: actions.service.is_open or bool(actions.service.reason))
    return actions


def test_log_roll_is_saved_at_once_and_ctrl_z_undoes_it(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = opened(qtbot, main_window)
    asked: list[str | None] = []
    today = actions.service.today()

    def ask(parent: object, muscles: object, day: date, muscle_id: str | None) -> LogRequest:
        asked.append(muscle_id)
        assert day == today
        return LogRequest(today, "calves", "left+right", 2.0, 4, "tight")

    monkeypatch.setattr(LogRollDialog, "ask", ask)
    main_window.techniques.select_muscle("calves", "right")
    assert actions.log_action.isEnabled()
    actions.log_action.trigger()
    assert asked == ["calves"]
    store = actions.service.store
    assert store is not None
    rows = store.entries()
    assert sorted(r.entry.side for r in rows) == ["left", "right"]
    assert {(r.entry.muscle, r.entry.tenderness, r.entry.note) for r in rows} == {
        ("calves", 4, "tight")
    }
    assert rows[0].entry.rolled_s == 120
    assert "Ctrl+Z" in main_window.statusBar().currentMessage()

    assert actions.undo_action.shortcut().matches(
        Qt.Key.Key_Z | Qt.KeyboardModifier.ControlModifier
    )
    actions.undo_action.trigger()
    assert store.count() == 0
    actions.redo_action.trigger()
    assert store.count() == 2


def test_step_viewer_button_logs_the_muscle_shown(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = opened(qtbot, main_window)
    asked: list[str | None] = []
    monkeypatch.setattr(
        LogRollDialog, "ask", lambda parent, muscles, day, muscle_id: asked.append(muscle_id)
    )
    main_window.techniques.select_muscle("hamstrings", "right")
    button = main_window.techniques.viewer.log_button
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == ["hamstrings"]
    assert actions.service.store is not None and actions.service.store.count() == 0  # cancelled


def test_dialog_defaults_to_today_both_sides_and_no_rating(qtbot: QtBot) -> None:
    today = date(2026, 11, 23)
    dialog = LogRollDialog(
        [("calves", "Calves"), ("hamstrings", "Hamstrings")], today, "hamstrings"
    )
    qtbot.addWidget(dialog)
    first = dialog.request()
    assert (first.on, first.muscle, first.sides, first.tenderness) == (
        today,
        "hamstrings",
        "left+right",
        None,
    )
    assert dialog.day.maximumDate().toPython() == today  # no rolls in the future
    assert not dialog.tenderness.isEnabled()
    dialog.rate.setChecked(True)
    dialog.tenderness.setValue(7)
    dialog.sides.setCurrentIndex(dialog.sides.findData("both"))
    dialog.day.setDate(dialog.day.date().addDays(-2))
    dialog.note.setText("  after the long run ")
    later = dialog.request()
    assert (later.on, later.sides, later.tenderness, later.note) == (
        date(2026, 11, 21),
        "both",
        7,
        "after the long run",
    )


def test_history_is_opened_only_after_the_first_frame(
    qtbot: QtBot, library: Library, private_folders: tuple[Path, Path]
) -> None:
    data, _config = private_folders
    window = build_main_window(load_application(resolve_paths(), library=library))
    qtbot.addWidget(window)
    actions = window.findChild(HistoryActions)
    assert actions is not None
    assert actions.service.store is None and not (data / "history.sqlite").exists()
    assert not actions.log_action.isEnabled()
    window.show()
    qtbot.waitUntil(lambda: actions.service.is_open)
    assert (data / "history.sqlite").exists() and actions.log_action.isEnabled()
    assert actions.message is None  # nothing to tell


def test_unusable_data_folder_turns_logging_off_and_says_why(
    qtbot: QtBot, open_main_window: OpenMainWindow, private_folders: tuple[Path, Path]
) -> None:
    data, _config = private_folders
    data.parent.mkdir(parents=True, exist_ok=True)
    data.write_text("a file where the data folder should be")
    window = open_main_window()
    actions = opened(qtbot, window)
    assert not actions.service.can_log
    assert actions.message is not None and str(data) in actions.message.text()
    assert not actions.log_action.isEnabled()
    assert str(data) in actions.log_action.statusTip()
    window.techniques.select_muscle("calves", "right")
    button = window.techniques.viewer.log_button
    assert button is not None and not button.isEnabled() and str(data) in button.toolTip()
    assert window.isVisible()  # the app keeps running


def test_damaged_history_is_moved_aside_and_the_user_told_where(
    qtbot: QtBot, open_main_window: OpenMainWindow, private_folders: tuple[Path, Path]
) -> None:
    data, _config = private_folders
    data.mkdir(parents=True)
    (data / "history.sqlite").write_bytes(b"not a database at all" * 100)
    window = open_main_window()
    actions = opened(qtbot, window)
    moved = list(data.glob("history.sqlite.corrupt-*"))
    assert len(moved) == 1
    assert actions.message is not None and str(moved[0]) in actions.message.text()
    assert actions.service.can_log and actions.log_action.isEnabled()


def test_service_records_problem_when_undo_fails(qtbot: QtBot, tmp_path: Path) -> None:
    service = HistoryService(tmp_path / "h.sqlite", ["calves"])
    with qtbot.waitSignal(service.ready):
        service.open()
    service.log_roll(date.today(), "calves", "left", 1.0)
    assert service.store is not None
    service.store.query("PRAGMA query_only = ON")
    with qtbot.waitSignal(service.problem) as problem:
        service.undo_stack.undo()
    assert problem.args and problem.args[0]
    service.close()


def test_history_from_a_newer_foamroll_opens_read_only(
    qtbot: QtBot, open_main_window: OpenMainWindow, private_folders: tuple[Path, Path]
) -> None:
    import sqlite3
    from datetime import datetime

    from foamroll_gui.core.history import open_history

    data, _config = private_folders
    store = open_history(data / "history.sqlite", now=datetime.now().astimezone()).store
    store.log_roll(date.today(), "calves", "left", 1.0, now=datetime.now().astimezone())
    store.close()
    conn = sqlite3.connect(data / "history.sqlite")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    window = open_main_window()
    actions = opened(qtbot, window)
    assert actions.service.is_open and not actions.service.can_log
    assert actions.message is not None and "newer version" in actions.message.text()
    assert not actions.log_action.isEnabled() and not actions.import_action.isEnabled()
    assert actions.export_action.isEnabled()  # the rolls can still be read and exported
    assert actions.service.review().days_since(date.today())["calves", "left"] == 0
