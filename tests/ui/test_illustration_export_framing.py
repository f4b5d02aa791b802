"""Exported pictures are framed to their figure, as the app frames them: lying figures fill
their picture instead of a strip of a fixed 480 x 300."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtGui import QImage, QPalette
from pytestqt.qtbot import QtBot

from foamroll_gui.core.content.model import Content
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui.illustration import IllustrationWidget
from foamroll_gui.ui.illustration_export import (
    PICTURE_WIDTH,
    framed_size,
    render_step,
    write_contact_sheet,
)
from foamroll_gui.ui.palettes import light_palette


def _figure_rows(image: QImage) -> int:
    """Rows holding anything but the background or the floor band."""
    base = light_palette().color(QPalette.ColorRole.Base).rgb()
    rows = 0
    for y in range(image.height()):
        colours = {image.pixelColor(x, y).rgb() for x in range(0, image.width(), 3)}
        if len(colours - {base}) >= 2:
            rows += 1
    return rows


def test_a_picture_is_framed_as_the_app_frames_it(
    qtbot: QtBot, illustrations: Mapping[str, TechniquePoses]
) -> None:
    widget = IllustrationWidget(autoplay=False)
    qtbot.addWidget(widget)
    for muscle, step in (("quadriceps", "setup"), ("glutes", "setup"), ("adductors", "roll")):
        widget.set_step(illustrations[muscle], step)
        size = framed_size(illustrations[muscle], step)
        assert size.width() == PICTURE_WIDTH
        assert abs(size.height() - widget.heightForWidth(PICTURE_WIDTH)) <= 1
        assert render_step(illustrations[muscle], step).size() == size


def test_a_lying_figure_fills_its_exported_picture(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    lying = render_step(illustrations["quadriceps"], "roll")
    sitting = render_step(illustrations["glutes"], "setup")
    assert lying.height() < sitting.height()  # wide and low
    assert _figure_rows(lying) >= 0.6 * lying.height()  # was about a third in 480 x 300


def test_the_contact_sheet_frames_each_cell_to_its_figure(
    tmp_path: Path, content: Content, illustrations: Mapping[str, TechniquePoses]
) -> None:
    one = {"quadriceps": illustrations["quadriceps"]}
    path = write_contact_sheet(content, one, tmp_path / "sheet.png", columns=6)
    sheet = QImage(str(path))
    steps = content.technique("quadriceps").steps
    heights = [framed_size(one["quadriceps"], s.id, 300).height() for s in steps]
    assert sheet.height() == 8 + max(heights) + 40 + 8  # one row, as high as its tallest picture
    assert min(heights) < 190  # lower than the old fixed cell: no empty band above lying figures
