"""Round 4 of the blind review read the upper back's hold, a down arrow on the folded arms, as
"push the chest down". The hold now marks where the back sinks into the roller, on the back,
clear of the arms; the highlight is the back, not the chest."""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter, QPalette

from foamroll_gui.core.figure.scene import Frame
from foamroll_gui.core.illustrations.arrows import surface_distance
from foamroll_gui.core.illustrations.marks import HALF_REACH
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui.figure_base import Colours, _Mapper
from foamroll_gui.ui.figure_painter import _padded, paint_illustration, step_bounds
from foamroll_gui.ui.palettes import light_palette

SIZE = QSize(900, 380)
ARMS = ("near_upper_arm", "near_forearm", "near_hand", "far_upper_arm", "far_forearm")


def _paint(poses: TechniquePoses, frame: Frame, step: str, *, press: bool) -> QImage:
    palette = light_palette()
    image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    try:
        paint_illustration(
            painter,
            QRectF(0, 0, SIZE.width(), SIZE.height()),
            frame,
            palette,
            bounds=step_bounds(poses, step, None),
            press=press,
        )
    finally:
        painter.end()
    return image


def _points(
    poses: TechniquePoses, step: str, pixels: list[tuple[int, int]]
) -> list[tuple[float, float]]:
    m = _Mapper(QRectF(0, 0, SIZE.width(), SIZE.height()), _padded(step_bounds(poses, step)))
    return [((x - m.ox) / m.scale, (m.oy - y) / m.scale) for x, y in pixels]


def test_the_hold_marks_the_back_sinking_into_the_roller_not_the_chest(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    poses = illustrations["upper-back"]
    frame = poses.frame("hold", None, 0.0)
    plain, pressed = (
        _paint(poses, frame, "hold", press=False),
        _paint(poses, frame, "hold", press=True),
    )
    added = [
        (x, y)
        for y in range(0, SIZE.height(), 2)
        for x in range(0, SIZE.width(), 2)
        if plain.pixelColor(x, y).rgb() != pressed.pixelColor(x, y).rgb()
    ]
    points = _points(poses, "hold", added)
    assert len(points) > 40
    torso = frame.body.capsule("torso")
    for x, y in points:
        t, _ = torso.closest(x, y)
        assert y < torso.point_at(t).y  # in the back's half, by the roller
        for arm in ARMS:
            assert surface_distance(frame.body, arm, x, y) > 0.0, arm  # nothing on the arms
    rx = frame.roller.x
    assert min(abs(x - rx) for x, _ in points) < 2.0  # over the roller


def test_the_highlight_is_the_back_not_the_chest(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    poses = illustrations["upper-back"]
    frame = poses.frame("setup", None, 0.0)
    image = _paint(poses, frame, "setup", press=False)
    accent = Colours(light_palette()).accent.rgb()
    spots = [
        (x, y)
        for y in range(0, SIZE.height(), 2)
        for x in range(0, SIZE.width(), 2)
        if image.pixelColor(x, y).rgb() == accent
    ]
    points = _points(poses, "setup", spots)
    assert len(points) > 200
    torso = frame.body.capsule("torso")
    dx, dy = torso.b.x - torso.a.x, torso.b.y - torso.a.y
    length = math.hypot(dx, dy)
    nx, ny = dy / length, -dx / length  # across the trunk, towards the chest (up)
    assert ny > 0
    for x, y in points:  # nothing on the chest's half, past the axis's share of the back
        chestward = (x - torso.a.x) * nx + (y - torso.a.y) * ny
        assert chestward < torso.rb * HALF_REACH + 0.5
