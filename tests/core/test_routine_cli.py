"""``foamroll routine list|plan``: what a runner reads in the terminal, and the exit codes."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from foamroll_gui.__main__ import main
from foamroll_gui.core.content.loader import load_content
from foamroll_gui.core.content.routine_file import routine_to_yaml
from foamroll_gui.core.resources import content_dir
from foamroll_gui.core.session import HOLD_SECONDS, PHASE_KINDS


def test_list_names_every_routine_with_id_first_and_minutes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["routine", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    content = load_content(content_dir())
    assert [line.split("\t")[0] for line in lines] == [r.id for r in content.routines]
    post_run = next(line for line in lines if line.startswith("post-run\t"))
    assert post_run.split("\t")[1] == "Post-run recovery"
    assert post_run.endswith(" min")


@pytest.mark.parametrize("tolerance", ["high", "medium", "low"])
def test_plan_json_holds_last_as_long_as_the_pain_tolerance_says(
    capsys: pytest.CaptureFixture[str], tolerance: str
) -> None:
    assert main(["routine", "plan", "post-run", "--pain-tolerance", tolerance, "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["routine"] == "post-run"
    assert plan["pain_tolerance"] == tolerance
    assert plan["total_seconds"] == sum(p["seconds"] for p in plan["phases"])
    assert {p["kind"] for p in plan["phases"]} <= set(PHASE_KINDS)
    holds = [p for p in plan["phases"] if p["kind"] == "hold"]
    assert holds and {p["seconds"] for p in holds} == {HOLD_SECONDS[tolerance]}  # type: ignore[index]
    first = plan["phases"][:5]
    assert [p["kind"] for p in first] == ["transition", "roll", "hold", "switch", "roll"]
    assert first[0] == {"kind": "transition", "muscle": "calves", "side": "right", "seconds": 10}
    assert first[3]["side"] == "left"


def test_pre_run_has_no_holds_and_a_lower_tolerance_lengthens_post_run(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main(["routine", "plan", "pre-run", "--json"])
    pre = json.loads(capsys.readouterr().out)
    assert all(p["kind"] != "hold" for p in pre["phases"])
    totals = {}
    for tolerance in ("high", "low"):
        main(["routine", "plan", "post-run", "--pain-tolerance", tolerance, "--json"])
        totals[tolerance] = json.loads(capsys.readouterr().out)["total_seconds"]
    assert totals["low"] > totals["high"]


def test_plan_without_json_prints_a_readable_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["routine", "plan", "basic-four", "--pain-tolerance", "high"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Simple four: ")
    assert "pain tolerance high" in out[0]
    assert out[1].split()[0] == "transition"


def test_unknown_routine_is_one_line_naming_the_known_ids_exit_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["routine", "plan", "marathon"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    assert "'marathon'" in lines[0]
    for known in ("post-run", "pre-run", "basic-four"):
        assert known in lines[0]


def test_bad_tolerance_is_refused_by_the_parser(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["routine", "plan", "post-run", "--pain-tolerance", "extreme"])
    assert exit_info.value.code == 2
    assert "high" in capsys.readouterr().err


def test_list_and_plan_include_the_users_own_routines_and_name_a_broken_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """What the Routine screen saves, the terminal can list and plan; a broken file is named
    on stderr and the rest still works."""
    folder = tmp_path / "data" / "routines"
    folder.mkdir(parents=True)
    content = load_content(content_dir())
    mine = replace(content.routine("basic-four"), id="my-four", name="My four")
    (folder / "my-four.yaml").write_text(routine_to_yaml(mine), encoding="utf-8")
    (folder / "broken.yaml").write_text("name: [unclosed\n", encoding="utf-8")
    data = ["--data-dir", str(tmp_path / "data")]

    assert main([*data, "routine", "list"]) == 0
    captured = capsys.readouterr()
    assert "my-four\tMy four\t" in captured.out
    assert "broken.yaml" in captured.err
    assert main([*data, "routine", "plan", "my-four", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["routine"] == "my-four"
