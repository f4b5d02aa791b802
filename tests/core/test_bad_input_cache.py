"""Issue 9: the start-up cache is untrusted data; it can never run code or stop a start."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest

from foamroll_gui.core.content.cache import CACHE_NAME, load_cached
from foamroll_gui.core.content.loader import load_content
from foamroll_gui.core.content.model import Content
from tests.core.minimal_content import MinimalContent


class _RunsCode:
    """A pickle of this calls ``os.mkdir(marker)`` when it is loaded."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.mkdir, (str(self.marker),))


class CountingLoader:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, root: Path) -> Content:
        self.calls += 1
        return load_content(root)


@pytest.fixture
def warm(tmp_path: Path, minimal: MinimalContent) -> tuple[Path, Path, CountingLoader]:
    root = minimal.write(tmp_path / "content")
    loader = CountingLoader()
    load_cached(root, tmp_path / "cache", loader, Content)
    return root, tmp_path / "cache" / CACHE_NAME, loader


def test_a_crafted_pickle_in_the_cache_folder_never_runs(
    tmp_path: Path, warm: tuple[Path, Path, CountingLoader]
) -> None:
    root, cache, loader = warm
    marker = tmp_path / "pwned"
    cache.write_bytes(pickle.dumps(_RunsCode(marker)))
    content = load_cached(root, cache.parent, loader, Content)
    assert not marker.exists()
    assert content.muscle("calves").name == "Calves"
    assert loader.calls == 2
    assert json.loads(cache.read_bytes())["value"]  # replaced by a fresh, plain-data cache


def test_a_cache_naming_a_foreign_callable_is_a_miss(
    tmp_path: Path, warm: tuple[Path, Path, CountingLoader]
) -> None:
    root, cache, loader = warm
    document = json.loads(cache.read_bytes())
    document["value"] = {"C": "os:system", "f": {"command": "touch pwned"}}
    cache.write_text(json.dumps(document), encoding="utf-8")
    load_cached(root, cache.parent, loader, Content)
    assert loader.calls == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # truncated
        lambda raw: bytes(b ^ 0x5A if i % 97 == 0 else b for i, b in enumerate(raw)),  # flipped
        lambda raw: b'{"key":' + b"[" * 100_000 + b"]" * 100_000 + b"}",  # deep
        lambda raw: b'{"key": 1' + b"9" * 5000 + b"}",  # a 5,000-digit int
        lambda raw: b"\xff\xfe not text",
    ],
    ids=["truncated", "flipped-bytes", "deep", "huge-int", "binary"],
)
def test_a_damaged_cache_is_parsed_again_and_replaced(
    warm: tuple[Path, Path, CountingLoader], damage: object
) -> None:
    root, cache, loader = warm
    good = cache.read_bytes()
    cache.write_bytes(damage(good))  # type: ignore[operator]
    content = load_cached(root, cache.parent, loader, Content)
    assert content.muscle("quadriceps").one_sided is False
    assert loader.calls == 2
    assert cache.read_bytes() == good
    load_cached(root, cache.parent, loader, Content)
    assert loader.calls == 2  # and the replacement is used next time


def test_a_cache_that_is_a_fifo_does_not_hang_the_start(
    warm: tuple[Path, Path, CountingLoader],
) -> None:
    root, cache, loader = warm
    cache.unlink()
    os.mkfifo(cache)
    content = load_cached(root, cache.parent, loader, Content)
    assert content.muscle("calves").name == "Calves"
    assert cache.is_file()  # the FIFO was replaced by a real cache
