""" "Log a roll": a quick manual entry (which muscle, when, which side, how long, how tender)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

if TYPE_CHECKING:
    from foamroll_gui.core.history import Entry, LogSides

NOTE_MAX = 2000


@dataclass(frozen=True)
class LogRequest:
    """What the user asked to log; ``minutes`` is per side."""

    on: date
    muscle: str
    sides: LogSides
    minutes: float
    tenderness: int | None = None
    note: str = ""


class LogRollDialog(QDialog):
    def __init__(
        self,
        muscles: Sequence[tuple[str, str]],
        today: date,
        muscle_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``muscles``: (id, display name) pairs in the order to offer them."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log a Roll"))
        form = QFormLayout(self)

        self.muscle = QComboBox(self)
        for muscle, name in muscles:
            self.muscle.addItem(name, muscle)
        if muscle_id is not None and (index := self.muscle.findData(muscle_id)) >= 0:
            self.muscle.setCurrentIndex(index)
        self.muscle.setToolTip(self.tr("The muscle group you rolled"))
        form.addRow(self.tr("&Muscle group:"), self.muscle)

        self.day = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setToolTip(self.tr("The day you rolled: today or earlier"))
        form.addRow(self.tr("&Date:"), self.day)

        self.sides = QComboBox(self)
        self.sides.addItem(self.tr("Left, then right"), "left+right")
        self.sides.addItem(self.tr("Left only"), "left")
        self.sides.addItem(self.tr("Right only"), "right")
        self.sides.addItem(self.tr("Both at once"), "both")
        self.sides.setToolTip(
            self.tr("Left, then right saves one entry per side; both at once saves one entry")
        )
        form.addRow(self.tr("&Side:"), self.sides)

        self.minutes = QDoubleSpinBox(self)
        self.minutes.setRange(0.5, 60.0)
        self.minutes.setSingleStep(0.5)
        self.minutes.setDecimals(1)
        self.minutes.setValue(1.5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setToolTip(self.tr("How long you rolled each side, in minutes"))
        form.addRow(self.tr("Minutes &per side:"), self.minutes)

        self.rate = QCheckBox(self.tr("&Rate it"), self)
        self.rate.setToolTip(self.tr("Note how tender the muscle was"))
        self.tenderness = QSpinBox(self)
        self.tenderness.setRange(0, 10)
        self.tenderness.setValue(3)
        self.tenderness.setSuffix(self.tr(" of 10"))
        self.tenderness.setToolTip(self.tr("How tender it was, from 0 (not at all) to 10 (very)"))
        self.tenderness.setEnabled(False)
        self.rate.toggled.connect(self.tenderness.setEnabled)
        tender_row = QHBoxLayout()
        tender_row.addWidget(self.rate)
        tender_row.addWidget(self.tenderness, 1)
        form.addRow(self.tr("Tenderness:"), tender_row)

        self.note = QLineEdit(self)
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("optional"))
        self.note.setToolTip(self.tr("Anything to remember about this roll (optional)"))
        form.addRow(self.tr("&Note:"), self.note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(380)

    def request(self) -> LogRequest:
        """What the fields say now."""
        picked = self.day.date()
        return LogRequest(
            on=date(picked.year(), picked.month(), picked.day()),
            muscle=str(self.muscle.currentData()),
            sides=cast("LogSides", self.sides.currentData()),
            minutes=round(self.minutes.value(), self.minutes.decimals()),
            tenderness=self.tenderness.value() if self.rate.isChecked() else None,
            note=self.note.text().strip(),
        )

    def edit_entry(self, entry: Entry) -> None:
        """Show one stored entry for editing: its day stays (it belongs to its session) and it
        has one side, so "Left, then right" is not offered."""
        self.setWindowTitle(self.tr("Edit a Roll"))
        self.day.setEnabled(False)
        self.sides.removeItem(self.sides.findData("left+right"))
        self.sides.setCurrentIndex(self.sides.findData(entry.side))
        if (index := self.muscle.findData(entry.muscle)) >= 0:
            self.muscle.setCurrentIndex(index)
        self.minutes.setDecimals(2)  # a timed roll's seconds survive an unchanged save
        self.minutes.setMinimum(0.1)
        self.minutes.setValue(entry.rolled_s / 60)
        self.rate.setChecked(entry.tenderness is not None)
        if entry.tenderness is not None:
            self.tenderness.setValue(entry.tenderness)
        self.note.setText(entry.note)

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        muscles: Sequence[tuple[str, str]],
        entry: Entry,
        day: date,
    ) -> LogRequest | None:
        """Show ``entry`` (rolled on ``day``) for editing; the new values, or None. Tests
        patch this."""
        dialog = cls(muscles, day, entry.muscle, parent)
        dialog.edit_entry(entry)
        try:
            return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        muscles: Sequence[tuple[str, str]],
        today: date,
        muscle_id: str | None = None,
    ) -> LogRequest | None:
        """Show the dialog; what to log, or None when cancelled. Tests patch this."""
        dialog = cls(muscles, today, muscle_id, parent)
        try:
            return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
