"""Round 7 read the lats hold's press as "the arrow sits half over the shoulder, so it could be
read as 'push the shoulder down'": it came down by the top arm's shoulder and stopped well above
the highlighted lat. It now comes down clear of the arm, onto the lat over the roller."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from foamroll_gui.core.illustrations.arrows import surface_distance
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui.figure_base import Colours
from foamroll_gui.ui.illustration_export import framed_size
from foamroll_gui.ui.palettes import light_palette
from tests.ui.picture_paint import paint_frame, picture_mapper, to_cm

TOP_ARM = ("near_upper_arm", "near_forearm", "near_hand")


@pytest.mark.parametrize("width", [480, 900])
def test_the_press_comes_down_clear_of_the_shoulder_onto_the_lat(
    illustrations: Mapping[str, TechniquePoses], width: int
) -> None:
    poses = illustrations["lats"]
    frame = poses.frame("hold", None, 0.0)
    size = framed_size(poses, "hold", width)
    pressed, plain = (
        paint_frame(poses, "hold", frame, size, press=True),
        paint_frame(poses, "hold", frame, size, press=False),
    )
    m = picture_mapper(poses, "hold", size)
    added = [
        (x, y)
        for y in range(size.height())
        for x in range(size.width())
        if pressed.pixel(x, y) != plain.pixel(x, y)
    ]
    assert len(added) > 40
    # nothing of the press, its halo included, on or by the top arm and its shoulder
    nearest = min(
        surface_distance(frame.body, arm, *to_cm(m, x, y)) for x, y in added for arm in TOP_ARM
    )
    assert nearest > 0.5
    # its tip on the roller's side of the trunk, over the roller
    tip_x, tip_y = max(added, key=lambda p: p[1])
    assert abs(to_cm(m, tip_x, tip_y)[0] - frame.roller.centre[0]) < frame.roller.radius
    # its tip reaches the highlighted lat: the highlight begins within a centimetre below it
    accent = Colours(light_palette()).accent.rgb()
    below = next(
        y for y in range(tip_y, size.height()) if plain.pixelColor(tip_x, y).rgb() == accent
    )
    assert (below - tip_y) / m.scale < 1.0
