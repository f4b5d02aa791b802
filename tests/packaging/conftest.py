"""Fixtures for the packaging checks: ``packaging/`` is not a Python package, so its helper
modules are loaded from their files."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_foamroll_packaging_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses and typing look modules up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def layout() -> ModuleType:
    """``packaging/bundle_layout.py``: what the PyInstaller spec puts in the bundle."""
    return load_module(ROOT / "packaging" / "bundle_layout.py")


@pytest.fixture(scope="session")
def make_icons() -> ModuleType:
    """``scripts/make_icons.py``."""
    return load_module(ROOT / "scripts" / "make_icons.py")
