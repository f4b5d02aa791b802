"""Paints a step picture: a flat, friendly figure on a foam roller, in the widget's palette.

A body lying along the line of sight is drawn from above (the floor fills the picture, the
roller is a bar); the head shows where the figure looks; far limbs are darker and thinner; a
soft shadow marks every part resting on the floor; arrows are sized by the picture so they read
on a thumbnail, and a picture can be framed to its figure (:func:`picture_aspect`).

:func:`paint_illustration` is a pure function of a :class:`~foamroll_gui.core.figure.scene.Frame`;
:class:`IllustrationWidget` shows one step and animates a moving step back and forth while it
is visible. Time comes from a monotonic clock (injectable for tests); timer ticks only redraw.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QEnterEvent,
    QFocusEvent,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from foamroll_gui.core.content.model import Step
from foamroll_gui.core.figure.facing import eye_directions, head_axes
from foamroll_gui.core.figure.kinematics import Body, Capsule
from foamroll_gui.core.figure.pose import pingpong
from foamroll_gui.core.figure.scene import Arrow, Camera, Frame, Target
from foamroll_gui.core.figure.top_view import RollerFromAbove, drawn_from_above, top_view
from foamroll_gui.core.illustrations.step_poses import TechniquePoses, step_frame
from foamroll_gui.ui.colours import mix

Bounds = tuple[float, float, float, float]


# -- colours ----------------------------------------------------------------------------------
class Colours:
    """The picture's colours, all taken from a palette so light and dark themes both work."""

    def __init__(self, palette: QPalette) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        self.dark = base.lightnessF() < 0.5
        self.background = base
        self.floor = mix(base, text, 0.45)
        self.floor_fill = mix(base, text, 0.07)
        self.shadow = mix(base, text, 0.36 if self.dark else 0.42)
        self.body = mix(base, text, 0.42 if self.dark else 0.45)
        self.far = mix(base, text, 0.2 if self.dark else 0.68)
        self.hair = mix(base, text, 0.62 if self.dark else 0.8)
        self.eye = mix(base, text, 0.0 if self.dark else 0.85)
        self.accent = palette.color(QPalette.ColorRole.Highlight)
        if _too_close(self.accent, self.body):
            self.accent = QColor("#e8590c")
        hue = (self.accent.hslHue() + 165) % 360 if self.accent.hslHue() >= 0 else 190
        self.roller = QColor.fromHsl(hue, 120, 140 if self.dark else 150)
        self.roller_dark = QColor.fromHsl(hue, 110, 90 if self.dark else 105)
        self.roller_core = mix(self.roller_dark, base, 0.35)


def _too_close(a: QColor, b: QColor) -> bool:
    return abs(a.lightnessF() - b.lightnessF()) < 0.08 and a.hslSaturationF() < 0.2


# -- geometry helpers -------------------------------------------------------------------------
def _circle(centre: QPointF, r: float) -> QRectF:
    return QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r)


#: Empty edge around the picture, as a share of its width and height.
MARGIN = 0.035
#: Share of the picture's height above the floor band (the band shows the floor's surface).
FLOOR_SHARE = 0.95
#: Centimetres of free space kept around the body (and its arrow) in the picture.
PAD = 5.0
#: A step picture's height is between these shares of its width (framed to the figure).
ASPECT_RANGE = (0.3, 0.75)


class _Mapper:
    """Centimetres (y up, floor at 0) to pixels in ``rect`` (y down).

    With ``floor`` the floor line sits a little above the bottom edge; without it (a picture
    from above, where the floor is the whole background) the bounds are centred.
    """

    def __init__(self, rect: QRectF, bounds: Bounds, *, floor: bool = True) -> None:
        left, bottom, right, top = bounds
        margin = MARGIN
        width = max(right - left, 1.0)
        height = max(top - bottom, 1.0)
        usable_w = rect.width() * (1 - 2 * margin)
        usable_h = rect.height() * (1 - 2 * margin) * (FLOOR_SHARE if floor else 1.0)
        self.scale = min(usable_w / width, usable_h / height)
        self.ox = rect.center().x() - (left + right) / 2 * self.scale
        if not floor:
            self.oy = rect.center().y() + (bottom + top) / 2 * self.scale
            return
        # keep the floor a little above the bottom edge
        floor_px = rect.bottom() - rect.height() * margin * 1.3
        self.oy = floor_px + bottom * self.scale
        fit_top = self.oy - top * self.scale
        if fit_top < rect.top() + rect.height() * margin:
            self.oy += rect.top() + rect.height() * margin - fit_top

    def point(self, x: float, y: float) -> QPointF:
        return QPointF(self.ox + x * self.scale, self.oy - y * self.scale)

    def length(self, cm: float) -> float:
        return cm * self.scale


def _capsule_path(
    m: _Mapper,
    a: tuple[float, float],
    b: tuple[float, float],
    ra: float,
    rb: float,
    steps: int = 10,
) -> QPainterPath:
    """A rounded, possibly tapered limb: one closed outline, always wound the same way."""
    pa, pb = m.point(*a), m.point(*b)
    ra_px, rb_px = max(0.5, m.length(ra)), max(0.5, m.length(rb))
    dx, dy = pb.x() - pa.x(), pb.y() - pa.y()
    axis = math.atan2(dy, dx) if math.hypot(dx, dy) > 1e-6 else 0.0
    points: list[QPointF] = []
    # half circle around b (from one side through the tip), then around a (through the heel)
    for centre, r, start in ((pb, rb_px, axis - math.pi / 2), (pa, ra_px, axis + math.pi / 2)):
        for i in range(steps + 1):
            angle = start + math.pi * i / steps
            points.append(
                QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))
            )
    path = QPainterPath()
    path.addPolygon(QPolygonF(points))
    path.closeSubpath()
    return path


def _sub_capsule(
    c: Capsule, start: float, end: float
) -> tuple[tuple[float, float], tuple[float, float], float, float]:
    pa, pb = c.point_at(start), c.point_at(end)
    return (pa.x, pa.y), (pb.x, pb.y), c.radius_at(start), c.radius_at(end)


# -- painting ---------------------------------------------------------------------------------
def paint_illustration(
    painter: QPainter,
    rect: QRectF,
    frame: Frame,
    palette: QPalette,
    *,
    bounds: Bounds | None = None,
    background: bool = True,
    spin: float = 0.0,
) -> None:
    """Paint ``frame`` into ``rect``.

    ``bounds`` (left, bottom, right, top in cm) fixes the scale, so an animated step does not
    zoom as it moves; by default the frame's own bounds. ``spin`` turns the roller's texture
    (degrees), so it visibly rolls as the body slides.
    """
    colours = Colours(palette)
    from_above = drawn_from_above(frame)
    box = _padded(bounds or drawn_bounds(frame), floor=not from_above)
    m = _Mapper(rect, box, floor=not from_above)
    outline_px = max(0.8, m.length(1.0))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setClipRect(rect)
    if background:
        painter.fillRect(rect, colours.background)
    arrow = frame.arrow
    # The roller goes first: whatever rests on it sinks in a little and must read as on top.
    if from_above:
        view = top_view(frame)
        painter.fillRect(rect, colours.floor_fill)  # from above the floor is everywhere
        _paint_load_points(painter, m, view.body, colours, from_above=True)
        _paint_roller_from_above(painter, m, view.roller, colours, spin)
        _paint_body(painter, m, view.body, view.target, "top", view.mirrored, colours, outline_px)
        arrow = view.arrow
    else:
        _paint_floor(painter, rect, m, colours)
        _paint_load_points(painter, m, frame.body, colours, from_above=False)
        _paint_roller(painter, m, frame, colours, spin)
        _paint_body(
            painter, m, frame.body, frame.target, frame.camera, frame.mirrored, colours, outline_px
        )
    if arrow is not None:
        _paint_arrow(painter, m, arrow, colours, _mark_sizes(rect))
    painter.restore()


def drawn_bounds(frame: Frame) -> Bounds:
    """``(left, bottom, right, top)`` of the frame as drawn (from above where it is), its
    movement arrow included."""
    if drawn_from_above(frame):
        view = top_view(frame)
        box, arrow = view.bounds(), view.arrow
    else:
        box, arrow = frame.bounds(), frame.arrow
    if arrow is None:
        return box
    left, bottom, right, top = box
    # a slide from its start to its end, a bend along its arc (each with room for the heads),
    # a turn or circle all round its centre
    reach = 4.0
    if arrow.kind == "slide":
        ends = [arrow.start, arrow.end]
    elif arrow.kind == "bend":
        a0, a1 = arrow.angles
        cx, cy = arrow.start
        ends = [
            (
                cx + arrow.radius * math.cos(math.radians(a0 + (a1 - a0) * i / 12)),
                cy + arrow.radius * math.sin(math.radians(a0 + (a1 - a0) * i / 12)),
            )
            for i in range(13)
        ]
    else:
        ends, reach = [arrow.start], arrow.radius
    xs = [x for x, _ in ends]
    ys = [y for _, y in ends]
    return (
        min(left, *(x - reach for x in xs)),
        min(bottom, *(y - reach for y in ys)),
        max(right, *(x + reach for x in xs)),
        max(top, *(y + reach for y in ys)),
    )


def picture_aspect(bounds: Bounds, *, floor: bool = True) -> float:
    """Height over width of a picture framed to ``bounds`` (a step's, from
    :func:`step_bounds`): the figure then fills the picture's height as well as its width."""
    left, bottom, right, top = _padded(bounds, floor=floor)
    share = FLOOR_SHARE if floor else 1.0
    aspect = (top - bottom) / max(right - left, 1.0) / share
    low, high = ASPECT_RANGE
    return max(low, min(high, aspect))


def _padded(bounds: Bounds, *, floor: bool = True) -> Bounds:
    left, bottom, right, top = bounds
    pad = PAD
    if not floor:
        return (left - pad, bottom - pad, right + pad, top + pad)
    return (left - pad, min(bottom, 0.0) - 1.0, right + pad, top + pad)


def _paint_floor(painter: QPainter, rect: QRectF, m: _Mapper, colours: Colours) -> None:
    y = m.point(0, 0).y()
    painter.fillRect(QRectF(rect.left(), y, rect.width(), rect.bottom() - y), colours.floor_fill)
    pen = QPen(colours.floor, max(1.0, m.length(1.0)))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))


#: A part whose underside is this close to the floor (cm) rests on it and carries weight.
LOAD_GAP = 1.6


def load_stretches(body: Body, *, height_axis: str = "y") -> list[tuple[Capsule, float, float]]:
    """``(capsule, t0, t1)``: the stretch of every limb or the pelvis that rests on the floor
    (``height_axis`` is ``y`` in a picture from the side, ``z`` in one from above)."""
    found: list[tuple[Capsule, float, float]] = []
    for c in body.capsules:
        if c.name in ("torso", "neck", "head"):
            continue
        # the underside's height is linear along the capsule: solve where it is low enough
        low_a = getattr(c.a, height_axis) - c.ra - LOAD_GAP
        low_b = getattr(c.b, height_axis) - c.rb - LOAD_GAP
        if low_a > 0 and low_b > 0:
            continue
        if low_a <= 0 and low_b <= 0:
            found.append((c, 0.0, 1.0))
        else:
            t = low_a / (low_a - low_b)
            found.append((c, 0.0, t) if low_a <= 0 else (c, t, 1.0))
    return found


def _paint_load_points(
    painter: QPainter, m: _Mapper, body: Body, colours: Colours, *, from_above: bool
) -> None:
    """A soft contact shadow where a hand, forearm, foot, knee or seat rests on the floor: on
    the floor line from the side, a drop shadow under the part from above."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.shadow)
    for c, t0, t1 in load_stretches(body, height_axis="z" if from_above else "y"):
        a, b = c.point_at(t0), c.point_at(t1)
        if from_above:
            grow, dx, dy = 1.2, 1.6, -1.6  # a little larger, and offset as if lit from above
            painter.drawPath(
                _capsule_path(
                    m,
                    (a.x + dx, a.y + dy),
                    (b.x + dx, b.y + dy),
                    c.radius_at(t0) * grow,
                    c.radius_at(t1) * grow,
                    steps=4,  # a soft shadow needs no round ends
                )
            )
            continue
        r = max(c.radius_at(t0), c.radius_at(t1))
        left, right = min(a.x, b.x) - r * 0.8, max(a.x, b.x) + r * 0.8
        half = max(2.5, m.length(1.6))
        y = m.point(0.0, 0.0).y() + half * 0.45  # mostly below the floor line, so it shows
        painter.drawEllipse(
            QRectF(m.point(left, 0).x(), y - half, m.length(right - left), 2 * half)
        )


#: Far limbs (behind the body, or the person's other side) are drawn this much thinner, and
#: darker, so near and far can be told apart at a glance.
FAR_THICKNESS = 0.84

#: Parts drawn as one silhouette each, so a limb shows no seams at its joints.
GROUPS: tuple[tuple[str, ...], ...] = (
    ("far_upper_arm", "far_forearm", "far_hand"),
    ("far_thigh", "far_shin", "far_foot"),
    ("pelvis", "torso", "neck"),
    ("head",),
    ("near_thigh", "near_shin", "near_foot"),
    ("near_upper_arm", "near_forearm", "near_hand"),
)


def _paint_body(
    painter: QPainter,
    m: _Mapper,
    body: Body,
    target: Target,
    camera: Camera,
    mirrored: bool,
    colours: Colours,
    outline_px: float,
) -> None:
    capsules = {c.name: c for c in body.capsules}

    def depth(group: tuple[str, ...]) -> float:
        return sum(capsules[name].depth_order for name in group) / len(group)

    order = sorted(range(len(GROUPS)), key=lambda i: (round(depth(GROUPS[i]), 1), i))
    outline = QPen(colours.background, 2 * outline_px)
    outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for index in order:
        group = GROUPS[index]
        if group == ("head",):
            _paint_head(painter, m, body, camera, mirrored, colours, outline)
            continue
        far = group[0].startswith("far_")
        k = FAR_THICKNESS if far else 1.0
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        for name in group:
            c = capsules[name]
            path.addPath(_capsule_path(m, (c.a.x, c.a.y), (c.b.x, c.b.y), c.ra * k, c.rb * k))
        path = path.simplified()  # one silhouette: no seams inside the limb
        painter.strokePath(path, outline)
        painter.fillPath(path, colours.far if far else colours.body)
        if target.segment in group:
            a, b, ra, rb = _sub_capsule(capsules[target.segment], target.start, target.end)
            inset = 0.8
            painter.fillPath(
                _capsule_path(m, a, b, max(0.5, ra * k - inset), max(0.5, rb * k - inset)),
                colours.accent,
            )


def _paint_head(
    painter: QPainter,
    m: _Mapper,
    body: Body,
    camera: Camera,
    mirrored: bool,
    colours: Colours,
    outline: QPen,
) -> None:
    head = body.capsule("head")
    centre = m.point(head.a.x, head.a.y)
    r = m.length(head.ra)
    up, face = head_axes(body, camera, mirrored)
    skull = QPainterPath()
    skull.addEllipse(_circle(centre, r))
    painter.strokePath(skull, outline)
    # the nose: a bump on the rim where the face looks across the picture
    across = math.hypot(face.x, face.y)
    if across > 0.5 and face.z > -0.6:
        nose = QPainterPath()
        tip = QPointF(centre.x() + face.x * r * 0.95, centre.y() - face.y * r * 0.95)
        nose.addEllipse(_circle(tip, r * 0.22))
        painter.strokePath(nose, outline)
        painter.fillPath(nose, colours.body)
    painter.fillPath(skull, colours.body)
    # hair on the back of the head and the crown: all of the head but a disc moved towards
    # the face (and away from the crown); the more the face turns away, the further it moves
    fx, fy = (face.x / across, face.y / across) if across > 1e-6 else (0.0, 0.0)
    shift = (1.0 - face.z) * 0.68
    face_disc = QPainterPath()
    face_disc.addEllipse(
        _circle(
            QPointF(
                centre.x() + r * (shift * fx - 0.25 * up.x),
                centre.y() - r * (shift * fy - 0.25 * up.y),
            ),
            r,
        )
    )
    painter.fillPath(skull.subtracted(face_disc), colours.hair)
    if r > 5:
        for eye in eye_directions(up, face):
            if eye.z > 0.1:  # on the side of the head that is seen
                spot = QPainterPath()
                where = QPointF(centre.x() + eye.x * r * 0.8, centre.y() - eye.y * r * 0.8)
                spot.addEllipse(_circle(where, r * 0.12))
                painter.fillPath(spot, colours.eye)


def _paint_roller(
    painter: QPainter, m: _Mapper, frame: Frame, colours: Colours, spin: float
) -> None:
    roller = frame.roller
    centre = m.point(*roller.centre)
    r = m.length(roller.radius)
    painter.setPen(QPen(colours.roller_dark, max(1.0, r * 0.08)))
    painter.setBrush(colours.roller)
    painter.drawEllipse(_circle(centre, r))
    # knobbly texture: a ring of bumps that turns with the roll, and the hollow core
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.roller_dark)
    knobs = 10
    for i in range(knobs):
        angle = math.radians(spin + i * 360.0 / knobs)
        kx = centre.x() + math.cos(angle) * r * 0.68
        ky = centre.y() - math.sin(angle) * r * 0.68
        painter.drawEllipse(_circle(QPointF(kx, ky), r * 0.12))
    painter.setBrush(colours.roller_core)
    painter.setPen(QPen(colours.roller_dark, max(1.0, r * 0.06)))
    painter.drawEllipse(_circle(centre, r * 0.36))


def _paint_roller_from_above(
    painter: QPainter, m: _Mapper, roller: RollerFromAbove, colours: Colours, spin: float
) -> None:
    """A roller lying along the picture seen from above: a long bar with round-shaded sides
    and rows of knobs that travel across it as it turns."""
    left, bottom, right, top = roller.box
    box = QRectF(m.point(left, top), m.point(right, bottom))
    r = box.height() / 2
    painter.setPen(QPen(colours.roller_dark, max(1.0, r * 0.12)))
    painter.setBrush(colours.roller)
    painter.drawRoundedRect(box, r * 0.35, r * 0.35)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.roller_dark)
    rows = max(2, round(roller.length / 6.0))
    step = box.width() / rows
    for k in range(8):
        angle = math.radians(spin + k * 45.0)
        if math.sin(angle) <= 0.15:  # on the underside: hidden
            continue
        y = box.center().y() - math.cos(angle) * r * 0.78
        size = r * 0.16 * math.sin(angle) ** 0.5
        for i in range(rows):
            x = box.left() + step * (i + (0.25 if k % 2 else 0.75))
            painter.drawEllipse(_circle(QPointF(x, y), size))


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
    painter: QPainter, m: _Mapper, arrow: Arrow, colours: Colours, sizes: tuple[float, float]
) -> None:
    """The movement in the accent colour, on a halo of the background: a double arrow for a
    slide, a double arc for a bend, an open arc across the limb for a turn about its own axis
    and a three-quarter circle with one head for circles. Never a closed hoop."""
    width, head = sizes
    halo = QPen(colours.background, width + max(3.0, width * 0.9))
    halo.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen = QPen(colours.accent, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    path = QPainterPath()
    tips: list[tuple[QPointF, float]] = []  # (tip, direction in screen degrees)
    painter.save()
    if arrow.kind == "slide":
        p0, p1 = m.point(*arrow.start), m.point(*arrow.end)
        length = math.hypot(p1.x() - p0.x(), p1.y() - p0.y())
        if length < 1.0:
            painter.restore()
            return
        wanted = max(length, MIN_SLIDE_HEADS * head)
        grow = (wanted - length) / 2 / length
        dx, dy = p1.x() - p0.x(), p1.y() - p0.y()
        p0 = QPointF(p0.x() - dx * grow, p0.y() - dy * grow)
        p1 = QPointF(p1.x() + dx * grow, p1.y() + dy * grow)
        path.moveTo(p0)
        path.lineTo(p1)
        angle = _direction(p0, p1)
        tips = [(p1, angle), (p0, angle + 180.0)]
    else:
        centre = m.point(*arrow.start)
        r = max(m.length(arrow.radius), 1.6 * head)
        if arrow.kind == "turn":
            # an open arc wrapping across the limb (the limb's axis along the local x)
            painter.translate(centre)
            painter.rotate(-arrow.angles[0])
            ring = QRectF(-r * 0.55, -r * 1.1, r * 1.1, r * 2.2)
            path.arcMoveTo(ring, 105.0)
            path.arcTo(ring, 105.0, -210.0)
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
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for p_pen in (halo, pen):
        painter.setPen(p_pen)
        painter.drawPath(path)
    _arrow_heads(painter, tips, head, colours)
    painter.restore()


def _arrow_heads(
    painter: QPainter, tips: Iterable[tuple[QPointF, float]], size: float, colours: Colours
) -> None:
    painter.setPen(QPen(colours.background, max(1.5, size * 0.16)))
    painter.setBrush(colours.accent)
    for tip, angle in tips:
        a = math.radians(angle)
        back = QPointF(tip.x() - math.cos(a) * size * 0.3, tip.y() - math.sin(a) * size * 0.3)
        point = QPointF(tip.x() + math.cos(a) * size * 0.7, tip.y() + math.sin(a) * size * 0.7)
        left = QPointF(
            back.x() + math.cos(a + 2.5) * size * 0.6, back.y() + math.sin(a + 2.5) * size * 0.6
        )
        right = QPointF(
            back.x() + math.cos(a - 2.5) * size * 0.6, back.y() + math.sin(a - 2.5) * size * 0.6
        )
        painter.drawPolygon(QPolygonF([point, left, right]))


def step_bounds(poses: TechniquePoses, step_id: str, side: str | None = None) -> Bounds:
    """Bounds covering a step's whole movement, so its picture keeps one scale.

    With ``shared_scale`` the bounds cover every step of the technique, drawn the way this step
    is (flipped or not), so all its pictures share one scale and position.
    """
    if not poses.shared_scale:
        boxes = [drawn_bounds(poses.frame(step_id, side, phase)) for phase in (0.0, 0.5, 1.0)]
    else:
        mirror = poses.mirrored(step_id, side)
        boxes = [
            drawn_bounds(step_frame(step, poses.camera, poses.lateral, phase, mirror))
            for step in poses.steps.values()
            for phase in (0.0, 0.5, 1.0)
        ]
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def roller_spin(poses: TechniquePoses, step_id: str, side: str | None, phase: float) -> float:
    """How far (degrees) the roller has turned when the body has slid to ``phase``."""
    step = poses.step(step_id)
    if not step.animated:
        return 0.0
    dx = step.pose_at(phase).root[0] - step.keyframes[0].root[0]
    if poses.mirrored(step_id, side):
        dx = -dx
    return -math.degrees(dx / step.roller.radius)


# -- the widget -------------------------------------------------------------------------------
#: While a step plays, its picture redraws this often: smooth enough for a slow 2-4 s pass.
#: Frames fall on this grid, so the way back reuses the way there from a cache.
FRAME_INTERVAL_MS = 66
#: Memory the playing picture may keep its frames in (one picture plays at a time).
FRAME_CACHE_BYTES = 24 * 1024 * 1024
#: A picture plays for at most this long after it is opened, hovered, focused or clicked, then
#: rests on its still frame: a window nobody touches stops all animation well within 15 s.
PLAY_SECONDS = 12.0
#: Where a moving step rests: the middle of the pass, body centred over the roller, with the
#: two-headed arrow showing the whole range. Playing starts and ends here, so nothing jumps.
REST_PHASE_PASSES = 0.5


def play_seconds(pass_seconds: float, limit: float = PLAY_SECONDS) -> float:
    """How long one play lasts: whole passes from the rest point back to it, within ``limit``."""
    passes = max(1, math.floor(limit / pass_seconds)) if pass_seconds > 0 else 0
    return passes * pass_seconds


def _rest_index(pass_seconds: float) -> int:
    """The frame (on the timer's grid) where a moving step rests."""
    return round(REST_PHASE_PASSES * pass_seconds / (FRAME_INTERVAL_MS / 1000.0))


#: Height over width of a picture with no step yet.
DEFAULT_ASPECT = 0.6


class PlayGroup(QObject):
    """Lets one picture play at a time: the one the runner last opened, hovered or clicked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.playing: IllustrationWidget | None = None

    def claim(self, widget: IllustrationWidget) -> None:
        previous, self.playing = self.playing, widget
        if previous is not None and previous is not widget:
            previous.rest()

    def release(self, widget: IllustrationWidget) -> None:
        if self.playing is widget:
            self.playing = None


class IllustrationWidget(QWidget):
    """The picture of one step. A moving step plays a few passes, then rests on a still frame.

    It plays when first shown (if no other picture of its ``group`` plays), and again when the
    pointer enters it, when it gets the keyboard focus, or on a click (a click while playing
    pauses it). It stops when its window is deactivated, minimised or hidden. ``clock`` returns
    monotonic seconds (``time.monotonic`` unless a test injects one); timer ticks only redraw,
    and the timer exists only while the picture plays. A still picture is painted once into a
    cached pixmap, so repainting it costs a copy.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        group: PlayGroup | None = None,
        autoplay: bool = True,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._group = group
        self._autoplay = autoplay
        self._poses: TechniquePoses | None = None
        self._step_id: str | None = None
        self._side: str | None = None
        self._bounds: Bounds | None = None
        self._aspect = DEFAULT_ASPECT
        self._play_started: float | None = None  # clock time of the play's phase origin
        self._play_until = 0.0
        self._played_once = False
        self._timer: QTimer | None = None
        self._still: QPixmap | None = None
        self._still_key: tuple[object, ...] | None = None
        self._frames: dict[int, QPixmap] = {}  # while playing: frames by place in the pass
        self._frames_key: tuple[object, ...] | None = None
        self._watched: QWidget | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    @classmethod
    def for_step(
        cls,
        poses: TechniquePoses,
        step: Step | str,
        side: str | None = None,
        parent: QWidget | None = None,
        *,
        group: PlayGroup | None = None,
    ) -> IllustrationWidget:
        widget = cls(parent, group=group)
        widget.set_step(poses, step.id if isinstance(step, Step) else step, side)
        return widget

    # -- public state -------------------------------------------------------------------------
    def set_step(self, poses: TechniquePoses, step_id: str, side: str | None = None) -> None:
        """Show ``step_id`` of ``poses`` for the worked ``side`` (None: as drawn)."""
        step = poses.step(step_id)  # unknown step: KeyError now, not in paintEvent
        self._poses, self._step_id, self._side = poses, step_id, side
        self._bounds = step_bounds(poses, step_id, side)
        above = drawn_from_above(poses.frame(step_id, side))
        self._aspect = picture_aspect(self._bounds, floor=not above)
        self._played_once = False
        self._still = None
        self.setToolTip(
            self.tr("Click, hover or press Space to play the movement again")
            if step.animated
            else ""
        )
        self.rest()
        if self._autoplay and self.isVisible():
            self._autoplay_once()

    @property
    def moving(self) -> bool:
        """Whether the shown step has a movement to animate."""
        return (
            self._poses is not None
            and self._step_id is not None
            and self._poses.step(self._step_id).animated
        )

    @property
    def playing(self) -> bool:
        """Whether the movement is playing (it may be waiting to be seen for its timer)."""
        return self._play_started is not None

    @property
    def animating(self) -> bool:
        """Whether the redraw timer is running (only while playing and shown)."""
        return self._timer is not None and self._timer.isActive()

    def play(self) -> None:
        """Play a few passes of the movement from the still frame, then rest on it again."""
        if not self.moving or self._poses is None or self._step_id is None:
            return
        if not self.isVisible() or self.window().isMinimized():
            return
        pass_seconds = self._poses.step(self._step_id).pass_seconds
        now = self._clock()
        self._play_started = now - _rest_index(pass_seconds) * FRAME_INTERVAL_MS / 1000.0
        self._play_until = now + play_seconds(pass_seconds)
        self._played_once = True
        if self._group is not None:
            self._group.claim(self)
        self._sync_timer()
        self.update()

    def rest(self) -> None:
        """Stop playing and show the still frame."""
        was_playing = self._play_started is not None
        self._play_started = None
        self._frames.clear()
        if self._group is not None:
            self._group.release(self)
        self._sync_timer()
        if was_playing:
            self.update()

    def toggle(self) -> None:
        if self.playing:
            self.rest()
        else:
            self.play()

    def phase(self) -> float:
        """Where the movement is now (0..1): the rest phase unless playing; 0 for a still step."""
        if not self.moving or self._poses is None or self._step_id is None:
            return 0.0
        pass_seconds = self._poses.step(self._step_id).pass_seconds
        index = self._frame_index() if self._play_started is not None else None
        if index is None:
            index = _rest_index(pass_seconds)
        return pingpong(index * FRAME_INTERVAL_MS / 1000.0, pass_seconds)

    def _frame_index(self) -> int:
        """The frame of the pass now: frames sit on the timer's grid, there and back alike."""
        if self._play_started is None or self._poses is None or self._step_id is None:
            return 0
        pass_seconds = self._poses.step(self._step_id).pass_seconds
        tick = FRAME_INTERVAL_MS / 1000.0
        per_cycle = max(2, round(2 * pass_seconds / tick))
        now = min(self._clock(), self._play_until)
        index = round((now - self._play_started) / tick) % per_cycle
        return min(index, per_cycle - index)

    def frame(self) -> Frame | None:
        """The picture as it would be painted now."""
        if self._poses is None or self._step_id is None:
            return None
        return self._poses.frame(self._step_id, self._side, self.phase())

    # -- Qt -----------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(360, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 75)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """Framed to the figure: a lying body gets a wide, low picture it fills."""
        return max(75, round(width * self._aspect))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._watch_window()
        if self._autoplay and not self._played_once:
            self._autoplay_once()
        self._sync_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.rest()

    def enterEvent(self, event: QEnterEvent) -> None:
        super().enterEvent(event)
        if not self.playing:
            self.play()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if not self.playing:
            self.play()
        self.update()  # the focus ring

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.moving:
            self.toggle()
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.moving:
            self.toggle()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._still = None
            self._frames.clear()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._still = None
        self._frames.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched:
            kind = event.type()
            if kind in (QEvent.Type.WindowDeactivate, QEvent.Type.Hide) or (
                kind == QEvent.Type.WindowStateChange and self.window().isMinimized()
            ):
                self.rest()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            if self._poses is None or self._step_id is None:
                painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
            elif self.playing:
                painter.drawPixmap(0, 0, self._playing_pixmap())
            else:
                painter.drawPixmap(0, 0, self._still_pixmap())
            if self.hasFocus():
                _paint_focus_ring(painter, self.rect(), self.palette())
        finally:
            painter.end()

    def on_timer_timeout(self) -> None:
        if self._clock() >= self._play_until:
            self.rest()
            return
        # Redraw only what can be seen: a picture scrolled out of view costs nothing but the tick.
        if not self.visibleRegion().isEmpty():
            self.update()

    # -- helpers ------------------------------------------------------------------------------
    def _autoplay_once(self) -> None:
        self._played_once = True
        if self._group is None or self._group.playing is None:
            self.play()

    def _paint_frame(self, painter: QPainter) -> None:
        frame = self.frame()
        if frame is None or self._poses is None or self._step_id is None:
            return
        spin = roller_spin(self._poses, self._step_id, self._side, self.phase())
        paint_illustration(
            painter, QRectF(self.rect()), frame, self.palette(), bounds=self._bounds, spin=spin
        )

    def _render(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(pixmap)
        try:
            self._paint_frame(painter)
        finally:
            painter.end()
        return pixmap

    def _cache_key(self) -> tuple[object, ...]:
        return (self.width(), self.height(), self.devicePixelRatioF(), self.palette().cacheKey())

    def _still_pixmap(self) -> QPixmap:
        key = self._cache_key()
        if self._still is None or self._still_key != key:
            self._still, self._still_key = self._render(), key
        return self._still

    def _playing_pixmap(self) -> QPixmap:
        """This frame of the pass, painted once per play (each pass goes there and back)."""
        key = self._cache_key()
        if self._frames_key != key:
            self._frames.clear()
            self._frames_key = key
        index = self._frame_index()
        pixmap = self._frames.get(index)
        if pixmap is None:
            pixmap = self._render()
            if (len(self._frames) + 1) * pixmap.width() * pixmap.height() * 4 <= FRAME_CACHE_BYTES:
                self._frames[index] = pixmap
        return pixmap

    def _watch_window(self) -> None:
        window = self.window()
        if window is self._watched:
            return
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = window
        if window is not self:
            window.installEventFilter(self)

    def _sync_timer(self) -> None:
        should_run = self.playing and self.isVisible()
        if should_run:
            if self._timer is None:
                self._timer = QTimer(self)
                self._timer.setInterval(FRAME_INTERVAL_MS)
                self._timer.setTimerType(Qt.TimerType.CoarseTimer)
                self._timer.timeout.connect(self.on_timer_timeout)
            if not self._timer.isActive():
                self._timer.start()
        elif self._timer is not None:
            self._timer.stop()


def _paint_focus_ring(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    pen = QPen(palette.color(QPalette.ColorRole.Highlight), 3)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.drawRoundedRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6)
