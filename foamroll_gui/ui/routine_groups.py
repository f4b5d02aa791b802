"""The routine editor's muscle groups: the list in order, added by name, removed, moved with
the buttons, Alt+Up / Alt+Down or by dragging; the chosen group's roll seconds (per side) and
whether a tender spot is held. Emits ``changed`` after every edit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from foamroll_gui.core.content.loader import MAX_SECONDS
from foamroll_gui.core.content.model import MuscleGroup
from foamroll_gui.core.content.routines import RoutineItem

DEFAULT_ROLL_SECONDS = 60
# A row keeps its muscle group in plain values, which survive a drag (a move may copy them).
MUSCLE_ROLE = Qt.ItemDataRole.UserRole
SECONDS_ROLE = Qt.ItemDataRole.UserRole + 1
HOLD_ROLE = Qt.ItemDataRole.UserRole + 2


def error_label(parent: QWidget) -> QLabel:
    """A bold red line for a refused value, readable on light and dark palettes."""
    label = QLabel(parent)
    label.setWordWrap(True)
    dark = parent.palette().color(QPalette.ColorRole.Window).lightness() < 128
    label.setStyleSheet(f"color: {'#ff8a80' if dark else '#b71c1c'}; font-weight: bold;")
    label.hide()
    return label


def _row_item(row: QListWidgetItem) -> RoutineItem:
    return RoutineItem(
        str(row.data(MUSCLE_ROLE)), int(row.data(SECONDS_ROLE)), bool(row.data(HOLD_ROLE))
    )


def _store(row: QListWidgetItem, item: RoutineItem) -> None:
    row.setData(MUSCLE_ROLE, item.muscle)
    row.setData(SECONDS_ROLE, item.seconds)
    row.setData(HOLD_ROLE, item.hold)


class RoutineGroups(QWidget):
    """Edits ``items``, offering ``muscles`` (by name) to add."""

    changed = Signal()

    def __init__(
        self,
        items: Sequence[RoutineItem],
        muscles: Sequence[MuscleGroup],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.muscles = {m.id: m for m in muscles}
        self.list = QListWidget(self)
        self.list.setToolTip(self.tr("Rolled in this order: drag, or Alt+Up / Alt+Down"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.error = error_label(self)
        for item in items:
            self._append(item)
        self.up_button = QPushButton(self.tr("Move Up"), self)
        self.up_button.setToolTip(self.tr("Move the muscle group up (Alt+Up)"))
        self.down_button = QPushButton(self.tr("Move Down"), self)
        self.down_button.setToolTip(self.tr("Move the muscle group down (Alt+Down)"))
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setToolTip(self.tr("Take the muscle group out of the routine (Del)"))
        self.add_combo = QComboBox(self)
        self.add_combo.setToolTip(self.tr("The muscle group to add"))
        for muscle in muscles:
            self.add_combo.addItem(muscle.name, muscle.id)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setToolTip(self.tr("Add the muscle group at the end"))
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.seconds_spin = QSpinBox(self)
        self.seconds_spin.setRange(0, MAX_SECONDS)
        self.seconds_spin.setSuffix(self.tr(" s"))
        self.seconds_spin.setMinimumWidth(110)
        self.seconds_spin.setMaximumWidth(200)
        self.seconds_spin.setToolTip(self.tr("How long to roll it, on each side"))
        self.seconds_error = error_label(self)
        self.hold_check = QCheckBox(self.tr("&Hold a tender spot after rolling"), self)
        self.hold_check.setToolTip(self.tr("How long comes from your pain tolerance"))
        self._lay_out()
        self._connect()
        if self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def _lay_out(self) -> None:
        label = QLabel(self.tr("Muscle gr&oups, in order:"), self)
        label.setBuddy(self.list)
        moves = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(button)
        moves.addStretch(1)
        add_label = QLabel(self.tr("Add muscle &group:"), self)
        add_label.setBuddy(self.add_combo)
        add_row = QHBoxLayout()
        add_row.addWidget(add_label)
        add_row.addWidget(self.add_combo, 1)
        add_row.addWidget(self.add_button)
        seconds_label = QLabel(self.tr("Roll &seconds (per side):"), self)
        seconds_label.setBuddy(self.seconds_spin)
        detail = QVBoxLayout()
        for widget in (
            self.title,
            seconds_label,
            self.seconds_spin,
            self.seconds_error,
            self.hold_check,
        ):
            detail.addWidget(widget)
        detail.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(label, 0, 0, 1, 2)
        grid.addWidget(self.list, 1, 0)
        grid.addLayout(moves, 1, 1)
        grid.addLayout(detail, 1, 2)
        grid.addLayout(add_row, 2, 0, 1, 2)
        grid.addWidget(self.error, 3, 0, 1, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        grid.setRowStretch(1, 1)

    def tab_order(self) -> list[QWidget]:
        return [
            self.list,
            self.up_button,
            self.down_button,
            self.remove_button,
            self.seconds_spin,
            self.hold_check,
            self.add_combo,
            self.add_button,
        ]

    def _connect(self) -> None:
        QShortcut(QKeySequence("Alt+Up"), self, lambda: self.move_current(-1))
        QShortcut(QKeySequence("Alt+Down"), self, lambda: self.move_current(1))
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_current)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.list.currentRowChanged.connect(lambda _row: self._show_current())
        model = self.list.model()
        model.rowsMoved.connect(self.changed)  # a drag
        model.rowsRemoved.connect(self.changed)
        self.seconds_spin.valueChanged.connect(self.on_seconds_spin_value_changed)
        self.hold_check.toggled.connect(self.on_hold_check_toggled)

    # -- the groups -------------------------------------------------------------------------
    def items(self) -> tuple[RoutineItem, ...]:
        return tuple(_row_item(self.list.item(row)) for row in range(self.list.count()))

    def _item_text(self, item: RoutineItem) -> str:
        muscle = self.muscles.get(item.muscle)
        name = muscle.name if muscle is not None else item.muscle
        if muscle is not None and muscle.one_sided:
            text = self.tr("{0} — {1} s per side").format(name, item.seconds)
        else:
            text = self.tr("{0} — {1} s").format(name, item.seconds)
        return text + (self.tr(", hold a tender spot") if item.hold else "")

    def _append(self, item: RoutineItem) -> None:
        row = QListWidgetItem(self._item_text(item), self.list)
        _store(row, item)
        row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)

    def _set_current_item(self, item: RoutineItem) -> None:
        row = self.list.currentItem()
        if row is not None:
            _store(row, item)
            row.setText(self._item_text(item))
            self.seconds_error.hide()
            self.changed.emit()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        moved = self.list.takeItem(row)
        self.list.insertItem(target, moved)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)  # rowsRemoved: changed

    def on_add_button_clicked(self) -> None:
        self._append(RoutineItem(self.add_combo.currentData(), DEFAULT_ROLL_SECONDS))
        self.list.setCurrentRow(self.list.count() - 1)
        self.error.hide()
        self.changed.emit()

    def on_seconds_spin_value_changed(self, seconds: int) -> None:
        row = self.list.currentItem()
        if row is not None and _row_item(row).seconds != seconds:
            self._set_current_item(replace(_row_item(row), seconds=seconds))

    def on_hold_check_toggled(self, on: bool) -> None:
        row = self.list.currentItem()
        if row is not None and _row_item(row).hold != on:
            self._set_current_item(replace(_row_item(row), hold=on))

    def _show_current(self) -> None:
        row = self.list.currentItem()
        item = _row_item(row) if row is not None else None
        for widget in (self.seconds_spin, self.hold_check, self.up_button, self.down_button):
            widget.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)
        if item is None:
            self.title.setText(self.tr("No muscle group chosen"))
            return
        muscle = self.muscles.get(item.muscle)
        self.title.setText(muscle.name if muscle is not None else item.muscle)
        self.seconds_spin.setValue(item.seconds)
        self.hold_check.setChecked(item.hold)

    # -- refused values ---------------------------------------------------------------------
    def hide_errors(self) -> None:
        self.error.hide()
        self.seconds_error.hide()

    def show_no_groups(self) -> None:
        self.error.setText(self.tr("A routine needs at least one muscle group: add one."))
        self.error.show()
        self.add_combo.setFocus()

    def show_seconds_problem(self, row: int, message: str) -> None:
        """``message`` (``must be a positive whole number``) beside the seconds of ``row``."""
        self.list.setCurrentRow(row)
        text = self.tr("Roll seconds for {0} {1}.").format(self.title.text(), message)
        self.seconds_error.setText(text)
        self.seconds_error.show()
        self.seconds_spin.setFocus()
