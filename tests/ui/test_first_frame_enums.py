"""The first frame is drawn without building Qt's ``Qt`` namespace of enums (98 Python enum
classes, about 13 ms of every start): see foamroll_gui/ui/qt_keys.py. Run as a user's start
is, in a child process, for a first run and for a returning user whose muscle is restored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from foamroll_gui.core.bodymap import load_shipped_body_maps
from foamroll_gui.ui.muscle_map import region_path
from foamroll_gui.ui.qt_keys import fill_path, set_by_key, solid_pen

#: Runs ``foamroll --quit-after-startup``; when the first frame is painted (the moment the
#: start-up probe reads the clock) prints whether ``Qt`` was built, and where it was first.
CHILD = """
import enum, sys, traceback
import foamroll_gui.app as app
from foamroll_gui.__main__ import main

first_use: list[str] = []
create = enum.EnumType.__call__

widget_types: list[str] = []
icon_use: list[str] = []

def watch(cls, value, names=None, *args, **kwargs):
    if names is not None and value == "WizardOption":  # QWizard's: made with every widget type
        widget_types.append(value)
    if names is not None and value == "ThemeIcon" and not icon_use:  # QIcon's
        icon_use.extend(
            f"{frame.filename}:{frame.lineno} in {frame.name}"
            for frame in traceback.extract_stack()[:-1]
            if "foamroll_gui" in frame.filename
        )
    if names is not None and value == "AlignmentFlag" and not first_use:  # one of Qt's enums
        first_use.extend(
            f"{frame.filename}:{frame.lineno} in {frame.name}"
            for frame in traceback.extract_stack()[:-1]
            if "foamroll_gui" in frame.filename
        )
    return create(cls, value, names, *args, **kwargs)

enum.EnumType.__call__ = watch

def at_first_frame():
    import PySide6.QtCore as core
    built = "Qt" in core.__dict__
    print("QT-BUILT" if built else "QT-UNTOUCHED")
    print("EVERY-WIDGET-TYPE" if widget_types else "SOME-WIDGET-TYPES")
    print("ICON-ENUMS at " + " <- ".join(reversed(icon_use)) if icon_use else "NO-ICON-ENUMS")
    print("\\n".join(reversed(first_use)))
    return 0.0

app.process_age_ms = at_first_frame
sys.exit(main(["--quit-after-startup"]))
"""


def first_frame_report(config: Path, last_muscle: str | None) -> str:
    if last_muscle is not None:
        config.mkdir(parents=True, exist_ok=True)
        window = {"last_muscle": last_muscle, "map_face": "back"}
        settings = {"version": 2, "preferences": {}, "window": window}
        (config / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.end2end
@pytest.mark.parametrize("last_muscle", [None, "calves"])
def test_the_first_frame_does_not_build_qts_namespace_of_enums(
    private_folders: tuple[Path, Path], last_muscle: str | None
) -> None:
    report = first_frame_report(private_folders[1], last_muscle)
    assert report.startswith("QT-UNTOUCHED"), (
        "Qt's namespace of enums was built before the first frame, first here (use "
        "foamroll_gui/ui/qt_keys.py, or move the code after the first frame):\n" + report
    )


@pytest.mark.end2end
@pytest.mark.parametrize("last_muscle", [None, "calves"])
def test_the_first_frame_does_not_create_every_widget_type(
    private_folders: tuple[Path, Path], last_muscle: str | None
) -> None:
    """A widget first reached through a method that returns one (a scroll area's viewport())
    makes PySide create every QtWidgets class with its enums to find the widget's type."""
    report = first_frame_report(private_folders[1], last_muscle)
    assert "SOME-WIDGET-TYPES" in report.splitlines()


@pytest.mark.end2end
@pytest.mark.parametrize("last_muscle", [None, "calves"])
def test_the_first_frame_does_not_build_qicons_enums(
    private_folders: tuple[Path, Path], last_muscle: str | None
) -> None:
    """QIcon's enums (151 theme icons, about 1 ms) wait for the app's icon, right after the
    first frame: a QAction, QPushButton or QListWidgetItem made with (text, parent) builds them
    (use ui/qt_keys.py's text_action and text_button)."""
    report = first_frame_report(private_folders[1], last_muscle)
    assert "NO-ICON-ENUMS" in report.splitlines(), report


def test_a_misspelt_key_or_property_fails_instead_of_leaving_the_default(qtbot: QtBot) -> None:
    label = QLabel("Where")
    qtbot.addWidget(label)
    set_by_key(label, "alignment", "AlignLeft|AlignTop")
    assert label.alignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    with pytest.raises(ValueError, match="alignment"):
        set_by_key(label, "alignment", "AlignTopp")
    with pytest.raises(ValueError, match="alignmnet"):
        set_by_key(label, "alignmnet", "AlignTop")


def test_the_pen_and_fill_draw_what_qpen_and_a_colour_fill_draw() -> None:
    def draw(lite: bool) -> QImage:
        image = QImage(40, 40, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        path = QPainterPath()
        path.addEllipse(QRectF(5, 5, 30, 30))
        colour = QColor("#c04020")
        if lite:
            fill_path(painter, path, colour, 0.7)
            painter.strokePath(path, solid_pen(colour.darker(140), 2.2))
        else:
            faded = QColor(colour)
            faded.setAlphaF(0.7)
            painter.fillPath(path, faded)
            painter.strokePath(path, QPen(colour.darker(140), 2.2))
        painter.end()
        return image

    assert draw(lite=True) == draw(lite=False)


def test_the_shipped_outlines_fill_alike_under_either_rule(tmp_path: Path) -> None:
    """The map's regions are filled odd-even (Qt's default, no enum named on the first frame);
    SVG fills non-zero. They agree while no outline overlaps itself: a new map must keep it so."""
    for body_map in load_shipped_body_maps(tmp_path).values():
        for region in body_map.regions:
            odd_even = region_path(region)
            winding = QPainterPath(odd_even)
            winding.setFillRule(Qt.FillRule.WindingFill)
            box = odd_even.boundingRect()
            for i in range(31):
                for j in range(31):
                    point = QPointF(
                        box.left() + box.width() * i / 30, box.top() + box.height() * j / 30
                    )
                    assert odd_even.contains(point) == winding.contains(point), (region.id, point)
