"""`foamroll screenshot` pictures the window as a user sees it a moment after it opens."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from foamroll_gui.app import build_main_window, load_application
from foamroll_gui.core.library import Library
from foamroll_gui.core.paths import resolve_paths
from foamroll_gui.ui.history_service import HistoryService
from foamroll_gui.ui.screenshot import settle


def test_the_history_has_opened_before_the_picture_is_taken(qtbot: QtBot, library: Library) -> None:
    window = build_main_window(load_application(resolve_paths(), library=library))
    qtbot.addWidget(window)
    window.techniques.select_muscle("calves")
    window.resize(1024, 640)
    window.show()
    history = window.findChild(HistoryService)
    assert history is not None and not history.is_open
    log_button = window.techniques.viewer.log_button
    assert log_button is not None and not log_button.isEnabled()  # "still opening"
    settle(window)
    assert history.is_open
    assert log_button.isEnabled()
    history.close()
