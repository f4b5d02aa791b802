"""The one-instance socket's name: the login name as getpass finds it (without importing
getpass or hashlib at every launch) and the folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from foamroll_gui.ui.single_instance import instance_name

LOGIN_VARIABLES = ("LOGNAME", "USER", "LNAME", "USERNAME")


def test_the_login_name_comes_from_the_environment_first(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for variable in LOGIN_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("USER", "ann")
    monkeypatch.setenv("USERNAME", "bob")
    assert instance_name(tmp_path / "a", tmp_path / "c").startswith("foamroll-ann-")
    monkeypatch.setenv("LOGNAME", "cy/../d")  # only safe characters reach the socket name
    assert instance_name(tmp_path / "a", tmp_path / "c").startswith("foamroll-cy..d-")


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="no password database here")
def test_without_one_the_password_database_names_the_user(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import pwd

    for variable in LOGIN_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    user = pwd.getpwuid(os.getuid()).pw_name
    safe = "".join(c for c in user if c.isalnum() or c in "-_.")[:32] or "user"
    assert instance_name(tmp_path / "a", tmp_path / "c").startswith(f"foamroll-{safe}-")


def test_folders_that_differ_only_in_a_swap_get_different_names(tmp_path: Path) -> None:
    assert instance_name(tmp_path / "a", tmp_path / "b") != instance_name(
        tmp_path / "b", tmp_path / "a"
    )
