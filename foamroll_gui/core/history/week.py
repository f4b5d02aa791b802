"""Weeks as a runner sees them: seven local dates from a chosen first day, named by ISO week.

The first day of the week is a setting (0 = Monday, the default, ... 6 = Sunday). Every run of
seven days holds exactly one Monday, so a week is named by the ISO week of its Monday: with
Sunday first, "2026-W47" is Sunday 15 to Saturday 21 November 2026.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import MappingProxyType
from typing import Final

DEFAULT_TARGET: Final = 3  # sessions a week (Junker & Stöggl 2015)
_WEEK = re.compile(r"\s*(\d{4})-?[Ww](\d{1,2})\s*")
WEEKDAY_NAMES: Final = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)


class WeekFormatError(ValueError):
    """A week written in a way that names no week; the message shows what to type."""


@dataclass(frozen=True, order=True)
class Week:
    first_day: date

    @property
    def last_day(self) -> date:
        return self.first_day + timedelta(days=6)

    @property
    def monday(self) -> date:
        return self.first_day + timedelta(days=(7 - self.first_day.weekday()) % 7)

    @property
    def label(self) -> str:
        """The ISO week of the week's Monday, e.g. ``2026-W47``."""
        year, number, _ = self.monday.isocalendar()
        return f"{year}-W{number:02d}"

    def days(self) -> tuple[date, ...]:
        return tuple(self.first_day + timedelta(days=i) for i in range(7))

    def shifted(self, weeks: int) -> Week:
        """The week ``weeks`` later (negative: earlier); previous/next navigation."""
        return Week(self.first_day + timedelta(weeks=weeks))

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first_day <= day <= self.last_day

    @classmethod
    def containing(cls, day: date, first_weekday: int = 0) -> Week:
        return cls(day - timedelta(days=(day.weekday() - first_weekday) % 7))

    @classmethod
    def parse(cls, text: str, first_weekday: int = 0) -> Week:
        """``2026-W47`` (or ``2026W47``) as a week starting on ``first_weekday``."""
        match = _WEEK.fullmatch(text)
        if match is None:
            raise WeekFormatError(
                f"{text!r} is not a week: write it as YEAR-WNN, for example 2026-W47"
            )
        year, number = int(match[1]), int(match[2])
        if not 1900 <= year <= 9998:
            raise WeekFormatError(f"{text!r} is not a week: write a year from 1900 to 9998")
        weeks_in_year = date(year, 12, 28).isocalendar().week
        if not 1 <= number <= weeks_in_year:
            raise WeekFormatError(
                f"{text!r} is not a week: {year} has weeks 1 to {weeks_in_year}, so write "
                f"for example {year}-W01 or {year}-W{weeks_in_year}"
            )
        monday = date.fromisocalendar(year, number, 1)
        return cls(monday - timedelta(days=(7 - first_weekday) % 7))


@dataclass(frozen=True)
class ReviewSettings:
    """How the review counts: first day of the week and sessions a week per muscle group."""

    first_weekday: int = 0
    default_target: int = DEFAULT_TARGET
    targets: Mapping[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not 0 <= self.first_weekday <= 6:
            raise ValueError("first_weekday must be 0 (Monday) to 6 (Sunday)")
        for target in (self.default_target, *self.targets.values()):
            if not 0 <= target <= 21:
                raise ValueError("a weekly target must be 0 to 21 sessions")
        object.__setattr__(self, "targets", MappingProxyType(dict(self.targets)))

    def target(self, muscle: str) -> int:
        return self.targets.get(muscle, self.default_target)

    @classmethod
    def from_choices(cls, first_day: str, weekly_target: int) -> ReviewSettings:
        """From the user's preferences: a weekday name ("monday" … "sunday") and a target."""
        names = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        first = names.index(first_day) if first_day in names else 0
        return cls(first_weekday=first, default_target=weekly_target)

    def week_of(self, day: date) -> Week:
        return Week.containing(day, self.first_weekday)
