"""Lying-figure pictures (wide and low) read from the floor: on a small screen they go above their
text at the card's width instead of 220 px beside it; seated ones, and every picture on a wide
screen, keep their place beside the text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from foamroll_gui.ui.main_window import MainWindow
from foamroll_gui.ui.step_cards import StepCard
from foamroll_gui.ui.step_viewer import (
    LINE_CHARACTERS,
    PICTURE_MAX_WIDTH,
    PICTURE_MIN_WIDTH,
    ZOOM_MAX,
    ZOOM_MIN,
    ZOOM_STEP,
    StepViewer,
)

OpenMainWindow = Callable[..., MainWindow]  # the fixture in tests/ui/conftest.py


def zooms_in_order() -> list[float]:
    """Every zoom Ctrl+- and Ctrl+= reach from 1.0, smallest first, as the viewer rounds them."""
    zooms, zoom = {1.0}, 1.0
    while zoom < ZOOM_MAX:
        zoom = round(min(ZOOM_MAX, zoom * ZOOM_STEP), 2)
        zooms.add(zoom)
    zoom = 1.0
    while zoom > ZOOM_MIN:
        zoom = round(max(ZOOM_MIN, zoom / ZOOM_STEP), 2)
        zooms.add(zoom)
    return sorted(zooms)


def open_at(qtbot: QtBot, open_main_window: OpenMainWindow, width: int, height: int) -> MainWindow:
    window = open_main_window()
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    return window


def show(qtbot: QtBot, window: MainWindow, muscle: str) -> StepViewer:
    """Open ``muscle`` and wait until all its cards are placed below the header."""
    window.techniques.select_muscle(muscle)
    viewer = window.techniques.viewer
    laid_out(qtbot, viewer, muscle)
    return viewer


def laid_out(qtbot: QtBot, viewer: StepViewer, muscle: str) -> None:
    cards = len(viewer.content.technique(muscle).steps)
    qtbot.waitUntil(
        lambda: (
            viewer.muscle_id == muscle
            and len(viewer.step_cards) == cards
            and viewer.step_cards[-1].isVisible()
            and viewer.step_cards[-1].y() > viewer.step_cards[0].y() > 0
        )
    )


def above_its_text(card: StepCard) -> bool:
    return card.is_stacked() and card.picture.geometry().bottom() < card.heading.geometry().top()


def beside_its_text(card: StepCard) -> bool:
    return not card.is_stacked() and card.picture.geometry().right() < card.text.geometry().left()


def cut_off(viewer: StepViewer) -> list[str]:
    """Pictures, labels and buttons of the page that reach past the viewport's right edge."""
    viewport = viewer.viewport()
    page = viewer.widget()
    widgets: list[QWidget] = [*viewer.step_pictures]
    widgets += [*page.findChildren(QLabel), *page.findChildren(QPushButton)]
    cut = []
    for widget in widgets:
        if widget.isVisibleTo(page):
            right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
            if right > viewport.width():
                cut.append(f"{widget.accessibleName() or widget.objectName()} ends at {right} px")
    return cut


@pytest.mark.parametrize("muscle", ["lats", "it-band", "peroneals"])
def test_lying_pictures_go_above_their_text_at_1024x640(
    qtbot: QtBot, open_main_window: OpenMainWindow, muscle: str
) -> None:
    window = open_at(qtbot, open_main_window, 1024, 640)
    assert window.techniques.body_map.isVisible()  # the list and the map take their share
    viewer = show(qtbot, window, muscle)
    for number, card in enumerate(viewer.step_cards, start=1):
        # beside its text it was PICTURE_MIN_WIDTH (220 px): a figure ~150 px long
        assert card.picture.width() >= 1.6 * PICTURE_MIN_WIDTH, (number, card.picture.width())
        assert above_its_text(card), number
        assert card.picture.height() < card.picture.width() / 2  # still framed to the figure
    widths = []
    for zoom in zooms_in_order():
        viewer.set_zoom(zoom)
        laid_out(qtbot, viewer, muscle)
        assert viewer.widget().minimumSizeHint().width() <= viewer.viewport().width(), zoom
        assert cut_off(viewer) == [], zoom
        assert all(above_its_text(card) for card in viewer.step_cards), zoom
        widths.append(viewer.step_pictures[0].width())
    assert widths == sorted(widths)  # zooming in never makes a picture smaller


@pytest.mark.parametrize("muscle", ["quadriceps", "adductors", "tfl"])
def test_a_page_of_low_pictures_puts_all_of_them_above_alike(
    qtbot: QtBot, open_main_window: OpenMainWindow, muscle: str
) -> None:
    # the quadriceps' 4th step (a bent knee) and the TFL's 5th ask for a taller picture than
    # their lying siblings, the adductors' 3rd for the tallest of its page: still above
    window = open_at(qtbot, open_main_window, 1024, 640)
    viewer = show(qtbot, window, muscle)
    assert viewer.low_pictures
    widths = {card.picture.width() for card in viewer.step_cards}
    assert len(widths) == 1 and widths.pop() >= 1.6 * PICTURE_MIN_WIDTH
    assert all(above_its_text(card) for card in viewer.step_cards)


@pytest.mark.parametrize("muscle", ["calves", "shins"])
def test_seated_pictures_keep_their_place_beside_the_text_at_1024x640(
    qtbot: QtBot, open_main_window: OpenMainWindow, muscle: str
) -> None:
    window = open_at(qtbot, open_main_window, 1024, 640)
    viewer = show(qtbot, window, muscle)
    assert not viewer.low_pictures  # (a shin step asks for 0.46: its page stays beside)
    assert all(beside_its_text(card) for card in viewer.step_cards)
    assert {card.picture.width() for card in viewer.step_cards} == {PICTURE_MIN_WIDTH}


@pytest.mark.parametrize("muscle", ["calves", "lats"])
def test_pictures_stay_beside_the_text_at_1920x1080(
    qtbot: QtBot, open_main_window: OpenMainWindow, muscle: str
) -> None:
    # there the picture beside the text is already ~430 px, near its 520 px above it
    window = open_at(qtbot, open_main_window, 1920, 1080)
    viewer = show(qtbot, window, muscle)
    for number, card in enumerate(viewer.step_cards, start=1):
        assert beside_its_text(card), number
        assert card.picture.width() >= 400, (number, card.picture.width())
    assert cut_off(viewer) == []


def longest_line(label: QLabel) -> int:
    """Characters in the longest line of a word-wrapped label, as it is laid out now."""
    layout = QTextLayout(label.text(), label.font())
    layout.beginLayout()
    longest = 0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        longest = max(longest, line.textLength())
    layout.endLayout()
    return longest


def test_zoomed_on_a_wide_screen_lying_pictures_grow_above_short_lines(
    qtbot: QtBot, open_main_window: OpenMainWindow
) -> None:
    window = open_at(qtbot, open_main_window, 1920, 1080)
    viewer = show(qtbot, window, "lats")
    beside = viewer.step_pictures[0].width()
    for _ in range(3):  # Ctrl+= three times: 1.52, beside the text it would be half the viewer
        viewer.zoom_actions[0].trigger()
    laid_out(qtbot, viewer, "lats")
    assert viewer.zoom > 1.5
    for number, card in enumerate(viewer.step_cards, start=1):
        # (the last card was once squeezed to its minimum, its heading over its picture)
        assert above_its_text(card), number
        assert card.picture.width() == round(PICTURE_MAX_WIDTH * viewer.zoom) > 1.5 * beside
    # below the picture the words do not take the card's ~960 px: lines of ~75 characters
    lines = [longest_line(card.text) for card in viewer.step_cards]
    assert LINE_CHARACTERS * 0.8 < max(lines) <= LINE_CHARACTERS * 1.15, lines
    assert cut_off(viewer) == []
