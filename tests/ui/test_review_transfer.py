"""File ▸ Export History… and Import History…: the same files as the command line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from foamroll_gui.ui.history_actions import HistoryActions
from foamroll_gui.ui.main_window import MainWindow

OpenMainWindow = Callable[..., MainWindow]  # the fixture in conftest.py


@pytest.fixture
def actions(qtbot: QtBot, main_window: MainWindow) -> HistoryActions:
    found = main_window.findChild(HistoryActions)
    assert found is not None
    qtbot.waitUntil(lambda: found.service.is_open)
    return found


def test_export_then_import_into_an_emptied_history(
    actions: HistoryActions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = actions.service
    today = service.today()
    first = service.log_roll(today, "calves", "left+right", 2.0, 5, "after tempo")
    service.log_roll(today - timedelta(days=3), "glutes", "both", 1.0)
    assert actions.export_action in actions.window.file_menu.actions()
    target = tmp_path / "rolls.csv"
    monkeypatch.setattr(HistoryActions, "ask_export_path", classmethod(lambda cls, p: target))
    actions.export_action.trigger()
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("entry_uuid,session_uuid,started_at,muscle,side")
    assert len(lines) == 4 and "after tempo" in target.read_text(encoding="utf-8")
    assert "Exported 3 rolls" in actions.window.statusBar().currentMessage()

    before = service.review().week_summary(service.review().week_of(today), today)
    store = service.store
    assert store is not None
    for row in store.entries():
        store.delete_entry(row.entry.uuid)
    assert store.count() == 0

    monkeypatch.setattr(HistoryActions, "ask_import_path", classmethod(lambda cls, p: target))
    actions.import_action.trigger()
    assert store.count() == 3
    assert service.review().week_summary(service.review().week_of(today), today) == before
    assert "3 added, 0 already present, 0 skipped" in actions.window.statusBar().currentMessage()
    actions.import_action.trigger()  # the same file twice adds nothing
    assert store.count() == 3
    assert "0 added, 3 already present" in actions.window.statusBar().currentMessage()
    assert actions.message is None
    assert first.entries[0].uuid in {r.entry.uuid for r in store.entries()}


def test_bad_rows_are_listed_with_their_line_and_the_good_ones_go_in(
    actions: HistoryActions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "mixed.csv"
    source.write_text(
        "entry_uuid,session_uuid,started_at,muscle,side,rolled_s,held_s,tenderness,routine,"
        "source,note\n"
        "11111111-1111-4111-8111-111111111111,aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa,"
        "2026-11-17T07:30:00+01:00,calves,left,120,0,,,manual,\n"
        "22222222-2222-4222-8222-222222222222,aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa,"
        "2026-11-17T07:30:00+01:00,calves,sideways,120,0,,,manual,\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(HistoryActions, "ask_import_path", classmethod(lambda cls, p: source))
    actions.import_action.trigger()
    assert actions.service.store is not None and actions.service.store.count() == 1
    assert actions.message is not None
    assert f"{source}:3" in actions.message.text() and "1 skipped" in actions.message.text()


def test_export_to_an_unwritable_place_is_explained(
    actions: HistoryActions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    target = blocker / "rolls.json"  # inside a file: cannot be written
    monkeypatch.setattr(HistoryActions, "ask_export_path", classmethod(lambda cls, p: target))
    actions.export_action.trigger()
    assert actions.message is not None and "not exported" in actions.message.windowTitle()
    assert "Traceback" not in actions.message.text()


def test_cancelling_the_file_dialogs_does_nothing(
    actions: HistoryActions, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(HistoryActions, "ask_export_path", classmethod(lambda cls, p: None))
    monkeypatch.setattr(HistoryActions, "ask_import_path", classmethod(lambda cls, p: None))
    actions.export_action.trigger()
    actions.import_action.trigger()
    assert actions.message is None and actions.window.statusBar().currentMessage() == ""
