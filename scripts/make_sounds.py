"""Write the timer's cue sounds into ``assets/sounds/`` (standard library only).

    python scripts/make_sounds.py [--out DIR]

Four short 16-bit mono 44.1 kHz WAV files, soft enough to run beside music:

- ``tick.wav``   a soft metronome tick, one rolling pass (40 ms)
- ``count.wav``  a short beep for each of the last three seconds of a phase (120 ms)
- ``phase.wav``  a rising two-note chime at a phase change, clearly unlike the beep (350 ms)
- ``done.wav``   a four-note arpeggio when the routine is finished (1 s)

Every note fades in and out along a raised cosine, so no file starts or ends with a click. The
output is deterministic: running the script again gives the same bytes (a test checks that the
committed files are what it writes).
"""

from __future__ import annotations

import argparse
import io
import math
import os
import struct
import sys
import tempfile
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

RATE = 44_100
FULL_SCALE = 32_767
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "assets" / "sounds"


@dataclass(frozen=True)
class Note:
    frequency: float  # Hz
    start: float  # seconds from the start of the sound
    length: float  # seconds
    partials: tuple[tuple[float, float], ...] = ((1.0, 1.0),)  # (frequency ratio, amplitude)
    attack: float = 0.005  # seconds of raised-cosine fade-in
    release: float = 0.03  # seconds of raised-cosine fade-out, ending at the note's end
    decay: float = 0.2  # time constant of the exponential decay, seconds
    gain: float = 1.0


def render(notes: Sequence[Note], seconds: float, peak: float) -> list[float]:
    """Mix the notes into ``seconds`` of samples, scaled so the loudest is ``peak`` (0-1)."""
    frames = round(seconds * RATE)
    mix = [0.0] * frames
    for note in notes:
        first = round(note.start * RATE)
        count = min(round(note.length * RATE), frames - first)
        for n in range(count):
            t = n / RATE
            left = (count - 1 - n) / RATE
            envelope = note.gain * math.exp(-t / note.decay)
            if t < note.attack:
                envelope *= 0.5 - 0.5 * math.cos(math.pi * t / note.attack)
            if left < note.release:
                envelope *= 0.5 - 0.5 * math.cos(math.pi * left / note.release)
            wave_value = sum(
                amplitude * math.sin(2 * math.pi * note.frequency * ratio * t)
                for ratio, amplitude in note.partials
            )
            mix[first + n] += envelope * wave_value
    loudest = max(abs(value) for value in mix)
    return [value * peak / loudest for value in mix]


def tick() -> list[float]:
    woody = ((1.0, 1.0), (2.76, 0.25))
    return render(
        [Note(1600.0, 0.0, 0.04, woody, attack=0.002, release=0.012, decay=0.012)], 0.04, peak=0.3
    )


def count() -> list[float]:
    beep = ((1.0, 1.0), (2.0, 0.2), (3.0, 0.06))
    return render(
        [Note(880.0, 0.0, 0.12, beep, attack=0.006, release=0.04, decay=0.25)], 0.12, peak=0.45
    )


def phase() -> list[float]:
    bell = ((1.0, 1.0), (2.0, 0.3), (3.0, 0.1))
    notes = [
        Note(783.99, 0.0, 0.16, bell, release=0.05, decay=0.15),  # G5
        Note(1046.5, 0.13, 0.22, bell, release=0.08, decay=0.18),  # C6
    ]
    return render(notes, 0.35, peak=0.45)


def done() -> list[float]:
    bell = ((1.0, 1.0), (2.0, 0.3), (3.0, 0.1))
    pitches = (523.25, 659.25, 783.99)  # C5 E5 G5, then C6 held longer
    notes = [Note(f, 0.15 * i, 0.3, bell, release=0.1, decay=0.2) for i, f in enumerate(pitches)]
    notes.append(Note(1046.5, 0.45, 0.55, bell, release=0.25, decay=0.3))
    return render(notes, 1.0, peak=0.45)


SOUNDS: dict[str, Callable[[], list[float]]] = {
    "tick.wav": tick,
    "count.wav": count,
    "phase.wav": phase,
    "done.wav": done,
}


def wav_bytes(samples: Sequence[float]) -> bytes:
    """16-bit mono PCM WAV of samples in -1..1."""
    pcm = struct.pack(
        f"<{len(samples)}h",
        *(max(-FULL_SCALE, min(FULL_SCALE, round(s * FULL_SCALE))) for s in samples),
    )
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(pcm)
    return buffer.getvalue()


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, fsync it, then rename it into place."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes it private; a sound is for everyone to read
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write Foamroll's cue sounds as WAV files.")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write into")
    args = parser.parse_args(argv)
    out: Path = args.out
    try:
        out.mkdir(parents=True, exist_ok=True)
        for name, make in SOUNDS.items():
            data = wav_bytes(make())
            write_atomic(out / name, data)
            print(f"{out / name}  {len(data):,} bytes")
    except OSError as exc:
        print(f"make_sounds: cannot write into {out}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
