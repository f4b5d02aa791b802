"""The picture's basics: its colours (from the palette), centimetres to pixels, limb outlines."""

from __future__ import annotations

import copy
import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainterPath, QPalette, QPolygonF

from foamroll_gui.core.figure.kinematics import Capsule
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
        # Far limbs are darker than near ones ("behind"), but in the dark theme still at least
        # 3:1 against the background (WCAG non-text contrast; 0.3 gave 2.4:1 and a stacked or
        # crossed leg nearly vanished), so the near body is lighter there and the hair too.
        self.body = mix(base, text, 0.62 if self.dark else 0.45)
        self.far = mix(base, text, 0.4 if self.dark else 0.68)
        self.hair = mix(base, text, 0.9 if self.dark else 0.8)
        self.eye = mix(base, text, 0.0 if self.dark else 0.85)
        self.accent = palette.color(QPalette.ColorRole.Highlight)
        if _too_close(self.accent, self.body):
            self.accent = QColor("#e8590c")
        hue = (self.accent.hslHue() + 165) % 360 if self.accent.hslHue() >= 0 else 190
        self.roller = QColor.fromHsl(hue, 120, 140 if self.dark else 150)
        self.roller_dark = QColor.fromHsl(hue, 110, 90 if self.dark else 105)
        self.roller_core = mix(self.roller_dark, base, 0.35)
        #: a mark lying on the highlighted muscle is drawn in this, never accent on accent
        self.on_accent = mix(base, text, 0.92)

    def over_accent(self) -> Colours:
        """These colours for a mark drawn over the highlight: its fill contrasts with it."""
        other = copy.copy(self)
        other.accent = self.on_accent
        return other


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

    def pixels(self, x: float, y: float) -> tuple[float, float]:
        """:meth:`point` as plain floats (the same sums), for code that works on many."""
        return self.ox + x * self.scale, self.oy - y * self.scale

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
    # plain floats, the very sums _Mapper.point and .length make (a picture paints hundreds)
    (ax, ay), (bx, by) = m.pixels(*a), m.pixels(*b)
    ra_px, rb_px = max(0.5, ra * m.scale), max(0.5, rb * m.scale)
    dx, dy = bx - ax, by - ay
    axis = math.atan2(dy, dx) if math.hypot(dx, dy) > 1e-6 else 0.0
    cos, sin, pi = math.cos, math.sin, math.pi
    turns = [pi * i / steps for i in range(steps + 1)]
    # half circle around b (from one side through the tip), then around a (through the heel)
    start = axis - pi / 2
    points = [QPointF(bx + rb_px * cos(start + u), by + rb_px * sin(start + u)) for u in turns]
    start = axis + pi / 2
    points += [QPointF(ax + ra_px * cos(start + u), ay + ra_px * sin(start + u)) for u in turns]
    path = QPainterPath()
    path.addPolygon(QPolygonF(points))
    path.closeSubpath()
    return path


#: A disc this far (px) inside an outline covers no pixel that the outline's edge crosses (a
#: pixel's diagonal, and a little more): clipping it to the outline changes no pixel.
CLEAR_OF_EDGE = 1.5


def inside_capsule(
    m: _Mapper,
    a: tuple[float, float],
    b: tuple[float, float],
    r: float,
    steps: int,
    x: float,
    y: float,
    radius: float,
) -> bool:
    """Whether the disc at pixel ``(x, y)`` of ``radius`` px lies inside the outline that
    :func:`_capsule_path` draws for ``(m, a, b, r, r, steps)``, :data:`CLEAR_OF_EDGE` px short
    of its edge (its straight pieces cut the round ends' corners, so they count)."""
    (ax, ay), (bx, by) = m.pixels(*a), m.pixels(*b)
    inner = max(0.5, r * m.scale) * math.cos(math.pi / (2 * steps))
    dx, dy = bx - ax, by - ay
    den = dx * dx + dy * dy
    t = 0.0 if den == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / den))
    return math.hypot(x - ax - dx * t, y - ay - dy * t) + radius + CLEAR_OF_EDGE <= inner


def _sub_capsule(
    c: Capsule, start: float, end: float
) -> tuple[tuple[float, float], tuple[float, float], float, float]:
    pa, pb = c.point_at(start), c.point_at(end)
    return (pa.x, pa.y), (pb.x, pb.y), c.radius_at(start), c.radius_at(end)


# -- outlines as points (picture cm), clipped and turned into pixel paths ----------------------
Oval = tuple[float, float, float, float, float]  # x, y, half length, half width, degrees
Points = list[tuple[float, float]]


def _unit(c: Capsule) -> tuple[float, float]:
    dx, dy = c.b.x - c.a.x, c.b.y - c.a.y
    length = math.hypot(dx, dy) or 1.0
    return dx / length, dy / length


#: cos and sin of 2 pi i / 32, i < 32: the points of an oval (:func:`_oval_points`).
_OVAL_TURNS = tuple(
    (math.cos(2 * math.pi * i / 32), math.sin(2 * math.pi * i / 32)) for i in range(32)
)
#: pi i / 12, i <= 12: the points of a capsule's round end (:func:`_capsule_points`).
_HALF_TURNS = tuple(math.pi * i / 12 for i in range(13))


def _oval_points(oval: Oval, k: float = 1.0, inset: float = 0.0) -> Points:
    x, y, along, across, angle = oval
    along, across = max(0.5, along - inset), max(0.5, across * k - inset)
    a = math.radians(angle)
    ca, sa = math.cos(a), math.sin(a)
    out = []
    for cos_t, sin_t in _OVAL_TURNS:
        lx, ly = along * cos_t, across * sin_t
        out.append((x + lx * ca - ly * sa, y + lx * sa + ly * ca))
    return out


def _capsule_points(c: Capsule, start: float, end: float, k: float, inset: float) -> Points:
    """The stretch ``start``..``end`` of ``c`` as a convex outline (picture cm)."""
    ux, uy = _unit(c)
    axis = math.atan2(uy, ux)
    cos, sin = math.cos, math.sin
    out: Points = []
    for t, first in ((end, axis - math.pi / 2), (start, axis + math.pi / 2)):
        p, r = c.point_at(t), max(0.5, c.radius_at(t) * k - inset)
        px, py = p.x, p.y
        out += [(px + r * cos(first + u), py + r * sin(first + u)) for u in _HALF_TURNS]
    return out


def _clip(points: Points, nx: float, ny: float, least: float) -> Points:
    """The part of a convex outline where ``x * nx + y * ny >= least``."""
    out: Points = []
    for i, p in enumerate(points):
        q = points[(i + 1) % len(points)]
        dp, dq = p[0] * nx + p[1] * ny - least, q[0] * nx + q[1] * ny - least
        if dp >= 0:
            out.append(p)
        if (dp >= 0) != (dq >= 0):
            f = dp / (dp - dq)
            out.append((p[0] + (q[0] - p[0]) * f, p[1] + (q[1] - p[1]) * f))
    return out


def _polygon(m: _Mapper, points: Points) -> QPainterPath:
    """A closed outline in pixels, wound as :func:`_capsule_path` winds, so outlines added to
    one path fill as their union."""
    path = QPainterPath()
    if len(points) < 3:
        return path
    scale, ox, oy = m.scale, m.ox, m.oy  # _Mapper.point's sums, in plain floats
    xs = [ox + x * scale for x, _ in points]
    ys = [oy - y * scale for _, y in points]
    n = len(xs)
    area = sum(xs[i] * ys[(i + 1) % n] - xs[(i + 1) % n] * ys[i] for i in range(n))
    pixels = [QPointF(x, y) for x, y in zip(xs, ys, strict=True)]
    if area < 0:
        pixels.reverse()
    path.addPolygon(QPolygonF(pixels))
    path.closeSubpath()
    return path
