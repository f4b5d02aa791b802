"""SVG path data and body-map files become plain region data (no Qt)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from foamroll_gui.core.bodymap import (
    coverage_problems,
    load_body_map,
    load_shipped_body_maps,
    shipped_svg,
)
from foamroll_gui.core.bodymap_paths import CLOSE, cubic_to, line_to, move_to, parse_path_data
from foamroll_gui.core.content.model import MAP_FACES, Content, MapFace


def test_absolute_and_relative_lines() -> None:
    assert parse_path_data("M10 20 l5-5 H30 v10 z") == (
        move_to(10, 20),
        line_to(15, 15),
        line_to(30, 15),
        line_to(30, 25),
        CLOSE,
    )


def test_implicit_repeats_after_move_are_lines() -> None:
    assert parse_path_data("m1,1 2,2 3e0,3") == (move_to(1, 1), line_to(3, 3), line_to(6, 6))


def test_smooth_cubic_reflects_the_previous_control_point() -> None:
    commands = parse_path_data("M0 0 C0 10 10 10 10 0 S20 -10 20 0")
    assert commands[2] == cubic_to(10, -10, 20, -10, 20, 0)


def test_quadratic_becomes_the_equivalent_cubic() -> None:
    commands = parse_path_data("M0 0 Q3 3 6 0")
    assert commands[1].op == "C"
    assert commands[1].points == pytest.approx((2, 2, 4, 2, 6, 0))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("M0 0 A5 5 0 0 1 10 10", "arcs are not supported"),
        ("M0 0 L5 x", "unexpected character 'x'"),
        ("L5 5", "must start with M"),
    ],
)
def test_bad_path_data_says_where(data: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_path_data(data)


def test_shipped_faces_load_with_both_sides_of_every_region() -> None:
    for face, body in load_shipped_body_maps().items():
        assert body.face == face
        muscles = {r.muscle for r in body.regions}
        for muscle in muscles:
            assert {r.side for r in body.regions if r.muscle == muscle} == {"left", "right"}


def test_piriformis_is_drawn_over_the_glutes() -> None:
    body = load_body_map(shipped_svg("back"), "back")
    ids = [r.id for r in body.regions]
    assert ids.index("piriformis-left") > ids.index("glutes-left")


@pytest.mark.parametrize(
    ("region", "named"),
    [
        ('<path id="calves-left" transform="scale(2)" d="M0 0 L1 1 Z"/>', "calves-left"),
        ('<path id="calves" d="M0 0 L1 1 Z"/>', "'calves'"),
    ],
    ids=["transform-on-region", "id-without-side"],
)
def test_a_bad_region_is_refused_by_name(tmp_path: Path, region: str, named: str) -> None:
    svg = tmp_path / "bad.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
        f'<g id="regions">{region}</g></svg>',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=named):
        load_body_map(svg, "back")


def test_every_muscle_has_both_sides_in_its_views_and_every_region_a_muscle(
    content: Content,
) -> None:
    assert coverage_problems(load_shipped_body_maps(), content.muscles) == []


def test_coverage_names_what_is_missing_or_extra(content: Content) -> None:
    back = load_shipped_body_maps()["back"]
    without_left_calf = replace(
        back, regions=tuple(r for r in back.regions if r.id != "calves-left")
    )
    muscles = [m for m in content.muscles if m.id != "lats"]
    problems = coverage_problems({"back": without_left_calf}, muscles)
    assert "back view: no region calves-left" in problems
    assert "back view: region 'lats-left' belongs to no muscle group" in problems


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # relative cubic, then an implicitly repeated relative cubic
        (
            "m10 10 c1 1 2 2 3 3 1 1 2 2 3 3",
            (move_to(10, 10), cubic_to(11, 11, 12, 12, 13, 13), cubic_to(14, 14, 15, 15, 16, 16)),
        ),
        # S with no cubic before it uses the current point as its first control point
        ("M0 0 S5 5 10 0", (move_to(0, 0), cubic_to(0, 0, 5, 5, 10, 0))),
        # numbers packed with signs, dots and exponents
        ("M-1-2.5.5e1 1E1", (move_to(-1, -2.5), line_to(5, 10))),
        # after Z, drawing restarts at the start of the subpath
        ("M5 5 L9 5 Z l1 1", (move_to(5, 5), line_to(9, 5), CLOSE, move_to(5, 5), line_to(6, 6))),
    ],
    ids=["relative-cubic-repeats", "smooth-without-cubic", "packed-numbers", "after-close"],
)
def test_path_data_forms(data: str, expected: tuple[object, ...]) -> None:
    assert parse_path_data(data) == expected


def test_smooth_quadratic_reflects_the_previous_control_point() -> None:
    # Q1: control (5,10) to (10,0); T mirrors the control to (15,-10) and ends at (20,0).
    commands = parse_path_data("M0 0 Q5 10 10 0 T20 0")
    assert commands[2].op == "C"
    assert commands[2].points == pytest.approx((40 / 3, -20 / 3, 50 / 3, -20 / 3, 20, 0))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("M0 0 a5 5 0 0 1 1 1", "arcs are not supported: 'a' at position 5"),
        ("M0 0 L5", "needs 2 numbers, found end of data"),
        ("M0 0 C1 1 2 2 L3 3", "needs 6 numbers, found 'L' at position 14"),
        ("M0 0 Z 4", "unexpected number '4' at position 7"),
        ("7 7", "must start with a command"),
    ],
)
def test_more_bad_path_data_says_where(data: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_path_data(data)


# The muscles each drawing shows, from the design brief (runner's sides, both of each).
EXPECTED_MUSCLES: dict[MapFace, set[str]] = {
    "front": {"quadriceps", "shins", "peroneals", "adductors", "it-band", "tfl"},
    "back": {
        "calves",
        "peroneals",
        "hamstrings",
        "it-band",
        "glutes",
        "piriformis",
        "lats",
        "upper-back",
    },
}


@pytest.mark.parametrize("face", MAP_FACES)
def test_each_drawing_shows_exactly_its_muscles_on_both_sides(face: MapFace) -> None:
    body = load_shipped_body_maps()[face]
    drawn = [(r.muscle, r.side) for r in body.regions]
    assert len(drawn) == len(set(drawn))
    assert set(drawn) == {(m, s) for m in EXPECTED_MUSCLES[face] for s in ("left", "right")}


def test_the_shipped_maps_are_kept_in_the_start_up_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = load_shipped_body_maps()
    assert load_shipped_body_maps(tmp_path) == fresh
    assert (tmp_path / "bodymap.pickle").exists()

    def must_not_parse(path: Path, face: MapFace) -> None:
        raise AssertionError("parsed again instead of read from the cache")

    monkeypatch.setattr("foamroll_gui.core.bodymap.load_body_map", must_not_parse)
    assert load_shipped_body_maps(tmp_path) == fresh


def test_cached_outlines_are_read_when_first_asked_for(tmp_path: Path) -> None:
    """A first frame draws no outline: each region's commands wait in the start-up cache, and
    a damaged one is read from the drawing instead (the cache is then written again)."""
    import json

    fresh = load_shipped_body_maps()
    load_shipped_body_maps(tmp_path)  # writes the cache
    cache_file = tmp_path / "bodymap.pickle"
    document = json.loads(cache_file.read_text(encoding="utf-8"))
    faces = {pair[0]: pair[1] for pair in document["value"]["D"]}
    regions = faces["back"]["f"]["regions"]["T"]
    assert all(set(region["f"]["commands"]) == {"Y"} for region in regions)  # kept as text
    regions[0]["f"]["commands"]["Y"] = json.dumps({"C": "os:system", "f": {}})  # crafted
    cache_file.write_text(json.dumps(document), encoding="utf-8")

    cached = load_shipped_body_maps(tmp_path)
    first = cached["back"].regions[0]
    assert "commands" not in vars(first)  # not decoded by reading the cache
    assert cached["front"].regions[0].commands == fresh["front"].regions[0].commands
    assert cache_file.exists()  # a sound outline leaves the cache alone
    assert first.commands == fresh["back"].regions[0].commands  # from the drawing itself
    assert not cache_file.exists()  # and the next start writes a sound cache
    assert cached == fresh
