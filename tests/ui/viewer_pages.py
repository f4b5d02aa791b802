"""Looking at the step viewer's page in tests: the zooms the keys reach, opening a muscle and
waiting for its cards to be laid out, what reaches past the viewport, and how long a label's
lines are."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from foamroll_gui.ui.main_window import MainWindow
from foamroll_gui.ui.step_viewer import ZOOM_MAX, ZOOM_MIN, ZOOM_STEP, StepViewer


def zoom_steps() -> list[float]:
    """Every zoom Ctrl+= and Ctrl+- reach from 1.0, as the viewer rounds them (1.0, the ones
    in, then the ones out)."""
    steps, zoom = [1.0], 1.0
    while zoom < ZOOM_MAX:
        zoom = round(min(ZOOM_MAX, zoom * ZOOM_STEP), 2)
        steps.append(zoom)
    zoom = 1.0
    while zoom > ZOOM_MIN:
        zoom = round(max(ZOOM_MIN, zoom / ZOOM_STEP), 2)
        steps.append(zoom)
    return steps


def laid_out(qtbot: QtBot, viewer: StepViewer, muscle: str) -> None:
    """Wait until the page of ``muscle`` has its cards, placed below its header."""
    cards = len(viewer.content.technique(muscle).steps)
    qtbot.waitUntil(
        lambda: (
            viewer.muscle_id == muscle
            and len(viewer.step_cards) == cards
            and viewer.step_cards[-1].isVisible()
            and viewer.step_cards[-1].y() > viewer.step_cards[0].y() > 0
        )
    )


def show(qtbot: QtBot, window: MainWindow, muscle: str) -> StepViewer:
    """Open ``muscle`` and wait until all its cards are placed below the header."""
    window.techniques.select_muscle(muscle)
    viewer = window.techniques.viewer
    laid_out(qtbot, viewer, muscle)
    return viewer


def overhang(viewer: StepViewer, *, pictures: bool = False) -> list[str]:
    """Labels and buttons of the page (and its step pictures, with ``pictures``) that reach
    past the viewport's right edge."""
    viewport = viewer.viewport()
    page = viewer.widget()
    widgets: list[QWidget] = [*viewer.step_pictures] if pictures else []
    widgets += [*page.findChildren(QLabel), *page.findChildren(QPushButton)]
    cut = []
    for widget in widgets:
        if not widget.isVisibleTo(page):
            continue
        right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
        if right > viewport.width():
            text = widget.text()[:30] if isinstance(widget, QLabel | QPushButton) else ""
            name = text or widget.accessibleName() or widget.objectName()
            cut.append(f"{name!r} ends at {right} px > {viewport.width()}")
    return cut


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
