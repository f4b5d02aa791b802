"""The user's preferences: what they choose about how Foamroll works, typed and checked.

Only the preferences live here; where the window was left (size, panes, last muscle) is
:mod:`~foamroll_gui.core.window_state`. Both are stored in one versioned file by
:mod:`~foamroll_gui.core.settings`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from typing import Literal

PainTolerance = Literal["high", "medium", "low"]
Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
Theme = Literal["system", "light", "dark"]

PAIN_TOLERANCES: tuple[PainTolerance, ...] = ("high", "medium", "low")
WEEKDAYS: tuple[Weekday, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
THEMES: tuple[Theme, ...] = ("system", "light", "dark")


@dataclass(frozen=True)
class Preferences:
    """Every preference with its default. Change one with :meth:`changed`."""

    #: how much pressure the user takes: sets how long a tender spot is held
    pain_tolerance: PainTolerance = "medium"
    roll_seconds: int = 60  # a muscle rolled on its own, per side
    switch_seconds: int = 5  # to change legs
    transition_seconds: int = 10  # "next up" between muscle groups
    sounds: bool = True
    voice: bool = True
    #: the speech engine's voice by name; "" is the engine's own default
    voice_name: str = ""
    metronome: bool = False
    metronome_seconds: int = 3  # one rolling pass (Behm et al. 2020: 2-4 s)
    weekly_target: int = 3  # sessions a week per muscle group (Junker & Stoeggl 2015)
    first_day_of_week: Weekday = "monday"
    theme: Theme = "system"

    def changed(self, **changes: object) -> Preferences:
        """A copy with some preferences changed. Raises ValueError for a value out of range."""
        problems = [
            problem
            for name, value in changes.items()
            if (problem := _problem(name, value)) is not None
        ]
        if problems:
            raise ValueError("; ".join(problems))
        return replace(self, **changes)  # type: ignore[arg-type]

    def to_json(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_json(cls, raw: Mapping[str, object]) -> tuple[Preferences, list[str]]:
        """Preferences from a stored mapping, and what was wrong with it.

        A value of the wrong type or out of range keeps its default and is reported; a key
        this version does not know is ignored (a newer Foamroll may have written it).
        """
        values: dict[str, object] = {}
        problems: list[str] = []
        for name in _RULES:
            if name not in raw:
                continue
            problem = _problem(name, raw[name])
            if problem is None:
                values[name] = raw[name]
            else:
                problems.append(f"{problem}; using {getattr(cls(), name)!r}")
        return cls(**values), problems  # type: ignore[arg-type]


class _Choice:
    """A rule: one of these words. (Plain classes: cheaper than dataclasses at start-up.)"""

    __slots__ = ("options",)

    def __init__(self, options: tuple[str, ...]) -> None:
        self.options = options


class _Whole:
    """A rule: a whole number from ``low`` to ``high``."""

    __slots__ = ("high", "low")

    def __init__(self, low: int, high: int) -> None:
        self.low, self.high = low, high


class _Text:
    """A rule: text of at most ``longest`` characters."""

    __slots__ = ("longest",)

    def __init__(self, longest: int) -> None:
        self.longest = longest


_Rule = _Choice | _Whole | _Text | type[bool]

_RULES: dict[str, _Rule] = {
    "pain_tolerance": _Choice(PAIN_TOLERANCES),
    "roll_seconds": _Whole(10, 600),
    "switch_seconds": _Whole(0, 60),
    "transition_seconds": _Whole(0, 120),
    "sounds": bool,
    "voice": bool,
    "voice_name": _Text(200),
    "metronome": bool,
    "metronome_seconds": _Whole(1, 10),
    "weekly_target": _Whole(1, 14),
    "first_day_of_week": _Choice(WEEKDAYS),
    "theme": _Choice(THEMES),
}


def whole_range(name: str) -> tuple[int, int]:
    """The lowest and highest value a whole-number preference may take (for an editor's range).
    Raises KeyError for a name that is not a whole-number preference."""
    rule = _RULES[name]
    if not isinstance(rule, _Whole):
        raise KeyError(name)
    return rule.low, rule.high


def _problem(name: str, value: object) -> str | None:
    """Why ``value`` cannot be the preference ``name``, or None when it can."""
    rule = _RULES.get(name)
    if rule is None:
        return f"{name} is not a preference (known: {', '.join(_RULES)})"
    if rule is bool:
        ok = isinstance(value, bool)
        expected = "true or false"
    elif isinstance(rule, _Choice):
        ok = value in rule.options
        expected = f"one of {', '.join(rule.options)}"
    elif isinstance(rule, _Text):
        ok = isinstance(value, str) and len(value) <= rule.longest
        expected = f"text of at most {rule.longest} characters"
    else:
        assert isinstance(rule, _Whole)
        ok = (
            isinstance(value, int)
            and not isinstance(value, bool)
            and rule.low <= value <= rule.high
        )
        expected = f"a whole number from {rule.low} to {rule.high}"
    return None if ok else f"{name} must be {expected} (got {value!r})"
