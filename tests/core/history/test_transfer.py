"""Export and import: the same figures after a round trip, idempotent merges, hostile files."""

from __future__ import annotations

import csv
import json
import os
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foamroll_gui.core.history import (
    COLUMNS,
    HistoryError,
    HistoryStore,
    Review,
    TransferError,
    empty_history,
    export_history,
    import_history,
)
from tests.core.history.conftest import Roller

TODAY = date(2026, 11, 18)
HEADER = ",".join(COLUMNS)
GOOD = (
    "0b6a8d8e-1111-4111-8111-000000000001,0b6a8d8e-2222-4222-8222-000000000001,"
    "2026-11-16T07:30:00+01:00,calves,left,90,30,4,pre-run,timer,easy"
)


def _figures(store: HistoryStore, muscles: tuple[str, ...]) -> list[object]:
    review = Review(store, muscles)
    return [
        review.week_summary(review.week_of(TODAY).shifted(back), TODAY).as_json()
        for back in range(-3, 1)
    ] + [review.heat_map(TODAY), review.tenderness(TODAY), review.days_since(TODAY)]


def _build(roll: Roller) -> None:
    cest = timezone(timedelta(hours=2))
    roll(date(2026, 11, 16), "calves:left", "calves:right", minutes=1.5, tenderness=5)
    roll(date(2026, 11, 17), "it-band:both", minutes=2)
    roll(datetime(2026, 10, 20, 6, 5, 7, tzinfo=cest), "glutes:left", tenderness=0)
    roll(date(2026, 11, 2), "upper-back:both", minutes=0.1)


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_export_then_import_into_an_empty_store_gives_the_same_review(
    store: HistoryStore, roll: Roller, muscles: tuple[str, ...], tmp_path: Path, suffix: str
) -> None:
    _build(roll)
    target = tmp_path / f"rolls{suffix}"
    assert export_history(store, target) == 5
    with empty_history() as fresh:
        report = import_history(fresh, target, muscles)
        assert report.summary == "5 added, 0 already present, 0 skipped"
        assert _figures(fresh, muscles) == _figures(store, muscles)
        assert fresh.entries() == store.entries()
        again = import_history(fresh, target, muscles)
        assert again.summary == "0 added, 5 already present, 0 skipped"
        assert fresh.count() == 5


def test_csv_export_columns_and_values(store: HistoryStore, roll: Roller, tmp_path: Path) -> None:
    _build(roll)
    target = tmp_path / "rolls.csv"
    export_history(store, target)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == HEADER
    rows = list(csv.DictReader(lines))
    glutes = rows[0]  # oldest first
    assert glutes["started_at"] == "2026-10-20T06:05:07+02:00"
    assert (glutes["rolled_s"], glutes["held_s"], glutes["tenderness"]) == ("60", "0", "0")
    assert rows[-1]["tenderness"] == "" and rows[-1]["side"] == "both"
    assert sorted(os.listdir(tmp_path)) == ["data", "rolls.csv"]  # no temporary file left


def test_json_export_is_a_list_of_objects_with_the_same_fields(
    store: HistoryStore, roll: Roller, tmp_path: Path
) -> None:
    _build(roll)
    target = tmp_path / "rolls.JSON"
    target.write_text("an older export, replaced as a user expects")
    export_history(store, target)
    rows = json.loads(target.read_text(encoding="utf-8"))
    assert [list(row) for row in rows] == [list(COLUMNS)] * 5
    assert rows[-1]["tenderness"] is None and rows[-1]["rolled_s"] == 120  # it-band, 2 min


def test_export_needs_a_csv_or_json_name_and_a_folder(store: HistoryStore, tmp_path: Path) -> None:
    with pytest.raises(TransferError, match=r"FILE\.csv or FILE\.json"):
        export_history(store, tmp_path / "rolls.txt")
    with pytest.raises(TransferError, match=r"Could not write .*Choose another folder"):
        export_history(store, tmp_path / "missing" / "rolls.csv")


def test_bad_rows_are_reported_by_line_and_field_and_the_good_ones_go_in(
    store: HistoryStore, muscles: tuple[str, ...], tmp_path: Path
) -> None:
    def row(n: int, **change: str) -> str:
        values = dict(zip(COLUMNS, next(csv.reader([GOOD])), strict=True))
        values["entry_uuid"] = f"0b6a8d8e-1111-4111-8111-{n:012d}"
        values |= change
        return ",".join(values[c] for c in COLUMNS)

    lines = [
        HEADER,
        row(1),
        row(2, muscle="biceps"),
        row(3, started_at="16/11/2026"),
        row(4, side="up"),
        row(5, rolled_s="-5"),
        row(6, tenderness="11"),
        row(7, entry_uuid="nope"),
        row(8, held_s="lots"),
        row(9, source="phone"),
        row(10, note='"two\nlines"'),  # a quoted note over two lines: line numbers follow
        row(11, started_at="2026-11-16T07:30:00"),  # no offset
        "only,three,fields",
        row(12, started_at="2026-11-17T07:30:00+01:00"),  # same session, another start
        "",
        row(13, side="both", tenderness=""),
    ]
    source = tmp_path / "hand-made.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_history(store, source, muscles)
    assert report.summary == "3 added, 0 already present, 11 skipped"
    expected = [
        (3, "muscle 'biceps' is not a muscle group Foamroll knows"),
        (4, "started_at must be a date and time with its UTC offset"),
        (5, "side must be left, right or both (got 'up')"),
        (6, "rolled_s must be zero or more seconds"),
        (7, "tenderness must be a whole number from 0 to 10"),
        (8, "entry_uuid must be a uuid"),
        (9, "held_s must be a number of seconds (got 'lots')"),
        (10, "source must be timer, manual or import (got 'phone')"),
        (13, "started_at must be a date and time with its UTC offset"),
        (14, "has 3 fields where the first line names 11"),
        (15, "has another started_at, routine or source on line 2"),
    ]
    assert len(report.problems) == len(expected)
    for problem, (line, text) in zip(report.problems, expected, strict=True):
        assert problem.startswith(f"{source}:{line}: "), problem
        assert text in problem and problem.endswith("row skipped")
    assert {row.entry.note for row in store.entries()} == {"easy", "two\nlines"}


def test_json_rows_are_reported_by_line(
    store: HistoryStore, muscles: tuple[str, ...], tmp_path: Path
) -> None:
    good = dict(zip(COLUMNS, next(csv.reader([GOOD])), strict=True))
    bad = good | {"entry_uuid": "0b6a8d8e-1111-4111-8111-000000000009", "rolled_s": -1}
    source = tmp_path / "rolls.json"
    source.write_text(
        "[\n" + json.dumps(good, indent=1) + ",\n" + json.dumps(bad, indent=1) + ",\n 7\n]"
    )
    report = import_history(store, source, muscles)
    assert report.summary == "1 added, 0 already present, 2 skipped"
    assert report.problems[0].startswith(f"{source}:15: rolled_s must be zero or more")
    assert report.problems[1].startswith(f"{source}:28: must be an object with the fields")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"a,b,c\n1,2,3\n", "the first line must name the columns"),
        (HEADER.encode() + b"\n" + GOOD.encode() + b"\x00\n", ":2: holds a NUL byte"),
        (HEADER.encode() + b"\n\xff\xfe broken", ":2: is not UTF-8 text"),
        (HEADER.encode() + b'\n"' + b"x" * 200_000 + b'"\n', "the CSV is broken here"),
        (b'[{"entry_uuid": "x",', ":1: the JSON is broken here"),
        (b'{"entries": []}', r"does not start with \["),
        (b"[" * 100_000, "the JSON is broken here"),
        (b"[1e5000000000, " + b"9" * 5000 + b"]", "the JSON is broken here"),
        (b"[] trailing", "more text after the closing"),
    ],
    ids=[
        "empty",
        "header",
        "nul",
        "encoding",
        "huge-field",
        "json",
        "object",
        "deep",
        "int",
        "tail",
    ],
)
def test_a_hostile_file_gives_one_clear_message_and_imports_nothing(
    store: HistoryStore, muscles: tuple[str, ...], tmp_path: Path, content: bytes, message: str
) -> None:
    source = tmp_path / "import.data"
    source.write_bytes(content)
    with pytest.raises(TransferError, match=message) as caught:
        import_history(store, source, muscles)
    assert str(caught.value).startswith(str(source))
    assert "\n" not in str(caught.value)
    assert store.count() == 0


def test_only_regular_files_of_at_most_20_mb_are_read(
    store: HistoryStore, muscles: tuple[str, ...], tmp_path: Path
) -> None:
    with pytest.raises(TransferError, match="is not a regular file"):
        import_history(store, tmp_path, muscles)
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)  # reading it would wait for a writer forever
    with pytest.raises(TransferError, match="is not a regular file"):
        import_history(store, fifo, muscles)
    big = tmp_path / "big.csv"
    with open(big, "wb") as handle:
        handle.truncate(20 * 1024 * 1024 + 1)
    with pytest.raises(TransferError, match="larger than the 20 MB"):
        import_history(store, big, muscles)
    with pytest.raises(TransferError, match="no such file"):
        import_history(store, tmp_path / "missing.csv", muscles)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.binary(max_size=300)
    | st.lists(
        st.sampled_from(
            [HEADER, GOOD, ",", '"', "\n", "\r", "[", "]", "{", "}", "null", "7", "\\"]
        ),
        max_size=12,
    ).map(lambda parts: "".join(parts).encode()),
    suffix=st.sampled_from([".csv", ".json", ".txt"]),
)
def test_any_bytes_import_or_give_a_history_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    source = tmp_path_factory.getbasetemp() / f"fuzz{suffix}"
    source.write_bytes(data)
    with empty_history() as store:
        try:
            report = import_history(store, source, ["calves"])
        except HistoryError as exc:
            assert str(exc)
        else:
            assert report.added + report.skipped + report.present >= 0
            assert store.count() == report.added
