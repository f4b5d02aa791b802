"""The history as the window uses it: opened off the GUI thread after the first frame, every
change undoable through one QUndoStack, and a ``changed`` signal for the views.

The store itself (``core.history``) knows nothing of Qt; this adapter only schedules, undoes and
tells. Errors a user may meet arrive as ``HistoryError`` (raised from the call that caused them,
or emitted as ``problem`` when an undo or redo fails).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from foamroll_gui.core.history import (
        Entry,
        HistoryStore,
        ImportReport,
        LogSides,
        Records,
        Review,
        ReviewSettings,
    )

Now = Callable[[], datetime]


def local_now() -> datetime:
    """The wall clock with the user's UTC offset."""
    return datetime.now().astimezone()


class _Change(QUndoCommand):
    """A change already made in the store (``done``) that can be undone and made again."""

    def __init__(
        self,
        service: HistoryService,
        text: str,
        undo: Callable[[HistoryStore], object],
        redo: Callable[[HistoryStore], object],
    ) -> None:
        super().__init__(text)
        self._service = service
        self._undo = undo
        self._redo = redo
        self._first = True

    def redo(self) -> None:
        if self._first:  # pushing runs redo once; the change is already in the store
            self._first = False
            return
        self._service.apply(self._redo)

    def undo(self) -> None:
        self._service.apply(self._undo)


class HistoryService(QObject):
    """One history file for the window. Call :meth:`open` once the window has painted."""

    #: the store is open (or could not be): the notice to show the user, "" when none
    ready = Signal(str)
    #: the history's contents changed (a roll logged, deleted, undone, imported)
    changed = Signal()
    #: an undo or redo failed; the message says what to do
    problem = Signal(str)
    _opened = Signal(object, str, str)  # from the opening thread: store or None, notice, reason

    def __init__(
        self,
        path: Path,
        muscle_ids: Sequence[str],
        now: Now = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.muscle_ids = tuple(muscle_ids)
        self.now = now
        self.store: HistoryStore | None = None
        self.notice = ""
        #: why rolls cannot be logged ("" when they can); set once opened
        self.reason = ""
        self.undo_stack = QUndoStack(self)
        self._thread: threading.Thread | None = None
        self._empty: HistoryStore | None = None
        self._opened.connect(self.on_self_opened)

    # -- opening ----------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.store is not None

    @property
    def can_log(self) -> bool:
        return self.store is not None and not self.store.read_only

    def open(self) -> None:
        """Open (check, recover, migrate) the file on a worker thread; ``ready`` tells when."""
        if self._thread is not None:
            return
        moment = self.now()
        self._thread = threading.Thread(
            target=self._open_in_thread, args=(moment,), name="foamroll-history", daemon=True
        )
        self._thread.start()

    def _open_in_thread(self, moment: datetime) -> None:
        from foamroll_gui.core.history import HistoryError, open_history

        try:
            opened = open_history(self.path, now=moment)
        except HistoryError as exc:
            result: tuple[HistoryStore | None, str, str] = (None, str(exc), str(exc))
        else:
            store = opened.store
            result = (store, opened.notice or "", store.read_only_reason or "")
        try:
            self._opened.emit(*result)
        except RuntimeError:  # the window closed meanwhile
            if result[0] is not None:
                result[0].close()

    def on_self_opened(self, store: HistoryStore | None, notice: str, reason: str) -> None:
        if self._thread is not None:
            self._thread.join()
        self.store, self.notice, self.reason = store, notice, reason
        self.ready.emit(notice)
        self.changed.emit()

    def close(self) -> None:
        if self._thread is not None:
            self._thread.join()
        for store in (self.store, self._empty):
            if store is not None:
                store.close()
        self.store = self._empty = None

    # -- reading ----------------------------------------------------------------------------
    def review(self, settings: ReviewSettings | None = None) -> Review:
        """The review's figures over this history (an empty one until it is open)."""
        from foamroll_gui.core.history import Review, empty_history

        if self.store is None:  # not open (yet, or at all): an empty review meanwhile
            if self._empty is None:
                self._empty = empty_history()
            return Review(self._empty, self.muscle_ids, settings)
        return Review(self.store, self.muscle_ids, settings)

    def today(self) -> date:
        return self.now().date()

    # -- changing, undoably -----------------------------------------------------------------
    def _writable(self) -> HistoryStore:
        from foamroll_gui.core.history import HistoryError

        if self.store is None or self.store.read_only:
            raise HistoryError(
                self.reason or "Your history is still opening: try again in a moment."
            )
        return self.store

    def log_roll(
        self,
        on: date,
        muscle: str,
        sides: LogSides,
        minutes: float,
        tenderness: int | None = None,
        note: str = "",
    ) -> Records:
        """Save a manual roll at once (raises HistoryError); Ctrl+Z removes it again."""
        store = self._writable()
        records = store.log_roll(on, muscle, sides, minutes, tenderness, note, now=self.now())
        self._push(
            f"Log {muscle}",
            lambda s: s.remove(records),
            lambda s: s.restore(records),
        )
        return records

    def delete_entry(self, uuid: str) -> Records:
        """Delete one entry (raises HistoryError); undo puts it back."""
        records = self._writable().delete_entry(uuid)
        name = records.entries[0].muscle if records.entries else "entry"
        self._push(
            f"Delete {name}",
            lambda s: s.restore(records),
            lambda s: s.remove(records),
        )
        return records

    def edit_entry(self, entry: Entry) -> Entry:
        """Write ``entry`` over the stored one with its uuid (raises HistoryError); undoable.
        Returns the entry as it was."""
        old = self._writable().replace_entry(entry)
        self._push(
            f"Edit {entry.muscle}",
            lambda s: s.replace_entry(old),
            lambda s: s.replace_entry(entry),
        )
        return old

    def export_to(self, path: Path) -> int:
        """Write every entry to a .csv or .json file; raises HistoryError."""
        from foamroll_gui.core.history import export_history

        return export_history(self.review().store, path)

    def import_from(self, path: Path) -> ImportReport:
        """Merge an exported file (idempotent by entry uuid); raises HistoryError."""
        from foamroll_gui.core.history import import_history

        report = import_history(self._writable(), path, self.muscle_ids)
        self.undo_stack.clear()  # an import is not undone; earlier undo steps may clash with it
        self.changed.emit()
        return report

    def _push(
        self,
        text: str,
        undo: Callable[[HistoryStore], object],
        redo: Callable[[HistoryStore], object],
    ) -> None:
        self.undo_stack.push(_Change(self, text, undo, redo))
        self.changed.emit()

    def apply(self, change: Callable[[HistoryStore], object]) -> None:
        """Run an undo or redo against the store; a failure becomes ``problem``."""
        from foamroll_gui.core.history import HistoryError

        try:
            change(self._writable())
        except HistoryError as exc:
            self.problem.emit(str(exc))
            return
        self.changed.emit()
