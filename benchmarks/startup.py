"""Start-up cost of Foamroll against a bare PySide6 window.

Runs `foamroll --quit-after-startup` and benchmarks/bare_window.py alternately (default 12
rounds), each to its first painted frame and exit, and prints the medians, the spread (the
quartiles) and the ratios of wall time and peak RSS. Goal for the life of the project: both
ratios <= 1.4.

    python benchmarks/startup.py [--pairs N] [--restore MUSCLE_ID] [--source DIR ...]
    python benchmarks/startup.py --instance-check [--pairs N] [--source DIR ...]

--restore starts Foamroll as a returning user whose last muscle (and its illustrated steps) is
shown at once; the default is a first run (no settings file), with the welcome page.
--source DIR runs Foamroll from another copy of the sources (a folder holding foamroll_gui/,
content/ and assets/); given more than once, the copies run in turn in each round, so an A/B
comparison shares the same noise. Each copy gets its own start-up cache in a scratch folder,
warmed by one run first. CPU time (user + system) is less disturbed than wall time by other
work on the machine, and the number of modules imported before the first frame (one more run
each, with -X importtime) not at all.

--instance-check times, instead, what a user's launch adds that --quit-after-startup skips: the
one-instance check (importing it, asking for a running Foamroll, listening as the first), in a
child process that has loaded Qt as ``foamroll`` has by then.
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
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


class Run(NamedTuple):
    wall_ms: float
    #: user + system CPU time: less disturbed than wall time by other work on the machine
    cpu_ms: float
    rss_mb: float
    #: the last line the command printed (Foamroll's own first-frame milliseconds)
    printed: str


def run_once(command: list[str], env: dict[str, str], cwd: Path) -> Run:
    """Wall and CPU milliseconds, peak RSS and the last line printed by one run of ``command``
    in ``cwd`` (not the checkout: ``python -m`` would find its package before PYTHONPATH's)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000.0
    process.returncode = os.waitstatus_to_exitcode(status)
    stdout = process.stdout.read().decode() if process.stdout else ""
    stderr = process.stderr.read().decode() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr}")
    lines = stdout.strip().splitlines()
    cpu = (usage.ru_utime + usage.ru_stime) * 1000.0
    return Run(elapsed, cpu, usage.ru_maxrss / 1024.0, lines[-1] if lines else "")


def modules_before_first_frame(command: list[str], env: dict[str, str], cwd: Path) -> list[str]:
    """The modules one run of ``command`` imports before its first frame: ``-X importtime``
    names each on stderr as it is imported, and Foamroll's probe prints its milliseconds on
    stdout at the first frame; one pipe for both keeps them in order. (The bare window prints
    nothing and imports nothing after its first frame.) A module imported with importlib (the
    start-up cache decoding a class) is not seen: tests/ui/test_lazy_screens.py reads
    ``sys.modules`` at the first frame to hold those back."""
    traced = [command[0], "-X", "importtime", *command[1:]]
    result = subprocess.run(
        traced, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    modules = []
    for line in result.stdout.splitlines():
        if line.strip().isdigit():
            break
        if line.startswith("import time:") and "|" in line and "imported package" not in line:
            modules.append(line.rsplit("|", 1)[-1].strip())
    return modules


def spread(values: list[float], digits: int = 1) -> str:
    """The median with the first and third quartiles: how noisy the figure is."""
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return f"{median:.{digits}f} [{q1:.{digits}f}..{q3:.{digits}f}]"


#: a launch's one-instance check, timed in a child that has loaded what ``foamroll`` has by then
INSTANCE_CHECK = """
import sys, time
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
start = time.perf_counter()
from foamroll_gui.ui import single_instance
data, config = Path(sys.argv[1]), Path(sys.argv[2])
assert single_instance.hand_over(data, config, None) is None, "another Foamroll runs there"
handed = time.perf_counter()
app = QApplication(sys.argv[:1])
listening = time.perf_counter()
server = single_instance.listen_as_first(data, config, None, app)
assert server is not None
print(f"{(handed - start + time.perf_counter() - listening) * 1000:.2f}")
server.close()
"""


def instance_check(runs: dict[str, dict[str, str]], pairs: int, scratch: Path) -> int:
    """Milliseconds of the one-instance check, per copy of the sources."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    folders = [str(scratch / "data" / "foamroll"), str(scratch / "config" / "foamroll")]
    for _ in range(pairs + 1):  # the first round warms the file cache and writes bytecode
        for name, env in runs.items():
            command = [sys.executable, "-c", INSTANCE_CHECK, *folders]
            times[name].append(float(run_once(command, env, scratch).printed))
    print(f"rounds: {pairs}; the one-instance check of a launch, median [quartiles]")
    for name, values in times.items():
        print(f"{name}: {spread(values[1:], 2)} ms")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=12)
    parser.add_argument(
        "--restore",
        metavar="MUSCLE_ID",
        help="start as a returning user whose last muscle was this one (default: first run)",
    )
    parser.add_argument(
        "--instance-check",
        action="store_true",
        help="time the one-instance check a launch makes (skipped by --quit-after-startup)",
    )
    parser.add_argument(
        "--source",
        metavar="DIR",
        action="append",
        type=Path,
        help="run Foamroll from this copy of the sources (repeat to compare copies)",
    )
    args = parser.parse_args()
    if args.pairs < 10:
        parser.error("--pairs must be at least 10")
    scratch = Path(tempfile.mkdtemp(prefix="foamroll-bench-"))
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["QT_LOGGING_RULES"] = "qt.multimedia.*=false"
    env["PYTHONFAULTHANDLER"] = "1"  # a crash says where
    # An installed app runs from compiled bytecode (pip compiles it), so the warm-up run may
    # write it; without this, a shell that sets PYTHONDONTWRITEBYTECODE makes every run compile
    # every changed module again (about 45 ms here).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # The folders as a user's start finds them: through platformdirs (the XDG variables here),
    # not FOAMROLL_*_DIR, which would skip importing it (a few ms of every real start).
    for name in ("FOAMROLL_DATA_DIR", "FOAMROLL_CONFIG_DIR", "FOAMROLL_CACHE_DIR"):
        env.pop(name, None)
    env["XDG_DATA_HOME"] = str(scratch / "data")
    env["XDG_CONFIG_HOME"] = str(scratch / "config")
    settings_file = scratch / "config" / "foamroll" / "settings.json"

    def set_the_case() -> None:
        """Before every run of the app: no settings file (a first run), or the returning user's
        (a run may have saved its own at quitting)."""
        settings_file.unlink(missing_ok=True)
        if args.restore:
            settings_file.parent.mkdir(parents=True, exist_ok=True)
            window = {"last_muscle": args.restore, "map_face": "back"}
            settings = {"version": 2, "preferences": {}, "window": window}
            settings_file.write_text(json.dumps(settings))

    svg = ROOT / "assets" / "bodymap" / "front.svg"
    app = [sys.executable, "-m", "foamroll_gui", "--quit-after-startup"]
    runs: dict[str, tuple[list[str], dict[str, str]]] = {
        "bare": ([sys.executable, str(HERE / "bare_window.py"), str(svg)], env)
    }
    for number, source in enumerate(args.source or [None]):
        name = "foamroll" if source is None else f"foamroll {source}"
        own = dict(env, XDG_CACHE_HOME=str(scratch / f"cache{number}"))
        if source is not None:
            own["PYTHONPATH"] = str(source.resolve())
        runs[name] = (app, own)
    if args.instance_check:
        del runs["bare"]
        return instance_check({name: env for name, (_, env) in runs.items()}, args.pairs, scratch)
    for command, run_env in runs.values():
        set_the_case()
        run_once(command, run_env, scratch)  # warm the file cache, and fill the start-up cache
    times: dict[str, list[float]] = {name: [] for name in runs}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    rss: dict[str, list[float]] = {name: [] for name in runs}
    probe: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.pairs):
        for name, (command, run_env) in runs.items():
            set_the_case()
            run = run_once(command, run_env, scratch)
            times[name].append(run.wall_ms)
            cpu[name].append(run.cpu_ms)
            rss[name].append(run.rss_mb)
            if run.printed.replace(".", "", 1).isdigit():
                probe[name].append(float(run.printed))
    case = "last muscle " + args.restore if args.restore else "first run"
    print(f"rounds: {args.pairs}, {case}; median [quartiles]")
    t_bare, m_bare = statistics.median(times["bare"]), statistics.median(rss["bare"])
    c_bare = statistics.median(cpu["bare"])
    for name, (command, run_env) in runs.items():
        set_the_case()
        modules = modules_before_first_frame(command, run_env, scratch)
        ours = sum(1 for module in modules if module.startswith("foamroll_gui"))
        print(f"{name}:")
        print(f"  modules imported before the first frame: {len(modules)} ({ours} of Foamroll)")
        print(f"  wall to exit {spread(times[name])} ms, CPU {spread(cpu[name])} ms")
        if probe[name]:
            print(f"  first frame at {spread(probe[name])} ms (its own probe)")
        print(f"  peak RSS {spread(rss[name])} MB")
        if name != "bare":
            t_ratio = statistics.median(times[name]) / t_bare
            pairs = [a / b for a, b in zip(times[name], times["bare"], strict=True)]
            print(f"  time ratio: {t_ratio:.2f} (per round {spread(pairs, 2)})  (goal <= 1.4)")
            print(f"  CPU ratio:  {statistics.median(cpu[name]) / c_bare:.2f}")
            print(f"  RSS ratio:  {statistics.median(rss[name]) / m_bare:.2f}   (goal <= 1.4)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
