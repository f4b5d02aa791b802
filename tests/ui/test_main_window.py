"""The main window wires map, list and viewer together and remembers where the user was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from foamroll_gui.app import build_views
from foamroll_gui.core.model import Content
from foamroll_gui.core.settings import Settings
from foamroll_gui.ui.main_window import MainWindow
from tests.ui.test_muscle_map import inside_point


def make_window(qtbot: QtBot, content: Content, settings_path: Path) -> MainWindow:
    window = MainWindow(content, Settings(settings_path), *build_views(content))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def viewer_text(window: MainWindow) -> str:
    page = window.viewer.widget()
    return "\n".join(label.text() for label in page.findChildren(QLabel))


def test_clicking_the_map_fills_list_and_viewer(
    qtbot: QtBot, content: Content, tmp_path: Path
) -> None:
    window = make_window(qtbot, content, tmp_path / "settings.json")
    window.body_map.set_view("back")
    back = window.body_map.maps["back"]
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton, pos=inside_point(back, "calves-left"))
    assert window.viewer.muscle_id == "calves"
    assert window.muscle_list.list.currentItem().text() == "Calves"
    assert content.technique("calves").steps[2].title in viewer_text(window)


def test_list_selection_switches_to_a_view_that_shows_the_muscle(
    qtbot: QtBot, content: Content, tmp_path: Path
) -> None:
    window = make_window(qtbot, content, tmp_path / "settings.json")
    window.resize(1024, 640)  # narrow: one view at a time
    qtbot.waitUntil(lambda: not window.body_map.showing_both())
    window.body_map.set_view("back")
    qtbot.keyClicks(window.muscle_list.search, "quad")
    qtbot.keyClick(window.muscle_list.search, Qt.Key.Key_Return)
    assert window.viewer.muscle_id == "quadriceps"
    assert window.body_map.view() == "front"


def test_start_button_asks_for_a_session(qtbot: QtBot, content: Content, tmp_path: Path) -> None:
    window = make_window(qtbot, content, tmp_path / "settings.json")
    window.select_muscle("it-band")
    with qtbot.waitSignal(window.start_session_requested) as blocker:
        window.viewer.start_button.click()
    assert blocker.args == ["it-band"]


def test_last_muscle_and_view_are_remembered(
    qtbot: QtBot, content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "settings.json"
    window = make_window(qtbot, content, path)
    window.body_map.set_view("front")
    window.select_muscle("adductors", "right")
    window.close()
    again = make_window(qtbot, content, path)
    assert again.viewer.muscle_id == "adductors"
    assert again.body_map.view() == "front"
    assert again.muscle_list.list.currentItem().text() == content.muscle("adductors").name


def test_safety_page_lists_every_contraindication(
    qtbot: QtBot, content: Content, tmp_path: Path
) -> None:
    window = make_window(qtbot, content, tmp_path / "settings.json")
    dialog = window.show_help_page("safety")
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for item in content.safety.contraindications:
        assert item in text
    for sign in content.safety.stop_signs:
        assert sign in text


def test_how_it_works_page_cites_the_research(
    qtbot: QtBot, content: Content, tmp_path: Path
) -> None:
    window = make_window(qtbot, content, tmp_path / "settings.json")
    dialog = window.show_help_page("how-it-works")
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Behm" in text and "Wiewelhove" in text
