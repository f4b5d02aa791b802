"""Safe YAML loading that remembers where every value came from.

Only the safe constructors are used (the C loader when PyYAML was built with it), so a document
carrying a ``!!python/object`` tag is rejected, never executed. Mappings and sequences come back
as ``dict``/``list`` subclasses that know the line of each key and item, and :class:`Node` walks
them, turning every type or shape mistake into a :class:`ContentError` that names the file, the
line and the field.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import yaml

from foamroll_gui.core.errors import ContentError
from foamroll_gui.core.files import TEXT_LIMIT, UnsafeFileError, read_text_safely

try:
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]


_IDENTIFIER = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class LineDict(dict[Any, Any]):
    """A mapping from YAML that knows its own line and the line of each key."""

    line: int = 0
    key_lines: dict[Any, int]


class LineList(list[Any]):
    """A sequence from YAML that knows its own line and the line of each item."""

    line: int = 0
    item_lines: list[int]


class _LineLoader(_BaseLoader):
    def construct_object(self, node: Any, deep: bool = False) -> Any:
        """Every exception of a constructor (a bad date, an empty ``!!int``, a 5,000-digit
        number, an unknown ``!!bool``) becomes a ConstructorError at the node's line."""
        try:
            return super().construct_object(node, deep=deep)
        except (yaml.YAMLError, RecursionError):
            raise
        except Exception as exc:
            raise yaml.constructor.ConstructorError(
                None, None, _unreadable_scalar(node, exc), node.start_mark
            ) from None


_KINDS = {
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "timestamp": "a date",
    "null": "nothing",
    "binary": "base64 data",
}


def _unreadable_scalar(node: Any, exc: Exception) -> str:
    value = node.value if isinstance(node, yaml.ScalarNode) else ""
    shown = value if len(value) <= 40 else value[:37] + "..."
    tag = str(node.tag).rsplit(":", 1)[-1]
    kind = _KINDS.get(tag, f"a {tag}")
    reason = str(exc).split("\n", 1)[0][:80] or type(exc).__name__
    if isinstance(node, yaml.ScalarNode) and not value.strip():
        reason = "it is empty"
    return (
        f"the value {shown!r} cannot be read as {kind} ({reason}); "
        "put it in quotes if it is meant as text"
    )


def _construct_mapping(loader: Any, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, "a mapping key must be a plain value", key_node.start_mark
            ) from None
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} appears twice", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = line
    return result


def _construct_sequence(loader: Any, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


#: Deeper nesting than this is refused before the C loader (which recurses) sees it.
MAX_DEPTH = 100


def _check_events(text: str, path: Path) -> None:
    """Walk the parser's events (a state machine, no recursion): refuse nesting deeper than
    MAX_DEPTH, anchors, aliases and merge keys (the ways a small file grows without bound)."""
    parser = _BaseLoader(text)
    depth = 0
    try:
        while parser.check_event():
            event: Any = parser.get_event()
            line = event.start_mark.line + 1
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise ContentError.single(
                        path,
                        line,
                        "",
                        f"nests lists or mappings more than {MAX_DEPTH} deep; flatten it",
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise ContentError.single(
                    path,
                    line,
                    "",
                    "uses a YAML anchor or alias (& or *), which is not allowed; "
                    "write the values out in full",
                )
            if isinstance(event, yaml.ScalarEvent) and event.value == "<<" and event.implicit[0]:
                raise ContentError.single(
                    path,
                    line,
                    "",
                    "uses a YAML merge key (<<), which is not allowed; "
                    "write the values out in full",
                )
    finally:
        parser.dispose()


def _syntax_error(exc: yaml.MarkedYAMLError, text: str, path: Path) -> ContentError:
    mark = exc.problem_mark or exc.context_mark
    last = max(1, text.count("\n") + (0 if text.endswith("\n") else 1))
    line = min(mark.line + 1, last) if mark is not None else None
    problem = exc.problem or "is not valid YAML"
    if "could not determine a constructor" in problem:
        return ContentError.single(
            path, line, "", "uses a tag (!!...) that is not allowed; only plain YAML is read"
        )
    if exc.problem and isinstance(exc, yaml.constructor.ConstructorError):
        return ContentError.single(path, line, "", problem)
    context = ""
    if exc.context:
        at = exc.context_mark
        started = f" that starts at line {min(at.line + 1, last)}" if at is not None else ""
        context = f" {exc.context}{started}:"
    hint = "check the indentation, colons and quotes there"
    return ContentError.single(
        path,
        line,
        "",
        f"is not valid YAML ({context.strip()} {problem}); {hint}".replace("( ", "("),
    )


def load_yaml_text(text: str, path: Path) -> Any:
    """Parse one YAML document; any YAML problem becomes a ContentError naming the line.

    No exception of the parser or of a constructor escapes: every one is a ContentError.
    """
    if "\0" in text:
        line = text.count("\n", 0, text.index("\0")) + 1
        raise ContentError.single(path, line, "", "contains a NUL character; save it as text")
    try:
        _check_events(text, path)
        loader = _LineLoader(text)
        try:
            node = loader.get_single_node()
            return None if node is None else loader.construct_document(node)
        finally:
            loader.dispose()
    except ContentError:
        raise
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, text, path) from None
    except RecursionError:
        raise ContentError.single(path, None, "", "nests too deeply to read; flatten it") from None
    except Exception as exc:
        raise ContentError.single(
            path, None, "", f"is not valid YAML ({type(exc).__name__}); save it as plain text"
        ) from None


def load_yaml_file(path: Path, *, limit: int = TEXT_LIMIT) -> Any:
    """Read ``path`` with the safe reader (regular file, at most ``limit`` bytes) and parse it."""
    try:
        text = read_text_safely(path, limit=limit)
    except UnsafeFileError as exc:
        advice = exc.advice[:1].lower() + exc.advice[1:]
        raise ContentError.single(path, exc.line, "", f"{exc.reason}; {advice}") from None
    return load_yaml_text(text, path)


def _quote_hint(value: Any) -> str:
    """Why YAML read something that was meant as text as another type, and the cure."""
    if isinstance(value, bool):
        read_as = "true or false (yes, no, on and off mean that in YAML)"
    elif isinstance(value, int | float):
        read_as = "a number"
    elif isinstance(value, datetime.date):
        read_as = "a date"
    elif value is None:
        return " (it is empty; a '#' starts a comment): put the text in quotes"
    else:
        return ""
    return f" (YAML read it as {read_as}): put the text in quotes"


class Node:
    """A loaded YAML value with its file, line and field path, for validation."""

    def __init__(self, value: Any, path: Path, field: str = "", line: int | None = None) -> None:
        self.value = value
        self.path = path
        self.field = field
        if line is None and isinstance(value, LineDict | LineList):
            line = value.line
        self.line = line

    def fail(self, message: str) -> NoReturn:
        raise ContentError.single(self.path, self.line, self.field, message)

    def _join(self, key: str) -> str:
        return f"{self.field}.{key}" if self.field else key

    # -- mappings ---------------------------------------------------------------------------
    def mapping(self, required: set[str], optional: set[str] | None = None) -> None:
        """Check this is a mapping with exactly the allowed keys."""
        if not isinstance(self.value, dict):
            self.fail(f"must be a mapping of {', '.join(sorted(required)) or 'keys'}")
        allowed = required | (optional or set())
        for key in self.value:
            if key not in allowed:
                line = self._key_line(key)
                expected = ", ".join(sorted(allowed))
                message = f"is not a known field (expected: {expected})"
                raise ContentError.single(self.path, line, self._join(str(key)), message)
        for key in sorted(required):
            if key not in self.value:
                self.fail(f"is missing the required field '{key}'")

    def _key_line(self, key: Any) -> int | None:
        if isinstance(self.value, LineDict):
            return self.value.key_lines.get(key, self.value.line)
        return self.line

    def has(self, key: str) -> bool:
        return isinstance(self.value, dict) and key in self.value

    def __getitem__(self, key: str) -> Node:
        return Node(self.value[key], self.path, self._join(key), self._key_line(key))

    def get(self, key: str) -> Node | None:
        return self[key] if self.has(key) else None

    # -- sequences --------------------------------------------------------------------------
    def items(self, *, non_empty: bool = True) -> Iterator[Node]:
        if not isinstance(self.value, list):
            self.fail("must be a list")
        if non_empty and not self.value:
            self.fail("must not be empty")
        lines = self.value.item_lines if isinstance(self.value, LineList) else []
        for index, item in enumerate(self.value):
            line = lines[index] if index < len(lines) else self.line
            yield Node(item, self.path, f"{self.field}[{index}]", line)

    # -- scalars ----------------------------------------------------------------------------
    def text(self) -> str:
        if not isinstance(self.value, str) or not self.value.strip():
            self.fail("must be a non-empty text" + _quote_hint(self.value))
        return " ".join(self.value.split())

    def identifier(self) -> str:
        value = self.text()
        if not _IDENTIFIER.fullmatch(value):
            self.fail("must be lowercase letters and digits joined by dashes, like 'it-band'")
        return value

    def boolean(self) -> bool:
        if not isinstance(self.value, bool):
            self.fail("must be true or false")
        return self.value

    def integer(self, *, minimum: int = 1, maximum: int | None = None) -> int:
        value = self.value
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(self._range_phrase(minimum, maximum))
        if value < minimum or (maximum is not None and value > maximum):
            self.fail(self._range_phrase(minimum, maximum))
        return int(value)

    @staticmethod
    def _range_phrase(minimum: int, maximum: int | None) -> str:
        limit = f" (at most {maximum})" if maximum is not None else ""
        if minimum == 1:
            return f"must be a positive whole number{limit}"
        return f"must be a whole number of at least {minimum}{limit}"

    def texts(self, *, non_empty: bool = True) -> tuple[str, ...]:
        return tuple(item.text() for item in self.items(non_empty=non_empty))

    def choice(self, options: tuple[str, ...]) -> str:
        value = self.text()
        if value not in options:
            self.fail(f"must be one of {', '.join(options)} (got {value!r})")
        return value
