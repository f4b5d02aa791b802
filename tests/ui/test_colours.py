"""Controls stay readable in both themes: the chosen map face stands out, fields show a border."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from foamroll_gui.ui.colours import field_style, segmented_button_style
from foamroll_gui.ui.palettes import dark_palette, light_palette


def distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest) -> QPalette:
    return light_palette() if request.param == "light" else dark_palette()


def test_the_chosen_face_differs_clearly_from_the_other(qtbot: QtBot, palette: QPalette) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setPalette(palette)
    holder.setStyleSheet(segmented_button_style(palette))
    chosen, other = QPushButton("Front", holder), QPushButton("Back", holder)
    for button in (chosen, other):
        button.setCheckable(True)
        button.resize(90, 30)
    chosen.setChecked(True)
    inside = chosen.grab().toImage().pixelColor(6, 15), other.grab().toImage().pixelColor(6, 15)
    assert distance(*inside) > 150  # was 9 RGB levels in the dark theme


def test_a_search_field_shows_its_border(qtbot: QtBot, palette: QPalette) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.setPalette(palette)
    field.setStyleSheet(field_style(palette))
    field.resize(160, 30)
    image = field.grab().toImage()
    border, inside = image.pixelColor(80, 0), image.pixelColor(80, 15)
    assert distance(border, inside) > 90
