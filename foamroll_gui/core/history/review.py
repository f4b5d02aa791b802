"""The weekly review: SQL aggregates over the history, by local date, for a given ``today``.

Counting rules (the same everywhere):
- A muscle group's *sessions* on a side are the distinct sessions with an entry for it on that
  side; an entry with side ``both`` counts for left and for right.
- *Days since* is counted from the last day rolled to a reference day: the week's last day for a
  past week, ``today`` for the current (or a future) week; None when never rolled by then.
- The heat map counts sessions per muscle group and week, either side. A week is *on target* when
  at least one muscle group was rolled in it and every muscle group rolled in that week or the
  three weeks before reached its weekly target (sessions, either side) in it. The *streak* is the
  number of weeks on target in a row, ending with this week when it is already on target, else
  with last week (a week still under way does not break a streak).
- Asymmetry: over the 28 days ending today, one side in at least twice as many sessions as the
  other, and at least three sessions counting both sides.
- Suggested today: muscle groups whose less-rolled side is below target this week, most sessions
  short first; at equal shortfall, those rolled before (longest ago first), then never-rolled ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Final

from foamroll_gui.core.history.records import ONE_SIDE
from foamroll_gui.core.history.store import HistoryStore
from foamroll_gui.core.history.week import ReviewSettings, Week

HEAT_WEEKS: Final = 12
ROTATION_WEEKS: Final = 4  # a muscle group rolled in the last four weeks is in the rotation
ASYMMETRY_DAYS: Final = 28
SUGGESTIONS: Final = 6
_EACH_SIDE = "(SELECT 'left' AS side UNION ALL SELECT 'right') AS s ON e.side IN (s.side, 'both')"


@dataclass(frozen=True)
class SideRow:
    muscle: str
    side: str  # left or right
    sessions: int
    target: int
    minutes: float
    days_since: int | None


@dataclass(frozen=True)
class WeekSummary:
    week: Week
    reference_day: date  # what days_since counts to
    rows: tuple[SideRow, ...]  # every muscle group, left then right, in content order

    def as_json(self) -> dict[str, Any]:
        return {
            "week": self.week.label,
            "first_day": self.week.first_day.isoformat(),
            "muscles": [
                {
                    "muscle": row.muscle,
                    "side": row.side,
                    "sessions": row.sessions,
                    "target": row.target,
                    "minutes": row.minutes,
                    "days_since": row.days_since,
                }
                for row in self.rows
            ],
        }


@dataclass(frozen=True)
class HeatMap:
    weeks: tuple[Week, ...]  # oldest first; the last is the week holding today
    muscles: tuple[str, ...]
    sessions: tuple[tuple[int, ...], ...]  # sessions[muscle index][week index], either side
    targets: tuple[int, ...]  # per muscle
    on_target: tuple[bool, ...]  # per week
    streak: int

    def cell(self, muscle: str, week: int) -> int:
        return self.sessions[self.muscles.index(muscle)][week]


@dataclass(frozen=True)
class TendernessTrend:
    muscle: str
    weeks: tuple[Week, ...]
    averages: tuple[float | None, ...]  # mean rating per week, None where none was given
    ratings: tuple[int, ...]  # how many ratings each week

    @property
    def change(self) -> float | None:
        """Last weekly average minus the first one (negative: less tender), None if < 2 weeks."""
        known = [a for a in self.averages if a is not None]
        return round(known[-1] - known[0], 1) if len(known) >= 2 else None


@dataclass(frozen=True)
class AsymmetryFlag:
    muscle: str
    more_side: str
    more: int
    less: int

    @property
    def less_side(self) -> str:
        return "right" if self.more_side == "left" else "left"

    def text(self, name: str | None = None) -> str:
        return (
            f"{name or self.muscle}: {self.more_side} side in {self.more} sessions, "
            f"{self.less_side} side in {self.less}, over the last four weeks"
        )


@dataclass(frozen=True)
class Suggestion:
    muscle: str
    left: int
    right: int
    target: int
    days_since: int | None  # since the last roll of either side

    @property
    def sessions(self) -> int:
        return min(self.left, self.right)

    def reason(self, name: str | None = None) -> str:
        """E.g. ``hamstrings: 0 of 3 this week, last rolled 9 days ago``."""
        sides = f" (left {self.left}, right {self.right})" if self.left != self.right else ""
        head = f"{name or self.muscle}: {self.sessions} of {self.target} this week{sides}"
        return f"{head}, {_ago(self.days_since)}"


def _ago(days: int | None) -> str:
    if days is None:
        return "never rolled"
    if days <= 0:
        return "last rolled today"
    return "last rolled yesterday" if days == 1 else f"last rolled {days} days ago"


class Review:
    """The review's figures for one store and the muscle groups of the content."""

    def __init__(
        self,
        store: HistoryStore,
        muscle_ids: Sequence[str],
        settings: ReviewSettings | None = None,
    ) -> None:
        self.store = store
        self.muscles = tuple(muscle_ids)
        self._known = frozenset(self.muscles)
        self.settings = settings or ReviewSettings()

    def week_of(self, day: date) -> Week:
        return self.settings.week_of(day)

    def week_summary(self, week: Week, today: date) -> WeekSummary:
        """Per muscle group and side: sessions, target, minutes and days since, for ``week``."""
        reference = min(week.last_day, today)
        counted = {
            (muscle, side): (int(sessions), float(seconds))
            for muscle, side, sessions, seconds in self.store.query(
                "SELECT e.muscle, s.side, count(DISTINCT e.session_uuid), "
                f"total(e.rolled_s + e.held_s) FROM entries AS e JOIN {_EACH_SIDE} "
                "WHERE e.day BETWEEN ? AND ? GROUP BY e.muscle, s.side",
                (week.first_day.toordinal(), week.last_day.toordinal()),
            )
        }
        since = self.days_since(reference)
        rows = []
        for muscle in self.muscles:
            for side in ONE_SIDE:
                sessions, seconds = counted.get((muscle, side), (0, 0.0))
                target = self.settings.target(muscle)
                rows.append(
                    SideRow(
                        muscle, side, sessions, target, round(seconds / 60, 1), since[muscle, side]
                    )
                )
        return WeekSummary(week, reference, tuple(rows))

    def days_since(self, today: date) -> dict[tuple[str, str], int | None]:
        """Days since each muscle group and side was last rolled, up to ``today`` (body map)."""
        if not self.muscles:
            return {}
        last: dict[tuple[str, str], int] = {}
        values = ", ".join("(?)" for _ in self.muscles)
        rows = self.store.query(
            f"WITH m(muscle) AS (VALUES {values}), "
            "k(side) AS (VALUES ('left'), ('right'), ('both')) "
            "SELECT m.muscle, k.side, (SELECT max(e.day) FROM entries AS e "
            "WHERE e.muscle = m.muscle AND e.side = k.side AND e.day <= ?) FROM m, k",
            (*self.muscles, today.toordinal()),
        )
        for muscle, side, day in rows:
            if day is not None:
                last[muscle, side] = int(day)
        result: dict[tuple[str, str], int | None] = {}
        for muscle in self.muscles:
            both = last.get((muscle, "both"))
            for side in ONE_SIDE:
                days = [d for d in (last.get((muscle, side)), both) if d is not None]
                result[muscle, side] = today.toordinal() - max(days) if days else None
        return result

    def _weekly_sessions(self, first: Week, count: int) -> dict[int, dict[str, int]]:
        """Sessions (either side) per week index from ``first`` and muscle, over ``count`` weeks."""
        start = first.first_day.toordinal()
        weeks: dict[int, dict[str, int]] = {}
        for index, muscle, sessions in self.store.query(
            "SELECT (day - ?) / 7, muscle, count(*) FROM session_muscles "
            "WHERE day BETWEEN ? AND ? GROUP BY 1, 2",
            (start, start, start + 7 * count - 1),
        ):
            if muscle in self._known:
                weeks.setdefault(int(index), {})[muscle] = int(sessions)
        return weeks

    def _on_target(self, weeks: dict[int, dict[str, int]], index: int) -> bool:
        this_week = weeks.get(index)
        if not this_week:
            return False
        rotation = set().union(*(weeks.get(index - back, {}) for back in range(ROTATION_WEEKS)))
        return all(this_week.get(m, 0) >= self.settings.target(m) for m in rotation)

    def heat_map(self, today: date, weeks: int = HEAT_WEEKS) -> HeatMap:
        """Sessions per muscle group and week for the ``weeks`` weeks ending with this week."""
        current = self.week_of(today)
        first = current.shifted(-(weeks - 1))
        lead = ROTATION_WEEKS - 1
        counts = self._weekly_sessions(first.shifted(-lead), weeks + lead)
        shown = [first.shifted(i) for i in range(weeks)]
        on_target = tuple(self._on_target(counts, i + lead) for i in range(weeks))
        return HeatMap(
            weeks=tuple(shown),
            muscles=self.muscles,
            sessions=tuple(
                tuple(counts.get(i + lead, {}).get(m, 0) for i in range(weeks))
                for m in self.muscles
            ),
            targets=tuple(self.settings.target(m) for m in self.muscles),
            on_target=on_target,
            streak=self.streak(today),
        )

    def streak(self, today: date, chunk: int = 104) -> int:
        """Weeks on target in a row, ending this week (if on target already) or last week."""
        earliest = self.store.query("SELECT min(day) FROM session_muscles")[0][0]
        if earliest is None:
            return 0
        lead = ROTATION_WEEKS - 1
        end = self.week_of(today)  # the newest week of the chunk being looked at
        streak = 0
        skip_current = True
        while end.last_day.toordinal() >= earliest:
            first = end.shifted(-(chunk - 1))
            counts = self._weekly_sessions(first.shifted(-lead), chunk + lead)
            for i in reversed(range(chunk)):
                if self._on_target(counts, i + lead):
                    streak += 1
                elif not skip_current:
                    return streak
                skip_current = False
            end = first.shifted(-1)
        return streak

    def tenderness(self, today: date, weeks: int = HEAT_WEEKS) -> tuple[TendernessTrend, ...]:
        """Weekly average tenderness per muscle group (either side), where ratings exist."""
        first = self.week_of(today).shifted(-(weeks - 1))
        start = first.first_day.toordinal()
        found: dict[str, dict[int, tuple[float, int]]] = {}
        for index, muscle, average, ratings in self.store.query(
            "SELECT (e.day - ?) / 7, e.muscle, avg(e.tenderness), count(e.tenderness) "
            "FROM entries AS e WHERE e.day BETWEEN ? AND ? AND e.tenderness IS NOT NULL "
            "GROUP BY 1, 2",
            (start, start, start + 7 * weeks - 1),
        ):
            found.setdefault(muscle, {})[int(index)] = (float(average), int(ratings))
        shown = tuple(first.shifted(i) for i in range(weeks))
        return tuple(
            TendernessTrend(
                muscle,
                shown,
                tuple(_round(found[muscle].get(i, (None, 0))[0]) for i in range(weeks)),
                tuple(found[muscle].get(i, (None, 0))[1] for i in range(weeks)),
            )
            for muscle in self.muscles
            if muscle in found
        )

    def asymmetry(self, today: date) -> tuple[AsymmetryFlag, ...]:
        """Muscle groups with one side rolled at least twice as often over the last 28 days."""
        counts: dict[tuple[str, str], int] = {
            (muscle, side): int(n)
            for muscle, side, n in self.store.query(
                f"SELECT e.muscle, s.side, count(DISTINCT e.session_uuid) FROM entries AS e "
                f"JOIN {_EACH_SIDE} WHERE e.day BETWEEN ? AND ? GROUP BY e.muscle, s.side",
                ((today - timedelta(days=ASYMMETRY_DAYS - 1)).toordinal(), today.toordinal()),
            )
        }
        flags = []
        for muscle in self.muscles:
            left, right = counts.get((muscle, "left"), 0), counts.get((muscle, "right"), 0)
            more, less = max(left, right), min(left, right)
            if more + less >= 3 and more >= 2 * less:
                flags.append(AsymmetryFlag(muscle, "left" if left > right else "right", more, less))
        return tuple(flags)

    def suggested(self, today: date, limit: int = SUGGESTIONS) -> tuple[Suggestion, ...]:
        """Up to ``limit`` muscle groups furthest behind their target this week, with reasons."""
        summary = self.week_summary(self.week_of(today), today)
        by_muscle: dict[str, list[Any]] = {}
        for row in summary.rows:
            by_muscle.setdefault(row.muscle, []).append(row)
        candidates = []
        for order, (muscle, (left, right)) in enumerate(by_muscle.items()):
            days = [r.days_since for r in (left, right) if r.days_since is not None]
            suggestion = Suggestion(
                muscle, left.sessions, right.sessions, left.target, min(days) if days else None
            )
            short = suggestion.target - suggestion.sessions
            if short > 0:
                never = suggestion.days_since is None
                candidates.append(
                    ((-short, never, -(suggestion.days_since or 0), order), suggestion)
                )
        candidates.sort(key=lambda pair: pair[0])
        return tuple(s for _, s in candidates[: max(0, limit)])


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
