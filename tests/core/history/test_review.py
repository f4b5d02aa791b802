"""The review's numbers on a hand-built history, as a runner would check them by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from foamroll_gui.core.history import HistoryStore, Review, ReviewSettings, Week
from tests.core.history.conftest import Roller

TODAY = date(2026, 11, 18)  # Wednesday of 2026-W47 (Monday 16 to Sunday 22 November)


def week_day(label: str, weekday: int = 0) -> date:
    return Week.parse(label).first_day + timedelta(days=weekday)


@pytest.fixture
def history(store: HistoryStore, roll: Roller, muscles: tuple[str, ...]) -> Review:
    roll(date(2026, 11, 16), "calves:left", "calves:right")
    roll(date(2026, 11, 17), "calves:both", minutes=2)
    roll(date(2026, 11, 18), "calves:left", "calves:left", minutes=0.75)  # one session, twice
    roll(date(2026, 11, 9), "hamstrings:both")
    return Review(store, muscles)


def test_the_week_summary_counts_sessions_sides_minutes_and_days(history: Review) -> None:
    summary = history.week_summary(history.week_of(TODAY), TODAY)
    got = summary.as_json()
    assert (got["week"], got["first_day"]) == ("2026-W47", "2026-11-16")
    assert len(got["muscles"]) == 24  # every muscle group, left and right, rolled or not
    rows = {(r["muscle"], r["side"]): r for r in got["muscles"]}
    assert rows["calves", "left"] == {
        "muscle": "calves",
        "side": "left",
        "sessions": 3,  # 'both' counts for the left; two entries of one session count once
        "target": 3,
        "minutes": 4.5,
        "days_since": 0,
    }
    assert (rows["calves", "right"]["sessions"], rows["calves", "right"]["minutes"]) == (2, 3.0)
    assert rows["calves", "right"]["days_since"] == 1
    assert [rows["hamstrings", s]["days_since"] for s in ("left", "right")] == [9, 9]
    assert rows["hamstrings", "left"]["sessions"] == 0
    assert rows["shins", "left"] == {
        "muscle": "shins",
        "side": "left",
        "sessions": 0,
        "target": 3,
        "minutes": 0.0,
        "days_since": None,
    }


def test_a_past_week_counts_days_to_its_last_day(history: Review) -> None:
    summary = history.week_summary(Week.parse("2026-W46"), TODAY)
    assert summary.reference_day == date(2026, 11, 15)
    rows = {(r.muscle, r.side): r for r in summary.rows}
    assert (rows["hamstrings", "right"].sessions, rows["hamstrings", "right"].days_since) == (1, 6)
    assert rows["calves", "left"].days_since is None  # not rolled yet by then
    older = history.week_summary(Week.parse("2026-W45"), TODAY)
    assert all(r.sessions == 0 and r.days_since is None for r in older.rows)


def test_days_since_for_the_body_map(history: Review) -> None:
    since = history.days_since(TODAY)
    assert len(since) == 24
    assert since["calves", "left"] == 0 and since["calves", "right"] == 1
    assert since["hamstrings", "left"] == since["hamstrings", "right"] == 9
    assert since["shins", "left"] is None
    assert history.days_since(date(2026, 11, 10))["calves", "left"] is None


def test_suggested_today_puts_the_furthest_behind_first_with_reasons(history: Review) -> None:
    suggestions = history.suggested(TODAY)
    assert len(suggestions) == 6
    assert [s.reason() for s in suggestions[:2]] == [
        "hamstrings: 0 of 3 this week, last rolled 9 days ago",
        "shins: 0 of 3 this week, never rolled",
    ]
    assert [s.muscle for s in suggestions[2:]] == [
        "peroneals",
        "quadriceps",
        "adductors",
        "it-band",
    ]
    everything = history.suggested(TODAY, limit=20)
    assert (
        everything[-1].reason() == "calves: 2 of 3 this week (left 3, right 2), last rolled today"
    )
    assert everything[-1].reason("Calves").startswith("Calves: 2 of 3")
    assert len(everything) == 12


def test_a_muscle_on_target_is_not_suggested(store: HistoryStore, roll: Roller) -> None:
    for day in (16, 17, 18):
        roll(date(2026, 11, day), "calves:both")
    roll(date(2026, 11, 2), "shins:left")
    review = Review(store, ["calves", "shins"], ReviewSettings(targets={"shins": 1}))
    assert [s.reason() for s in review.suggested(TODAY)] == [
        "shins: 0 of 1 this week, last rolled 16 days ago"
    ]


def test_heat_map_and_streak_of_weeks_on_target(store: HistoryStore, roll: Roller) -> None:
    roll(week_day("2026-W40"), "hamstrings:both")  # out of the rotation four weeks later
    roll(week_day("2026-W43"), "calves:both")
    for label in ("2026-W44", "2026-W45", "2026-W46"):
        for weekday in (0, 2, 4):
            roll(week_day(label, weekday), "calves:left", "calves:right")
    roll(week_day("2026-W47"), "calves:both")
    review = Review(store, ["calves", "hamstrings"])
    heat = review.heat_map(TODAY)
    assert [w.label for w in (heat.weeks[0], heat.weeks[-1])] == ["2026-W36", "2026-W47"]
    assert heat.sessions[0] == (0, 0, 0, 0, 0, 0, 0, 1, 3, 3, 3, 1)
    assert heat.cell("hamstrings", 4) == 1
    assert heat.on_target == (False,) * 8 + (True, True, True, False)
    assert heat.streak == 3  # this week is under way: it does not break the streak
    assert review.streak(TODAY, chunk=2) == 3  # looking back in small chunks gives the same

    roll(week_day("2026-W47", 1), "calves:both")
    roll(week_day("2026-W47", 2), "calves:both")
    assert review.heat_map(TODAY).on_target[-1] is True
    assert review.streak(TODAY) == 4
    roll(week_day("2026-W47", 2), "hamstrings:left")  # in the rotation now, 1 of 3
    assert review.streak(TODAY) == 3


def test_targets_per_muscle_change_what_is_on_target(store: HistoryStore, roll: Roller) -> None:
    roll(week_day("2026-W45"), "calves:both")
    roll(week_day("2026-W46"), "calves:both")
    assert Review(store, ["calves"]).streak(TODAY) == 0
    assert Review(store, ["calves"], ReviewSettings(targets={"calves": 1})).streak(TODAY) == 2


def test_no_history_gives_empty_figures(store: HistoryStore, muscles: tuple[str, ...]) -> None:
    review = Review(store, muscles)
    assert review.streak(TODAY) == 0
    assert review.tenderness(TODAY) == ()
    assert review.asymmetry(TODAY) == ()
    assert set(review.days_since(TODAY).values()) == {None}
    assert all(sum(row) == 0 for row in review.heat_map(TODAY).sessions)


def test_tenderness_trend_by_week_where_rated(store: HistoryStore, roll: Roller) -> None:
    roll(week_day("2026-W46"), "calves:left", tenderness=6)
    roll(week_day("2026-W46", 3), "calves:right", tenderness=8)
    roll(week_day("2026-W47"), "calves:both", tenderness=4)
    roll(week_day("2026-W47"), "hamstrings:both")  # no rating: no trend
    (trend,) = Review(store, ["calves", "hamstrings"]).tenderness(TODAY)
    assert trend.muscle == "calves"
    assert trend.averages[-2:] == (7.0, 4.0) and trend.averages[:-2] == (None,) * 10
    assert trend.ratings[-2:] == (2, 1)
    assert trend.change == -3.0


def test_asymmetry_over_the_last_four_weeks(store: HistoryStore, roll: Roller) -> None:
    def rolls(part: str, days: range) -> None:
        for back in days:
            roll(TODAY - timedelta(days=back), part)

    rolls("calves:left", range(4))
    rolls("calves:right", range(1))
    rolls("glutes:left", range(2))  # 2 to 0: fewer than three in all
    rolls("shins:left", range(3))
    rolls("shins:right", range(2))  # 3 to 2: not twice as often
    rolls("quadriceps:both", range(3))  # both sides at once: even
    rolls("adductors:left", range(3))
    rolls("adductors:right", range(28, 31))  # more than four weeks ago
    review = Review(store, ["calves", "glutes", "shins", "quadriceps", "adductors"])
    flags = review.asymmetry(TODAY)
    assert [(f.muscle, f.more_side, f.more, f.less) for f in flags] == [
        ("calves", "left", 4, 1),
        ("adductors", "left", 3, 0),
    ]
    assert flags[0].text() == (
        "calves: left side in 4 sessions, right side in 1, over the last four weeks"
    )
