"""The one owner of the current routines: the built-in ones and the user's own, re-read from
the user's routines folder after a save or a delete, with a ``changed`` signal.

The Routine screen lists :meth:`RoutineBook.routines`, the runner plans from
:meth:`RoutineBook.content`; neither keeps a copy, so a saved routine can be started at once.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from foamroll_gui.core.content.loader import load_user_routines
from foamroll_gui.core.content.model import Content
from foamroll_gui.core.content.routines import Routine
from foamroll_gui.core.errors import Problem


class RoutineBook(QObject):
    """``content`` as loaded at start (its routines: built-in, then the user's); ``folder`` is
    the user's routines folder."""

    changed = Signal()

    def __init__(self, content: Content, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._builtin = replace(content, routines=tuple(r for r in content.routines if not r.user))
        self._content = content

    def routines(self) -> tuple[Routine, ...]:
        return self._content.routines

    def content(self) -> Content:
        """The content with the current routines."""
        return self._content

    def routine(self, routine_id: str) -> Routine:
        """Raises KeyError for an unknown id."""
        return self._content.routine(routine_id)

    def reload(self) -> tuple[Problem, ...]:
        """Read the user's folder again (a broken file is skipped and reported, as at start)
        and emit ``changed``."""
        self._content, problems = load_user_routines(self.folder, self._builtin)
        self.changed.emit()
        return problems
