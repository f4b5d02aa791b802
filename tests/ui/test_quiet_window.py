"""A window nobody is looking at runs no timer: battery and fan stay quiet (issue 7)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from foamroll_gui.ui.illustration import IllustrationWidget
from foamroll_gui.ui.main_window import MainWindow


def running_timers(window: QWidget) -> list[QTimer]:
    return [timer for timer in window.findChildren(QTimer) if timer.isActive()]


def test_one_picture_plays_when_a_muscle_opens_and_none_once_the_window_is_left(
    main_window: MainWindow,
) -> None:
    window = main_window
    assert running_timers(window) == []  # the welcome page: nothing moves
    window.techniques.select_muscle("quadriceps")
    pictures = window.findChildren(IllustrationWidget)
    moving = [p for p in pictures if p.moving]
    assert len(moving) >= 2
    assert [p.playing for p in moving].count(True) == 1  # one at a time
    assert len(running_timers(window)) == 1
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
    assert running_timers(window) == []
    assert not any(p.playing for p in pictures)
