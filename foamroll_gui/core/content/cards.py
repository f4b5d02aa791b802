"""Plain-text renderings of content, for the terminal (``foamroll show``)."""

from __future__ import annotations

import textwrap

from foamroll_gui.core.content.model import Content


def _wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest) or [first]


def technique_card(content: Content, muscle_id: str, width: int = 78) -> str:
    """A coach's card for one muscle group: where, why, steps, pressure, cautions."""
    muscle = content.muscle(muscle_id)
    technique = content.technique(muscle_id)
    lines: list[str] = []
    title = muscle.name.upper()
    lines += [title, "=" * len(title)]
    lines += _wrap(technique.summary, width, "", "")
    lines.append("")
    lines += _wrap(muscle.location, width, "Where:  ", "        ")
    lines += _wrap(muscle.why, width, "Why:    ", "        ")
    lines += _wrap(
        f"from the {technique.roll_from} to the {technique.roll_to}"
        + (", one side at a time" if muscle.one_sided else ", both sides together"),
        width,
        "Roll:   ",
        "        ",
    )
    lines += ["", "STEPS"]
    for number, step in enumerate(technique.steps, start=1):
        timing = f" ({step.seconds} s)" if step.seconds else ""
        lines += _wrap(f"{step.title}{timing}", width, f" {number}. ", "    ")
        lines += _wrap(step.text, width, "    ", "    ")
    sections = [
        ("MORE PRESSURE", "  + ", technique.more_pressure),
        ("LESS PRESSURE", "  - ", technique.less_pressure),
        ("VARIATIONS", "  ~ ", technique.variations),
        ("CAUTION", "  ! ", technique.cautions),
    ]
    for heading, marker, items in sections:
        if items:
            lines += ["", heading]
            for item in items:
                lines += _wrap(item, width, marker, "    ")
    holds = content.safety.hold_times
    lines += [
        "",
        f"Tender spot: hold about {holds.max_tolerance_seconds} s at strong pressure, "
        f"or {holds.min_tolerance_seconds} s at gentle pressure.",
    ]
    return "\n".join(lines) + "\n"


def content_summary(content: Content, step_pictures: int) -> str:
    """One line for ``foamroll check-content``: what was loaded, counted."""
    steps = sum(len(t.steps) for t in content.techniques.values())
    return (
        f"OK: {len(content.muscles)} muscle groups, {len(content.techniques)} techniques "
        f"({steps} steps), {len(content.routines)} routines, "
        f"{len(content.safety.contraindications)} contraindications, "
        f"{len(content.safety.pages)} help pages, "
        f"{step_pictures} step pictures"
    )
