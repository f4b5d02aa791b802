"""A step's ``mark`` in its pose file: ``mark: none`` draws it with no mark at all (no press on
a hold, no movement arrow), for holds whose press misled in review (the adductors from above)."""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path

import pytest

from foamroll_gui.core.content.model import Content
from foamroll_gui.core.errors import ContentError
from foamroll_gui.core.illustrations.pose_file import load_illustrations
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.core.resources import content_dir


@pytest.fixture
def pose_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "poses"
    shutil.copytree(content_dir() / "poses", folder)
    return folder


def _edit(folder: Path, name: str, old: str, new: str) -> int:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def test_the_adductors_hold_shows_no_mark(illustrations: Mapping[str, TechniquePoses]) -> None:
    poses = illustrations["adductors"]
    assert poses.step("hold").mark == "none"
    for side in ("right", "left"):
        frame = poses.frame("hold", side, 0.5)
        assert frame.press is False
        assert frame.arrow is None


def test_other_steps_keep_their_marks(illustrations: Mapping[str, TechniquePoses]) -> None:
    adductors = illustrations["adductors"]
    assert adductors.step("roll").mark == "auto"
    assert adductors.frame("roll", "right", 0.5).arrow is not None  # still a slide
    assert adductors.frame("leg-over", "right").press is True
    assert illustrations["calves"].frame("hold", "right").press is True


def test_mark_none_in_a_file_is_read_and_carried_by_a_like(
    pose_folder: Path, content: Content
) -> None:
    _edit(pose_folder, "calves.yaml", "  hold:\n", "  hold:\n    mark: none\n")
    poses = load_illustrations(pose_folder, content)["calves"]
    assert poses.step("hold").mark == "none"
    assert poses.frame("hold", "left").press is False
    assert poses.step("roll").mark == "auto"


def test_a_bad_mark_names_file_line_field_and_the_choices(
    pose_folder: Path, content: Content
) -> None:
    line = _edit(pose_folder, "calves.yaml", "  hold:\n", "  hold:\n    mark: arrow\n") + 1
    with pytest.raises(ContentError) as caught:
        load_illustrations(pose_folder, content)
    found = [str(p) for p in caught.value.problems]
    assert any(
        f"calves.yaml:{line}: steps.hold.mark must be one of auto, none" in p for p in found
    ), found
