"""The Routine screen: pick a routine, set your pain tolerance, see how long it takes, start it.

Handed the routines and a ``length`` function (routine id, tolerance -> seconds); emits
``start_requested(routine_id)`` and ``tolerance_changed(tolerance)``. It starts nothing itself.
New, Duplicate, Edit and Delete emit ``new_requested()``, ``duplicate_requested(id)``,
``edit_requested(id)`` and ``delete_requested(id)``; built-in routines offer Duplicate only.
:meth:`RoutineScreen.set_routines` shows a new set of routines, keeping the chosen one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSignalBlocker, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from foamroll_gui.core.content.routines import Routine
from foamroll_gui.core.session import HOLD_SECONDS, PAIN_TOLERANCES, PainTolerance

RoutineLength = Callable[[str, PainTolerance], int]


def minutes_text(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min {rest:02d} s" if rest else f"{minutes} min"


class RoutineScreen(QWidget):
    start_requested = Signal(str)
    tolerance_changed = Signal(str)
    metronome_changed = Signal(bool)
    new_requested = Signal()
    duplicate_requested = Signal(str)
    edit_requested = Signal(str)
    delete_requested = Signal(str)

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
        self.routines: tuple[Routine, ...] = ()
        self.names = names
        self.length = length
        self.list = QListWidget(self)
        self.list.setToolTip(self.tr("The built-in routines and yours; Enter starts one"))
        self.new_button = QPushButton(self.tr("&New…"), self)
        self.new_button.setToolTip(self.tr("Make a routine of your own"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate…"), self)
        self.edit_button = QPushButton(self.tr("Ed&it…"), self)
        self.edit_button.setToolTip(self.tr("Change this routine of yours"))
        self.delete_button = QPushButton(self.tr("De&lete…"), self)
        self.delete_button.setToolTip(self.tr("Move this routine of yours to the trash (Del)"))
        self.read_only_note = QLabel(
            self.tr("Built-in routines are read-only: duplicate one to change it."), self
        )
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
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
        self.tolerance.setToolTip(self.tr("Sets how long a tender spot is held"))
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
        self.metronome.setToolTip(self.tr("A soft tick every rolling pass while you roll"))
        self.metronome.toggled.connect(self.metronome_changed)
        self.start_button = QPushButton(self.tr("&Start routine"), self)
        self.start_button.setDefault(True)
        self.start_button.setMinimumHeight(48)
        self.start_button.setToolTip(self.tr("Start this routine on the timer screen"))

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
        editing = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.edit_button):
            editing.addWidget(button)
        editing.addWidget(self.delete_button)
        editing.addStretch(1)
        mine = QVBoxLayout()
        mine.addWidget(self.list, 1)
        mine.addLayout(editing)
        mine.addWidget(self.read_only_note)
        layout = QHBoxLayout(self)
        layout.addLayout(mine, 1)
        layout.addLayout(details, 2)

        self.list.currentRowChanged.connect(self.on_list_current_row_changed)
        self.list.itemActivated.connect(lambda _item: self.on_start_button_clicked())
        self.tolerance.currentIndexChanged.connect(self.on_tolerance_current_index_changed)
        self.start_button.clicked.connect(self.on_start_button_clicked)
        self.new_button.clicked.connect(self.new_requested)
        self.duplicate_button.clicked.connect(lambda: self._request(self.duplicate_requested))
        self.edit_button.clicked.connect(lambda: self._request(self.edit_requested, own=True))
        self.delete_button.clicked.connect(lambda: self._request(self.delete_requested, own=True))
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(lambda: self._request(self.delete_requested, own=True))
        self.set_routines(routines)

    def set_routines(self, routines: Sequence[Routine], select: str | None = None) -> None:
        """Show ``routines``; ``select`` (an id), else the routine chosen before, else the first
        stays chosen."""
        chosen = self.current_routine()
        keep = select or (chosen.id if chosen is not None else None)
        self.routines = tuple(routines)
        with QSignalBlocker(self.list):
            self.list.clear()
            for routine in self.routines:
                mine = self.tr(" (yours)") if routine.user else ""
                item = QListWidgetItem(routine.name + mine, self.list)
                item.setData(Qt.ItemDataRole.UserRole, routine.id)
            ids = [routine.id for routine in self.routines]
            self.list.setCurrentRow(ids.index(keep) if keep in ids else 0 if ids else -1)
        self._show()

    def _request(self, signal: SignalInstance, *, own: bool = False) -> None:
        routine = self.current_routine()
        if routine is not None and (routine.user or not own):
            signal.emit(routine.id)

    def current_tolerance(self) -> PainTolerance:
        value: PainTolerance = self.tolerance.currentData()
        return value

    def current_routine(self) -> Routine | None:
        row = self.list.currentRow()
        return self.routines[row] if 0 <= row < len(self.routines) else None

    def tolerance_name(self, tolerance: PainTolerance) -> str:
        """``high``, ``medium`` or ``low``, as the user reads it."""
        names = {"high": self.tr("high"), "medium": self.tr("medium"), "low": self.tr("low")}
        return names[tolerance]

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
        self.duplicate_button.setEnabled(routine is not None)
        own = routine is not None and routine.user
        self.edit_button.setVisible(own)
        self.delete_button.setVisible(own)
        self.read_only_note.setVisible(routine is not None and not own)
        self.duplicate_button.setToolTip(
            self.tr("Make a copy of this routine to change")
            if own or routine is None
            else self.tr("Built-in routines are read-only: duplicate one to change it")
        )
        if routine is None:
            for label in (self.title, self.description, self.muscles, self.length_label):
                label.clear()
            return
        self.title.setText(routine.name)
        self.description.setText(routine.description)
        self.muscles.setText(
            self.tr("Muscle groups: {0}").format(
                ", ".join(self.names.get(item.muscle, item.muscle) for item in routine.items)
            )
        )
        self.length_label.setText(minutes_text(self.length(routine.id, self.current_tolerance())))
