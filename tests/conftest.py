"""Shared test setup: headless Qt, quiet multimedia, private folders for every test, and the
shared fixtures (the shipped content and pictures, a fake clock)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from foamroll_gui.core.content.model import Content
from foamroll_gui.core.illustrations.step_poses import Illustrations
from foamroll_gui.core.library import Library, load_library
from foamroll_gui.core.resources import content_dir

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Every test gets its own data and config folders, never the user's."""
    data = tmp_path / "data"
    config = tmp_path / "config"
    monkeypatch.setenv("FOAMROLL_DATA_DIR", str(data))
    monkeypatch.setenv("FOAMROLL_CONFIG_DIR", str(config))
    monkeypatch.setenv("FOAMROLL_CACHE_DIR", str(tmp_path / "cache"))
    return data, config


#: ``foamroll(*args, **env)``: the fixture below
Foamroll = Callable[..., "subprocess.CompletedProcess[str]"]


@pytest.fixture
def foamroll() -> Foamroll:
    """Runs ``python -m foamroll_gui ARGS`` in a child process as a user would: offscreen, in
    this test's private folders; keyword arguments are added to its environment."""

    def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "foamroll_gui", *args],
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
            timeout=120,
            check=False,
        )

    return run


@pytest.fixture(scope="session")
def project_root() -> Path:
    """The checkout: where ``content/``, ``assets/`` and ``pyproject.toml`` are."""
    return Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def library() -> Library:
    """The shipped content and its step pictures, loaded once."""
    return load_library(content_dir())


@pytest.fixture(scope="session")
def content(library: Library) -> Content:
    """The shipped content."""
    return library.content


@pytest.fixture(scope="session")
def illustrations(library: Library) -> Illustrations:
    """The shipped step pictures, by muscle id."""
    return library.illustrations


class FakeClock:
    """Monotonic seconds that move only when a test says so."""

    def __init__(self, now: float = 100.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()
