"""What the Routine screen's New, Duplicate, Edit and Delete do: open the routine editor on a
new routine, a copy (of any routine) or one of the user's own, and delete the user's own.

Deleting moves the file to the system trash (``QFile.moveToTrash``) where that works; where it
does not, it asks "Delete … for good?" first and then removes the file. After a save or a
delete the :class:`RoutineBook` is re-read, and the screen shows the new set of routines.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QFile, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from foamroll_gui.core.content.model import MuscleGroup
from foamroll_gui.core.content.routine_file import (
    RoutineFolderError,
    copy_name,
    delete_routine_file,
    routine_path,
)
from foamroll_gui.core.content.routines import Routine
from foamroll_gui.core.session import PainTolerance
from foamroll_gui.ui.routine_book import RoutineBook
from foamroll_gui.ui.routine_editor import RoutineEditor
from foamroll_gui.ui.routine_screen import RoutineScreen

#: seconds of a routine for a pain tolerance (raises PlanError for one that cannot be planned)
RoutineSeconds = Callable[[Routine, PainTolerance], int]


def move_to_trash(path: Path) -> bool:
    """Move ``path`` to the system trash; False where the platform cannot."""
    return bool(QFile(str(path)).moveToTrash())


class RoutineActions(QObject):
    """Wires ``screen``'s editing intents to the editor and the file; ``trash`` moves a file to
    the system trash (tests replace it)."""

    def __init__(
        self,
        screen: RoutineScreen,
        book: RoutineBook,
        muscles: Sequence[MuscleGroup],
        seconds: RoutineSeconds,
        trash: Callable[[Path], bool] = move_to_trash,
    ) -> None:
        super().__init__(screen)
        self.screen = screen
        self.book = book
        self.muscles = tuple(muscles)
        self.seconds = seconds
        self.trash = trash
        #: the editor open now, if any
        self.editor: RoutineEditor | None = None
        screen.new_requested.connect(self.on_screen_new_requested)
        screen.duplicate_requested.connect(self.on_screen_duplicate_requested)
        screen.edit_requested.connect(self.on_screen_edit_requested)
        screen.delete_requested.connect(self.on_screen_delete_requested)
        book.changed.connect(self.on_book_changed)

    def on_book_changed(self) -> None:
        self.screen.set_routines(self.book.routines())

    def on_screen_new_requested(self) -> None:
        taken = [r.name for r in self.book.routines()]
        name, number = self.screen.tr("My routine"), 1
        while name in taken:
            number += 1
            name = self.screen.tr("My routine {0}").format(number)
        start = Routine(
            id="",
            name=name,
            description=self.screen.tr("A routine of my own."),
            when="anytime",
            pass_seconds=3,
            items=(),
            user=True,
        )
        self.open_editor(start, None)

    def on_screen_duplicate_requested(self, routine_id: str) -> None:
        source = self.book.routine(routine_id)
        name = copy_name(source.name, [r.name for r in self.book.routines()])
        self.open_editor(replace(source, id="", name=name, user=True, source=None), None)

    def on_screen_edit_requested(self, routine_id: str) -> None:
        routine = self.book.routine(routine_id)
        if routine.user:
            self.open_editor(routine, routine)

    def open_editor(self, start: Routine, replacing: Routine | None) -> RoutineEditor:
        """Open the editor (window-modal, not blocking) and return it."""
        tolerance = self.screen.current_tolerance()
        editor = RoutineEditor(
            self.book,
            start,
            self.muscles,
            lambda routine: self.seconds(routine, tolerance),
            self.screen.tolerance_name(tolerance),
            replacing=replacing,
            parent=self.screen,
        )
        editor.saved.connect(self.on_editor_saved)
        editor.finished.connect(self.on_editor_finished)
        self.editor = editor
        editor.open()
        return editor

    def on_editor_saved(self, routine_id: str) -> None:
        self.screen.select_routine(routine_id)

    def on_editor_finished(self, _result: int) -> None:
        if self.editor is not None:
            self.editor.deleteLater()
            self.editor = None
        self.screen.list.setFocus()

    def on_screen_delete_requested(self, routine_id: str) -> None:
        routine = self.book.routine(routine_id)
        if routine.user:
            self.delete(routine)

    def delete(self, routine: Routine) -> bool:
        """Trash the routine's file, or (asked first) remove it; True when it is gone."""
        path = routine_path(routine, self.book.folder)
        if not self.trash(path):
            if not self.ask_delete_for_good(self.screen, routine.name):
                return False
            try:
                delete_routine_file(routine, self.book.folder)
            except RoutineFolderError as exc:
                text = self.screen.tr("“{0}” was not deleted: {1} — {2}. {3}.")
                self.tell(
                    self.screen, text.format(routine.name, exc.folder, exc.reason, exc.advice)
                )
                return False
        self.book.reload()
        return True

    @classmethod
    def ask_delete_for_good(cls, parent: QWidget, name: str) -> bool:
        """The trash is not available: delete for good? Tests patch this."""
        answer = QMessageBox.question(
            parent,
            parent.tr("Delete Routine"),
            parent.tr("Delete “{0}” for good? There is no trash to take it back from.").format(
                name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def tell(cls, parent: QWidget, text: str) -> None:
        """A problem the user should know about. Tests patch this."""
        QMessageBox.warning(parent, parent.tr("Routine"), text)
