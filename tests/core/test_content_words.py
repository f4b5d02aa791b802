"""The technique words: right, in one voice, and readable from the floor (issue 12).

The rules the content keeps (change them here, with the content, never one without the other):

- Every hold step is titled "Hold the tender spot" and reads "Stop on the most tender spot.
  Let your <part> sink into the roller. Breathe out slowly until the ache eases."
- One-sided techniques work the RIGHT side first; the switch step ends "Repeat every step on
  the left leg." or "... left side.", and the step pictures are drawn for the right side.
- Switch titles: "Switch legs" for the muscles of the thigh and the lower leg (only the leg on
  the roller changes); "Switch sides" for the hip and trunk muscles (the whole body turns over).
- A roll range, a roll step or a summary never ends at or crosses a joint that the technique's
  cautions or the safety page say to stay off; it says where to stop short of it ("just above
  the knee", "a hand's width below the knee").
- Metric units only; "physiotherapist"; plain words; at most 25 words in a sentence.
- Our own words: no run of 6 words shared with one of the four seed articles, apart from the
  routines' ``based_on`` titles. The articles are not in the repository; ``seed_shingles.txt``
  holds a hash of each of their 6-word runs. Regenerate it with
  ``python tests/core/test_content_words.py /work/shared/seeds/*.txt``.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

CONTENT = Path(__file__).resolve().parents[2] / "content"
SHINGLES = Path(__file__).with_name("seed_shingles.txt")
RUN = 6  # words in a row that count as copied
MAX_SENTENCE_WORDS = 25

HOLD_TITLE = "Hold the tender spot"
HOLD_PATTERN = re.compile(
    r"Stop on the most tender spot\. Let your [a-z ]+ sink into the roller\. "
    r"Breathe out slowly until the ache eases\."
)
FIRST_SIDE = "right"
# Which switch title each one-sided muscle takes; see the module docstring for the rule.
SWITCH_KIND = {
    "calves": "legs",
    "peroneals": "legs",
    "hamstrings": "legs",
    "adductors": "legs",
    "it-band": "legs",
    "tfl": "sides",
    "glutes": "sides",
    "piriformis": "sides",
    "lats": "sides",
}
# Words naming the worked part: before the switch, "<side> <word>" must always be the right side.
WORKED_PART = {
    "calves": "calf",
    "peroneals": "side|lower leg|outer calf",
    "hamstrings": "hamstring|thigh",
    "adductors": "hip|inner thigh",
    "it-band": "side|outer thigh",
    "tfl": "side|hip|hip bone",
    "glutes": "side|buttock",
    "piriformis": "side|buttock",
    "lats": "side|arm|armpit",
}

# Joints and bony points a roller must not cross, by family; longest phrases first.
JOINTS: dict[str, tuple[str, ...]] = {
    "knee": (
        "back of the knee",
        "back of your knee",
        "knee crease",
        "knee joint",
        "inner knee",
        "outer knee",
        "kneecaps",
        "kneecap",
        "knees",
        "knee",
    ),
    "ankle": (
        "outer ankle bone",
        "front of the ankle",
        "ankle bone",
        "outer ankle",
        "ankles",
        "ankle",
    ),
    "achilles tendon": ("achilles tendon", "achilles"),
    "hip bone": (
        "bony point at the front of the hip",
        "bony points of the hips",
        "bony point of the hip",
        "bony rim of the pelvis",
        "rim of the pelvis",
        "front hip bone",
        "hip bones",
        "hip bone",
        "sit bones",
        "sit bone",
    ),
    "tailbone": ("tailbone",),
    "lower back": ("lower back", "low back"),
    "neck": ("neck",),
    "elbow": ("elbows", "elbow"),
}
# A caution sentence with one of these words tells you to keep off the joints it names.
KEEP_OFF = {"off", "stop", "never", "not", "avoid", "stay", "short", "clear"}
# A joint named right after one of these is a place to stop short of, not to roll onto.
STOP_SHORT = {"above", "below", "off", "before", "beside"}
STOP_SHORT_PAIRS = {("short", "of"), ("clear", "of"), ("away", "from")}
SKIP = {"the", "your", "a", "an", "each", "both"}

IMPERIAL = re.compile(
    r"\b(inch|inches|yards?|miles?|lbs?|pounds?|ounces?|oz|fahrenheit)\b"
    r"|\b(\d+|one|two|three|a few|a couple of)\s+(foot|feet)\b",
    re.IGNORECASE,
)
JARGON = ("physical therapist", "glute seat", "hot spot", "hotspot")
TITLE_SIDES = ("per side", "each side", "both sides")  # the screen says it beside the seconds

# What a runner types, and the group it must find by an exact other name.
SEARCHES = {
    "calf": "calves",
    "calves": "calves",
    "quad": "quadriceps",
    "quads": "quadriceps",
    "front of thigh": "quadriceps",
    "inner thigh": "adductors",
    "groin": "adductors",
    "adductor": "adductors",
    "shin": "shins",
    "outer calf": "peroneals",
    "outer thigh": "it-band",
    "itb": "it-band",
    "hip flexor": "tfl",
    "hamstring": "hamstrings",
    "back of thigh": "hamstrings",
    "glute": "glutes",
    "butt": "glutes",
    "buttock": "glutes",
    "bum": "glutes",
    "upper back": "upper-back",
    "mid back": "upper-back",
    "thoracic": "upper-back",
    "shoulder blades": "upper-back",
    "lat": "lats",
    "lats": "lats",
}


# -- helpers ----------------------------------------------------------------------------------
def words(text: str) -> list[str]:
    """Lower-case words, apostrophes dropped ("you're" -> "youre"), punctuation as spaces."""
    text = text.casefold().replace("\u2019", "'").replace("'", "")
    return re.findall(r"[a-z0-9]+", text)


def runs(text: str, size: int = RUN) -> set[str]:
    w = words(text)
    return {" ".join(w[i : i + size]) for i in range(len(w) - size + 1)}


def run_hash(run: str) -> str:
    return hashlib.blake2b(run.encode(), digest_size=6).hexdigest()


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def joint_mentions(text: str) -> Iterator[tuple[str, str, bool]]:
    """Every joint named in ``text``: (family, phrase, named as a place to stop short of)."""
    tokens = words(text)
    phrases = sorted(
        ((family, words(p)) for family, ps in JOINTS.items() for p in ps),
        key=lambda item: -len(item[1]),
    )
    i = 0
    while i < len(tokens):
        for family, phrase in phrases:
            if tokens[i : i + len(phrase)] == phrase:
                before = tokens[:i]
                while before and before[-1] in SKIP:
                    before.pop()
                safe = bool(before) and (
                    before[-1] in STOP_SHORT or tuple(before[-2:]) in STOP_SHORT_PAIRS
                )
                yield family, " ".join(phrase), safe
                i += len(phrase)
                break
        else:
            i += 1


def kept_off(texts: list[str]) -> set[str]:
    """The joint families that these caution texts say to keep off."""
    families: set[str] = set()
    for text in texts:
        for sentence in re.split(r"[.;:]", text):
            if KEEP_OFF & set(words(sentence)):
                families |= {family for family, _, _ in joint_mentions(sentence)}
    return families


def strings(node: Any, path: str) -> Iterator[tuple[str, str]]:
    """Every text in a YAML document as (where, text), the routines' ``based_on`` left out."""
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            if key != "based_on":
                yield from strings(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from strings(value, f"{path}[{index}]")


def content_texts() -> list[tuple[str, str]]:
    files = [CONTENT / "muscles.yaml", CONTENT / "safety.yaml"]
    files += sorted((CONTENT / "techniques").glob("*.yaml"))
    files += sorted((CONTENT / "routines").glob("*.yaml"))
    out: list[tuple[str, str]] = []
    for path in files:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        out += strings(document, str(path.relative_to(CONTENT)))
    return out


def safety_texts(content: Any, page_id: str = "safety") -> list[str]:
    page = content.safety.page(page_id)
    return [t for section in page.sections for t in (*section.paragraphs, *section.bullets)]


def one_sided(content: Any) -> list[str]:
    return [m.id for m in content.muscles if m.one_sided]


# -- the checkers catch what they are for -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "family", "safe"),
    [
        ("Roll from the ankle to the back of the knee.", "knee", False),
        ("from the outer ankle", "ankle", False),
        ("Roll to just below the back of the knee.", "knee", True),
        ("Stop a hand's width below the knee.", "knee", True),
        ("Roll to the top of the kneecap.", "knee", False),
        ("Stop just short of the bony point of the hip.", "hip bone", True),
        ("Keep your abs tight so your lower back stays flat.", "lower back", False),
    ],
)
def test_joint_finder_tells_a_stop_from_a_crossing(text: str, family: str, safe: bool) -> None:
    assert [(f, s) for f, _, s in joint_mentions(text) if f == family] == [(family, safe)]


def test_joints_in_cautions_are_the_ones_to_keep_off() -> None:
    cautions = ["Stop above the back of the knee; never roll behind it.", "Mind your elbows."]
    assert kept_off(cautions) == {"knee"}


def test_a_copied_run_is_found() -> None:
    seed = {run_hash(r) for r in runs("Lean back on your hands and bend your legs in front.")}
    copied = "Sit down. Lean back on your hands and bend your knees."
    assert {run_hash(r) for r in runs(copied)} & seed
    assert not {run_hash(r) for r in runs("Sit down and lean back onto both hands.")} & seed


# -- the content ------------------------------------------------------------------------------
def test_roll_ranges_stop_short_of_the_joints_they_must_not_cross(content: Any) -> None:
    problems: list[str] = []
    page = safety_texts(content)
    for muscle, technique in content.techniques.items():
        forbidden = kept_off([*technique.cautions, *page])
        roll = next(s for s in technique.steps if s.kind == "roll")
        fields = {
            "roll.from": technique.roll_from,
            "roll.to": technique.roll_to,
            "summary": technique.summary,
            f"steps[{roll.id}].title": roll.title,
            f"steps[{roll.id}].text": roll.text,
        }
        for field, text in fields.items():
            for family, phrase, safe in joint_mentions(text):
                if family in forbidden and not safe:
                    problems.append(f"{muscle}: {field} rolls onto the {phrase!r}: {text!r}")
    assert not problems, "\n".join(problems)


def test_the_safety_page_keeps_the_roller_off_the_big_joints(content: Any) -> None:
    assert {"knee", "hip bone", "achilles tendon", "lower back", "neck"} <= kept_off(
        safety_texts(content)
    )


def test_every_hold_step_has_one_title_and_one_pattern(content: Any) -> None:
    for muscle, technique in content.techniques.items():
        holds = [s for s in technique.steps if s.kind == "hold"]
        assert holds, muscle
        for step in holds:
            assert step.title == HOLD_TITLE, (muscle, step.id, step.title)
            assert HOLD_PATTERN.fullmatch(step.text), (muscle, step.id, step.text)


def test_one_sided_techniques_start_on_the_right(content: Any, illustrations: Any) -> None:
    assert set(one_sided(content)) == set(SWITCH_KIND), "classify every one-sided muscle"
    for muscle in one_sided(content):
        steps = content.technique(muscle).steps
        switch_at = next(i for i, s in enumerate(steps) if s.kind == "switch")
        pattern = re.compile(rf"\b(left|right) (?:[a-z]+ )?(?:{WORKED_PART[muscle]})\b")
        sides = [
            (step.id, side)
            for step in steps[:switch_at]
            for side in pattern.findall(f"{step.title}. {step.text}".casefold())
        ]
        assert sides, f"{muscle}: no step before the switch names the worked side"
        wrong = [(step, side) for step, side in sides if side != FIRST_SIDE]
        assert not wrong, f"{muscle}: works the {wrong[0][1]} side in step {wrong[0][0]!r}"
        assert illustrations[muscle].side == FIRST_SIDE, (
            f"{muscle}: pictures drawn for the other side"
        )


def test_switch_steps_use_the_agreed_words(content: Any) -> None:
    for muscle in one_sided(content):
        switches = [s for s in content.technique(muscle).steps if s.kind == "switch"]
        assert len(switches) == 1, muscle
        kind = SWITCH_KIND[muscle]
        step = switches[0]
        assert step.title == f"Switch {kind}", (muscle, step.title)
        ending = f"Repeat every step on the left {kind[:-1]}."
        assert step.text.endswith(ending), (muscle, step.text)
        assert step.seconds is None, muscle


def test_a_pressure_tip_is_not_already_a_step(content: Any) -> None:
    for muscle, technique in content.techniques.items():
        steps = " ".join(f"{s.title} {s.text}" for s in technique.steps).casefold()
        for tip in technique.more_pressure:
            for action in ("stack", "cross"):
                if re.search(rf"\b{action}\b", tip.casefold()):
                    assert not re.search(rf"\b{action}\b", steps), (muscle, tip)


def test_the_safety_page_agrees_with_itself(content: Any) -> None:
    safety = content.safety
    texts = [*safety_texts(content), safety.hold_times.text]
    everything = " ".join(texts).casefold()
    assert not ("as hard as you can" in everything and "out of 10" in everything)
    holds = safety.hold_times
    assert str(holds.max_tolerance_seconds) in holds.text
    assert str(holds.min_tolerance_seconds) in holds.text
    for sign in safety.stop_signs:
        assert not {"next", "lingers", "day"} & set(words(sign)), f"not a stop sign: {sign!r}"
    assert "next day" in everything, "say what next-day soreness means"


@pytest.mark.parametrize(("query", "muscle"), SEARCHES.items())
def test_other_names_find_the_right_group(content: Any, query: str, muscle: str) -> None:
    found = [
        m.id
        for m in content.muscles
        if query.casefold() in {n.casefold() for n in (m.name, m.id, *m.also_called)}
    ]
    assert found == [muscle]


def test_no_imperial_units_and_no_jargon() -> None:
    problems: list[str] = []
    for where, text in content_texts():
        if IMPERIAL.search(text):
            problems.append(f"{where}: imperial unit in {text!r}")
        for term in JARGON:
            if term in text.casefold():
                problems.append(f"{where}: {term!r} in {text!r}")
        if where.endswith(".title") and any(t in text.casefold() for t in TITLE_SIDES):
            problems.append(f"{where}: the screen says per side, not the title: {text!r}")
    assert not problems, "\n".join(problems)


def test_sentences_are_short_enough_to_follow_from_the_floor(content: Any) -> None:
    texts: list[tuple[str, str]] = []
    for muscle, technique in content.techniques.items():
        texts += [(f"{muscle}.steps[{s.id}]", s.text) for s in technique.steps]
        others = (
            technique.summary,
            *technique.more_pressure,
            *technique.less_pressure,
            *technique.variations,
            *technique.cautions,
        )
        texts += [(muscle, text) for text in others]
    texts += [(m.id, text) for m in content.muscles for text in (m.location, m.why)]
    safety = content.safety
    for page in safety.pages:
        texts += [(f"safety/{page.id}", text) for text in safety_texts(content, page.id)]
    texts += [("safety/hold_times", safety.hold_times.text)]
    texts += [("safety/stop_signs", text) for text in safety.stop_signs]
    problems = [
        f"{where}: {len(words(sentence))} words: {sentence!r}"
        for where, text in texts
        for sentence in sentences(text)
        if len(words(sentence)) > MAX_SENTENCE_WORDS
    ]
    assert not problems, "\n".join(problems)


def test_nothing_is_copied_from_the_seed_articles() -> None:
    seed = set(SHINGLES.read_text(encoding="utf-8").split()[1:])  # first word: the header
    assert len(seed) > 3000, "seed_shingles.txt looks empty"
    copied = [
        f"{where}: {run!r}"
        for where, text in content_texts()
        for run in sorted(runs(text))
        if run_hash(run) in seed
    ]
    assert not copied, "\n".join(copied)


if __name__ == "__main__":  # regenerate seed_shingles.txt from the seed articles
    hashes = sorted({run_hash(r) for p in sys.argv[1:] for r in runs(Path(p).read_text())})
    lines = [" ".join(hashes[i : i + 8]) for i in range(0, len(hashes), 8)]
    SHINGLES.write_text("blake2b-48-of-6-word-runs\n" + "\n".join(lines) + "\n", encoding="utf-8")
