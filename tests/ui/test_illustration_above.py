"""Face down, seen from above: a roller that reads as a cylinder, the back of the head, the
spine, fingers on the floor, and the thigh's shadow on the roller."""

from __future__ import annotations

import math
from collections.abc import Mapping

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from foamroll_gui.core.figure.top_view import top_view
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui import figure_painter
from foamroll_gui.ui.figure_base import Colours, _Mapper
from foamroll_gui.ui.figure_painter import _padded
from foamroll_gui.ui.illustration import paint_illustration, step_bounds
from foamroll_gui.ui.palettes import dark_palette, light_palette

SIZE = QSize(600, 380)
PALETTES = [light_palette(), dark_palette()]


def _render(
    poses: TechniquePoses, step: str, palette: QPalette, *, press: bool = False
) -> tuple[QImage, _Mapper]:
    frame = poses.frame(step, "right", 0.5)
    bounds = step_bounds(poses, step, "right")
    image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    try:
        paint_illustration(
            painter,
            QRectF(0, 0, SIZE.width(), SIZE.height()),
            frame,
            palette,
            bounds=bounds,
            press=press,
        )
    finally:
        painter.end()
    return image, _Mapper(
        QRectF(0, 0, SIZE.width(), SIZE.height()), _padded(bounds, floor=False), floor=False
    )


def _lightness(image: QImage, x: float, y: float) -> float:
    return image.pixelColor(round(x), round(y)).lightnessF()


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


@pytest.mark.parametrize("palette", PALETTES, ids=["light", "dark"])
def test_the_roller_from_above_is_shaded_as_a_cylinder(
    illustrations: Mapping[str, TechniquePoses], palette: QPalette
) -> None:
    poses = illustrations["adductors"]
    image, m = _render(poses, "setup", palette)  # nothing rests on it yet
    roller = top_view(poses.frame("setup", "right")).roller
    left, bottom, _right, top = roller.box
    x = m.point(left + roller.length * 0.3, 0).x()
    edge_top, edge_bottom = m.point(0, top).y() + 3, m.point(0, bottom).y() - 3
    stripe = m.point(0, top - (top - bottom) * 0.42).y()
    middle_row = [_lightness(image, x, y) for y in (stripe - 1, stripe, stripe + 1)]
    assert max(middle_row) > Colours(palette).roller.lightnessF() + 0.05  # a highlight
    # a light stripe along its top, darker towards both long edges: round, not a flat bar
    assert max(middle_row) > _lightness(image, x, edge_top) + 0.08
    assert max(middle_row) > _lightness(image, x, edge_bottom) + 0.08


@pytest.mark.parametrize("palette", PALETTES, ids=["light", "dark"])
def test_face_down_from_above_shows_the_back_of_the_head_and_the_spine(
    illustrations: Mapping[str, TechniquePoses], palette: QPalette
) -> None:
    poses = illustrations["adductors"]
    image, m = _render(poses, "setup", palette)
    colours = Colours(palette)
    body = top_view(poses.frame("setup", "right", 0.5)).body
    head = body.capsule("head")
    centre, r = m.point(head.a.x, head.a.y), m.length(head.ra)
    # all hair (no eye, no face disc): the back of the head, its strands a shade of the hair
    ring = [
        image.pixelColor(
            round(centre.x() + math.cos(a) * r * 0.6), round(centre.y() + math.sin(a) * r * 0.6)
        )
        for a in (2 * math.pi * k / 16 for k in range(16))
    ]
    assert all(_distance(c, colours.hair) < _distance(c, colours.body) for c in ring), [
        c.name() for c in ring
    ]
    assert sum(_distance(c, colours.hair) <= 30 for c in ring) >= 8, [c.name() for c in ring]
    # the spine: a line down the middle of the back, unlike the back beside it
    torso = body.capsule("torso")
    mid = torso.point_at(0.5)
    spine = m.point(mid.x, mid.y)
    beside = m.point(mid.x, mid.y + torso.rb * 0.5)
    assert _distance(image.pixelColor(round(spine.x()), round(spine.y())), colours.body) > 30
    assert _distance(image.pixelColor(round(beside.x()), round(beside.y())), colours.body) <= 12


def test_the_thigh_on_the_roller_casts_a_shadow_on_it(
    illustrations: Mapping[str, TechniquePoses], monkeypatch: pytest.MonkeyPatch
) -> None:
    poses = illustrations["adductors"]
    palette = light_palette()
    shaded = {step: _render(poses, step, palette)[0] for step in ("setup", "hold")}
    monkeypatch.setattr(figure_painter, "paint_shadows_on_roller", lambda *args: None)
    plain = {step: _render(poses, step, palette)[0] for step in ("setup", "hold")}

    def darker(a: QImage, b: QImage) -> int:
        return sum(
            1
            for y in range(0, a.height(), 2)
            for x in range(0, a.width(), 2)
            if a.pixelColor(x, y).lightnessF() < b.pixelColor(x, y).lightnessF() - 0.05
        )

    # the thigh resting on the roller darkens it beside the thigh; nothing rests on it in setup
    assert darker(shaded["hold"], plain["hold"]) >= 20
    assert darker(shaded["setup"], plain["setup"]) == 0


@pytest.mark.parametrize("palette", PALETTES, ids=["light", "dark"])
def test_face_down_from_above_shows_soles_turned_up_and_two_buttocks(
    illustrations: Mapping[str, TechniquePoses], palette: QPalette
) -> None:
    """What reads as lying on the belly at a glance: the soles of both feet face the ceiling (a
    sole lighter than the skin around it), and the seat is two cheeks (a fold under each side
    of the cleft), not one round disc."""
    poses = illustrations["adductors"]
    image, m = _render(poses, "setup", palette)
    colours = Colours(palette)
    body = top_view(poses.frame("setup", "right", 0.5)).body
    for name in ("near_foot", "far_foot"):
        foot = body.capsule(name)
        sole = foot.point_at(0.65)
        at = m.point(sole.x, sole.y)
        seen = image.pixelColor(round(at.x()), round(at.y()))
        assert _distance(seen, colours.body) > 30, (name, seen.name())
        # lighter than the skin in a light theme, darker in a dark one: towards the floor's
        assert _distance(seen, colours.background) < _distance(colours.body, colours.background)
    pelvis = body.capsule("pelvis")
    hip, seat = pelvis.a, pelvis.ra
    for sign in (1.0, -1.0):  # each side of the cleft, behind the hips
        marks = 0
        for i in range(25):
            for j in range(12):
                x = hip.x - seat * (0.2 + 0.6 * i / 24)
                y = hip.y + sign * seat * (0.25 + 0.55 * j / 11)
                p = m.point(x, y)
                if _distance(image.pixelColor(round(p.x()), round(p.y())), colours.body) > 40:
                    marks += 1
        assert marks >= 5, (sign, marks)


def _across_thigh(
    poses: TechniquePoses, step: str, palette: QPalette, phase: float = 0.5
) -> tuple[QColor, QColor, QColor]:
    """The colours a third of the way across the target thigh's middle, on the side facing
    the hips and on the side away from them, and the accent colour."""
    image, m = _render(poses, step, palette)
    view = top_view(poses.frame(step, "right", phase))
    thigh = view.body.capsule(view.target.segment)
    t = (view.target.start + view.target.end) / 2
    centre, r = thigh.point_at(t), thigh.radius_at(t)
    hip = view.body.joint("hip")
    dx, dy = thigh.b.x - thigh.a.x, thigh.b.y - thigh.a.y
    norm = math.hypot(dx, dy)
    nx, ny = -dy / norm, dx / norm
    if (hip.x - centre.x) * nx + (hip.y - centre.y) * ny < 0:
        nx, ny = -nx, -ny
    colours = []
    for sign in (1.0, -1.0):
        p = m.point(centre.x + sign * nx * r * 0.55, centre.y + sign * ny * r * 0.55)
        colours.append(image.pixelColor(round(p.x()), round(p.y())))
    return colours[0], colours[1], Colours(palette).accent


@pytest.mark.parametrize("palette", PALETTES, ids=["light", "dark"])
def test_the_adductors_setup_highlights_the_inner_half_of_the_thigh(
    illustrations: Mapping[str, TechniquePoses], palette: QPalette
) -> None:
    """The thigh lies beside the roller, not on it yet: all of it highlighted read as the OUTER
    thigh (round 4). Only its half facing the body's midline is the target."""
    inner, outer, accent = _across_thigh(illustrations["adductors"], "setup", palette)
    assert _distance(inner, accent) < 40, inner.name()
    assert _distance(outer, accent) > 120, outer.name()


@pytest.mark.parametrize("step", ["leg-over", "roll", "hold", "switch"])
def test_a_thigh_on_the_roller_is_highlighted_across_its_whole_width(
    illustrations: Mapping[str, TechniquePoses], step: str
) -> None:
    poses = illustrations["adductors"]
    for phase in (0.0, 0.5, 1.0):
        assert top_view(poses.frame(step, "right", phase)).inner_side() is None, (step, phase)
    inner, outer, accent = _across_thigh(poses, step, light_palette())
    assert _distance(inner, accent) < 40, inner.name()
    assert _distance(outer, accent) < 40, outer.name()


@pytest.mark.parametrize("palette", PALETTES, ids=["light", "dark"])
def test_the_adductors_hold_shows_no_mark(
    illustrations: Mapping[str, TechniquePoses], palette: QPalette
) -> None:
    """From above, a press arrow down read as "roll along towards the knee" (round 5) and rings
    as "make circles" (round 4); the hold's pose file says ``mark: none``, and the painter draws
    it as a still: the same pixels whether or not the caller asks for a hold's press."""
    poses = illustrations["adductors"]
    pressed, _m = _render(poses, "hold", palette, press=True)
    plain, _m = _render(poses, "hold", palette)
    assert pressed == plain
    # a hold that keeps its mark still gets it from the same painter call
    marked, _m = _render(poses, "leg-over", palette, press=True)
    unmarked, _m = _render(poses, "leg-over", palette)
    assert marked != unmarked
