"""View ▸ Colour the Map by Days Since Rolled: each region of the body map tinted by how long
ago that muscle group was rolled on that side, on the viridis scale (bright: recently, dark:
long ago; never rolled: no tint), with a legend on the map."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QColor, QKeySequence

from foamroll_gui.core.bodymap import Region
from foamroll_gui.ui.history_colours import sequential
from foamroll_gui.ui.history_service import HistoryService
from foamroll_gui.ui.muscle_map_panel import MuscleMapPanel

#: (most days since, position on the scale): 0-2 days is brightest, 14 or more darkest
BUCKETS: Final = ((2, 1.0), (6, 0.7), (13, 0.4), (None, 0.0))
TINT_ALPHA: Final = 0.8
SHORTCUT: Final = "Ctrl+Shift+D"


def bucket_colour(days: int | None) -> QColor | None:
    """The tint for a region last rolled ``days`` ago (None: never, no tint)."""
    if days is None:
        return None
    for most, amount in BUCKETS:
        if most is None or days <= most:
            colour = sequential(amount)
            colour.setAlphaF(TINT_ALPHA)
            return colour
    raise AssertionError("the last bucket takes every number")


def region_colours(
    regions: Iterable[Region], days: Mapping[tuple[str, str], int | None]
) -> dict[str, QColor]:
    """Region id to tint, from days since per (muscle, side)."""
    colours = {}
    for region in regions:
        colour = bucket_colour(days.get((region.muscle, region.side)))
        if colour is not None:
            colours[region.id] = colour
    return colours


class DaysSinceColouring(QObject):
    """The View-menu toggle, and keeping the map's colours up to date while it is on."""

    def __init__(self, service: HistoryService, panel: MuscleMapPanel, parent: QObject) -> None:
        super().__init__(parent)
        self.service = service
        self.panel = panel
        self.action = QAction(self.tr("Colour the Map by &Days Since Rolled"), parent)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.toggled.connect(self.on_action_toggled)
        service.changed.connect(self.refresh)
        panel.installEventFilter(self)  # read again when the map comes back into view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.action.isChecked():
            self.refresh()
        return False

    def legend(self) -> list[tuple[QColor | None, str]]:
        labels = [
            self.tr("rolled 0 to 2 days ago"),
            self.tr("3 to 6 days ago"),
            self.tr("7 to 13 days ago"),
            self.tr("14 days or more"),
        ]
        swatches: list[tuple[QColor | None, str]] = [
            (sequential(amount), label) for (_, amount), label in zip(BUCKETS, labels, strict=True)
        ]
        swatches.append((None, self.tr("never rolled (as drawn)")))
        return swatches

    def on_action_toggled(self, on: bool) -> None:
        self.refresh()

    def refresh(self) -> None:
        maps = self.panel.maps.values()
        if not self.action.isChecked():
            for widget in maps:
                widget.set_region_colors({})
                widget.set_legend([])
            return
        days = self.service.review().days_since(self.service.today())
        legend = self.legend()
        for widget in maps:
            widget.set_region_colors(region_colours(widget.body_map.regions, days))
            widget.set_legend(legend)
