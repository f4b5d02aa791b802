"""A searchable list of the muscle groups: the same selection as the map, without a mouse."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from foamroll_gui.core.content.model import MuscleGroup
from foamroll_gui.core.content.search import search
from foamroll_gui.ui.colours import field_style, list_style


class _MuscleItem(QListWidgetItem):
    """A row that knows its muscle group's id. (Not kept under Qt's UserRole: naming that
    role builds Qt's whole namespace of enums, 13 ms, before the first frame.)"""

    def __init__(self, muscle: MuscleGroup, parent: QListWidget) -> None:
        super().__init__(parent)  # (text, parent) would build QIcon's enums: see ui/qt_keys.py
        self.setText(muscle.name)
        self.muscle_id = muscle.id
        self.setToolTip(muscle.location)


def _muscle_id(item: QListWidgetItem | None) -> str | None:
    return item.muscle_id if isinstance(item, _MuscleItem) else None


class MuscleList(QWidget):
    muscle_selected = Signal(str)

    def __init__(self, muscles: Sequence[MuscleGroup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._muscles = tuple(muscles)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a muscle…"))
        self.search.setClearButtonEnabled(True)
        self.search.setStyleSheet(field_style(self.palette()))
        self.search.setAccessibleName(self.tr("Find a muscle group"))
        self.search.setToolTip(
            self.tr(
                "Type a muscle group or a runner's word (calf, quads, inner thigh); Enter "
                "opens the first match, Esc clears"
            )
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Muscle groups"))
        self.list.setToolTip(self.tr("Pick a muscle group to see how to roll it"))
        self.list.setSpacing(3)
        self.list.setStyleSheet(list_style(self.palette()))  # a focus ring
        self._items = {muscle.id: _MuscleItem(muscle, self.list) for muscle in self._muscles}
        self.no_match = QLabel(self)
        self.no_match.setWordWrap(True)
        self.no_match.setObjectName("noMatch")
        self.no_match.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.no_match)
        layout.addWidget(self.list, 1)
        self.search.textChanged.connect(self.on_search_text_changed)
        self.search.returnPressed.connect(self.on_search_return_pressed)
        self.search.installEventFilter(self)
        self.list.currentItemChanged.connect(self.on_list_current_item_changed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.search.setStyleSheet(field_style(self.palette()))
            self.list.setStyleSheet(list_style(self.palette()))
        super().changeEvent(event)

    def visible_ids(self) -> list[str]:
        return [
            str(_muscle_id(self.list.item(row)))
            for row in range(self.list.count())
            if not self.list.item(row).isHidden()
        ]

    def set_current(self, muscle_id: str | None) -> None:
        """Show the selection made elsewhere (on the map) without emitting it again."""
        self.list.blockSignals(True)
        try:
            self.list.clearSelection()
            for row in range(self.list.count()):
                item = self.list.item(row)
                if _muscle_id(item) == muscle_id:
                    self.list.setCurrentItem(item)
                    break
        finally:
            self.list.blockSignals(False)

    def on_search_text_changed(self, text: str) -> None:
        found = search(self._muscles, text)
        current = self.list.currentItem()
        current_id = _muscle_id(current)
        self.list.blockSignals(True)
        try:
            # best match first; the rest keep their place below, hidden
            order = [*found, *(m.id for m in self._muscles if m.id not in found)]
            while self.list.count():
                self.list.takeItem(0)
            for muscle_id in order:
                item = self._items[muscle_id]
                self.list.addItem(item)
                item.setHidden(muscle_id not in found)
            if current_id is not None:
                self.list.setCurrentItem(self._items[current_id])
        finally:
            self.list.blockSignals(False)
        if found:
            self.no_match.hide()
        else:
            self.no_match.setText(
                self.tr(
                    "No muscle group matches “{0}”. Try a word such as calf, thigh or back."
                ).format(text.strip())
            )
            self.no_match.show()

    def on_search_return_pressed(self) -> None:
        visible = self.visible_ids()
        if visible:
            self.set_current(visible[0])
            self.muscle_selected.emit(visible[0])

    def on_list_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        muscle_id = _muscle_id(current)
        if muscle_id is not None:
            self.muscle_selected.emit(muscle_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down arrow in the search box moves into the list, as in a launcher; Esc clears it.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == QtCore.Qt.Key.Key_Escape
            and self.search.text()
        ):
            self.search.clear()
            return True
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == QtCore.Qt.Key.Key_Down
        ):
            self.list.setFocus()
            for row in range(self.list.count()):
                if not self.list.item(row).isHidden():
                    self.list.setCurrentRow(row)  # emits muscle_selected
                    break
            return True
        return super().eventFilter(watched, event)
