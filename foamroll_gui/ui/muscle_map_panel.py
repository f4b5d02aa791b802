"""Front and back body maps with a Front/Back switch; both side by side when there is room."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from foamroll_gui.core.model import View
from foamroll_gui.ui.muscle_map import MuscleMapWidget

# Side by side once each map would get at least this many pixels of width.
BOTH_MIN_WIDTH = 220


class MuscleMapPanel(QWidget):
    region_clicked = Signal(str, str)
    view_changed = Signal(str)

    def __init__(
        self, front: MuscleMapWidget, back: MuscleMapWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.maps: dict[View, MuscleMapWidget] = {"front": front, "back": back}
        self._view: View = "back"
        self._both = False

        self.front_button = QPushButton(self.tr("Front"), self)
        self.back_button = QPushButton(self.tr("Back"), self)
        group = QButtonGroup(self)
        for button in (self.front_button, self.back_button):
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            group.addButton(button)
        self.front_button.clicked.connect(lambda: self.set_view("front"))
        self.back_button.clicked.connect(lambda: self.set_view("back"))
        switch = QHBoxLayout()
        switch.setSpacing(0)
        switch.addStretch(1)
        switch.addWidget(self.front_button)
        switch.addWidget(self.back_button)
        switch.addStretch(1)
        self.switch = QWidget(self)
        self.switch.setLayout(switch)

        self.captions: dict[View, QLabel] = {}
        self._columns: dict[View, QWidget] = {}
        maps_row = QHBoxLayout()
        maps_row.setSpacing(0)
        for view, widget in self.maps.items():
            holder = QWidget(self)
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            caption = QLabel(self.tr("Front") if view == "front" else self.tr("Back"), holder)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.captions[view] = caption
            column.addWidget(caption)
            column.addWidget(widget, 1)
            maps_row.addWidget(holder, 1)
            self._columns[view] = holder
            widget.region_clicked.connect(self.region_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.switch)
        layout.addLayout(maps_row, 1)
        self._apply()

    def view(self) -> View:
        return self._view

    def showing_both(self) -> bool:
        return self._both

    def set_view(self, view: View) -> None:
        changed = view != self._view
        self._view = view
        self._apply()
        if changed:
            self.view_changed.emit(view)

    def show_muscle_view(self, views: tuple[View, ...]) -> None:
        """Make sure one of ``views`` is on screen (switching only when it is not)."""
        if views and not self._both and self._view not in views:
            self.set_view(views[0])

    def set_selected(self, muscle_id: str | None, side: str | None = None) -> None:
        for widget in self.maps.values():
            widget.set_selected(muscle_id, side)

    def set_region_colors(self, colors: Mapping[str, QColor]) -> None:
        for widget in self.maps.values():
            widget.set_region_colors(colors)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        both = event.size().width() >= 2 * BOTH_MIN_WIDTH
        if both != self._both:
            self._both = both
            self._apply()

    def _apply(self) -> None:
        self.switch.setVisible(not self._both)
        for view, holder in self._columns.items():
            holder.setVisible(self._both or view == self._view)
            self.captions[view].setVisible(self._both)
        self.front_button.setChecked(self._view == "front")
        self.back_button.setChecked(self._view == "back")
