"""Search finds muscle groups by the words runners use, best match first."""

from __future__ import annotations

import pytest

from foamroll_gui.core.content.model import Content
from foamroll_gui.core.content.search import search


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("calf", "calves"),
        ("Calves", "calves"),
        ("quads", "quadriceps"),
        ("quad", "quadriceps"),
        ("inner thigh", "adductors"),
        ("groin", "adductors"),
        ("shin", "shins"),
        ("outer thigh", "it-band"),
        ("hip flexor", "tfl"),
        ("butt", "glutes"),
        ("back", "upper-back"),
        ("  LATS ", "lats"),
    ],
)
def test_the_muscle_a_runner_means_comes_first(content: Content, query: str, first: str) -> None:
    assert search(content.muscles, query)[0] == first


def test_matches_start_at_a_word(content: Content) -> None:
    assert "peroneals" in search(content.muscles, "calf")  # "outer calf"
    assert search(content.muscles, "alf") == ()  # the middle of a word matches nothing
    assert search(content.muscles, "zzz") == ()


def test_no_query_lists_every_group_in_order(content: Content) -> None:
    assert search(content.muscles, " ") == tuple(m.id for m in content.muscles)
