"""The one error type for bad content, with the file, line and field of every problem."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file: ``path:line: field message``."""

    path: Path
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        shown = _display(self.path)
        where = f"{shown}:{self.line}" if self.line else shown
        what = f"{self.field} {self.message}" if self.field else self.message
        return f"{where}: {what}"


class ContentError(Exception):
    """Raised for content that cannot be used. Carries every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, path: Path, line: int | None, field: str, message: str) -> ContentError:
        return cls([Problem(path, line, field, message)])


def _display(path: Path) -> str:
    """A path as the user typed it: relative to the working folder when it lies inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop (Python 3.11)
        return str(path)
