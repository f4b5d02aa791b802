"""A user's routine as a file: YAML the loader reads back as the same routine, saved only
when the loader's own checks pass, refused values named by field, folder trouble with the
folder's name."""

from __future__ import annotations

import errno
import os
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foamroll_gui.core.content.loader import load_user_routines, parse_routine
from foamroll_gui.core.content.model import Content
from foamroll_gui.core.content.routine_file import (
    RoutineFolderError,
    RoutineRefusedError,
    copy_name,
    delete_routine_file,
    routine_id_for,
    routine_to_yaml,
    save_routine,
)
from foamroll_gui.core.content.routines import Routine, RoutineItem


def _own(content: Content, name: str = "Hill day", routine_id: str = "hill-day") -> Routine:
    return Routine(
        id=routine_id,
        name=name,
        description="After hill repeats.",
        when="post-run",
        pass_seconds=3,
        items=(RoutineItem("calves", 60, True), RoutineItem("quadriceps", 45, False)),
        user=True,
    )


def test_every_shipped_routine_round_trips_through_the_yaml(
    content: Content, tmp_path: Path
) -> None:
    for routine in content.routines:
        path = tmp_path / f"{routine.id}.yaml"
        path.write_text(routine_to_yaml(routine), encoding="utf-8")
        assert parse_routine(path)[0] == routine


@settings(max_examples=60, deadline=None)
@given(
    name=st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30),
    seconds=st.integers(1, 3600),
)
def test_any_name_round_trips(
    tmp_path_factory: pytest.TempPathFactory, name: str, seconds: int
) -> None:
    if not name.strip():
        return
    routine = Routine(
        "mine",
        name,
        "Text: with # and 'quotes'",
        "anytime",
        2,
        (RoutineItem("calves", seconds, True),),
        user=True,
    )
    path = tmp_path_factory.mktemp("yaml") / "mine.yaml"
    path.write_text(routine_to_yaml(routine), encoding="utf-8")
    assert parse_routine(path, user=True)[0] == replace(routine, name=" ".join(name.split()))


def test_a_saved_routine_is_one_the_loader_adds(content: Content, tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    saved = save_routine(_own(content), folder, content)
    assert saved.source == folder / "hill-day.yaml"
    assert saved.user
    merged, problems = load_user_routines(folder, content)
    assert problems == ()
    assert merged.routine("hill-day") == replace(_own(content), source=None)
    assert [p.name for p in folder.iterdir()] == ["hill-day.yaml"]  # no temporary file left


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"items": (RoutineItem("calves", 0),)}, "items[0].seconds", "positive whole number"),
        ({"items": ()}, "items", "must not be empty"),
        ({"name": ""}, "name", "non-empty text"),
        ({"name": "post-run RECOVERY"}, "name", "already used"),
        ({"items": (RoutineItem("elbows", 30),)}, "items[0].muscle", "unknown muscle"),
        ({"pass_seconds": 0}, "pass_seconds", "positive whole number"),
    ],
)
def test_a_refused_value_names_its_field_and_nothing_is_written(
    content: Content, tmp_path: Path, change: dict[str, object], field: str, message: str
) -> None:
    folder = tmp_path / "routines"
    with pytest.raises(RoutineRefusedError) as refused:
        save_routine(replace(_own(content), **change), folder, content)  # type: ignore[arg-type]
    assert [p.field for p in refused.value.problems] == [field]
    assert message in refused.value.problems[0].message
    assert not folder.exists() or list(folder.iterdir()) == []


def test_editing_replaces_the_file_it_was_read_from(content: Content, tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    first = save_routine(_own(content), folder, content)
    merged, _ = load_user_routines(folder, content)
    edited = replace(first, name="Hill day, longer", items=(RoutineItem("calves", 120, True),))
    second = save_routine(edited, folder, merged, replacing=merged.routine("hill-day"))
    assert second.source == first.source
    assert load_user_routines(folder, content)[0].routine("hill-day").items[0].seconds == 120
    assert sorted(p.name for p in folder.iterdir()) == ["hill-day.yaml"]


def test_ids_and_copy_names_are_new(content: Content, tmp_path: Path) -> None:
    (tmp_path / "hill-day.yml").write_text("broken: [", encoding="utf-8")
    (tmp_path / "track.yaml").symlink_to(tmp_path / "nowhere.yaml")
    assert routine_id_for("Track", [], tmp_path) == "track-2"  # nor through a broken link
    assert routine_id_for("Hill day!", [], tmp_path) == "hill-day-2"  # never over a broken file
    assert routine_id_for("Post-run", [r.id for r in content.routines], tmp_path) == "post-run-2"
    assert routine_id_for("Étirements ☃", [], tmp_path) == "tirements"
    assert routine_id_for("☃", [], tmp_path) == "routine"
    names = ["Simple four", "Simple four (copy)"]
    assert copy_name("Simple four", names) == "Simple four (copy 2)"


def test_an_unwritable_folder_is_named_with_what_to_do(
    content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(path: object, *args: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    folder = tmp_path / "routines"
    folder.mkdir()
    monkeypatch.setattr(os, "open", refused)
    with pytest.raises(RoutineFolderError) as failed:
        save_routine(_own(content), folder, content)
    monkeypatch.undo()
    assert str(folder) in str(failed.value)
    assert "chmod u+rwx" in str(failed.value)
    assert list(folder.iterdir()) == []


def test_a_full_disk_says_so(
    content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    folder = tmp_path / "routines"
    with pytest.raises(RoutineFolderError) as failed:
        save_routine(_own(content), folder, content)
    assert "disk is full" in str(failed.value) and str(folder) in str(failed.value)
    assert list(folder.iterdir()) == []


def test_delete_removes_only_a_users_file(content: Content, tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    saved = save_routine(_own(content), folder, content)
    with pytest.raises(ValueError, match="built in"):
        delete_routine_file(content.routine("post-run"), folder)
    delete_routine_file(saved, folder)
    assert list(folder.iterdir()) == []
