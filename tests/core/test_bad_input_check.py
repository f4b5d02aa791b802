"""Issue 9: check-content lists every independent error at once, with no false cascades."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from foamroll_gui.core.content.loader import load_content
from foamroll_gui.core.errors import ContentError
from foamroll_gui.core.library import locate_pose_problem
from tests.conftest import Foamroll
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


@pytest.mark.end2end
def test_check_content_user_lists_every_broken_routine_with_its_line(
    foamroll: Foamroll, tmp_path: Path, minimal: MinimalContent
) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "deep.yaml").write_text("items: " + "[" * 30_000 + "]" * 30_000, encoding="utf-8")
    (folder / "date.yml").write_text("id: x\nname: 2024-02-30\n", encoding="utf-8")
    (folder / "loop.yaml").symlink_to(folder / "loop.yaml")
    result = foamroll("check-content", "--user", str(folder))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert any("deep.yaml:1:" in line and "100 deep" in line for line in lines)
    assert any("date.yml:2:" in line and "quotes" in line for line in lines)
    assert any(
        line.startswith(f"{folder / 'loop.yaml'}: is a symbolic link that loops") for line in lines
    )
    assert lines[-1] == "3 problems found."
    assert "Traceback" not in result.stderr

    for name in ("deep.yaml", "date.yml", "loop.yaml"):
        (folder / name).unlink()
    result = foamroll("check-content", "--user", str(folder))
    assert result.returncode == 0, result.stderr
    assert "0 routines, no problems" in result.stdout


def test_a_pose_problem_names_its_file_line_and_field(tmp_path: Path) -> None:
    poses = tmp_path / "poses"
    poses.mkdir()
    (poses / "calves.yaml").write_text(
        "muscle: calves\nsteps:\n  setup:\n    pose: {}\n  roll:\n    frames:\n"
        "      - {root: [0, 0]}\n      - {root: [1, 0]}\n",
        encoding="utf-8",
    )
    where = locate_pose_problem(poses, "calves/roll[1]: near_hand goes 2.6 cm below the floor")
    assert (where.path.name, where.line, where.field) == ("calves.yaml", 8, "steps.roll.frames[1]")
    where = locate_pose_problem(poses, "calves/setup[0]: near_shin does not touch it")
    assert (where.line, where.field) == (4, "steps.setup.pose")


def test_check_content_names_a_picture_that_shows_the_other_side_than_its_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A picture drawn for the left leg under words for the right one is physically fine and
    still wrong: check-content must say so, step by step."""
    from foamroll_gui.__main__ import main
    from foamroll_gui.core.resources import content_dir

    copy = tmp_path / "content"
    shutil.copytree(content_dir(), copy)
    poses = copy / "poses" / "it-band.yaml"
    poses.write_text(
        poses.read_text(encoding="utf-8").replace("\nside: right", "\nside: left"),
        encoding="utf-8",
    )
    assert main(["check-content", str(copy)]) == 1
    err = capsys.readouterr().err
    assert "it-band: setup: the text puts the right side on the roller" in err
    assert "Traceback" not in err
