"""The body map coloured by days since each muscle group and side was last rolled."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from pytestqt.qtbot import QtBot

from foamroll_gui.ui.days_since_map import bucket_colour
from foamroll_gui.ui.history_actions import HistoryActions
from foamroll_gui.ui.history_colours import sequential
from foamroll_gui.ui.main_window import MainWindow
from foamroll_gui.ui.muscle_map import MuscleMapWidget

OpenMainWindow = Callable[..., MainWindow]  # the fixture in conftest.py


def regions(window: MainWindow, muscle: str, side: str) -> list[tuple[MuscleMapWidget, str]]:
    found = [
        (widget, region.id)
        for widget in window.techniques.body_map.maps.values()
        for region in widget.body_map.regions
        if region.muscle == muscle and region.side == side
    ]
    assert found
    return found


def test_bucket_colours_go_from_bright_to_dark() -> None:
    assert bucket_colour(None) is None
    today, week, month = bucket_colour(0), bucket_colour(5), bucket_colour(30)
    assert today is not None and week is not None and month is not None
    assert today.rgb() == sequential(1.0).rgb() and month.rgb() == sequential(0.0).rgb()
    assert today.lightnessF() > week.lightnessF() > month.lightnessF()  # readable without hue
    assert bucket_colour(2) == today and bucket_colour(14) == month


def test_view_menu_toggles_the_colouring_and_its_legend(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    actions = main_window.findChild(HistoryActions)
    assert actions is not None
    qtbot.waitUntil(lambda: actions.service.is_open)
    today = actions.service.today()
    actions.service.log_roll(today, "calves", "left", 1.0)
    actions.service.log_roll(today - timedelta(days=8), "hamstrings", "both", 1.0)
    toggle = actions.colouring.action
    assert toggle in main_window.view_menu.actions() and not toggle.isChecked()
    widget, calves_left = regions(main_window, "calves", "left")[0]
    assert widget.region_color(calves_left) is None

    toggle.trigger()
    assert widget.region_color(calves_left) == bucket_colour(0)
    for map_widget, region in regions(main_window, "calves", "right"):
        assert map_widget.region_color(region) is None  # never rolled
    for side in ("left", "right"):  # "both" counts for each side
        for map_widget, region in regions(main_window, "hamstrings", side):
            assert map_widget.region_color(region) == bucket_colour(8)
    legend = [words for _, words in widget.legend()]
    assert legend[0] == "rolled 0 to 2 days ago" and legend[-1].startswith("never rolled")

    actions.service.log_roll(today, "calves", "right", 1.0)  # follows new rolls
    for map_widget, region in regions(main_window, "calves", "right"):
        assert map_widget.region_color(region) == bucket_colour(0)

    toggle.trigger()
    assert widget.region_color(calves_left) is None and widget.legend() == ()


def test_colouring_is_read_again_when_the_map_comes_back(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    actions = main_window.findChild(HistoryActions)
    assert actions is not None
    qtbot.waitUntil(lambda: actions.service.is_open)
    actions.colouring.action.trigger()
    review = main_window.screens.widget(1)
    main_window.show_screen(review)
    store = actions.service.store
    assert store is not None
    # as a timed routine writes: through the store, without the service's signal
    store.log_roll(actions.service.today(), "glutes", "left", 1.0, now=actions.service.now())
    widget, glutes_left = regions(main_window, "glutes", "left")[0]
    assert widget.region_color(glutes_left) is None
    main_window.show_screen(main_window.techniques)
    assert widget.region_color(glutes_left) == bucket_colour(0)
