"""The clickable regions of the body-map drawings, read from our own SVG files.

Each face of the map (``assets/bodymap/front.svg``, ``back.svg``) keeps its muscle shapes in
``<g id="regions">``, one ``<path id="<muscle>-<side>">`` per muscle and side. This module turns
them into plain data: every path becomes a tuple of absolute move, line, cubic and close
commands (``bodymap_paths.py``) that a widget can draw and hit-test. No Qt here.

A region's commands are read from the start-up cache when first asked for (``cache.LAZY``): the
first frame shows the drawing itself, and at most the selected muscle's two outlines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

from foamroll_gui.core.content.cache import LAZY, lazy_field
from foamroll_gui.core.content.model import MAP_FACES, SIDES, MapFace, MuscleGroup, Side
from foamroll_gui.core.resources import asset_path

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

    from foamroll_gui.core.bodymap_paths import PathCommand

__all__ = [
    "BodyMap",
    "Region",
    "coverage_problems",
    "load_body_map",
    "load_shipped_body_maps",
    "shipped_svg",
]


@dataclass(frozen=True)
class Region:
    """One clickable muscle shape: ``quadriceps-left`` on the front of the map, say."""

    id: str
    muscle: str
    side: Side
    face: MapFace
    #: the outline: read from the start-up cache when first asked for
    commands: tuple[PathCommand, ...] = field(metadata=LAZY)

    if not TYPE_CHECKING:  # (so that a misspelt attribute stays a type error)
        __getattr__ = lazy_field


@dataclass(frozen=True)
class BodyMap:
    """The regions of one face's drawing, in document order (later ones are drawn on top)."""

    face: MapFace
    width: float
    height: float
    regions: tuple[Region, ...]
    x: float = 0.0  # viewBox origin
    y: float = 0.0

    def region(self, region_id: str) -> Region:
        for region in self.regions:
            if region.id == region_id:
                return region
        raise KeyError(region_id)


_SVG_NS = "{http://www.w3.org/2000/svg}"
_REGION_ID = r"^(?P<muscle>[a-z0-9]+(?:-[a-z0-9]+)*)-(?P<side>left|right)$"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _view_box(root: ET.Element, path: Path) -> tuple[float, float, float, float]:
    box = root.get("viewBox")
    try:
        if box is not None:
            x, y, w, h = (float(v) for v in box.replace(",", " ").split())
        else:
            x = y = 0.0
            w = float(root.get("width", ""))
            h = float(root.get("height", ""))
    except ValueError:
        raise ValueError(f"{path}: the <svg> element needs a viewBox of four numbers") from None
    if w <= 0 or h <= 0:
        raise ValueError(f"{path}: the viewBox must have a positive width and height")
    return x, y, w, h


def shipped_svg(face: MapFace) -> Path:
    """The drawing we ship for one face of the map."""
    return asset_path(f"bodymap/{face}.svg")


def load_shipped_body_maps(cache_dir: Path | None = None) -> dict[MapFace, BodyMap]:
    """Both faces of the map we ship, front and back; kept in the start-up cache when a
    ``cache_dir`` is given (the drawings only change with a new version)."""
    if cache_dir is None:
        return _read_shipped()
    from foamroll_gui.core.content.cache import load_cached

    folder = shipped_svg("front").parent
    return load_cached(
        folder, cache_dir, lambda _: _read_shipped(), dict, name="bodymap.pickle", pattern="*.svg"
    )


def _read_shipped() -> dict[MapFace, BodyMap]:
    return {face: load_body_map(shipped_svg(face), face) for face in MAP_FACES}


def load_body_map(path: Path, face: MapFace) -> BodyMap:
    """Read the regions of one body-map drawing.

    Raises ``ValueError`` naming the file (and region) for a region id that is not
    ``<muscle>-left`` or ``<muscle>-right``, a duplicate id, a ``transform`` on a region or any
    element around it, or path data that cannot be parsed.
    """
    import xml.etree.ElementTree as ET  # only when a drawing is read, not from the cache

    from foamroll_gui.core.bodymap_paths import parse_path_data

    root = ET.parse(path).getroot()
    if _local(root.tag) != "svg":
        raise ValueError(f"{path}: not an SVG file")
    x, y, width, height = _view_box(root, path)

    group = next(
        (el for el in root.iter() if _local(el.tag) == "g" and el.get("id") == "regions"), None
    )
    if group is None:
        raise ValueError(f'{path}: no <g id="regions"> group')

    parents = {child: parent for parent in root.iter() for child in parent}
    regions: list[Region] = []
    seen: set[str] = set()
    for element in group.iter():
        if _local(element.tag) != "path":
            continue
        region_id = element.get("id", "")
        match = re.match(_REGION_ID, region_id)
        if match is None:
            raise ValueError(
                f"{path}: region id {region_id!r} is not '<muscle>-left' or '<muscle>-right'"
            )
        if region_id in seen:
            raise ValueError(f"{path}: region id {region_id!r} appears twice")
        seen.add(region_id)
        node: ET.Element | None = element
        while node is not None:
            if node.get("transform") is not None:
                raise ValueError(
                    f"{path}: region {region_id!r} has a transform on <{_local(node.tag)}>; "
                    "regions must use plain coordinates"
                )
            node = parents.get(node)
        try:
            commands = parse_path_data(element.get("d", ""))
        except ValueError as exc:
            raise ValueError(f"{path}: region {region_id!r}: {exc}") from None
        if not commands:
            raise ValueError(f"{path}: region {region_id!r} has no path data")
        regions.append(
            Region(
                id=region_id,
                muscle=match["muscle"],
                side=cast(Side, match["side"]),
                face=face,
                commands=commands,
            )
        )
    return BodyMap(face=face, width=width, height=height, regions=tuple(regions), x=x, y=y)


def coverage_problems(maps: Mapping[MapFace, BodyMap], muscles: Iterable[MuscleGroup]) -> list[str]:
    """Where the drawings and the muscle list disagree: a muscle without both sides on a face
    it names, or a region that belongs to no muscle."""
    problems: list[str] = []
    by_id = {muscle.id: muscle for muscle in muscles}
    for face, body in maps.items():
        drawn = {(r.muscle, r.side) for r in body.regions}
        for region in body.regions:
            if region.muscle not in by_id:
                problems.append(f"{face} view: region {region.id!r} belongs to no muscle group")
            elif face not in by_id[region.muscle].map_faces:
                problems.append(
                    f"{face} view: region {region.id!r} is drawn, but muscles.yaml does not "
                    f"list the {face} view for {region.muscle!r}"
                )
        for muscle in by_id.values():
            for side in SIDES:
                if face in muscle.map_faces and (muscle.id, side) not in drawn:
                    problems.append(f"{face} view: no region {muscle.id}-{side}")
    return problems
