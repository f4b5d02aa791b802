"""The pressure, variation and caution boxes under the steps read at the size of the step text:
a caution is never the smallest text on the page (a reviewer found it about 9 pt beside steps
of about 10 pt at 1920x1080)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from foamroll_gui.ui.step_cards import StepCard, list_box


def test_box_items_are_as_large_as_the_step_text(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    card = StepCard(QWidget(), "1. Sit on the roller", "Sit with both legs long.", page)
    box = list_box(page, "Take care", ("Keep the roller off the back of the knee.",), "caution")
    items = [label for label in box.findChildren(QLabel) if label.text().startswith("⚠")]
    assert items
    for label in items:
        assert label.font().pointSizeF() >= card.text.font().pointSizeF()
