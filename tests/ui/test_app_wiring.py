"""The wiring in app.py: what ``foamroll`` builds, and that the parts reach each other."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from foamroll_gui.app import build_main_window, load_application
from foamroll_gui.core.library import Library
from foamroll_gui.core.paths import resolve_paths
from foamroll_gui.ui.illustration import IllustrationWidget
from foamroll_gui.ui.main_window import MainWindow
from foamroll_gui.ui.muscle_list import MuscleList
from foamroll_gui.ui.muscle_map_panel import MuscleMapPanel
from foamroll_gui.ui.step_viewer import StepViewer

OpenMainWindow = Callable[..., MainWindow]  # the fixture in conftest.py


class FakeClock(Protocol):  # the fixture in tests/conftest.py
    def __call__(self) -> float: ...

    def advance(self, seconds: float) -> None: ...


def test_the_window_is_one_screen_of_list_map_and_viewer(main_window: MainWindow) -> None:
    assert main_window.screens.widget(0) is main_window.techniques  # the other screens follow
    screen = main_window.techniques
    assert main_window.screens.currentWidget() is screen
    assert isinstance(screen.muscle_list, MuscleList)
    assert isinstance(screen.body_map, MuscleMapPanel)
    assert isinstance(screen.viewer, StepViewer)
    assert [screen.splitter.widget(i) for i in range(3)] == [
        screen.muscle_list,
        screen.body_map,
        screen.viewer,
    ]


def test_step_pictures_take_their_time_from_the_application_clock(
    fake_clock: FakeClock, open_main_window: OpenMainWindow
) -> None:
    window = open_main_window(clock=fake_clock)
    window.techniques.select_muscle("quadriceps")
    playing = [p for p in window.findChildren(IllustrationWidget) if p.playing]
    assert len(playing) == 1
    picture = playing[0]
    before = picture.frame()
    fake_clock.advance(0.7)  # no sleep: the clock is the application's
    assert picture.frame() != before


def test_a_broken_user_routine_and_broken_settings_become_notices(
    library: Library, private_folders: tuple[Path, Path]
) -> None:
    data, config = private_folders
    (data / "routines").mkdir(parents=True)
    (data / "routines" / "mine.yaml").write_text("id: [mine\n", encoding="utf-8")
    config.mkdir(parents=True)
    (config / "settings.json").write_text("{oops", encoding="utf-8")
    application = load_application(resolve_paths(), library=library)
    assert len(application.notices) == 2
    assert "routines/mine.yaml:" in application.notices[0]
    assert "settings.json:1" in application.notices[1]
    assert application.content.routines == library.content.routines  # skipped, not half-read


def test_a_users_routine_reaches_the_content(
    qtbot: QtBot, library: Library, private_folders: tuple[Path, Path]
) -> None:
    data, _ = private_folders
    (data / "routines").mkdir(parents=True)
    post = library.content.routine("post-run")
    assert post.source is not None
    text = post.source.read_text(encoding="utf-8").replace("id: post-run", "id: my-post-run")
    (data / "routines" / "my-post-run.yaml").write_text(text, encoding="utf-8")
    application = load_application(resolve_paths(), library=library)
    assert application.notices == ()
    assert application.content.routine("my-post-run").user
    window = build_main_window(application)
    qtbot.addWidget(window)
    assert window.techniques.content is application.content


def test_the_application_carries_the_foamroll_icon(qtbot: QtBot) -> None:
    from foamroll_gui.app import ICON_SIZES, start_qt
    from foamroll_gui.core.resources import asset_path

    app = start_qt()
    assert not app.windowIcon().isNull()
    for size in (16, 48, 512):  # from the smallest title bar to a HiDPI dock
        assert app.windowIcon().pixmap(size, size).width() == size
    folder = asset_path("icons/hicolor")
    assert sorted(ICON_SIZES) == sorted(int(p.name.split("x")[0]) for p in folder.iterdir())


def test_the_running_app_names_the_installed_launcher(qtbot: QtBot) -> None:
    """The desktop matches a window to its launcher (and icon) by this name: it must be the
    shipped desktop file's, and the small icons the hand-drawn ones."""
    from foamroll_gui import APP_ID
    from foamroll_gui.app import start_qt
    from foamroll_gui.core.resources import asset_path, data_root

    app = start_qt()
    desktop = data_root().parent / "packaging" / "linux" / f"{app.desktopFileName()}.desktop"
    assert app.desktopFileName() == APP_ID
    assert desktop.is_file() or not (data_root().parent / "packaging").is_dir()
    small = QImage(str(asset_path(f"icons/hicolor/16x16/apps/{APP_ID}.png")))
    drawn = app.windowIcon().pixmap(16, 16).toImage()
    argb = QImage.Format.Format_ARGB32
    assert drawn.convertToFormat(argb) == small.convertToFormat(argb)
