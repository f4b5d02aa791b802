"""Every roll kept locally (SQLite) and the weekly review computed from it. No Qt here.

Typical use, after the window's first frame::

    opened = open_history(history_path(data_dir), now=datetime.now().astimezone())
    if opened.notice: show(opened.notice)            # a damaged file moved aside, read-only, ...
    store = opened.store
    review = Review(store, [m.id for m in content.muscles], ReviewSettings(first_weekday=0))
    review.week_summary(review.week_of(today), today)

Everything a user may meet is a :class:`HistoryError` whose message says what to do. Importing
this package does not import ``sqlite3``; opening a store does.
"""

from __future__ import annotations

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
