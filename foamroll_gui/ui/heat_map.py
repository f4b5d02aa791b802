"""The 12-week heat map: muscle groups by weeks, each cell the sessions that week (either side)
against the target, on the viridis scale with the count written in; a row below marks the weeks
on target, and the streak is written under it. Painted with QPainter, so it is crisp at any size
and follows the palette."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from foamroll_gui.core.history.review import HeatMap
from foamroll_gui.ui.history_colours import sequential, text_on

CELL_MIN_WIDTH = 28
CELL_MAX_WIDTH = 64


class HeatMapWidget(QWidget):
    def __init__(self, names: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = dict(names)
        self.heat: HeatMap | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Sessions per week, last 12 weeks"))

    def set_heat_map(self, heat: HeatMap) -> None:
        self.heat = heat
        self.setAccessibleDescription(self.streak_text())
        self.updateGeometry()
        self.update()

    def streak_text(self) -> str:
        if self.heat is None:
            return ""
        weeks = self.heat.streak
        if weeks == 0:
            return self.tr(
                "No streak yet: a week is on target when every muscle group you "
                "roll gets its sessions."
            )
        if weeks == 1:
            return self.tr("Streak: 1 week on target")
        return self.tr("Streak: {0} weeks on target in a row").format(weeks)

    # -- geometry ---------------------------------------------------------------------------
    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def _label_width(self) -> int:
        metrics = QFontMetrics(self.font())
        names = [self.names.get(m, m) for m in (self.heat.muscles if self.heat else ())]
        texts = [*names, self.tr("On target")]
        return max(metrics.horizontalAdvance(t) for t in texts) + 12

    def sizeHint(self) -> QSize:
        rows = len(self.heat.muscles) if self.heat else 0
        weeks = len(self.heat.weeks) if self.heat else 12
        return QSize(self._label_width() + weeks * 44, (rows + 3) * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        weeks = len(self.heat.weeks) if self.heat else 12
        return QSize(self._label_width() + weeks * CELL_MIN_WIDTH, hint.height())

    def cell_rect(self, row: int, week: int) -> QRectF:
        """Where the cell of muscle ``row`` and week index ``week`` is drawn."""
        assert self.heat is not None
        label = self._label_width()
        weeks = len(self.heat.weeks)
        width = min(CELL_MAX_WIDTH, max(CELL_MIN_WIDTH, (self.width() - label) / weeks))
        height = self._row_height()
        return QRectF(label + week * width, (row + 1) * height, width, height)

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if self.heat is None:
            return
        heat = self.heat
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        empty = palette.color(QPalette.ColorRole.Base)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        height = self._row_height()
        label = self._label_width()
        centre = Qt.AlignmentFlag.AlignCenter
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

        painter.setPen(text)
        for week_index, week in enumerate(heat.weeks):  # header: the ISO week numbers
            rect = self.cell_rect(-1, week_index)
            painter.drawText(rect, centre, week.label.split("-")[1])
        for row, muscle in enumerate(heat.muscles):
            painter.setPen(text)
            painter.drawText(
                QRectF(0, (row + 1) * height, label - 6, height),
                left,
                self.names.get(muscle, muscle),
            )
            target = max(1, heat.targets[row])
            for week_index in range(len(heat.weeks)):
                sessions = heat.sessions[row][week_index]
                rect = self.cell_rect(row, week_index).adjusted(1, 1, -1, -1)
                fill = empty if sessions == 0 else sequential(0.2 + 0.8 * min(1, sessions / target))
                painter.setPen(QPen(grid, 1))
                painter.setBrush(fill)
                painter.drawRect(rect)
                if sessions:
                    painter.setPen(text_on(fill))
                    painter.drawText(rect, centre, str(sessions))
        row = len(heat.muscles) + 1
        painter.setPen(text)
        painter.drawText(QRectF(0, row * height, label - 6, height), left, self.tr("On target"))
        for week_index, on in enumerate(heat.on_target):
            rect = self.cell_rect(row - 1, week_index)
            size = height * 0.45
            dot = QRectF(rect.center().x() - size / 2, rect.center().y() - size / 2, size, size)
            painter.setPen(QPen(text, 1.2))
            painter.setBrush(sequential(1.0) if on else QColor(0, 0, 0, 0))
            painter.drawEllipse(dot)
        painter.setPen(text)
        painter.drawText(
            QRectF(0, (row + 1) * height, self.width(), height + 8), left, self.streak_text()
        )
        painter.end()
