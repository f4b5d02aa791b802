"""SVG path data as plain data: absolute move, line, cubic and close commands
(:class:`PathCommand`) that a widget can draw and hit-test. No Qt here.

Apart from ``bodymap.py`` so that a start that draws no outline (a first run's map) does not
make these classes: a body map's regions read their commands from the start-up cache when
first asked for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, cast

__all__ = ["CLOSE", "PathCommand", "cubic_to", "line_to", "move_to", "parse_path_data"]


@dataclass(frozen=True)
class PathCommand:
    """One command of an outline, in absolute coordinates: ``M`` starts an outline at
    ``points`` (x, y), ``L`` draws a straight line to (x, y), ``C`` a cubic Bézier curve through
    two control points to (c1x, c1y, c2x, c2y, x, y), and ``Z`` closes the outline. (One class,
    not four: the first frame that draws an outline makes it, about 0.45 ms a class.)"""

    op: Literal["M", "L", "C", "Z"]
    points: tuple[float, ...] = ()


def move_to(x: float, y: float) -> PathCommand:
    return PathCommand("M", (x, y))


def line_to(x: float, y: float) -> PathCommand:
    return PathCommand("L", (x, y))


def cubic_to(c1x: float, c1y: float, c2x: float, c2y: float, x: float, y: float) -> PathCommand:
    return PathCommand("C", (c1x, c1y, c2x, c2y, x, y))


#: close the outline back to its start
CLOSE = PathCommand("Z")

# How many numbers each command takes.
_ARITY = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "Z": 0}
_NUMBER = r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?"
_SEPARATORS = " \t\r\n\f,"


def _tokenize(d: str) -> list[tuple[int, str | float]]:
    """Split path data into ``(position, command letter or number)`` pairs."""
    tokens: list[tuple[int, str | float]] = []
    number = re.compile(_NUMBER)  # (compiled when a drawing is read, not at import)
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
            match = number.match(d, i)
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
                out.append(CLOSE)
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
            out.append(move_to(sx, sy))
        closed = False

        if upper == "M":
            cx, cy = nums[0] + ox, nums[1] + oy
            sx, sy = cx, cy
            out.append(move_to(cx, cy))
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
            out.append(line_to(cx, cy))
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
            out.append(cubic_to(*c1, *c2, *end))
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
) -> PathCommand:
    """The cubic that traces exactly the quadratic Bézier ``start, ctrl, end``."""
    c1 = (start[0] + 2 / 3 * (ctrl[0] - start[0]), start[1] + 2 / 3 * (ctrl[1] - start[1]))
    c2 = (end[0] + 2 / 3 * (ctrl[0] - end[0]), end[1] + 2 / 3 * (ctrl[1] - end[1]))
    return cubic_to(*c1, *c2, *end)
