"""Round 4 of the blind review read the lats pictures as "the whole side of the trunk", the
hold's press as "push the shoulder down" and the turn as "roll right over the roller". The
highlight is the lat on the roller, the press lands on it clear of the top arm, and the turn
is a small one of the chest's top edge, clear of the roller."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import QSize

from foamroll_gui.core.figure.kinematics import Capsule
from foamroll_gui.core.illustrations.arrows import surface_distance
from foamroll_gui.core.illustrations.marks import HALF_REACH
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui.figure_base import Colours
from foamroll_gui.ui.figure_painter import drawn_bounds
from foamroll_gui.ui.palettes import light_palette
from tests.ui.picture_paint import changed_pixels, paint_frame, picture_mapper, to_cm

SIZE = QSize(900, 300)


def _across(c: Capsule, x: float, y: float, towards: tuple[float, float]) -> tuple[float, float]:
    """``(along, across)`` of a point from the capsule's start: along its axis, and across it
    positive towards ``towards``."""
    dx, dy = c.b.x - c.a.x, c.b.y - c.a.y
    length = math.hypot(dx, dy)
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    if (towards[0] - c.a.x) * nx + (towards[1] - c.a.y) * ny < 0:
        nx, ny = -nx, -ny
    return ((x - c.a.x) * ux + (y - c.a.y) * uy, (x - c.a.x) * nx + (y - c.a.y) * ny)


def test_the_lat_is_highlighted_on_the_roller_below_the_armpit(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    poses = illustrations["lats"]
    frame = poses.frame("hold", None, 0.0)
    image = paint_frame(poses, "hold", frame, SIZE, press=False)
    accent = Colours(light_palette()).accent.rgb()
    m = picture_mapper(poses, "hold", SIZE)
    torso = frame.body.capsule("torso")
    spots = [
        _across(torso, *to_cm(m, x, y), frame.roller.centre)
        for y in range(0, SIZE.height(), 2)
        for x in range(0, SIZE.width(), 2)
        if image.pixelColor(x, y).rgb() == accent
    ]
    assert len(spots) > 300
    length = torso.length()
    # on the half of the trunk that lies on the roller, not over the whole side
    assert min(across for _, across in spots) > -torso.rb * HALF_REACH
    # a stretch of the trunk between the armpit and the bottom of the ribs, not all of it
    alongs = [along / length for along, _ in spots]
    assert max(alongs) - min(alongs) <= 0.6
    assert max(alongs) >= 0.8  # up to just below the armpit


def test_the_press_lands_on_the_lat_clear_of_the_top_arm(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    poses = illustrations["lats"]
    frame = poses.frame("hold", None, 0.0)
    added = changed_pixels(
        paint_frame(poses, "hold", frame, SIZE, press=True),
        paint_frame(poses, "hold", frame, SIZE, press=False),
    )
    m = picture_mapper(poses, "hold", SIZE)
    points = [to_cm(m, x, y) for x, y in added]
    assert len(points) > 40
    for arm in ("near_upper_arm", "near_forearm", "near_hand"):
        # at most its halo grazes the shoulder's edge; nothing of it lies on the arm
        inside = [p for p in points if surface_distance(frame.body, arm, *p) < -1.5]
        assert inside == [], (arm, len(inside))
    torso = frame.body.capsule("torso")
    tip = min(points, key=lambda p: p[1])
    along, across = _across(torso, *tip, frame.roller.centre)
    assert across > -torso.rb * HALF_REACH - 1.5  # down to the highlighted half
    assert along / torso.length() > 0.35


def test_the_chest_turns_on_the_roller_without_a_loop_through_it(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    poses = illustrations["lats"]
    frame = poses.frame("rotate", None, 0.0)
    assert frame.arrow is not None and frame.arrow.kind == "turn"
    added = changed_pixels(
        paint_frame(poses, "rotate", frame, SIZE, press=False),
        paint_frame(poses, "rotate", replace(frame, arrow=None), SIZE, press=False),
    )
    m = picture_mapper(poses, "rotate", SIZE)
    points = [to_cm(m, x, y) for x, y in added]
    assert len(points) > 40
    rx, ry = frame.roller.centre
    assert min(math.hypot(x - rx, y - ry) for x, y in points) > frame.roller.radius + 1.0
    # it wraps the chest's top edge: from inside the trunk to past its surface
    torso = frame.body.capsule("torso")
    across = [_across(torso, x, y, frame.roller.centre)[1] for x, y in points]
    assert min(across) < -torso.rb  # past the top surface
    assert max(across) > -torso.rb * 0.5  # and into the chest
    assert drawn_bounds(frame)[3] >= max(y for _, y in points) - 2.0
