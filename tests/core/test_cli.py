"""The terminal subcommands, run as a user would run them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from foamroll_gui import __version__
from foamroll_gui.__main__ import COMMANDS, build_parser, main
from tests.core.minimal_content import MinimalContent


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"foamroll {__version__}"


def test_check_content_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-content"]) == 0
    assert capsys.readouterr().out.startswith("OK: 12 muscle groups")


def test_check_content_lists_every_error(
    tmp_path: Path, minimal: MinimalContent, capsys: pytest.CaptureFixture[str]
) -> None:
    root = minimal.write(
        tmp_path / "c",
        {
            "techniques/calves.yaml": minimal.calves.replace("seconds: 45", "seconds: -1").replace(
                "seconds: 30", "seconds: zero"
            )
        },
    )
    assert main(["check-content", str(root)]) == 1
    err = capsys.readouterr().err
    assert "calves.yaml:15: steps[1].seconds must be a positive whole number" in err
    assert "calves.yaml:20: steps[2].seconds must be a positive whole number" in err
    assert err.strip().endswith("2 problems found.")


def test_show_unknown_muscle_says_what_is_known(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "biceps"]) == 2
    err = capsys.readouterr().err
    assert "unknown muscle 'biceps'" in err and "calves" in err


@pytest.mark.end2end
def test_module_entry_point_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "foamroll_gui", "show", "calves"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "CALVES" in result.stdout and "MORE PRESSURE" in result.stdout


def test_screenshot_takes_the_map_face_and_still_the_old_side_flag() -> None:
    parser = build_parser()
    assert parser.parse_args(["screenshot", "x.png", "--face", "front"]).face == "front"
    assert parser.parse_args(["screenshot", "x.png", "--side", "back"]).face == "back"
    assert parser.parse_args(["screenshot", "x.png"]).face is None


def test_every_subcommand_has_one_runner() -> None:
    parser = build_parser()
    choices = next(
        action.choices
        for action in parser._actions
        if isinstance(action.choices, dict) and "show" in action.choices
    )
    assert set(choices) == set(COMMANDS)
