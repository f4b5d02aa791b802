"""The committed cue sounds are exactly what scripts/make_sounds.py writes, and are short,
gentle WAVs the timer can play."""

from __future__ import annotations

import importlib.util
import io
import itertools
import struct
import sys
import wave
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]
SOUNDS = ROOT / "assets" / "sounds"
# name: (shortest, longest) in seconds
LENGTHS = {
    "tick.wav": (0.02, 0.06),
    "count.wav": (0.08, 0.2),
    "phase.wav": (0.25, 0.5),
    "done.wav": (0.5, 1.5),
}


@pytest.fixture(scope="module")
def make_sounds() -> Iterator[ModuleType]:
    """scripts/make_sounds.py as a module (dataclasses need it in sys.modules while it loads)."""
    name = "foamroll_test_make_sounds"
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "make_sounds.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[name]


def samples(data: bytes) -> tuple[wave._wave_params, tuple[int, ...]]:
    with wave.open(io.BytesIO(data)) as wav:
        params = wav.getparams()
        frames = wav.readframes(params.nframes)
    return params, struct.unpack(f"<{params.nframes}h", frames)


def test_the_script_makes_exactly_the_committed_files(make_sounds: ModuleType) -> None:
    assert set(make_sounds.SOUNDS) == set(LENGTHS)
    assert sorted(p.name for p in SOUNDS.glob("*.wav")) == sorted(LENGTHS)
    for name, make in make_sounds.SOUNDS.items():
        assert (SOUNDS / name).read_bytes() == make_sounds.wav_bytes(make()), (
            f"assets/sounds/{name} is stale: run python scripts/make_sounds.py and commit"
        )


@pytest.mark.parametrize("name", sorted(LENGTHS))
def test_each_cue_is_a_short_gentle_mono_wav(name: str) -> None:
    params, pcm = samples((SOUNDS / name).read_bytes())
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 44_100)
    shortest, longest = LENGTHS[name]
    assert shortest <= params.nframes / params.framerate <= longest
    # moderate volume: loud enough to hear, far from clipping
    peak = max(abs(s) for s in pcm)
    assert 0.2 * 32_767 <= peak <= 0.6 * 32_767
    # fades in and out: no click at either end, and no jump anywhere in between
    assert max(abs(s) for s in pcm[:3] + pcm[-3:]) <= 0.001 * 32_767
    assert max(abs(a - b) for a, b in itertools.pairwise(pcm)) <= 0.15 * 32_767


def test_the_cues_are_told_apart_by_length(make_sounds: ModuleType) -> None:
    lengths = [len(make_sounds.SOUNDS[name]()) for name in ("tick.wav", "count.wav", "phase.wav")]
    assert lengths == sorted(lengths) and len(set(lengths)) == 3


def test_the_script_writes_into_a_folder_and_leaves_no_temporary_files(
    make_sounds: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sounds"
    assert make_sounds.main(["--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(LENGTHS)
    for name in LENGTHS:
        assert (out / name).read_bytes() == (SOUNDS / name).read_bytes()
    assert "tick.wav" in capsys.readouterr().out


def test_an_unwritable_folder_is_one_line_on_stderr(
    make_sounds: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert make_sounds.main(["--out", str(blocker / "sounds")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("make_sounds: cannot write into ") and err.count("\n") == 1
