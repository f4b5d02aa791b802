"""The first day of the week and the weekly target come from the user's preferences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foamroll_gui.__main__ import main
from foamroll_gui.core.history.week import ReviewSettings
from foamroll_gui.core.paths import resolve_paths
from foamroll_gui.core.settings import Settings


def test_review_settings_from_the_preference_names() -> None:
    assert ReviewSettings.from_choices("sunday", 4).first_weekday == 6
    assert ReviewSettings.from_choices("monday", 3).default_target == 3
    assert ReviewSettings.from_choices("not a day", 3).first_weekday == 0


def test_history_summary_follows_the_users_week(
    private_folders: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings(resolve_paths().settings_file)
    settings.set_preferences(
        settings.preferences.changed(first_day_of_week="sunday", weekly_target=4)
    )
    assert settings.save() is None
    assert main(["history", "summary", "--week", "2026-W47", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["first_day"] == "2026-11-15"  # the Sunday before Monday 16 November
    assert {row["target"] for row in summary["muscles"]} == {4}
