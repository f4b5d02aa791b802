"""The window as it first opens: the map face matches the list, the View menu tells the truth,
and the window fits the screen."""

from __future__ import annotations

from foamroll_gui.ui.main_window import MainWindow


def test_view_menu_faces_are_checkable_and_follow_the_map(main_window: MainWindow) -> None:
    body_map = main_window.techniques.body_map
    assert main_window.front_action.isCheckable() and main_window.back_action.isCheckable()
    assert body_map.face() == "front"  # a first run opens on the front, as the list starts
    assert main_window.front_action.isChecked() and not main_window.back_action.isChecked()
    main_window.back_action.trigger()
    assert body_map.face() == "back" and main_window.back_action.isChecked()
    main_window.techniques.muscle_list.list.setCurrentRow(0)  # Quadriceps: a front muscle
    assert body_map.face() == "front" and main_window.front_action.isChecked()


def test_the_first_window_fits_the_screen(main_window: MainWindow) -> None:
    screen = main_window.screen()
    assert screen is not None
    free = screen.availableGeometry()
    main_window._fit_to_screen()
    assert main_window.width() <= free.width() and main_window.height() <= free.height()
    assert main_window.minimumWidth() <= free.width()
