"""Round 4 of the blind review could not tell the front of the shin from the calf, or the outer
side from the calf: the lower leg was a plain tapered bar. It now has a calf bulging at its back
and a straight front; the highlight is the side of the lower leg lying on the roller (the front
for shins, the calf for calves, the outer side for peroneals), and the shins' press reaches the
front of the shin, not only the calf on top."""

from __future__ import annotations

import math
from collections.abc import Mapping

import pytest
from PySide6.QtCore import QSize

from foamroll_gui.core.figure.kinematics import Body, Capsule
from foamroll_gui.core.figure.oblique import oblique_view
from foamroll_gui.core.figure.scene import Frame
from foamroll_gui.core.figure.side_lying import feet_end_on, lies_on_side
from foamroll_gui.core.illustrations.marks import HALF_REACH
from foamroll_gui.core.illustrations.step_poses import StepFrame, TechniquePoses
from foamroll_gui.ui.figure_base import Colours
from foamroll_gui.ui.figure_parts import calf_bulge
from foamroll_gui.ui.palettes import light_palette
from tests.ui.picture_paint import paint_frame, picture_mapper, to_cm

SIZE = QSize(900, 360)


def _across(c: Capsule, x: float, y: float, towards: tuple[float, float]) -> float:
    """How far a point lies from the capsule's axis, positive towards ``towards``."""
    dx, dy = c.b.x - c.a.x, c.b.y - c.a.y
    length = math.hypot(dx, dy)
    nx, ny = -dy / length, dx / length
    if (towards[0] - c.a.x) * nx + (towards[1] - c.a.y) * ny < 0:
        nx, ny = -nx, -ny
    return (x - c.a.x) * nx + (y - c.a.y) * ny


def _shown_body(frame: Frame) -> Frame:
    if lies_on_side(frame.body, frame.camera):
        return Frame(feet_end_on(frame.body), frame.roller, frame.target, frame.camera)
    return frame


def _drawn(frame: StepFrame) -> tuple[Body, tuple[float, float]]:
    """The body as painted and the roller's centre beside its target (a picture drawn
    obliquely moves both with their depth)."""
    if frame.oblique == 0:
        return _shown_body(frame).body, frame.roller.centre
    seen = oblique_view(frame, frame.oblique)
    return seen.body, seen.roller_centre(frame.target.segment)


@pytest.mark.parametrize(("muscle", "on_roller"), [("calves", True), ("shins", False)])
def test_the_calf_bulges_at_the_back_of_the_lower_leg(
    illustrations: Mapping[str, TechniquePoses], muscle: str, on_roller: bool
) -> None:
    """Calves lie on their calf, shins on their front: the calf is on the roller's side for
    one and away from it for the other, and it stands out past the leg's outline."""
    frame = illustrations[muscle].frame("hold", None, 0.0)
    shin = frame.body.capsule("near_shin")
    x, y, _, across, _ = calf_bulge(frame.body, "near_shin")
    side = _across(shin, x, y, frame.roller.centre)
    assert (side > 0) == on_roller
    t, _ = shin.closest(x, y)
    assert abs(side) + across > shin.radius_at(t) * 1.25


@pytest.mark.parametrize("muscle", ["calves", "shins"])
def test_the_painted_lower_leg_has_a_calf_and_a_straight_front(
    illustrations: Mapping[str, TechniquePoses], muscle: str
) -> None:
    poses = illustrations[muscle]
    frame = poses.frame("setup", None, 0.0)
    image = paint_frame(poses, "setup", frame, SIZE, press=False)
    m = picture_mapper(poses, "setup", SIZE)
    colours = Colours(light_palette())
    leg = {colours.body.rgb(), colours.accent.rgb()}  # the near leg, or its highlight
    body, _ = _drawn(frame)
    shin = body.capsule("near_shin")
    x, y, *_ = calf_bulge(body, "near_shin")
    t, _ = shin.closest(x, y)
    centre, r = shin.point_at(t), shin.radius_at(t)
    back = math.hypot(x - centre.x, y - centre.y)
    ux, uy = (x - centre.x) / back, (y - centre.y) / back
    for reach, painted in ((1.2, True), (-1.2, False)):  # the calf out, the front straight
        p = m.point(centre.x + ux * r * reach, centre.y + uy * r * reach)
        colour = image.pixelColor(round(p.x()), round(p.y())).rgb()
        # (in front of it: the picture's background, or the floor or far leg behind it)
        assert (colour in leg) == painted, (reach, hex(colour))


@pytest.mark.parametrize(("muscle", "on_bulge"), [("shins", False), ("calves", True)])
def test_the_highlight_is_the_side_of_the_lower_leg_on_the_roller(
    illustrations: Mapping[str, TechniquePoses], muscle: str, on_bulge: bool
) -> None:
    poses = illustrations[muscle]
    frame = poses.frame("hold", None, 0.0)
    image = paint_frame(poses, "hold", frame, SIZE, press=False)
    m = picture_mapper(poses, "hold", SIZE)
    accent = Colours(light_palette()).accent.rgb()
    body, roller = _drawn(frame)
    shin = body.capsule(frame.target.segment)
    spots = [
        _across(shin, *to_cm(m, x, y), roller)
        for y in range(0, SIZE.height(), 2)
        for x in range(0, SIZE.width(), 2)
        if image.pixelColor(x, y).rgb() == accent
    ]
    assert len(spots) > 150
    assert min(spots) > -shin.ra * HALF_REACH - 0.5  # nothing on the far side of the leg
    # calves: part of it on the calf, past the plain leg's outline
    assert (max(spots) > shin.ra * 1.1) == on_bulge


def test_the_peroneals_highlight_is_the_outer_side_on_the_roller(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    poses = illustrations["peroneals"]
    frame = poses.frame("hold", None, 0.0)
    image = paint_frame(poses, "hold", frame, SIZE, press=False)
    m = picture_mapper(poses, "hold", SIZE)
    accent = Colours(light_palette()).accent.rgb()
    shin = frame.body.capsule(frame.target.segment)
    spots = [
        _across(shin, *to_cm(m, x, y), frame.roller.centre)
        for y in range(0, SIZE.height(), 2)
        for x in range(0, SIZE.width(), 2)
        if image.pixelColor(x, y).rgb() == accent
    ]
    assert len(spots) > 100
    assert min(spots) > -shin.ra * HALF_REACH - 0.5


def test_the_shins_press_reaches_the_front_of_the_shin(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    poses = illustrations["shins"]
    frame = poses.frame("hold", None, 0.0)
    plain = paint_frame(poses, "hold", frame, SIZE, press=False)
    pressed = paint_frame(poses, "hold", frame, SIZE, press=True)
    m = picture_mapper(poses, "hold", SIZE)
    added = [
        to_cm(m, x, y)
        for y in range(0, SIZE.height(), 2)
        for x in range(0, SIZE.width(), 2)
        if plain.pixelColor(x, y).rgb() != pressed.pixelColor(x, y).rgb()
    ]
    assert len(added) > 40
    shin = frame.body.capsule("near_shin")
    tip = min(added, key=lambda p: p[1])
    # down past the calf and the shin's middle, onto the highlighted front
    assert _across(shin, *tip, frame.roller.centre) > -shin.ra * HALF_REACH - 1.0
