"""The review's queries on ten years of daily history (about 60,000 entries).

Builds the store in a temporary folder (or at --store PATH, kept), then prints the median of
several runs of each query. Goal: each of the weekly summary, the 12-week heat map and the
days-since colouring at most 30 ms.

    python benchmarks/history_scale.py [--runs N] [--years N] [--store PATH]

``build_big_store(path)`` is importable, for benchmarks that need a big store (start-up).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from datetime import time as clock
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from foamroll_gui.core.content.loader import load_content  # noqa: E402
from foamroll_gui.core.history import (  # noqa: E402  (after the path set-up above)
    Entry,
    Records,
    Review,
    Session,
    open_history,
)
from foamroll_gui.core.resources import content_dir  # noqa: E402

#: The shipped muscle groups (the history module itself is only ever given ids).
MUSCLES = tuple(muscle.id for muscle in load_content(content_dir()).muscles)
DAILY = ("calves", "hamstrings", "quadriceps", "glutes")  # both sides, every day
OTHERS = tuple(m for m in MUSCLES if m not in DAILY)
END = date(2026, 11, 18)
GOAL_MS = 30.0


def build_big_store(
    path: Path, *, years: int = 10, end: date = END, seed: int = 0, extra_per_day: int = 8
) -> int:
    """Write a store at ``path`` with one session a day for ``years`` years; returns entries.

    Each day: the four daily muscle groups on both sides plus one entry (random side) for each
    of ``extra_per_day`` of the other eight (16 a day by default, about 58,000 in ten years),
    some with a tenderness rating, stamped with Central European summer and winter offsets.
    By default every week is on target, so the streak runs the whole ten years: its worst case.
    """
    rng = random.Random(seed)
    opened = open_history(path, now=datetime.combine(end, clock(12), UTC))
    store = opened.store
    day = end - timedelta(days=365 * years)
    sessions: list[Session] = []
    entries: list[Entry] = []
    count = 0
    while day <= end:
        offset = timezone(timedelta(hours=2 if 4 <= day.month <= 10 else 1))
        start = datetime.combine(day, clock(6, rng.randrange(60)), offset)
        session = Session(
            str(uuid.UUID(int=rng.getrandbits(128), version=4)), start, start, "", "timer"
        )
        sessions.append(session)
        parts = [(m, s) for m in DAILY for s in ("left", "right")]
        others = rng.sample(OTHERS, k=min(extra_per_day, len(OTHERS)))
        parts += [(m, rng.choice(("left", "right", "both"))) for m in others]
        for muscle, side in parts:
            entries.append(
                Entry(
                    str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    session.uuid,
                    muscle,
                    side,  # type: ignore[arg-type]
                    rng.uniform(30, 120),
                    rng.choice((0.0, 20.0, 30.0)),
                    rng.randrange(11) if rng.random() < 0.2 else None,
                    "",
                )
            )
        if len(entries) >= 5000 or day == end:
            count += len(store.merge(Records(tuple(sessions), tuple(entries))).added)
            sessions, entries = [], []
        day += timedelta(days=1)
    store.query("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return count


def median_ms(work: Callable[[], object], runs: int) -> float:
    work()  # warm the page cache and the statement cache once
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--store", type=Path, help="build (or reuse) the store here")
    parser.add_argument(
        "--startup",
        type=int,
        default=10,
        metavar="PAIRS",
        help="also time the app's start-up with this store against an empty one (0: skip)",
    )
    args = parser.parse_args()
    path = args.store or Path(tempfile.mkdtemp(prefix="foamroll-history-")) / "history.sqlite"
    if not path.exists():
        start = time.perf_counter()
        count = build_big_store(path, years=args.years)
        print(f"built {count} entries in {time.perf_counter() - start:.1f} s at {path}")
    now = datetime.combine(END, clock(8), timezone(timedelta(hours=1)))
    today = now.date()
    print(f"store: {path.stat().st_size / 1e6:.1f} MB")
    opening = median_ms(lambda: open_history(path, now=now).store.close(), args.runs)
    print(f"open (integrity check included): {opening:.1f} ms")
    store = open_history(path, now=now).store
    review = Review(store, MUSCLES)
    week = review.week_of(today)
    print(f"entries: {store.count()}, streak: {review.streak(today)} weeks")
    checked = {
        "weekly summary": lambda: review.week_summary(week, today),
        "12-week heat map (with streak)": lambda: review.heat_map(today),
        "days since (body map)": lambda: review.days_since(today),
    }
    others = {
        "streak alone": lambda: review.streak(today),
        "tenderness trend": lambda: review.tenderness(today),
        "asymmetry": lambda: review.asymmetry(today),
        "suggested today": lambda: review.suggested(today),
        "a past week (2020-W10)": lambda: review.week_summary(
            review.week_of(date(2020, 3, 4)), today
        ),
    }
    failed = False
    for name, work in {**checked, **others}.items():
        ms = median_ms(work, args.runs)
        verdict = ("ok" if ms <= GOAL_MS else "OVER GOAL") if name in checked else ""
        failed |= name in checked and ms > GOAL_MS
        print(f"{name:34} {ms:7.2f} ms  {verdict}")
    store.close()
    print(f"goal: each checked query <= {GOAL_MS:.0f} ms (median of {args.runs} runs)")
    if args.startup:
        ratio = startup_ratio(path, args.startup)
        print(f"start-up with this store / with an empty one: {ratio:.3f}  (goal <= 1.05)")
    return 1 if failed else 0


def startup_ratio(store: Path, pairs: int) -> float:
    """Median wall time of ``foamroll --quit-after-startup`` with the big store, over the same
    with an empty data folder, run alternately."""
    import os
    import statistics
    import subprocess
    import tempfile
    import time

    scratch = Path(tempfile.mkdtemp(prefix="foamroll-startup-"))
    foamroll = Path(sys.executable).with_name("foamroll")

    def run(data: Path) -> float:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "FOAMROLL_DATA_DIR": str(data),
            "FOAMROLL_CONFIG_DIR": str(scratch / f"config-{data.name}"),
            "FOAMROLL_CACHE_DIR": str(scratch / "cache"),
        }
        start = time.perf_counter()
        subprocess.run([str(foamroll), "--quit-after-startup"], env=env, capture_output=True)
        return time.perf_counter() - start

    empty = scratch / "empty"
    empty.mkdir()
    run(empty), run(store.parent)  # warm the content cache and the page cache
    with_store, without = [], []
    for _ in range(pairs):
        without.append(run(empty))
        with_store.append(run(store.parent))
    return statistics.median(with_store) / statistics.median(without)


if __name__ == "__main__":
    sys.exit(main())
