"""The settings file: typed preferences that announce changes, the window's state apart, a
versioned file migrated from Foamroll 0.1, and writes that never leave half a file."""

from __future__ import annotations

import json
import os
from dataclasses import fields
from pathlib import Path

import pytest

from foamroll_gui.core import preferences as preferences_module
from foamroll_gui.core.files import write_atomically
from foamroll_gui.core.preferences import Preferences
from foamroll_gui.core.settings import VERSION, Settings
from foamroll_gui.core.window_state import WindowState

VERSION_1 = {
    "window_geometry": "AdnQywADAAA=",
    "splitter_state": "AAAA/wAAAAEAAAAD",
    "map_view": "front",
    "last_muscle": "hamstrings",
    "last_side": "right",
}


def write_json(path: Path, value: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value), encoding="utf-8")
    return path


def test_a_new_user_gets_the_defaults(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    assert settings.preferences == Preferences()
    assert settings.preferences.pain_tolerance == "medium"
    assert settings.window == WindowState()
    assert settings.problem is None


def test_the_old_flat_file_is_read_once_and_rewritten_as_version_2(tmp_path: Path) -> None:
    path = write_json(tmp_path / "settings.json", VERSION_1)
    settings = Settings(path)
    assert settings.problem is None
    assert settings.window == WindowState(
        geometry="AdnQywADAAA=",
        splitters={"techniques": "AAAA/wAAAAEAAAAD"},
        map_face="front",
        last_muscle="hamstrings",
        last_side="right",
    )
    assert settings.save() is None
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["version"] == VERSION == 2
    assert "last_muscle" not in stored  # the old keys are gone once migrated
    assert Settings(path).window == settings.window


def test_a_bad_preference_keeps_its_default_and_is_reported(tmp_path: Path) -> None:
    document = {"version": 2, "preferences": {"pain_tolerance": "extreme", "voice": False}}
    settings = Settings(write_json(tmp_path / "settings.json", document))
    assert settings.preferences.pain_tolerance == "medium"
    assert settings.preferences.voice is False  # the good ones are kept
    assert settings.problem is not None
    assert "pain_tolerance must be one of high, medium, low (got 'extreme')" in settings.problem


def test_odd_window_state_falls_back_quietly(tmp_path: Path) -> None:
    document = {"version": 2, "window": {"map_face": "sideways", "last_side": 3, "splitters": 7}}
    settings = Settings(write_json(tmp_path / "settings.json", document))
    assert settings.window == WindowState()
    assert settings.problem is None


def test_a_file_from_a_newer_foamroll_is_used_and_kept_aside(tmp_path: Path) -> None:
    document = {"version": 9, "preferences": {"theme": "dark"}, "window": {}, "future": 1}
    path = write_json(tmp_path / "settings.json", document)
    settings = Settings(path)
    assert settings.preferences.theme == "dark"
    assert settings.problem is not None and "newer Foamroll" in settings.problem
    assert settings.save() is None
    assert json.loads((tmp_path / "settings.json.v9").read_text(encoding="utf-8")) == document
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == VERSION


def test_listeners_hear_each_change_once_and_can_stop(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    heard: list[Preferences] = []
    stop = settings.subscribe(heard.append)
    low = settings.preferences.changed(pain_tolerance="low")
    settings.set_preferences(low)
    settings.set_preferences(low)  # no change, no news
    assert heard == [low]
    stop()
    settings.set_preferences(low.changed(theme="dark"))
    assert heard == [low]
    assert settings.preferences.theme == "dark"


def test_window_state_changes_tell_no_listener(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    heard: list[Preferences] = []
    settings.subscribe(heard.append)
    settings.set_window(WindowState(last_muscle="calves"))
    assert heard == []


@pytest.mark.parametrize(
    ("name", "value"),
    [("roll_seconds", 0), ("weekly_target", True), ("first_day_of_week", "someday"), ("x", 1)],
)
def test_a_preference_out_of_range_is_refused(name: str, value: object) -> None:
    with pytest.raises(ValueError, match=name):
        Preferences().changed(**{name: value})


def test_every_preference_has_a_rule() -> None:
    names = {f.name for f in fields(Preferences)}
    assert set(preferences_module._RULES) == names
    stored, problems = Preferences.from_json(Preferences().to_json())
    assert stored == Preferences() and problems == []


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    path.write_text("old", encoding="utf-8")

    def fail(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        write_atomically(path, b"new")
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_a_write_syncs_the_data_before_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync")
        real_fsync(fd)

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        events.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    write_atomically(tmp_path / "a" / "settings.json", b"{}")
    assert events[:2] == ["fsync", "replace"]
    assert (tmp_path / "a" / "settings.json").read_bytes() == b"{}"


def test_unchanged_settings_are_not_written_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    first = Settings(path)
    first.set_window(WindowState(last_muscle="calves"))
    assert first.save() is None
    writes: list[Path] = []
    monkeypatch.setattr("foamroll_gui.core.files.write_atomically", lambda p, d: writes.append(p))
    again = Settings(path)
    again.set_window(WindowState(last_muscle="calves"))
    assert again.save() is None
    assert writes == []  # quitting without a change costs no disk sync
    again.set_window(WindowState(last_muscle="glutes"))
    assert again.save() is None
    assert writes == [path]
