"""Command line: ``foamroll`` starts the app; subcommands work in the terminal.

Kept light: nothing from Qt is imported until a command needs it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from foamroll_gui import __version__
from foamroll_gui.core.model import Content


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="foamroll",
        description="Foamroll: a foam-rolling trainer for runners. Run without a command "
        "to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"foamroll {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="folder for history and routines")
    parser.add_argument("--config-dir", metavar="DIR", help="folder for settings")
    parser.add_argument(
        "--quit-after-startup",
        action="store_true",
        help="open the main window, quit after its first frame, print the start-up time in ms",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check-content", help="validate a content folder")
    check.add_argument("dir", nargs="?", type=Path, help="content folder (default: shipped)")

    show = commands.add_parser("show", help="print a muscle group's technique")
    show.add_argument("muscle", metavar="MUSCLE_ID", help="e.g. calves, it-band, quadriceps")

    shot = commands.add_parser("screenshot", help="render the main window to a PNG")
    shot.add_argument("out", type=Path, metavar="OUT.png")
    shot.add_argument("--muscle", metavar="ID", help="select this muscle group first")
    shot.add_argument("--side", choices=("front", "back"), help="which map view to show")
    shot.add_argument("--size", default="1280x800", metavar="WIDTHxHEIGHT")
    shot.add_argument("--dark", action="store_true", help="use a dark palette")

    art = commands.add_parser("render-illustrations", help="write every step's picture")
    art.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    art.add_argument("--format", choices=("png", "svg"), default="png")
    art.add_argument(
        "--contact-sheet", action="store_true", help="also write contact-sheet.png with them all"
    )
    art.add_argument("--dark", action="store_true", help="use a dark palette")
    return parser


def _load_shipped(directory: Path | None = None) -> Content:
    from foamroll_gui.core.content import load_content
    from foamroll_gui.core.resources import content_dir

    return load_content(directory or content_dir())


def cmd_check_content(directory: Path | None) -> int:
    from foamroll_gui.core.cards import content_summary
    from foamroll_gui.core.errors import ContentError

    try:
        content = _load_shipped(directory)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        count = len(exc.problems)
        print(f"{count} problem{'s' if count != 1 else ''} found.", file=sys.stderr)
        return 1
    from foamroll_gui.core.bodymap import coverage_problems, load_body_map
    from foamroll_gui.core.model import VIEWS
    from foamroll_gui.core.poses import physical_problems
    from foamroll_gui.core.resources import asset_path

    failures = [f"poses: {line}" for line in physical_problems(content.poses)]
    if directory is None:  # the shipped content goes with the shipped body-map drawings
        maps = {view: load_body_map(asset_path(f"bodymap/{view}.svg"), view) for view in VIEWS}
        failures += [f"body map: {line}" for line in coverage_problems(maps, content.muscles)]
    for line in failures:
        print(line, file=sys.stderr)
    if failures:
        print(f"{len(failures)} problems found.", file=sys.stderr)
        return 1
    print(content_summary(content))
    return 0


def cmd_show(muscle_id: str) -> int:
    from foamroll_gui.core.cards import technique_card
    from foamroll_gui.core.errors import ContentError

    try:
        content = _load_shipped()
        card = technique_card(content, muscle_id)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return 1
    except KeyError as exc:
        print(f"foamroll show: {exc.args[0]}", file=sys.stderr)
        return 2
    print(card, end="")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "check-content":
        return cmd_check_content(args.dir)
    if args.command == "show":
        return cmd_show(args.muscle)
    from foamroll_gui import app  # Qt starts here, and only here

    return app.main(args)


if __name__ == "__main__":
    sys.exit(main())
