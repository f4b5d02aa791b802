"""`foamroll screenshot`: render the main window offscreen to a PNG."""

from __future__ import annotations

import argparse
import re
import sys

from PySide6.QtWidgets import QMainWindow


def parse_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX]\s*(\d{2,5})\s*", text)
    if not match:
        raise ValueError(f"--size must look like 1280x800, not {text!r}")
    return int(match.group(1)), int(match.group(2))


def take_screenshot(window: QMainWindow, args: argparse.Namespace) -> int:
    try:
        width, height = parse_size(args.size)
    except ValueError as exc:
        print(f"foamroll screenshot: {exc}", file=sys.stderr)
        return 2
    window.resize(width, height)
    window.show()
    image = window.grab()
    if not image.save(str(args.out)):
        print(f"foamroll screenshot: could not write {args.out}", file=sys.stderr)
        return 1
    print(args.out)
    return 0
