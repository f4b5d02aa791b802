"""The loader: a content folder read into the content and its step pictures, side by side.

The content model knows nothing of figures, and the pictures need the checked techniques
(their step ids), so this is the one place that reads both and hands them out together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from foamroll_gui.core.content.cache import LAZY, load_cached
from foamroll_gui.core.errors import Problem
from foamroll_gui.core.files import UnsafeFileError, list_folder

if TYPE_CHECKING:  # the cache imports their modules when it fills them
    from foamroll_gui.core.content.model import Content
    from foamroll_gui.core.illustrations.step_poses import Illustrations

POSES_FOLDER = "poses"


@dataclass(frozen=True)
class Library:
    """Everything the app shows: the content and the step pictures of its techniques."""

    content: Content
    # Step pictures by muscle id (``content/poses/``); empty for a folder without pictures.
    # From the start-up cache, each muscle's pictures (and the figure modules) are decoded when
    # first asked for: the first frame shows none.
    illustrations: Illustrations = field(default_factory=dict, metadata=LAZY)

    def step_pictures(self) -> int:
        return sum(len(poses.steps) for poses in self.illustrations.values())


def load_library(root: Path) -> Library:
    """Read and check a content folder and its pictures. Raises ContentError naming every
    problem (the pictures are read only once the content itself is sound)."""
    from foamroll_gui.core.content.loader import load_content  # YAML: only when parsing

    content = load_content(root)
    poses = root / POSES_FOLDER
    if not poses.is_dir():
        return Library(content)
    from foamroll_gui.core.illustrations.pose_file import load_illustrations

    return Library(content, load_illustrations(poses, content))


def load_library_cached(root: Path, cache_dir: Path) -> Library:
    """:func:`load_library`, from the start-up cache when nothing has changed."""
    return load_cached(root, cache_dir, load_library, Library)


def with_user_routines(library: Library, folder: Path) -> tuple[Library, tuple[Problem, ...]]:
    """Add the valid routines from a user's folder; report (never raise on) the broken ones."""
    try:
        if not list_folder(folder):
            return library, ()
    except UnsafeFileError:
        pass  # the loader reports the unreadable folder
    from foamroll_gui.core.content.loader import load_user_routines

    content, problems = load_user_routines(folder, library.content)
    return replace(library, content=content), problems


_POSE_WHERE = re.compile(r"([a-z0-9-]+)/([A-Za-z0-9_-]+)\[(\d+)\]: (.*)", re.DOTALL)


def locate_pose_problem(poses_dir: Path, problem: str) -> Problem:
    """A ``muscle/step[i]: message`` from the physical pose checks, as a problem that names the
    pose file, the line and the field (``steps.roll.frames[1]``) where it can be found."""
    match = _POSE_WHERE.fullmatch(problem)
    if match is None:
        return Problem(poses_dir, None, "", problem)
    muscle, step, index, message = match.group(1), match.group(2), int(match.group(3)), match[4]
    path = next(
        (p for p in (poses_dir / f"{muscle}.yaml", poses_dir / f"{muscle}.yml") if p.exists()),
        poses_dir / f"{muscle}.yaml",
    )
    from foamroll_gui.core.content.yaml_source import LineDict, LineList, load_yaml_file
    from foamroll_gui.core.errors import ContentError

    field, line = f"steps.{step}", None
    try:
        steps = load_yaml_file(path).get("steps")
    except (ContentError, AttributeError):
        return Problem(path, None, field, message)
    if isinstance(steps, LineDict) and step in steps:
        line = steps.key_lines.get(step)
        entry = steps[step]
        frames = entry.get("frames") if isinstance(entry, LineDict) else None
        if isinstance(frames, LineList) and index < len(frames.item_lines):
            field, line = f"{field}.frames[{index}]", frames.item_lines[index]
        elif isinstance(entry, LineDict) and "pose" in entry:
            field, line = f"{field}.pose", entry.key_lines.get("pose", line)
    return Problem(path, line, field, message)
