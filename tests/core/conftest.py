"""Fixtures of the core tests."""

from __future__ import annotations

import pytest

from tests.core.minimal_content import MinimalContent


@pytest.fixture(scope="session")
def minimal() -> MinimalContent:
    """A small, valid content folder to copy and break on purpose."""
    return MinimalContent()
