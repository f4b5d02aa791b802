"""Reading and writing files safely.

Every file the app reads (content, user routines, settings, the cache) is untrusted: it may be
a FIFO, a device, a symlink loop or a link to ``/dev/zero``, or simply huge.
:func:`read_bytes_safely` opens regular files only, never blocks on open, and reads at most a
stated number of bytes in one bounded read; anything else is one :class:`UnsafeFileError`
that names the file and says what to do.

Writing goes to a temporary file in the same folder, flushed and synced, then renamed over the
target, so a crash or a full disk never leaves half a file behind (nor the temporary file).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

#: The largest routine or content file read (a real one is a few kB).
TEXT_LIMIT = 1024 * 1024


class UnsafeFileError(Exception):
    """A file that cannot be read as it is: ``path``, ``line`` (or None), ``reason``, ``advice``."""

    def __init__(
        self,
        path: Path,
        reason: str,
        advice: str,
        line: int | None = None,
        *,
        missing: bool = False,
    ) -> None:
        self.path = path
        #: the file (or the target of its link) does not exist
        self.missing = missing
        self.reason = reason
        self.advice = advice
        self.line = line
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {reason}. {advice}")


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _size(limit: int) -> str:
    if limit >= 1024 * 1024 and limit % (1024 * 1024) == 0:
        return f"{limit // (1024 * 1024)} MB"
    if limit >= 1024 and limit % 1024 == 0:
        return f"{limit // 1024} kB"
    return f"{limit} bytes"


def read_bytes_safely(path: Path, *, limit: int = TEXT_LIMIT) -> bytes:
    """The bytes of the regular file ``path`` (following symlinks), at most ``limit`` of them.

    Raises UnsafeFileError for a missing or unreadable file, a FIFO, device, folder or socket,
    a symlink loop, or a file larger than ``limit``.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UnsafeFileError(
                path, "is a symbolic link that loops", "Point the link at a real file or delete it"
            ) from None
        if exc.errno == errno.ENOENT:
            raise UnsafeFileError(
                path,
                "does not exist (or is a broken link)",
                "Restore the file or delete the link",
                missing=True,
            ) from None
        reason = exc.strerror or str(exc)
        raise UnsafeFileError(
            path, f"cannot be read ({reason})", "Check the file's permissions"
        ) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFileError(
                path, f"is {_kind(info.st_mode)}", "Only regular files are read: move it away"
            )
        too_big = UnsafeFileError(
            path, f"is larger than {_size(limit)}", "Split it up or move it away; it is not read"
        )
        if info.st_size > limit:
            raise too_big
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        if remaining <= 0:
            raise too_big  # it grew while we read it
        return b"".join(chunks)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise UnsafeFileError(
            path, f"cannot be read ({reason})", "Check the file and the disk"
        ) from None
    finally:
        os.close(fd)


def read_text_safely(path: Path, *, limit: int = TEXT_LIMIT) -> str:
    """:func:`read_bytes_safely`, decoded as UTF-8 text with no NUL characters."""
    data = read_bytes_safely(path, limit=limit)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise UnsafeFileError(
            path, "is not UTF-8 text", "Save it as UTF-8 in a text editor", line
        ) from None
    if "\0" in text:
        line = text.count("\n", 0, text.index("\0")) + 1
        raise UnsafeFileError(
            path, "contains a NUL character (binary data)", "Save it as plain text", line
        )
    return text


def list_folder(folder: Path, suffixes: tuple[str, ...] = (".yaml", ".yml")) -> list[Path]:
    """The entries of ``folder`` whose names end in one of ``suffixes``, sorted; none for a
    missing folder. Raises UnsafeFileError for a folder that exists but cannot be read."""
    try:
        with os.scandir(folder) as entries:
            names = sorted(e.name for e in entries if e.name.lower().endswith(suffixes))
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise UnsafeFileError(
            folder,
            f"cannot be read ({reason})",
            f"Check the folder's permissions (for example: chmod u+rwx '{folder}')",
        ) from None
    return [folder / name for name in names if not name.startswith(".")]


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``: a temporary file in the same folder, flushed and synced to
    disk, then renamed over ``path``. A symlink is written through: its target is replaced and
    the link stays. Raises OSError (and leaves ``path`` as it was, with no temporary file
    behind) on failure.
    """
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
