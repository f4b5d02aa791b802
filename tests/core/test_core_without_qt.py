"""The core runs where PySide6 cannot be imported at all, and so does the terminal CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BLOCK_QT = """
import importlib.abc, sys
class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is blocked in this test")
        return None
sys.meta_path.insert(0, NoQt())
"""

PROGRAM = (
    BLOCK_QT
    + """
import pkgutil, importlib
import foamroll_gui.core as core
for info in pkgutil.walk_packages(core.__path__, "foamroll_gui.core."):
    importlib.import_module(info.name)
from foamroll_gui.core.library import load_library
from foamroll_gui.core.resources import content_dir
content = load_library(content_dir()).content
from foamroll_gui.__main__ import main
assert main(["check-content"]) == 0
assert main(["show", "it-band"]) == 0
assert "PySide6" not in sys.modules
print("core ok", len(content.muscles))
"""
)


@pytest.mark.end2end
def test_core_and_terminal_commands_run_without_qt(project_root: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        cwd=project_root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "core ok 12" in result.stdout
