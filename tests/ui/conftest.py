"""Fixtures for widget tests: the shipped content, loaded once."""

from __future__ import annotations

import pytest

from foamroll_gui.core.content import load_content
from foamroll_gui.core.model import Content
from foamroll_gui.core.resources import content_dir


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content(content_dir())
