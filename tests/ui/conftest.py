"""Fixtures of the widget tests: a Qt application for every test, the main window built the way
``foamroll`` builds it, and a point inside a body-map region."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from foamroll_gui.app import Application, build_main_window, load_application
from foamroll_gui.core.library import Library
from foamroll_gui.core.paths import resolve_paths
from foamroll_gui.ui.main_window import MainWindow
from foamroll_gui.ui.muscle_map import MuscleMapWidget


@pytest.fixture(autouse=True)
def _qt_application(qapp: QApplication) -> QApplication:
    """Every widget test runs with the one QApplication (painting text needs it)."""
    return qapp


OpenMainWindow = Callable[..., MainWindow]


@pytest.fixture
def open_main_window(qtbot: QtBot, library: Library) -> OpenMainWindow:
    """Opens the main window as ``foamroll`` does (``load_application`` then
    ``build_main_window``, reading this test's own settings each time), shown at 1280x800.
    Only the shipped content comes from the session's copy, to save loading it again."""

    def open_window(clock: Callable[[], float] | None = None) -> MainWindow:
        paths = resolve_paths()
        application: Application = load_application(paths, library=library)
        if clock is not None:
            application = replace(application, clock=clock)
        window = build_main_window(application)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_window


@pytest.fixture
def main_window(open_main_window: OpenMainWindow) -> MainWindow:
    return open_main_window()


InsidePoint = Callable[[MuscleMapWidget, str], QPoint]


def _inside_point(widget: MuscleMapWidget, region_id: str) -> QPoint:
    """A point well inside the region's visible shape, found from the shape itself."""
    box = widget.widget_path(region_id).boundingRect().toRect()
    for y in range(box.top(), box.bottom(), 2):
        for x in range(box.left(), box.right(), 2):
            around = [QPointF(x + dx, y + dy) for dx in (-2, 0, 2) for dy in (-2, 0, 2)]
            if all(widget.region_at(p) == region_id for p in around):
                return QPoint(x, y)
    raise AssertionError(f"no clickable point inside {region_id}")


@pytest.fixture(scope="session")
def inside_point() -> InsidePoint:
    """``inside_point(map_widget, region_id)``: where to click to hit that region."""
    return _inside_point
