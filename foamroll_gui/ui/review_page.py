"""The Review screen's page: this week per muscle group and side, what to roll today, sides
rolled unevenly, the 12-week heat map with the streak, tenderness, and the recent rolls (which
can be deleted, undoably). Built the first time the Review screen is shown."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from foamroll_gui.core.history import (
    EntryRow,
    HistoryError,
    ReviewSettings,
    Week,
    WeekSummary,
)
from foamroll_gui.ui.heat_map import HeatMapWidget
from foamroll_gui.ui.history_service import HistoryService
from foamroll_gui.ui.log_roll_dialog import LogRollDialog
from foamroll_gui.ui.tenderness_chart import TendernessChart

RECENT_ROWS = 20


def _fit_height(table: QTableWidget) -> None:
    """Show every row: the page scrolls, not the table."""
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(rows + table.horizontalHeader().height() + 2 * table.frameWidth() + 2)


def _table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _item(text: str, *, right: bool = False, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    return item


class ReviewPage(QScrollArea):
    #: a timed session for this muscle group (a suggestion's Start button)
    start_requested = Signal(str)

    def __init__(
        self,
        service: HistoryService,
        names: Mapping[str, str],
        settings: ReviewSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.names = dict(names)
        self.settings = settings or ReviewSettings()
        self.week: Week = self.settings.week_of(service.today())
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(12)

        top = QHBoxLayout()
        self.title = QLabel(page)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.previous_button = QPushButton(self.tr("◀ &Previous week"), page)
        self.this_week_button = QPushButton(self.tr("&This week"), page)
        self.next_button = QPushButton(self.tr("&Next week ▶"), page)
        self.previous_button.setToolTip(self.tr("Show the week before"))
        self.this_week_button.setToolTip(self.tr("Back to the current week"))
        self.next_button.setToolTip(self.tr("Show the week after"))
        self.previous_button.clicked.connect(lambda: self.show_week(self.week.shifted(-1)))
        self.this_week_button.clicked.connect(
            lambda: self.show_week(self.settings.week_of(self.service.today()))
        )
        self.next_button.clicked.connect(lambda: self.show_week(self.week.shifted(1)))
        top.addWidget(self.title, 1)
        for button in (self.previous_button, self.this_week_button, self.next_button):
            top.addWidget(button)
        column.addLayout(top)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.week_table = _table(
            [
                self.tr("Muscle group"),
                self.tr("Left"),
                self.tr("Minutes"),
                self.tr("Last rolled"),
                self.tr("Right"),
                self.tr("Minutes"),
                self.tr("Last rolled"),
            ],
            page,
        )
        self.week_table.setToolTip(
            self.tr("Sessions and minutes per muscle group and side in the week shown")
        )
        week_box = self._box(self.tr("This week"), self.week_table, page)
        week_layout = week_box.layout()
        assert week_layout is not None
        week_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        grid.addWidget(week_box, 0, 0, 2, 1)
        self.suggested = QWidget(page)
        self._suggested_rows = QGridLayout(self.suggested)
        self._suggested_rows.setContentsMargins(0, 0, 0, 0)
        self._suggested_rows.setColumnStretch(0, 1)
        self.suggestion_labels: list[QLabel] = []
        self.start_buttons: list[QPushButton] = []
        grid.addWidget(self._box(self.tr("Suggested today"), self.suggested, page), 0, 1)
        self.asymmetry = QLabel(page)
        self.asymmetry.setWordWrap(True)
        grid.addWidget(self._box(self.tr("Left and right"), self.asymmetry, page), 1, 1)
        self.asymmetry.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(0, 0)
        grid.setColumnStretch(1, 1)
        column.addLayout(grid)

        self.heat_map = HeatMapWidget(self.names, page)
        column.addWidget(self._box(self.tr("Sessions per week"), self.heat_map, page))
        self.tenderness = TendernessChart(self.names, page)
        column.addWidget(self._box(self.tr("Tenderness (0 to 10)"), self.tenderness, page))

        self.recent = _table(
            [
                self.tr("Date"),
                self.tr("Muscle group"),
                self.tr("Side"),
                self.tr("Minutes"),
                self.tr("Tenderness"),
                self.tr("Note"),
            ],
            page,
        )
        self.recent.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recent.setToolTip(self.tr("Your latest rolls; double-click one to change it"))
        self.edit_button = QPushButton(self.tr("&Edit Selected Roll…"), page)
        self.edit_button.setToolTip(self.tr("Change the roll selected in the list"))
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        self.delete_button = QPushButton(self.tr("&Delete Selected Roll"), page)
        self.delete_button.setToolTip(
            self.tr("Remove the roll selected in the list (Edit ▸ Undo brings it back)")
        )
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        self.recent.itemSelectionChanged.connect(self._update_delete)
        self.recent.itemDoubleClicked.connect(self.on_edit_button_clicked)
        recent_box = self._box(self.tr("Recent rolls"), self.recent, page)
        layout = recent_box.layout()
        assert isinstance(layout, QVBoxLayout)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        column.addWidget(recent_box)
        column.addStretch(1)
        self.setWidget(page)
        self._recent: list[EntryRow] = []
        service.changed.connect(self.refresh)
        self.refresh()

    def _box(self, title: str, widget: QWidget, parent: QWidget) -> QGroupBox:
        box = QGroupBox(title, parent)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        return box

    # -- showing ----------------------------------------------------------------------------
    def show_week(self, week: Week) -> None:
        self.week = week
        self.refresh()

    def refresh(self) -> None:
        today = self.service.today()
        review = self.service.review(self.settings)
        summary = review.week_summary(self.week, today)
        self._show_summary(summary, today)
        self._show_suggestions(
            [(s.muscle, s.reason(self.names.get(s.muscle))) for s in review.suggested(today)]
        )
        flags = review.asymmetry(today)
        self.asymmetry.setText(
            "\n".join(f"⚠  {f.text(self.names.get(f.muscle))}" for f in flags)
            or self.tr("No side was rolled twice as often as the other in the last four weeks.")
        )
        self.heat_map.set_heat_map(review.heat_map(today))
        self.tenderness.set_trends(review.tenderness(today))
        self._show_recent()

    def _show_suggestions(self, reasons: list[tuple[str, str]]) -> None:
        """One line per suggestion, each with a Start button for a timed session."""
        for widget in [*self.suggestion_labels, *self.start_buttons]:
            widget.deleteLater()
        self.suggestion_labels, self.start_buttons = [], []
        if not reasons:
            reasons = [("", self.tr("Every muscle group has reached its target this week."))]
        for row, (muscle, reason) in enumerate(reasons):
            label = QLabel(f"•  {reason}" if muscle else reason, self.suggested)
            label.setWordWrap(True)
            self._suggested_rows.addWidget(label, row, 0)
            self.suggestion_labels.append(label)
            if muscle:
                button = QPushButton(self.tr("Start"), self.suggested)
                button.setToolTip(self.tr("A timed session for this muscle group"))
                button.clicked.connect(lambda _=False, m=muscle: self.start_requested.emit(m))
                self._suggested_rows.addWidget(button, row, 1)
                self.start_buttons.append(button)

    def suggestions_text(self) -> str:
        return "\n".join(label.text() for label in self.suggestion_labels)

    def _show_summary(self, summary: WeekSummary, today: date) -> None:
        week = summary.week
        current = self.settings.week_of(today)
        when = self.tr(" (this week)") if week == current else ""
        self.title.setText(
            self.tr("Week {0}: {1} to {2}{3}").format(
                week.label,
                week.first_day.strftime("%a %d %b"),
                week.last_day.strftime("%a %d %b %Y"),
                when,
            )
        )
        self.next_button.setEnabled(week < current)
        self.this_week_button.setEnabled(week != current)
        rows = {(r.muscle, r.side): r for r in summary.rows}
        muscles = list(dict.fromkeys(r.muscle for r in summary.rows))
        table = self.week_table
        table.setRowCount(len(muscles))
        for index, muscle in enumerate(muscles):
            table.setItem(index, 0, _item(self.names.get(muscle, muscle)))
            for offset, side in ((1, "left"), (4, "right")):
                row = rows[muscle, side]
                done = row.sessions >= row.target
                sessions = self.tr("{0} of {1}").format(row.sessions, row.target)
                table.setItem(index, offset, _item(sessions, right=True, bold=done))
                table.setItem(index, offset + 1, _item(f"{row.minutes:.1f}", right=True))
                table.setItem(index, offset + 2, _item(self._since(row.days_since)))
        table.resizeRowsToContents()
        table.horizontalHeader().setStretchLastSection(False)
        _fit_height(table)
        columns = sum(table.columnWidth(c) for c in range(table.columnCount()))
        table.setFixedWidth(columns + 2 * table.frameWidth() + 2)

    def _since(self, days: int | None) -> str:
        if days is None:
            return self.tr("never")
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("yesterday")
        return self.tr("{0} days ago").format(days)

    def _show_recent(self) -> None:
        store = self.service.store
        rows = store.entries(limit=RECENT_ROWS) if store is not None else []
        table = self.recent
        table.setRowCount(len(rows))
        self._recent = rows
        for index, row in enumerate(rows):
            entry = row.entry
            table.setItem(index, 0, _item(row.session.day.strftime("%a %d %b %Y")))
            table.setItem(index, 1, _item(self.names.get(entry.muscle, entry.muscle)))
            table.setItem(index, 2, _item(entry.side))
            table.setItem(index, 3, _item(f"{entry.minutes:.1f}", right=True))
            rating = "" if entry.tenderness is None else str(entry.tenderness)
            table.setItem(index, 4, _item(rating, right=True))
            table.setItem(index, 5, _item(entry.note))
        table.resizeRowsToContents()
        _fit_height(table)
        self._update_delete()

    def _update_delete(self) -> None:
        usable = self.service.can_log and self.selected_row() is not None
        self.delete_button.setEnabled(usable)
        self.edit_button.setEnabled(usable)

    def selected_row(self) -> EntryRow | None:
        selected = self.recent.selectionModel().selectedRows()
        return self._recent[selected[0].row()] if selected else None

    def on_delete_button_clicked(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            self.service.delete_entry(row.entry.uuid)
        except HistoryError as exc:
            self.service.problem.emit(str(exc))

    def on_edit_button_clicked(self) -> None:
        row = self.selected_row()
        if row is None or not self.service.can_log:
            return
        muscles = list(self.names.items())
        request = LogRollDialog.edit(self, muscles, row.entry, row.session.day)
        if request is None:
            return
        side = "both" if request.sides == "left+right" else request.sides
        edited = replace(
            row.entry,
            muscle=request.muscle,
            side=side,
            rolled_s=round(request.minutes * 60, 1),
            tenderness=request.tenderness,
            note=request.note,
        )
        try:
            self.service.edit_entry(edited)
        except HistoryError as exc:
            self.service.problem.emit(str(exc))
