"""``foamroll history summary|export|import`` run as a user runs them, in a child process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Foamroll

HEADER = (
    "entry_uuid,session_uuid,started_at,muscle,side,rolled_s,held_s,tenderness,routine,source,note"
)
ROWS = [
    "11111111-1111-4111-8111-111111111111,aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa,"
    "2026-11-17T07:30:00+01:00,calves,left,120,30,4,,manual,easy",
    "22222222-2222-4222-8222-222222222222,aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa,"
    "2026-11-17T07:30:00+01:00,calves,both,60,0,,,manual,",
    "33333333-3333-4333-8333-333333333333,bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb,"
    "2026-11-18T07:30:00+01:00,not-a-muscle,left,60,0,,,manual,",
]


@pytest.mark.end2end
def test_import_then_summary_export_and_reimport(tmp_path: Path, foamroll: Foamroll) -> None:
    source = tmp_path / "rolls.csv"
    source.write_text("\n".join([HEADER, *ROWS]) + "\n", encoding="utf-8")
    data = tmp_path / "store"

    first = foamroll("history", "import", str(source), FOAMROLL_DATA_DIR=str(data))
    assert first.returncode == 1  # one row skipped
    assert ":4:" in first.stderr or "line 4" in first.stderr, first.stderr
    assert "not-a-muscle" in first.stderr
    assert first.stdout.strip() == "2 added, 0 already present, 1 skipped"

    summary = foamroll(
        "history", "summary", "--week", "2026-W47", "--json", FOAMROLL_DATA_DIR=str(data)
    )
    assert summary.returncode == 0, summary.stderr
    week = json.loads(summary.stdout)
    assert week["week"] == "2026-W47" and week["first_day"] == "2026-11-16"
    rows = {(r["muscle"], r["side"]): r for r in week["muscles"]}
    assert rows["calves", "left"]["sessions"] == 1
    assert rows["calves", "left"]["minutes"] == 3.5
    assert rows["calves", "right"]["minutes"] == 1.0
    assert rows["calves", "right"]["days_since"] == 5  # to Sunday 22 November
    assert rows["hamstrings", "left"]["days_since"] is None

    out = tmp_path / "out.json"
    assert foamroll("history", "export", str(out), FOAMROLL_DATA_DIR=str(data)).returncode == 0
    again = foamroll("history", "import", str(out), FOAMROLL_DATA_DIR=str(tmp_path / "fresh"))
    assert again.returncode == 0, again.stderr
    twice = foamroll("history", "import", str(out), FOAMROLL_DATA_DIR=str(tmp_path / "fresh"))
    assert twice.returncode == 0
    assert twice.stdout.strip() == "0 added, 2 already present, 0 skipped"
    fresh = foamroll(
        "history",
        "summary",
        "--week",
        "2026-W47",
        "--json",
        FOAMROLL_DATA_DIR=str(tmp_path / "fresh"),
    )
    assert json.loads(fresh.stdout) == week


@pytest.mark.end2end
def test_bad_week_is_explained(tmp_path: Path, foamroll: Foamroll) -> None:
    result = foamroll("history", "summary", "--week", "soon", FOAMROLL_DATA_DIR=str(tmp_path))
    assert result.returncode == 2
    assert "2026-W47" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.end2end
def test_other_commands_do_not_load_the_history_module() -> None:
    code = (
        "import sys; from foamroll_gui.__main__ import build_parser; "
        "build_parser(['show', 'calves']).parse_args(['show', 'calves']); "
        "print('foamroll_gui.cli.history' in sys.modules, 'sqlite3' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.split() == ["False", "False"]
