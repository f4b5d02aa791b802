"""The notices about the user's own files that were skipped, in a scrollable list.

One line per problem (absolute path, line, field and what is wrong), a "what to do" line, and
an OK button that always stays on screen however many files are broken: the list scrolls, the
dialog never grows past most of the screen.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)


def print_notices(notices: Sequence[str], stream: TextIO | None = None) -> None:
    """The same notices on stderr (or ``stream``), one a line, for a user at a terminal."""
    out = stream if stream is not None else sys.stderr
    for notice in notices:
        print(f"foamroll: {notice}", file=out)


class NoticesDialog(QDialog):
    def __init__(self, notices: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Some of your files were skipped"))
        intro = QLabel(
            self.tr("Foamroll skipped these files and left them exactly as they are:"), self
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.addItems(list(notices))
        self.advice = QLabel(
            self.tr(
                "What to do: open each file named above in a text editor, correct the line "
                "it names (or move the file out of its folder), then restart Foamroll. "
                "'foamroll check-content --user' lists the problems again."
            ),
            self,
        )
        self.advice.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.advice)
        layout.addWidget(self.buttons)
        self._fit_on_screen()

    def _fit_on_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        self.setMaximumSize(available.width() * 9 // 10, available.height() * 4 // 5)
        self.resize(min(720, available.width() * 9 // 10), min(480, available.height() * 4 // 5))

    @classmethod
    def show_notices(cls, parent: QWidget | None, notices: Sequence[str]) -> None:
        """Show the notices modally (tests patch this)."""
        dialog = cls(notices, parent)
        dialog.exec()
