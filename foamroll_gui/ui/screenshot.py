"""`foamroll screenshot`: render the main window offscreen to a PNG."""

from __future__ import annotations

import argparse
import re
import sys

from PySide6.QtCore import QCoreApplication

from foamroll_gui.ui.main_window import MainWindow


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
    # Let the layouts settle (a resize can show the second map) before taking the picture.
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
    image = window.grab()
    if not image.save(str(args.out)):
        print(f"foamroll screenshot: could not write {args.out}", file=sys.stderr)
        return 1
    print(args.out)
    return 0
