"""The marks: movement arrows and a hold's press, sized by the picture, on a halo, in the
accent colour."""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPolygonF, QTransform

from foamroll_gui.core.figure.scene import Arrow
from foamroll_gui.core.illustrations.marks import Press
from foamroll_gui.ui.figure_base import Colours, _circle, _Mapper

#: Marks are sized by the picture, not by the body: readable on a 150 px wide thumbnail.
ARROW_WIDTH = 0.011  # stroke, as a share of the picture's size
ARROW_HEAD = 0.036  # arrowhead length
MIN_ARROW_WIDTH = 3.0  # px
MIN_ARROW_HEAD = 10.0  # px
#: A slide arrow is drawn at least this many arrowheads long (centred on its own middle).
MIN_SLIDE_HEADS = 4.0


def _mark_sizes(rect: QRectF) -> tuple[float, float]:
    """``(stroke, head)`` in pixels for a picture filling ``rect``."""
    size = min(rect.width(), rect.height() * 1.6)
    return max(MIN_ARROW_WIDTH, size * ARROW_WIDTH), max(MIN_ARROW_HEAD, size * ARROW_HEAD)


def _direction(a: QPointF, b: QPointF) -> float:
    """Screen degrees from ``a`` towards ``b``."""
    return math.degrees(math.atan2(b.y() - a.y(), b.x() - a.x()))


def _paint_arrow(
    painter: QPainter,
    m: _Mapper,
    arrow: Arrow,
    colours: Colours,
    sizes: tuple[float, float],
    picture: QRectF | None = None,
) -> None:
    """The movement in the accent colour, on a halo of the background: a double arrow for a
    slide, a double arc for a bend, a ring round the limb for a turn about its own axis (seen in
    perspective: its front solid with a head at each end, its back thin and dashed; the front
    alone read as "rock" or "move up and down" in review) and a three-quarter circle with one
    head for circles. Never a solid closed hoop.

    An arc is at least :data:`MIN_ARC_HEADS` arrowheads in radius, so it reads on a thumbnail,
    but never so big that it or its heads leave ``picture`` (the picture's rect): on a small
    picture that minimum is larger than the arc's radius in centimetres, which the framing
    allows for, and the arc was cut off at the top (round 7)."""
    width, head = sizes
    halo = QPen(colours.background, width + max(3.0, width * 0.9))
    halo.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen = QPen(colours.accent, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if arrow.kind == "slide":
        shape = _slide_shape(m, arrow, head)
    else:
        r = max(m.length(arrow.radius), MIN_ARC_HEADS * head)
        shape = _arc_shape(m, arrow, r)
        while (
            picture is not None
            and not _inside(shape, picture, head, halo.widthF(), _back(m, arrow, r))
            and r > MIN_FIT_SHARE * head
        ):
            r *= 0.92
            shape = _arc_shape(m, arrow, r)
    if shape is None:
        return
    path, tips = shape
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if arrow.kind == "turn":  # the ring's back, thin and dashed: a ring round the limb
        back = QPen(colours.accent, max(1.5, width * 0.5))
        back.setDashPattern([2.0, 2.0])
        back.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(back)
        painter.drawPath(_back(m, arrow, r))
    for p_pen in (halo, pen):
        painter.setPen(p_pen)
        painter.drawPath(path)
    _arrow_heads(painter, tips, head, colours)
    painter.restore()


#: An arc's radius is at least this many arrowheads (in pixels), unless the picture is too small.
MIN_ARC_HEADS = 1.6
#: ...and shrinks to fit its picture down to no less than this many arrowheads.
MIN_FIT_SHARE = 0.5

_Shape = tuple[QPainterPath, list[tuple[QPointF, float]]]  # the line; (tip, screen degrees)


def _slide_shape(m: _Mapper, arrow: Arrow, head: float) -> _Shape | None:
    """A slide's straight double arrow, at least :data:`MIN_SLIDE_HEADS` heads long."""
    p0, p1 = m.point(*arrow.start), m.point(*arrow.end)
    length = math.hypot(p1.x() - p0.x(), p1.y() - p0.y())
    if length < 1.0:
        return None
    wanted = max(length, MIN_SLIDE_HEADS * head)
    grow = (wanted - length) / 2 / length
    dx, dy = p1.x() - p0.x(), p1.y() - p0.y()
    p0 = QPointF(p0.x() - dx * grow, p0.y() - dy * grow)
    p1 = QPointF(p1.x() + dx * grow, p1.y() + dy * grow)
    path = QPainterPath()
    path.moveTo(p0)
    path.lineTo(p1)
    angle = _direction(p0, p1)
    return path, [(p1, angle), (p0, angle + 180.0)]


def _arc_shape(m: _Mapper, arrow: Arrow, r: float) -> _Shape:
    """A turn, bend or circle arc of ``r`` pixels, in picture pixels, with its heads' tips."""
    centre = m.point(*arrow.start)
    path = QPainterPath()
    if arrow.kind == "turn":
        # the front of a ring round the limb, seen in perspective (the limb's axis along the
        # local x): it crosses the limb and wraps a little past both its edges
        path.arcMoveTo(_turn_ring(r), TURN_FRONT)
        path.arcTo(_turn_ring(r), TURN_FRONT, -2.0 * TURN_FRONT)
        path = _turn_transform(centre, arrow).map(path)
    else:
        if arrow.kind == "circle":
            start, sweep = 60.0, 270.0
        else:
            start, sweep = arrow.angles
            sweep = sweep - start
        path.arcMoveTo(_circle(centre, r), start)
        path.arcTo(_circle(centre, r), start, sweep)
    end, before = path.currentPosition(), path.pointAtPercent(0.96)
    first, after = path.pointAtPercent(0.0), path.pointAtPercent(0.04)
    tips = [(end, _direction(before, end))]
    if arrow.kind != "circle":
        tips.append((first, _direction(after, first)))
    return path, tips


#: A turn ring's half-width along the limb and across it, in its radius (seen in perspective),
#: and how far its solid front runs each way round from the middle (degrees): past the edges.
TURN_ALONG, TURN_ACROSS, TURN_FRONT = 0.55, 1.1, 105.0


def _turn_ring(r: float) -> QRectF:
    return QRectF(-r * TURN_ALONG, -r * TURN_ACROSS, 2 * r * TURN_ALONG, 2 * r * TURN_ACROSS)


def _turn_transform(centre: QPointF, arrow: Arrow) -> QTransform:
    turn = QTransform()
    turn.translate(centre.x(), centre.y())
    turn.rotate(-arrow.angles[0])
    return turn


def _back(m: _Mapper, arrow: Arrow, r: float) -> QPainterPath:
    """The back of a turn's ring (behind the limb), to be drawn thin and dashed; nothing for
    other marks."""
    path = QPainterPath()
    if arrow.kind != "turn":
        return path
    path.arcMoveTo(_turn_ring(r), TURN_FRONT)
    path.arcTo(_turn_ring(r), TURN_FRONT, 360.0 - 2.0 * TURN_FRONT)
    return _turn_transform(m.point(*arrow.start), arrow).map(path)


def _inside(shape: _Shape, picture: QRectF, head: float, halo: float, back: QPainterPath) -> bool:
    """Whether a mark's line (with its halo), heads and ``back`` (a turn ring's) lie inside
    ``picture``, a pixel in."""
    path, tips = shape
    box = path.boundingRect().adjusted(-halo / 2, -halo / 2, halo / 2, halo / 2)
    if not back.isEmpty():
        box = box.united(back.boundingRect())
    edge = max(1.5, head * 0.16) / 2
    for tip, angle in tips:
        box = box.united(_head(tip, angle, head).boundingRect().adjusted(-edge, -edge, edge, edge))
    return picture.adjusted(1.0, 1.0, -1.0, -1.0).contains(box)


def _head(tip: QPointF, angle: float, size: float) -> QPolygonF:
    """An arrowhead at ``tip`` pointing ``angle`` screen degrees."""
    a = math.radians(angle)
    back = QPointF(tip.x() - math.cos(a) * size * 0.3, tip.y() - math.sin(a) * size * 0.3)
    point = QPointF(tip.x() + math.cos(a) * size * 0.7, tip.y() + math.sin(a) * size * 0.7)
    left = QPointF(
        back.x() + math.cos(a + 2.5) * size * 0.6, back.y() + math.sin(a + 2.5) * size * 0.6
    )
    right = QPointF(
        back.x() + math.cos(a - 2.5) * size * 0.6, back.y() + math.sin(a - 2.5) * size * 0.6
    )
    return QPolygonF([point, left, right])


def _arrow_heads(
    painter: QPainter, tips: Iterable[tuple[QPointF, float]], size: float, colours: Colours
) -> None:
    painter.setPen(QPen(colours.background, max(1.5, size * 0.16)))
    painter.setBrush(colours.accent)
    for tip, angle in tips:
        painter.drawPolygon(_head(tip, angle, size))


#: The press arrow's length, in arrowheads, and its gap above the body.
PRESS_HEADS = 3.0
PRESS_GAP = 0.2


def paint_press(
    painter: QPainter,
    m: _Mapper,
    press: Press,
    colours: Colours,
    sizes: tuple[float, float],
    *,
    from_above: bool,
) -> None:
    """A hold's mark on the target over the roller, in the movement's colours: a short arrow
    pressing down onto it, from above too (its tip on the target over the roller's axis; a
    pulse of rings there read as "make circles here"), or a pulse spreading from where a back
    sinks into the roller."""
    width, head = sizes
    halo = QPen(colours.background, width + max(3.0, width * 0.9))
    halo.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen = QPen(colours.accent, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if press.sink:  # the back sinking into the roller: a pulse spreading from where they meet
        centre = m.point(press.x, press.y - press.radius)
        for r, k in ((head * 0.9, 0.9), (head * 1.6, 0.65)):
            thin = max(1.5, width * k)
            rect = _circle(centre, r)
            for p_pen in (
                QPen(colours.background, thin + max(2.0, thin)),
                QPen(colours.accent, thin),
            ):
                p_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(p_pen)
                painter.drawArc(rect, 25 * 16, 130 * 16)
        painter.restore()
        return
    if from_above:  # the tip on the target where it crosses the roller's axis
        tip = m.point(press.x, press.y)
    else:  # the tip just above the top of the target (or of its half on the roller)
        top = m.point(press.x, press.top)
        tip = QPointF(top.x(), top.y() - head * PRESS_GAP)
    tail = QPointF(
        tip.x(), max(painter.clipBoundingRect().top() + width, tip.y() - head * PRESS_HEADS)
    )
    if tip.y() - tail.y() < head * 1.2:  # no room above: press from the side is unclear, skip
        painter.restore()
        return
    shaft_end = QPointF(tip.x(), tip.y() - head * 0.6)
    painter.setPen(halo)
    painter.drawLine(tail, shaft_end)
    _arrow_heads(painter, [(QPointF(tip.x(), tip.y() - head * 0.7), 90.0)], head, colours)
    painter.setPen(pen)  # over the head's halo, so the shaft runs into the head unbroken
    painter.drawLine(tail, shaft_end)
    painter.restore()
