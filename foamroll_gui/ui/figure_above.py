"""A body lying face down, seen from the ceiling: a roller that reads as a cylinder, the back
of the head, the spine and shoulder blades, small flat hands (fingers together, a thumb), soles
turned up, and the shadow of whatever rests on the roller."""

from __future__ import annotations

import copy
import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPainterPath, QPen

from foamroll_gui.core.figure.kinematics import Body, Capsule
from foamroll_gui.core.figure.top_view import RollerFromAbove, TopView, hands_from_above
from foamroll_gui.ui.colours import mix
from foamroll_gui.ui.figure_base import Colours, _capsule_path, _circle, _Mapper, _sub_capsule

#: Strands of hair drawn on the back of a head seen from above.
HAIR_STRANDS = 7
#: The roller's round end, seen a little from the side: its width over the roller's height.
END_SHARE = 0.32
#: A thigh beside the roller (the adductors' setup) is highlighted as a strip along its inner
#: edge this share of its thickness wide (a half reaching past its axis read as a patch on the
#: OUTER thigh, round 5), inset this far (cm) from its outline.
STRIP_SHARE = 0.4
STRIP_INSET = 0.8
#: The trunk, drawn as one shape over the thighs' groin ends.
TRUNK = ("pelvis", "torso", "neck")


def _roller_outline(box: QRectF) -> QPainterPath:
    """The side of a cylinder from above: a band with half-elliptical ends."""
    r = box.height() / 2
    end = r * END_SHARE
    path = QPainterPath()
    path.moveTo(box.left() + end, box.top())
    path.lineTo(box.right() - end, box.top())
    path.arcTo(QRectF(box.right() - 2 * end, box.top(), 2 * end, box.height()), 90.0, -180.0)
    path.lineTo(box.left() + end, box.bottom())
    path.arcTo(QRectF(box.left(), box.top(), 2 * end, box.height()), 270.0, -180.0)
    path.closeSubpath()
    return path


def paint_roller_from_above(
    painter: QPainter, m: _Mapper, roller: RollerFromAbove, colours: Colours, spin: float
) -> None:
    """A roller lying along the picture seen from above: a cylinder shaded across its length
    (dark edges, a light stripe along its top), one round end showing, and rows of knobs that
    travel across it as it turns."""
    left, bottom, right, top = roller.box
    box = QRectF(m.point(left, top), m.point(right, bottom))
    r = box.height() / 2
    shade = QLinearGradient(QPointF(0.0, box.top()), QPointF(0.0, box.bottom()))
    light = mix(colours.roller, QColor("white"), 0.45)
    shade.setColorAt(0.0, colours.roller_dark)
    shade.setColorAt(0.3, colours.roller)
    shade.setColorAt(0.42, light)
    shade.setColorAt(0.55, colours.roller)
    shade.setColorAt(1.0, colours.roller_dark)
    outline = _roller_outline(box)
    painter.setPen(QPen(colours.roller_dark, max(1.0, r * 0.1)))
    painter.setBrush(shade)
    painter.drawPath(outline)
    painter.save()
    painter.setClipPath(outline, Qt.ClipOperation.IntersectClip)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.roller_dark)
    rows = max(2, round(roller.length / 6.0))
    step = box.width() / rows
    for k in range(8):
        angle = math.radians(spin + k * 45.0)
        if math.sin(angle) <= 0.15:  # on the underside: hidden
            continue
        y = box.center().y() - math.cos(angle) * r * 0.78
        size = r * 0.13 * math.sin(angle) ** 0.5
        for i in range(rows):
            x = box.left() + step * (i + (0.25 if k % 2 else 0.75))
            painter.drawEllipse(_circle(QPointF(x, y), size))
    painter.restore()
    # the near end: a disc with its hollow core, as on the roller seen end-on elsewhere
    end = r * END_SHARE
    cap = QRectF(box.right() - 2 * end, box.top(), 2 * end, box.height())
    painter.setPen(QPen(colours.roller_dark, max(1.0, r * 0.1)))
    painter.setBrush(colours.roller)
    painter.drawEllipse(cap)
    painter.setBrush(colours.roller_core)
    painter.drawEllipse(
        QRectF(cap.center().x() - end * 0.4, cap.center().y() - r * 0.4, end * 0.8, r * 0.8)
    )


def paint_shadows_on_roller(
    painter: QPainter, m: _Mapper, body: Body, roller: RollerFromAbove, colours: Colours
) -> None:
    """A soft shadow on the roller under every part resting on it, so it reads as on top."""
    left, bottom, right, top = roller.box
    box = QRectF(m.point(left, top), m.point(right, bottom))
    painter.save()
    painter.setClipPath(_roller_outline(box), Qt.ClipOperation.IntersectClip)
    shadow = mix(colours.roller_dark, QColor("black"), 0.25)
    for c in body.capsules:
        stretch = roller.resting_stretch(c)
        if stretch is None:
            continue
        a, b, ra, rb = _sub_capsule(c, *stretch)
        painter.fillPath(
            _capsule_path(
                m, (a[0] + 2.5, a[1] - 2.0), (b[0] + 2.5, b[1] - 2.0), ra * 1.2, rb * 1.2
            ),
            shadow,
        )
    painter.restore()


def paint_head_from_above(
    painter: QPainter, m: _Mapper, head: Capsule, neck: Capsule, colours: Colours, outline: QPen
) -> None:
    """The back of a head face down: all hair, a crown whorl, and an ear on either side."""
    centre = m.point(head.a.x, head.a.y)
    r = m.length(head.ra)
    dx, dy = head.a.x - neck.a.x, head.a.y - neck.a.y
    norm = math.hypot(dx, dy) or 1.0
    ux, uy = dx / norm, -dy / norm  # towards the crown, in screen pixels
    skull = QPainterPath()
    skull.addEllipse(_circle(centre, r))
    ears = QPainterPath()
    for sign in (1.0, -1.0):
        ear = QPointF(centre.x() - uy * sign * r * 1.0, centre.y() + ux * sign * r * 1.0)
        ears.addEllipse(_circle(ear, r * 0.3))
    painter.strokePath(ears, outline)
    painter.fillPath(ears, colours.body)
    painter.strokePath(skull, outline)
    painter.fillPath(skull, colours.hair)
    if r > 5:  # the crown's whorl, behind the middle: the back of the head, not a face
        whorl = QPen(mix(colours.hair, colours.background, 0.35), max(1.0, r * 0.09))
        whorl.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(whorl)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        spot = QPointF(centre.x() + ux * r * 0.15, centre.y() + uy * r * 0.15)
        painter.drawArc(_circle(spot, r * 0.3), 0, 270 * 16)
        # strands of hair swirling out from the whorl towards the rim: hair all round
        strands = QPainterPath()
        for k in range(HAIR_STRANDS):
            angle = 2 * math.pi * k / HAIR_STRANDS + 0.4
            out, turn = (math.cos(angle), math.sin(angle)), angle + 0.5
            strands.moveTo(spot.x() + out[0] * r * 0.45, spot.y() + out[1] * r * 0.45)
            strands.quadTo(
                spot.x() + math.cos(turn) * r * 0.7,
                spot.y() + math.sin(turn) * r * 0.7,
                spot.x() + math.cos(turn + 0.35) * r * 0.88,
                spot.y() + math.sin(turn + 0.35) * r * 0.88,
            )
        painter.save()
        painter.setClipPath(skull, Qt.ClipOperation.IntersectClip)
        painter.setPen(QPen(mix(colours.hair, colours.background, 0.15), max(1.0, r * 0.07)))
        painter.drawPath(strands)
        painter.restore()


def paint_back(painter: QPainter, m: _Mapper, body: Body, colours: Colours) -> None:
    """What shows a body seen from above is face down: the spine and the two shoulder blades,
    the buttocks, the soles turned up, and the hands flat on the floor."""
    torso = body.capsule("torso")
    a, b = m.point(torso.a.x, torso.a.y), m.point(torso.b.x, torso.b.y)
    length = math.hypot(b.x() - a.x(), b.y() - a.y())
    if length < 8:
        return
    ux, uy = (b.x() - a.x()) / length, (b.y() - a.y()) / length
    line = mix(colours.body, colours.hair, 0.55)
    pen = QPen(line, max(1.0, m.length(0.9)))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)

    def at(t: float, side: float) -> QPointF:
        return QPointF(a.x() + ux * length * t - uy * side, a.y() + uy * length * t + ux * side)

    painter.drawLine(at(0.05, 0.0), at(0.92, 0.0))  # the spine
    pelvis = body.capsule("pelvis")  # the cleft between the buttocks, towards the legs
    seat = m.length(pelvis.ra)
    hip = m.point(pelvis.a.x, pelvis.a.y)
    painter.drawLine(
        QPointF(hip.x() + ux * seat * 0.1, hip.y() + uy * seat * 0.1),
        QPointF(hip.x() - ux * seat * 0.75, hip.y() - uy * seat * 0.75),
    )
    width = m.length(torso.rb)
    for sign in (1.0, -1.0):  # each blade: a soft curve from the top inwards and down
        blade = QPainterPath()
        blade.moveTo(at(0.9, sign * width * 0.62))
        blade.quadTo(at(0.62, sign * width * 0.72), at(0.6, sign * width * 0.2))
        painter.drawPath(blade)
    _paint_buttocks(painter, m, pelvis, ux, uy)
    _paint_soles(painter, m, body, (ux, uy), colours)
    _paint_hands(painter, m, body, colours)


def _paint_buttocks(painter: QPainter, m: _Mapper, pelvis: Capsule, ux: float, uy: float) -> None:
    """The fold under each buttock, curving from the cleft out to the hip: with the cleft, two
    rounded cheeks, which only a body face down shows from above."""
    seat = m.length(pelvis.ra)
    hip = m.point(pelvis.a.x, pelvis.a.y)

    def at(along: float, side: float) -> QPointF:  # in shares of the seat, along the body
        return QPointF(
            hip.x() + (ux * along - uy * side) * seat, hip.y() + (uy * along + ux * side) * seat
        )

    painter.save()
    painter.setClipPath(
        _capsule_path(m, (pelvis.a.x, pelvis.a.y), (pelvis.b.x, pelvis.b.y), pelvis.ra, pelvis.rb),
        Qt.ClipOperation.IntersectClip,
    )
    for sign in (1.0, -1.0):
        fold = QPainterPath()
        fold.moveTo(at(-0.72, sign * 0.06))
        fold.quadTo(at(-0.85, sign * 0.6), at(-0.2, sign * 0.85))
        painter.drawPath(fold)
    painter.restore()


def _paint_soles(
    painter: QPainter, m: _Mapper, body: Body, up_body: tuple[float, float], colours: Colours
) -> None:
    """The soles of feet that point away from the head, seen from above: a lighter sole with
    its heel pad, turned up to the ceiling as only a body lying face down turns them."""
    sole = mix(colours.body, colours.background, 0.4)
    crease = QPen(mix(colours.body, colours.hair, 0.55), max(1.0, m.length(0.7)))
    crease.setCapStyle(Qt.PenCapStyle.RoundCap)
    for name in ("near_foot", "far_foot"):
        foot = body.capsule(name)
        a, b = m.point(foot.a.x, foot.a.y), m.point(foot.b.x, foot.b.y)
        length = math.hypot(b.x() - a.x(), b.y() - a.y())
        if length < 4 or ((b.x() - a.x()) * up_body[0] + (b.y() - a.y()) * up_body[1]) > (
            -0.5 * length
        ):
            continue  # too short to show, or not pointing away from the head
        start, end, ra, rb = _sub_capsule(foot, 0.05, 0.92)
        painter.fillPath(_capsule_path(m, start, end, ra * 0.62, rb * 0.6), sole)
        fx, fy = (b.x() - a.x()) / length, (b.y() - a.y()) / length
        heel = foot.point_at(0.3)
        centre, half = m.point(heel.x, heel.y), m.length(foot.radius_at(0.3)) * 0.5
        painter.setPen(crease)
        painter.drawLine(
            QPointF(centre.x() - fy * half, centre.y() + fx * half),
            QPointF(centre.x() + fy * half, centre.y() - fx * half),
        )


def paint_hand_shadows(painter: QPainter, m: _Mapper, body: Body, colours: Colours) -> None:
    """The drop shadow of each flat hand's fingers and thumb on the floor (the palm's is the
    body's, with the other parts resting on the floor), painted under the body."""
    painter.setPen(Qt.PenStyle.NoPen)
    for hand in hands_from_above(body):
        for part in (hand.thumb, hand.fingers):
            a, b = (part.a.x + 1.6, part.a.y - 1.6), (part.b.x + 1.6, part.b.y - 1.6)
            painter.fillPath(
                _capsule_path(m, a, b, part.ra * 1.2, part.rb * 1.2, steps=4), colours.shadow
            )


def _paint_hands(painter: QPainter, m: _Mapper, body: Body, colours: Colours) -> None:
    """Each hand flat on the floor, over the end of its arm: a palm wider than the wrist, the
    fingers held together beyond it (three short lines part them at the tips) and the thumb
    out to the side facing the midline (:func:`hands_from_above`); smaller than a foot. A
    hand with a row of four fingers read as a foot with toes (round 5)."""
    outline = QPen(colours.background, 2 * max(0.8, m.length(1.0)))
    outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    gap = QPen(mix(colours.body, colours.hair, 0.35), max(0.8, m.length(0.3)))
    gap.setCapStyle(Qt.PenCapStyle.RoundCap)
    for hand in hands_from_above(body):
        shape = QPainterPath()
        shape.setFillRule(Qt.FillRule.WindingFill)
        for part in (hand.palm, hand.thumb, hand.fingers):
            shape.addPath(
                _capsule_path(m, (part.a.x, part.a.y), (part.b.x, part.b.y), part.ra, part.rb)
            )
        shape = shape.simplified()
        painter.strokePath(shape, outline)
        painter.fillPath(shape, colours.body)
        fingers = hand.fingers
        dx, dy = fingers.b.x - fingers.a.x, fingers.b.y - fingers.a.y
        length = math.hypot(dx, dy) or 1.0
        ux, uy, reach = dx / length, dy / length, fingers.rb
        painter.setPen(gap)
        for k in (-0.5, 0.0, 0.5):
            tip = (
                fingers.b.x + ux * reach * 0.85 - uy * reach * k,
                fingers.b.y + uy * reach * 0.85 + ux * reach * k,
            )
            back = length * 0.4
            painter.drawLine(m.point(*tip), m.point(tip[0] - ux * back, tip[1] - uy * back))


def strip_colours(view: TopView, colours: Colours) -> Colours:
    """The colours to paint the body in from above: where the target becomes a strip along the
    inner edge (:func:`paint_inner_strip`), its half highlight is painted plain, as the limb."""
    if view.inner_side() is None:
        return colours
    plain = copy.copy(colours)
    plain.accent = colours.body  # from above every limb is painted in the body's colour
    return plain


def paint_inner_strip(
    painter: QPainter, m: _Mapper, view: TopView, seen: QPainterPath, colours: Colours
) -> QPainterPath:
    """A thigh lying beside the roller, not on it yet (:meth:`TopView.inner_side`), is
    highlighted as a strip along its inner edge, from the groin to above the knee, so it reads
    as the inner thigh (the edge facing the other leg), not the outer thigh by the roller (its
    half, reaching past the axis, did: round 5). ``seen``: where the target's half is seen
    (painted plain, see :func:`strip_colours`); the strip is painted there and returned as
    the highlight (``seen`` itself for any other view)."""
    inner = view.inner_side()
    if inner is None or seen.isEmpty():
        return seen
    c, target = view.body.capsule(view.target.segment), view.target
    ux, uy = c.b.x - c.a.x, c.b.y - c.a.y
    norm = math.hypot(ux, uy) or 1.0
    nx, ny = -uy / norm, ux / norm
    middle = c.point_at((target.start + target.end) / 2)
    if (inner[0] - middle.x) * nx + (inner[1] - middle.y) * ny < 0:
        nx, ny = -nx, -ny  # across the thigh, towards the midline

    def along_edge(t: float) -> tuple[tuple[float, float], float]:
        p, r = c.point_at(t), c.radius_at(t)
        half = r * STRIP_SHARE
        out = r - STRIP_INSET - half
        return (p.x + nx * out, p.y + ny * out), half

    (a, ra), (b, rb) = along_edge(target.start), along_edge(target.end)
    strip = _capsule_path(m, a, b, ra, rb)
    painter.save()
    painter.setClipPath(seen, Qt.ClipOperation.IntersectClip)
    painter.fillPath(strip, colours.accent)
    painter.restore()
    painter.save()
    # the seat lies over the groin end: its outline, half outside it, stays over the strip
    grown = 2.0 / max(m.length(1.0), 1e-6)  # its smoothed edge too: 2 px, in cm
    painter.setClipPath(
        _capsule_path(m, a, b, ra + grown, rb + grown), Qt.ClipOperation.IntersectClip
    )
    trunk = QPainterPath()
    trunk.setFillRule(Qt.FillRule.WindingFill)
    for name in TRUNK:
        part = view.body.capsule(name)
        trunk.addPath(
            _capsule_path(m, (part.a.x, part.a.y), (part.b.x, part.b.y), part.ra, part.rb)
        )
    trunk = trunk.simplified()
    outline = QPen(colours.background, 2 * max(0.8, m.length(1.0)))
    outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.strokePath(trunk, outline)
    painter.fillPath(trunk, colours.body)
    painter.restore()
    return strip
