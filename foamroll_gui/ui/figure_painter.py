"""Paints a step picture: a flat, friendly figure on a foam roller, in the widget's palette.

A body lying along the line of sight is drawn from above (the floor fills the picture, the
roller is a shaded cylinder, the back of the head, the spine and the flat hands show it is face
down: :mod:`~foamroll_gui.ui.figure_above`); the head shows where the figure looks; far limbs
are darker and thinner (lying on the side, only those behind the trunk:
:mod:`~foamroll_gui.core.figure.side_lying`); a soft shadow marks every part resting on the
floor; arrows and a hold's press are sized by the picture so they read on a thumbnail, in ink
where they cross the highlight; a picture can be framed to its figure (:func:`picture_aspect`).

:func:`paint_illustration` is a pure function of a :class:`~foamroll_gui.core.figure.scene.Frame`;
:class:`~foamroll_gui.ui.illustration.IllustrationWidget` shows one step and animates a
moving step back and forth while it is visible."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette

from foamroll_gui.core.figure.scene import Frame
from foamroll_gui.core.figure.side_lying import feet_end_on, lies_on_side
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
    _Mapper,
)
from foamroll_gui.ui.figure_marks import _mark_sizes, _paint_arrow, paint_press
from foamroll_gui.ui.figure_parts import (
    _paint_body,
    _paint_floor,
    _paint_load_points,
    _paint_roller,
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
