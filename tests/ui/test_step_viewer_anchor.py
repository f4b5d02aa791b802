"""Zooming (or anything else that lays the page out again) keeps the runner's place: the step
card at the top of the viewer is still at the top afterwards, on a small screen (1024x640)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from foamroll_gui.ui.main_window import MainWindow
from foamroll_gui.ui.step_viewer import StepViewer

OpenMainWindow = Callable[..., MainWindow]  # the fixture in tests/ui/conftest.py
#: how far (pixels) the anchored card may end up from the viewer's top edge
SLACK = 3


@pytest.fixture
def small_window(qtbot: QtBot, open_main_window: OpenMainWindow) -> MainWindow:
    window = open_main_window()
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024)
    return window


def card_top(viewer: StepViewer, index: int) -> int:
    """Where step card ``index`` starts, in the viewport (0: at the viewer's top edge)."""
    return viewer.step_cards[index].mapTo(viewer.viewport(), QPoint(0, 0)).y()


def top_card(viewer: StepViewer) -> int:
    """The index of the first card whose top is in view (at or below the top edge - SLACK)."""
    return next(i for i in range(len(viewer.step_cards)) if card_top(viewer, i) >= -SLACK)


def open_at(qtbot: QtBot, window: MainWindow, muscle: str) -> StepViewer:
    viewer = window.techniques.viewer
    window.techniques.select_muscle(muscle)
    cards = len(viewer.content.technique(muscle).steps)
    qtbot.waitUntil(
        lambda: (
            len(viewer.step_cards) == cards
            and viewer.step_cards[-1].isVisible()
            and viewer.step_cards[-1].y() > viewer.step_cards[0].y() > 0
            and viewer.verticalScrollBar().maximum() > 0
        )
    )
    viewer.setFocus()
    return viewer


def scroll_card_to_top(qtbot: QtBot, viewer: StepViewer, index: int) -> None:
    bar = viewer.verticalScrollBar()
    bar.setValue(bar.value() + card_top(viewer, index))
    qtbot.waitUntil(lambda: card_top(viewer, index) == 0)


def press(qtbot: QtBot, viewer: StepViewer, key: Qt.Key) -> None:
    """A zoom key, as the runner presses it; returns once the new page has settled."""
    with qtbot.waitSignal(viewer.anchored):
        qtbot.keyClick(viewer, key, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize(("muscle", "index"), [("calves", 3), ("it-band", 2)])
def test_zoom_keeps_the_step_being_read_at_the_top(
    qtbot: QtBot, small_window: MainWindow, muscle: str, index: int
) -> None:
    viewer = open_at(qtbot, small_window, muscle)
    scroll_card_to_top(qtbot, viewer, index)
    press(qtbot, viewer, Qt.Key.Key_Equal)
    assert viewer.zoom > 1.0
    assert abs(card_top(viewer, index)) <= SLACK, (viewer.zoom, card_top(viewer, index))
    assert top_card(viewer) == index
    press(qtbot, viewer, Qt.Key.Key_0)
    assert viewer.zoom == 1.0
    assert abs(card_top(viewer, index)) <= SLACK, (viewer.zoom, card_top(viewer, index))
    assert top_card(viewer) == index


def test_zoom_at_the_top_of_the_page_stays_at_the_top(
    qtbot: QtBot, small_window: MainWindow
) -> None:
    viewer = open_at(qtbot, small_window, "calves")
    assert viewer.verticalScrollBar().value() == 0
    for key in (Qt.Key.Key_Equal, Qt.Key.Key_Equal, Qt.Key.Key_0):
        press(qtbot, viewer, key)
        assert viewer.verticalScrollBar().value() == 0, viewer.zoom
        assert viewer.start_button.mapTo(viewer.viewport(), QPoint(0, 0)).y() > 0


def test_steps_only_keeps_the_step_being_read_at_the_top(
    qtbot: QtBot, small_window: MainWindow
) -> None:
    screen = small_window.techniques
    viewer = open_at(qtbot, small_window, "calves")
    scroll_card_to_top(qtbot, viewer, 3)
    for on in (True, False):  # the viewer widens to the whole window, and back
        with qtbot.waitSignal(viewer.anchored):
            screen.steps_only_action.setChecked(on)
        assert abs(card_top(viewer, 3)) <= SLACK, (on, card_top(viewer, 3))


def test_scrolling_after_a_zoom_is_not_undone(qtbot: QtBot, small_window: MainWindow) -> None:
    viewer = open_at(qtbot, small_window, "calves")
    scroll_card_to_top(qtbot, viewer, 3)
    press(qtbot, viewer, Qt.Key.Key_Equal)
    qtbot.keyClick(viewer, Qt.Key.Key_PageUp)  # the runner goes back a screen
    assert card_top(viewer, 3) > SLACK
    with qtbot.waitSignal(viewer.anchored):  # a relayout keeps the new place, not the old one
        small_window.resize(1000, 640)
    assert card_top(viewer, 3) > SLACK


def test_another_muscle_opens_at_its_top_while_the_last_one_was_relaid_out(
    qtbot: QtBot, small_window: MainWindow
) -> None:
    viewer = open_at(qtbot, small_window, "calves")
    scroll_card_to_top(qtbot, viewer, 3)
    small_window.resize(1000, 640)  # the calves page is being laid out again...
    viewer = open_at(qtbot, small_window, "it-band")  # ...when the runner picks the IT band
    with qtbot.assertNotEmitted(viewer.anchored, wait=100):  # calves' place is not kept
        pass
    assert viewer.verticalScrollBar().value() == 0
