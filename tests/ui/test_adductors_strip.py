"""The adductors' setup from above: the thigh lies beside the roller, and its target is a strip
along its inner edge (the edge facing the other leg), from the groin to above the knee. Its
half, reaching past its axis, read as the OUTER hip or thigh by the roller (round 5, picture 30)."""

from __future__ import annotations

import math
from collections.abc import Mapping

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from foamroll_gui.core.figure.geometry import Point
from foamroll_gui.core.figure.top_view import TopView, top_view
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui.figure_base import Colours, _Mapper
from foamroll_gui.ui.figure_painter import _padded
from foamroll_gui.ui.illustration import paint_illustration, step_bounds
from foamroll_gui.ui.palettes import dark_palette, light_palette

SIZE = QSize(900, 420)
PALETTES = [light_palette(), dark_palette()]


def _render(poses: TechniquePoses, side: str, palette: QPalette) -> tuple[QImage, _Mapper]:
    bounds = step_bounds(poses, "setup", side)
    image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    rect = QRectF(0, 0, SIZE.width(), SIZE.height())
    try:
        paint_illustration(painter, rect, poses.frame("setup", side), palette, bounds=bounds)
    finally:
        painter.end()
    return image, _Mapper(rect, _padded(bounds, floor=False), floor=False)


def _accent(image: QImage, palette: QPalette) -> list[tuple[int, int]]:
    accent = Colours(palette).accent
    return [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if _distance(image.pixelColor(x, y), accent) < 40
    ]


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def _towards_midline(view: TopView) -> tuple[float, float]:
    thigh = view.body.capsule(view.target.segment)
    hip = view.body.joint("hip")
    dx, dy = thigh.b.x - thigh.a.x, thigh.b.y - thigh.a.y
    norm = math.hypot(dx, dy)
    nx, ny = -dy / norm, dx / norm
    middle = thigh.point_at(0.5)
    if (hip.x - middle.x) * nx + (hip.y - middle.y) * ny < 0:
        nx, ny = -nx, -ny
    return nx, ny


@pytest.mark.parametrize("side", ["right", "left"])
@pytest.mark.parametrize("palette", PALETTES, ids=["light", "dark"])
def test_the_setup_highlight_is_a_strip_along_the_inner_edge(
    illustrations: Mapping[str, TechniquePoses], palette: QPalette, side: str
) -> None:
    poses = illustrations["adductors"]
    image, m = _render(poses, side, palette)
    view = top_view(poses.frame("setup", side))
    thigh = view.body.capsule(view.target.segment)
    nx, ny = _towards_midline(view)
    accent = Colours(palette).accent
    seat = view.body.capsule("pelvis")
    seen = 0
    for t in (0.3, 0.45, 0.6, 0.75):
        centre, r = thigh.point_at(t), thigh.radius_at(t)

        def colour(share: float, centre: Point = centre, r: float = r) -> QColor:
            q = m.point(centre.x + nx * r * share, centre.y + ny * r * share)
            return image.pixelColor(round(q.x()), round(q.y()))

        edge = (centre.x + nx * r, centre.y + ny * r)
        if seat.closest(*edge)[1] < seat.ra + 1.5:
            continue  # the seat lies over the groin end
        seen += 1
        assert _distance(colour(0.65), accent) < 40, (t, colour(0.65).name())  # by the edge
        assert _distance(colour(0.0), accent) > 120, (t, colour(0.0).name())  # not its axis
        assert _distance(colour(-0.6), accent) > 120, t  # nor its outer side
    assert seen >= 2


@pytest.mark.parametrize("side", ["right", "left"])
def test_the_setup_strip_runs_from_the_seat_to_above_the_knee_away_from_the_roller(
    illustrations: Mapping[str, TechniquePoses], side: str
) -> None:
    poses = illustrations["adductors"]
    palette = light_palette()
    image, m = _render(poses, side, palette)
    view = top_view(poses.frame("setup", side))
    thigh = view.body.capsule(view.target.segment)
    lit = _accent(image, palette)
    assert len(lit) >= 200
    # along the thigh: from the seat's edge to above the knee (not onto it)
    knee, hip = m.point(thigh.b.x, thigh.b.y), m.point(thigh.a.x, thigh.a.y)
    length = math.hypot(hip.x() - knee.x(), hip.y() - knee.y())
    ux, uy = (hip.x() - knee.x()) / length, (hip.y() - knee.y()) / length
    along = [(x - knee.x()) * ux + (y - knee.y()) * uy for x, y in lit]
    assert min(along) > 0.05 * length  # above the knee
    assert max(along) - min(along) > 0.4 * length  # a strip along the thigh, not a patch
    # across: on the thigh's half away from the roller (the inner edge), none on its side
    roller_y = m.point(0.0, view.roller.centre[1]).y()
    axis_y = m.point(*((thigh.a.x + thigh.b.x) / 2, (thigh.a.y + thigh.b.y) / 2)).y()
    for _x, y in lit:
        assert abs(y - roller_y) > abs(axis_y - roller_y), (y, axis_y, roller_y)
