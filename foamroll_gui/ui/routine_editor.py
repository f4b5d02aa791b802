"""The routine editor: a dialog to make or change one of the user's own routines.

Name, description, when and pass seconds; the muscle groups in order (add by name, remove,
move with the buttons, Alt+Up / Alt+Down or by dragging), each with its roll seconds per side
and whether a tender spot is held. The length for the current pain tolerance follows every edit.
Save (Ctrl+S) goes through :func:`save_routine`, the loader's own checks: a refused value is
shown beside its field and the dialog stays open with everything typed; Esc asks before it
throws changes away.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from foamroll_gui.core.content.loader import MAX_SECONDS
from foamroll_gui.core.content.model import ROUTINE_WHEN, MuscleGroup, Routine, RoutineItem
from foamroll_gui.core.content.routine_file import (
    FieldProblem,
    RoutineFolderError,
    RoutineRefusedError,
    routine_id_for,
    save_routine,
)
from foamroll_gui.core.session import PlanError
from foamroll_gui.ui.routine_book import RoutineBook
from foamroll_gui.ui.routine_screen import minutes_text

# A row keeps its muscle group in plain values, which survive a drag (a move may copy them).
MUSCLE_ROLE = Qt.ItemDataRole.UserRole
SECONDS_ROLE = Qt.ItemDataRole.UserRole + 1
HOLD_ROLE = Qt.ItemDataRole.UserRole + 2


def _row_item(row: QListWidgetItem) -> RoutineItem:
    return RoutineItem(
        str(row.data(MUSCLE_ROLE)), int(row.data(SECONDS_ROLE)), bool(row.data(HOLD_ROLE))
    )


def _store(row: QListWidgetItem, item: RoutineItem) -> None:
    row.setData(MUSCLE_ROLE, item.muscle)
    row.setData(SECONDS_ROLE, item.seconds)
    row.setData(HOLD_ROLE, item.hold)


DEFAULT_ROLL_SECONDS = 60


def _error_label(parent: QWidget) -> QLabel:
    """A bold red line for a refused value, readable on light and dark palettes."""
    label = QLabel(parent)
    label.setWordWrap(True)
    dark = parent.palette().color(QPalette.ColorRole.Window).lightness() < 128
    label.setStyleSheet(f"color: {'#ff8a80' if dark else '#b71c1c'}; font-weight: bold;")
    label.hide()
    return label


class RoutineEditor(QDialog):
    """Edits ``start``; ``replacing`` is the user's routine whose file a save replaces (None:
    a new file). ``length(routine)`` gives its seconds for the current pain tolerance, which
    ``tolerance_text`` names. Emits ``saved(routine_id)`` once the file is written and the
    book re-read."""

    saved = Signal(str)

    def __init__(
        self,
        book: RoutineBook,
        start: Routine,
        muscles: Sequence[MuscleGroup],
        length: Callable[[Routine], int],
        tolerance_text: str,
        *,
        replacing: Routine | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.start = start
        self.replacing = replacing
        self.length = length
        self.tolerance_text = tolerance_text
        self.muscles = {m.id: m for m in muscles}
        title = self.tr("Edit Routine") if replacing is not None else self.tr("New Routine")
        self.setWindowTitle(title)

        self.name_edit = QLineEdit(start.name, self)
        self.name_error = _error_label(self)
        self.description_edit = QLineEdit(start.description, self)
        self.description_error = _error_label(self)
        self.when_combo = QComboBox(self)
        whens = {
            "anytime": self.tr("Any time"),
            "pre-run": self.tr("Before a run"),
            "post-run": self.tr("After a run"),
        }
        for when in ROUTINE_WHEN:
            self.when_combo.addItem(whens[when], when)
        self.when_combo.setCurrentIndex(ROUTINE_WHEN.index(start.when))
        self.pass_spin = QSpinBox(self)
        self.pass_spin.setRange(1, 10)
        self.pass_spin.setSuffix(self.tr(" s"))
        self.pass_spin.setValue(start.pass_seconds)
        self.pass_spin.setToolTip(self.tr("One rolling pass: the pass metronome ticks this often"))
        self.pass_error = _error_label(self)

        self.groups = QListWidget(self)
        self.groups.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.groups.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.groups_error = _error_label(self)
        for item in start.items:
            self._append(item)
        self.up_button = QPushButton(self.tr("Move Up"), self)
        self.up_button.setToolTip(self.tr("Move the muscle group up (Alt+Up)"))
        self.down_button = QPushButton(self.tr("Move Down"), self)
        self.down_button.setToolTip(self.tr("Move the muscle group down (Alt+Down)"))
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setToolTip(self.tr("Take the muscle group out of the routine (Del)"))
        self.add_combo = QComboBox(self)
        for muscle in muscles:
            self.add_combo.addItem(muscle.name, muscle.id)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.seconds_spin = QSpinBox(self)
        self.seconds_spin.setRange(0, MAX_SECONDS)
        self.seconds_spin.setSuffix(self.tr(" s"))
        self.seconds_spin.setMinimumWidth(110)
        self.seconds_spin.setMaximumWidth(200)
        self.seconds_error = _error_label(self)
        self.hold_check = QCheckBox(self.tr("&Hold a tender spot after rolling"), self)
        self.hold_check.setToolTip(self.tr("How long comes from your pain tolerance"))
        self.length_label = QLabel(self)
        length_font = self.length_label.font()
        length_font.setBold(True)
        self.length_label.setFont(length_font)
        self.folder_error = _error_label(self)
        self.folder_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self._lay_out()
        self._connect()
        self._initial = self.draft()
        if self.groups.count():
            self.groups.setCurrentRow(0)
        self._show_current()
        self._show_length()
        self.resize(1000, 620)

    # -- layout and wiring ------------------------------------------------------------------
    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(self.tr("&Description:"), self.description_edit)
        form.addRow("", self.description_error)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when_combo)
        pass_label = QLabel(self.tr("&Pass seconds:"), self)
        pass_label.setBuddy(self.pass_spin)
        when_row.addSpacing(24)
        when_row.addWidget(pass_label)
        when_row.addWidget(self.pass_spin)
        when_row.addStretch(1)
        when_label = QLabel(self.tr("&When:"), self)
        when_label.setBuddy(self.when_combo)
        form.addRow(when_label, when_row)
        form.addRow("", self.pass_error)

        groups_label = QLabel(self.tr("Muscle gr&oups, in order:"), self)
        groups_label.setBuddy(self.groups)
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
        self.detail_title = QLabel(self)
        font = self.detail_title.font()
        font.setBold(True)
        self.detail_title.setFont(font)
        detail.addWidget(self.detail_title)
        detail.addWidget(seconds_label)
        detail.addWidget(self.seconds_spin)
        detail.addWidget(self.seconds_error)
        detail.addWidget(self.hold_check)
        detail.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(groups_label, 0, 0, 1, 2)
        grid.addWidget(self.groups, 1, 0)
        grid.addLayout(moves, 1, 1)
        grid.addLayout(detail, 1, 2)
        grid.addLayout(add_row, 2, 0, 1, 2)
        grid.addWidget(self.groups_error, 3, 0, 1, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        grid.setRowStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(grid, 1)
        layout.addWidget(self.length_label)
        layout.addWidget(self.folder_error)
        layout.addWidget(self.buttons)
        order: list[QWidget] = [
            self.name_edit,
            self.description_edit,
            self.when_combo,
            self.pass_spin,
            self.groups,
            self.up_button,
            self.down_button,
            self.remove_button,
            self.seconds_spin,
            self.hold_check,
            self.add_combo,
            self.add_button,
            self.save_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.on_save)
        QShortcut(QKeySequence("Alt+Up"), self, lambda: self.move_current(-1))
        QShortcut(QKeySequence("Alt+Down"), self, lambda: self.move_current(1))
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.groups, self.remove_current)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.groups.currentRowChanged.connect(lambda _row: self._show_current())
        model = self.groups.model()
        model.rowsMoved.connect(self._show_length)
        model.rowsRemoved.connect(self._show_length)
        self.seconds_spin.valueChanged.connect(self.on_seconds_spin_value_changed)
        self.hold_check.toggled.connect(self.on_hold_check_toggled)
        self.name_edit.textChanged.connect(lambda _text: self._edited(self.name_error))
        self.description_edit.textChanged.connect(
            lambda _text: self._edited(self.description_error)
        )
        self.pass_spin.valueChanged.connect(lambda _value: self._edited(self.pass_error))
        self.when_combo.currentIndexChanged.connect(lambda _index: self._edited(None))

    # -- the routine being edited -----------------------------------------------------------
    def items(self) -> tuple[RoutineItem, ...]:
        return tuple(_row_item(self.groups.item(row)) for row in range(self.groups.count()))

    def draft(self) -> Routine:
        """The routine as the fields show it now (its id is made from the name on saving)."""
        return replace(
            self.start,
            name=self.name_edit.text(),
            description=self.description_edit.text(),
            when=self.when_combo.currentData(),
            pass_seconds=self.pass_spin.value(),
            items=self.items(),
            user=True,
        )

    def has_changes(self) -> bool:
        return self.draft() != self._initial

    def _item_text(self, item: RoutineItem) -> str:
        muscle = self.muscles.get(item.muscle)
        name = muscle.name if muscle is not None else item.muscle
        if muscle is not None and muscle.one_sided:
            text = self.tr("{0} — {1} s per side").format(name, item.seconds)
        else:
            text = self.tr("{0} — {1} s").format(name, item.seconds)
        return text + (self.tr(", hold a tender spot") if item.hold else "")

    def _append(self, item: RoutineItem) -> None:
        row = QListWidgetItem(self._item_text(item), self.groups)
        _store(row, item)
        row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)

    def _set_current_item(self, item: RoutineItem) -> None:
        row = self.groups.currentItem()
        if row is not None:
            _store(row, item)
            row.setText(self._item_text(item))
            self._edited(self.seconds_error)

    def move_current(self, step: int) -> None:
        row = self.groups.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.groups.count():
            return
        moved = self.groups.takeItem(row)
        self.groups.insertItem(target, moved)
        self.groups.setCurrentRow(target)
        self._edited(None)

    def remove_current(self) -> None:
        row = self.groups.currentRow()
        if row >= 0:
            self.groups.takeItem(row)
            self._edited(None)

    def on_add_button_clicked(self) -> None:
        self._append(RoutineItem(self.add_combo.currentData(), DEFAULT_ROLL_SECONDS))
        self.groups.setCurrentRow(self.groups.count() - 1)
        self._edited(self.groups_error)

    def on_seconds_spin_value_changed(self, seconds: int) -> None:
        row = self.groups.currentItem()
        if row is not None and _row_item(row).seconds != seconds:
            self._set_current_item(replace(_row_item(row), seconds=seconds))

    def on_hold_check_toggled(self, on: bool) -> None:
        row = self.groups.currentItem()
        if row is not None and _row_item(row).hold != on:
            self._set_current_item(replace(_row_item(row), hold=on))

    def _show_current(self) -> None:
        row = self.groups.currentItem()
        item = _row_item(row) if row is not None else None
        for widget in (self.seconds_spin, self.hold_check, self.up_button, self.down_button):
            widget.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)
        if item is None:
            self.detail_title.setText(self.tr("No muscle group chosen"))
            return
        muscle = self.muscles.get(item.muscle)
        self.detail_title.setText(muscle.name if muscle is not None else item.muscle)
        self.seconds_spin.setValue(item.seconds)
        self.hold_check.setChecked(item.hold)

    def _edited(self, error: QLabel | None) -> None:
        if error is not None:
            error.hide()
        self.folder_error.hide()
        self._show_length()

    def _show_length(self) -> None:
        try:
            seconds = self.length(self.draft())
        except PlanError:
            text = self.tr("— (add a muscle group; each one rolls at least 1 s)")
        else:
            text = minutes_text(seconds)
        self.length_label.setText(
            self.tr("Length at {0} pain tolerance: {1}").format(self.tolerance_text, text)
        )

    # -- saving and leaving -----------------------------------------------------------------
    def on_save(self) -> None:
        for label in self._error_labels():
            label.hide()
        routine = self.draft()
        if self.replacing is None:
            taken = [r.id for r in self.book.routines()]
            routine = replace(routine, id=routine_id_for(routine.name, taken, self.book.folder))
        try:
            saved = save_routine(
                routine, self.book.folder, self.book.content(), replacing=self.replacing
            )
        except RoutineRefusedError as exc:
            for problem in exc.problems:
                self._show_problem(problem)
            return
        except RoutineFolderError as exc:
            self._show_error(
                self.folder_error,
                self.tr(
                    "Not saved: {0} — {1}. {2}. Your changes are still here; press Save again."
                ).format(exc.folder, exc.reason, exc.advice),
            )
            return
        self.book.reload()
        self._initial = self.draft()
        self.saved.emit(saved.id)
        self.accept()

    def _error_labels(self) -> tuple[QLabel, ...]:
        return (
            self.name_error,
            self.description_error,
            self.pass_error,
            self.groups_error,
            self.seconds_error,
            self.folder_error,
        )

    def _show_error(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.show()

    def _show_problem(self, problem: FieldProblem) -> None:
        field, message = problem.field, problem.message
        if field == "name":
            self._show_error(self.name_error, self.tr("The name {0}.").format(message))
            self.name_edit.setFocus()
        elif field == "description":
            text = self.tr("The description {0}.").format(message)
            self._show_error(self.description_error, text)
            self.description_edit.setFocus()
        elif field == "pass_seconds":
            self._show_error(self.pass_error, self.tr("Pass seconds {0}.").format(message))
            self.pass_spin.setFocus()
        elif field == "items":
            text = self.tr("A routine needs at least one muscle group: add one.")
            self._show_error(self.groups_error, text)
            self.add_combo.setFocus()
        elif field.startswith("items[") and field.endswith("].seconds"):
            row = int(field[len("items[") : -len("].seconds")])
            self.groups.setCurrentRow(row)
            name = self.detail_title.text()
            text = self.tr("Roll seconds for {0} {1}.").format(name, message)
            self._show_error(self.seconds_error, text)
            self.seconds_spin.setFocus()
        else:
            self._show_error(self.folder_error, f"{field} {message}".strip())

    def reject(self) -> None:
        """Esc, Cancel or closing the window: asks first when something was changed."""
        if self.has_changes() and not self.ask_discard(self, self.name_edit.text()):
            return
        super().reject()

    @classmethod
    def ask_discard(cls, parent: QWidget, name: str) -> bool:
        """Whether to throw the changes away. Tests patch this."""
        answer = QMessageBox.question(
            parent,
            parent.tr("Discard Changes"),
            parent.tr("Discard your changes to “{0}”?").format(name),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
