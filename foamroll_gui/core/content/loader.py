"""Load the content folder into the typed model, checking every file, field and reference.

Layout of a content folder::

    muscles.yaml            the muscle groups
    techniques/<id>.yaml    one technique per muscle group
    routines/<id>.yaml      built-in routines
    safety.yaml             hold times, stop signs, contraindications, help pages, references

Every problem becomes a :class:`ContentError` naming file, line and field. ``load_content``
collects the problems of all files before raising, so one run of ``foamroll check-content``
shows them all.
"""

from __future__ import annotations

import errno
import functools
import os
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar, cast

from foamroll_gui.core.content.model import (
    MAP_FACES,
    STEP_KINDS,
    Content,
    MapFace,
    MuscleGroup,
    Step,
    StepKind,
    Technique,
)
from foamroll_gui.core.content.routines import ROUTINE_WHEN, Routine, RoutineItem, RoutineWhen
from foamroll_gui.core.content.safety import HoldTimes, Page, Reference, Safety, Section
from foamroll_gui.core.content.yaml_source import Node, load_yaml_file
from foamroll_gui.core.errors import ContentError, Problem
from foamroll_gui.core.files import UnsafeFileError, list_folder

T = TypeVar("T")

YAML_EXTS = (".yaml", ".yml")
MAX_SECONDS = 60 * 60  # nothing in a routine lasts longer than an hour


class _Collector:
    """Runs file parsers, keeping every ContentError's problems instead of stopping."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def run(self, parse: Callable[[], T]) -> T | None:
        try:
            return parse()
        except ContentError as exc:
            self.problems.extend(exc.problems)
            return None

    def add(self, path: Path, line: int | None, field: str, message: str) -> None:
        self.problems.append(Problem(path, line, field, message))


def _document(path: Path) -> Node:
    return Node(load_yaml_file(path), path)


# -- muscles ----------------------------------------------------------------------------------
def parse_muscles(path: Path) -> tuple[tuple[MuscleGroup, int | None], ...]:
    doc = _document(path)
    doc.mapping({"muscles"})
    out: list[tuple[MuscleGroup, int | None]] = []
    errors = _Collector()
    for node in doc["muscles"].items():
        parsed = errors.run(functools.partial(_parse_muscle, node))
        if parsed is not None:
            out.append(parsed)
    if errors.problems:
        raise ContentError(errors.problems)  # every broken muscle at once
    return tuple(out)


def _parse_muscle(node: Node) -> tuple[MuscleGroup, int | None]:
    node.mapping({"id", "name", "location", "why", "one_sided", "views"}, {"also_called"})
    faces = tuple(cast(MapFace, v.choice(MAP_FACES)) for v in node["views"].items())
    if len(set(faces)) != len(faces):
        node["views"].fail("lists a view twice")
    also = node["also_called"].texts() if node.has("also_called") else ()
    muscle = MuscleGroup(
        id=node["id"].identifier(),
        name=node["name"].text(),
        location=node["location"].text(),
        why=node["why"].text(),
        one_sided=node["one_sided"].boolean(),
        map_faces=faces,
        also_called=also,
    )
    return muscle, node.line


# -- techniques -------------------------------------------------------------------------------
def parse_technique(path: Path) -> tuple[Technique, Node]:
    """Read one technique file. Raises ContentError listing every independent problem in it
    (each field, each step), not only the first."""
    doc = _document(path)
    doc.mapping({"muscle", "summary", "roll", "steps", "pressure", "cautions"}, {"variations"})
    errors = _Collector()
    muscle = errors.run(doc["muscle"].identifier)
    summary = errors.run(doc["summary"].text)
    roll = errors.run(lambda: _two(doc["roll"], "from", "to", Node.text))
    steps = errors.run(lambda: _parse_steps(doc["steps"], errors))
    pressure = errors.run(lambda: _two(doc["pressure"], "more", "less", Node.texts))
    cautions = errors.run(doc["cautions"].texts)
    variations = errors.run(
        lambda: doc["variations"].texts(non_empty=False) if doc.has("variations") else ()
    )
    if errors.problems:
        raise ContentError(errors.problems)
    assert muscle and summary and roll and steps and pressure and cautions is not None
    technique = Technique(
        muscle=muscle,
        summary=summary,
        roll_from=roll[0],
        roll_to=roll[1],
        steps=steps,
        more_pressure=pressure[0],
        less_pressure=pressure[1],
        cautions=cautions,
        variations=variations or (),
        source=path,
    )
    if path.stem != technique.muscle:
        doc["muscle"].fail(f"is {technique.muscle!r} but the file is named {path.name!r}")
    _check_step_order(technique, doc["steps"])
    return technique, doc


V = TypeVar("V")


def _two(node: Node, first: str, second: str, read: Callable[[Node], V]) -> tuple[V, V]:
    node.mapping({first, second})
    return read(node[first]), read(node[second])


def _parse_steps(steps: Node, errors: _Collector) -> tuple[Step, ...]:
    """Every step, each broken one reported to ``errors`` (the others still checked)."""
    seen: set[str] = set()
    parsed = (errors.run(functools.partial(_parse_step, node, seen)) for node in steps.items())
    return tuple(step for step in parsed if step is not None)


def _parse_step(node: Node, seen: set[str]) -> Step:
    node.mapping({"id", "kind", "title", "text"}, {"seconds"})
    step_id = node["id"].identifier()
    if step_id in seen:
        node["id"].fail(f"repeats the step id {step_id!r}")
    seen.add(step_id)
    seconds = node["seconds"].integer(maximum=MAX_SECONDS) if node.has("seconds") else None
    return Step(
        id=step_id,
        kind=cast(StepKind, node["kind"].choice(STEP_KINDS)),
        title=node["title"].text(),
        text=node["text"].text(),
        seconds=seconds,
    )


def _check_step_order(technique: Technique, steps: Node) -> None:
    kinds = [s.kind for s in technique.steps]
    if kinds[0] != "setup":
        steps.fail("must start with a 'setup' step")
    if kinds.count("roll") != 1:
        steps.fail(f"must have exactly one 'roll' step (found {kinds.count('roll')})")
    if "hold" not in kinds:
        steps.fail("must have at least one 'hold' step for tender spots")


# -- routines ---------------------------------------------------------------------------------
def parse_routine(path: Path, *, user: bool = False) -> tuple[Routine, Node]:
    doc = _document(path)
    doc.mapping(
        {"id", "name", "description", "when", "pass_seconds", "items"},
        {"based_on", "references"},
    )
    items: list[RoutineItem] = []
    for node in doc["items"].items():
        if node.has("hold_seconds"):
            node["hold_seconds"].fail(
                "is no longer used: write 'hold: true' to schedule a hold on a tender spot "
                "(its length comes from the pain tolerance) or 'hold: false'"
            )
        node.mapping({"muscle", "seconds"}, {"hold"})
        hold = node["hold"].boolean() if node.has("hold") else False
        items.append(
            RoutineItem(
                muscle=node["muscle"].identifier(),
                seconds=node["seconds"].integer(maximum=MAX_SECONDS),
                hold=hold,
            )
        )
    routine = Routine(
        id=doc["id"].identifier(),
        name=doc["name"].text(),
        description=doc["description"].text(),
        when=cast(RoutineWhen, doc["when"].choice(ROUTINE_WHEN)),
        pass_seconds=doc["pass_seconds"].integer(maximum=10),
        items=tuple(items),
        based_on=doc["based_on"].text() if doc.has("based_on") else None,
        references=doc["references"].texts() if doc.has("references") else (),
        user=user,
        source=path,
    )
    return routine, doc


def check_routine(routine: Routine, doc: Node, muscles: set[str], references: set[str]) -> None:
    """Cross-check a routine against the muscles and references it names."""
    for item_node, item in zip(doc["items"].items(), routine.items, strict=True):
        if item.muscle not in muscles:
            item_node["muscle"].fail(
                f"names an unknown muscle {item.muscle!r} (known: {', '.join(sorted(muscles))})"
            )
    ref_node = doc.get("references")
    if ref_node is not None:
        for node in ref_node.items():
            if node.value not in references:
                node.fail(f"names an unknown reference {node.value!r}")


# -- safety -----------------------------------------------------------------------------------
def parse_safety(path: Path) -> Safety:
    doc = _document(path)
    doc.mapping({"hold_times", "stop_signs", "contraindications", "pages", "references"})
    holds = doc["hold_times"]
    holds.mapping({"max_tolerance_seconds", "min_tolerance_seconds", "text"})
    pages: list[Page] = []
    for node in doc["pages"].items():
        node.mapping({"id", "title", "sections"})
        sections: list[Section] = []
        for sec in node["sections"].items():
            sec.mapping({"heading"}, {"paragraphs", "bullets"})
            paragraphs = sec["paragraphs"].texts() if sec.has("paragraphs") else ()
            bullets = sec["bullets"].texts() if sec.has("bullets") else ()
            if not paragraphs and not bullets:
                sec.fail("needs paragraphs or bullets")
            sections.append(Section(sec["heading"].text(), paragraphs, bullets))
        pages.append(Page(node["id"].identifier(), node["title"].text(), tuple(sections)))
    _no_duplicates(((p.id, n) for p, n in zip(pages, doc["pages"].items(), strict=True)), "page")
    references: list[Reference] = []
    for node in doc["references"].items():
        node.mapping({"id", "citation", "finding"})
        references.append(
            Reference(node["id"].identifier(), node["citation"].text(), node["finding"].text())
        )
    _no_duplicates(
        ((r.id, n) for r, n in zip(references, doc["references"].items(), strict=True)),
        "reference",
    )
    return Safety(
        hold_times=HoldTimes(
            max_tolerance_seconds=holds["max_tolerance_seconds"].integer(maximum=MAX_SECONDS),
            min_tolerance_seconds=holds["min_tolerance_seconds"].integer(maximum=MAX_SECONDS),
            text=holds["text"].text(),
        ),
        stop_signs=doc["stop_signs"].texts(),
        contraindications=doc["contraindications"].texts(),
        pages=tuple(pages),
        references=tuple(references),
    )


def _no_duplicates(pairs: Iterable[tuple[str, Node]], what: str) -> None:
    seen: set[str] = set()
    for ident, node in pairs:
        if ident in seen:
            node["id"].fail(f"repeats the {what} id {ident!r}")
        seen.add(ident)


# -- the whole folder -------------------------------------------------------------------------
def load_content(root: Path) -> Content:
    """Load and cross-check a content folder. Raises ContentError listing every problem."""
    errors = _Collector()
    muscles_path = root / "muscles.yaml"
    read_muscles = errors.run(lambda: parse_muscles(muscles_path))
    # A broken muscles.yaml is one error: nothing is checked against the muscles it lost.
    muscles_known = read_muscles is not None
    parsed_muscles = read_muscles or ()
    muscles: list[MuscleGroup] = []
    for index, (muscle, line) in enumerate(parsed_muscles):
        if any(m.id == muscle.id for m in muscles):
            field = f"muscles[{index}].id"
            errors.add(muscles_path, line, field, f"repeats the muscle id {muscle.id!r}")
            continue
        muscles.append(muscle)
    muscle_ids = {m.id for m in muscles}

    techniques: dict[str, Technique] = {}
    for path in _yaml_files(root / "techniques"):
        try:
            technique, doc = parse_technique(path)
            if muscles_known:
                _check_technique_muscle(technique, doc, muscles)
        except ContentError as exc:
            errors.problems.extend(exc.problems)
            continue
        techniques[technique.muscle] = technique
    for index, (muscle, line) in enumerate(parsed_muscles):
        if not any((root / "techniques" / f"{muscle.id}{ext}").exists() for ext in YAML_EXTS):
            expected = f"techniques/{muscle.id}.yaml"
            field = f"muscles[{index}].id"
            errors.add(muscles_path, line, field, f"{muscle.id!r} has no technique file {expected}")

    safety_path = root / "safety.yaml"
    safety = errors.run(lambda: parse_safety(safety_path))
    reference_ids = {r.id for r in safety.references} if safety else set()

    routines: list[Routine] = []
    for path in _yaml_files(root / "routines"):
        try:
            routine, doc = parse_routine(path)
            # what a broken muscles.yaml or safety.yaml lost is not checked (no cascade)
            known_muscles = muscle_ids if muscles_known else {i.muscle for i in routine.items}
            known_references = reference_ids if safety else set(routine.references)
            check_routine(routine, doc, known_muscles, known_references)
            if any(r.id == routine.id for r in routines):
                doc["id"].fail(f"repeats the routine id {routine.id!r}")
        except ContentError as exc:
            errors.problems.extend(exc.problems)
            continue
        routines.append(routine)

    if not muscles and not errors.problems:
        errors.add(muscles_path, None, "muscles", "lists no muscle groups")
    if errors.problems or safety is None:
        raise ContentError(errors.problems)
    return Content(
        muscles=tuple(muscles),
        techniques=techniques,
        routines=tuple(routines),
        safety=safety,
    )


def _loops(path: Path) -> bool:
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def _yaml_files(folder: Path) -> list[Path]:
    """The ``*.yaml`` and ``*.yml`` files of a content folder (none if it cannot be read)."""
    try:
        return list_folder(folder)
    except UnsafeFileError:
        return []


def _check_technique_muscle(technique: Technique, doc: Node, muscles: list[MuscleGroup]) -> None:
    muscle = next((m for m in muscles if m.id == technique.muscle), None)
    if muscle is None:
        known = ", ".join(sorted(m.id for m in muscles))
        doc["muscle"].fail(f"names an unknown muscle {technique.muscle!r} (known: {known})")
    has_switch = any(s.kind == "switch" for s in technique.steps)
    if muscle.one_sided and not has_switch:
        doc["steps"].fail("needs a 'switch' step: this muscle is rolled one side at a time")
    if not muscle.one_sided and has_switch:
        doc["steps"].fail("has a 'switch' step but this muscle is rolled on both sides at once")


def load_user_routines(folder: Path, content: Content) -> tuple[Content, tuple[Problem, ...]]:
    """Add the valid routines from a user's folder; report (never raise on) the broken ones.

    A broken file is skipped and left exactly where it is.
    """
    problems: list[Problem] = []
    added: list[Routine] = []
    try:
        paths = list_folder(folder)
    except UnsafeFileError as exc:
        advice = exc.advice[:1].lower() + exc.advice[1:]
        return content, (Problem(exc.path, None, "", f"{exc.reason}; {advice}"),)
    muscle_ids = {m.id for m in content.muscles}
    reference_ids = {r.id for r in content.safety.references}
    taken = {r.id for r in content.routines}
    for path in paths:
        if _loops(path):  # named without resolving it (resolving a loop raises)
            advice = "point the link at a real file or delete it"
            problems.append(Problem(path, None, "", f"is a symbolic link that loops; {advice}"))
            continue
        try:
            routine, doc = parse_routine(path, user=True)
            check_routine(routine, doc, muscle_ids, reference_ids)
            if routine.id in taken:
                doc["id"].fail(f"repeats the routine id {routine.id!r}; choose another id")
        except ContentError as exc:
            problems.extend(exc.problems)
            continue
        taken.add(routine.id)
        added.append(routine)
    return replace(content, routines=content.routines + tuple(added)), tuple(problems)
