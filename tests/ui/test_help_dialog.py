"""Help opens one window and brings it forward, whatever page is asked for and how often."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from foamroll_gui.core.content.model import Content
from foamroll_gui.ui.help_dialog import HelpDialog


def test_asking_again_reuses_the_one_help_window(qtbot: QtBot, content: Content) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    safety = content.safety
    first = HelpDialog.show_page(parent, safety.page("safety"), safety)
    again = HelpDialog.show_page(parent, safety.page("safety"), safety)
    other = HelpDialog.show_page(parent, safety.page("how-it-works"), safety)
    assert first is again is other
    assert len(parent.findChildren(HelpDialog)) == 1
    assert other.isVisible()
    assert other.windowTitle() == safety.page("how-it-works").title
    assert safety.page("how-it-works").title in other.browser.toPlainText()
    other.close()
    reopened = HelpDialog.show_page(parent, safety.page("safety"), safety)
    assert reopened is first and reopened.isVisible()
