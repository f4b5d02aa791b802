"""Issue 9: a DISPLAY with no server behind it, or a bogus QT_QPA_PLATFORM, is one clear line
and exit code 1, never a Qt abort."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from foamroll_gui.core.display import display_problem, plugin_names, x_server_answers

PLUGINS = {"xcb", "offscreen", "wayland", "minimal"}


def _free_display() -> str:
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    return f":{number}"


def test_plugin_files_give_platform_names() -> None:
    assert plugin_names(["libqxcb.so", "libqoffscreen.so", "qwindows.dll"]) == {
        "xcb",
        "offscreen",
        "windows",
    }


@pytest.mark.parametrize("wanted", ["bogus", "bogus:arg", "bogus;alsobogus"])
def test_a_bogus_platform_names_the_ones_there_are(wanted: str) -> None:
    problem = display_problem({"QT_QPA_PLATFORM": wanted}, lambda: PLUGINS, "linux")
    assert problem is not None and "offscreen, wayland, xcb" in problem and "Unset it" in problem


@pytest.mark.parametrize("wanted", ["offscreen", "wayland-egl", "bogus;offscreen", "minimal:x"])
def test_a_known_platform_passes(wanted: str) -> None:
    assert display_problem({"QT_QPA_PLATFORM": wanted}, lambda: PLUGINS, "linux") is None


def test_a_display_with_no_x_server_is_named() -> None:
    display = _free_display()
    problem = display_problem({"DISPLAY": display}, lambda: PLUGINS, "linux")
    assert problem is not None and f"DISPLAY='{display}'" in problem
    assert (
        display_problem({"DISPLAY": display, "QT_QPA_PLATFORM": "offscreen"}, lambda: PLUGINS)
        is None
    )
    assert display_problem({"DISPLAY": display}, lambda: PLUGINS, "darwin") is None


def test_a_listening_x_socket_counts_as_a_server() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        for number in range(150, 250):
            try:
                server.bind(("127.0.0.1", 6000 + number))
                break
            except OSError:
                continue
        server.listen(1)
        assert x_server_answers(f"127.0.0.1:{number}")
    assert not x_server_answers(f"127.0.0.1:{number}")
    assert not x_server_answers("not a display")


@pytest.mark.end2end
@pytest.mark.parametrize(
    "env",
    [{"DISPLAY": "FREE"}, {"QT_QPA_PLATFORM": "bogus"}],
    ids=["no-x-server", "bogus-platform"],
)
def test_the_gui_exits_with_one_clear_line(env: dict[str, str]) -> None:
    environ = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "DISPLAY"}}
    environ.pop("WAYLAND_DISPLAY", None)
    environ.update({k: _free_display() if v == "FREE" else v for k, v in env.items()})
    result = subprocess.run(
        [sys.executable, "-m", "foamroll_gui"],
        capture_output=True,
        text=True,
        env=environ,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("foamroll: "), result.stderr
    assert "Reinstalling" not in result.stderr
