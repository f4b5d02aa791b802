"""Every focusable control of the technique screen shows where the keyboard focus is, in both
themes: a grab with the focus on it differs clearly from a grab without.

Qt draws focus only in the active window (offscreen too): the window is shown and activated,
and each control is waited on until it really has the focus."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from foamroll_gui.ui.colours import segmented_button_style
from foamroll_gui.ui.main_window import MainWindow
from foamroll_gui.ui.palettes import dark_palette, light_palette

OpenMainWindow = Callable[..., MainWindow]  # the fixture in tests/ui/conftest.py


def changed_pixels(a: QImage, b: QImage, levels: int = 60) -> int:
    """Pixels whose colour differs by more than ``levels`` (over R, G and B together)."""
    assert a.size() == b.size()
    changed = 0
    for y in range(a.height()):
        for x in range(a.width()):
            p, q = a.pixelColor(x, y), b.pixelColor(x, y)
            if abs(p.red() - q.red()) + abs(p.green() - q.green()) + abs(p.blue() - q.blue()) > 60:
                changed += 1
    return changed


def focus(qtbot: QtBot, widget: QWidget) -> QImage:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    return widget.grab().toImage()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_list_the_viewer_and_its_buttons_show_focus(
    qtbot: QtBot, open_main_window: OpenMainWindow, theme: str
) -> None:
    window = open_main_window()
    window.setPalette(light_palette() if theme == "light" else dark_palette())
    window.resize(1024, 640)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    screen = window.techniques
    screen.select_muscle("calves")
    viewer = screen.viewer
    log = viewer.log_button
    assert log is not None
    qtbot.waitUntil(log.isEnabled)  # (the history opens after the first frame)
    search = screen.muscle_list.search
    for control in (screen.muscle_list.list, viewer, viewer.start_button, log):
        focus(qtbot, search)
        without = control.grab().toImage()
        with_focus = focus(qtbot, control)
        ring = changed_pixels(without, with_focus)
        # a ring at least 1 px all around (or 2 px along the longer sides), not a dot
        assert ring >= min(control.width(), control.height()) * 2, (control, ring)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_chosen_map_face_shows_focus_on_its_accent_fill(qtbot: QtBot, theme: str) -> None:
    palette = light_palette() if theme == "light" else dark_palette()
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setPalette(palette)
    holder.setStyleSheet(segmented_button_style(palette))
    chosen, other = QPushButton("Front", holder), QPushButton("Back", holder)
    layout = QHBoxLayout(holder)
    for button in (chosen, other):
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(button)
    chosen.setChecked(True)
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    focus(qtbot, other)
    without = chosen.grab().toImage()
    # a ring that stands out from the accent fill (it was the accent darkened: 75-88 levels)
    ring = changed_pixels(without, focus(qtbot, chosen), levels=150)
    assert ring >= 2 * (chosen.width() + chosen.height()), ring
