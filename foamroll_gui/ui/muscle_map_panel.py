"""The front and back faces of the body map with a Front/Back switch; both side by side when
there is room."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from foamroll_gui.core.content.model import MapFace
from foamroll_gui.ui.colours import segmented_button_style
from foamroll_gui.ui.muscle_map import MuscleMapWidget
from foamroll_gui.ui.qt_keys import set_by_key, text_button

# Side by side once each map would get at least this many pixels of width.
BOTH_MIN_WIDTH = 220


class MuscleMapPanel(QWidget):
    region_clicked = Signal(str, str)
    #: the face shown on its own when there is no room for both changed ("front"/"back")
    face_changed = Signal(str)

    def __init__(
        self, front: MuscleMapWidget, back: MuscleMapWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.maps: dict[MapFace, MuscleMapWidget] = {"front": front, "back": back}
        self._face: MapFace = "back"
        self._both = False
        #: the faces the selected muscle is drawn on (none selected: any face will do)
        self._wanted: tuple[MapFace, ...] = ()

        self.front_button = text_button(self.tr("Front"), self)
        self.front_button.setToolTip(self.tr("Show the front of the body (Ctrl+Shift+F)"))
        self.back_button = text_button(self.tr("Back"), self)
        self.back_button.setToolTip(self.tr("Show the back of the body (Ctrl+Shift+B)"))
        group = QButtonGroup(self)
        for button in (self.front_button, self.back_button):
            button.setCheckable(True)
            set_by_key(button, "focusPolicy", "TabFocus")
            group.addButton(button)
        self.front_button.clicked.connect(lambda: self.set_face("front"))
        self.back_button.clicked.connect(lambda: self.set_face("back"))
        switch = QHBoxLayout()
        switch.setSpacing(0)
        switch.addStretch(1)
        switch.addWidget(self.front_button)
        switch.addWidget(self.back_button)
        switch.addStretch(1)
        self.switch = QWidget(self)
        self.switch.setLayout(switch)
        self.switch.setStyleSheet(segmented_button_style(self.palette()))

        self.captions: dict[MapFace, QLabel] = {}
        self._columns: dict[MapFace, QWidget] = {}
        maps_row = QHBoxLayout()
        maps_row.setSpacing(0)
        for face, widget in self.maps.items():
            holder = QWidget(self)
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            caption = QLabel(self.tr("Front") if face == "front" else self.tr("Back"), holder)
            set_by_key(caption, "alignment", "AlignCenter")
            self.captions[face] = caption
            column.addWidget(caption)
            column.addWidget(widget, 1)
            maps_row.addWidget(holder, 1)
            self._columns[face] = holder
            widget.region_clicked.connect(self.region_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.switch)
        layout.addLayout(maps_row, 1)
        self._apply()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.switch.setStyleSheet(segmented_button_style(self.palette()))
        super().changeEvent(event)

    def face(self) -> MapFace:
        """The face shown on its own when there is no room for both."""
        return self._face

    def showing_both(self) -> bool:
        return self._both

    def set_face(self, face: MapFace) -> None:
        changed = face != self._face
        self._face = face
        self._apply()
        if changed:
            self.face_changed.emit(face)

    def show_muscle_face(self, faces: tuple[MapFace, ...]) -> None:
        """Make sure one of ``faces`` is on screen (switching only when it is not), now and
        when the panel narrows from both faces to one."""
        self._wanted = faces
        if faces and not self._both and self._face not in faces:
            self.set_face(faces[0])

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
            if not both:  # one face from now on: the selected muscle's, if it has one
                self.show_muscle_face(self._wanted)

    def _apply(self) -> None:
        self.switch.setVisible(not self._both)
        for face, holder in self._columns.items():
            holder.setVisible(self._both or face == self._face)
            self.captions[face].setVisible(self._both)
        self.front_button.setChecked(self._face == "front")
        self.back_button.setChecked(self._face == "back")
