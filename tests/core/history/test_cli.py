"""``foamroll history summary|export|import``, run as __main__ will run it."""

from __future__ import annotations

import argparse
import io
import json
from datetime import date, datetime
from pathlib import Path

import pytest

from foamroll_gui.cli import history as cli
from foamroll_gui.core.history import history_path, open_history

MUSCLES = ("calves", "shins", "it-band")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="foamroll")
    cli.add_parser(parser.add_subparsers(dest="command"))
    return parser


def _run(data: Path, now: datetime, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(_parser().parse_args(["history", *argv]), data, MUSCLES, out, err, now)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def data(tmp_path: Path, now: datetime) -> Path:
    folder = tmp_path / "data"
    with open_history(history_path(folder), now=now).store as store:
        store.log_roll(date(2026, 11, 17), "calves", "left+right", 2, now=now)
        store.log_roll(date(2026, 11, 18), "calves", "left", 2.5, now=now)
        store.log_roll(date(2026, 11, 9), "it-band", "both", 1, now=now)
    return folder


def test_summary_json_is_exactly_one_object_with_every_muscle_and_side(
    data: Path, now: datetime
) -> None:
    code, out, err = _run(data, now, "summary", "--json")
    assert (code, err) == (0, "")
    assert out.count("\n") == 1
    summary = json.loads(out)
    assert list(summary) == ["week", "first_day", "muscles"]
    assert (summary["week"], summary["first_day"]) == ("2026-W47", "2026-11-16")
    assert [(m["muscle"], m["side"]) for m in summary["muscles"]] == [
        (muscle, side) for muscle in MUSCLES for side in ("left", "right")
    ]
    assert summary["muscles"][0] == {
        "muscle": "calves",
        "side": "left",
        "sessions": 2,
        "target": 3,
        "minutes": 4.5,
        "days_since": 0,
    }
    assert summary["muscles"][-1]["days_since"] == 9


def test_summary_of_another_week(data: Path, now: datetime) -> None:
    code, out, _ = _run(data, now, "summary", "--week", "2026-W46", "--json")
    summary = json.loads(out)
    assert (code, summary["first_day"]) == (0, "2026-11-09")
    rows = {(m["muscle"], m["side"]): m for m in summary["muscles"]}
    assert (rows["it-band", "left"]["sessions"], rows["it-band", "left"]["days_since"]) == (1, 6)
    assert rows["calves", "left"]["days_since"] is None


def test_summary_table_is_aligned_and_readable(data: Path, now: datetime) -> None:
    code, out, _ = _run(data, now, "summary")
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == (
        "Week 2026-W47: Mon 2026-11-16 to Sun 2026-11-22 (days since counted to Wed 2026-11-18)"
    )
    assert lines[2].split() == ["Muscle", "group", "Side", "Sessions", "Minutes", "Last", "rolled"]
    assert lines[3].split() == ["calves", "left", "2", "of", "3", "4.5", "today"]
    assert lines[-1].split() == ["it-band", "right", "0", "of", "3", "0.0", "9", "days", "ago"]
    # the columns line up: every row has "of" where the header's Sessions column is
    column = lines[2].index("Sessions") + len("Sessions")
    assert {line[:column].rstrip()[-1] for line in lines[3:]} == {"3"}


@pytest.mark.parametrize(
    ("week", "hint"),
    [("2025-W53", "write for example 2025-W01 or 2025-W52"), ("47", "for example 2026-W47")],
)
def test_a_bad_week_is_one_line_saying_what_to_type(
    data: Path, now: datetime, week: str, hint: str
) -> None:
    code, out, err = _run(data, now, "summary", "--week", week)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert err.startswith("foamroll history summary: ") and hint in err


def test_reading_commands_create_no_history_file(tmp_path: Path, now: datetime) -> None:
    folder = tmp_path / "never-used"
    code, out, _ = _run(folder, now, "summary", "--json")
    assert code == 0 and json.loads(out)["muscles"][0]["days_since"] is None
    code, out, _ = _run(folder, now, "export", str(tmp_path / "empty.csv"))
    assert (code, out) == (0, f"Exported 0 entries to {tmp_path / 'empty.csv'}.\n")
    assert not folder.exists()


def test_export_delete_import_gives_the_same_summary(
    data: Path, now: datetime, tmp_path: Path
) -> None:
    before = _run(data, now, "summary", "--json")[1]
    export = tmp_path / "backup.json"
    assert _run(data, now, "export", str(export))[:2] == (0, f"Exported 4 entries to {export}.\n")
    history_path(data).unlink()
    assert json.loads(_run(data, now, "summary", "--json")[1]) != json.loads(before)
    code, out, err = _run(data, now, "import", str(export))
    assert (code, out, err) == (0, "4 added, 0 already present, 0 skipped\n", "")
    assert _run(data, now, "summary", "--json")[1] == before
    assert _run(data, now, "import", str(export))[:2] == (
        0,
        "0 added, 4 already present, 0 skipped\n",
    )


def test_import_with_bad_rows_reports_them_and_exits_1(
    data: Path, now: datetime, tmp_path: Path
) -> None:
    export = tmp_path / "rolls.csv"
    _run(data, now, "export", str(export))
    text = export.read_text().replace(",calves,left,150,", ",calves,sideways,150,", 1)
    edited = tmp_path / "edited.csv"
    edited.write_text(text)
    history_path(data).unlink()
    code, out, err = _run(data, now, "import", str(edited))
    assert (code, out) == (1, "3 added, 0 already present, 1 skipped\n")
    assert err.startswith(f"{edited}:") and "side must be left, right or both" in err


def test_an_unreadable_import_is_one_line_and_exit_1(data: Path, now: datetime) -> None:
    code, out, err = _run(data, now, "import", str(data))
    assert (code, out) == (1, "")
    assert (
        err == f"foamroll history import: {data} is not a regular file: give the .csv or "
        ".json file that foamroll history export wrote.\n"
    )


def test_export_to_a_bad_name_exits_2(data: Path, now: datetime, tmp_path: Path) -> None:
    code, _, err = _run(data, now, "export", str(tmp_path / "rolls.xlsx"))
    assert code == 2 and "FILE.csv or FILE.json" in err


def test_a_newer_store_cannot_be_imported_into(data: Path, now: datetime, tmp_path: Path) -> None:
    export = tmp_path / "rolls.csv"
    _run(data, now, "export", str(export))
    with open_history(history_path(data), now=now).store as store:
        store.query("PRAGMA user_version = 9")
    code, out, err = _run(data, now, "import", str(export))
    assert code == 1 and out == ""
    assert "newer version of Foamroll" in err and "Update Foamroll" in err
    assert _run(data, now, "summary", "--json")[0] == 0  # reading still works


def test_an_unusable_data_folder_is_a_message_not_a_traceback(
    tmp_path: Path, now: datetime
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    code, out, err = _run(blocker / "data", now, "import", str(blocker))
    assert (code, out) == (1, "")
    assert err.startswith("foamroll history import: Foamroll cannot keep your history in")
