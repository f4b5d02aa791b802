"""Words of the technique screen that must match what it does: the map is one Tab stop, and a
step's time never breaks across lines ("· 30 s" starting a line, "20" / "s per side")."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from foamroll_gui.core.bodymap import load_body_map, shipped_svg
from foamroll_gui.core.content.model import Content, Side, Step
from foamroll_gui.ui.muscle_map import MuscleMapWidget
from foamroll_gui.ui.step_cards import NBSP
from foamroll_gui.ui.step_viewer import StepViewer


def blank_picture(muscle: str, step: Step, side: Side) -> QWidget:
    return QWidget()


def wrapped_lines(text: str, font: QFont, width: int) -> list[str]:
    """The lines ``text`` breaks into at ``width`` pixels, as a word-wrapped QLabel breaks it."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return lines


def test_help_texts_say_the_map_is_one_tab_stop(qtbot: QtBot, content: Content) -> None:
    viewer = StepViewer(content, blank_picture)
    qtbot.addWidget(viewer)
    viewer.show()  # the welcome page is built when first shown
    welcome = " ".join(label.text() for label in viewer.widget().findChildren(QLabel))
    assert "Tab or the arrow keys move between muscles" not in welcome
    assert "arrow keys move between muscles" in welcome
    svg = shipped_svg("front")
    body_map = MuscleMapWidget(load_body_map(svg, "front"), svg, content.names())
    qtbot.addWidget(body_map)
    description = body_map.accessibleDescription() + body_map.toolTip()
    assert "Tab or arrow keys move" not in description
    assert "Arrow keys move between muscles" in description


@pytest.mark.parametrize("width", range(120, 400, 23))
def test_a_step_time_never_breaks_from_its_number(
    qtbot: QtBot, content: Content, width: int
) -> None:
    viewer = StepViewer(content, blank_picture)
    qtbot.addWidget(viewer)
    viewer.show_muscle("upper-back")  # "... · 30 s" after a long title
    headings = [card.heading for card in viewer.step_cards]
    timed = [h for h in headings if "·" in h.text()]
    assert timed
    for heading in timed:
        lines = wrapped_lines(heading.text(), heading.font(), width)
        for line in lines:
            words = line.replace(NBSP, " ")
            assert not words.startswith(("·", "s ", "s\u00a0")) and words != "s", lines
            assert not words.rstrip().endswith(("·", *"0123456789")), lines
