"""The start path's small parts: the command line read without the commands' parsers when the
window opens, and the process age the start-up probe prints."""

from __future__ import annotations

import pytest

from foamroll_gui.__main__ import build_parser
from foamroll_gui.core.startup import process_age_ms


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--quit-after-startup"],
        ["--data-dir", "show", "--config-dir", "history"],
        ["--start-routine", "marathon", "--time-scale", "2"],
    ],
)
def test_opening_the_window_reads_every_option_and_no_command(argv: list[str]) -> None:
    args = build_parser(argv).parse_args(argv)
    assert args.command is None
    full = build_parser().parse_args(argv)
    assert vars(args) == vars(full)


def test_a_mistyped_command_is_still_named_with_the_known_ones(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stop:
        build_parser(["shwo"]).parse_args(["shwo"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'shwo'" in err and "show" in err and "history" in err


def test_help_still_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser(["--data-dir", "x", "--help"]).parse_args(["--data-dir", "x", "--help"])
    out = capsys.readouterr().out
    assert "check-content" in out and "render-illustrations" in out


def test_an_option_value_like_a_command_does_not_hide_a_command_after_it() -> None:
    argv = ["--data-dir", "d", "show", "calves"]
    args = build_parser(argv).parse_args(argv)
    assert (args.command, args.muscle, args.data_dir) == ("show", "calves", "d")


def test_process_age_is_positive_and_plausible() -> None:
    age = process_age_ms()
    assert age is not None  # the suite runs on Linux
    assert 0.0 <= age < 24 * 3600 * 1000.0
