"""Weeks by local date: ISO names, a chosen first day, week 53, and daylight-saving changes."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from foamroll_gui.core.history import Review, ReviewSettings, Week, WeekFormatError
from foamroll_gui.core.history.store import HistoryStore
from tests.core.history.conftest import Roller

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))


def test_iso_weeks_by_name_and_back() -> None:
    week = Week.parse("2026-W47")
    assert (week.first_day, week.last_day) == (date(2026, 11, 16), date(2026, 11, 22))
    assert week.label == "2026-W47"
    assert Week.containing(date(2026, 11, 22)) == week
    assert week.shifted(-1).label == "2026-W46" and week.shifted(1).label == "2026-W48"
    assert date(2026, 11, 22) in week and date(2026, 11, 23) not in week
    assert Week.parse("2026w47") == week


def test_2026_has_a_53rd_week_that_reaches_into_2027() -> None:
    w53 = Week.parse("2026-W53")
    assert (w53.first_day, w53.last_day) == (date(2026, 12, 28), date(2027, 1, 3))
    assert Week.containing(date(2027, 1, 3)).label == "2026-W53"
    assert w53.shifted(1).label == "2027-W01"
    assert Week.containing(date(2027, 1, 4)).label == "2027-W01"
    labels = {Week.containing(date(2026, 1, 1) + timedelta(days=d)).label for d in range(365)}
    assert labels == {f"2026-W{n:02d}" for n in range(1, 54)}  # 1 January is in 2026-W01


@pytest.mark.parametrize(
    ("first_weekday", "first", "last"),
    [
        (0, date(2026, 11, 16), date(2026, 11, 22)),  # Monday
        (6, date(2026, 11, 15), date(2026, 11, 21)),  # Sunday: the week before holds the Monday
        (5, date(2026, 11, 14), date(2026, 11, 20)),  # Saturday
    ],
)
def test_the_first_day_of_the_week_is_a_setting(
    first_weekday: int, first: date, last: date
) -> None:
    week = Week.parse("2026-W47", first_weekday)
    assert (week.first_day, week.last_day) == (first, last)
    assert week.label == "2026-W47"
    for day in week.days():
        assert Week.containing(day, first_weekday) == week


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("2025-W53", "2025 has weeks 1 to 52"),
        ("2026-W54", "2026 has weeks 1 to 53"),
        ("2026-W00", "2026-W01"),
        ("W47", "for example 2026-W47"),
        ("2026-11-16", "YEAR-WNN"),
        ("", "YEAR-WNN"),
        ("0000-W01", "a year from 1900"),
    ],
)
def test_a_bad_week_says_what_to_type(text: str, hint: str) -> None:
    with pytest.raises(WeekFormatError, match=hint):
        Week.parse(text)


def test_weeks_follow_the_local_date_across_daylight_saving_changes(
    store: HistoryStore, roll: Roller
) -> None:
    # Spring: clocks go forward in the night to Sunday 29 March 2026.
    roll(datetime(2026, 3, 29, 1, 30, tzinfo=CET), "calves:left")  # Sunday, before the change
    roll(datetime(2026, 3, 29, 23, 30, tzinfo=CEST), "calves:left")  # Sunday (21:30 UTC)
    roll(datetime(2026, 3, 30, 0, 30, tzinfo=CEST), "calves:right")  # Monday, Sunday in UTC
    # Autumn: clocks go back in the night to Sunday 25 October 2026.
    roll(datetime(2026, 10, 25, 23, 45, tzinfo=CET), "shins:both")  # Sunday (22:45 UTC)
    roll(datetime(2026, 10, 26, 0, 15, tzinfo=CET), "shins:left")  # Monday, Sunday in UTC
    review = Review(store, ["calves", "shins"])
    today = date(2026, 11, 18)

    def sessions(label: str) -> dict[tuple[str, str], int]:
        summary = review.week_summary(Week.parse(label), today)
        return {(r.muscle, r.side): r.sessions for r in summary.rows if r.sessions}

    assert sessions("2026-W13") == {("calves", "left"): 2}
    assert sessions("2026-W14") == {("calves", "right"): 1}
    assert sessions("2026-W43") == {("shins", "left"): 1, ("shins", "right"): 1}
    assert sessions("2026-W44") == {("shins", "left"): 1}


def test_a_roll_in_week_53_counts_there_and_not_in_the_new_year(
    store: HistoryStore, roll: Roller
) -> None:
    roll(date(2026, 12, 31), "glutes:both")
    roll(date(2027, 1, 3), "glutes:left")
    roll(date(2027, 1, 4), "glutes:right")
    review = Review(store, ["glutes"])
    today = date(2027, 1, 10)
    w53 = review.week_summary(Week.parse("2026-W53"), today)
    assert [(r.side, r.sessions, r.days_since) for r in w53.rows] == [
        ("left", 2, 0),  # last rolled on Sunday 3 January, the week's last day
        ("right", 1, 3),  # 31 December
    ]
    w01 = review.week_summary(Week.parse("2027-W01"), today)
    assert [(r.side, r.sessions) for r in w01.rows] == [("left", 0), ("right", 1)]


def test_review_settings_check_their_values() -> None:
    with pytest.raises(ValueError, match="first_weekday"):
        ReviewSettings(first_weekday=7)
    with pytest.raises(ValueError, match="target"):
        ReviewSettings(targets={"calves": -1})
    settings = ReviewSettings(targets={"calves": 5})
    assert (settings.target("calves"), settings.target("shins")) == (5, 3)
