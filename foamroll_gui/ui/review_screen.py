"""The Review screen in the main window's stack. Light on purpose: the review's figures and
widgets (``review_page``) are imported and built the first time the screen is shown."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from foamroll_gui.ui.history_service import HistoryService

if TYPE_CHECKING:
    from foamroll_gui.core.history import ReviewSettings
    from foamroll_gui.ui.review_page import ReviewPage


class ReviewScreen(QWidget):
    #: a timed session for this muscle group, from a suggestion
    start_requested = Signal(str)

    def __init__(
        self,
        service: HistoryService,
        names: Mapping[str, str],
        parent: QWidget | None = None,
        *,
        settings: ReviewSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.settings = settings
        self.names = dict(names)
        self.page: ReviewPage | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setAccessibleName(self.tr("Review"))

    def build(self) -> ReviewPage:
        """The page, built on first use."""
        if self.page is None:
            from foamroll_gui.ui.review_page import ReviewPage

            self.page = ReviewPage(self.service, self.names, self.settings, parent=self)
            self.page.start_requested.connect(self.start_requested)
            self._layout.addWidget(self.page)
        return self.page

    def showEvent(self, event: QShowEvent) -> None:
        """Built on first show; read again on every later one (a timed routine writes to the
        history through its own connection)."""
        if self.page is None:
            self.build()
        else:
            self.page.refresh()
        super().showEvent(event)
