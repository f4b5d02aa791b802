from __future__ import annotations

import json
from pathlib import Path

from foamroll_gui.core.paths import resolve_paths
from foamroll_gui.core.settings import Settings
from foamroll_gui.core.window_state import WindowState


def test_environment_overrides_platform_folders(tmp_path: Path) -> None:
    env = {"FOAMROLL_DATA_DIR": str(tmp_path / "d"), "FOAMROLL_CONFIG_DIR": str(tmp_path / "c")}
    paths = resolve_paths(environ=env)
    assert paths.data_dir == tmp_path / "d"
    assert paths.config_dir == tmp_path / "c"
    assert paths.user_routines_dir == tmp_path / "d" / "routines"
    assert paths.history_db == tmp_path / "d" / "history.sqlite"


def test_arguments_override_environment(tmp_path: Path) -> None:
    env = {"FOAMROLL_DATA_DIR": "/nowhere", "FOAMROLL_CONFIG_DIR": "/nowhere"}
    paths = resolve_paths(tmp_path / "a", None, environ=env)
    assert paths.data_dir == tmp_path / "a"
    assert paths.config_dir == Path("/nowhere")


def test_platform_default_when_nothing_set() -> None:
    paths = resolve_paths(environ={})
    assert "foamroll" in str(paths.data_dir)
    assert "foamroll" in str(paths.config_dir)


def test_settings_round_trip(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "c" / "settings.json")
    settings.set_window(WindowState(last_muscle="calves", last_side="right"))
    settings.set_preferences(settings.preferences.changed(sounds=False))
    assert settings.save() is None
    again = Settings(tmp_path / "c" / "settings.json")
    assert again.window.last_muscle == "calves"
    assert again.window.last_side == "right"
    assert again.preferences.sounds is False
    assert again.preferences.weekly_target == 3  # never set: the default
    assert again.problem is None


def test_broken_settings_are_reported_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"last_muscle": "calves",\n oops}', encoding="utf-8")
    settings = Settings(path)
    assert settings.problem is not None
    assert f"{path}:2:" in settings.problem
    assert settings.window.last_muscle is None
    settings.set_window(WindowState(last_muscle="glutes"))
    assert settings.save() is None
    assert "oops" in (tmp_path / "settings.json.broken").read_text(encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8"))["window"]["last_muscle"] == "glutes"


def test_settings_path_that_is_a_file_gives_a_message(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("I am a file", encoding="utf-8")
    message = Settings(blocker / "settings.json").save()
    assert message is not None
    assert str(blocker) in message and "--config-dir" in message
    assert blocker.read_text(encoding="utf-8") == "I am a file"


def test_cache_folder_follows_its_variable(tmp_path: Path) -> None:
    paths = resolve_paths(environ={"FOAMROLL_CACHE_DIR": str(tmp_path / "k")})
    assert paths.cache_dir == tmp_path / "k"
