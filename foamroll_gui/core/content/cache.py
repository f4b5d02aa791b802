"""A start-up cache of validated content (and of anything else read from a folder of files).

Parsing and checking every YAML file costs about as much as Qt's own start-up work we are
measured against, and the shipped files rarely change. So the validated result is kept as a
pickle in the user's cache folder together with a key made from the app version and the size
and modification time of every source file (``*.yaml`` in the content folder) and of every
source file of the core (sub-packages included, since the pickled classes live there). A
different key, or any trouble reading the cache, means a fresh load through the validator;
broken content is never cached. The body-map drawings use the same cache under another name.

The cache lives in the user's own cache folder, which is as trusted as the installed code.
"""

from __future__ import annotations

import contextlib
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from foamroll_gui import __version__

CACHE_NAME = "content.pickle"
CORE_DIR = Path(__file__).resolve().parents[1]

T = TypeVar("T")


def fingerprint(root: Path, pattern: str = "*.yaml") -> str:
    """What the cached content was made from: version, files, sizes and times.

    Every core source file counts too, in every sub-package: a changed class must never be
    filled from an old pickle.
    """
    parts = [__version__, str(root.resolve())]
    core_sources = sorted(CORE_DIR.rglob("*.py"))
    for path in (*sorted(root.rglob(pattern)), *core_sources):
        stat = path.stat()
        parts.append(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}")
    return "\n".join(parts)


def load_cached(
    root: Path,
    cache_dir: Path,
    load: Callable[[Path], T],
    kind: type[T],
    *,
    name: str = CACHE_NAME,
    pattern: str = "*.yaml",
) -> T:
    """``load(root)``, or the cached result (an instance of ``kind``) of an earlier load of the
    same files (``pattern`` under ``root``), kept in ``cache_dir / name``."""
    try:
        key = fingerprint(root, pattern)
    except OSError:
        return load(root)
    cache = cache_dir / name
    try:
        with cache.open("rb") as handle:
            cached_key, cached = pickle.load(handle)
        if cached_key == key and isinstance(cached, kind):
            return cached
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        pass  # missing, unreadable or from code that has changed: load afresh
    except (TypeError, ValueError):
        pass  # a pickle of another shape
    loaded = load(root)  # raises ContentError for broken content, which is never cached
    from foamroll_gui.core.files import write_atomically  # only on a miss

    with contextlib.suppress(OSError, pickle.PicklingError):
        write_atomically(cache, pickle.dumps((key, loaded), protocol=pickle.HIGHEST_PROTOCOL))
    return loaded
