"""The loader: a content folder read into the content and its step pictures, side by side.

The content model knows nothing of figures, and the pictures need the checked techniques
(their step ids), so this is the one place that reads both and hands them out together.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from foamroll_gui.core.content.cache import load_cached
from foamroll_gui.core.content.model import Content
from foamroll_gui.core.errors import Problem
from foamroll_gui.core.files import UnsafeFileError, list_folder
from foamroll_gui.core.illustrations.step_poses import Illustrations

POSES_FOLDER = "poses"


@dataclass(frozen=True)
class Library:
    """Everything the app shows: the content and the step pictures of its techniques."""

    content: Content
    # Step pictures by muscle id (``content/poses/``); empty for a folder without pictures.
    illustrations: Illustrations = field(default_factory=dict)

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
