"""The technique page on a small screen (1024x640, the list and the map shown): nothing cut off
at any zoom, a compact header, step 1 in view."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from foamroll_gui.ui.main_window import MainWindow
from foamroll_gui.ui.step_viewer import LINE_CHARACTERS
from tests.core.test_shipped_content import SEED_MUSCLES
from tests.ui.viewer_pages import laid_out, longest_line, overhang, zoom_steps

OpenMainWindow = Callable[..., MainWindow]  # the fixture in tests/ui/conftest.py


@pytest.fixture
def small_window(qtbot: QtBot, open_main_window: OpenMainWindow) -> MainWindow:
    window = open_main_window()
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024)
    return window


@pytest.mark.parametrize("muscle", sorted(SEED_MUSCLES))
def test_no_zoom_cuts_off_text_at_1024x640(
    qtbot: QtBot, small_window: MainWindow, muscle: str
) -> None:
    screen = small_window.techniques
    viewer = screen.viewer
    assert screen.muscle_list.isVisible() and screen.body_map.isVisible()
    screen.select_muscle(muscle)
    laid_out(qtbot, viewer, muscle)
    assert viewer.viewport().width() < 520  # narrower than the old page at zoom 2.31 (541 px)
    for zoom in zoom_steps():
        viewer.set_zoom(zoom)
        laid_out(qtbot, viewer, muscle)
        assert viewer.zoom == zoom
        assert viewer.widget().minimumSizeHint().width() <= viewer.viewport().width(), zoom
        assert overhang(viewer) == [], zoom


def test_zoomed_pictures_take_the_column_above_their_text(
    qtbot: QtBot, small_window: MainWindow
) -> None:
    viewer = small_window.techniques.viewer
    small_window.techniques.select_muscle("quadriceps")
    laid_out(qtbot, viewer, "quadriceps")
    viewer.set_zoom(2.0)
    laid_out(qtbot, viewer, "quadriceps")
    card = viewer.step_cards[0]
    picture: QWidget = card.picture
    assert card.is_stacked()
    assert picture.geometry().bottom() < card.text.geometry().top()  # the picture above
    assert picture.width() > 0.8 * card.width()  # as wide as the card, not a third of it


def test_a_short_viewer_has_a_compact_header_and_step_1_in_view(
    qtbot: QtBot, small_window: MainWindow
) -> None:
    screen = small_window.techniques
    viewer = screen.viewer
    for muscle in viewer.content.muscles:
        screen.select_muscle(muscle.id)
        laid_out(qtbot, viewer, muscle.id)
        viewport = viewer.viewport()
        steps = next(x for x in viewer.widget().findChildren(QLabel) if x.text() == "Steps")
        bottom = steps.mapTo(viewport, QPoint(0, 0)).y()  # where the header ends
        assert bottom <= 0.35 * viewport.height(), (muscle.id, bottom, viewport.height())
        card = viewer.step_cards[0]
        assert card.mapTo(viewport, QPoint(0, card.height())).y() <= viewport.height(), muscle.id
        assert viewer.start_button.isVisible() and viewer.start_button.isEnabled()


def test_header_lines_are_capped_like_the_steps_on_a_wide_screen(
    qtbot: QtBot, open_main_window: OpenMainWindow
) -> None:
    window = open_main_window()
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    viewer = window.techniques.viewer
    for muscle in ("hamstrings", "calves"):  # the longest "Why" rows
        window.techniques.select_muscle(muscle)
        laid_out(qtbot, viewer, muscle)
        page = viewer.widget()
        words = [x for x in page.findChildren(QLabel) if x.wordWrap() and len(x.text()) > 60]
        longest = {x.text()[:20]: longest_line(x) for x in words}
        assert max(longest.values()) <= LINE_CHARACTERS * 1.15, longest
        assert max(longest.values()) > LINE_CHARACTERS * 0.8  # long lines are still used
