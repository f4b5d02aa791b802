"""Reading the step viewer from the floor, 1.5 m from the laptop: zooming a seated page in a
narrow viewer keeps its words in view, and a large viewer reads larger before any zoom (the
zoom keys still work on top of that size, and are remembered)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from foamroll_gui.ui.main_window import MainWindow
from foamroll_gui.ui.step_cards import FIT_MAX, PICTURE_LEAST_WIDTH, fitted_scale
from foamroll_gui.ui.step_viewer import LINE_CHARACTERS, StepViewer
from tests.ui.viewer_pages import laid_out, longest_line, overhang, show

OpenMainWindow = Callable[..., MainWindow]  # the fixture in tests/ui/conftest.py


def open_at(qtbot: QtBot, open_main_window: OpenMainWindow, width: int, height: int) -> MainWindow:
    window = open_main_window()
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    window.activateWindow()  # the zoom keys reach the active window only
    qtbot.waitUntil(window.isActiveWindow)
    return window


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """Ctrl+``key`` as the runner presses it; returns once the page is built again."""
    viewer = window.techniques.viewer
    muscle = viewer.muscle_id
    with qtbot.waitSignal(viewer.zoom_changed):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    if muscle is not None:
        laid_out(qtbot, viewer, muscle)


def in_view(viewer: StepViewer, label: QLabel) -> bool:
    """The label's first line is wholly inside the viewport."""
    top = label.mapTo(viewer.viewport(), QPoint(0, 0)).y()
    return top >= 0 and top + label.fontMetrics().lineSpacing() <= viewer.viewport().height()


def pixels(label: QLabel) -> int:
    return QFontInfo(label.font()).pixelSize()


@pytest.mark.parametrize("muscle", ["calves", "glutes"])
def test_zooming_a_seated_page_at_1024x640_keeps_its_words_in_view(
    qtbot: QtBot, open_main_window: OpenMainWindow, muscle: str
) -> None:
    # before: one Ctrl+= put the pictures above the text at full width, the calves page grew
    # 1608 -> 2957 px and the screen showed the header and one picture, no step's words
    window = open_at(qtbot, open_main_window, 1024, 640)
    viewer = show(qtbot, window, muscle)
    assert viewer.fit == 1.0  # a small viewer reads at the system's size
    page, text = viewer.widget().height(), pixels(viewer.step_cards[0].text)
    for presses in (1, 2):
        press(qtbot, window, Qt.Key.Key_Equal)
        first, second = viewer.step_cards[:2]
        assert in_view(viewer, first.heading) and in_view(viewer, second.heading), presses
        assert in_view(viewer, first.text), presses
        assert pixels(first.text) > text, presses  # the words did grow
        assert viewer.widget().height() <= 1.5 * page, (presses, viewer.widget().height(), page)
        for card in viewer.step_cards:  # the picture beside the words, a little smaller
            assert not card.is_stacked(), presses
            assert card.picture.width() >= PICTURE_LEAST_WIDTH, presses
        assert overhang(viewer, pictures=True) == [], presses


def test_a_large_viewer_reads_larger_with_lines_of_at_most_line_characters(
    qtbot: QtBot, open_main_window: OpenMainWindow
) -> None:
    window = open_at(qtbot, open_main_window, 1920, 1080)
    viewer = show(qtbot, window, "calves")
    system = QFontInfo(QApplication.font()).pixelSize()
    assert 1.3 <= viewer.fit <= FIT_MAX
    for card in viewer.step_cards:
        # before: 13 px (the system's 9 pt, times 1.05) in lines of up to 82 characters
        assert pixels(card.text) >= 17, pixels(card.text)
        assert pixels(card.text) <= 1.05 * FIT_MAX * system + 1
        assert longest_line(card.text) <= LINE_CHARACTERS, longest_line(card.text)
        assert not card.is_stacked()
    assert overhang(viewer, pictures=True) == []


def test_seated_and_lying_pages_look_alike_at_1920x1080(
    qtbot: QtBot, open_main_window: OpenMainWindow
) -> None:
    # before: a seated card 510 x 349 px picture beside three lines, twice a lying card
    window = open_at(qtbot, open_main_window, 1920, 1080)
    heights = {}
    for muscle in ("calves", "lats"):
        viewer = show(qtbot, window, muscle)
        assert all(not card.is_stacked() for card in viewer.step_cards), muscle
        heights[muscle] = sorted(card.height() for card in viewer.step_cards)[2]
    assert heights["calves"] <= 1.7 * heights["lats"], heights


def test_ctrl_0_returns_to_the_fitted_size_and_the_zoom_is_remembered(
    qtbot: QtBot, open_main_window: OpenMainWindow
) -> None:
    window = open_at(qtbot, open_main_window, 1920, 1080)
    viewer = show(qtbot, window, "calves")
    fitted = pixels(viewer.step_cards[0].text)
    press(qtbot, window, Qt.Key.Key_Equal)
    zoomed = pixels(viewer.step_cards[0].text)
    assert viewer.zoom > 1.0 and zoomed > fitted
    press(qtbot, window, Qt.Key.Key_0)
    assert viewer.zoom == 1.0
    assert pixels(viewer.step_cards[0].text) == fitted  # the fitted size, not the system's
    press(qtbot, window, Qt.Key.Key_Minus)
    assert pixels(viewer.step_cards[0].text) < fitted  # smaller than fitted is still there
    press(qtbot, window, Qt.Key.Key_Equal)
    press(qtbot, window, Qt.Key.Key_Equal)
    assert pixels(viewer.step_cards[0].text) == zoomed
    remembered = viewer.zoom
    window.close()  # saves the window state

    again = open_at(qtbot, open_main_window, 1920, 1080)
    viewer = again.techniques.viewer
    assert viewer.zoom == remembered  # the reader's zoom, on top of the fitted size
    laid_out(qtbot, viewer, "calves")  # (the last muscle, restored)
    assert pixels(viewer.step_cards[0].text) == zoomed


@pytest.mark.parametrize(("width", "height"), [(1024, 640), (1366, 768)])
def test_small_screens_keep_the_system_size(
    qtbot: QtBot, open_main_window: OpenMainWindow, width: int, height: int
) -> None:
    window = open_at(qtbot, open_main_window, width, height)
    viewer = show(qtbot, window, "calves")
    assert viewer.fit == 1.0
    assert viewer.font().pointSizeF() == QApplication.font().pointSizeF()


def test_the_fit_follows_a_resize_and_keeps_the_step_being_read(
    qtbot: QtBot, open_main_window: OpenMainWindow
) -> None:
    window = open_at(qtbot, open_main_window, 1366, 768)
    viewer = show(qtbot, window, "calves")
    bar = viewer.verticalScrollBar()
    bar.setValue(viewer.step_cards[3].mapTo(viewer.widget(), QPoint(0, 0)).y())
    with qtbot.waitSignal(viewer.anchored), qtbot.waitSignal(viewer.fit_changed):
        window.resize(1920, 1080)
    assert viewer.fit > 1.3
    laid_out(qtbot, viewer, "calves")
    top = viewer.step_cards[3].mapTo(viewer.viewport(), QPoint(0, 0)).y()
    assert abs(top) <= 3, top  # step 4 still at the top
    with qtbot.waitSignal(viewer.fit_changed):
        window.resize(1024, 640)
    assert viewer.fit == 1.0


def test_the_fitted_size_grows_with_the_room_within_its_bounds() -> None:
    character, line = 6.08, 14.0  # the system font here: 9 pt DejaVu Sans
    assert fitted_scale(483, 617, character, line) == 1.0  # 1024x640's viewer
    assert fitted_scale(704, 768, character, line) == 1.0  # 1366x768's
    assert fitted_scale(1039, 1061, character, line) == 1.45  # 1920x1080's (its height)
    assert fitted_scale(4000, 3000, character, line) == FIT_MAX
    sizes = [fitted_scale(w, round(w * 0.9), character, line) for w in range(400, 2400, 37)]
    assert sizes == sorted(sizes)  # never smaller in a larger viewer
    assert all(round(x * 20) == x * 20 for x in sizes)  # in steps of 0.05
