"""Start-up cost of Foamroll against a bare PySide6 window.

Runs `foamroll --quit-after-startup` and benchmarks/bare_window.py alternately (default 12
pairs), each to its first painted frame and exit, and prints the medians and the ratios of wall
time and peak RSS. Goal for the life of the project: both ratios <= 1.4.

    python benchmarks/startup.py [--pairs N] [--restore MUSCLE_ID]

--restore starts Foamroll as a returning user whose last muscle (and its illustrated steps) is
shown at once; the default is a first run, with the welcome page.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall milliseconds and peak RSS (MB) of one run of ``command``."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000.0
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr}")
    return elapsed, usage.ru_maxrss / 1024.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=12)
    parser.add_argument(
        "--restore",
        metavar="MUSCLE_ID",
        help="start as a returning user whose last muscle was this one (default: first run)",
    )
    args = parser.parse_args()
    if args.pairs < 10:
        parser.error("--pairs must be at least 10")
    scratch = Path(tempfile.mkdtemp(prefix="foamroll-bench-"))
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["QT_LOGGING_RULES"] = "qt.multimedia.*=false"
    env["FOAMROLL_DATA_DIR"] = str(scratch / "data")
    env["FOAMROLL_CONFIG_DIR"] = str(scratch / "config")
    if args.restore:
        (scratch / "config").mkdir(parents=True)
        window = {"last_muscle": args.restore, "map_face": "back"}
        settings = {"version": 2, "preferences": {}, "window": window}
        (scratch / "config" / "settings.json").write_text(json.dumps(settings))
    svg = ROOT / "assets" / "bodymap" / "front.svg"
    app = [sys.executable, "-m", "foamroll_gui", "--quit-after-startup"]
    bare = [sys.executable, str(HERE / "bare_window.py"), str(svg)]
    run_once(app, env)  # warm the file cache for both
    run_once(bare, env)
    times: dict[str, list[float]] = {"app": [], "bare": []}
    rss: dict[str, list[float]] = {"app": [], "bare": []}
    for _ in range(args.pairs):
        for name, command in (("app", app), ("bare", bare)):
            ms, mb = run_once(command, env)
            times[name].append(ms)
            rss[name].append(mb)
    t_app, t_bare = statistics.median(times["app"]), statistics.median(times["bare"])
    m_app, m_bare = statistics.median(rss["app"]), statistics.median(rss["bare"])
    print(f"pairs: {args.pairs}, {'last muscle ' + args.restore if args.restore else 'first run'}")
    print(f"foamroll: median {t_app:.0f} ms to first frame and exit, peak RSS {m_app:.1f} MB")
    print(f"bare:     median {t_bare:.0f} ms to first frame and exit, peak RSS {m_bare:.1f} MB")
    print(f"time ratio: {t_app / t_bare:.2f}   (goal <= 1.4)")
    print(f"RSS ratio:  {m_app / m_bare:.2f}   (goal <= 1.4)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
