"""The PyInstaller bundle's contents: every shipped file where the code looks for it, and only
the Qt parts the app uses."""

from __future__ import annotations

import ast
import subprocess
import tomllib
from pathlib import Path, PurePosixPath
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def tracked_files(*folders: str) -> list[PurePosixPath]:
    out = subprocess.run(
        ["git", "ls-files", "-z", "--", *folders],
        cwd=ROOT,
        capture_output=True,
        check=True,
        timeout=30,
    ).stdout.decode()
    # a file deleted in the working tree but not yet committed is not shipped
    return [PurePosixPath(name) for name in out.split("\0") if name and (ROOT / name).is_file()]


def test_every_content_and_asset_file_lands_where_the_wheel_puts_it(layout: ModuleType) -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wheel_map: dict[str, str] = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"][
        "force-include"
    ]
    bundled = {
        PurePosixPath(Path(source).relative_to(ROOT).as_posix()): PurePosixPath(dest)
        for source, dest in layout.data_files(ROOT)
    }
    files = tracked_files("content", "assets")
    assert len(files) > 30  # the muscles, poses, routines, sounds, body maps and icons
    for relative in files:
        top, *_ = relative.parts
        in_wheel = PurePosixPath(wheel_map[top]) / relative.relative_to(top)
        assert bundled.get(relative) == in_wheel.parent, (
            f"{relative} is not bundled as in the wheel"
        )


def test_caches_and_editor_litter_stay_out(layout: ModuleType, tmp_path: Path) -> None:
    real = ["content/muscles.yaml", "content/poses/calves.yaml", "assets/icons/foamroll.svg"]
    litter = [
        "content/__pycache__/x.cpython-311.pyc",
        "content/.muscles.yaml.swp",
        "content/muscles.yaml~",
        "assets/.DS_Store",
        "assets/icons/.foamroll.svg.tmp",
    ]
    for name in real + litter:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    sources = {
        Path(source).relative_to(tmp_path).as_posix() for source, _ in layout.data_files(tmp_path)
    }
    assert sources == set(real)


def test_a_checkout_without_assets_is_refused_by_name(layout: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    with pytest.raises(FileNotFoundError, match="assets"):
        layout.data_files(tmp_path)


def qt_modules_imported_by_the_app() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "foamroll_gui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            found.update(".".join(n.split(".")[:2]) for n in names if n.startswith("PySide6."))
    return found


def test_the_bundle_excludes_no_qt_module_the_app_imports(layout: ModuleType) -> None:
    imported = qt_modules_imported_by_the_app()
    assert imported <= set(layout.QT_USED), "a new Qt module: add it to QT_USED"
    assert not imported & set(layout.QT_EXCLUDES), "the bundle would miss an imported Qt module"


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libQt6Multimedia.so.6",
        "PySide6/Qt/lib/libQt6TextToSpeech.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",  # the ffmpeg sound plugin links it
        "libQt6Widgets.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",  # the window icon is an SVG
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "foamroll_gui/_data/content/muscles.yaml",
        "PySide6\\Qt6Core.dll",
    ],
)
def test_what_the_app_loads_stays_in_the_bundle(layout: ModuleType, dest: str) -> None:
    assert layout.keep(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
        "libQt6VirtualKeyboardQml.so.6",  # the top-level symlink goes with its target
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6\\Qt\\translations\\qtbase_fr.qm",
    ],
)
def test_what_no_desktop_foamroll_loads_is_left_out(layout: ModuleType, dest: str) -> None:
    assert not layout.keep(dest)


def test_the_spec_builds_from_the_layout(layout: ModuleType) -> None:
    """The spec is run by PyInstaller only (not installed in the test environment), so check
    it is wired to the tested pieces: the data list, the filters, the package's version."""
    spec = (ROOT / "packaging" / "foamroll.spec").read_text(encoding="utf-8")
    tree = ast.parse(spec)
    calls = {
        f"{node.func.value.id}.{node.func.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
    }
    assert {"bundle_layout.data_files", "bundle_layout.keep"} <= calls
    assert "from foamroll_gui import __version__" in spec
