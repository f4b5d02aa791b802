"""Command line: ``foamroll`` starts the app; subcommands work in the terminal.

Every command is dispatched here, in :func:`main`. Kept light: nothing from Qt is imported
until a command needs it (those run in ``app.py``, the composition root).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from foamroll_gui import __version__

if TYPE_CHECKING:
    import argparse

    from foamroll_gui.core.content.model import Content
    from foamroll_gui.core.library import Library
    from foamroll_gui.core.paths import Paths
    from foamroll_gui.core.preferences import Preferences


def _time_scale(text: str) -> float:
    import argparse

    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value <= 1000:
        raise argparse.ArgumentTypeError(f"must be a number above 0 and at most 1000, not {text!r}")
    return value


#: The top-level options that take a value (``--data-dir DIR``): DIR is not a command.
_OPTIONS_WITH_VALUE = frozenset({"--data-dir", "--config-dir", "--start-routine", "--time-scale"})


def _names_a_command(argv: Sequence[str]) -> bool:
    """Whether ``argv`` holds a word that is not an option or an option's value (a command, or
    a mistyped one), or asks for help: then the commands' parsers are needed."""
    words = iter(argv)
    for word in words:
        if word == "--" or word in ("-h", "--help") or not word.startswith("-"):
            return True
        if word in _OPTIONS_WITH_VALUE:
            next(words, None)
    return False


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The ``foamroll`` parser. The commands' parsers are only built when ``argv`` may name one
    (the window opens at once otherwise), and the ``history`` actions only when ``argv`` names
    that command (importing its module), to keep start-up light."""
    import argparse  # here: imported while the window's start holds the garbage collector

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
    parser.add_argument(
        "--start-routine",
        metavar="ROUTINE_ID",
        help="open straight on the timer screen and start this routine (see 'foamroll routine "
        "list')",
    )
    parser.add_argument(
        "--time-scale",
        type=_time_scale,
        default=1.0,
        metavar="N",
        help="run the routine's clock N times faster: for demonstrations and tests only",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    if argv is not None and not _names_a_command(argv):
        return parser  # the window opens: the commands' own parsers are not needed

    check = commands.add_parser("check-content", help="validate a content folder")
    check.add_argument("dir", nargs="?", type=Path, help="content folder (default: shipped)")
    check.add_argument(
        "--user",
        action="store_true",
        help="check your own routines folder instead (or DIR as a routines folder)",
    )

    show = commands.add_parser("show", help="print a muscle group's technique")
    show.add_argument("muscle", metavar="MUSCLE_ID", help="e.g. calves, it-band, quadriceps")

    shot = commands.add_parser("screenshot", help="render the main window to a PNG")
    shot.add_argument("out", type=Path, metavar="OUT.png")
    shot.add_argument("--muscle", metavar="ID", help="select this muscle group first")
    shot.add_argument("--face", choices=("front", "back"), help="which face of the map to show")
    # the name before 0.2, when "side" also meant the map's face; still accepted
    shot.add_argument("--side", dest="face", choices=("front", "back"), help=argparse.SUPPRESS)
    shot.add_argument("--size", default="1280x800", metavar="WIDTHxHEIGHT")
    shot.add_argument("--dark", action="store_true", help="use a dark palette")
    shot.add_argument(
        "--force", action="store_true", help="replace OUT.png even if it is not a PNG picture"
    )

    art = commands.add_parser("render-illustrations", help="write every step's picture")
    art.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    art.add_argument("--format", choices=("png", "svg"), default="png")
    art.add_argument(
        "--contact-sheet", action="store_true", help="also write contact-sheet.png with them all"
    )
    art.add_argument("--dark", action="store_true", help="use a dark palette")

    if argv is not None and "routine" in argv:
        from foamroll_gui.cli.routine import add_parser as add_routine_parser

        add_routine_parser(commands)
    else:
        commands.add_parser("routine", help="the timed routines: list them, or print one's phases")

    if argv is not None and "history" in argv:
        from foamroll_gui.cli.history import add_parser

        add_parser(commands)
    else:
        commands.add_parser("history", help="your rolls: this week's figures, export and import")
    return parser


def _load_shipped(directory: Path | None = None) -> Library:
    from foamroll_gui.core.library import load_library
    from foamroll_gui.core.resources import content_dir

    return load_library(directory or content_dir())


def cmd_check_content(directory: Path | None) -> int:
    from foamroll_gui.core.content.cards import content_summary
    from foamroll_gui.core.errors import ContentError

    try:
        library = _load_shipped(directory)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        count = len(exc.problems)
        print(f"{count} problem{'s' if count != 1 else ''} found.", file=sys.stderr)
        return 1
    from foamroll_gui.core.bodymap import coverage_problems, load_shipped_body_maps
    from foamroll_gui.core.illustrations.checks import physical_problems
    from foamroll_gui.core.illustrations.word_checks import word_problems
    from foamroll_gui.core.library import POSES_FOLDER, locate_pose_problem
    from foamroll_gui.core.resources import content_dir

    content = library.content
    poses_dir = (directory or content_dir()) / POSES_FOLDER
    # Each picture must be physically possible and show what its step's words say.
    problems = physical_problems(library.illustrations)
    problems += word_problems(content, library.illustrations)
    failures = [str(locate_pose_problem(poses_dir, line)) for line in problems]
    if directory is None:  # the shipped content goes with the shipped body-map drawings
        maps = load_shipped_body_maps()
        failures += [f"body map: {line}" for line in coverage_problems(maps, content.muscles)]
    for line in failures:
        print(line, file=sys.stderr)
    if failures:
        print(f"{len(failures)} problems found.", file=sys.stderr)
        return 1
    print(content_summary(content, library.step_pictures()))
    return 0


def cmd_check_user(args: argparse.Namespace) -> int:
    """``foamroll check-content --user [DIR]``: every problem of the user's routines folder
    (or of DIR), checked against the shipped content, all at once."""
    from foamroll_gui.core.content.loader import load_content, load_user_routines
    from foamroll_gui.core.errors import ContentError
    from foamroll_gui.core.paths import resolve_paths
    from foamroll_gui.core.resources import content_dir

    folder = args.dir or resolve_paths(args.data_dir, args.config_dir).user_routines_dir
    try:
        shipped = load_content(content_dir())
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return 1
    content, problems = load_user_routines(folder.absolute(), shipped)
    for problem in problems:  # absolute paths, and never resolved (a link may loop)
        where = f"{problem.path}:{problem.line}" if problem.line else str(problem.path)
        what = f"{problem.field} {problem.message}" if problem.field else problem.message
        print(f"{where}: {what}", file=sys.stderr)
    if problems:
        count = len(problems)
        print(f"{count} problem{'s' if count != 1 else ''} found.", file=sys.stderr)
        return 1
    added = len(content.routines) - len(shipped.routines)
    print(f"{folder.absolute()}: {added} routine{'s' if added != 1 else ''}, no problems.")
    return 0


def cmd_show(muscle_id: str) -> int:
    from foamroll_gui.core.content.cards import technique_card
    from foamroll_gui.core.content.loader import load_content
    from foamroll_gui.core.errors import ContentError
    from foamroll_gui.core.resources import content_dir

    try:
        card = technique_card(load_content(content_dir()), muscle_id)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return 1
    except KeyError as exc:
        print(f"foamroll show: {exc.args[0]}", file=sys.stderr)
        return 2
    print(card, end="")
    return 0


def _terminal_setup(args: argparse.Namespace) -> tuple[Content, Preferences, Paths] | None:
    """The shipped content, the user's preferences and folders for a terminal command; None
    (after saying why on stderr) when the shipped content is broken."""
    from foamroll_gui.core.content.loader import load_content
    from foamroll_gui.core.errors import ContentError
    from foamroll_gui.core.paths import resolve_paths
    from foamroll_gui.core.resources import content_dir
    from foamroll_gui.core.settings import Settings

    try:
        content = load_content(content_dir())
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return None
    paths = resolve_paths(args.data_dir, args.config_dir)
    return content, Settings(paths.settings_file).preferences, paths


def cmd_history(args: argparse.Namespace) -> int:
    """``foamroll history summary|export|import``: no Qt, the data folder of ``--data-dir``."""
    setup = _terminal_setup(args)
    if setup is None:
        return 1
    content, preferences, paths = setup
    from foamroll_gui.cli import history
    from foamroll_gui.core.history.week import ReviewSettings

    settings = ReviewSettings.from_choices(preferences.first_day_of_week, preferences.weekly_target)
    muscle_ids = [muscle.id for muscle in content.muscles]
    return history.run(args, paths.data_dir, muscle_ids, sys.stdout, sys.stderr, settings=settings)


def cmd_routine(args: argparse.Namespace) -> int:
    """``foamroll routine list|plan``: no Qt; the pain tolerance defaults to the preference."""
    setup = _terminal_setup(args)
    if setup is None:
        return 1
    content, preferences, paths = setup
    from foamroll_gui.cli import routine
    from foamroll_gui.core.content.loader import load_user_routines

    # The user's own routines too, as the window lists them; a broken one is named and skipped.
    content, problems = load_user_routines(paths.user_routines_dir, content)
    for problem in problems:
        print(f"foamroll: skipped {problem}", file=sys.stderr)
    return routine.run(args, content, preferences, sys.stdout, sys.stderr)


# The commands that need Qt run in app.py, imported only when one runs: Qt starts there.
def cmd_gui(args: argparse.Namespace) -> int:
    from foamroll_gui import app

    return app.run_gui(args)


def cmd_screenshot(args: argparse.Namespace) -> int:
    from foamroll_gui import app

    return app.run_screenshot(args)


def cmd_render_illustrations(args: argparse.Namespace) -> int:
    from foamroll_gui import app

    return app.run_render_illustrations(args)


#: Every subcommand and what runs it; without one, ``foamroll`` opens the window.
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "check-content": lambda args: (
        cmd_check_user(args) if args.user else cmd_check_content(args.dir)
    ),
    "show": lambda args: cmd_show(args.muscle),
    "screenshot": cmd_screenshot,
    "render-illustrations": cmd_render_illustrations,
    "routine": cmd_routine,
    "history": cmd_history,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if _names_a_command(argv):
        return _dispatch(argv)
    from foamroll_gui.core.startup import hold_collector, release_collector

    hold_collector()  # while the first frame is built; released once it has passed (app.py)
    try:
        return _dispatch(argv)
    finally:
        release_collector()


def _dispatch(argv: Sequence[str]) -> int:
    args = build_parser(argv).parse_args(argv)
    if args.command is None:
        return cmd_gui(args)
    return COMMANDS[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
