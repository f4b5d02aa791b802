"""Issue 9: the commands that write files never destroy one, and say why they failed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Foamroll

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.mark.end2end
def test_screenshot_never_empties_a_file_that_is_not_a_png(
    foamroll: Foamroll, tmp_path: Path
) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# My notes\n", encoding="utf-8")
    result = foamroll("screenshot", str(readme), "--size", "320x200")
    assert result.returncode == 1
    assert "is not a PNG picture" in result.stderr and "--force" in result.stderr
    assert "Traceback" not in result.stderr
    assert readme.read_text(encoding="utf-8") == "# My notes\n"

    forced = foamroll("screenshot", str(readme), "--size", "320x200", "--force")
    assert forced.returncode == 0, forced.stderr
    assert readme.read_bytes().startswith(PNG_SIGNATURE)


@pytest.mark.end2end
def test_a_screenshot_into_a_missing_folder_gives_the_reason(
    foamroll: Foamroll, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = foamroll("screenshot", str(blocker / "shot.png"), "--size", "320x200")
    assert result.returncode == 1
    assert "Not a directory" in result.stderr and "nothing was written" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.end2end
def test_render_illustrations_reports_read_only_files_instead_of_success(
    foamroll: Foamroll,
    tmp_path: Path,
) -> None:
    kept = tmp_path / "calves-roll.svg"
    kept.write_text("<svg>mine</svg>", encoding="utf-8")
    kept.chmod(0o444)
    result = foamroll("render-illustrations", str(tmp_path), "--format", "svg")
    assert result.returncode == 1
    assert "Wrote" not in result.stdout
    assert "calves-roll.svg is read-only" in result.stderr
    assert kept.read_text(encoding="utf-8") == "<svg>mine</svg>"
