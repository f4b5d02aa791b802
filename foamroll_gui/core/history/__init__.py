"""Every roll kept locally (SQLite) and the weekly review computed from it. No Qt here.

Typical use, after the window's first frame::

    opened = open_history(history_path(data_dir), now=datetime.now().astimezone())
    if opened.notice: show(opened.notice)            # a damaged file moved aside, read-only, ...
    store = opened.store
    review = Review(store, [m.id for m in content.muscles], ReviewSettings(first_weekday=0))
    review.week_summary(review.week_of(today), today)

Everything a user may meet is a :class:`HistoryError` whose message says what to do. Importing
this package imports nothing else: each name loads its submodule on first use,
and ``sqlite3`` is imported when a store is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from foamroll_gui.core.history.errors import (
        DiskFullError,
        HistoryBusyError,
        HistoryDamagedError,
        HistoryError,
        HistoryUnavailableError,
        InvalidEntryError,
        NotFoundError,
        ReadOnlyHistoryError,
        UpgradeError,
    )
    from foamroll_gui.core.history.opening import (
        HISTORY_FILE,
        Opened,
        empty_history,
        history_path,
        open_history,
    )
    from foamroll_gui.core.history.records import (
        ONE_SIDE,
        SIDES,
        SOURCES,
        Entry,
        EntryRow,
        Records,
        Session,
        Side,
        Source,
    )
    from foamroll_gui.core.history.review import (
        AsymmetryFlag,
        HeatMap,
        Review,
        SideRow,
        Suggestion,
        TendernessTrend,
        WeekSummary,
    )
    from foamroll_gui.core.history.store import KEEP, HistoryStore, LogSides, MergeResult
    from foamroll_gui.core.history.transfer import (
        COLUMNS,
        MAX_IMPORT_BYTES,
        ImportReport,
        TransferError,
        export_history,
        import_history,
    )
    from foamroll_gui.core.history.week import ReviewSettings, Week, WeekFormatError

_WHERE = {
    "AsymmetryFlag": "review",
    "COLUMNS": "transfer",
    "DiskFullError": "errors",
    "Entry": "records",
    "EntryRow": "records",
    "HISTORY_FILE": "opening",
    "HeatMap": "review",
    "HistoryBusyError": "errors",
    "HistoryDamagedError": "errors",
    "HistoryError": "errors",
    "HistoryStore": "store",
    "HistoryUnavailableError": "errors",
    "ImportReport": "transfer",
    "InvalidEntryError": "errors",
    "KEEP": "store",
    "LogSides": "store",
    "MAX_IMPORT_BYTES": "transfer",
    "MergeResult": "store",
    "NotFoundError": "errors",
    "ONE_SIDE": "records",
    "Opened": "opening",
    "ReadOnlyHistoryError": "errors",
    "Records": "records",
    "Review": "review",
    "ReviewSettings": "week",
    "SIDES": "records",
    "SOURCES": "records",
    "Session": "records",
    "Side": "records",
    "SideRow": "review",
    "Source": "records",
    "Suggestion": "review",
    "TendernessTrend": "review",
    "TransferError": "transfer",
    "UpgradeError": "errors",
    "Week": "week",
    "WeekFormatError": "week",
    "WeekSummary": "review",
    "empty_history": "opening",
    "export_history": "transfer",
    "history_path": "opening",
    "import_history": "transfer",
    "open_history": "opening",
}


def __getattr__(name: str) -> Any:
    """Import the submodule that defines ``name`` on first use (PEP 562): cheap to import."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "COLUMNS",
    "HISTORY_FILE",
    "KEEP",
    "MAX_IMPORT_BYTES",
    "ONE_SIDE",
    "SIDES",
    "SOURCES",
    "AsymmetryFlag",
    "DiskFullError",
    "Entry",
    "EntryRow",
    "HeatMap",
    "HistoryBusyError",
    "HistoryDamagedError",
    "HistoryError",
    "HistoryStore",
    "HistoryUnavailableError",
    "ImportReport",
    "InvalidEntryError",
    "LogSides",
    "MergeResult",
    "NotFoundError",
    "Opened",
    "ReadOnlyHistoryError",
    "Records",
    "Review",
    "ReviewSettings",
    "Session",
    "Side",
    "SideRow",
    "Source",
    "Suggestion",
    "TendernessTrend",
    "TransferError",
    "UpgradeError",
    "Week",
    "WeekFormatError",
    "WeekSummary",
    "empty_history",
    "export_history",
    "history_path",
    "import_history",
    "open_history",
]
