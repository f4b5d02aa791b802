"""Every kind of broken content gives one ContentError naming file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from foamroll_gui.core.content.loader import load_content, load_user_routines
from foamroll_gui.core.errors import ContentError
from tests.core.minimal_content import MinimalContent


def problems_for(tmp_path: Path, changes: dict[str, str]) -> list[str]:
    root = MinimalContent().write(tmp_path / "content", changes)
    with pytest.raises(ContentError) as caught:
        load_content(root)
    return [str(p) for p in caught.value.problems]


def test_minimal_content_loads(tmp_path: Path, minimal: MinimalContent) -> None:
    content = load_content(minimal.write(tmp_path / "content"))
    assert [m.id for m in content.muscles] == ["calves", "quadriceps"]
    assert content.technique("calves").first("roll") is not None
    assert content.routine("quick").items[1].hold is True
    assert content.routine("quick").items[0].hold is False


@pytest.mark.parametrize(
    ("name", "original", "bad", "expected"),
    [
        pytest.param(
            "techniques/calves.yaml",
            "    seconds: 45",
            "    seconds: -5",
            "techniques/calves.yaml:15: steps[1].seconds must be a positive whole number",
            id="negative-duration",
        ),
        pytest.param(
            "techniques/calves.yaml",
            "    seconds: 45",
            "    seconds: soon",
            "techniques/calves.yaml:15: steps[1].seconds must be a positive whole number",
            id="wrong-type",
        ),
        pytest.param(
            "techniques/calves.yaml",
            "    seconds: 45",
            "    secs: 45",
            "techniques/calves.yaml:15: steps[1].secs is not a known field",
            id="unknown-key",
        ),
        pytest.param(
            "techniques/calves.yaml",
            "    title: Roll\n",
            "",
            "techniques/calves.yaml:11: steps[1] is missing the required field 'title'",
            id="missing-field",
        ),
        pytest.param(
            "routines/quick.yaml",
            "  - muscle: quadriceps",
            "  - muscle: biceps",
            "routines/quick.yaml:10: items[1].muscle names an unknown muscle 'biceps'",
            id="unknown-muscle",
        ),
        pytest.param(
            "routines/quick.yaml",
            "    seconds: 30\n    hold: true",
            "    seconds: 30\n    hold: 30",
            "routines/quick.yaml:12: items[1].hold must be true or false",
            id="hold-not-a-flag",
        ),
        pytest.param(
            "routines/quick.yaml",
            "    seconds: 30\n    hold: true",
            "    seconds: 30\n    hold_seconds: 30",
            "routines/quick.yaml:12: items[1].hold_seconds is no longer used: write 'hold: true'",
            id="old-hold-seconds",
        ),
        pytest.param(
            "muscles.yaml",
            "  - id: quadriceps",
            "  - id: calves",
            "muscles.yaml:8: muscles[1].id repeats the muscle id 'calves'",
            id="duplicate-id",
        ),
        pytest.param(
            "techniques/calves.yaml",
            "  - id: hold",
            "  - id: roll",
            "techniques/calves.yaml:16: steps[2].id repeats the step id 'roll'",
            id="duplicate-step",
        ),
        pytest.param(
            "routines/quick.yaml",
            "references: [behm2020]",
            "references: [smith1999]",
            "routines/quick.yaml:6: references[0] names an unknown reference 'smith1999'",
            id="unknown-reference",
        ),
        pytest.param(
            "techniques/calves.yaml",
            "roll:\n  from: ankle\n  to: knee",
            "roll: ankle to knee",
            "techniques/calves.yaml:3: roll must be a mapping",
            id="wrong-shape",
        ),
        pytest.param(
            "techniques/calves.yaml",
            "summary: Roll the back of the lower leg.",
            "summary: [Roll",
            "techniques/calves.yaml:3:",
            id="broken-yaml",
        ),
    ],
)
def test_each_error_names_file_line_and_field(
    tmp_path: Path, minimal: MinimalContent, name: str, original: str, bad: str, expected: str
) -> None:
    text = minimal.text(name)
    assert original in text
    changed = text.replace(original, bad, 1)
    messages = problems_for(tmp_path, {name: changed})
    assert any(expected in message for message in messages), messages


def test_python_object_tag_is_rejected_not_executed(
    tmp_path: Path, minimal: MinimalContent
) -> None:
    marker = tmp_path / "pwned"
    evil = minimal.calves.replace(
        "summary: Roll the back of the lower leg.",
        f"summary: !!python/object/apply:os.system ['touch {marker}']",
    )
    messages = problems_for(tmp_path, {"techniques/calves.yaml": evil})
    assert any("calves.yaml:2:" in m and "tag" in m for m in messages), messages
    assert not marker.exists()


def test_all_problems_are_reported_together(tmp_path: Path, minimal: MinimalContent) -> None:
    messages = problems_for(
        tmp_path,
        {
            "techniques/calves.yaml": minimal.calves.replace("seconds: 45", "seconds: 0"),
            "routines/quick.yaml": minimal.routine.replace("muscle: calves", "muscle: calf"),
        },
    )
    assert len(messages) == 2
    assert "calves.yaml:15: steps[1].seconds" in messages[0]
    assert "quick.yaml:8: items[0].muscle names an unknown muscle 'calf'" in messages[1]


def test_switch_step_must_match_one_sidedness(tmp_path: Path, minimal: MinimalContent) -> None:
    two_sided = minimal.muscles.replace("one_sided: true", "one_sided: false")
    messages = problems_for(tmp_path, {"muscles.yaml": two_sided})
    assert any("calves.yaml" in m and "'switch' step" in m for m in messages), messages


def test_missing_technique_file_is_named(tmp_path: Path, minimal: MinimalContent) -> None:
    root = minimal.write(tmp_path / "content")
    (root / "techniques" / "quadriceps.yaml").unlink()
    with pytest.raises(ContentError) as caught:
        load_content(root)
    assert "muscles.yaml:8: muscles[1].id 'quadriceps' has no technique file" in str(caught.value)


def test_broken_user_routine_is_reported_skipped_and_kept(
    tmp_path: Path, minimal: MinimalContent
) -> None:
    content = load_content(minimal.write(tmp_path / "content"))
    user = tmp_path / "user"
    user.mkdir()
    good = minimal.routine.replace("id: quick", "id: mine")
    (user / "mine.yaml").write_text(good, encoding="utf-8")
    broken = user / "broken.yaml"
    broken.write_text(
        minimal.routine.replace("id: quick", "id: other").replace("30", "-30"), "utf-8"
    )
    merged, problems = load_user_routines(user, content)
    assert [r.id for r in merged.routines] == ["quick", "mine"]
    assert merged.routine("mine").user
    assert len(problems) == 1
    assert "broken.yaml:9: items[0].seconds must be a positive whole number" in str(problems[0])
    assert broken.exists()


def test_user_routine_may_not_take_a_builtin_id(tmp_path: Path, minimal: MinimalContent) -> None:
    content = load_content(minimal.write(tmp_path / "content"))
    user = tmp_path / "user"
    user.mkdir()
    (user / "quick.yaml").write_text(minimal.routine, encoding="utf-8")
    merged, problems = load_user_routines(user, content)
    assert len(merged.routines) == 1
    assert "repeats the routine id 'quick'" in str(problems[0])
