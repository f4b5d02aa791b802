"""`foamroll --quit-after-startup` opens the real window, paints it and reports the time."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.end2end
def test_quit_after_startup_prints_milliseconds() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "foamroll_gui", "--quit-after-startup"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    ms = float(result.stdout.strip().splitlines()[-1])
    assert 0 < ms < 20_000


@pytest.mark.end2end
def test_without_a_display_the_app_says_what_to_do() -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "foamroll_gui"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "no desktop session" in result.stderr
    assert "Traceback" not in result.stderr
