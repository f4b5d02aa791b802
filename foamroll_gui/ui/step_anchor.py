"""Keeping the reader's place on a step page while it is laid out again.

Zoom, a resize that restacks the cards and Steps Only re-lay the page out; a pixel offset would
then show another step (a runner reading calves step 4 found step 2 after Ctrl+=). The part of
the page at the viewer's top (the header, "Steps", a step card, the boxes...) stays there until
the layout settles, unless the reader scrolls meanwhile or another page opens. Imported when a
page first needs it, not for the first frame.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLayout, QScrollArea, QWidget


@dataclass(frozen=True)
class Anchor:
    """What was at the top of the viewer: the ``index``-th item of the page's column (the
    header, "Steps", a step card, the pressure boxes, ...), the ``share`` of its height scrolled
    past, and the pixels of gap ``above`` it still in view. Index -1: the top of the page."""

    index: int
    share: float = 0.0
    above: int = 0


PAGE_TOP = Anchor(-1)


def _blocks(column: QLayout) -> list[tuple[int, int, int]]:
    """(index, top, height) of each laid-out item of the column, in its widget's coordinates;
    stretches left out."""
    blocks = []
    for index in range(column.count()):
        item = column.itemAt(index)
        if item is None or item.spacerItem() is not None:
            continue
        box = item.geometry()
        if box.isValid():
            blocks.append((index, box.top(), box.height()))
    return blocks


def find_anchor(column: QLayout, top: int) -> Anchor | None:
    """The anchor at ``top`` (the viewer's top edge, a y in the column's widget): the first
    item not wholly above it. None when nothing is laid out there."""
    if top <= 0:
        return PAGE_TOP
    for index, y, height in _blocks(column):
        if y + height > top:
            return Anchor(index, max(0, top - y) / height, max(0, y - top))
    return None


def anchor_top(column: QLayout, anchor: Anchor) -> int | None:
    """Where the viewer's top edge goes for ``anchor`` (a y in the column's widget), or None
    while the column has no such item laid out."""
    if anchor == PAGE_TOP:
        return 0
    for index, y, height in _blocks(column):
        if index == anchor.index:
            return y - anchor.above + round(anchor.share * height)
    return None


#: The step page shown and its column of parts, or None while no muscle's page is shown.
PageColumn = Callable[[], "tuple[QWidget, QLayout] | None"]


class PlaceKeeper(QObject):
    """Holds the part of the page at ``viewer``'s top there while the page settles."""

    #: the page is laid out again and back in place
    settled = Signal()

    def __init__(self, viewer: QScrollArea, page_column: PageColumn) -> None:
        super().__init__(viewer)
        self._viewer = viewer
        self._page_column = page_column
        self._anchor: Anchor | None = None
        self._watched: QWidget | None = None  # the viewer's widget, while holding
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(0)  # after the layout requests already posted
        self._settle.timeout.connect(self._on_settled)
        bar = viewer.verticalScrollBar()
        bar.actionTriggered.connect(self.forget)  # the reader scrolled
        bar.rangeChanged.connect(self.keep)

    def remember(self) -> Anchor | None:
        """What is at the viewer's top now; the same as before while a new layout settles (the
        reader has not moved)."""
        shown = self._page_column()
        if self._anchor is not None or shown is None:
            return self._anchor
        page, column = shown
        return find_anchor(column, self._viewer.verticalScrollBar().value() - page.y())

    def hold(self, anchor: Anchor | None) -> None:
        """Keep ``anchor`` at the viewer's top until the page's layout settles (or the reader
        scrolls)."""
        if anchor is None or self._page_column() is None:
            return
        outer = self._viewer.widget()  # grows and shrinks as the page is laid out
        if outer is not None and self._watched is not outer:
            self._unwatch()
            self._watched = outer
            outer.installEventFilter(self)
        self._anchor = anchor
        self.keep()

    def keep(self) -> None:
        shown = self._page_column()
        if self._anchor is None or shown is None:
            return
        page, column = shown
        top = anchor_top(column, self._anchor)
        if top is not None:
            self._viewer.verticalScrollBar().setValue(top + page.y())
        self._settle.start()  # (again: something changed, so it has not settled yet)

    def forget(self) -> None:
        self._anchor = None
        self._settle.stop()
        self._unwatch()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        relaid = event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest)
        if relaid and watched is self._watched:
            self.keep()
        return False

    def _unwatch(self) -> None:
        """Stop looking at the page's events (only while holding: not on every page's every
        event)."""
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None

    def _on_settled(self) -> None:
        if self._anchor is None:
            return
        self.keep()
        self.forget()
        self.settled.emit()
