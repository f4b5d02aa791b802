"""A start-up cache of the validated content.

Parsing and checking every YAML file costs about as much as Qt's own start-up work we are
measured against, and the shipped files rarely change. So the validated ``Content`` is kept as
a pickle in the user's cache folder together with a key made from the app version and the size
and modification time of every content file and of the core's source files. A different key,
or any trouble reading the cache, means a fresh load through the validator; broken content is
never cached.

The cache lives in the user's own cache folder, which is as trusted as the installed code.
"""

from __future__ import annotations

import contextlib
import os
import pickle
from collections.abc import Callable
from pathlib import Path

from foamroll_gui import __version__, core
from foamroll_gui.core.model import Content

CACHE_NAME = "content.pickle"


def fingerprint(root: Path) -> str:
    """What the cached content was made from: version, files, sizes and times.

    Every core source file counts too, since the pickled classes live there (model, pose,
    poses): a changed class must never be filled from an old pickle.
    """
    parts = [__version__, str(root.resolve())]
    core_sources = sorted(Path(core.__file__).parent.glob("*.py"))
    for path in (*sorted(root.rglob("*.yaml")), *core_sources):
        stat = path.stat()
        parts.append(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}")
    return "\n".join(parts)


def load_cached(
    root: Path,
    cache_dir: Path,
    load: Callable[[Path], Content],
) -> Content:
    """``load(root)``, or the cached result of an earlier identical load."""
    try:
        key = fingerprint(root)
    except OSError:
        return load(root)
    cache = cache_dir / CACHE_NAME
    try:
        with cache.open("rb") as handle:
            cached_key, cached = pickle.load(handle)
        if cached_key == key and isinstance(cached, Content):
            return cached
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        pass  # missing, unreadable or from code that has changed: load afresh
    except (TypeError, ValueError):
        pass  # a pickle of another shape
    content = load(root)  # raises ContentError for broken content, which is never cached
    _store(cache, key, content)
    return content


def _store(cache: Path, key: str, content: Content) -> None:
    tmp = cache.with_name(f".{cache.name}.{os.getpid()}")
    with contextlib.suppress(OSError, pickle.PicklingError):
        cache.parent.mkdir(parents=True, exist_ok=True)
        try:
            with tmp.open("wb") as handle:
                pickle.dump((key, content), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, cache)
        finally:
            tmp.unlink(missing_ok=True)
