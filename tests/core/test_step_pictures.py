"""The shipped step pictures: one for every step, physically sensible, and errors that say where.

Runs without Qt. Every keyframe of every step of every technique is checked: bones keep their
lengths, the target muscle rests on top of the roller within its own span, the listed supports
rest on the floor, the roller or the named part, parts a step lifts are off the floor, nothing
sinks below the floor, and every joint stays in its human range. The faults found in review are
kept in ``test_picture_truth.py``.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

import pytest

from foamroll_gui.core.content.model import Content
from foamroll_gui.core.errors import ContentError
from foamroll_gui.core.figure.kinematics import solve
from foamroll_gui.core.figure.scene import mirror_frame
from foamroll_gui.core.figure.skeleton import BODY, limb_kind
from foamroll_gui.core.illustrations.checks import physical_problems
from foamroll_gui.core.illustrations.pose_file import load_illustrations
from foamroll_gui.core.illustrations.step_poses import TechniquePoses
from foamroll_gui.core.resources import content_dir


@pytest.fixture(scope="module")
def poses(illustrations: Mapping[str, TechniquePoses]) -> Mapping[str, TechniquePoses]:
    return illustrations


def keyframes(poses: Mapping[str, TechniquePoses]) -> list[tuple[str, str, int]]:
    return [
        (muscle, step_id, index)
        for muscle, technique in poses.items()
        for step_id, step in technique.steps.items()
        for index in range(len(step.keyframes))
    ]


def test_every_step_of_every_technique_has_a_picture(
    content: Content, poses: Mapping[str, TechniquePoses]
) -> None:
    assert set(poses) == set(content.techniques)
    for muscle, technique in content.techniques.items():
        assert list(poses[muscle].steps) == [s.id for s in technique.steps]
        for step in technique.steps:
            frame = poses[muscle].frame(step.id)
            assert frame.body.capsules
            if step.kind == "roll":
                assert poses[muscle].step(step.id).animated, f"{muscle}/{step.id} must move"
                assert frame.arrow is not None and frame.arrow.kind == "slide"


def test_one_sided_techniques_mirror_for_the_other_side(
    content: Content, poses: Mapping[str, TechniquePoses]
) -> None:
    for muscle in content.muscles:
        technique = poses[muscle.id]
        first = technique.steps[next(iter(technique.steps))].step_id
        if not muscle.one_sided:
            assert technique.side is None
            assert not technique.frame(first, "left").mirrored
            continue
        assert technique.side is not None
        other = "left" if technique.side == "right" else "right"
        drawn, flipped = technique.frame(first, technique.side), technique.frame(first, other)
        assert not drawn.mirrored and flipped.mirrored
        assert mirror_frame(drawn).body == flipped.body
        switch = next(s for s in content.technique(muscle.id).steps if s.kind == "switch")
        assert technique.frame(switch.id, technique.side).mirrored  # shows the side to come


def test_the_shipped_poses_are_physically_sensible(poses: Mapping[str, TechniquePoses]) -> None:
    # joints in range, supports touching what they rest on, nothing below the floor or
    # through the roller, and the roller on the target muscle wherever something rests on it
    assert physical_problems(poses) == []
    problems: list[str] = []
    for muscle, step_id, index in keyframes(poses):
        technique = poses[muscle]
        step = technique.step(step_id)
        body = solve(step.keyframes[index], technique.lateral)
        where = f"{muscle}/{step_id}[{index}]"
        # bones keep the one set of proportions
        for capsule in body.capsules:
            if capsule.name not in ("head", "near_foot", "far_foot"):
                length = BODY.length(capsule.name)
                if abs(capsule.length() - length) > 1e-6:
                    problems.append(f"{where}: {capsule.name} is not {length} cm")
        if "roller" not in step.rests_map():
            # only before the leg goes over it (adductors setup): the roller lies free
            assert (muscle, step_id) == ("adductors", "setup"), where
    assert problems == []


def test_a_pose_off_the_roller_is_a_physical_problem(
    poses: Mapping[str, TechniquePoses],
) -> None:
    calves = poses["calves"]
    hold = calves.step("hold")
    lifted = replace(hold, keyframes=tuple(pose.moved(dy=8.0) for pose in hold.keyframes))
    broken = {"calves": replace(calves, steps={**calves.steps, "hold": lifted})}
    found = physical_problems(broken)
    assert any(p.startswith("calves/hold[0]: near_shin should rest on the roller") for p in found)


def test_supports_are_listed_for_every_step(poses: Mapping[str, TechniquePoses]) -> None:
    for muscle, technique in poses.items():
        for step_id, step in technique.steps.items():
            rests = step.rests_map()
            assert rests.get("floor"), f"{muscle}/{step_id} lists nothing on the floor"


def test_a_rolling_step_slides_the_body_over_a_fixed_roller(
    poses: Mapping[str, TechniquePoses],
) -> None:
    for muscle, technique in poses.items():
        roll = next(
            s
            for s in technique.steps.values()
            if s.animated and s.arrow is None and s.keyframes[0].root != s.keyframes[-1].root
        )
        start, end = (
            technique.frame(roll.step_id, phase=0.0),
            technique.frame(roll.step_id, phase=1.0),
        )
        assert start.roller == end.roller
        assert start.body != end.body, muscle
        segment = roll.target.segment
        assert limb_kind(segment) in {"thigh", "shin", "pelvis", "torso"}


# -- errors that name file, line and field ---------------------------------------------------
@pytest.fixture
def pose_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "poses"
    shutil.copytree(content_dir() / "poses", folder)
    return folder


def break_file(folder: Path, name: str, old: str, new: str) -> int:
    """Replace ``old`` by ``new`` in a pose file; return the line of the change."""
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def problems(folder: Path, content: Content) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_illustrations(folder, content)
    return [str(p) for p in caught.value.problems]


def test_a_bad_number_names_file_line_and_field(pose_folder: Path, content: Content) -> None:
    line = break_file(pose_folder, "calves.yaml", "      root: [", "      root: [oops, ")
    found = problems(pose_folder, content)
    assert any(
        p.endswith(f"calves.yaml:{line}: steps.setup.pose.root must be a list of 2 numbers")
        for p in found
    ), found


def test_an_unknown_body_part_is_named(pose_folder: Path, content: Content) -> None:
    line = break_file(pose_folder, "shins.yaml", "segment: near_shin", "segment: near_tail")
    found = problems(pose_folder, content)
    assert any(f"shins.yaml:{line}: target.segment is not a body part" in p for p in found)


def test_pose_and_technique_files_must_agree(pose_folder: Path, content: Content) -> None:
    text = (pose_folder / "glutes.yaml").read_text(encoding="utf-8")
    (pose_folder / "glutes.yaml").write_text(
        text + "  stretch:\n    like: cross\n", encoding="utf-8"
    )
    switch = "  switch:\n    like: stack\n    other_side: true\n"
    break_file(pose_folder, "calves.yaml", switch, "")
    (pose_folder / "shins.yaml").unlink()
    found = problems(pose_folder, content)
    assert any("glutes.yaml" in p and "steps.stretch is not a known field" in p for p in found)
    assert any("calves.yaml" in p and "missing the required field 'switch'" in p for p in found)
    assert any("techniques/shins.yaml" in p and "has no pose file shins.yaml" in p for p in found)
    assert len(found) == 3  # every problem at once, not just the first


def test_a_roll_step_needs_two_keyframes(pose_folder: Path, content: Content) -> None:
    text = (pose_folder / "quadriceps.yaml").read_text(encoding="utf-8")
    start = text.index("  roll:\n")
    end = text.index("  hold:\n")
    (pose_folder / "quadriceps.yaml").write_text(
        text[:start] + "  roll:\n    like: setup\n    other_side: maybe\n" + text[end:],
        encoding="utf-8",
    )
    found = problems(pose_folder, content)
    assert any(
        "quadriceps.yaml" in p and "steps.roll.other_side must be true or false" in p for p in found
    ), found


def test_a_like_must_point_at_a_real_picture(pose_folder: Path, content: Content) -> None:
    line = break_file(pose_folder, "calves.yaml", "    like: stack", "    like: nothing")
    found = problems(pose_folder, content)
    assert any(f"calves.yaml:{line}: steps.hold.like must name another step" in p for p in found), (
        found
    )
