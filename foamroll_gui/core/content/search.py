"""Finding a muscle group from what a runner types: "calf", "quads", "inner thigh", "back".

A query matches where a word of a name starts (so "calf" finds "outer calf" but "alf" finds
nothing), and results are ranked: a name or other name typed in full first, then the muscle's own
name, then its other names; ties keep the list's order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from foamroll_gui.core.content.model import MuscleGroup

_NOT_WORD = re.compile(r"[^0-9a-z]+")

EXACT, NAME, OTHER_NAME = 0, 1, 2


def _words(text: str) -> str:
    """Lower-case words separated by single spaces, with a space in front: ' outer calf'."""
    return " " + _NOT_WORD.sub(" ", text.casefold()).strip()


def match_rank(muscle: MuscleGroup, query: str) -> int | None:
    """How well ``query`` names ``muscle`` (lower is better), or None if it does not."""
    needle = _words(query)
    if needle == " ":
        return NAME
    names = (muscle.name, muscle.id)
    others = muscle.also_called
    if any(_words(text) == needle for text in (*names, *others)):
        return EXACT
    if any(needle in _words(text) for text in names):
        return NAME
    if any(needle in _words(text) for text in others):
        return OTHER_NAME
    return None


def search(muscles: Sequence[MuscleGroup], query: str) -> tuple[str, ...]:
    """The ids of the muscle groups ``query`` names, best first (all of them for no query)."""
    ranked = [
        (rank, index, muscle.id)
        for index, muscle in enumerate(muscles)
        if (rank := match_rank(muscle, query)) is not None
    ]
    return tuple(muscle_id for _, _, muscle_id in sorted(ranked))
