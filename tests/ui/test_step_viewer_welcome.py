"""The welcome page of the first frame is drawn without the cards' style sheet (a start-up
saving) yet looks the same: its background is the Base colour, in any theme, before and after
the first muscle opens."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from foamroll_gui.core.content.model import Content, Side, Step
from foamroll_gui.ui.palettes import dark_palette
from foamroll_gui.ui.step_cards import line_width
from foamroll_gui.ui.step_viewer import StepViewer


def blank_picture(muscle: str, step: Step, side: Side) -> QWidget:
    return QWidget()


def contrasting() -> QPalette:
    """A palette whose Base and Window differ clearly, so the wrong one shows."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#203040"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#f0e0d0"))
    return palette


def corner_colour(viewer: StepViewer) -> str:
    """The colour of the page's empty bottom-right corner, as painted."""
    image = viewer.grab().toImage()
    return image.pixelColor(image.width() - 6, image.height() - 6).name()


def test_the_welcome_page_is_painted_in_the_base_colour(qtbot: QtBot, content: Content) -> None:
    viewer = StepViewer(content, blank_picture)
    qtbot.addWidget(viewer)
    viewer.setPalette(contrasting())
    viewer.resize(700, 500)
    viewer.show()
    qtbot.waitExposed(viewer)
    assert corner_colour(viewer) == "#f0e0d0"
    viewer.setPalette(dark_palette())  # a theme change on the welcome page
    assert corner_colour(viewer) == dark_palette().color(QPalette.ColorRole.Base).name()


def test_a_zoomed_welcome_page_keeps_its_background_and_a_muscle_gets_its_card_colours(
    qtbot: QtBot, content: Content
) -> None:
    viewer = StepViewer(content, blank_picture)
    qtbot.addWidget(viewer)
    viewer.setPalette(contrasting())
    viewer.resize(700, 500)
    viewer.set_zoom(1.1)  # the welcome page is rebuilt
    viewer.show()
    qtbot.waitExposed(viewer)
    assert corner_colour(viewer) == "#f0e0d0"
    viewer.show_muscle("calves")
    assert "background: #f0e0d0" in viewer.styleSheet()  # the cards' colours, from the palette
    assert corner_colour(viewer) == "#f0e0d0"


def test_a_muscle_chosen_before_the_viewer_shows_skips_the_welcome_page(
    qtbot: QtBot, content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A returning user's muscle is restored before the window shows: building the welcome page
    first would only cost start-up time."""
    built: list[StepViewer] = []
    welcome = StepViewer._show_welcome
    monkeypatch.setattr(
        StepViewer, "_show_welcome", lambda self: built.append(self) or welcome(self)
    )
    restored = StepViewer(content, blank_picture)
    qtbot.addWidget(restored)
    restored.set_zoom(1.2)  # a remembered zoom, restored too
    restored.show_muscle("calves")
    restored.show()
    qtbot.waitExposed(restored)
    assert built == []
    fresh = StepViewer(content, blank_picture)
    qtbot.addWidget(fresh)
    fresh.show()
    qtbot.waitExposed(fresh)
    assert built == [fresh]
    assert "Pick a muscle to roll" in [
        label.text() for label in fresh.widget().findChildren(QLabel)
    ]


def test_the_welcome_pages_lines_are_capped_on_a_wide_screen(
    qtbot: QtBot, content: Content
) -> None:
    """A screens review measured 134 characters a line at 1920 px (the steps keep about 75)."""
    viewer = StepViewer(content, blank_picture)
    qtbot.addWidget(viewer)
    viewer.resize(1400, 900)
    viewer.show()
    qtbot.waitExposed(viewer)
    labels = viewer.widget().findChildren(QLabel)
    assert len(labels) >= 5
    for label in labels:
        assert label.width() <= line_width(label), label.text()
