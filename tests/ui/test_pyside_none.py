"""The app survives PySide6 6.12.0's lost references to None (see ui/_pyside_none.py)."""

from __future__ import annotations

import subprocess
import sys

PROGRAM = """
import sys
from PySide6.QtCore import QPointF
import foamroll_gui.ui  # applies the fix
point = QPointF()
for _ in range(200_000):  # far more void calls than None has references
    point.setX(1.0)
print("alive")
"""


def test_many_void_qt_calls_do_not_kill_the_process() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "alive"
