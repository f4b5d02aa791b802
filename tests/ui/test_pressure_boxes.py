"""The More / Less pressure boxes stand side by side at the same height; in the shorter one the
heading and its bullets stay together at the top instead of being pulled apart."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtWidgets import QFrame, QLabel, QWidget
from pytestqt.qtbot import QtBot

from foamroll_gui.core.content.model import Content, Side, Step
from foamroll_gui.ui.step_viewer import StepViewer


def blank_picture(muscle: str, step: Step, side: Side) -> QWidget:
    return QWidget()


@pytest.mark.parametrize("muscle", ["calves", "shins", "lats"])
def test_a_shorter_pressure_box_keeps_its_words_at_the_top(
    qtbot: QtBot, content: Content, muscle: str
) -> None:
    viewer = StepViewer(content, blank_picture)
    qtbot.addWidget(viewer)
    viewer.resize(900, 700)
    viewer.show()
    viewer.show_muscle(muscle)
    qtbot.waitExposed(viewer)
    boxes = [
        box for box in viewer.widget().findChildren(QFrame) if box.objectName() == "pressureBox"
    ]
    more, less = boxes[:2]
    qtbot.waitUntil(lambda: more.height() == less.height() and more.height() > 60)
    for box in (more, less):
        # each label as tall as its lines (a taller one centres its text: a gap above it),
        # one after the other from the top
        labels = sorted(box.findChildren(QLabel), key=QLabel.y)
        for label in labels:
            assert label.height() <= label.heightForWidth(label.width()) + 2, label.text()
        gaps = [b.y() - (a.y() + a.height()) for a, b in itertools.pairwise(labels)]
        assert max(gaps) <= 8, (box.accessibleName(), gaps)
        assert labels[0].y() <= 12
