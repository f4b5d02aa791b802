"""Routines of your own, in the window ``foamroll`` builds: New, Duplicate, Edit and Delete on the
Routine screen, the editor dialog (keyboard, refused values beside their fields, an unwritable
folder), the saved file read back by the loader, and the runner starting the new routine."""

from __future__ import annotations

import errno
import operator
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from foamroll_gui.app import load_application
from foamroll_gui.core.content.loader import parse_routine
from foamroll_gui.core.content.model import Content
from foamroll_gui.core.library import Library
from foamroll_gui.core.paths import resolve_paths
from foamroll_gui.ui.main_window import MainWindow
from foamroll_gui.ui.routine_actions import RoutineActions
from foamroll_gui.ui.routine_book import RoutineBook
from foamroll_gui.ui.routine_editor import RoutineEditor
from foamroll_gui.ui.routine_runner import RoutineRunner
from foamroll_gui.ui.routine_screen import RoutineScreen
from foamroll_gui.ui.timer_screen import TimerScreen

pytestmark = pytest.mark.qt_log_ignore("QSoundEffect", "PulseAudio")

OpenMainWindow = Callable[..., MainWindow]
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(open_main_window: OpenMainWindow, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("FOAMROLL_SPEECH_ENGINE", "mock")
    return open_main_window()


@pytest.fixture
def screen(window: MainWindow) -> RoutineScreen:
    found = window.findChild(RoutineScreen)
    assert found is not None
    window.show_screen(found)
    return found


@pytest.fixture
def folder(private_folders: tuple[Path, Path]) -> Path:
    return private_folders[0] / "routines"


def actions(screen: RoutineScreen) -> RoutineActions:
    found = screen.findChild(RoutineActions)
    assert found is not None
    return found


def open_editor(qtbot: QtBot, screen: RoutineScreen, button: str) -> RoutineEditor:
    qtbot.mouseClick(getattr(screen, button), Qt.MouseButton.LeftButton)
    editor = actions(screen).editor
    assert editor is not None and editor.isVisible()
    assert editor.isModal()  # the Routine screen waits for it
    editor.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def save(qtbot: QtBot, editor: RoutineEditor) -> None:
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.name_edit, Qt.Key.Key_S, CTRL)


def listed(screen: RoutineScreen) -> list[str]:
    return [screen.list.item(row).text() for row in range(screen.list.count())]


def test_a_built_in_offers_duplicate_only(screen: RoutineScreen) -> None:
    screen.select_routine("post-run")
    assert screen.duplicate_button.isVisibleTo(screen)
    assert not screen.edit_button.isVisibleTo(screen)
    assert not screen.delete_button.isVisibleTo(screen)
    assert "read-only" in screen.duplicate_button.toolTip()
    assert screen.read_only_note.isVisibleTo(screen)


def test_duplicate_change_reorder_save_then_start(
    window: MainWindow,
    screen: RoutineScreen,
    qtbot: QtBot,
    folder: Path,
    content: Content,
    library: Library,
) -> None:
    screen.select_routine("basic-four")
    editor = open_editor(qtbot, screen, "duplicate_button")
    assert editor.name_edit.text() == "Simple four (copy)"
    length_before = editor.length_label.text()
    editor.groups.list.setFocus()
    editor.groups.list.setCurrentRow(2)  # glutes
    qtbot.keyClick(editor.groups.list, Qt.Key.Key_Up, ALT)
    qtbot.keyClick(editor.groups.list, Qt.Key.Key_Up, ALT)
    assert [i.muscle for i in editor.groups.items()] == [
        "glutes",
        "calves",
        "hamstrings",
        "quadriceps",
    ]
    editor.groups.seconds_spin.setValue(90)
    editor.groups.hold_check.setChecked(True)
    assert "90 s" in editor.groups.list.item(0).text()
    assert editor.length_label.text() != length_before
    assert "medium" in editor.length_label.text()
    save(qtbot, editor)

    assert not editor.isVisible()
    path = folder / "simple-four-copy.yaml"
    saved, _doc = parse_routine(path, user=True)
    assert saved.name == "Simple four (copy)"
    assert [(i.muscle, i.seconds, i.hold) for i in saved.items][:2] == [
        ("glutes", 90, True),
        ("calves", 45, False),
    ]
    assert content.routine("basic-four").items[0].muscle == "calves"  # the built-in is untouched
    assert "Simple four (copy) (yours)" in listed(screen)
    current = screen.current_routine()
    assert current is not None and current.id == "simple-four-copy"
    assert screen.edit_button.isVisibleTo(screen) and screen.delete_button.isVisibleTo(screen)

    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    timer = window.findChild(TimerScreen)
    assert timer is not None and timer.clock is not None and timer.clock.running
    assert timer.routine_label.text() == "Simple four (copy)"
    assert timer.phase_label.text() == "Next up: Glutes"
    timer.clock.stop()
    later = load_application(resolve_paths(), library=library)  # the next start (--start-routine)
    assert later.content.routine("simple-four-copy").items == saved.items


def test_edit_an_own_routine_replaces_its_file(
    screen: RoutineScreen, qtbot: QtBot, folder: Path
) -> None:
    screen.select_routine("pre-run")
    save(qtbot, open_editor(qtbot, screen, "duplicate_button"))
    editor = open_editor(qtbot, screen, "edit_button")
    assert editor.windowTitle() == "Edit Routine"
    editor.name_edit.setText("Before the track")
    editor.groups.list.setCurrentRow(0)
    qtbot.keyClick(editor.groups.remove_button, Qt.Key.Key_Space)
    save(qtbot, editor)
    assert [p.name for p in folder.iterdir()] == ["pre-run-primer-copy.yaml"]
    saved, _doc = parse_routine(folder / "pre-run-primer-copy.yaml")
    assert saved.name == "Before the track"
    assert "Before the track (yours)" in listed(screen)
    runner = screen.window().findChild(RoutineRunner)
    assert runner is not None
    assert runner.content.routine("pre-run-primer-copy").items == saved.items


@pytest.mark.parametrize(
    ("change", "error", "words"),
    [
        ("seconds", "groups.seconds_error", "Roll seconds for Calves must be a positive whole"),
        ("empty name", "name_error", "The name must be a non-empty text"),
        ("used name", "name_error", "The name is already used by another routine"),
        ("no groups", "groups.error", "needs at least one muscle group"),
    ],
)
def test_a_refused_value_is_shown_beside_its_field_and_nothing_is_written(
    screen: RoutineScreen, qtbot: QtBot, folder: Path, change: str, error: str, words: str
) -> None:
    editor = open_editor(qtbot, screen, "new_button")
    editor.groups.add_combo.setCurrentIndex(editor.groups.add_combo.findData("calves"))
    qtbot.keyClick(editor.groups.add_button, Qt.Key.Key_Space)
    if change == "seconds":
        editor.groups.seconds_spin.selectAll()
        qtbot.keyClicks(editor.groups.seconds_spin, "0")
    elif change == "empty name":
        editor.name_edit.clear()
    elif change == "used name":
        editor.name_edit.setText("post-run  recovery")
    else:
        editor.groups.remove_current()
    typed = editor.draft()
    with qtbot.assertNotEmitted(editor.saved):
        qtbot.keyClick(editor.name_edit, Qt.Key.Key_S, CTRL)
    label = operator.attrgetter(error)(editor)
    assert label.isVisible() and words in label.text()
    assert editor.isVisible() and editor.draft() == typed  # nothing typed is lost
    assert not folder.exists() or list(folder.iterdir()) == []


def test_an_unwritable_folder_is_named_and_the_edits_stay(
    screen: RoutineScreen, qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_editor(qtbot, screen, "new_button")
    qtbot.keyClick(editor.groups.add_button, Qt.Key.Key_Space)
    editor.name_edit.setText("Track night")

    def refused(path: object, *args: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "open", refused)
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_S, CTRL)
    monkeypatch.undo()
    assert editor.folder_error.isVisible()
    assert str(folder) in editor.folder_error.text()
    assert "chmod u+rwx" in editor.folder_error.text()
    assert editor.isVisible() and editor.name_edit.text() == "Track night"
    with qtbot.waitSignal(editor.saved):  # fixed: the same edits save, Enter too
        qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    assert (folder / "track-night.yaml").exists()


def test_esc_asks_before_throwing_changes_away(
    screen: RoutineScreen, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answer = [False]

    def ask(_cls: object, _parent: object, name: str) -> bool:
        asked.append(name)
        return answer[0]

    monkeypatch.setattr(RoutineEditor, "ask_discard", classmethod(ask))
    editor = open_editor(qtbot, screen, "new_button")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Escape)
    assert not editor.isVisible() and asked == []  # nothing changed: no question

    editor = open_editor(qtbot, screen, "new_button")
    qtbot.keyClicks(editor.name_edit, " for hills")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Escape)
    assert asked == ["My routine for hills"] and editor.isVisible()
    answer[0] = True
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_tab_order_follows_the_form(screen: RoutineScreen, qtbot: QtBot) -> None:
    editor = open_editor(qtbot, screen, "new_button")
    qtbot.keyClick(editor.groups.add_button, Qt.Key.Key_Space)
    editor.name_edit.setFocus()
    seen = []
    for _ in range(8):
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert seen == [
        editor.name_edit,
        editor.description_edit,
        editor.when_combo,
        editor.pass_spin,
        editor.groups.list,
        editor.groups.up_button,
        editor.groups.down_button,
        editor.groups.remove_button,
    ]


def own_routine(screen: RoutineScreen, qtbot: QtBot) -> Path:
    screen.select_routine("post-run")
    save(qtbot, open_editor(qtbot, screen, "duplicate_button"))
    current = screen.current_routine()
    assert current is not None and current.source is not None and current.source.exists()
    return current.source


def test_delete_moves_the_file_to_the_trash(
    screen: RoutineScreen, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trash_home = tmp_path / "xdg"
    trash_home.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(trash_home))
    path = own_routine(screen, qtbot)
    book = screen.findChild(RoutineBook) or screen.window().findChild(RoutineBook)
    assert book is not None
    screen.window().activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    with qtbot.waitSignal(book.changed):
        screen.list.setFocus()
        qtbot.keyClick(screen.list, Qt.Key.Key_Delete)
    assert not path.exists()
    assert (trash_home / "Trash" / "files" / path.name).exists()
    assert "Post-run recovery (copy) (yours)" not in listed(screen)


def test_without_a_trash_delete_asks_first(
    screen: RoutineScreen, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = own_routine(screen, qtbot)
    actions(screen).trash = lambda _path: False
    answers = [False]
    monkeypatch.setattr(RoutineActions, "ask_delete_for_good", lambda *_args: answers[0])
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    assert path.exists() and "Post-run recovery (copy) (yours)" in listed(screen)
    answers[0] = True
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    assert not path.exists()
    assert "Post-run recovery (copy) (yours)" not in listed(screen)
    current = screen.current_routine()
    assert current is not None and not current.user


def test_a_file_that_cannot_be_removed_is_named(
    screen: RoutineScreen, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = own_routine(screen, qtbot)
    actions(screen).trash = lambda _path: False
    told: list[str] = []
    monkeypatch.setattr(RoutineActions, "ask_delete_for_good", lambda *_args: True)
    monkeypatch.setattr(RoutineActions, "tell", lambda _cls, _parent, text: told.append(text))

    def refused(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "unlink", refused)
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    monkeypatch.undo()
    assert len(told) == 1 and str(path.parent) in told[0] and "chmod u+rwx" in told[0]
    assert path.exists() and "Post-run recovery (copy) (yours)" in listed(screen)


def _qt_part(widget: QWidget) -> bool:
    """A part Qt makes itself (a combo box's list, a spin box's line edit, a dialog's Save)."""
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, QLineEdit | QComboBox | QAbstractSpinBox | QDialogButtonBox):
            return True
        parent = parent.parent()
    return False


def test_every_control_says_what_it_does(screen: RoutineScreen, qtbot: QtBot) -> None:
    controls = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)

    def untipped(root: QWidget) -> list[str]:
        return [
            f"{type(w).__name__} {w.objectName()}"
            for w in root.findChildren(QWidget)
            if isinstance(w, controls) and not _qt_part(w) and not w.toolTip()
        ]

    screen.select_routine("post-run")
    save(qtbot, open_editor(qtbot, screen, "duplicate_button"))  # Edit and Delete show
    assert untipped(screen) == []
    assert untipped(open_editor(qtbot, screen, "edit_button")) == []
