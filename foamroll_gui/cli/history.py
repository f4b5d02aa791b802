"""``foamroll history summary|export|import``: a week's figures and the history file.

``__main__`` adds the parser with :func:`add_parser` and calls :func:`run` with the data folder
and the content's muscle ids. Nothing here imports Qt; every error is one line saying what to do.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from foamroll_gui.core.history import (
    HistoryError,
    HistoryStore,
    Review,
    ReviewSettings,
    TransferError,
    Week,
    WeekFormatError,
    WeekSummary,
    empty_history,
    export_history,
    history_path,
    import_history,
    open_history,
)
from foamroll_gui.core.history.week import WEEKDAY_NAMES

MAX_PROBLEMS_SHOWN = 100


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``history`` and its actions to the sub-commands of the ``foamroll`` parser."""
    history = commands.add_parser(
        "history",
        help="your rolls: this week's figures, export and import",
        description="Your rolls, kept in history.sqlite in the data folder.",
    )
    actions = history.add_subparsers(dest="history_command", metavar="ACTION", required=True)
    summary = actions.add_parser(
        "summary", help="sessions, minutes and days since, per muscle group and side, for a week"
    )
    summary.add_argument(
        "--week", metavar="YYYY-Www", help="the ISO week, e.g. 2026-W47 (default: this week)"
    )
    summary.add_argument("--json", action="store_true", help="print one JSON object")
    export = actions.add_parser("export", help="write every roll to a CSV or JSON file")
    export.add_argument("file", type=Path, metavar="FILE.csv|FILE.json")
    load = actions.add_parser(
        "import",
        help="add the rolls of an exported CSV or JSON file (the same file twice adds nothing)",
    )
    load.add_argument("file", type=Path, metavar="FILE")


def run(
    args: argparse.Namespace,
    data_dir: Path,
    muscle_ids: Sequence[str],
    out: TextIO,
    err: TextIO,
    now: datetime | None = None,
    settings: ReviewSettings | None = None,
) -> int:
    """Run ``foamroll history ACTION``; returns the exit code (0 ok, 1 failed, 2 bad arguments)."""
    moment = now or datetime.now().astimezone()
    action = args.history_command
    name = f"foamroll history {action}"
    settings = settings or ReviewSettings()
    if action == "summary" and args.week is not None:
        try:
            Week.parse(args.week, settings.first_weekday)
        except WeekFormatError as exc:
            print(f"{name}: {exc}", file=err)
            return 2
    if action == "export" and args.file.suffix.lower() not in (".csv", ".json"):
        print(f"{name}: name the file FILE.csv or FILE.json to choose its format.", file=err)
        return 2
    try:
        store = _open(data_dir, moment, create=action == "import", err=err)
    except HistoryError as exc:
        print(f"{name}: {exc}", file=err)
        return 1
    try:
        if action == "summary":
            return _summary(store, args, muscle_ids, settings, moment.date(), out)
        if action == "export":
            count = export_history(store, args.file)
            print(f"Exported {count} entr{'y' if count == 1 else 'ies'} to {args.file}.", file=out)
            return 0
        return _import(store, args.file, muscle_ids, out, err)
    except HistoryError as exc:
        print(f"{name}: {exc}", file=err)
        return 1
    finally:
        store.close()


def _open(data_dir: Path, now: datetime, *, create: bool, err: TextIO) -> HistoryStore:
    path = history_path(data_dir)
    if not create and not path.exists():
        return empty_history()  # reading commands create no file
    opened = open_history(path, now=now)
    if opened.notice:
        print(opened.notice, file=err)
    return opened.store


def _summary(
    store: HistoryStore,
    args: argparse.Namespace,
    muscle_ids: Sequence[str],
    settings: ReviewSettings,
    today: date,
    out: TextIO,
) -> int:
    review = Review(store, muscle_ids, settings)
    week = Week.parse(args.week, settings.first_weekday) if args.week else review.week_of(today)
    summary = review.week_summary(week, today)
    if args.json:
        print(json.dumps(summary.as_json()), file=out)
    else:
        out.write(summary_table(summary))
    return 0


def summary_table(summary: WeekSummary) -> str:
    """The week's figures as an aligned plain-text table."""
    week = summary.week
    lines = [
        f"Week {week.label}: {_day(week.first_day)} to {_day(week.last_day)} "
        f"(days since counted to {_day(summary.reference_day)})",
        "",
    ]
    table = [("Muscle group", "Side", "Sessions", "Minutes", "Last rolled")]
    for row in summary.rows:
        table.append(
            (
                row.muscle,
                row.side,
                f"{row.sessions} of {row.target}",
                f"{row.minutes:.1f}",
                _since(row.days_since),
            )
        )
    widths = [max(len(cells[i]) for cells in table) for i in range(5)]
    for cells in table:
        left = [cells[i].ljust(widths[i]) for i in (0, 1)]
        right = [cells[i].rjust(widths[i]) for i in (2, 3)]
        lines.append("  ".join([*left, *right, cells[4]]).rstrip())
    return "\n".join(lines) + "\n"


def _day(day: date) -> str:
    return f"{WEEKDAY_NAMES[day.weekday()][:3]} {day.isoformat()}"


def _since(days: int | None) -> str:
    if days is None:
        return "never"
    if days == 0:
        return "today"
    return "1 day ago" if days == 1 else f"{days} days ago"


def _import(
    store: HistoryStore, file: Path, muscle_ids: Sequence[str], out: TextIO, err: TextIO
) -> int:
    try:
        report = import_history(store, file, muscle_ids)
    except TransferError as exc:
        print(f"foamroll history import: {exc}", file=err)
        return 1
    for problem in report.problems[:MAX_PROBLEMS_SHOWN]:
        print(problem, file=err)
    if len(report.problems) > MAX_PROBLEMS_SHOWN:
        print(f"... and {len(report.problems) - MAX_PROBLEMS_SHOWN} more rows skipped.", file=err)
    print(report.summary, file=out)
    return 0 if report.skipped == 0 else 1
