"""Sound and speech cues of the timer: short tones from ``assets/sounds/`` and spoken phrases.

The timer screen talks to a :class:`CueSink`; tests hand it a recording fake. :class:`QtCues`
plays tones with QSoundEffect and speaks with ONE QTextToSpeech, both created only when the
timer screen first opens (:meth:`QtCues.prepare`). Without an audio device or a speech engine the
cues are silent: no dialog, no exception, no wait.

Two switches meet in :class:`QtCues`: the user's preferences (:meth:`QtCues.set_preferences`,
followed at once when they change) and the timer's mute key (``sounds`` and ``voice``); a cue
plays only when both allow it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from PySide6.QtCore import QObject, QUrl

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect
    from PySide6.QtTextToSpeech import QTextToSpeech

Tone = Literal["count", "phase", "done", "tick"]
TONES: tuple[Tone, ...] = ("count", "phase", "done", "tick")


class CueSink(Protocol):
    """Where the timer screen sends its cues. ``sounds`` and ``voice`` switch each kind off."""

    sounds: bool
    voice: bool

    def prepare(self) -> None:
        """Called when the timer screen first opens: make the players now, not at import."""

    def tone(self, tone: Tone) -> None: ...

    def say(self, text: str) -> None: ...

    def stop(self) -> None:
        """Stop speaking at once (the routine stopped or the screen closed)."""


class QtCues(QObject):
    """Tones with QSoundEffect, speech with one QTextToSpeech (``engine``: e.g. "mock").

    ``sounds``, ``voice`` and ``voice_name`` are the user's preferences; the attributes
    ``sounds`` and ``voice`` are the timer's mute switches, on at first."""

    def __init__(
        self,
        sounds_dir: Path,
        *,
        engine: str | None = None,
        sounds: bool = True,
        voice: bool = True,
        voice_name: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.sounds_dir = sounds_dir
        self.engine = engine
        self.sounds = True
        self.voice = True
        self.sounds_preferred = sounds
        self.voice_preferred = voice
        self.voice_name = voice_name
        self._prepared = False
        self._effects: dict[Tone, QSoundEffect] = {}
        self._speech: QTextToSpeech | None = None

    @property
    def speech(self) -> QTextToSpeech | None:
        """The one speech object, or None when there is no usable engine (or not prepared)."""
        return self._speech

    @property
    def prepared(self) -> bool:
        """Whether the players were made (the timer screen has opened)."""
        return self._prepared

    def prepare(self) -> None:
        if self._prepared:
            return
        self._prepared = True
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # no QtMultimedia libraries (libpulse): tones stay silent
            pass
        else:
            for tone in TONES:
                path = self.sounds_dir / f"{tone}.wav"
                if path.is_file():
                    effect = QSoundEffect(self)
                    effect.setSource(QUrl.fromLocalFile(str(path)))
                    effect.setVolume(0.8 if tone != "tick" else 0.4)
                    self._effects[tone] = effect
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            return
        engines = [e for e in QTextToSpeech.availableEngines() if _engine_usable(e)]
        engine = self.engine if self.engine in engines else None
        if engine is None and self.engine is None and engines:
            engine = next((e for e in engines if e != "mock"), None)
        if engine is None:
            return
        speech = QTextToSpeech(engine, self)
        if speech.state() == QTextToSpeech.State.Error:
            speech.deleteLater()
            return
        self._speech = speech
        self._use_voice()

    # -- the user's preferences -------------------------------------------------------------
    def set_preferences(self, *, sounds: bool, voice: bool, voice_name: str) -> None:
        """Follow the preferences from now on; turning the voice off stops it speaking."""
        self.sounds_preferred = sounds
        self.voice_preferred = voice
        changed = voice_name != self.voice_name
        self.voice_name = voice_name
        if not voice:
            self.stop()
        if changed:
            self._use_voice()

    def voices(self) -> list[str] | None:
        """The names of the engine's voices, or None while there is no speech object (it is
        made when the timer screen first opens; nothing here creates one)."""
        speech = self._speech
        if speech is None or speech.state() == speech.State.Error:
            return None
        return [voice.name() for voice in speech.availableVoices()]

    def _use_voice(self) -> None:
        """Speak with the chosen voice, when the engine has one of that name."""
        speech = self._speech
        if speech is None or not self.voice_name:
            return
        for voice in speech.availableVoices():
            if voice.name() == self.voice_name:
                speech.setVoice(voice)
                return

    # -- cues -------------------------------------------------------------------------------
    def tone(self, tone: Tone) -> None:
        effect = self._effects.get(tone)
        if not (self.sounds and self.sounds_preferred) or effect is None:
            return
        if effect.status() != effect.Status.Error:  # no audio device: Error, and silence
            effect.play()

    def say(self, text: str) -> None:
        speech = self._speech
        if not (self.voice and self.voice_preferred) or speech is None:
            return
        if speech.state() == speech.State.Error:
            return
        speech.say(text)

    def stop(self) -> None:
        if self._speech is not None and self._speech.state() != self._speech.State.Error:
            self._speech.stop()


def _engine_usable(engine: str) -> bool:
    """Whether an engine's plug-in can load. The speechd plug-in needs libspeechd; trying it
    without logs an error, and several failed speech objects have crashed Python at exit."""
    if engine != "speechd":
        return True
    import ctypes.util

    return ctypes.util.find_library("speechd") is not None


class PassMetronome:
    """A soft tick at the end of every rolling pass (``seconds`` apart) while a roll runs.

    ``due`` is called on every redraw with where the routine is; it says when a tick is due,
    once per pass, from the clock's elapsed time (so it never drifts with the redraws).
    """

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self._last: tuple[int, int] | None = None  # (phase index, passes done)

    def due(self, index: int, kind: str, elapsed: float, paused: bool) -> bool:
        if not self.seconds or kind != "roll" or paused:
            return False
        passes = int((elapsed + 1e-6) // self.seconds)  # a float a hair short of the pass
        last, self._last = self._last, (index, passes)
        return last is not None and last[0] == index and passes > last[1]
