"""Round 4 of the blind review read the upper back's hold, a down arrow on the folded arms, as
"push the chest down". The hold now marks where the back sinks into the roller, on the back,
clear of the arms; the highlight is the back, not the chest."""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QRectF, QSize

from foamroll_gui.core.illustrations.marks import HALF_REACH
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui.figure_base import Colours, _Mapper
from foamroll_gui.ui.figure_painter import _padded, step_bounds
from foamroll_gui.ui.palettes import light_palette
from tests.ui.picture_paint import paint_frame

SIZE = QSize(900, 380)
ARMS = ("near_upper_arm", "near_forearm", "near_hand", "far_upper_arm", "far_forearm")


def _points(
    poses: TechniquePoses, step: str, pixels: list[tuple[int, int]]
) -> list[tuple[float, float]]:
    m = _Mapper(QRectF(0, 0, SIZE.width(), SIZE.height()), _padded(step_bounds(poses, step)))
    return [((x - m.ox) / m.scale, (m.oy - y) / m.scale) for x, y in pixels]


def test_the_hold_shows_no_mark_on_a_back_lying_on_the_roller(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    """Round 4 read a press on the chest as "push the chest down", round 5 the pulse at the
    roller as "vibration, sound or heat"; a still picture was read as "hold still on this
    spot", which is what the words say (the pose file's ``mark: none``)."""
    poses = illustrations["upper-back"]
    frame = poses.frame("hold", None, 0.0)
    plain, pressed = (
        paint_frame(poses, "hold", frame, SIZE, press=False),
        paint_frame(poses, "hold", frame, SIZE, press=True),
    )
    assert plain == pressed


def test_the_highlight_is_the_back_not_the_chest(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    poses = illustrations["upper-back"]
    frame = poses.frame("setup", None, 0.0)
    image = paint_frame(poses, "setup", frame, SIZE, press=False)
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
