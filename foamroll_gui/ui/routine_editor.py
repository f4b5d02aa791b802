"""The routine editor: a dialog to make or change one of the user's own routines.

Name, description, when and pass seconds, and the muscle groups (:class:`RoutineGroups`: add by
name, remove, reorder; roll seconds per side and a held tender spot per group). The length for
the current pain tolerance follows every edit. Save (Ctrl+S) goes through :func:`save_routine`,
the loader's own checks: a refused value is shown beside its field and the dialog stays open
with everything typed; Esc asks before it throws changes away.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from foamroll_gui.core.content.model import MuscleGroup
from foamroll_gui.core.content.routine_file import (
    FieldProblem,
    RoutineFolderError,
    RoutineRefusedError,
    routine_id_for,
    save_routine,
)
from foamroll_gui.core.content.routines import ROUTINE_WHEN, Routine
from foamroll_gui.core.session import PlanError
from foamroll_gui.ui.routine_book import RoutineBook
from foamroll_gui.ui.routine_groups import RoutineGroups, error_label
from foamroll_gui.ui.routine_screen import minutes_text


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
        title = self.tr("Edit Routine") if replacing is not None else self.tr("New Routine")
        self.setWindowTitle(title)

        self.name_edit = QLineEdit(start.name, self)
        self.name_edit.setToolTip(self.tr("How the routine is listed; no two may share a name"))
        self.name_error = error_label(self)
        self.description_edit = QLineEdit(start.description, self)
        self.description_edit.setToolTip(self.tr("A line on what the routine is for"))
        self.description_error = error_label(self)
        self.when_combo = QComboBox(self)
        self.when_combo.setToolTip(self.tr("When the routine is meant to be rolled"))
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
        self.pass_error = error_label(self)

        self.groups = RoutineGroups(start.items, muscles, self)
        self.length_label = QLabel(self)
        length_font = self.length_label.font()
        length_font.setBold(True)
        self.length_label.setFont(length_font)
        self.folder_error = error_label(self)
        self.folder_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)  # Enter in a field saves, never moves a group
        self._lay_out()
        self._connect()
        self._initial = self.draft()
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

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.groups, 1)
        layout.addWidget(self.length_label)
        layout.addWidget(self.folder_error)
        layout.addWidget(self.buttons)
        order: list[QWidget] = [
            self.name_edit,
            self.description_edit,
            self.when_combo,
            self.pass_spin,
            *self.groups.tab_order(),
            self.save_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.on_save)
        self.groups.changed.connect(lambda: self._edited(None))
        self.name_edit.textChanged.connect(lambda _text: self._edited(self.name_error))
        self.description_edit.textChanged.connect(
            lambda _text: self._edited(self.description_error)
        )
        self.pass_spin.valueChanged.connect(lambda _value: self._edited(self.pass_error))
        self.when_combo.currentIndexChanged.connect(lambda _index: self._edited(None))

    # -- the routine being edited -----------------------------------------------------------
    def draft(self) -> Routine:
        """The routine as the fields show it now (its id is made from the name on saving)."""
        return replace(
            self.start,
            name=self.name_edit.text(),
            description=self.description_edit.text(),
            when=self.when_combo.currentData(),
            pass_seconds=self.pass_spin.value(),
            items=self.groups.items(),
            user=True,
        )

    def has_changes(self) -> bool:
        return self.draft() != self._initial

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
        for label in (self.name_error, self.description_error, self.pass_error):
            label.hide()
        self.groups.hide_errors()
        self.folder_error.hide()
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
            self.groups.show_no_groups()
        elif field.startswith("items[") and field.endswith("].seconds"):
            self.groups.show_seconds_problem(int(field[len("items[") : -len("].seconds")]), message)
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
