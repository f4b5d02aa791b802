"""The Review screen: built on first show, this week's figures, navigation, suggestions,
asymmetry, the painted heat map and tenderness, and deleting a roll (undoably)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from foamroll_gui.core.content.model import Content
from foamroll_gui.core.history.records import Entry
from foamroll_gui.ui.history_colours import sequential
from foamroll_gui.ui.history_service import HistoryService
from foamroll_gui.ui.log_roll_dialog import LogRequest, LogRollDialog
from foamroll_gui.ui.main_window import MainWindow
from foamroll_gui.ui.review_page import ReviewPage
from foamroll_gui.ui.review_screen import ReviewScreen

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=timezone(timedelta(hours=1)))  # Friday, 2026-W47


@pytest.fixture
def service(qtbot: QtBot, tmp_path: Path, content: Content) -> Iterator[HistoryService]:
    history = HistoryService(
        tmp_path / "history.sqlite", [m.id for m in content.muscles], lambda: NOW
    )
    with qtbot.waitSignal(history.ready):
        history.open()
    yield history
    history.close()


@pytest.fixture
def page(qtbot: QtBot, service: HistoryService, content: Content) -> Iterator[ReviewPage]:
    day = NOW.date()
    for back in (0, 2, 4):  # calves: three sessions this week, both sides
        service.log_roll(day - timedelta(days=back), "calves", "left+right", 1.5, 6 - back)
    service.log_roll(day - timedelta(days=9), "calves", "left+right", 1.0, 8)
    for back in (1, 3, 5):  # hamstrings, left only (Sunday 15 is last week): an asymmetry
        service.log_roll(day - timedelta(days=back), "hamstrings", "left", 2.0)
    screen = ReviewScreen(service, content.names())
    qtbot.addWidget(screen)
    screen.resize(1280, 900)
    screen.show()
    assert screen.page is not None
    yield screen.page  # the screen stays referenced while the test runs


def cell(page: ReviewPage, muscle_name: str, column: int) -> str:
    table = page.week_table
    for row in range(table.rowCount()):
        name = table.item(row, 0)
        if name is not None and name.text() == muscle_name:
            item = table.item(row, column)
            assert item is not None
            return item.text()
    raise AssertionError(f"{muscle_name} not in the table")


def test_this_week_per_muscle_and_side(page: ReviewPage) -> None:
    assert "2026-W47" in page.title.text() and "this week" in page.title.text()
    assert cell(page, "Calves", 1) == "3 of 3" and cell(page, "Calves", 4) == "3 of 3"
    assert cell(page, "Calves", 2) == "4.5" and cell(page, "Calves", 3) == "today"
    assert cell(page, "Hamstrings", 1) == "2 of 3" and cell(page, "Hamstrings", 4) == "0 of 3"
    assert cell(page, "Hamstrings", 3) == "yesterday" and cell(page, "Hamstrings", 6) == "never"
    assert cell(page, "Lats", 3) == "never"
    assert not page.next_button.isEnabled()  # no future weeks


def test_previous_week_and_back(qtbot: QtBot, page: ReviewPage) -> None:
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert "2026-W46" in page.title.text()
    assert cell(page, "Calves", 1) == "1 of 3"
    assert cell(page, "Calves", 3) == "4 days ago"  # counted to Sunday 15 November
    assert cell(page, "Hamstrings", 1) == "1 of 3"
    qtbot.mouseClick(page.this_week_button, Qt.MouseButton.LeftButton)
    assert "2026-W47" in page.title.text()


def test_suggestions_and_asymmetry_give_reasons(page: ReviewPage) -> None:
    suggested = page.suggestions_text()
    assert "Calves" not in suggested  # on target
    assert "Hamstrings: 0 of 3 this week (left 2, right 0)" in suggested
    assert len(suggested.splitlines()) == 6
    assert "Hamstrings: left side in 3 sessions, right side in 0" in page.asymmetry.text()


def test_heat_map_and_tenderness_are_painted(page: ReviewPage, content: Content) -> None:
    heat = page.heat_map.heat
    assert heat is not None
    row = [m.id for m in content.muscles].index("calves")
    assert heat.sessions[row][-1] == 3 and heat.sessions[row][-2] == 1
    image = page.heat_map.grab().toImage()
    full = page.heat_map.cell_rect(row, 11).center().toPoint()
    one = page.heat_map.cell_rect(row, 10).adjusted(3, 3, -3, -3).topLeft().toPoint()
    assert image.pixelColor(full).name() == sequential(1.0).name()  # target reached: yellow
    assert image.pixelColor(one).name() != image.pixelColor(full).name()
    assert [t.muscle for t in page.tenderness.trends] == ["calves"]
    assert page.tenderness.summary(page.tenderness.trends[0]) == "4.0 now, 4.0 less tender"


def test_delete_a_recent_roll_and_undo(qtbot: QtBot, page: ReviewPage) -> None:
    assert page.recent.rowCount() == 11
    assert not page.delete_button.isEnabled()
    page.recent.selectRow(0)  # the newest: today's calves
    assert page.delete_button.isEnabled()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.recent.rowCount() == 10
    assert sorted([cell(page, "Calves", 1), cell(page, "Calves", 4)]) == ["2 of 3", "3 of 3"]
    page.service.undo_stack.undo()
    assert page.recent.rowCount() == 11
    assert cell(page, "Calves", 1) == "3 of 3"


def test_review_is_a_screen_of_the_window_with_its_shortcut(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    screen = main_window.findChild(ReviewScreen)
    assert screen is not None and screen.page is None  # not built until shown
    action = next(a for a in main_window.view_menu.actions() if a.text() == "&Review")
    number = main_window.screens.indexOf(screen) + 1
    assert number > 1 and action.shortcut().toString() == f"Ctrl+{number}"
    action.trigger()
    assert main_window.screens.currentWidget() is screen and screen.page is not None


@pytest.mark.end2end
def test_opening_the_window_imports_nothing_of_the_review(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from foamroll_gui.app import start_qt, load_application, build_main_window\n"
        "from foamroll_gui.core.paths import resolve_paths\n"
        f"paths = resolve_paths({str(tmp_path)!r})\n"
        "qt = start_qt(); w = build_main_window(load_application(paths))\n"
        "w.show(); qt.processEvents()\n"
        "print(sorted(m for m in sys.modules if m.endswith(('review_page', 'history.review',"
        " 'heat_map', 'tenderness_chart'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "FOAMROLL_CONFIG_DIR": str(tmp_path / "c"),
            "FOAMROLL_CACHE_DIR": str(tmp_path / "k"),
        },
    )
    assert result.stdout.strip() == "[]"


def test_edit_a_recent_roll_and_undo(
    qtbot: QtBot, page: ReviewPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.recent.selectRow(0)
    row = page.selected_row()
    assert row is not None and page.edit_button.isEnabled()
    shown: list[tuple[str, date]] = []

    def edit(parent: object, muscles: object, entry: Entry, day: date) -> LogRequest:
        shown.append((entry.uuid, day))
        return LogRequest(day, "calves", "both", 3.0, 2, "softer now")

    monkeypatch.setattr(LogRollDialog, "edit", edit)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert shown == [(row.entry.uuid, NOW.date())]
    store = page.service.store
    assert store is not None
    edited = store.entry(row.entry.uuid)
    assert (edited.side, edited.rolled_s, edited.tenderness, edited.note) == (
        "both",
        180.0,
        2,
        "softer now",
    )
    assert page.recent.item(0, 5) is not None and page.recent.item(0, 5).text() == "softer now"
    page.service.undo_stack.undo()
    assert store.entry(row.entry.uuid) == row.entry


def test_edit_dialog_shows_the_entry_and_keeps_its_day(qtbot: QtBot) -> None:
    entry = Entry(
        "11111111-1111-4111-8111-111111111111",
        "a" * 8 + "-aaaa-4aaa-8aaa-" + "a" * 12,
        "hamstrings",
        "right",
        45.0,
        0.0,
        6,
        "tight",
    )
    dialog = LogRollDialog([("calves", "Calves"), ("hamstrings", "Hamstrings")], date(2026, 11, 2))
    qtbot.addWidget(dialog)
    dialog.edit_entry(entry)
    assert not dialog.day.isEnabled() and dialog.sides.findData("left+right") == -1
    request = dialog.request()
    assert (request.on, request.muscle, request.sides, request.minutes) == (
        date(2026, 11, 2),
        "hamstrings",
        "right",
        0.75,
    )
    assert (request.tenderness, request.note) == (6, "tight")


def test_review_reads_the_history_again_when_shown(
    qtbot: QtBot, page: ReviewPage, service: HistoryService
) -> None:
    screen = page.parentWidget()
    assert isinstance(screen, ReviewScreen)
    screen.hide()
    store = service.store
    assert store is not None
    # a timed routine writes through its own connection, so no ``changed`` signal comes
    with qtbot.assertNotEmitted(service.changed):
        store.log_roll(NOW.date(), "lats", "left", 1.0, now=NOW)
    assert cell(page, "Lats", 1) == "0 of 3"
    screen.show()
    assert cell(page, "Lats", 1) == "1 of 3"


@pytest.mark.qt_log_ignore("QSoundEffect", "PulseAudio")  # no sound card on test machines
def test_a_suggestion_starts_a_timed_session(
    qtbot: QtBot, open_main_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    from foamroll_gui.ui.timer_screen import TimerScreen

    monkeypatch.setenv("FOAMROLL_SPEECH_ENGINE", "mock")
    window = open_main_window()
    screen = window.findChild(ReviewScreen)
    timer = window.findChild(TimerScreen)
    assert screen is not None and timer is not None
    window.show_screen(screen)
    assert screen.page is not None
    first = screen.page.suggestion_labels[0].text()  # nothing rolled: "Quadriceps: 0 of 3 ..."
    qtbot.mouseClick(screen.page.start_buttons[0], Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is timer
    assert timer.clock is not None and timer.clock.running
    assert first.split(":")[0].strip("• ") in timer.routine_label.text()
    timer.clock.stop()
