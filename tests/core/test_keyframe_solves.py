"""A playing picture solves each frame's pose once: the step's keyframes, which every frame
measures its arrow and its oblique camera's direction from, are solved once for all frames."""

from __future__ import annotations

from collections.abc import Mapping

from foamroll_gui.core.figure.kinematics import solve, solve_keyframe
from foamroll_gui.core.illustrations.step_poses import TechniquePoses


def test_a_steps_keyframes_are_solved_once_for_all_its_frames(
    illustrations: Mapping[str, TechniquePoses],
) -> None:
    poses = illustrations["quadriceps"]  # a moving step, drawn obliquely, with a slide arrow
    solve_keyframe.cache_clear()
    frames = [poses.frame("roll", None, i / 10) for i in range(10)]
    info = solve_keyframe.cache_info()
    assert info.misses <= 2  # its first and last keyframe
    assert info.hits >= 2 * len(frames) - 2
    # the same bodies as solved afresh: the frames are what they were
    step = poses.step("roll")
    assert solve_keyframe(step.keyframes[0], poses.lateral) == solve(
        step.keyframes[0], poses.lateral
    )
    assert frames[3].arrow is not None and frames[3].oblique != 0
