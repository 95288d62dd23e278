"""Actor triples of event summaries: actorgraph against the hand-annotated WCEP summaries.

Usage (from the project root)::

    python benchmarks/wcep.py [../shared/data/wcep-2015-09-dev.jsonl] [--write [--section NAME]]
                              [--errors]

The gold file (format and guidelines: ``wcep-guidelines.md`` beside it) holds
news summaries, each with five lists of triples ``{"s": [names], "r":
[relation words], "o": [names]}``: ``core``, ``optional``, ``negated``,
``hedged`` and ``forbid``. The matching rules are those of the guidelines:

- a *name* matches a triple side when, case and punctuation aside, the words
  of the listed name are a contiguous part of the words of the side's
  canonical label or of its mention text, or the other way round;
- a *relation* matches when any listed word is one of the words of the
  relation's lemma or of its label;
- a gold triple is matched by an extracted one when subject, relation and
  object all match, in that direction; it is *reversed* when the relation
  matches with subject and object swapped (and no triple matches it the
  right way round).

Figures, per half of the split by id (:mod:`benchmarks.split`):

core found
    core triples matched by a non-negated extracted triple.
negated flagged
    negated triples matched by an extracted triple marked negated.
hedged flagged
    hedged triples matched by an extracted triple marked hedged (and not
    negated).
forbidden produced
    extracted triples (negated or not) that match a ``forbid`` triple.
reversed
    core, hedged and negated triples only found reversed.
actor precision (lower bound)
    extracted triples between two named actors (no concept side) that match
    any listed triple (core, optional, negated or hedged) in the right
    direction; the lists hold the main events, not every true statement.

``--errors`` prints the core misses and wrong readings of the tune half only;
the check half is only scored.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.split import HALVES, TUNE, half  # noqa: E402

__all__ = [
    "Extracted",
    "GoldTriple",
    "Summary",
    "WcepScores",
    "actorgraph_run",
    "extracted_of",
    "format_table",
    "matches",
    "name_matches",
    "read_summaries",
    "relation_matches",
    "report",
    "score",
    "score_summary",
    "skipped_is_an_error",
    "split",
    "words",
]

_WORD = re.compile(r"[^\W_]+")
KINDS = ("core", "optional", "negated", "hedged", "forbid")


def words(text: str) -> tuple[str, ...]:
    """The case-folded words of a text, punctuation dropped.

    Examples
    --------
    >>> words("the U.S.-led Coalition's")
    ('the', 'u', 's', 'led', 'coalition', 's')
    """
    return tuple(w.casefold() for w in _WORD.findall(text))


def _contains(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    n = len(shorter)
    return n > 0 and any(tuple(longer[i:i + n]) == tuple(shorter)
                         for i in range(len(longer) - n + 1))


def name_matches(listed: Iterable[str], side: Iterable[str]) -> bool:
    """Whether a triple side (its label and text) matches any listed name.

    Examples
    --------
    >>> name_matches(["Tony Abbott", "Abbott"], ["Prime Minister Tony Abbott"])
    True
    >>> name_matches(["Liberal Party of Australia"], ["Liberal Party"])
    True
    >>> name_matches(["Libya"], ["Liberia"])
    False
    """
    sides = [words(s) for s in side if s]
    for name in listed:
        n = words(name)
        if any(_contains(s, n) or _contains(n, s) for s in sides):
            return True
    return False


def relation_matches(listed: Iterable[str], relation: Iterable[str]) -> bool:
    """Whether any listed word is one of the words of the relation's lemma or label.

    Examples
    --------
    >>> relation_matches(["defeat", "win"], ["win", "win leadership"])
    True
    >>> relation_matches(["attack"], ["attacker"])
    False
    """
    have = {w for r in relation if r for w in words(r)}
    return any(w in have for word in listed for w in words(word))


@dataclass(frozen=True)
class GoldTriple:
    """One annotated triple: names of the subject, relation words, names of the object."""

    s: tuple[str, ...]
    r: tuple[str, ...]
    o: tuple[str, ...]


@dataclass(frozen=True)
class Summary:
    """One annotated summary."""

    id: str
    date: str | None
    text: str
    lists: Mapping[str, tuple[GoldTriple, ...]]


@dataclass(frozen=True)
class Extracted:
    """One extracted triple, reduced to what is scored."""

    subject: tuple[str, ...]  # canonical label and mention text
    relation: tuple[str, ...]  # lemma and label
    object: tuple[str, ...]
    negated: bool = False
    hedged: bool = False
    actors: bool = True  # both sides named actors (no concept)


def read_summaries(lines: Iterable[str]) -> list[Summary]:
    """Summaries from the JSON Lines gold format."""
    out = []
    for line in lines:
        if not line.strip():
            continue
        row = json.loads(line)
        lists = {kind: tuple(GoldTriple(tuple(t["s"]), tuple(t["r"]), tuple(t["o"]))
                             for t in row.get(kind) or ()) for kind in KINDS}
        out.append(Summary(row["id"], row.get("date"), row["text"], lists))
    return out


def matches(gold: GoldTriple, triple: Extracted, *, reverse: bool = False) -> bool:
    """Whether an extracted triple matches a gold triple (or its reversal)."""
    subject, obj = (triple.object, triple.subject) if reverse else (triple.subject, triple.object)
    return (relation_matches(gold.r, triple.relation) and name_matches(gold.s, subject)
            and name_matches(gold.o, obj))


@dataclass
class WcepScores:
    """Counts behind the WCEP figures (of one half, or all)."""

    summaries: int = 0
    core: int = 0
    core_found: int = 0
    negated: int = 0
    negated_flagged: int = 0
    negated_found: int = 0
    hedged: int = 0
    hedged_flagged: int = 0
    hedged_found: int = 0
    forbidden_produced: int = 0
    reversed: int = 0
    actor_triples: int = 0
    actor_triples_listed: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: WcepScores) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def ratio(a: int, b: int) -> float | None:
        return a / b if b else None


def _show(t: Extracted) -> str:
    flags = "".join((" [negated]" if t.negated else "", " [hedged]" if t.hedged else ""))
    return f"{t.subject[0]} -{t.relation[-1]}-> {t.object[0]}{flags}"


def _gold(g: GoldTriple) -> str:
    return f"{'|'.join(g.s)} -{'|'.join(g.r)}-> {'|'.join(g.o)}"


def score_summary(summary: Summary, triples: Sequence[Extracted]) -> WcepScores:
    """The counts of one summary (``errors`` lists its misses and wrong readings)."""
    s = WcepScores(summaries=1)
    lists = summary.lists
    for g in lists["core"]:
        s.core += 1
        if any(matches(g, t) and not t.negated for t in triples):
            s.core_found += 1
        else:
            s.errors.append(f"missed core {_gold(g)}")
    for g in lists["negated"]:
        s.negated += 1
        found = any(matches(g, t) for t in triples)
        s.negated_found += found
        if any(matches(g, t) and t.negated for t in triples):
            s.negated_flagged += 1
        else:
            s.errors.append(f"negated {'not flagged' if found else 'not found'} {_gold(g)}")
    for g in lists["hedged"]:
        s.hedged += 1
        found = any(matches(g, t) for t in triples)
        s.hedged_found += found
        if any(matches(g, t) and t.hedged and not t.negated for t in triples):
            s.hedged_flagged += 1
        else:
            s.errors.append(f"hedged {'not flagged' if found else 'not found'} {_gold(g)}")
    for t in triples:
        if any(matches(g, t) for g in lists["forbid"]):
            s.forbidden_produced += 1
            s.errors.append(f"forbidden reading {_show(t)}")
    for g in lists["core"] + lists["hedged"] + lists["negated"]:
        if not any(matches(g, t) for t in triples) and any(
                matches(g, t, reverse=True) for t in triples):
            s.reversed += 1
            s.errors.append(f"reversed reading of {_gold(g)}")
    listed = lists["core"] + lists["optional"] + lists["negated"] + lists["hedged"]
    for t in triples:
        if t.actors:
            s.actor_triples += 1
            s.actor_triples_listed += any(matches(g, t) for g in listed)
    return s


def score(summaries: Sequence[Summary], extracted: Mapping[str, Sequence[Extracted]]
          ) -> WcepScores:
    """The counts of many summaries (``extracted`` by summary id)."""
    total = WcepScores()
    for summary in summaries:
        total.add(score_summary(summary, extracted.get(summary.id, ())))
    return total


def _fmt(a: int, b: int) -> str:
    return "–" if not b else f"{a / b:.2f} ({a}/{b})"


def format_table(rows: Mapping[str, WcepScores]) -> str:
    """A Markdown table, one row per (system, half)."""
    lines = ["| run | summaries | core found | negated flagged | hedged flagged "
             "| negated, hedged found (any flags) "
             "| forbidden produced | reversed | actor precision (lower bound) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, s in rows.items():
        lines.append(f"| {name} | {s.summaries} | {_fmt(s.core_found, s.core)} "
                     f"| {_fmt(s.negated_flagged, s.negated)} "
                     f"| {_fmt(s.hedged_flagged, s.hedged)} "
                     f"| {s.negated_found}/{s.negated}, {s.hedged_found}/{s.hedged} "
                     f"| {s.forbidden_produced} "
                     f"| {s.reversed} | {_fmt(s.actor_triples_listed, s.actor_triples)} |")
    return "\n".join(lines) + "\n"


def split(summaries: Sequence[Summary]) -> dict[str, list[Summary]]:
    """Summaries by half of the split by id."""
    halves: dict[str, list[Summary]] = {name: [] for name in HALVES}
    for summary in summaries:
        halves[half(summary.id)].append(summary)
    return halves


def extracted_of(result) -> list[Extracted]:
    """An actorgraph :class:`ArticleResult` reduced to scored triples."""
    return [Extracted(subject=(t.subject.label, t.subject.text),
                      relation=(t.relation.lemma, t.relation.label),
                      object=(t.object.label, t.object.text),
                      negated=t.negated, hedged=t.hedged,
                      actors=not (t.subject.is_concept or t.object.is_concept))
            for t in result.triples]


def skipped_is_an_error(error) -> None:
    """The ``on_error`` of the benchmark runs: an input that was skipped stops the run; a
    warning about one that was still processed (a results table or a line of names that
    does not look like English prose) is printed and the input scored."""
    if error.skipped:
        raise error
    print(f"warning: {error}", file=sys.stderr)


def actorgraph_run(model: str | None = None, lexicon=None
                   ) -> Callable[[Sequence[Summary]], dict[str, list[Extracted]]]:
    """actorgraph as a system: summaries -> extracted triples by summary id."""
    from actorgraph.extract.pipeline import DEFAULT_MODEL, Extractor

    from actorgraph.records import Article

    extractor = Extractor(model or DEFAULT_MODEL, lexicon=lexicon)

    def run(summaries: Sequence[Summary]) -> dict[str, list[Extracted]]:
        articles = [Article(s.id, s.text, date=s.date) for s in summaries]
        return {result.article.id: extracted_of(result)
                for result in extractor.extract(articles, on_error=skipped_is_an_error)}

    return run


def report(summaries: Sequence[Summary], extracted: Mapping[str, Sequence[Extracted]],
           system: str = "actorgraph") -> tuple[dict[str, WcepScores], str]:
    """Scores per half and the Markdown table of them."""
    halves = split(summaries)
    rows = {f"{system}, {part}": score(halves[part], extracted) for part in HALVES}
    rows[f"{system}, both halves"] = score(summaries, extracted)
    return rows, format_table(rows)


def main() -> None:
    from actorgraph.extract.pipeline import DEFAULT_MODEL

    from benchmarks.readme import replace_section

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="?", default=str(ROOT.parent / "shared" / "data" /
                                                        "wcep-2015-09-dev.jsonl"))
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--write", action="store_true", help="update benchmarks/README.md")
    parser.add_argument("--section", default="wcep",
                        help="the README section --write replaces (default: wcep)")
    parser.add_argument("--errors", action="store_true",
                        help="print misses and wrong readings of the tune half")
    args = parser.parse_args()
    with open(args.gold, encoding="utf-8") as handle:
        summaries = read_summaries(handle)
    extracted = actorgraph_run(args.model)(summaries)
    rows, table = report(summaries, extracted)
    halves = split(summaries)
    text = (f"Gold: `{Path(args.gold).name}` ({len(summaries)} summaries, "
            f"{sum(len(s.lists['core']) for s in summaries)} core triples), model "
            f"`{args.model}`. Split by id (`benchmarks/split.py`): tune half "
            f"{len(halves[TUNE])} summaries, check half {len(halves['check'])}.\n\n{table}")
    print(text)
    if args.errors:
        for summary in halves[TUNE]:
            s = score_summary(summary, extracted.get(summary.id, ()))
            if s.errors:
                print(f"\n{summary.id}: {summary.text}")
                for line in s.errors:
                    print(f"  {line}")
                for t in extracted.get(summary.id, ()):
                    print(f"    got {_show(t)}")
    if args.write:
        replace_section(ROOT / "benchmarks" / "README.md", args.section, text)


if __name__ == "__main__":
    main()
