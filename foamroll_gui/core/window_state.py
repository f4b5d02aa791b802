"""Where the user left the window: its size and place, the panes, the map face, the muscle.

Not a preference (nobody chooses these in a dialog); stored beside the preferences in the
settings file (:mod:`~foamroll_gui.core.settings`), and written when the window closes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from foamroll_gui.core.content.model import MAP_FACES, SIDES, MapFace, Side


@dataclass(frozen=True)
class WindowState:
    """What the window remembers between runs: its geometry and splitters, the map's face,
    the last muscle and side, and the step viewer's zoom."""

    #: Qt's saved geometry of the main window, base64 (opaque here)
    geometry: str | None = None
    #: Qt's saved state of each screen's splitter by screen name, base64 (opaque here)
    splitters: Mapping[str, str] = field(default_factory=dict)
    map_face: MapFace = "front"  # the list starts with the front muscles
    last_muscle: str | None = None
    last_side: Side = "right"
    #: zoom of the step viewer's text and pictures (1.0 = the system's size)
    viewer_zoom: float = 1.0

    def to_json(self) -> dict[str, object]:
        return {
            "geometry": self.geometry,
            "splitters": dict(self.splitters),
            "map_face": self.map_face,
            "last_muscle": self.last_muscle,
            "last_side": self.last_side,
            "viewer_zoom": self.viewer_zoom,
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, object]) -> WindowState:
        """The state from a stored mapping; anything missing or odd falls back to its default
        (the window only opens a little differently)."""
        splitters = raw.get("splitters")
        map_face = raw.get("map_face")
        last_side = raw.get("last_side")
        return cls(
            geometry=_text(raw.get("geometry")),
            splitters={
                str(name): state
                for name, state in (splitters.items() if isinstance(splitters, dict) else ())
                if isinstance(state, str)
            },
            map_face=next((f for f in MAP_FACES if f == map_face), "front"),
            last_muscle=_text(raw.get("last_muscle")),
            last_side=next((s for s in SIDES if s == last_side), "right"),
            viewer_zoom=_zoom(raw.get("viewer_zoom")),
        )


def _zoom(value: object) -> float:
    """A stored zoom, or 1.0 when it is missing or not a sensible factor."""
    if isinstance(value, int | float) and not isinstance(value, bool) and 0.5 <= value <= 4.0:
        return float(value)
    return 1.0


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
