from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from foamroll_gui.core.content import cache
from foamroll_gui.core.content.cache import load_cached
from foamroll_gui.core.content.loader import load_content
from foamroll_gui.core.content.model import Content
from foamroll_gui.core.errors import ContentError
from foamroll_gui.core.library import Library
from tests.core.minimal_content import MinimalContent


class CountingLoader:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, root: Path) -> Content:
        self.calls += 1
        return load_content(root)


def test_second_load_comes_from_the_cache(tmp_path: Path, minimal: MinimalContent) -> None:
    root = minimal.write(tmp_path / "content")
    loader = CountingLoader()
    first = load_cached(root, tmp_path / "cache", loader, Content)
    second = load_cached(root, tmp_path / "cache", loader, Content)
    assert loader.calls == 1
    assert first == second


def test_an_edited_file_is_read_again(tmp_path: Path, minimal: MinimalContent) -> None:
    root = minimal.write(tmp_path / "content")
    loader = CountingLoader()
    load_cached(root, tmp_path / "cache", loader, Content)
    path = root / "techniques" / "calves.yaml"
    path.write_text(minimal.calves.replace("Sit down", "Sit on the floor"), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    content = load_cached(root, tmp_path / "cache", loader, Content)
    assert loader.calls == 2
    assert content.technique("calves").steps[0].title == "Sit on the floor"
    assert [p.name for p in (tmp_path / "cache").iterdir()] == ["content.pickle"]


def test_broken_content_is_never_cached(tmp_path: Path, minimal: MinimalContent) -> None:
    root = minimal.write(
        tmp_path / "content", {"techniques/calves.yaml": minimal.calves.replace("45", "-45")}
    )
    for _ in range(2):
        with pytest.raises(ContentError):
            load_cached(root, tmp_path / "cache", load_content, Content)
    assert not (tmp_path / "cache" / "content.pickle").exists()


def test_a_corrupt_cache_file_is_ignored(tmp_path: Path, minimal: MinimalContent) -> None:
    root = minimal.write(tmp_path / "content")
    loader = CountingLoader()
    load_cached(root, tmp_path / "cache", loader, Content)
    (tmp_path / "cache" / "content.pickle").write_bytes(b"not a pickle")
    content = load_cached(root, tmp_path / "cache", loader, Content)
    assert loader.calls == 2
    assert content.muscle("calves").name == "Calves"


def test_an_unwritable_cache_folder_still_loads(tmp_path: Path, minimal: MinimalContent) -> None:
    root = minimal.write(tmp_path / "content")
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    content = load_cached(root, blocker / "cache", load_content, Content)
    assert content.muscle("quadriceps").one_sided is False


def test_a_changed_class_in_a_core_sub_package_is_never_filled_from_an_old_pickle(
    tmp_path: Path, minimal: MinimalContent, monkeypatch: pytest.MonkeyPatch
) -> None:
    core = tmp_path / "core"
    module = core / "figure" / "skeleton.py"
    module.parent.mkdir(parents=True)
    module.write_text("LENGTH = 1\n", encoding="utf-8")
    monkeypatch.setattr(cache, "CORE_DIR", core)
    root = minimal.write(tmp_path / "content")
    before = cache.fingerprint(root)
    module.write_text("LENGTH = 22\n", encoding="utf-8")
    assert cache.fingerprint(root) != before


def test_a_bundle_uses_its_start_up_cache_until_a_new_build_replaces_it(
    tmp_path: Path, minimal: MinimalContent, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A PyInstaller bundle keeps the core's sources in an archive: no folder of them to
    fingerprint. Its executable stands for them (each build writes a new one)."""
    executable = tmp_path / "bundle" / "foamroll"
    executable.parent.mkdir()
    executable.write_bytes(b"build 1")
    monkeypatch.setattr(cache, "CORE_DIR", tmp_path / "bundle" / "_internal" / "foamroll_gui")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    root = minimal.write(tmp_path / "content")
    loader = CountingLoader()
    first = load_cached(root, tmp_path / "cache", loader, Content)
    assert load_cached(root, tmp_path / "cache", loader, Content) == first
    assert loader.calls == 1  # the second start came from the cache
    executable.write_bytes(b"build 2, another size")
    load_cached(root, tmp_path / "cache", loader, Content)
    assert loader.calls == 2  # a new build never reads the old build's cache


class LibraryLoader:
    """Hands out ``library`` as if it had been loaded from ``root``, counting the loads."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.calls = 0

    def __call__(self, root: Path) -> Library:
        self.calls += 1
        return self.library


def test_step_pictures_from_the_cache_are_read_when_first_asked_for(
    tmp_path: Path, library: Library
) -> None:
    loader = LibraryLoader(library)
    load_cached(tmp_path, tmp_path / "cache", loader, Library)
    cached = load_cached(tmp_path, tmp_path / "cache", loader, Library)
    assert loader.calls == 1
    assert cached.content == library.content
    pictures = cached.illustrations
    assert isinstance(pictures, cache.LazyMapping)
    assert "calves" in pictures and "elbows" not in pictures
    assert sorted(pictures) == sorted(library.illustrations) and len(pictures) > 3
    assert "0 decoded" in repr(pictures)  # asking what is there decodes nothing
    assert pictures["calves"] == library.illustrations["calves"]
    assert "1 decoded" in repr(pictures)
    assert pictures == library.illustrations  # every muscle's, once all are asked for
    with pytest.raises(KeyError):
        pictures["elbows"]


def _cached_document(tmp_path: Path, loader: LibraryLoader) -> tuple[Path, Any]:
    """The start-up cache ``loader``'s library is written to, and its JSON, to craft."""
    load_cached(tmp_path, tmp_path / "cache", loader, Library)
    path = tmp_path / "cache" / cache.CACHE_NAME
    return path, json.loads(path.read_text(encoding="utf-8"))


def test_a_damaged_step_picture_in_the_cache_is_read_from_the_files_instead(
    tmp_path: Path, library: Library
) -> None:
    loader = LibraryLoader(library)
    path, document = _cached_document(tmp_path, loader)
    pairs = document["value"]["f"]["illustrations"]["Z"]
    # each picture is kept as JSON text, so reading the cache does not parse it
    assert all(isinstance(pair[1], str) for pair in pairs)
    for pair in pairs:
        if pair[0] == "calves":  # crafted: never resolved, never run
            pair[1] = json.dumps({"C": "os:system", "f": {}})
        if pair[0] == "quadriceps":
            pair[1] = pair[1][:-3]  # cut short: not JSON
    path.write_text(json.dumps(document), encoding="utf-8")

    cached = load_cached(tmp_path, tmp_path / "cache", loader, Library)
    assert loader.calls == 1  # the content itself was sound
    assert cached.illustrations["calves"] == library.illustrations["calves"]
    assert loader.calls == 2  # read afresh when the picture was asked for
    assert not path.exists()  # and the next start writes a sound cache
    assert cached.illustrations["quadriceps"] == library.illustrations["quadriceps"]
    assert loader.calls == 2  # from the fresh load, not the cut-short text


def test_techniques_from_the_cache_are_read_when_first_asked_for(
    tmp_path: Path, library: Library
) -> None:
    """A first frame shows at most one technique (a returning user's): the others wait."""
    loader = LibraryLoader(library)
    load_cached(tmp_path, tmp_path / "cache", loader, Library)
    cached = load_cached(tmp_path, tmp_path / "cache", loader, Library)
    techniques = cached.content.techniques
    assert isinstance(techniques, cache.LazyMapping)
    assert "0 decoded" in repr(techniques) and len(techniques) == len(library.content.techniques)
    assert cached.content.technique("calves") == library.content.technique("calves")
    assert "1 decoded" in repr(techniques)
    assert cached.content == library.content
    assert loader.calls == 1


def test_routines_and_safety_from_the_cache_are_read_when_first_read(
    tmp_path: Path, library: Library
) -> None:
    """The first frame shows neither: their JSON waits, unparsed, until the field is read."""
    loader = LibraryLoader(library)
    load_cached(tmp_path, tmp_path / "cache", loader, Library)
    cached = load_cached(tmp_path, tmp_path / "cache", loader, Library)
    waiting = set(vars(cached.content))
    assert "routines" not in waiting and "safety" not in waiting
    assert cached.content.routines == library.content.routines
    assert cached.content.safety == library.content.safety
    assert {"routines", "safety"} <= set(vars(cached.content))  # decoded once, then kept
    assert cached.content == library.content and loader.calls == 1
    with pytest.raises(AttributeError, match="routine_list"):
        _ = cached.content.routine_list  # type: ignore[attr-defined]  # misspelt: an error


def test_a_damaged_safety_page_in_the_cache_is_read_from_the_files_instead(
    tmp_path: Path, library: Library
) -> None:
    loader = LibraryLoader(library)
    path, document = _cached_document(tmp_path, loader)
    fields = document["value"]["f"]["content"]["f"]
    assert isinstance(fields["safety"]["Y"], str)  # kept as JSON text: not parsed at start
    fields["safety"]["Y"] = json.dumps({"C": "os:system", "f": {}})  # crafted: never run
    path.write_text(json.dumps(document), encoding="utf-8")

    cached = load_cached(tmp_path, tmp_path / "cache", loader, Library)
    assert loader.calls == 1  # the rest was sound
    assert cached.content.safety == library.content.safety
    assert loader.calls == 2  # read afresh when the safety pages were first read
    assert not path.exists()  # and the next start writes a sound cache
    assert cached.content.routines == library.content.routines


def test_a_lazy_field_is_decoded_at_once_when_nothing_would_load_it_afresh() -> None:
    content_data = cache.encode(
        Content(muscles=(), techniques={}, routines=(), safety=None)  # type: ignore[arg-type]
    )
    assert content_data["f"]["routines"] == {"Y": '{"T":[]}'}
    decoded = cache.decode(content_data)
    assert vars(decoded)["routines"] == () and vars(decoded)["safety"] is None
