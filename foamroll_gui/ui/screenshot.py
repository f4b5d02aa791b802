"""`foamroll screenshot`: render the main window offscreen to a PNG."""

from __future__ import annotations

import argparse
import re
import stat
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEventLoop, QIODevice, QTimer

from foamroll_gui.core.files import write_atomically
from foamroll_gui.ui.history_service import HistoryService
from foamroll_gui.ui.main_window import MainWindow

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def parse_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX]\s*(\d{2,5})\s*", text)
    if not match:
        raise ValueError(f"--size must look like 1280x800, not {text!r}")
    return int(match.group(1)), int(match.group(2))


def take_screenshot(window: MainWindow, args: argparse.Namespace) -> int:
    try:
        width, height = parse_size(args.size)
    except ValueError as exc:
        print(f"foamroll screenshot: {exc}", file=sys.stderr)
        return 2
    if args.face:
        window.techniques.body_map.set_face(args.face)
    if args.muscle:
        try:
            window.techniques.select_muscle(args.muscle)
        except KeyError as exc:
            print(f"foamroll screenshot: {exc.args[0]}", file=sys.stderr)
            return 2
    window.resize(width, height)
    window.show()
    settle(window)
    problem = refuse_to_replace(args.out, force=bool(getattr(args, "force", False)))
    if problem is not None:
        print(f"foamroll screenshot: {problem}", file=sys.stderr)
        return 1
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not window.grab().save(buffer, "PNG"):
        print("foamroll screenshot: Qt could not encode the picture as PNG", file=sys.stderr)
        return 1
    try:
        write_atomically(args.out, bytes(data.data()))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        print(
            f"foamroll screenshot: could not write {args.out} ({reason}); "
            "nothing was changed. Check the folder, or pick another file name.",
            file=sys.stderr,
        )
        return 1
    print(args.out)
    return 0


def settle(window: MainWindow, timeout_ms: int = 5000) -> None:
    """Wait until the window shows what a user sees a moment after it opens: the history opened
    (it opens after the first paint, on a thread; until then "Log a roll…" is disabled) and the
    layouts settled (a resize can show the second map; wrapped labels take a pass or two).
    An event loop, left after ``timeout_ms`` whatever happens."""
    history = window.findChild(HistoryService)
    if history is not None and not history.is_open:
        loop = QEventLoop()
        history.ready.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        window.update()  # the paint that starts the opening
        loop.exec()
    for _ in range(3):
        QCoreApplication.processEvents()


def refuse_to_replace(out: Path, *, force: bool) -> str | None:
    """Why ``out`` must not be replaced by a screenshot, or None. Only a missing file or a PNG
    (a picture we could have written) is replaced; anything else only with ``force``, and a
    folder, device or pipe never."""
    try:
        info = out.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot check {out} ({exc.strerror or exc}); nothing was written"
    if not stat.S_ISREG(info.st_mode):
        return f"{out} exists and is not a regular file; pick another file name"
    if force:
        return None
    try:
        with out.open("rb") as handle:
            head = handle.read(len(PNG_SIGNATURE))
    except OSError as exc:
        return f"cannot read {out} ({exc.strerror or exc}); nothing was written"
    if head != PNG_SIGNATURE:
        return (
            f"{out} exists and is not a PNG picture, so it was left untouched; "
            "pick another file name, or add --force to replace it"
        )
    return None
