"""A user's own routine as a file: turned into YAML, checked, saved and deleted.

:func:`save_routine` writes ``<folder>/<id>.yaml`` the safe way (a temporary file in the same
folder, flushed and synced) and, before the temporary file replaces anything, reads it back
with the loader's own parser and checks (``parse_routine`` and ``check_routine``), so a file
the app would refuse on its next start is never saved. A refused value is a
:class:`RoutineRefusedError` naming the field (``name``, ``items[2].seconds``, ...) and why;
a folder that cannot be written is a :class:`RoutineFolderError` naming it and what to do.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from foamroll_gui.core.content.loader import YAML_EXTS, check_routine, parse_routine
from foamroll_gui.core.content.model import Content
from foamroll_gui.core.content.routines import Routine
from foamroll_gui.core.errors import ContentError

try:
    from yaml import CSafeDumper as _Dumper
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeDumper as _Dumper  # type: ignore[assignment]


@dataclass(frozen=True)
class FieldProblem:
    """Why one field of a routine was refused: ``field`` as the loader names it (``name``,
    ``items``, ``items[2].seconds``) and ``message`` (``must be a positive whole number``)."""

    field: str
    message: str


class RoutineRefusedError(ValueError):
    """A routine with a value the loader would refuse; nothing was written."""

    def __init__(self, problems: Iterable[FieldProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(f"{p.field} {p.message}" for p in self.problems))


class RoutineFolderError(OSError):
    """The routines folder (or the disk) cannot take the file; ``str()`` names the folder and
    says what to do. Nothing was changed."""

    def __init__(self, folder: Path, reason: str, advice: str) -> None:
        self.folder = folder
        self.reason = reason
        self.advice = advice
        super().__init__(f"{folder}: {reason}. {advice}")


def routine_to_yaml(routine: Routine) -> str:
    """The routine in the format of ``content/routines/*.yaml``; the loader reads it back as an
    equal routine."""
    document: dict[str, Any] = {
        "id": routine.id,
        "name": routine.name,
        "description": routine.description,
        "when": routine.when,
        "pass_seconds": routine.pass_seconds,
    }
    if routine.based_on is not None:
        document["based_on"] = routine.based_on
    if routine.references:
        document["references"] = list(routine.references)
    document["items"] = [
        {"muscle": item.muscle, "seconds": item.seconds, "hold": item.hold}
        for item in routine.items
    ]
    text: str = yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return text


_NOT_IN_ID = re.compile(r"[^a-z0-9]+")


def routine_id_for(name: str, taken: Iterable[str], folder: Path) -> str:
    """A new routine id made from ``name`` (``"Hills (copy)"`` -> ``hills-copy``), used by no
    routine in ``taken`` and by no file in ``folder`` (a broken file is never overwritten)."""
    base = _NOT_IN_ID.sub("-", name.lower()).strip("-")[:40].strip("-") or "routine"
    used = set(taken)
    candidate, number = base, 1
    while candidate in used or any(_present(folder / f"{candidate}{ext}") for ext in YAML_EXTS):
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def _present(path: Path) -> bool:
    """Something (a file, a folder, a link, even a broken one) has this name; False when the
    folder cannot be read (saving then says why)."""
    try:
        os.lstat(path)
    except OSError:
        return False
    return True


def copy_name(name: str, names: Iterable[str]) -> str:
    """``"Post-run recovery (copy)"``, or ``"... (copy 2)"`` and on when that is taken."""
    used = {_name_key(n) for n in names}
    candidate, number = f"{name} (copy)", 1
    while _name_key(candidate) in used:
        number += 1
        candidate = f"{name} (copy {number})"
    return candidate


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def routine_path(routine: Routine, folder: Path) -> Path:
    """Where a user's routine lives: the file it was read from, else ``<folder>/<id>.yaml``."""
    return routine.source if routine.source is not None else folder / f"{routine.id}.yaml"


def save_routine(
    routine: Routine, folder: Path, content: Content, *, replacing: Routine | None = None
) -> Routine:
    """Write ``routine`` into ``folder`` and return it as the loader reads it back.

    ``content`` holds the current routines (a name already used by another one is refused);
    ``replacing`` is the user's routine being edited (its file is replaced), None for a new one.
    Raises RoutineRefusedError (nothing written) or RoutineFolderError (nothing changed).
    """
    others = [r for r in content.routines if replacing is None or r.id != replacing.id]
    if _name_key(routine.name) and any(
        _name_key(r.name) == _name_key(routine.name) for r in others
    ):
        raise RoutineRefusedError([FieldProblem("name", "is already used by another routine")])
    if any(r.id == routine.id for r in others):
        raise RoutineRefusedError([FieldProblem("id", f"{routine.id!r} is already used")])
    if replacing is not None and replacing.user:
        target = routine_path(replacing, folder)
    else:
        target = folder / f"{routine.id}.yaml"
        if _present(target):
            problem = f"cannot be saved: {target} already exists; choose another name"
            raise RoutineRefusedError([FieldProblem("name", problem)])
    data = routine_to_yaml(routine).encode("utf-8")
    try:
        return _write_checked(target, data, content)
    except OSError as exc:
        raise _folder_error(target.parent, exc) from None


def _write_checked(target: Path, data: bytes, content: Content) -> Routine:
    """Temporary file, synced; parsed and checked by the loader; then renamed over ``target``."""
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.stem}.{os.getpid()}.tmp.yaml")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            saved, doc = parse_routine(tmp, user=True)
            muscles = {m.id for m in content.muscles}
            check_routine(saved, doc, muscles, {r.id for r in content.safety.references})
        except ContentError as exc:
            raise RoutineRefusedError(
                FieldProblem(p.field, p.message) for p in exc.problems
            ) from None
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    with contextlib.suppress(OSError, AttributeError):
        folder_fd = os.open(target.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(folder_fd)
        finally:
            os.close(folder_fd)
    return replace(saved, source=target)


def delete_routine_file(routine: Routine, folder: Path) -> None:
    """Remove a user's routine file for good. Raises ValueError for a built-in routine and
    RoutineFolderError when the file cannot be removed."""
    if not routine.user:
        raise ValueError(f"{routine.id!r} is built in; duplicate it to change it")
    path = routine_path(routine, folder)
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise _folder_error(path.parent, exc) from None


def _folder_error(folder: Path, exc: OSError) -> RoutineFolderError:
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return RoutineFolderError(
            folder, f"the disk is full ({reason})", "Free some disk space, then try again"
        )
    if exc.errno == errno.EROFS:
        return RoutineFolderError(
            folder,
            f"the folder is on a read-only disk ({reason})",
            "Start Foamroll with --data-dir pointing at a writable folder, then try again",
        )
    return RoutineFolderError(
        folder,
        f"the folder cannot be written ({reason})",
        f"Make it writable (for example: chmod u+rwx '{folder}'), then try again",
    )
