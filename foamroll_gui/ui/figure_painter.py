"""Paints a step picture: a flat, friendly figure on a foam roller, in the widget's palette.

A body lying along the line of sight is drawn from above (the floor fills the picture, the
roller is a shaded cylinder, the back of the head, the spine and the flat hands show it is face
down: :mod:`~foamroll_gui.ui.figure_above`); a step whose pose file says ``camera: oblique``
is drawn obliquely (:mod:`~foamroll_gui.core.figure.oblique`: the far leg up and back of the
near one on a roller whose length shows, on a floor running out of the picture in front); the
head shows where the figure looks; far limbs
are darker and thinner (lying on the side, only those behind the trunk:
:mod:`~foamroll_gui.core.figure.side_lying`); a soft shadow marks every part resting on the
floor; arrows and a hold's press are sized by the picture so they read on a thumbnail, in ink
where they cross the highlight; a picture can be framed to its figure (:func:`picture_aspect`).

:func:`paint_illustration` is a pure function of a :class:`~foamroll_gui.core.figure.scene.Frame`;
:class:`~foamroll_gui.ui.illustration.IllustrationWidget` shows one step and animates a
moving step back and forth while it is visible."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TypeGuard

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen

from foamroll_gui.core.figure.oblique import (
    CROSSED_GROUPS,
    ObliqueRoller,
    ObliqueView,
    oblique_view,
    sits,
    upright,
)
from foamroll_gui.core.figure.scene import Frame
from foamroll_gui.core.figure.side_lying import feet_end_on, lies_on_side
from foamroll_gui.core.figure.skeleton import far_partner, limb_kind
from foamroll_gui.core.figure.top_view import drawn_from_above, top_view
from foamroll_gui.core.illustrations.marks import (
    clear_of_arms,
    front_on_roller,
    press_on,
    press_reach,
    pressed_half,
    sinks_in,
)
from foamroll_gui.core.illustrations.step_poses import StepFrame, TechniquePoses, step_frame
from foamroll_gui.ui.colours import mix
from foamroll_gui.ui.figure_above import (
    paint_back,
    paint_hand_shadows,
    paint_inner_strip,
    paint_roller_from_above,
    paint_shadows_on_roller,
    strip_colours,
)
from foamroll_gui.ui.figure_base import (
    ASPECT_RANGE,
    FLOOR_SHARE,
    PAD,
    Bounds,
    Colours,
    _capsule_path,
    _Mapper,
    _polygon,
    inside_capsule,
)
from foamroll_gui.ui.figure_marks import _mark_sizes, _paint_arrow, paint_press
from foamroll_gui.ui.figure_parts import (
    _paint_body,
    _paint_floor,
    _paint_load_points,
    _paint_roller,
    load_stretches,
    paint_roller_end,
)


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
    press: bool = False,
) -> None:
    """Paint ``frame`` into ``rect``.

    ``bounds`` (left, bottom, right, top in cm) fixes the scale, so an animated step does not
    zoom as it moves; by default the frame's own bounds. ``spin`` turns the roller's texture
    (degrees), so it visibly rolls as the body slides. ``press`` adds a hold's press mark on
    the target over the roller (see :func:`~foamroll_gui.core.illustrations.marks.shows_press`),
    unless the step's pose file says ``mark: none`` (a :class:`StepFrame` with ``press`` off).
    """
    press = press and not (isinstance(frame, StepFrame) and not frame.press)
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
        paint_roller_from_above(painter, m, view.roller, colours, spin)
        paint_shadows_on_roller(painter, m, view.body, view.roller, colours)
        paint_hand_shadows(painter, m, view.body, colours)
        highlight = _paint_body(
            painter,
            m,
            view.body,
            view.target,
            "top",
            view.mirrored,
            strip_colours(view, colours),
            outline_px,
            roller=view.inner_side(),  # a thigh beside the roller: its inner half ...
        )
        highlight = paint_inner_strip(painter, m, view, highlight, colours)  # ... its edge
        paint_back(painter, m, view.body, colours)
        spot = press_on(view.body, view.target, view.roller.centre, across=True)
        arrow = view.arrow
    elif drawn_obliquely(frame):
        seen = oblique_view(frame, frame.oblique, cross=frame.cross)
        segment = frame.target.segment
        centre = seen.roller_centre(segment)
        _paint_oblique_floor(painter, m, frame, seen, colours)
        highlight = _paint_body(
            painter,
            m,
            seen.body,
            frame.target,
            frame.camera,
            frame.mirrored,
            colours,
            outline_px,
            roller=centre,
            interlude=_paint_oblique_roller(painter, m, seen, colours, spin),
            facing=frame.body,
            groups=CROSSED_GROUPS if frame.cross else None,
            partner=_partner(seen, segment) if frame.both else None,
            underside=OBLIQUE_UNDERSIDE
            if limb_kind(segment) == "thigh" and upright(frame.body)
            else None,
        )
        spot = press_on(
            seen.body,
            frame.target,
            centre,
            across=False,
            half=pressed_half(segment, on_side=False),
            sink=sinks_in(segment, on_side=False),
            knee=front_on_roller(seen.body, segment, centre),
            reach=press_reach(segment, on_side=False),
            clear=[c for c in seen.body.capsules if "arm" in c.name or c.name.endswith("hand")]
            if clear_of_arms(segment, on_side=False)
            else (),
        )
        arrow = seen.arrow
    else:
        _paint_floor(painter, rect, m, colours)
        on_side = lies_on_side(frame.body, frame.camera)
        body = feet_end_on(frame.body) if on_side else frame.body
        _paint_load_points(painter, m, body, colours, from_above=False)
        _paint_roller(painter, m, frame, colours, spin)
        highlight = _paint_body(
            painter,
            m,
            body,
            frame.target,
            frame.camera,
            frame.mirrored,
            colours,
            outline_px,
            on_side=on_side,
            roller=frame.roller.centre,
        )
        segment = frame.target.segment
        spot = press_on(
            frame.body,
            frame.target,
            frame.roller.centre,
            across=False,
            half=pressed_half(segment, on_side=on_side),
            sink=sinks_in(segment, on_side=on_side),
            knee=not on_side and front_on_roller(frame.body, segment, frame.roller.centre),
            reach=press_reach(segment, on_side=on_side),  # onto the highlighted half
            clear=[c for c in frame.body.capsules if "arm" in c.name or c.name.endswith("hand")]
            if clear_of_arms(segment, on_side=on_side)
            else (),
        )
    # the marks; where one lies on the highlighted muscle it is drawn again in a colour that
    # stands out from it (accent on accent would vanish, above all on a dark background)
    for mark_colours, clip in ((colours, None), (colours.over_accent(), highlight)):
        if clip is not None:
            if clip.isEmpty():
                break
            painter.save()
            painter.setClipPath(clip, Qt.ClipOperation.IntersectClip)
        if press:
            paint_press(painter, m, spot, mark_colours, _mark_sizes(rect), from_above=from_above)
        if arrow is not None:
            _paint_arrow(painter, m, arrow, mark_colours, _mark_sizes(rect), rect)
        if clip is not None:
            painter.restore()
    painter.restore()


def drawn_bounds(frame: Frame) -> Bounds:
    """``(left, bottom, right, top)`` of the frame as drawn (from above where it is), its
    movement arrow included."""
    if drawn_from_above(frame):
        view = top_view(frame)
        box, arrow = view.bounds(), view.arrow
    elif drawn_obliquely(frame):
        seen = oblique_view(frame, frame.oblique, cross=frame.cross)
        box, arrow = seen.bounds(), seen.arrow
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


# -- the oblique camera (see foamroll_gui.core.figure.oblique) ----------------------------------
def _partner(seen: ObliqueView, segment: str) -> tuple[str, tuple[float, float]]:
    """The target's far partner (``near_thigh`` → ``far_thigh``) and the roller's centre at its
    depth, for its highlight."""
    far = far_partner(segment)
    assert far is not None  # (a frame is ``both`` only for a near segment: step_poses)
    return far, seen.roller_centre(far)


def drawn_obliquely(frame: Frame) -> TypeGuard[StepFrame]:
    """Whether ``frame`` is a step's picture drawn obliquely (``camera: oblique``)."""
    return isinstance(frame, StepFrame) and frame.oblique != 0 and not drawn_from_above(frame)


#: A thigh drawn obliquely under a sitting body shows the side facing the viewer below its
#: axis too: its highlight is the band along its lower edge, from this share of its thickness
#: below the axis, where it meets the roller (round 14 read the lower half of the seated
#: hamstrings' thigh as "the outer thigh"; face down, the quadriceps' lower half read right and
#: keeps its band).
OBLIQUE_UNDERSIDE = 0.3


#: The floor's edges are drawn this share of the way from its fill to a side view's floor line:
#: faint, so no edge reads as the line a body stands on (a full one behind the legs did).
FLOOR_EDGE_FADE = 0.5


def _paint_oblique_floor(
    painter: QPainter, m: _Mapper, frame: Frame, seen: ObliqueView, colours: Colours
) -> None:
    """The floor under the body, seen obliquely (a parallelogram running out of the picture in
    front, its edges faint), and a soft shadow on it under every part resting on it."""
    plane = _polygon(m, list(seen.floor))
    painter.fillPath(plane, colours.floor_fill)
    edge = QPen(mix(colours.floor_fill, colours.floor, FLOOR_EDGE_FADE), max(1.0, m.length(0.5)))
    painter.strokePath(plane, edge)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.shadow)
    kx, ky = seen.projection.kx, seen.projection.ky
    sitting = sits(seen.placed)
    for c, t0, t1 in load_stretches(seen.placed):
        if sitting and c.name in SEAT_PARTS and t0 == 0.0:
            continue  # a shadow under the seat, seen obliquely, read as a gap under it
        a, b = c.point_at(t0), c.point_at(t1)
        r = max(c.radius_at(t0), c.radius_at(t1))
        x0, x1 = min(a.x, b.x) - r * 0.8, max(a.x, b.x) + r * 0.8
        mid_x, mid_z = (x0 + x1) / 2, (a.z + b.z) / 2
        half_x, half_z = (x1 - x0) / 2, r * 0.9
        # an oval on the floor (y 0) as the projection draws it: (x + kx z, 0 + ky z)
        ring = []
        for cos, sin in _SHADOW_TURNS:
            x, z = mid_x + half_x * cos, mid_z + half_z * sin
            ring.append((x + kx * z, 0.0 + ky * z))
        painter.drawPath(_polygon(m, ring))


#: The parts a seated body sits on: drawn obliquely, they meet the floor with no shadow (round
#: 15 read the shadow under the buttock as a gap: "the hips lifted?" where the words sit).
SEAT_PARTS = frozenset({"pelvis", "near_thigh", "far_thigh"})
#: cos and sin of 2 pi i / 24, i < 24: the points of a shadow on the floor.
_SHADOW_TURNS = tuple(
    (math.cos(2 * math.pi * i / 24), math.sin(2 * math.pi * i / 24)) for i in range(24)
)


#: Rows of knobs drawn along the roller's side, seen obliquely: one every this many cm.
KNOB_ROW = 4.5
#: The roller's outline, seen obliquely, rounds each end with this many straight pieces.
ROLLER_STEPS = 24


def _paint_oblique_roller(
    painter: QPainter, m: _Mapper, seen: ObliqueView, colours: Colours, spin: float
) -> tuple[float, Callable[[], QPainterPath]] | None:
    """Paint the roller as a cylinder seen obliquely: all of it now, or (where a part lies on
    it) the piece behind the farthest such part now, and return the piece in front of it to
    be painted over that part (:func:`_paint_body`'s interlude)."""
    roller = seen.roller
    if seen.split is None or not roller.z_far < seen.split < roller.z_near:
        _cylinder(painter, m, roller, roller.z_far, roller.z_near, colours, spin)
        return None
    split = seen.split
    _cylinder(painter, m, roller, roller.z_far, split, colours, spin)
    return (
        split + 0.05,
        lambda: _cylinder(painter, m, roller, split, roller.z_near, colours, spin),
    )


def _cylinder(
    painter: QPainter,
    m: _Mapper,
    roller: ObliqueRoller,
    z_far: float,
    z_near: float,
    colours: Colours,
    spin: float,
) -> QPainterPath:
    """The piece of the roller from depth ``z_far`` to ``z_near``: its outline (the circles at
    both depths joined by tangent lines), rows of knobs on the side facing the viewer that turn
    with ``spin``, and, where it is the roller's near end, the end as a side view draws it.
    Returns its outline."""
    far, near = roller.centre_at(z_far), roller.centre_at(z_near)
    r = roller.radius
    outline = _capsule_path(m, far, near, r, r, steps=ROLLER_STEPS)
    painter.setPen(QPen(colours.roller_dark, max(1.0, m.length(r) * 0.08)))
    painter.setBrush(colours.roller)
    painter.drawPath(outline)
    # the side facing the viewer: normals towards the far end's side of the axis
    dx, dy = roller.far[0] - roller.near[0], roller.far[1] - roller.near[1]
    reach = math.hypot(dx, dy) or 1.0
    rows = max(1, int((z_near - z_far) / KNOB_ROW))
    size = m.length(r) * 0.12
    centres = [
        roller.centre_at(z_near - (z_near - z_far) * j / (rows + 0.5)) for j in range(1, rows + 1)
    ]
    knobs: list[tuple[float, float, float]] = []  # pixel centre and radius, in painting order
    for i in range(10):
        angle = math.radians(spin + i * 36.0)
        cos, sin = math.cos(angle), math.sin(angle)
        facing = (cos * dx + sin * dy) / reach
        if facing < 0.2:
            continue
        k = size * (0.5 + 0.5 * facing)
        for cx, cy in centres:
            knobs.append((*m.pixels(cx + cos * r * 0.86, cy + sin * r * 0.86), k))
    painter.save()
    # the knobs lie well inside the outline; clipping them to it changes a pixel only in a
    # picture so small that one comes within a pixel of the edge (clipping costs a mask a piece).
    # A row's knobs differ only by a move along the axis: where its first and last lie inside
    # the (convex) outline, those between them do too.
    ends = knobs[:: len(centres)] + knobs[len(centres) - 1 :: len(centres)]
    if not all(inside_capsule(m, far, near, r, ROLLER_STEPS, x, y, k) for x, y, k in ends):
        painter.setClipPath(outline, Qt.ClipOperation.IntersectClip)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.roller_dark)
    for x, y, k in knobs:
        painter.drawEllipse(QRectF(x - k, y - k, 2 * k, 2 * k))
    painter.restore()
    if z_near >= roller.z_near:
        paint_roller_end(painter, m, near, r, colours, spin)
    return outline
