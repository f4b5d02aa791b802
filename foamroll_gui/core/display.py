"""Whether Qt can open its display platform, checked before QApplication (which aborts).

Pure Python: the environment and the names of Qt's platform plugins are handed in, so the
rules are tested without Qt and without a display.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

_DISPLAY = re.compile(r"(.*?):(\d+)(?:\.\d+)?")


def plugin_names(file_names: Iterable[str]) -> set[str] | None:
    """``libqxcb.so`` → ``xcb``: the platform names of Qt's plugin files (None if none)."""
    plugins = set()
    for name in file_names:
        stem = name.split(".", 1)[0]
        if stem.startswith("libq"):
            plugins.add(stem[4:])
        elif stem.startswith("q"):
            plugins.add(stem[1:])
    return plugins or None


def display_problem(
    environ: Mapping[str, str],
    plugins: Callable[[], set[str] | None],
    platform: str = sys.platform,
) -> str | None:
    """Why Qt could not open its platform here, in one line, or None: a QT_QPA_PLATFORM that
    names no plugin of this Qt, or a DISPLAY where no X server answers."""
    wanted = environ.get("QT_QPA_PLATFORM", "").strip()
    names = [part.split(":", 1)[0].strip() for part in wanted.split(";") if part.strip()]
    if names:
        known = plugins()
        if known is not None and not any(_has_plugin(name, known) for name in names):
            return (
                f"QT_QPA_PLATFORM={wanted!r} names no display platform of this Qt (it has: "
                f"{', '.join(sorted(known))}). Unset it, or set it to one of those."
            )
    uses_x = names[:1] == ["xcb"] or (
        not names
        and platform.startswith("linux")
        and bool(environ.get("DISPLAY"))
        and not environ.get("WAYLAND_DISPLAY")
    )
    display = environ.get("DISPLAY", "")
    if uses_x and display and not x_server_answers(display):
        return (
            f"no X server answers on DISPLAY={display!r}. Start Foamroll from a desktop "
            "session or fix DISPLAY (unset it to use 'foamroll show' and 'foamroll screenshot')."
        )
    return None


def x_display_unreachable(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """True when Qt would use X (no platform chosen, no Wayland) and DISPLAY answers not."""
    display = environ.get("DISPLAY", "")
    return (
        platform.startswith("linux")
        and "QT_QPA_PLATFORM" not in environ
        and bool(display)
        and not environ.get("WAYLAND_DISPLAY")
        and not x_server_answers(display)
    )


def _has_plugin(name: str, plugins: set[str]) -> bool:
    return any(name == plugin or name.startswith(f"{plugin}-") for plugin in plugins)


def x_server_answers(display: str, timeout: float = 1.0) -> bool:
    """Whether something accepts a connection where DISPLAY points, within ``timeout``."""
    import socket  # only when X is asked: not on every start (about 2.5 ms)

    if display.startswith("/"):  # a launchd socket path (macOS)
        return Path(display.rsplit(":", 1)[0]).exists()
    match = _DISPLAY.fullmatch(display)
    if match is None:
        return False
    host, number = match.group(1), int(match.group(2))
    if host and host != "unix":
        try:
            with socket.create_connection((host, 6000 + number), timeout=timeout):
                return True
        except OSError:
            return False
    for address in (f"/tmp/.X11-unix/X{number}", f"\0/tmp/.X11-unix/X{number}"):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            try:
                sock.connect(address)
            except OSError:
                continue
            return True
    return False
