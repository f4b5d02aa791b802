"""Whatever YAML a user writes, the loader either accepts it or raises ContentError."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from foamroll_gui.core.content.loader import (
    parse_muscles,
    parse_routine,
    parse_safety,
    parse_technique,
)
from foamroll_gui.core.content.yaml_source import load_yaml_text
from foamroll_gui.core.errors import ContentError

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.sampled_from(["setup", "roll", "hold", "calves", "pre-run", "back", "30"]),
)
keys = st.sampled_from(
    [
        "id",
        "muscle",
        "name",
        "steps",
        "items",
        "seconds",
        "kind",
        "title",
        "text",
        "roll",
        "from",
        "to",
        "pressure",
        "more",
        "less",
        "cautions",
        "when",
        "pass_seconds",
        "muscles",
        "views",
        "one_sided",
        "pages",
        "sections",
        "x",
    ]
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=8)),
    max_leaves=30,
)
tokens = st.sampled_from(
    [*list("abc: -[]{}!&*'\"\n\t#|>%@`,?019"), "!!python/object:os.system ", "&a ", "*a", "<<: "]
)
PARSERS = (parse_technique, parse_routine, parse_muscles, parse_safety)


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "calves.yaml"


@settings(max_examples=150, deadline=None)
@given(doc=documents)
def test_generated_documents_load_or_raise_content_error(target: Path, doc: object) -> None:
    target.write_text(yaml.safe_dump(doc), encoding="utf-8")
    for parse in PARSERS:
        try:
            parse(target)
        except ContentError as exc:
            assert exc.problems
            assert all(problem.path == target for problem in exc.problems)


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(tokens, max_size=40))
def test_arbitrary_text_loads_or_raises_content_error(parts: list[str]) -> None:
    try:
        load_yaml_text("".join(parts), Path("typed.yaml"))
    except ContentError as exc:
        assert str(exc).startswith("typed.yaml")
