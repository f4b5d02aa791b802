"""Issue 9: a hostile settings file or data folder gives defaults and a notice, never a
traceback, and no save ever destroys a file."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from foamroll_gui.core.content.loader import load_content, load_user_routines
from foamroll_gui.core.preferences import Preferences
from foamroll_gui.core.settings import Settings
from foamroll_gui.core.window_state import WindowState
from tests.core.minimal_content import MinimalContent


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"version": 2, "window": {"geometry": 1' + "0" * 5000 + "}}", "too large"),
        ("[" * 100_000 + "]" * 100_000, "nests too deeply"),
        ('{"version": 2, "window": {"geometry": "g\\u00e9om\\u00e9trie"}}', "geometry"),
        ('{"version": 2, "window": {"last_muscle": "\\ud800"}}', "not valid"),
        ('{"version": 2, "preferences": {"voice": "\\udfff"}}', "voice"),
    ],
    ids=["huge-int", "deep-array", "non-ascii-geometry", "surrogate-window", "surrogate-pref"],
)
def test_hostile_settings_give_defaults_and_a_notice(tmp_path: Path, text: str, words: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(text, encoding="utf-8")
    settings = Settings(path)
    assert settings.problem is not None and words in settings.problem
    assert str(path) in settings.problem
    assert settings.window.geometry is None
    assert settings.save() is None  # and what it saves can be read back
    assert Settings(path).problem is None


def test_a_settings_file_that_is_a_fifo_does_not_hang(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    os.mkfifo(path)
    settings = Settings(path)
    assert settings.problem is not None and "pipe" in settings.problem
    assert settings.window == WindowState()


def test_a_second_broken_file_never_overwrites_the_first_backup(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    for text in ["{broken one", "{broken two", "{broken three"]:
        path.write_text(text, encoding="utf-8")
        settings = Settings(path)
        assert settings.problem is not None
        assert settings.save() is None
        assert json.loads(path.read_text(encoding="utf-8"))["version"] == 2
    kept = sorted(p.read_text(encoding="utf-8") for p in tmp_path.glob("settings.json.broken*"))
    assert kept == ["{broken one", "{broken three", "{broken two"]


def test_a_failed_save_on_a_full_disk_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(path)
    settings.set_preferences(Preferences())
    settings.set_window(WindowState(last_muscle="calves"))

    def full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    for _ in range(3):
        message = settings.save()
        assert message is not None and "No space left on device" in message
    assert list(tmp_path.iterdir()) == []


def test_a_symlinked_settings_file_is_written_through_its_link(tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    real = dotfiles / "foamroll.json"
    real.write_text('{"version": 2}', encoding="utf-8")
    link = tmp_path / "settings.json"
    link.symlink_to(real)
    settings = Settings(link)
    settings.set_window(WindowState(last_muscle="calves"))
    assert settings.save() is None
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["window"]["last_muscle"] == "calves"


def test_an_unreadable_data_folder_is_a_notice_not_a_traceback(
    tmp_path: Path, minimal: MinimalContent, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = load_content(minimal.write(tmp_path / "content"))
    data = tmp_path / "data"
    routines = data / "routines"
    routines.mkdir(parents=True)
    (routines / "mine.yaml").write_text(minimal.routine, encoding="utf-8")
    data.chmod(0)
    try:
        loaded, problems = load_user_routines(routines, content)
        if not os.access(routines, os.R_OK):  # root reads it anyway: only this part is moot
            (problem,) = problems
            assert "Permission denied" in problem.message and "chmod" in problem.message
    finally:
        data.chmod(0o755)
    assert loaded.routines == content.routines or problems == ()

    def refused(path: object) -> object:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(os, "scandir", refused)
    loaded, problems = load_user_routines(routines, content)
    (problem,) = problems
    assert problem.path == routines
    assert "Permission denied" in problem.message and "chmod" in problem.message
    assert loaded.routines == content.routines


def test_an_unreadable_config_folder_gives_defaults_and_a_notice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config" / "settings.json"
    path.parent.mkdir()
    path.write_text('{"version": 2}', encoding="utf-8")
    real_open = os.open

    def refused(file: object, flags: int, *args: object) -> int:
        if str(file) == str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refused)
    settings = Settings(path)
    assert settings.problem is not None
    assert str(path) in settings.problem and "Permission denied" in settings.problem
    assert settings.preferences == Preferences()
