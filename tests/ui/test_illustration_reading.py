"""Pictures that read at a glance: near and far limbs told apart, faces, and marks large enough
for a thumbnail."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPainter, QPainterPath, QPalette
from pytestqt.qtbot import QtBot

from foamroll_gui.core.figure.kinematics import Body, solve
from foamroll_gui.core.figure.scene import Frame
from foamroll_gui.core.figure.top_view import drawn_from_above, top_view
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui import figure_marks
from foamroll_gui.ui.illustration import (
    FAR_THICKNESS,
    Colours,
    IllustrationWidget,
    load_stretches,
    paint_illustration,
    picture_aspect,
    step_bounds,
)
from foamroll_gui.ui.illustration_export import render_step
from foamroll_gui.ui.palettes import dark_palette, light_palette


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_far_limbs_are_clearly_darker_and_thinner_than_near_ones(palette: QPalette) -> None:
    colours = Colours(palette)
    near, far = colours.body.lightnessF(), colours.far.lightnessF()
    assert near - far >= 0.15  # darker in both themes: in shadow, behind the body
    assert FAR_THICKNESS <= 0.9
    # the eye stands out from the face it is painted on
    assert abs(colours.eye.lightnessF() - near) >= 0.25


def _changed(a: QImage, b: QImage) -> set[tuple[int, int]]:
    return {
        (x, y)
        for y in range(a.height())
        for x in range(a.width())
        if a.pixelColor(x, y) != b.pixelColor(x, y)
    }


def _paint(frame: Frame, size: QSize, bounds: tuple[float, float, float, float]) -> QImage:
    palette = light_palette()
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        paint_illustration(
            painter, QRectF(0, 0, size.width(), size.height()), frame, palette, bounds=bounds
        )
    finally:
        painter.end()
    return image


def _arrow_pixels(
    poses: TechniquePoses, step: str, width: int
) -> tuple[set[tuple[int, int]], Frame]:
    """The pixels the movement arrow (and its halo) changes in a picture ``width`` wide."""
    frame = poses.frame(step, None, 0.5)
    bounds = step_bounds(poses, step, None)
    size = QSize(width, round(width * picture_aspect(bounds, floor=not drawn_from_above(frame))))
    changed = _changed(
        _paint(frame, size, bounds), _paint(replace(frame, arrow=None), size, bounds)
    )
    return changed, frame


@pytest.mark.parametrize(
    ("muscle", "step"),
    [("calves", "roll"), ("quadriceps", "roll"), ("hamstrings", "rotate"), ("adductors", "roll")],
)
def test_arrows_read_on_a_150_px_thumbnail(
    illustrations: Mapping[str, TechniquePoses], muscle: str, step: str
) -> None:
    added, _ = _arrow_pixels(illustrations[muscle], step, 150)
    assert len(added) >= 150, len(added)  # a bold stroke and heads, not a hairline
    xs = [x for x, _ in added]
    ys = [y for _, y in added]
    assert max(max(xs) - min(xs), max(ys) - min(ys)) >= 20  # long enough to see the way


def test_a_turn_is_an_open_arc_not_a_hoop(
    illustrations: Mapping[str, TechniquePoses], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The solid, headed part of a turn is an open arc (a loop through the body read as "roll
    over the roller"); what closes the ring behind the limb is only a thin dashed line."""
    added, frame = _arrow_pixels(illustrations["hamstrings"], "rotate", 300)
    monkeypatch.setattr(figure_marks, "_back", lambda *_: QPainterPath())
    solid, _ = _arrow_pixels(illustrations["hamstrings"], "rotate", 300)
    cx = sum(x for x, _ in solid) / len(solid)
    cy = sum(y for _, y in solid) / len(solid)
    # the pixels of a closed ring surround its middle; an arc leaves a wide gap
    bins = {int((math.degrees(math.atan2(y - cy, x - cx)) + 180) // 15) for x, y in solid}
    assert frame.arrow is not None and frame.arrow.kind == "turn"
    assert len(bins) * 15 <= 270
    assert len(added - solid) <= 0.35 * len(solid)  # the back: thin and dashed


def test_parts_resting_on_the_floor_are_marked_and_lifted_ones_are_not(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    body = illustrations["calves"].frame("setup", "right").body
    resting = {c.name for c, _, _ in load_stretches(body)}
    assert {"near_hand", "pelvis"} <= resting
    assert "near_shin" not in resting  # on the roller, not the floor
    lifted = solve(illustrations["calves"].step("setup").keyframes[0].moved(dy=10.0))
    assert load_stretches(lifted) == []
    # from above the height is z: the forearms rest on the floor, the thigh on the roller not
    adductors = illustrations["adductors"].frame("hold", "right")
    from_above = {c.name for c, _, _ in load_stretches(top_view(adductors).body, height_axis="z")}
    assert {"near_forearm", "far_forearm"} <= from_above and "near_thigh" not in from_above


LYING = [
    ("quadriceps", "roll"),
    ("lats", "hold"),
    ("it-band", "roll"),
    ("tfl", "knee-bend"),
    ("adductors", "setup"),
]


@pytest.mark.parametrize(("muscle", "step"), LYING)
def test_a_lying_figure_fills_most_of_its_framed_picture(
    qtbot: QtBot, illustrations: Mapping[str, TechniquePoses], muscle: str, step: str
) -> None:
    widget = IllustrationWidget(autoplay=False)
    qtbot.addWidget(widget)
    widget.set_step(illustrations[muscle], step)
    width = 480
    height = widget.heightForWidth(width)
    assert height < width * 0.5  # a lying body gets a wide, low picture
    image = render_step(illustrations[muscle], step, QSize(width, height), palette=light_palette())
    colours = Colours(light_palette())
    figure = [colours.body, colours.far, colours.hair, colours.accent]
    rows = [
        y
        for y in range(height)
        if any(
            abs(image.pixelColor(x, y).red() - c.red())
            + abs(image.pixelColor(x, y).green() - c.green())
            + abs(image.pixelColor(x, y).blue() - c.blue())
            < 12
            for x in range(0, width, 3)
            for c in figure
        )
    ]
    assert (rows[-1] - rows[0]) / height >= 0.55


def _far_pixels_of(frame: Frame, bounds: tuple[float, float, float, float]) -> int:
    image = _paint(frame, QSize(300, 190), bounds)
    far = Colours(light_palette()).far.rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).rgb() == far
    )


def _far_pixels(poses: TechniquePoses, step: str) -> int:
    return _far_pixels_of(poses.frame(step, "right", 0.5), step_bounds(poses, step, "right"))


def test_side_lying_seen_from_the_front_draws_no_limb_as_far(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    # the face looks at the viewer, so the bottom leg and arm are beside the body, not behind
    assert _far_pixels(illustrations["it-band"], "cross") == 0
    assert _far_pixels(illustrations["peroneals"], "roll") == 0
    # a leg planted in front of a body seen from behind is behind it: darker
    poses = illustrations["it-band"]
    frame = poses.frame("cross", "right", 0.5)
    leg = ("far_thigh", "far_shin", "far_foot")
    body = Body(
        tuple(
            replace(c, a=replace(c.a, z=c.a.z - 30.0), b=replace(c.b, z=c.b.z - 30.0))
            if c.name in leg
            else c
            for c in frame.body.capsules
        ),
        frame.body.joints,
    )
    behind = replace(frame, body=body)
    assert _far_pixels_of(behind, step_bounds(poses, "cross", "right")) > 50
    # in profile the far side stays darker
    assert _far_pixels(illustrations["quadriceps"], "setup") > 50
