"""The Routine screen: pick a routine, set your pain tolerance, see how long it takes, start it.

Handed the routines and a ``length`` function (routine id, tolerance -> seconds); emits
``start_requested(routine_id)`` and ``tolerance_changed(tolerance)``. It starts nothing itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from foamroll_gui.core.content.model import Routine
from foamroll_gui.core.session import HOLD_SECONDS, PAIN_TOLERANCES, PainTolerance

RoutineLength = Callable[[str, PainTolerance], int]


def minutes_text(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min {rest:02d} s" if rest else f"{minutes} min"


class RoutineScreen(QWidget):
    start_requested = Signal(str)
    tolerance_changed = Signal(str)
    metronome_changed = Signal(bool)

    def __init__(
        self,
        routines: Sequence[Routine],
        names: dict[str, str],
        length: RoutineLength,
        tolerance: PainTolerance,
        metronome: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.routines = tuple(routines)
        self.names = names
        self.length = length
        self.list = QListWidget(self)
        for routine in self.routines:
            mine = self.tr(" (yours)") if routine.user else ""
            item = QListWidgetItem(routine.name + mine, self.list)
            item.setData(Qt.ItemDataRole.UserRole, routine.id)
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.muscles = QLabel(self)
        self.muscles.setWordWrap(True)
        self.tolerance = QComboBox(self)
        labels = {
            "high": self.tr("High — hold tender spots {0} s"),
            "medium": self.tr("Medium — hold tender spots {0} s"),
            "low": self.tr("Low — hold tender spots {0} s"),
        }
        for value in PAIN_TOLERANCES:
            self.tolerance.addItem(labels[value].format(HOLD_SECONDS[value]), value)
        self.tolerance.setCurrentIndex(PAIN_TOLERANCES.index(tolerance))
        self.length_label = QLabel(self)
        length_font = QFont(self.length_label.font())
        length_font.setPointSizeF(length_font.pointSizeF() * 1.4)
        self.length_label.setFont(length_font)
        self.metronome = QCheckBox(self.tr("Pass &metronome: a soft tick at each rolling pass"))
        self.metronome.setChecked(metronome)
        self.metronome.toggled.connect(self.metronome_changed)
        self.start_button = QPushButton(self.tr("&Start routine"), self)
        self.start_button.setDefault(True)
        self.start_button.setMinimumHeight(48)

        form = QFormLayout()
        form.addRow(self.tr("&Pain tolerance:"), self.tolerance)
        form.addRow(self.tr("Length:"), self.length_label)
        form.addRow("", self.metronome)
        details = QVBoxLayout()
        details.addWidget(self.title)
        details.addWidget(self.description)
        details.addWidget(self.muscles)
        details.addLayout(form)
        details.addWidget(self.start_button)
        details.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(details, 2)

        self.list.currentRowChanged.connect(self.on_list_current_row_changed)
        self.list.itemActivated.connect(lambda _item: self.on_start_button_clicked())
        self.tolerance.currentIndexChanged.connect(self.on_tolerance_current_index_changed)
        self.start_button.clicked.connect(self.on_start_button_clicked)
        if self.routines:
            self.list.setCurrentRow(0)

    def current_tolerance(self) -> PainTolerance:
        value: PainTolerance = self.tolerance.currentData()
        return value

    def current_routine(self) -> Routine | None:
        row = self.list.currentRow()
        return self.routines[row] if 0 <= row < len(self.routines) else None

    def select_routine(self, routine_id: str) -> None:
        for row, routine in enumerate(self.routines):
            if routine.id == routine_id:
                self.list.setCurrentRow(row)

    def set_preferences(self, tolerance: PainTolerance, metronome: bool) -> None:
        """Show preferences changed elsewhere (Edit ▸ Preferences) and the routine's length
        with them; emits nothing, as nothing was chosen here."""
        with QSignalBlocker(self.tolerance), QSignalBlocker(self.metronome):
            self.tolerance.setCurrentIndex(PAIN_TOLERANCES.index(tolerance))
            self.metronome.setChecked(metronome)
        self._show()

    def on_list_current_row_changed(self, _row: int) -> None:
        self._show()

    def on_tolerance_current_index_changed(self, _index: int) -> None:
        self._show()
        self.tolerance_changed.emit(self.current_tolerance())

    def on_start_button_clicked(self) -> None:
        routine = self.current_routine()
        if routine is not None:
            self.start_requested.emit(routine.id)

    def _show(self) -> None:
        routine = self.current_routine()
        self.start_button.setEnabled(routine is not None)
        if routine is None:
            return
        self.title.setText(routine.name)
        self.description.setText(routine.description)
        self.muscles.setText(
            self.tr("Muscle groups: {0}").format(
                ", ".join(self.names.get(item.muscle, item.muscle) for item in routine.items)
            )
        )
        self.length_label.setText(minutes_text(self.length(routine.id, self.current_tolerance())))
