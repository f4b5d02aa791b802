"""Issue 9: check-content lists every independent error at once, with no false cascades."""

from __future__ import annotations

from pathlib import Path

import pytest

from foamroll_gui.core.content.loader import load_content
from foamroll_gui.core.errors import ContentError
from tests.core.minimal_content import MinimalContent


def _problems(root: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_content(root)
    return [f"{p.path.name}:{p.line}: {p.field} {p.message}" for p in caught.value.problems]


def test_a_broken_muscles_file_is_one_error_not_a_cascade(
    tmp_path: Path, minimal: MinimalContent
) -> None:
    broken = minimal.muscles.replace("one_sided: true", "one_sided: maybe")
    problems = _problems(minimal.write(tmp_path / "c", {"muscles.yaml": broken}))
    assert problems == ["muscles.yaml:6: muscles[0].one_sided must be true or false"]


def test_every_broken_muscle_is_listed_at_once(tmp_path: Path, minimal: MinimalContent) -> None:
    broken = minimal.muscles.replace("one_sided: true", "one_sided: maybe").replace(
        "name: Quadriceps", "name: 12"
    )
    problems = _problems(minimal.write(tmp_path / "c", {"muscles.yaml": broken}))
    assert len(problems) == 2
    assert problems[1].startswith("muscles.yaml:9: muscles[1].name must be a non-empty text")
    assert "put the text in quotes" in problems[1]


def test_independent_errors_in_several_files_are_all_listed(
    tmp_path: Path, minimal: MinimalContent
) -> None:
    root = minimal.write(
        tmp_path / "c",
        {
            "muscles.yaml": minimal.muscles.replace("one_sided: true", "one_sided: maybe"),
            "safety.yaml": "not: [valid\n",
            "techniques/calves.yaml": minimal.calves.replace("45", "-45"),
            "routines/quick.yaml": minimal.routine.replace("pass_seconds: 3", "pass_seconds: x"),
        },
    )
    files = sorted({line.split(":")[0] for line in _problems(root)})
    assert files == ["calves.yaml", "muscles.yaml", "quick.yaml", "safety.yaml"]
    assert not any("unknown" in line for line in _problems(root))


def test_yml_files_are_read_too(tmp_path: Path, minimal: MinimalContent) -> None:
    root = minimal.write(tmp_path / "c")
    (root / "routines" / "quick.yaml").rename(root / "routines" / "quick.yml")
    assert [r.id for r in load_content(root).routines] == ["quick"]
