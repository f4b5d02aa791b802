"""Writes a timed routine into the history as it goes: a session begun at the start, each
finished muscle and side added at once (so a routine killed half way keeps what was done), a
tenderness rating set on the side just finished, and the session ended at the end.

A history that cannot be written never stops the routine: the first problem is kept in
``problem`` for the screen to show, and the routine goes on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from foamroll_gui.core.history import HistoryStore
    from foamroll_gui.core.session import SideFinished

StoreOpener = Callable[[], "HistoryStore"]
WallClock = Callable[[], datetime]


class SessionLog:
    """``open_store`` is called once, at :meth:`begin`; ``changed`` after every write."""

    def __init__(
        self,
        open_store: StoreOpener,
        wall_clock: WallClock,
        changed: Callable[[], None] | None = None,
    ) -> None:
        self._open_store = open_store
        self._wall_clock = wall_clock
        self._changed = changed
        self.store: HistoryStore | None = None
        self.session_uuid: str | None = None
        self.last_entry: tuple[str, str, str] | None = None  # uuid, muscle, side
        self.problem = ""
        self.entries_written = 0

    def begin(self, routine_id: str) -> None:
        def write() -> None:
            self.store = self._open_store()
            session = self.store.begin_session(self._wall_clock(), routine=routine_id)
            self.session_uuid = session.uuid

        self._guard(write)

    def side_finished(self, event: SideFinished) -> None:
        store, session = self.store, self.session_uuid
        if store is None or session is None:
            return

        def write() -> None:
            entry = store.add_entry(
                session, event.muscle, event.side, event.rolled_seconds, event.held_seconds
            )
            self.last_entry = (entry.uuid, event.muscle, event.side)
            self.entries_written += 1

        self._guard(write)

    def rate(self, tenderness: int) -> bool:
        """Set the tenderness (0-10) of the side just finished; False when there is none."""
        store, last = self.store, self.last_entry
        if store is None or last is None:
            return False
        ok = self._guard(lambda: store.update_entry(last[0], tenderness=tenderness))
        return ok

    def end(self) -> None:
        store, session = self.store, self.session_uuid
        self.session_uuid = None
        self.last_entry = None
        if store is None or session is None:
            return
        self._guard(lambda: store.end_session(session, self._wall_clock()))

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    def _guard(self, write: Callable[[], object]) -> bool:
        from foamroll_gui.core.history import HistoryError

        try:
            write()
        except (HistoryError, OSError) as exc:
            if not self.problem:
                self.problem = str(exc)
            return False
        if self._changed is not None:
            self._changed()
        return True
