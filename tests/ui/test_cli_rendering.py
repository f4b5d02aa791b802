"""`foamroll screenshot` and `foamroll render-illustrations`, run as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import Foamroll


@pytest.mark.end2end
def test_screenshot_writes_a_png_of_the_requested_size(foamroll: Foamroll, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    result = foamroll("screenshot", str(out), "--muscle", "calves", "--size", "1024x640", "--dark")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 640)


@pytest.mark.end2end
def test_screenshot_rejects_an_unknown_muscle(foamroll: Foamroll, tmp_path: Path) -> None:
    result = foamroll("screenshot", str(tmp_path / "x.png"), "--muscle", "biceps")
    assert result.returncode == 2
    assert "unknown muscle 'biceps'" in result.stderr


@pytest.mark.end2end
def test_render_illustrations_writes_every_step_and_a_sheet(
    foamroll: Foamroll, tmp_path: Path
) -> None:
    result = foamroll("render-illustrations", str(tmp_path), "--contact-sheet")
    assert result.returncode == 0, result.stderr
    pictures = sorted(p.name for p in tmp_path.glob("*.png"))
    assert "contact-sheet.png" in pictures
    assert "calves-roll.png" in pictures
    assert len(pictures) >= 60
