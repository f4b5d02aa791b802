"""A start-up cache of the validated content.

Parsing and checking every YAML file costs about as much as Qt's own start-up work we are
measured against, and the shipped files rarely change. So the validated ``Content`` is kept as
a pickle in the user's cache folder, under a key made from the app version and the size and
modification time of every content file and of the model's source. Any change, or any trouble
reading the cache, means a fresh load through the validator; broken content is never cached.

The cache lives in the user's own cache folder, which is as trusted as the installed code.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from foamroll_gui import __version__
from foamroll_gui.core import model
from foamroll_gui.core.model import Content

_PREFIX = "content-"


def fingerprint(root: Path, extra_sources: Iterable[Path] = ()) -> str:
    digest = hashlib.sha1(__version__.encode(), usedforsecurity=False)
    digest.update(str(root.resolve()).encode())
    files = sorted(root.rglob("*.yaml"))
    for path in (*files, Path(model.__file__), *extra_sources):
        stat = path.stat()
        digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:20]


def load_cached(
    root: Path,
    cache_dir: Path,
    load: Callable[[Path], Content],
    extra_sources: Iterable[Path] = (),
) -> Content:
    """``load(root)``, or the cached result of an earlier identical load."""
    try:
        key = fingerprint(root, extra_sources)
    except OSError:
        return load(root)
    cache = cache_dir / f"{_PREFIX}{key}.pickle"
    try:
        with cache.open("rb") as handle:
            cached = pickle.load(handle)
        if isinstance(cached, Content):
            return cached
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
        pass
    content = load(root)  # raises ContentError for broken content, which is never cached
    _store(cache, content)
    return content


def _store(cache: Path, content: Content) -> None:
    with contextlib.suppress(OSError, pickle.PicklingError):
        cache.parent.mkdir(parents=True, exist_ok=True)
        for old in cache.parent.glob(f"{_PREFIX}*.pickle"):
            old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".content-", dir=cache.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(content, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, cache)
        finally:
            Path(tmp).unlink(missing_ok=True)
