"""Edit ▸ Preferences…: the dialog shows and gives back every preference within its range,
Restore Defaults and Cancel do what they say, and a change reaches everything that reads it at
once (the cues, the Routine screen, the review's week and target, the theme) and is saved."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QPalette
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from foamroll_gui.cli.routine import routine_plan
from foamroll_gui.core.paths import resolve_paths
from foamroll_gui.core.preferences import Preferences
from foamroll_gui.core.settings import Settings
from foamroll_gui.ui.cues import QtCues
from foamroll_gui.ui.main_window import MainWindow
from foamroll_gui.ui.palettes import dark_palette, light_palette
from foamroll_gui.ui.preferences_dialog import PreferencesDialog, PreferencesFollower
from foamroll_gui.ui.review_screen import ReviewScreen
from foamroll_gui.ui.routine_screen import RoutineScreen, minutes_text

pytestmark = pytest.mark.qt_log_ignore("QSoundEffect", "PulseAudio", "pa_context")

OpenMainWindow = Callable[..., MainWindow]  # the fixture in conftest.py
Edit = Callable[[PreferencesDialog], None]
WINDOW = QPalette.ColorRole.Window


@pytest.fixture(autouse=True)
def _app_look_restored(qapp: QApplication) -> Iterator[None]:
    """A theme changes the whole application: give the next test the look it had."""
    palette, style = QPalette(qapp.palette()), qapp.style().name()
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)


def answer(monkeypatch: pytest.MonkeyPatch, edit: Edit, *, ok: bool) -> list[PreferencesDialog]:
    """The next Preferences dialog is edited by ``edit`` and closed with OK or Cancel, as a
    user would; returns the dialogs shown."""
    shown: list[PreferencesDialog] = []

    def run(dialog: PreferencesDialog) -> int:
        shown.append(dialog)
        edit(dialog)
        return int(QDialog.DialogCode.Accepted if ok else QDialog.DialogCode.Rejected)

    monkeypatch.setattr(PreferencesDialog, "exec", run)
    return shown


def preferences_action(window: MainWindow) -> QAction:
    follower = window.findChild(PreferencesFollower)
    assert follower is not None and follower.action is not None
    return follower.action


def test_every_value_is_kept_within_its_range(qtbot: QtBot, tmp_path: Path) -> None:
    chosen = Preferences(pain_tolerance="low", roll_seconds=90, theme="dark", voice_name="Anne")
    dialog = PreferencesDialog(chosen, tmp_path, None)
    qtbot.addWidget(dialog)
    assert dialog.preferences() == chosen  # shown and given back, the unlisted voice kept
    dialog.roll_seconds.setValue(100_000)
    dialog.switch_seconds.setValue(-5)
    dialog.weekly_target.setValue(99)
    got = dialog.preferences()  # would raise ValueError for a value out of range
    assert (got.roll_seconds, got.switch_seconds, got.weekly_target) == (600, 0, 14)


def test_restore_defaults_puts_every_widget_back(qtbot: QtBot, tmp_path: Path) -> None:
    chosen = Preferences(
        pain_tolerance="high",
        sounds=False,
        metronome=True,
        metronome_seconds=4,
        first_day_of_week="sunday",
        theme="light",
    )
    dialog = PreferencesDialog(chosen, tmp_path, ["Bob", "Anne"])
    qtbot.addWidget(dialog)
    dialog.voice_combo.setCurrentIndex(dialog.voice_combo.findText("Anne"))
    assert dialog.preferences() == chosen.changed(voice_name="Anne")
    dialog.restore_button.click()
    assert dialog.preferences() == Preferences()
    assert not dialog.metronome_seconds.isEnabled()  # the metronome is off by default


def test_the_menu_entry_has_the_preferences_shortcut(main_window: MainWindow) -> None:
    action = preferences_action(main_window)
    standard = QKeySequence(QKeySequence.StandardKey.Preferences)
    expected = standard if not standard.isEmpty() else QKeySequence("Ctrl+,")
    assert action.shortcut() == expected and not action.shortcut().isEmpty()
    titles = [a.text() for a in main_window.menuBar().actions()]
    assert titles.count("&Edit") == 1  # the history's Undo and Preferences share one menu
    assert titles.index("&File") < titles.index("&Edit") < titles.index("&View")
    edit_menu = next(a.menu() for a in main_window.menuBar().actions() if a.text() == "&Edit")
    assert isinstance(edit_menu, QMenu) and action in edit_menu.actions()


def test_cancel_changes_nothing(main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = main_window.settings
    before = settings.preferences

    def edit(dialog: PreferencesDialog) -> None:
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.tolerance.set_tolerance("low")

    shown = answer(monkeypatch, edit, ok=False)
    palette = QApplication.palette().color(WINDOW)
    preferences_action(main_window).trigger()
    assert len(shown) == 1
    assert settings.preferences == before
    assert not settings.path.exists()  # nothing written
    assert QApplication.palette().color(WINDOW) == palette
    routines = main_window.findChild(RoutineScreen)
    assert routines is not None and routines.current_tolerance() == "medium"


def test_ok_saves_and_the_routine_screen_and_review_follow(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    review = main_window.findChild(ReviewScreen)
    routines = main_window.findChild(RoutineScreen)
    assert review is not None and routines is not None
    main_window.show_screen(review)  # the review page is built
    assert review.page is not None and review.page.week.first_day.weekday() == 0
    routines.select_routine("post-run")

    def edit(dialog: PreferencesDialog) -> None:
        dialog.tolerance.set_tolerance("low")
        dialog.roll_seconds.setValue(45)
        dialog.metronome.setChecked(True)
        dialog.first_day.setCurrentIndex(dialog.first_day.findData("sunday"))
        dialog.weekly_target.setValue(5)

    answer(monkeypatch, edit, ok=True)
    preferences_action(main_window).trigger()

    expected = Preferences(
        pain_tolerance="low",
        roll_seconds=45,
        metronome=True,
        first_day_of_week="sunday",
        weekly_target=5,
    )
    assert main_window.settings.preferences == expected
    assert Settings(resolve_paths().settings_file).preferences == expected  # saved
    # the Routine screen: the tolerance and the routine's length for it
    assert routines.current_tolerance() == "low" and routines.metronome.isChecked()
    content = main_window.techniques.content
    low = routine_plan(content, "post-run", "low", expected).total_seconds
    assert low != routine_plan(content, "post-run", "medium", Preferences()).total_seconds
    assert routines.length_label.text() == minutes_text(low)
    # the review: weeks start on Sunday, three sessions is no longer the target
    assert review.page.week.first_day.weekday() == 6
    assert review.page.settings.default_target == 5


def choose_theme(theme: str) -> Edit:
    def edit(dialog: PreferencesDialog) -> None:
        dialog.theme.setCurrentIndex(dialog.theme.findData(theme))

    return edit


def test_the_theme_is_applied_at_once_and_system_brings_the_old_look_back(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, qapp: QApplication, qtbot: QtBot
) -> None:
    system = qapp.palette().color(WINDOW)
    for theme, palette in (("dark", dark_palette()), ("light", light_palette())):
        answer(monkeypatch, choose_theme(theme), ok=True)
        preferences_action(main_window).trigger()
        wanted = palette.color(WINDOW)
        assert qapp.palette().color(WINDOW) == wanted
        qtbot.waitUntil(  # and the window's widgets, once Qt has passed it on
            lambda: main_window.palette().color(WINDOW) == wanted  # noqa: B023
        )
        assert qapp.style().name().lower() == "fusion"
    answer(monkeypatch, choose_theme("system"), ok=True)
    preferences_action(main_window).trigger()
    assert qapp.palette().color(WINDOW) == system


def test_sounds_and_voice_follow_and_the_voice_is_chosen(
    open_main_window: OpenMainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setenv("FOAMROLL_SPEECH_ENGINE", "mock")
    window = open_main_window()
    cues = window.findChild(QtCues)
    assert cues is not None
    shown = answer(monkeypatch, lambda d: None, ok=False)
    preferences_action(window).trigger()
    assert "once the timer has been opened" in shown[0].voice_note.text()
    assert window.findChildren(QTextToSpeech) == []  # asking made no speech object

    cues.prepare()  # what the timer screen does when it first opens
    speech = cues.speech
    assert speech is not None

    def choose_anne_and_silence(dialog: PreferencesDialog) -> None:
        assert dialog.voice_combo.isVisibleTo(dialog)
        dialog.voice_combo.setCurrentIndex(dialog.voice_combo.findText("Anne"))
        dialog.voice.setChecked(False)
        dialog.sounds.setChecked(False)

    answer(monkeypatch, choose_anne_and_silence, ok=True)
    preferences_action(window).trigger()
    assert speech.voice().name() == "Anne"
    assert not cues.sounds_preferred
    with qtbot.assertNotEmitted(speech.stateChanged, wait=50):
        cues.say("Roll")  # muted by the preference, not by the timer's M key
    answer(monkeypatch, lambda d: d.voice.setChecked(True), ok=True)
    preferences_action(window).trigger()
    with qtbot.waitSignal(speech.stateChanged, timeout=2000):
        cues.say("Roll")
    cues.stop()


def test_the_data_folder_is_shown_and_opened(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    folder = tmp_path / "not yet made"
    dialog = PreferencesDialog(Preferences(), folder, None)
    qtbot.addWidget(dialog)
    assert dialog.data_label.text() == str(folder)
    dialog.open_folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(folder))]
    assert folder.is_dir()
