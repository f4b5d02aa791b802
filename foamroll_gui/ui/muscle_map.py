"""The clickable body map: one face (front or back) of the SVG drawing with precise,
shape-based hit-testing.

The drawing comes from our own SVG, rendered crisply by QSvgRenderer at any size. The muscle
regions are the same shapes, read by ``core.bodymap`` and drawn over it as QPainterPaths for
hover, keyboard focus, selection and per-region tints. The code knows region ids, never
coordinates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from foamroll_gui.core.bodymap import BodyMap, Region
from foamroll_gui.ui.qt_keys import fill_path, set_by_key, solid_pen

_MARGIN = 8.0


def region_path(region: Region) -> QPainterPath:
    """The region's outline in SVG (viewBox) coordinates."""
    path = QPainterPath()  # odd-even filled: the shipped outlines do not overlap themselves
    for command in region.commands:
        if command.op == "M":
            path.moveTo(*command.points)
        elif command.op == "L":
            path.lineTo(*command.points)
        elif command.op == "C":
            path.cubicTo(*command.points)
        else:
            path.closeSubpath()
    return path


class MuscleMapWidget(QWidget):
    """One face (front or back) of the body map.

    Emits ``region_clicked(muscle_id, side)`` for a click, Enter or Space on a region.
    """

    region_clicked = Signal(str, str)

    def __init__(
        self,
        body_map: BodyMap,
        svg_path: Path,
        names: Mapping[str, str],
        parent: QWidget | None = None,
        *,
        interactive: bool = True,
    ) -> None:
        super().__init__(parent)
        self.body_map = body_map
        self._svg_path = svg_path
        self._renderer: QSvgRenderer | None = None  # parsed on first paint, not at start-up
        self._names = dict(names)
        self._interactive = interactive
        #: each region's outline, made when first drawn or hit-tested (a first frame with
        #: nothing selected draws none)
        self._paths: dict[str, QPainterPath] = {}
        self._reading: list[int] | None = None
        self._hovered: str | None = None
        self._focused: int | None = None
        self._selected_muscle: str | None = None
        self._selected_side: str | None = None
        self._tints: dict[str, QColor] = {}
        self._legend: tuple[tuple[QColor | None, str], ...] = ()
        self.setMouseTracking(interactive)
        set_by_key(self, "focusPolicy", "StrongFocus" if interactive else "NoFocus")
        self.setAutoFillBackground(True)  # the Window colour behind the drawing
        view_name = self.tr("front") if body_map.face == "front" else self.tr("back")
        self._view_name = self.tr("Body map, {0} view").format(view_name)
        self.setAccessibleName(self._view_name)
        if interactive:
            self.setAccessibleDescription(
                self.tr(
                    "Arrow keys move between muscles; Enter shows how to roll one; Tab "
                    "leaves the map."
                )
            )

    # -- public -----------------------------------------------------------------------------
    def region_ids(self) -> list[str]:
        """Region ids in keyboard order: top to bottom, then left to right on screen."""
        return [self.body_map.regions[i].id for i in self._order_of_reading()]

    def focused_region(self) -> str | None:
        return None if self._focused is None else self.body_map.regions[self._focused].id

    def hovered_region(self) -> str | None:
        return self._hovered

    def region_name(self, region_id: str) -> str:
        region = self.body_map.region(region_id)
        side = self.tr("left") if region.side == "left" else self.tr("right")
        # "Shins (tibialis anterior), right": a name may hold brackets of its own
        return self.tr("{0}, {1}").format(self._names.get(region.muscle, region.muscle), side)

    def set_selected(self, muscle_id: str | None, side: str | None = None) -> None:
        self._selected_muscle, self._selected_side = muscle_id, side
        self.update()

    def set_region_colors(self, colors: Mapping[str, QColor]) -> None:
        """Tint regions (keyed by region id), e.g. by how often each was rolled."""
        self._tints = dict(colors)
        self.update()

    def region_color(self, region_id: str) -> QColor | None:
        """The tint a region is painted with, or None."""
        return self._tints.get(region_id)

    def set_legend(self, items: Sequence[tuple[QColor | None, str]]) -> None:
        """A key of the tints, painted in the bottom-left corner: (colour, words) pairs; a
        None colour is drawn as an empty box (e.g. "never rolled"). Empty: no legend."""
        self._legend = tuple(items)
        self.update()

    def legend(self) -> tuple[tuple[QColor | None, str], ...]:
        return self._legend

    def transform(self) -> QTransform:
        """Maps SVG (viewBox) coordinates to widget pixels, keeping the aspect ratio."""
        drawing = self.body_map
        avail = QRectF(self.rect()).adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        scale = max(1e-6, min(avail.width() / drawing.width, avail.height() / drawing.height))
        dx = avail.left() + (avail.width() - drawing.width * scale) / 2 - drawing.x * scale
        dy = avail.top() + (avail.height() - drawing.height * scale) / 2 - drawing.y * scale
        return QTransform(scale, 0, 0, scale, dx, dy)

    def region_at(self, point: QPointF) -> str | None:
        """The topmost region whose shape contains a widget point, or None."""
        inverted, ok = self.transform().inverted()
        if not ok:
            return None
        local = inverted.map(point)
        for region in reversed(self.body_map.regions):
            if self._path(region.id).contains(local):
                return region.id
        return None

    def widget_path(self, region_id: str) -> QPainterPath:
        """A region's shape in widget pixels (for tests and tooltips)."""
        return self.transform().map(self._path(region_id))

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        transform = self.transform()
        drawing = self.body_map
        if self._renderer is None:
            self._renderer = QSvgRenderer(str(self._svg_path), self)
        target = transform.mapRect(QRectF(drawing.x, drawing.y, drawing.width, drawing.height))
        self._renderer.render(painter, target)

        accent = palette.color(QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.Text)
        painter.setTransform(transform)
        scale = transform.m11()
        for region in drawing.regions:
            tint = self._tints.get(region.id)
            selected = region.muscle == self._selected_muscle
            if tint is None and not selected and region.id != self._hovered:
                continue
            path = self._path(region.id)
            if tint is not None:
                painter.fillPath(path, tint)
            # (pens and fills made as the first frame needs them: see ui/qt_keys.py)
            if selected:
                fill_path(
                    painter, path, accent, 0.85 if region.side == self._selected_side else 0.7
                )
                painter.strokePath(path, solid_pen(accent.darker(140), 2.2 / scale))
            elif region.id == self._hovered:
                fill_path(painter, path, accent, 0.4)
                painter.strokePath(path, solid_pen(accent, 1.5 / scale))
        focused = self.focused_region()
        if focused is not None and self.hasFocus():
            base = palette.color(QPalette.ColorRole.Base)
            painter.strokePath(self._path(focused), QPen(base, 5.0 / scale))
            painter.strokePath(self._path(focused), QPen(text, 2.5 / scale))
        painter.resetTransform()
        if focused is not None and self.hasFocus():
            self._paint_focus_name(painter, focused, transform)
        self._paint_legend(painter)
        painter.end()

    def _paint_focus_name(self, painter: QPainter, region_id: str, transform: QTransform) -> None:
        """The focused region's name in a label beside it, so keyboard users see where they are."""
        palette = self.palette()
        name = self.region_name(region_id)
        box = transform.mapRect(self._path(region_id).boundingRect())
        metrics = painter.fontMetrics()
        width, height = metrics.horizontalAdvance(name) + 12, metrics.height() + 6
        x = min(max(2.0, box.center().x() - width / 2), self.width() - width - 2.0)
        y = (
            box.bottom() + 4
            if box.bottom() + height + 4 < self.height()
            else box.top() - height - 4
        )
        label = QRectF(x, y, width, height)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.ToolTipBase))
        painter.drawRoundedRect(label, 4, 4)
        painter.setPen(palette.color(QPalette.ColorRole.ToolTipText))
        painter.drawText(label, QtCore.Qt.AlignmentFlag.AlignCenter, name)

    def _paint_legend(self, painter: QPainter) -> None:
        if not self._legend:
            return
        palette = self.palette()
        line = painter.fontMetrics().height() + 2
        box = line - 6
        width = max(painter.fontMetrics().horizontalAdvance(t) for _, t in self._legend)
        frame = QRectF(4, self.height() - 8 - line * len(self._legend), width + box + 16, 0)
        frame.setBottom(self.height() - 4)
        background = QColor(palette.color(QPalette.ColorRole.Window))
        background.setAlphaF(0.85)
        painter.fillRect(frame, background)
        for row, (colour, words) in enumerate(self._legend):
            top = frame.top() + 2 + row * line
            swatch = QRectF(frame.left() + 4, top + 3, box, box)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1))
            painter.setBrush(colour if colour is not None else QtCore.Qt.BrushStyle.NoBrush)
            painter.drawRect(swatch)
            painter.drawText(
                QRectF(swatch.right() + 6, top, width + 4, line),
                QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter,
                words,
            )

    def sizeHint(self) -> QSize:
        return QSize(260, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(150, 330)

    # -- mouse ------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._set_hovered(self.region_at(event.position()))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hovered(None)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        region_id = self.region_at(event.position()) if self._interactive else None
        if region_id is None or event.button() != QtCore.Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._focused = next(i for i, r in enumerate(self.body_map.regions) if r.id == region_id)
        self._activate(region_id)

    def _set_hovered(self, region_id: str | None) -> None:
        if not self._interactive or region_id == self._hovered:
            return
        self._hovered = region_id
        self.setToolTip(self.region_name(region_id) if region_id else "")
        self.setCursor(
            QtCore.Qt.CursorShape.PointingHandCursor
            if region_id
            else QtCore.Qt.CursorShape.ArrowCursor
        )
        self.update()

    # -- keyboard ---------------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        # The map is one Tab stop: focus lands on the selected muscle, else where it last was,
        # else the first region in reading order; arrow keys move inside the map.
        if self._order_of_reading():
            selected = [
                i
                for i, r in enumerate(self.body_map.regions)
                if r.muscle == self._selected_muscle
                and (self._selected_side is None or r.side == self._selected_side)
            ]
            if selected:
                self._move_focus_to(selected[0])
            elif self._focused is None:
                self._move_focus_to(self._order_of_reading()[0])
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        directions = {
            QtCore.Qt.Key.Key_Left: (-1.0, 0.0),
            QtCore.Qt.Key.Key_Right: (1.0, 0.0),
            QtCore.Qt.Key.Key_Up: (0.0, -1.0),
            QtCore.Qt.Key.Key_Down: (0.0, 1.0),
        }
        if key in directions:
            if self._focused is None and self._order_of_reading():
                self._move_focus_to(self._order_of_reading()[0])
            elif self._focused is not None:
                nearest = self._nearest(self._focused, *directions[QtCore.Qt.Key(key)])
                if nearest is not None:
                    self._move_focus_to(nearest)
            return
        if key in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter, QtCore.Qt.Key.Key_Space):
            focused = self.focused_region()
            if focused is not None:
                self._activate(focused)
                return
        super().keyPressEvent(event)

    def _nearest(self, index: int, dx: float, dy: float) -> int | None:
        """The region most nearly in the direction (dx, dy) from ``index`` on the screen:
        among those within 45 degrees of it, the nearest, a sideways offset counting three
        times a step ahead (Down from the quadriceps is the shin below, not the IT band
        beside them). None at the edge of the map."""
        centres = [self._path(r.id).boundingRect().center() for r in self.body_map.regions]
        here = centres[index]
        best: tuple[float, int] | None = None
        for other, centre in enumerate(centres):
            ahead = (centre.x() - here.x()) * dx + (centre.y() - here.y()) * dy
            across = abs((centre.x() - here.x()) * dy - (centre.y() - here.y()) * dx)
            if other == index or ahead <= 1.0 or across > ahead:
                continue
            score = ahead + 3.0 * across
            if best is None or score < best[0]:
                best = (score, other)
        return None if best is None else best[1]

    def _move_focus_to(self, index: int) -> None:
        self._focused = index
        region_id = self.body_map.regions[index].id
        # Screen readers announce the focused muscle: the name changes with the focus ring
        # (Qt sends the NameChanged accessibility event for us).
        self.setAccessibleName(f"{self.region_name(region_id)}, {self._view_name}")
        self.update()

    def _activate(self, region_id: str) -> None:
        region = self.body_map.region(region_id)
        self.region_clicked.emit(region.muscle, region.side)

    def _path(self, region_id: str) -> QPainterPath:
        path = self._paths.get(region_id)
        if path is None:
            path = self._paths[region_id] = region_path(self.body_map.region(region_id))
        return path

    def _order_of_reading(self) -> list[int]:
        if self._reading is None:
            self._reading = self._reading_order()
        return self._reading

    def _reading_order(self) -> list[int]:
        """Regions sorted as a reader scans the picture: rows top to bottom, then left to right."""

        def key(index: int) -> tuple[int, float]:
            box = self._path(self.body_map.regions[index].id).boundingRect()
            return round(box.center().y() / 40), box.center().x()

        return sorted(range(len(self.body_map.regions)), key=key)
