"""The picture's parts: the floor, contact shadows, the body and head, the roller."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from foamroll_gui.core.figure.facing import eye_directions, head_axes
from foamroll_gui.core.figure.kinematics import Body, Capsule
from foamroll_gui.core.figure.scene import Camera, Frame, Target
from foamroll_gui.core.figure.side_lying import behind_trunk
from foamroll_gui.core.figure.skeleton import limb_kind
from foamroll_gui.core.illustrations.marks import half_reach, hugs_roller, pressed_half
from foamroll_gui.ui.colours import mix
from foamroll_gui.ui.figure_above import paint_head_from_above
from foamroll_gui.ui.figure_base import (
    Colours,
    Oval,
    Points,
    _capsule_path,
    _capsule_points,
    _circle,
    _clip,
    _Mapper,
    _oval_points,
    _polygon,
    _unit,
)


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


def _paint_body(
    painter: QPainter,
    m: _Mapper,
    body: Body,
    target: Target,
    camera: Camera,
    mirrored: bool,
    colours: Colours,
    outline_px: float,
    *,
    on_side: bool = False,
    roller: tuple[float, float] | None = None,
    interlude: tuple[float, Callable[[], QPainterPath]] | None = None,
    facing: Body | None = None,
    underside: float | None = None,
    groups: tuple[tuple[str, ...], ...] | None = None,
    partner: tuple[str, tuple[float, float]] | None = None,
) -> QPainterPath:
    """The body, back to front (``groups``: the parts painted as one silhouette each, by default
    :data:`~foamroll_gui.core.figure.kinematics.DRAWN_GROUPS`). Far limbs are darker and
    thinner: in profile the person's far side; lying on the side (``on_side``) only a limb
    behind the trunk. A lower leg has a calf at its back (:func:`calf_bulge`). Returns the
    outline of the highlighted muscle where it is seen (not hidden by a limb over it): with the
    roller's centre given, only the half of a segment facing it where
    :func:`~foamroll_gui.core.illustrations.marks.pressed_half` says so; from above (``camera``
    "top") ``roller`` is the point the highlighted half faces, if any
    (:meth:`~foamroll_gui.core.figure.top_view.TopView.inner_side`). ``interlude`` (a depth, a
    painting) paints something between the groups: before the first group nearer than that depth
    (the front piece of a roller seen obliquely, over the far leg lying on it). ``facing``: the
    body (as solved) whose shoulders and head say where the face looks, when ``body`` is drawn
    otherwise (obliquely: the drawn shoulders no longer lie across it). ``underside``: the
    highlight is only the band along the outline on the roller's side, from this share of the
    thickness short of the axis (see :func:`_target_path`). ``partner`` (a far segment and
    the roller's centre at its depth): where both legs are worked, that segment's same stretch
    is highlighted too, a little dimmer (it is behind), and painted over by what is nearer."""
    seen = QPainterPath()
    capsules = {c.name: c for c in body.capsules}

    outline = QPen(colours.background, 2 * outline_px)
    outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for group in body.drawing_order(groups):  # back to front (shared with the arrows' placing)
        if interlude is not None and _depth(body, group) > interlude[0]:
            seen = _covered(seen, interlude[1]())
            interlude = None
        if group == ("head",) and camera == "top":
            paint_head_from_above(painter, m, capsules["head"], capsules["neck"], colours, outline)
            continue
        if group == ("head",):
            _paint_head(painter, m, body, camera, mirrored, colours, outline, facing)
            continue
        if camera == "top":
            far = False  # from above both sides are seen alike
        elif on_side:
            far = behind_trunk(body, group)
        else:
            far = group[0].startswith("far_")
        k = FAR_THICKNESS if far else 1.0
        for shape in _shapes(body, group) if far else (group,):
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            for name in shape:
                c = capsules[name]
                path.addPath(_capsule_path(m, (c.a.x, c.a.y), (c.b.x, c.b.y), c.ra * k, c.rb * k))
                if limb_kind(name) == "shin":
                    path.addPath(_polygon(m, calf_points(body, name, k, floor=camera != "top")))
            path = path.simplified()  # one silhouette: no seams inside the shape
            painter.strokePath(path, outline)
            painter.fillPath(path, colours.far if far else colours.body)
            seen = _covered(seen, path)
        if target.segment in group:
            seen = _target_path(
                m, body, target, k, roller, on_side=on_side, camera=camera, underside=underside
            )
            painter.fillPath(seen, colours.accent)
        elif partner is not None and partner[0] in group:
            behind = replace(target, segment=partner[0])
            also = _target_path(
                m, body, behind, k, partner[1], on_side=on_side, camera=camera, underside=underside
            )
            painter.fillPath(also, mix(colours.accent, colours.far, PARTNER_FADE))
    if interlude is not None:
        seen = _covered(seen, interlude[1]())
    return seen


#: The far partner's highlight is the accent this share of the way to the far limbs' colour.
PARTNER_FADE = 0.3


def _covered(seen: QPainterPath, path: QPainterPath) -> QPainterPath:
    """The highlight ``seen`` once ``path`` is painted over it."""
    if not seen.isEmpty() and seen.intersects(path):
        return seen.subtracted(path)
    return seen


def _depth(body: Body, group: tuple[str, ...]) -> float:
    return sum(body.capsule(n).depth_order for n in group) / len(group)


#: A far leg whose knee bends at least this much (degrees) is drawn as two shapes, the thigh's
#: outline over the shin and foot, so its knee shows (one dark silhouette read as a block).
KNEE_SEAM = 15.0


def _shapes(body: Body, group: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The shapes a far limb is drawn as, back to front: a bent leg's shin and foot, then its
    thigh (or the other way round where the shin is nearer); any other limb as one."""
    if len(group) != 3 or limb_kind(group[0]) != "thigh":
        return (group,)
    thigh, shin = body.capsule(group[0]), body.capsule(group[1])
    a, b = thigh.b - thigh.a, shin.b - shin.a
    lengths = a.length() * b.length()
    cos = (a.x * b.x + a.y * b.y + a.z * b.z) / lengths if lengths else 1.0
    if cos > math.cos(math.radians(KNEE_SEAM)):
        return (group,)
    if shin.depth_order > thigh.depth_order:
        return ((group[0],), group[1:])
    return (group[1:], (group[0],))


#: The calf: an oval at the back of the lower leg, from the knee to about two thirds down, so
#: the back of the leg bulges and the front (the shinbone) runs straight; sizes as shares of
#: the shin's length (along) and of its thickness there (across and out).
CALF_AT = 0.36
CALF_ALONG = 0.3
CALF_ACROSS = 0.85
CALF_OUT = 0.8
#: A calf seen end-on (the foot pointing at the viewer) still shows this share of its bulge.
CALF_LEAST = 0.4
#: The lat lying on the roller: an oval over the target's span, this share of the trunk's
#: thickness across, its middle this share of it off the axis towards the roller.
LAT_ACROSS = 0.42
LAT_OUT = 0.5


def calf_bulge(body: Body, shin: str) -> Oval:
    """The calf of lower leg ``shin`` as an oval (picture cm). The back of the leg is the side
    away from the toes: the foot always points to the front of the shin, so the side the foot
    leans to is the front."""
    c = body.capsule(shin)
    foot = body.capsule(shin.replace("shin", "foot"))
    ux, uy = _unit(c)
    fx, fy = foot.b.x - foot.a.x, foot.b.y - foot.a.y
    cross = ux * fy - uy * fx  # > 0: the toes lean to the left of the shin's direction
    nx, ny = (uy, -ux) if cross > 0 else (-uy, ux)  # the back: away from the toes
    # a foot pointing at the viewer: the calf's bulge lies mostly in depth, little is seen
    seen = min(1.0, max(CALF_LEAST, math.hypot(fx, fy) / (foot.length() or 1.0)))
    r = c.radius_at(CALF_AT)
    centre = c.point_at(CALF_AT)
    out = r * CALF_OUT * seen
    angle = math.degrees(math.atan2(uy, ux))
    drawn = math.hypot(c.b.x - c.a.x, c.b.y - c.a.y)  # a shin pointing away is drawn short
    return (centre.x + nx * out, centre.y + ny * out, drawn * CALF_ALONG, r * CALF_ACROSS, angle)


def calf_points(
    body: Body, shin: str, k: float = 1.0, inset: float = 0.0, *, floor: bool
) -> Points:
    """The outline of :func:`calf_bulge` (picture cm); with ``floor`` (a picture from the side)
    cut at the floor line, where a calf resting on it flattens: never below it."""
    points = _oval_points(calf_bulge(body, shin), k, inset)
    return _clip(points, 0.0, 1.0, 0.0) if floor else points


def _target_path(
    m: _Mapper,
    body: Body,
    target: Target,
    k: float,
    roller: tuple[float, float] | None,
    *,
    on_side: bool,
    camera: Camera,
    underside: float | None = None,
) -> QPainterPath:
    """The highlighted muscle: the target's stretch of its segment (a lower leg's with its
    calf), slightly inset; only the half facing the roller where that half is the muscle (the
    lat: an oval there), or from above (``camera`` "top") the half facing ``roller`` whatever
    the segment (a thigh beside the roller, its inner half facing the body's midline). Built by
    clipping convex outlines, not by path set operations (which lost the whole highlight at
    some picture sizes). With ``underside`` (a thigh drawn obliquely, whose lower half faces the
    viewer too) only a band along the outline on the roller's side, from that share of the
    thickness short of the axis, meeting the roller: the side lying on it."""
    c = body.capsule(target.segment)
    hug = roller is not None and camera != "top" and hugs_roller(target.segment, on_side=on_side)
    hug = hug or (roller is not None and underside is not None)
    inset = 0.0 if hug else 0.8  # a lower leg on its side: the band meets the roller
    pieces = [_capsule_points(c, target.start, target.end, k, inset)]
    ux, uy = _unit(c)
    middle = (target.start + target.end) / 2.0
    centre, r = c.point_at(middle), c.radius_at(middle)
    nx, ny = -uy, ux  # across the segment, towards the roller
    if roller is not None and (roller[0] - centre.x) * nx + (roller[1] - centre.y) * ny < 0:
        nx, ny = -nx, -ny
    if roller is not None and on_side and target.segment == "torso":
        lat = (
            centre.x + nx * r * LAT_OUT,
            centre.y + ny * r * LAT_OUT,
            c.length() * (target.end - target.start) / 2.0,
            r * LAT_ACROSS,
            math.degrees(math.atan2(uy, ux)),
        )
        pieces = [_oval_points(lat, k)]
    elif limb_kind(target.segment) == "shin":
        calf = calf_points(body, target.segment, k, inset, floor=camera != "top")
        a, b = c.point_at(target.start), c.point_at(target.end)
        calf = _clip(calf, ux, uy, a.x * ux + a.y * uy)
        pieces.append(_clip(calf, -ux, -uy, -(b.x * ux + b.y * uy)))
    if target.segment == "torso" and not on_side:  # the back: cut flat where the span ends
        a, b = c.point_at(target.start), c.point_at(target.end)
        pieces = [_clip(piece, ux, uy, a.x * ux + a.y * uy) for piece in pieces]
        pieces = [_clip(piece, -ux, -uy, -(b.x * ux + b.y * uy)) for piece in pieces]
    if roller is not None and (camera == "top" or pressed_half(target.segment, on_side=on_side)):
        reach = half_reach(target.segment, on_side=on_side) if underside is None else -underside
        least = centre.x * nx + centre.y * ny - r * reach
        pieces = [_clip(piece, nx, ny, least) for piece in pieces]
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)  # the pieces wound alike: filled as one
    for piece in pieces:
        path.addPath(_polygon(m, piece))
    return path  # not simplified(): it mangled pieces sharing a clipped edge into nothing


def _paint_head(
    painter: QPainter,
    m: _Mapper,
    body: Body,
    camera: Camera,
    mirrored: bool,
    colours: Colours,
    outline: QPen,
    facing: Body | None = None,
) -> None:
    head = body.capsule("head")
    centre = m.point(head.a.x, head.a.y)
    r = m.length(head.ra)
    up, face = head_axes(facing or body, camera, mirrored)
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
    paint_roller_end(painter, m, frame.roller.centre, frame.roller.radius, colours, spin)


def paint_roller_end(
    painter: QPainter,
    m: _Mapper,
    centre_cm: tuple[float, float],
    radius: float,
    colours: Colours,
    spin: float,
) -> None:
    """The roller seen end-on (a side view's whole roller, an oblique view's near end), centred
    at ``centre_cm``; its knobs turned by ``spin`` degrees."""
    centre = m.point(*centre_cm)
    r = m.length(radius)
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
