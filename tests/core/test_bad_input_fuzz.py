"""Issue 9: the safe reader gives a value or a ContentError for any bytes, and the settings
reader defaults and a notice, fast and within a memory limit. Hypothesis runs in a child
process under ``resource.setrlimit`` so a blow-up fails this test instead of the machine."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

CHILD = textwrap.dedent(
    """
    import resource, sys, time
    from pathlib import Path

    resource.setrlimit(resource.RLIMIT_AS, (768 * 1024 * 1024, 768 * 1024 * 1024))

    from hypothesis import HealthCheck, given, settings, strategies as st
    from foamroll_gui.core.content.yaml_source import load_yaml_file
    from foamroll_gui.core.errors import ContentError
    from foamroll_gui.core.settings import Settings

    folder = Path(sys.argv[1])
    tokens = st.sampled_from(
        ["&a ", "*a ", "<<: ", "[", "]", "{", "}", "- ", ": ", "? ", "!!int ", "!!bool ",
         "!!python/object:os.system ", "2024-02-30", "+99:00", "9" * 60, "'", '"', "#", "|",
         ">", "\\n", "  ", "\\t", "\\\\", "\\x00", "\\u00e9", "\\ud800", "yes", "~", ",",
         "%YAML 1.1\\n", "---\\n", "...\\n", "!x ", "&b [*a, *a] ", '{"version": 2, ',
         '"window": {', '"geometry": ', '"preferences": {', '"\\\\ud800"', "1" * 5000]
    )
    soup = st.lists(tokens, max_size=60).map("".join).map(
        lambda text: text.encode("utf-8", "surrogatepass")
    )

    @settings(max_examples=300, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.one_of(st.binary(max_size=300), soup))
    def check(data: bytes) -> None:
        path = folder / "fuzz.yaml"
        path.write_bytes(data)
        started = time.monotonic()
        try:
            load_yaml_file(path)
        except ContentError as exc:
            assert exc.problems and all(p.message for p in exc.problems)
        assert time.monotonic() - started < 1.0, data
        settings_file = folder / "settings.json"
        settings_file.write_bytes(data)
        settings = Settings(settings_file)  # never raises: defaults and a notice at worst
        assert settings.problem is None or str(settings_file) in settings.problem

    check()
    print("ok")
    """
)


@pytest.mark.end2end
def test_random_bytes_and_yaml_token_soup_give_a_value_or_a_content_error(
    tmp_path: Path,
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "ok"
