"""The hold's press lands on the highlighted half: for a lower leg lying on its side (the
peroneals) that half reaches only to the leg's axis, so the press stops there, not on the top
edge of the leg (the inner side, which is not the target)."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from PySide6.QtCore import QSize

from foamroll_gui.core.illustrations.marks import Press
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui import figure_painter
from tests.ui.picture_paint import paint_frame


def pressed(poses: TechniquePoses, step: str, monkeypatch: pytest.MonkeyPatch) -> Press:
    seen: list[Press] = []
    monkeypatch.setattr(
        figure_painter, "paint_press", lambda _p, _m, spot, *a, **k: seen.append(spot)
    )
    paint_frame(poses, step, poses.frame(step, None, 0.0), QSize(480, 300), press=True)
    assert seen, f"{step}: no press painted"
    return seen[0]


def test_the_peroneals_press_stops_at_the_axis_of_the_leg(
    illustrations: Mapping[str, TechniquePoses], monkeypatch: pytest.MonkeyPatch
) -> None:
    spot = pressed(illustrations["peroneals"], "hold", monkeypatch)
    assert spot.half
    assert spot.top == pytest.approx(spot.y)  # the axis: the highlighted half ends there


def test_other_half_presses_keep_their_reach(
    illustrations: Mapping[str, TechniquePoses], monkeypatch: pytest.MonkeyPatch
) -> None:
    spot = pressed(illustrations["calves"], "hold", monkeypatch)
    assert spot.half and spot.top > spot.y
