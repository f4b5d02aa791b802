"""The clickable regions of the body-map drawings, read from our own SVG files.

Each face of the map (``assets/bodymap/front.svg``, ``back.svg``) keeps its muscle shapes in
``<g id="regions">``, one ``<path id="<muscle>-<side>">`` per muscle and side. This module turns
them into plain data: every path becomes a tuple of absolute :class:`MoveTo`, :class:`LineTo`,
:class:`CubicTo` and :class:`Close` commands that a widget can draw and hit-test. No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from foamroll_gui.core.content.model import MAP_FACES, SIDES, MapFace, MuscleGroup, Side
from foamroll_gui.core.resources import asset_path

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

__all__ = [
    "BodyMap",
    "Close",
    "CubicTo",
    "LineTo",
    "MoveTo",
    "PathCommand",
    "Region",
    "coverage_problems",
    "load_body_map",
    "load_shipped_body_maps",
    "parse_path_data",
    "shipped_svg",
]


@dataclass(frozen=True)
class MoveTo:
    """Start a new outline at (``x``, ``y``)."""

    x: float
    y: float


@dataclass(frozen=True)
class LineTo:
    """A straight line to (``x``, ``y``)."""

    x: float
    y: float


@dataclass(frozen=True)
class CubicTo:
    """A cubic Bézier curve through two control points to (``x``, ``y``)."""

    c1x: float
    c1y: float
    c2x: float
    c2y: float
    x: float
    y: float


@dataclass(frozen=True)
class Close:
    """Close the outline back to its start."""

    pass


PathCommand = MoveTo | LineTo | CubicTo | Close

# How many numbers each command takes.
_ARITY = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "Z": 0}
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_SEPARATORS = " \t\r\n\f,"


def _tokenize(d: str) -> list[tuple[int, str | float]]:
    """Split path data into ``(position, command letter or number)`` pairs."""
    tokens: list[tuple[int, str | float]] = []
    i = 0
    while i < len(d):
        ch = d[i]
        if ch in _SEPARATORS:
            i += 1
        elif ch in "Aa":
            raise ValueError(f"arcs are not supported: {ch!r} at position {i}")
        elif ch.upper() in _ARITY:
            tokens.append((i, ch))
            i += 1
        else:
            match = _NUMBER.match(d, i)
            if match is None:
                raise ValueError(f"unexpected character {ch!r} at position {i}")
            tokens.append((i, float(match.group())))
            i = match.end()
    return tokens


def parse_path_data(d: str) -> tuple[PathCommand, ...]:
    """Parse SVG path data into absolute move, line, cubic and close commands.

    Supports M L H V C S Q T Z in absolute and relative form, with implicitly repeated
    commands. H and V become lines; S, Q and T become cubics. Raises ``ValueError`` naming the
    position and character of anything else (arcs included).
    """
    tokens = _tokenize(d)
    out: list[PathCommand] = []
    cx = cy = 0.0  # current point
    sx = sy = 0.0  # start of the current subpath
    last_cubic_ctrl: tuple[float, float] | None = None
    last_quad_ctrl: tuple[float, float] | None = None
    closed = False  # a Close was just emitted; the next drawing command restarts at (sx, sy)
    command: str | None = None
    i = 0
    while i < len(tokens):
        pos, token = tokens[i]
        if isinstance(token, str):
            command = token
            i += 1
            if command in "Zz":
                if not out:
                    raise ValueError(f"path data must start with M, found {command!r} at {pos}")
                out.append(Close())
                cx, cy = sx, sy
                closed = True
                last_cubic_ctrl = last_quad_ctrl = None
                continue
        elif command is None:
            raise ValueError(f"path data must start with a command, found {d[pos]!r} at {pos}")
        elif command in "Zz":
            raise ValueError(f"unexpected number {d[pos]!r} at position {pos} after Z")

        upper = command.upper()
        if not out and upper != "M":
            raise ValueError(f"path data must start with M, found {command!r} at {pos}")
        arity = _ARITY[upper]
        args = [t for _, t in tokens[i : i + arity]]
        numbers_found = next((n for n, a in enumerate(args) if isinstance(a, str)), len(args))
        if numbers_found < arity:
            where = tokens[i + numbers_found][0] if i + numbers_found < len(tokens) else len(d)
            found = repr(d[where]) if where < len(d) else "end of data"
            raise ValueError(
                f"{command!r} needs {arity} numbers, found {found} at position {where}"
            )
        nums = cast(list[float], args)
        i += arity
        relative = command.islower()
        ox, oy = (cx, cy) if relative else (0.0, 0.0)

        if closed and upper != "M":
            out.append(MoveTo(sx, sy))
        closed = False

        if upper == "M":
            cx, cy = nums[0] + ox, nums[1] + oy
            sx, sy = cx, cy
            out.append(MoveTo(cx, cy))
            command = "l" if relative else "L"  # repeated pairs after M are lines
            last_cubic_ctrl = last_quad_ctrl = None
            continue

        if upper in "LHV":
            if upper == "L":
                cx, cy = nums[0] + ox, nums[1] + oy
            elif upper == "H":
                cx = nums[0] + ox
            else:
                cy = nums[0] + oy
            out.append(LineTo(cx, cy))
            last_cubic_ctrl = last_quad_ctrl = None
        elif upper in "CS":
            if upper == "C":
                c1 = (nums[0] + ox, nums[1] + oy)
                rest = nums[2:]
            else:
                px, py = last_cubic_ctrl if last_cubic_ctrl else (cx, cy)
                c1 = (2 * cx - px, 2 * cy - py)
                rest = nums
            c2 = (rest[0] + ox, rest[1] + oy)
            end = (rest[2] + ox, rest[3] + oy)
            out.append(CubicTo(*c1, *c2, *end))
            cx, cy = end
            last_cubic_ctrl, last_quad_ctrl = c2, None
        else:  # Q or T
            if upper == "Q":
                q = (nums[0] + ox, nums[1] + oy)
                end = (nums[2] + ox, nums[3] + oy)
            else:
                px, py = last_quad_ctrl if last_quad_ctrl else (cx, cy)
                q = (2 * cx - px, 2 * cy - py)
                end = (nums[0] + ox, nums[1] + oy)
            out.append(_quad_to_cubic((cx, cy), q, end))
            cx, cy = end
            last_cubic_ctrl, last_quad_ctrl = None, q
    return tuple(out)


def _quad_to_cubic(
    start: tuple[float, float], ctrl: tuple[float, float], end: tuple[float, float]
) -> CubicTo:
    """The cubic that traces exactly the quadratic Bézier ``start, ctrl, end``."""
    c1 = (start[0] + 2 / 3 * (ctrl[0] - start[0]), start[1] + 2 / 3 * (ctrl[1] - start[1]))
    c2 = (end[0] + 2 / 3 * (ctrl[0] - end[0]), end[1] + 2 / 3 * (ctrl[1] - end[1]))
    return CubicTo(*c1, *c2, *end)


@dataclass(frozen=True)
class Region:
    """One clickable muscle shape: ``quadriceps-left`` on the front of the map, say."""

    id: str
    muscle: str
    side: Side
    face: MapFace
    commands: tuple[PathCommand, ...]


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
_REGION_ID = re.compile(r"^(?P<muscle>[a-z0-9]+(?:-[a-z0-9]+)*)-(?P<side>left|right)$")


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
        match = _REGION_ID.match(region_id)
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
