"""A routine killed half way keeps what was finished: ``foamroll --start-routine … --time-scale 60``
in a child process, SIGKILL once two sides are in the history, then the file is whole."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing, suppress
from pathlib import Path

import pytest

ROUTINE = "basic-four"  # 6 minutes: 6 seconds at 60 times the speed


def entry_count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)) as conn:
            return int(conn.execute("SELECT count(*) FROM entries").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


@pytest.mark.end2end
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is a POSIX signal")
def test_killed_half_way_the_finished_sides_stay_and_the_file_is_whole(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QT_LOGGING_RULES="qt.multimedia.*=false",
        FOAMROLL_SPEECH_ENGINE="mock",
        FOAMROLL_DATA_DIR=str(data),
        FOAMROLL_CONFIG_DIR=str(tmp_path / "config"),
        FOAMROLL_CACHE_DIR=str(tmp_path / "cache"),
    )
    db = data / "history.sqlite"
    command = [sys.executable, "-m", "foamroll_gui", "--start-routine", ROUTINE]
    child = subprocess.Popen(
        [*command, "--time-scale", "60"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while entry_count(db) < 2:
            assert child.poll() is None, child.stderr.read() if child.stderr else ""
            assert time.monotonic() < deadline, "no two sides written within 30 s"
            with suppress(subprocess.TimeoutExpired):
                child.wait(timeout=0.05)  # waits on the child, returns as soon as it exits
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stderr:
            child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        sessions = conn.execute("SELECT routine, ended_at FROM sessions").fetchall()
        assert sessions == [(ROUTINE, None)]  # killed: never ended, but kept
        entries = conn.execute("SELECT muscle, side, rolled_s FROM entries").fetchall()
    assert len(entries) >= 2
    assert all(rolled > 0 for _, _, rolled in entries)
    assert entries[0][0] == "calves"
