"""The Linux desktop files: one id everywhere, a launcher that runs the installed script, the
metainfo's release and screenshots true to the project, icons of the size their names say."""

from __future__ import annotations

import configparser
import shlex
import struct
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import foamroll_gui

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "assets" / "icons"
RAW_PREFIX = "https://raw.githubusercontent.com/foamroll/foamroll/main/"


def script_name() -> str:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    scripts: dict[str, str] = pyproject["project"]["scripts"]
    (name,) = [name for name, target in scripts.items() if target.startswith("foamroll_gui.")]
    return name


def desktop_entry(app_id: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / f"{app_id}.desktop", encoding="utf-8")
    return parser


def metainfo(app_id: str) -> ET.Element:
    return ET.parse(LINUX / f"{app_id}.metainfo.xml").getroot()


def png_size(path: Path) -> tuple[int, int, int]:
    """Width, height and colour type from a PNG's IHDR chunk."""
    head = path.read_bytes()[:26]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", f"{path} is not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height, head[25]


def test_one_id_names_the_desktop_file_metainfo_and_icons(layout: ModuleType) -> None:
    app_id = layout.APP_ID
    names = sorted(p.name for p in LINUX.iterdir())
    assert {f"{app_id}.desktop", f"{app_id}.metainfo.xml"} <= set(names)
    assert all(name.startswith(f"{app_id}.") for name in names), names
    root = metainfo(app_id)
    assert root.findtext("id") == app_id
    assert root.findtext("launchable[@type='desktop-id']") == f"{app_id}.desktop"
    assert root.findtext("icon[@type='stock']") == app_id
    assert desktop_entry(app_id)["Desktop Entry"]["Icon"] == app_id
    for png in ICONS.glob("hicolor/*/apps/*"):
        assert png.name == f"{app_id}.png"


def test_the_launcher_runs_the_installed_script(layout: ModuleType) -> None:
    entry = desktop_entry(layout.APP_ID)
    main = entry["Desktop Entry"]
    assert shlex.split(main["Exec"])[0] == script_name() == layout.SCRIPT
    assert main["Type"] == "Application" and main["Terminal"] == "false"
    provided = metainfo(layout.APP_ID).findtext("provides/binary")
    assert provided == script_name()


def test_every_quick_start_action_names_a_shipped_routine(layout: ModuleType) -> None:
    import yaml

    routines = {
        yaml.safe_load(path.read_text(encoding="utf-8"))["id"]
        for path in (ROOT / "content" / "routines").glob("*.yaml")
    }
    entry = desktop_entry(layout.APP_ID)
    actions = [a for a in entry["Desktop Entry"]["Actions"].split(";") if a]
    assert actions
    for action in actions:
        command = shlex.split(entry[f"Desktop Action {action}"]["Exec"])
        assert command[0] == script_name()
        routine = command[command.index("--start-routine") + 1]
        assert routine in routines, f"action {action} starts unknown routine {routine!r}"


def version_key(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def test_the_newest_release_is_the_package_version(layout: ModuleType) -> None:
    releases = metainfo(layout.APP_ID).findall("releases/release")
    versions = [release.attrib["version"] for release in releases]
    assert max(versions, key=version_key) == foamroll_gui.__version__
    assert versions[0] == foamroll_gui.__version__  # AppStream lists the newest first
    newest = releases[0]
    assert newest.attrib["date"] and newest.find("description/ul/li") is not None


def test_screenshots_are_the_projects_pictures_at_their_real_size(layout: ModuleType) -> None:
    images = metainfo(layout.APP_ID).findall("screenshots/screenshot/image")
    assert images
    for image in images:
        url = (image.text or "").strip()
        assert url.startswith(RAW_PREFIX), url
        local = ROOT / url.removeprefix(RAW_PREFIX)
        assert local.is_file(), f"{url}: no such file in the checkout"
        width, height, _ = png_size(local)
        assert (int(image.attrib["width"]), int(image.attrib["height"])) == (width, height)


def test_each_icon_png_is_the_size_its_folder_names(make_icons: ModuleType) -> None:
    found = {}
    for png in ICONS.glob("hicolor/*/apps/*.png"):
        folder = png.parent.parent.name
        found[folder] = png_size(png)
    assert sorted(found) == sorted(f"{n}x{n}" for n in make_icons.SIZES)
    assert min(make_icons.SIZES) == 16 and max(make_icons.SIZES) == 512
    for folder, (width, height, colour_type) in found.items():
        assert f"{width}x{height}" == folder
        assert colour_type == 6, f"{folder}: needs an alpha channel for its round corners"


@pytest.mark.parametrize("size", [16, 24, 32, 512])
def test_committed_icons_are_what_the_script_draws_today(
    make_icons: ModuleType, qapp: object, size: int
) -> None:
    """An edited SVG needs ``python scripts/make_icons.py``; 16 and 24 px come from the
    simplified drawing. Compared by pixel with a little slack for another Qt's anti-aliasing."""
    from PySide6.QtGui import QImage

    drawn = QImage.fromData(make_icons.render(make_icons.source_for(size), size))
    committed = QImage(str(make_icons.png_path(ICONS, size)))
    drawn = drawn.convertToFormat(QImage.Format.Format_RGBA8888)
    committed = committed.convertToFormat(QImage.Format.Format_RGBA8888)
    assert (committed.width(), committed.height()) == (size, size)
    a, b = bytes(drawn.constBits()), bytes(committed.constBits())
    worst = max(abs(x - y) for x, y in zip(a, b, strict=True))
    assert worst <= 24, f"{size} px icon is stale: run python scripts/make_icons.py and commit"
