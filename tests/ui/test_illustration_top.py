"""Pictures from above: the floor is the whole background and the roller a bar along the body."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.ui.illustration import Colours
from foamroll_gui.ui.illustration_export import render_step
from foamroll_gui.ui.palettes import dark_palette, light_palette

SIZE = QSize(480, 300)


def _near(a: QColor, b: QColor, tolerance: int = 6) -> bool:
    return (
        abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())
    ) <= tolerance


def _columns_with(image: QImage, row: int, colour: QColor) -> list[int]:
    return [x for x in range(image.width()) if _near(image.pixelColor(x, row), colour, 40)]


def test_from_above_the_floor_fills_the_picture_with_no_floor_line(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    for palette in (light_palette(), dark_palette()):
        floor = Colours(palette).floor_fill
        image = render_step(illustrations["adductors"], "setup", SIZE, palette=palette)
        w, h = image.width(), image.height()
        for x, y in ((2, 2), (w - 3, 2), (2, h - 3), (w - 3, h - 3), (w // 2, h - 3)):
            assert _near(image.pixelColor(x, y), floor), (x, y)
        # a side view keeps its floor line and an empty background above it
        side = render_step(illustrations["calves"], "setup", SIZE, palette=palette)
        assert not _near(side.pixelColor(2, 2), floor)


def test_from_above_the_roller_is_a_bar_along_the_body(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    palette = light_palette()
    roller = Colours(palette).roller
    image = render_step(illustrations["adductors"], "setup", SIZE, palette=palette)
    rows = [y for y in range(image.height()) if len(_columns_with(image, y, roller)) > 40]
    assert rows, "no roller painted"
    columns = _columns_with(image, rows[len(rows) // 2], roller)
    long_side = max(columns) - min(columns)
    assert long_side > 3 * (max(rows) - min(rows))  # seen from above: long, not a disc
