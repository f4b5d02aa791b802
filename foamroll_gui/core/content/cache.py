"""A start-up cache of validated content (and of anything else read from a folder of files).

Parsing and checking every YAML file costs about as much as Qt's own start-up work we are
measured against, and the shipped files rarely change. So the validated result is kept as JSON
in the user's cache folder together with a key made from the app version and the size and
modification time of every source file (``*.yaml`` in the content folder) and of every source
file of the core (sub-packages included, since the cached classes live there). A different key,
or any trouble reading the cache, means a fresh load through the validator, and the cache is
replaced; broken content is never cached. The body-map drawings use the same cache under another
name.

The cache folder may be shared, synced or restored from a backup, so it is read as untrusted
data: plain JSON, never a pickle. Reading it can build only frozen dataclasses and enums defined
in ``foamroll_gui.core`` (filled field by field, no code of theirs runs), tuples, lists, dicts,
sets and paths. Anything else, or any error at all, is a cache miss.

A dataclass field marked ``metadata=LAZY`` is kept as JSON when the cache is read: a mapping's
values (the step pictures, the techniques) are each decoded when first asked for
(:class:`LazyMapping`); any other value (the routines, the safety pages) when the field is
first read, through the class's ``__getattr__ = lazy_field`` (a class without one gets the value
decoded at once). The first frame then needs neither those values nor the modules of their
classes. Should one of them turn out not to decode, the whole object is loaded afresh from its
files at that moment, the field answers from that load, and the cache file is dropped (the next
start writes it again).
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import fnmatch
import functools
import importlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path, PurePath
from typing import Any, TypeVar

from foamroll_gui import __version__

# The names stay those of the pickle era: an old pickle found there is simply not JSON, so it is
# read as a miss and replaced.
CACHE_NAME = "content.pickle"
CORE_DIR = Path(__file__).resolve().parents[1]
#: A cache larger than this is not read at all (the shipped content makes well under 1 MB).
CACHE_LIMIT = 32 * 1024 * 1024
_CORE_PREFIX = "foamroll_gui.core."
#: ``field(metadata=LAZY)``: a field a cache read decodes only when asked for (a mapping's
#: values one by one)
LAZY: Mapping[str, bool] = {"foamroll_cache_lazy": True}
#: where a lazy field's JSON waits in an instance's ``__dict__`` until the field is first read
_WAITING = "_foamroll_lazy_"

T = TypeVar("T")


class CacheMissError(Exception):
    """The cache cannot be used: load afresh."""


def fingerprint(root: Path, pattern: str = "*.yaml") -> str:
    """What the cached content was made from: version, files, sizes and times.

    Every core source file counts too, in every sub-package: a changed class must never be
    filled from an old cache.
    """
    parts = [__version__, str(root.resolve())]
    for path in (*_files(root, pattern), *_code_files()):
        stat = os.stat(path)
        parts.append(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}")
    return "\n".join(parts)


def _code_files() -> list[str]:
    """The files the core's classes come from: its sources, or, in a bundle that keeps them
    in an archive (PyInstaller: no source folder), the bundle's executable, which a new build
    replaces. (Without this a bundle never used its start-up cache.)"""
    if getattr(sys, "frozen", False) and not CORE_DIR.is_dir():
        return [sys.executable]
    return _files(CORE_DIR, "*.py")


def _files(folder: Path, pattern: str) -> list[str]:
    """The files matching ``pattern`` in ``folder`` and its sub-folders, sorted (a plain walk:
    about twice as fast as ``Path.rglob``, and it is on every start). Raises OSError for a
    folder that cannot be read, as ``Path.rglob`` would not."""
    if not folder.is_dir():
        raise NotADirectoryError(str(folder))
    found = []
    for parent, _folders, names in os.walk(folder, onerror=_raise):
        found += [os.path.join(parent, name) for name in names if fnmatch.fnmatch(name, pattern)]
    return sorted(found)


def _raise(error: OSError) -> None:
    raise error


# -- encoding -------------------------------------------------------------------------------


def encode(value: Any) -> Any:
    """``value`` as JSON-ready data with type tags. Raises TypeError for anything else."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, enum.Enum):
        return {"E": _class_name(type(value)), "v": encode(value.value)}
    if isinstance(value, int | float):
        return value
    if isinstance(value, PurePath):
        return {"P": str(value)}
    if isinstance(value, tuple):
        return {"T": [encode(item) for item in value]}
    if isinstance(value, list):
        return {"L": [encode(item) for item in value]}
    if isinstance(value, frozenset | set):
        kind = "F" if isinstance(value, frozenset) else "S"
        return {kind: [encode(item) for item in value]}
    if isinstance(value, dict):
        return {"D": [[encode(k), encode(v)] for k, v in value.items()]}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if _is_lazy(f) and isinstance(item, Mapping):  # each value kept as JSON text:
                # reading the cache then skips over it, parsed only when the value is asked for
                fields[f.name] = {"Z": [[encode(k), _as_text(encode(v))] for k, v in item.items()]}
            elif _is_lazy(f):  # the whole value as JSON text, parsed when the field is read
                fields[f.name] = {"Y": _as_text(encode(item))}
            else:
                fields[f.name] = encode(item)
        return {"C": _class_name(type(value)), "f": fields}
    raise TypeError(f"cannot cache a {type(value).__name__}")


def _is_lazy(field: dataclasses.Field[Any]) -> bool:
    return bool(field.metadata.get("foamroll_cache_lazy"))


def _class_name(cls: type) -> str:
    if not cls.__module__.startswith(_CORE_PREFIX) or "<" in cls.__qualname__:
        raise TypeError(f"cannot cache a {cls.__qualname__} from {cls.__module__}")
    return f"{cls.__module__}:{cls.__qualname__}"


def decode(data: Any, fresh: Callable[[], Any] | None = None) -> Any:
    """The value :func:`encode` made ``data`` from; CacheMissError for anything unexpected.

    With ``fresh`` (which loads the same value afresh), the lazy fields of its dataclasses (the
    top one's and those of the dataclasses in its fields) are left as JSON, decoded when asked
    for (:class:`LazyMapping`); without, all at once."""
    if data is None or isinstance(data, bool | str | int | float):
        return data
    if not isinstance(data, dict) or not data:
        raise CacheMissError("untagged value")
    if "C" in data:
        return _decode_dataclass(data, fresh)
    if "E" in data:
        cls = _resolve(data["E"])
        if not (isinstance(cls, type) and issubclass(cls, enum.Enum)):
            raise CacheMissError("not an enum")
        return cls(decode(data["v"]))
    if len(data) != 1:
        raise CacheMissError("unknown shape")
    ((tag, body),) = data.items()
    if tag == "P" and isinstance(body, str):
        return Path(body)
    if tag == "Y":  # a lazy field's value, decoded at once here
        return decode(_from_text(body))
    if not isinstance(body, list):
        raise CacheMissError("unknown shape")
    if tag == "D":  # a dataclass inside keeps its lazy fields, each with the way to load afresh
        pairs = [(decode(_pair(pair)[0]), _pair(pair)[1]) for pair in body]
        return {key: decode(value, _item_of(fresh, key)) for key, value in pairs}
    if tag == "Z":  # a lazy field's mapping, decoded at once here
        return {decode(_pair(pair)[0]): decode(_from_text(_pair(pair)[1])) for pair in body}
    indexed = fresh if tag in ("T", "L") else None  # (a set's items cannot be found again)
    items = [decode(item, _item_of(indexed, index)) for index, item in enumerate(body)]
    builders: dict[str, Callable[[list[Any]], Any]] = {
        "T": tuple,
        "L": list,
        "F": frozenset,
        "S": set,
    }
    if tag not in builders:
        raise CacheMissError(f"unknown tag {tag!r}")
    return builders[tag](items)


def _as_text(data: Any) -> str:
    return json.dumps(data, separators=(",", ":"))


def _from_text(text: Any) -> Any:
    """A lazy value's data, kept as JSON text inside the cache's JSON."""
    if not isinstance(text, str):
        raise CacheMissError("a lazy value is not JSON text")
    try:
        return json.loads(text)
    except ValueError as exc:
        raise CacheMissError("a lazy value is not JSON") from exc


def _pair(pair: Any) -> list[Any]:
    if not isinstance(pair, list) or len(pair) != 2:
        raise CacheMissError("a dict entry is not a pair")
    return pair


def _decode_dataclass(data: dict[str, Any], fresh: Callable[[], Any] | None = None) -> Any:
    name = data["C"]
    if not isinstance(name, str):
        raise CacheMissError("bad class name")
    cls, names, lazy_names = _dataclass_shape(name)
    fields = data.get("f")
    if not isinstance(fields, dict) or fields.keys() != names:
        raise CacheMissError(f"fields of {cls.__qualname__} have changed")
    lazy = lazy_names if fresh is not None else frozenset()
    waits = lazy and getattr(cls, "__getattr__", None) is lazy_field
    instance: Any = object.__new__(cls)  # no __init__/__post_init__: data in, nothing runs
    for name, value in fields.items():
        if name in lazy and isinstance(value, dict) and set(value) == {"Z"}:
            assert fresh is not None
            decoded: Any = LazyMapping(value["Z"], _field_of(fresh, name))
        elif waits and name in lazy and isinstance(value, dict) and set(value) == {"Y"}:
            assert fresh is not None  # the field stays unset: lazy_field decodes it when read
            instance.__dict__[_WAITING + name] = (value["Y"], _field_of(fresh, name))
            continue
        else:
            # a dataclass inside keeps its own lazy fields lazy (the library's content's
            # techniques), each with the way to load it afresh
            decoded = decode(value, None if fresh is None else _field_of(fresh, name))
        object.__setattr__(instance, name, decoded)
    return instance


@functools.cache
def _dataclass_shape(name: str) -> tuple[type, frozenset[str], frozenset[str]]:
    """The dataclass ``name`` names, its field names and its lazy ones (looked up once per
    class, not once per instance: a cache holds hundreds of each)."""
    cls = _resolve(name)
    if not dataclasses.is_dataclass(cls) or not isinstance(cls, type):
        raise CacheMissError("not a dataclass")
    fields = dataclasses.fields(cls)
    return cls, frozenset(f.name for f in fields), frozenset(f.name for f in fields if _is_lazy(f))


def _field_of(fresh: Callable[[], Any], name: str) -> Callable[[], Any]:
    return lambda: getattr(fresh(), name)


def _item_of(fresh: Callable[[], Any] | None, key: Any) -> Callable[[], Any] | None:
    """The way to load a container's item afresh (its key or index), from the container's."""
    if fresh is None:
        return None
    return lambda: fresh()[key]


def lazy_field(instance: Any, name: str) -> Any:
    """``__getattr__`` for a dataclass with ``metadata=LAZY`` fields that are not mappings: the
    value of such a field read from the cache, decoded the first time it is read (then kept as
    an ordinary attribute). If it does not decode, the value loaded afresh from the files.
    Any other missing attribute is an AttributeError, as usual."""
    waiting = instance.__dict__.pop(_WAITING + name, None)
    if waiting is None:
        raise AttributeError(f"{type(instance).__name__!r} object has no attribute {name!r}")
    text, fresh = waiting
    try:
        value = decode(_from_text(text))
    except Exception:  # crafted or damaged: the files themselves say what is true
        value = fresh()
    object.__setattr__(instance, name, value)
    return value


class LazyMapping(Mapping[Any, Any]):
    """A cached mapping whose keys are read at once and whose values are decoded when first
    asked for. If a value does not decode, ``fresh()`` gives the whole mapping loaded afresh,
    and every answer comes from that from then on."""

    def __init__(self, pairs: Any, fresh: Callable[[], Mapping[Any, Any]]) -> None:
        if not isinstance(pairs, list):
            raise CacheMissError("unknown shape")
        self._encoded = {decode(_pair(pair)[0]): _pair(pair)[1] for pair in pairs}
        self._decoded: dict[Any, Any] = {}
        self._load_fresh = fresh
        self._fresh: Mapping[Any, Any] | None = None

    def __getitem__(self, key: Any) -> Any:
        if self._fresh is not None:
            return self._fresh[key]
        if key in self._decoded:
            return self._decoded[key]
        encoded = self._encoded[key]  # KeyError for an unknown key, as a dict
        try:
            value = self._decoded[key] = decode(_from_text(encoded))
        except Exception:  # crafted or damaged: the files themselves say what is true
            self._fresh = self._load_fresh()
            return self._fresh[key]
        return value

    def __contains__(self, key: object) -> bool:  # without decoding the value
        return key in (self._fresh if self._fresh is not None else self._encoded)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._fresh if self._fresh is not None else self._encoded)

    def __len__(self) -> int:
        return len(self._fresh if self._fresh is not None else self._encoded)

    def __repr__(self) -> str:
        return f"LazyMapping({len(self)} entries, {len(self._decoded)} decoded)"


def _resolve(name: Any) -> type:
    if not isinstance(name, str) or ":" not in name:
        raise CacheMissError("bad class name")
    module_name, _, qualname = name.partition(":")
    if not module_name.startswith(_CORE_PREFIX):
        raise CacheMissError(f"class {name} is not one of ours")
    try:
        target: Any = importlib.import_module(module_name)
        for part in qualname.split("."):
            target = getattr(target, part)
    except (ImportError, AttributeError) as exc:
        raise CacheMissError(f"class {name} is gone") from exc
    if not isinstance(target, type):
        raise CacheMissError(f"{name} is not a class")
    return target


# -- the cache --------------------------------------------------------------------------------


def _read_cache(cache: Path, key: str, kind: type[T], fresh: Callable[[], T]) -> T:
    from foamroll_gui.core.files import read_bytes_safely

    raw = read_bytes_safely(cache, limit=CACHE_LIMIT)
    document = json.loads(raw.decode("utf-8"))
    if not isinstance(document, dict) or document.get("key") != key:
        raise CacheMissError("made from other files")
    value = decode(document.get("value"), fresh)
    if not isinstance(value, kind):
        raise CacheMissError("of another type")
    return value


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
    same files (``pattern`` under ``root``), kept in ``cache_dir / name``.

    Any problem with the cache (missing, unreadable, corrupt, crafted, too big, too deep, from
    another version) silently means a fresh load that replaces it.
    """
    try:
        key = fingerprint(root, pattern)
    except OSError:
        return load(root)
    cache = cache_dir / name

    def fresh() -> T:  # a lazy value did not decode after all
        with contextlib.suppress(OSError):
            cache.unlink()
        return load(root)

    try:
        return _read_cache(cache, key, kind, fresh)
    except Exception:
        pass
    loaded = load(root)  # raises ContentError for broken content, which is never cached
    from foamroll_gui.core.files import write_atomically  # only on a miss

    with contextlib.suppress(Exception):
        text = json.dumps({"key": key, "value": encode(loaded)}, separators=(",", ":"))
        write_atomically(cache, text.encode("utf-8"))
    return loaded
