"""The shipped content and assets are found beside the package (installed or bundled: its
``_data`` folder) or at the project root (a checkout), without importlib.resources."""

from __future__ import annotations

from pathlib import Path

import pytest

from foamroll_gui.core import resources


def _package_at(monkeypatch: pytest.MonkeyPatch, root: Path) -> Path:
    """Pretend the package lives in ``root/foamroll_gui``; returns that folder."""
    package = root / "foamroll_gui"
    (package / "core").mkdir(parents=True)
    monkeypatch.setattr(resources, "__file__", str(package / "core" / "resources.py"))
    return package


def test_an_installed_package_uses_its_own_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    package = _package_at(monkeypatch, tmp_path)
    (package / "_data" / "content").mkdir(parents=True)
    (tmp_path / "content").mkdir()  # a checkout's folder beside it is not taken
    assert resources.content_dir() == package / "_data" / "content"
    assert resources.asset_path("sounds") == package / "_data" / "assets" / "sounds"


def test_a_checkout_uses_the_project_root(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _package_at(monkeypatch, tmp_path)
    assert resources.content_dir() == tmp_path / "content"


def test_the_shipped_content_is_found() -> None:
    assert (resources.content_dir() / "safety.yaml").is_file()
