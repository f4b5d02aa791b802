"""Round 5 of the blind review on the upper back, as painted pixels: the arm behind the head
was drawn over the face (no eye could be seen, 'can't tell whether the hands go behind the head
or across the chest'), and the highlight 'runs quite far toward the lower back'."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette

from foamroll_gui.core.figure.scene import Target
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui.figure_base import Colours
from foamroll_gui.ui.palettes import light_palette
from tests.core.pose_data import as_pose
from tests.ui.picture_paint import paint_frame, picture_mapper

SIZE = QSize(900, 380)
#: The highlight ends at the bottom of the ribs and the top of the shoulder blades (shares of
#: the torso from the waist), give or take its rounded ends.
RIBS_BOTTOM = 0.45
SHOULDER_BLADES_TOP = 0.92
ROUNDING = 0.04
#: Inside the head: this share of its radius (its own outline and the nose lie on the rim).
INSIDE = 0.85

# Shipped before round 6: the near elbow beside the head's centre, the arm over the face.
OLD_HANDS_BEHIND_HEAD = {
    "root": (29.9, 27.9),
    "trunk": (186, 184, 160, 150),
    "near_arm": (162, 230, 330),
    "near_leg": (25, -71, -1),
    "depth": {
        "near_upper_arm": 38,
        "near_forearm": -78,
        "near_hand": -70,
        "far_upper_arm": -38,
        "far_forearm": 78,
        "far_hand": 70,
    },
}


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def _lines_across_the_head(poses: TechniquePoses, phase: float, palette: QPalette) -> int:
    """Pixels of an outline (the background colour) inside the head, away from its rim: where
    a limb drawn over the head shows its edge. The face and the eye have none."""
    step = "hands-behind-head"
    frame = poses.frame(step, None, phase)
    image, m = paint_frame(poses, step, frame, SIZE, palette), picture_mapper(poses, step, SIZE)
    head = frame.body.capsule("head")
    centre = m.point(head.a.x, head.a.y)
    r = head.ra * m.scale * INSIDE
    background = palette.color(QPalette.ColorRole.Base)
    count = 0
    for y in range(int(centre.y() - r), int(centre.y() + r) + 1):
        for x in range(int(centre.x() - r), int(centre.x() + r) + 1):
            inside = math.hypot(x - centre.x(), y - centre.y()) < r
            if inside and _distance(image.pixelColor(x, y), background) <= 40:
                count += 1
    return count


@pytest.mark.parametrize("phase", [0.0, 0.5, 1.0])
def test_no_arm_is_drawn_across_the_face(
    illustrations: Mapping[str, TechniquePoses], phase: float
) -> None:
    """'Lace your fingers behind your head': the near arm goes behind the head, so nothing
    is drawn across the face (round 5: 'the arm is drawn over the head/face'). In the light
    theme, where the eye is not the background colour."""
    poses = illustrations["upper-back"]
    assert _lines_across_the_head(poses, phase, light_palette()) == 0


def test_the_old_arm_was_drawn_across_the_face(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    poses = illustrations["upper-back"]
    step = poses.step("hands-behind-head")
    old_pose = as_pose(OLD_HANDS_BEHIND_HEAD)
    old_step = replace(step, keyframes=(old_pose, old_pose))
    old = replace(poses, steps={**poses.steps, "hands-behind-head": old_step})
    assert _lines_across_the_head(old, 0.0, light_palette()) > 50


def _highlight_reach(poses: TechniquePoses, step: str, phase: float) -> tuple[float, float]:
    """The lowest and highest share of the torso (waist 0, base of the neck 1) the painted
    highlight covers."""
    frame = poses.frame(step, None, phase)
    palette = light_palette()
    image, m = paint_frame(poses, step, frame, SIZE, palette), picture_mapper(poses, step, SIZE)
    accent = Colours(palette).accent
    torso = frame.body.capsule("torso")
    dx, dy = torso.b.x - torso.a.x, torso.b.y - torso.a.y
    length2 = dx * dx + dy * dy
    shares = []
    for y in range(0, SIZE.height(), 2):
        for x in range(0, SIZE.width(), 2):
            if image.pixelColor(x, y).rgb() == accent.rgb():
                px, py = (x - m.ox) / m.scale, (m.oy - y) / m.scale
                shares.append(((px - torso.a.x) * dx + (py - torso.a.y) * dy) / length2)
    assert len(shares) > 100
    return min(shares), max(shares)


@pytest.mark.parametrize("step", ["setup", "hug"])  # no arrow or mark in the accent colour
def test_the_highlight_stops_at_the_bottom_of_the_ribs(
    illustrations: Mapping[str, TechniquePoses], step: str
) -> None:
    low, high = _highlight_reach(illustrations["upper-back"], step, 0.0)
    assert low >= RIBS_BOTTOM - ROUNDING, low
    assert high <= SHOULDER_BLADES_TOP + ROUNDING, high


def test_the_highlight_starts_higher_up_the_back_than_before(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    """Round 5: 'the highlight runs quite far toward the lower back'. The target's span is now
    the top of the shoulder blades to the bottom of the ribs (0.45-0.92 of the torso, was
    0.4-0.95), cut flat at both ends."""
    poses = illustrations["upper-back"]
    setup = replace(poses.step("setup"), target=Target("torso", 0.4, 0.95))
    old = replace(poses, steps={**poses.steps, "setup": setup})
    low, high = _highlight_reach(poses, "setup", 0.0)
    old_low, old_high = _highlight_reach(old, "setup", 0.0)
    assert low - old_low >= 0.04, (low, old_low)  # 1.5 cm or more further from the waist
    assert high < old_high
