"""The real cue players: the ``mock`` speech engine speaks headless; with no audio device the
tones are silent, and a missing speech engine is silent too. Nothing hangs or raises."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from foamroll_gui.core.resources import asset_path
from foamroll_gui.ui.cues import TONES, QtCues

# No sound card on the test machines: QtMultimedia says so, and that is the case under test.
pytestmark = pytest.mark.qt_log_ignore("QSoundEffect", "PulseAudio", "pa_context")


def sounds_dir() -> Path:
    return asset_path("sounds")


def test_every_tone_is_shipped() -> None:
    for tone in TONES:
        assert (sounds_dir() / f"{tone}.wav").stat().st_size > 44  # more than a WAV header


def test_nothing_is_created_before_the_timer_screen_opens(qtbot: QtBot) -> None:
    owner = QObject()
    cues = QtCues(sounds_dir(), engine="mock", parent=owner)
    assert cues.speech is None
    assert owner.findChildren(QTextToSpeech) == []


def test_one_speech_object_speaks_with_the_mock_engine(qtbot: QtBot) -> None:
    cues = QtCues(sounds_dir(), engine="mock")
    cues.prepare()
    cues.prepare()
    assert len(cues.findChildren(QTextToSpeech)) == 1
    speech = cues.speech
    assert speech is not None and speech.engine() == "mock"
    with qtbot.waitSignal(speech.stateChanged, timeout=2000):
        cues.say("Switch to your left side")
    assert speech.state() == QTextToSpeech.State.Speaking
    cues.stop()
    qtbot.waitUntil(lambda: speech.state() == QTextToSpeech.State.Ready, timeout=2000)


def test_voice_off_says_nothing(qtbot: QtBot) -> None:
    cues = QtCues(sounds_dir(), engine="mock", voice=False)
    cues.prepare()
    speech = cues.speech
    assert speech is not None
    with qtbot.assertNotEmitted(speech.stateChanged, wait=50):
        cues.say("Roll")
    assert speech.state() == QTextToSpeech.State.Ready


def test_an_unknown_speech_engine_is_silent(qtbot: QtBot) -> None:
    cues = QtCues(sounds_dir(), engine="no-such-engine")
    cues.prepare()
    assert cues.speech is None
    cues.say("Roll")  # no error, no dialog
    cues.stop()


def test_tones_without_an_audio_device_return_at_once(qtbot: QtBot) -> None:
    cues = QtCues(sounds_dir(), engine="no-such-engine")
    cues.prepare()
    started = time.perf_counter()
    for tone in TONES * 5:
        cues.tone(tone)
    assert time.perf_counter() - started < 0.5
    cues.sounds = False
    cues.tone("count")


def test_missing_sound_files_are_silent(qtbot: QtBot, tmp_path: Path) -> None:
    cues = QtCues(tmp_path, engine="no-such-engine")
    cues.prepare()
    cues.tone("phase")
