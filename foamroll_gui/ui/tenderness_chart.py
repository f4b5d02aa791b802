"""Tenderness over the last 12 weeks: one row per muscle group that has ratings, a line of the
weekly average (0 to 10) and the latest average with its change. Painted with QPainter."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from foamroll_gui.core.history.review import TendernessTrend
from foamroll_gui.ui.history_colours import sequential

MAX_RATING = 10


class TendernessChart(QWidget):
    def __init__(self, names: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = dict(names)
        self.trends: tuple[TendernessTrend, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Tenderness trend"))

    def set_trends(self, trends: Sequence[TendernessTrend]) -> None:
        self.trends = tuple(trends)
        self.setAccessibleDescription("; ".join(self.summary(t) for t in self.trends))
        self.updateGeometry()
        self.update()

    def summary(self, trend: TendernessTrend) -> str:
        """E.g. ``4.0 now, 1.5 less tender``."""
        known = [a for a in trend.averages if a is not None]
        if not known:
            return ""
        now = self.tr("{0:.1f} now").format(known[-1])
        change = trend.change
        if change is None or change == 0:
            return now
        if change < 0:
            return self.tr("{0}, {1:.1f} less tender").format(now, -change)
        return self.tr("{0}, {1:.1f} more tender").format(now, change)

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() * 3

    def _label_width(self) -> int:
        metrics = QFontMetrics(self.font())
        return (
            max(
                (
                    metrics.horizontalAdvance(self.names.get(t.muscle, t.muscle))
                    for t in self.trends
                ),
                default=80,
            )
            + 12
        )

    def _summary_width(self) -> int:
        metrics = QFontMetrics(self.font())
        return (
            max((metrics.horizontalAdvance(self.summary(t)) for t in self.trends), default=80) + 12
        )

    def sizeHint(self) -> QSize:
        rows = max(1, len(self.trends))
        return QSize(self._label_width() + 240 + self._summary_width(), rows * self._row_height())

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(self._label_width() + 120 + self._summary_width(), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        faint = palette.color(QPalette.ColorRole.Mid)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if not self.trends:
            painter.setPen(text)
            painter.drawText(
                self.rect(),
                left | Qt.TextFlag.TextWordWrap,
                self.tr("No ratings yet: rate tenderness when you log a roll to see it change."),
            )
            painter.end()
            return
        height = self._row_height()
        label, summary = self._label_width(), self._summary_width()
        line = sequential(0.55)  # mid-scale: reads on light and dark windows
        for row, trend in enumerate(self.trends):
            top = row * height
            painter.setPen(text)
            painter.drawText(
                QRectF(0, top, label - 6, height), left, self.names.get(trend.muscle, trend.muscle)
            )
            plot = QRectF(label, top + 4, self.width() - label - summary, height - 8)
            painter.setPen(QPen(faint, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(plot)
            count = len(trend.averages)
            points = [
                QPointF(
                    plot.left() + plot.width() * (i + 0.5) / count,
                    plot.bottom() - plot.height() * value / MAX_RATING,
                )
                for i, value in enumerate(trend.averages)
                if value is not None
            ]
            if len(points) > 1:
                path = QPainterPath(points[0])
                for point in points[1:]:
                    path.lineTo(point)
                painter.setPen(QPen(line, 2))
                painter.drawPath(path)
            painter.setPen(QPen(text, 1))
            painter.setBrush(line)
            for point in points:
                painter.drawEllipse(point, 3, 3)
            painter.setPen(text)
            painter.drawText(
                QRectF(plot.right() + 8, top, summary - 8, height), left, self.summary(trend)
            )
        painter.end()
