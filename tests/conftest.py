"""Shared test setup: headless Qt, quiet multimedia, and private folders for every test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from foamroll_gui.core.content import load_content
from foamroll_gui.core.model import Content
from foamroll_gui.core.resources import content_dir

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Every test gets its own data and config folders, never the user's."""
    data = tmp_path / "data"
    config = tmp_path / "config"
    monkeypatch.setenv("FOAMROLL_DATA_DIR", str(data))
    monkeypatch.setenv("FOAMROLL_CONFIG_DIR", str(config))
    monkeypatch.setenv("FOAMROLL_CACHE_DIR", str(tmp_path / "cache"))
    return data, config


@pytest.fixture(scope="session")
def content() -> Content:
    """The shipped content (with its step illustrations), loaded once."""
    return load_content(content_dir())
