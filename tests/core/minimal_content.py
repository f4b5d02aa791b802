"""A small, valid content folder written into a temporary directory, for breaking on purpose."""

from __future__ import annotations

from pathlib import Path

MUSCLES = """\
muscles:
  - id: calves
    name: Calves
    location: Back of the lower leg.
    why: They take the landing on every stride.
    one_sided: true
    views: [back]
  - id: quadriceps
    name: Quadriceps
    location: Front of the thigh.
    why: They straighten the knee.
    one_sided: false
    views: [front]
"""

CALVES = """\
muscle: calves
summary: Roll the back of the lower leg.
roll:
  from: ankle
  to: knee
steps:
  - id: setup
    kind: setup
    title: Sit down
    text: Sit with the roller under your calves.
  - id: roll
    kind: roll
    title: Roll
    text: Roll from ankle to knee.
    seconds: 45
  - id: hold
    kind: hold
    title: Hold
    text: Pause on a tender spot.
    seconds: 30
  - id: switch
    kind: switch
    title: Switch
    text: Change legs.
pressure:
  more: [Cross the other leg over.]
  less: [Use both legs.]
cautions: [Stay off the back of the knee.]
"""

QUADRICEPS = """\
muscle: quadriceps
summary: Roll the front of the thigh.
roll:
  from: hip
  to: knee
steps:
  - id: setup
    kind: setup
    title: Plank
    text: Lie face down on your forearms.
  - id: roll
    kind: roll
    title: Roll
    text: Roll from hip to knee.
  - id: hold
    kind: hold
    title: Hold
    text: Pause on a tender spot.
pressure:
  more: [Lift one leg.]
  less: [Use both legs.]
cautions: [Keep your abs tight.]
"""

ROUTINE = """\
id: quick
name: Quick
description: A quick roll.
when: pre-run
pass_seconds: 3
references: [behm2020]
items:
  - muscle: calves
    seconds: 30
  - muscle: quadriceps
    seconds: 30
    hold_seconds: 10
"""

SAFETY = """\
hold_times:
  max_tolerance_seconds: 30
  min_tolerance_seconds: 90
  text: Hold longer when the pressure is gentle.
stop_signs: [Numbness or tingling.]
contraindications: [Open wounds]
pages:
  - id: safety
    title: Safety
    sections:
      - heading: Before you roll
        paragraphs: [Check the list.]
references:
  - id: behm2020
    citation: Behm 2020.
    finding: 30-120 s per muscle.
"""

FILES = {
    "muscles.yaml": MUSCLES,
    "techniques/calves.yaml": CALVES,
    "techniques/quadriceps.yaml": QUADRICEPS,
    "routines/quick.yaml": ROUTINE,
    "safety.yaml": SAFETY,
}


def write_content(root: Path, changes: dict[str, str] | None = None) -> Path:
    """Write the minimal content to ``root``, with some files replaced by ``changes``."""
    files = {**FILES, **(changes or {})}
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root
