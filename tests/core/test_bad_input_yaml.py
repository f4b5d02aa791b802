"""Issue 9: every bad user routine is one clear problem (file, line, what to do), never a crash,
a hang or a blow-up, and the good routines beside it still load."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from foamroll_gui.core.content.loader import load_content, load_user_routines
from foamroll_gui.core.content.model import Content
from foamroll_gui.core.content.yaml_source import load_yaml_text
from foamroll_gui.core.errors import ContentError, Problem
from foamroll_gui.core.files import UnsafeFileError, read_text_safely
from tests.core.minimal_content import MinimalContent

BOMB = """\
a: &a {x: 1, y: 1}
b: &b {<<: [*a, *a], z: 1}
c: &c {<<: [*b, *b], z: 1}
d: &d {<<: [*c, *c], z: 1}
items: *d
"""


@pytest.fixture
def content(tmp_path: Path, minimal: MinimalContent) -> Content:
    return load_content(minimal.write(tmp_path / "content"))


def _user_problems(folder: Path, content: Content, good: str) -> tuple[Problem, ...]:
    """Load ``folder`` with one good routine beside the bad ones; the good one must load."""
    (folder / "good.yaml").write_text(good.replace("id: quick", "id: mine"), encoding="utf-8")
    started = time.monotonic()
    loaded, problems = load_user_routines(folder, content)
    assert time.monotonic() - started < 2.0
    assert "mine" in {r.id for r in loaded.routines}
    return problems


def _one_problem(tmp_path: Path, content: Content, good: str, name: str) -> Problem:
    problems = _user_problems(tmp_path / "routines", content, good)
    assert [p.path.name for p in problems] == [name]
    return problems[0]


@pytest.fixture
def routines(tmp_path: Path) -> Path:
    folder = tmp_path / "routines"
    folder.mkdir()
    return folder


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("items: " + "[" * 30_000 + "]" * 30_000 + "\n", 1, "more than 100 deep"),
        ("id: x\nitems:\n" + "".join("  " * i + "- \n" for i in range(300)), 102, "100 deep"),
        (BOMB, 1, "anchor or alias"),
        ("a: {<<: {b: 1}}\n", 1, "merge key"),
        ("id: x\nname: 2024-02-30\n", 2, "put it in quotes"),
        ("id: x\nseconds: !!int\n", 2, "cannot be read as a whole number"),
        ("id: x\nname: !!bool maybe\n", 2, "cannot be read as true or false"),
        ("id: x\nseconds: " + "7" * 5000 + "\n", 2, "cannot be read as a whole number"),
        ("id: x\nwhen: 2024-01-01 10:00:00 +99:00\n", 2, "cannot be read as a date"),
        ("id: x\nname: !!python/object:os.system {}\n", 2, "tag (!!...) that is not allowed"),
        ("id: x\nname: 'never closed\n", 2, "quoted scalar that starts at line 2"),
        ("id: x\nname: a\0b\n", 2, "NUL"),
    ],
    ids=[
        "deep-flow",
        "deep-block",
        "alias-merge-bomb",
        "merge-key",
        "bad-date",
        "empty-int",
        "bool-maybe",
        "huge-int",
        "timestamp-offset",
        "python-tag",
        "unclosed-quote",
        "nul",
    ],
)
def test_a_hostile_routine_is_one_problem_with_its_line(
    routines: Path,
    content: Content,
    minimal: MinimalContent,
    text: str,
    line: int,
    words: str,
) -> None:
    (routines / "bad.yaml").write_text(text, encoding="utf-8")
    problem = _one_problem(routines.parent, content, minimal.routine, "bad.yaml")
    assert problem.line == line
    assert words in problem.message


def test_a_syntax_error_never_points_past_the_end_of_the_file(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as caught:
        load_yaml_text("id: x\nname: [a, b\n", tmp_path / "r.yaml")
    (problem,) = caught.value.problems
    assert problem.line is not None and problem.line <= 2
    assert "check the indentation" in problem.message


@pytest.mark.parametrize(
    ("value", "read_as"),
    [("yes", "true or false"), ("1.5", "a number"), ("#1 favourite", "empty")],
)
def test_a_value_yaml_reads_as_another_type_says_to_use_quotes(
    routines: Path, content: Content, minimal: MinimalContent, value: str, read_as: str
) -> None:
    text = minimal.routine.replace("id: quick", "id: other").replace(
        "name: Quick", f"name: {value}"
    )
    (routines / "typed.yaml").write_text(text, encoding="utf-8")
    problem = _one_problem(routines.parent, content, minimal.routine, "typed.yaml")
    assert problem.field == "name"
    assert read_as in problem.message
    assert "put the text in quotes" in problem.message


def test_files_that_are_not_regular_files_are_refused_at_once(
    routines: Path, content: Content, minimal: MinimalContent
) -> None:
    os.mkfifo(routines / "fifo.yaml")
    (routines / "loop.yaml").symlink_to(routines / "loop.yaml")
    (routines / "zero.yaml").symlink_to("/dev/zero")
    problems = _user_problems(routines, content, minimal.routine)
    by_name = {p.path.name: p.message for p in problems}
    assert set(by_name) == {"fifo.yaml", "loop.yaml", "zero.yaml"}
    assert "pipe" in by_name["fifo.yaml"]
    assert "device" in by_name["zero.yaml"]
    assert "loops" in by_name["loop.yaml"]


def test_a_routine_over_the_size_limit_is_refused_naming_the_limit(
    routines: Path, content: Content, minimal: MinimalContent
) -> None:
    padding = "# " + "x" * 98 + "\n"
    (routines / "huge.yaml").write_text(minimal.routine + padding * 11_000, encoding="utf-8")
    problem = _one_problem(routines.parent, content, minimal.routine, "huge.yaml")
    assert "larger than 1 MB" in problem.message


def test_a_symlink_loop_is_a_typed_error_that_says_what_to_do(tmp_path: Path) -> None:
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    with pytest.raises(UnsafeFileError, match=r"loops\. Point the link at a real file"):
        read_text_safely(loop)


def test_a_problem_in_a_symlink_loop_still_prints(tmp_path: Path) -> None:
    from foamroll_gui.core.errors import Problem

    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    assert "loop.yaml" in str(Problem(loop, 3, "name", "cannot be read"))
