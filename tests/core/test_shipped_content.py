"""The content we ship loads, and says what the product promises."""

from __future__ import annotations

from foamroll_gui.core.content.cards import content_summary, technique_card
from foamroll_gui.core.content.model import Content
from foamroll_gui.core.library import Library

SEED_MUSCLES = {
    "quadriceps",
    "calves",
    "shins",
    "peroneals",
    "adductors",
    "it-band",
    "tfl",
    "hamstrings",
    "glutes",
    "piriformis",
    "lats",
    "upper-back",
}


def test_every_seed_muscle_group_has_a_technique(content: Content) -> None:
    assert {m.id for m in content.muscles} == SEED_MUSCLES
    assert set(content.techniques) == SEED_MUSCLES


def test_steps_are_short_enough_to_read_from_the_floor(content: Content) -> None:
    for technique in content.techniques.values():
        for step in technique.steps:
            assert len(step.title) <= 40, (technique.muscle, step.id)
            assert len(step.text) <= 200, (technique.muscle, step.id)


def test_routines_follow_the_evidence(content: Content) -> None:
    ids = {r.id for r in content.routines}
    assert {"pre-run", "post-run"} <= ids
    assert len([r for r in content.routines if r.based_on]) == 4
    for routine in content.routines:
        assert 2 <= routine.pass_seconds <= 4, routine.id
        for item in routine.items:
            assert 20 <= item.seconds <= 120, (routine.id, item.muscle)
    post = content.routine("post-run")
    assert all(60 <= item.seconds <= 90 for item in post.items)
    assert {"behm2020", "wiewelhove2019"} <= set(post.references)


def test_safety_content_is_complete(content: Content) -> None:
    safety = content.safety
    assert safety.hold_times.max_tolerance_seconds == 30
    assert safety.hold_times.min_tolerance_seconds == 90
    # The guide article lists 25 contraindications; every one must be there.
    assert len(safety.contraindications) == 25
    text = " ".join(safety.contraindications).lower()
    for word in ("osteoporosis", "phlebitis", "aneurysm", "anticoagulant", "blood clot"):
        assert word in text
    assert {p.id for p in safety.pages} >= {"safety", "how-it-works"}
    assert {r.id for r in safety.references} >= {
        "behm2020",
        "wiewelhove2019",
        "junker2015",
        "konrad2022",
    }


def test_piriformis_warns_about_the_sciatic_nerve(content: Content) -> None:
    cautions = " ".join(content.technique("piriformis").cautions).lower()
    assert "numb" in cautions and "tingl" in cautions


def test_card_reads_like_a_coach(content: Content) -> None:
    card = technique_card(content, "calves")
    assert card.startswith("CALVES\n======")
    for heading in ("STEPS", "MORE PRESSURE", "LESS PRESSURE", "CAUTION"):
        assert f"\n{heading}\n" in card
    assert max(len(line) for line in card.splitlines()) <= 78
    assert " 1. " in card


def test_summary_counts(library: Library) -> None:
    summary = content_summary(library.content, library.step_pictures())
    assert summary.startswith("OK: 12 muscle groups, 12 techniques")
    steps = sum(len(t.steps) for t in library.content.techniques.values())
    assert summary.endswith(f", {steps} step pictures")  # a picture for every step
