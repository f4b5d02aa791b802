"""The safety pages' model: when to stop, when not to roll, the help pages and the references.

Apart from ``model.py`` because the first frame shows none of it: this module and its classes
are made when the safety pages are first read (see ``cache.LAZY``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    """A headed part of a help page: paragraphs, then bullets."""

    heading: str
    paragraphs: tuple[str, ...] = ()
    bullets: tuple[str, ...] = ()


@dataclass(frozen=True)
class Page:
    """A help page (the safety page, say): a title and its sections."""

    id: str
    title: str
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class Reference:
    """A study or article the content rests on, and what it found."""

    id: str
    citation: str
    finding: str


@dataclass(frozen=True)
class HoldTimes:
    """How long to hold a tender spot at the most and at the least pain tolerance."""

    max_tolerance_seconds: int
    min_tolerance_seconds: int
    text: str


@dataclass(frozen=True)
class Safety:
    """When to stop, when not to roll at all, the help pages and the references."""

    hold_times: HoldTimes
    stop_signs: tuple[str, ...]
    contraindications: tuple[str, ...]
    pages: tuple[Page, ...]
    references: tuple[Reference, ...]

    def page(self, page_id: str) -> Page:
        for page in self.pages:
            if page.id == page_id:
                return page
        raise KeyError(page_id)
