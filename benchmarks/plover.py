"""Evaluate extracted triples against gold events (PLOVER gold-standard format).

The gold file is JSON Lines, one sentence a line: ``id``, ``text`` and
``events``, each event with ``source`` and ``target`` (lists of actor texts,
either may be empty) and a PLOVER ``code``.

Metrics, per event class and overall
------------------------------------
source recall
    gold source texts that some extracted triple has as its subject.
target recall
    gold target texts that some extracted triple has as its object.
pair recall
    gold (source, target) pairs, one per source and target of an event, that
    some extracted triple links *in that direction* (subject = source, object =
    target).
class accuracy
    of the matched pairs, those where the highest-confidence matching triple
    has the gold event class.
actor-triple precision
    extracted triples between two named actors (no CONCEPT side) whose subject
    and object match a gold pair in the right direction. The gold standard codes
    one event per sentence, so true relations it does not code count as errors:
    this is a lower bound.

Name matching is alias-tolerant: both names are case-folded, split into words
(split at spaces and hyphens, punctuation and possessive 's dropped; "the",
"a", "an" ignored), demonyms become country names
("Iranian" -> "iran") and listed variants their canonical name ("U.N." ->
"united nations"); two names match when one is a contiguous word sequence of
the other ("Tom King" matches "British Defence Secretary Tom King"). A triple's
side is matched by its canonical label and by its text as written.

``benchmarks/evaluate.py`` runs it and writes the table (``make evaluate``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from actorgraph.extract.actors import country_of, known_variant

__all__ = [
    "Gold",
    "Prediction",
    "Scores",
    "actorgraph_system",
    "evaluate",
    "format_table",
    "names_match",
    "normalise",
    "predict",
    "read_gold",
]

_WORD = re.compile(r"[^\W_]+")
_PARTS = re.compile(r"[\s\-\u2010]+")
_POSSESSIVE = re.compile(r"['\u2019]s$")
_IGNORED = frozenset({"the", "a", "an"})


@dataclass(frozen=True)
class Gold:
    """One gold event of one sentence."""

    id: str
    text: str
    code: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]


@dataclass(frozen=True)
class Prediction:
    """One extracted triple, reduced to what is scored."""

    subject: tuple[str, ...]  # names it goes by: label and text
    object: tuple[str, ...]
    event_class: str | None
    confidence: float = 1.0
    actors: bool = True  # both sides named actors (not concepts)


def read_gold(lines: Iterable[str]) -> list[Gold]:
    """Gold events from JSON Lines (one event per entry of ``events``)."""
    events = []
    for line in lines:
        if not line.strip():
            continue
        row = json.loads(line)
        for i, event in enumerate(row["events"]):
            events.append(Gold(id=f"{row['id']}#{i}", text=row["text"], code=event["code"],
                               sources=tuple(event.get("source") or ()),
                               targets=tuple(event.get("target") or ())))
    return events


def normalise(name: str) -> tuple[str, ...]:
    """Words of a name for matching (see the module docstring).

    Examples
    --------
    >>> normalise("the U.N. Security Council"), normalise("Iranian")
    (('united', 'nations', 'security', 'council'), ('iran',))
    """
    whole = known_variant(name)
    if whole is not None:
        name = whole[0]
    words = []
    for raw in _PARTS.split(name):
        raw = _POSSESSIVE.sub("", raw.strip(",;:()\"'"))
        variant = known_variant(raw)
        country = country_of(raw)
        text = variant[0] if variant else country or raw
        words.extend(w.casefold() for w in _WORD.findall(text))
    return tuple(w for w in words if w not in _IGNORED)


def _contains(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    n = len(shorter)
    return any(tuple(longer[i:i + n]) == tuple(shorter) for i in range(len(longer) - n + 1))


def names_match(gold: str, names: Iterable[str]) -> bool:
    """Whether any of ``names`` matches the gold name.

    Examples
    --------
    >>> names_match("British Defence Secretary Tom King", ["Tom King"])
    True
    >>> names_match("Hungarian", ["Hungary"]), names_match("Libya", ["Liberia"])
    (True, False)
    """
    g = normalise(gold)
    if not g:
        return False
    for name in names:
        n = normalise(name)
        if n and (_contains(g, n) or _contains(n, g)):
            return True
    return False


@dataclass
class Scores:
    """Counts behind the metrics of one event class (or all)."""

    events: int = 0
    sources: int = 0
    sources_found: int = 0
    targets: int = 0
    targets_found: int = 0
    pairs: int = 0
    pairs_found: int = 0
    pairs_classified: int = 0
    actor_triples: int = 0
    actor_triples_correct: int = 0

    @staticmethod
    def _ratio(a: int, b: int) -> float | None:
        return a / b if b else None

    @property
    def source_recall(self) -> float | None:
        return self._ratio(self.sources_found, self.sources)

    @property
    def target_recall(self) -> float | None:
        return self._ratio(self.targets_found, self.targets)

    @property
    def pair_recall(self) -> float | None:
        return self._ratio(self.pairs_found, self.pairs)

    @property
    def class_accuracy(self) -> float | None:
        return self._ratio(self.pairs_classified, self.pairs_found)

    @property
    def precision(self) -> float | None:
        return self._ratio(self.actor_triples_correct, self.actor_triples)

    def add(self, other: Scores) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Report:
    """Scores per gold event class, plus the overall scores."""

    by_class: dict[str, Scores] = field(default_factory=dict)
    overall: Scores = field(default_factory=Scores)


def _score(event: Gold, predicted: Sequence[Prediction]) -> Scores:
    s = Scores(events=1)
    for source in event.sources:
        s.sources += 1
        s.sources_found += any(names_match(source, p.subject) for p in predicted)
    for target in event.targets:
        s.targets += 1
        s.targets_found += any(names_match(target, p.object) for p in predicted)
    for source in event.sources:
        for target in event.targets:
            s.pairs += 1
            matching = [p for p in predicted
                        if names_match(source, p.subject) and names_match(target, p.object)]
            if matching:
                s.pairs_found += 1
                best = max(matching, key=lambda p: p.confidence)
                s.pairs_classified += best.event_class == event.code
    for p in predicted:
        if p.actors:
            s.actor_triples += 1
            s.actor_triples_correct += any(
                names_match(src, p.subject) and names_match(tgt, p.object)
                for src in event.sources for tgt in event.targets)
    return s


def evaluate(gold: Sequence[Gold], predictions: Mapping[str, Sequence[Prediction]]) -> Report:
    """Score predictions (by gold event id) against the gold events."""
    report = Report()
    for event in gold:
        scores = _score(event, predictions.get(event.id, ()))
        report.by_class.setdefault(event.code, Scores()).add(scores)
        report.overall.add(scores)
    report.by_class = dict(sorted(report.by_class.items()))
    return report


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def format_table(reports: Mapping[str, Report], *, classes: bool = True) -> str:
    """A Markdown table of one or more systems' reports (overall, then per class)."""
    lines = ["| system | class | events | source recall | target recall | pair recall "
             "| class accuracy | actor-triple precision |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for system, report in reports.items():
        rows = [("all", report.overall)]
        if classes:
            rows += list(report.by_class.items())
        for name, s in rows:
            lines.append(f"| {system} | {name} | {s.events} "
                         f"| {_fmt(s.source_recall)} | {_fmt(s.target_recall)} "
                         f"| {_fmt(s.pair_recall)} ({s.pairs_found}/{s.pairs}) "
                         f"| {_fmt(s.class_accuracy)} | {_fmt(s.precision)} "
                         f"({s.actor_triples_correct}/{s.actor_triples}) |")
    return "\n".join(lines) + "\n"


def predict(gold: Sequence[Gold], extract: Callable[[list[str]], list[list[Prediction]]]
            ) -> dict[str, list[Prediction]]:
    """Run ``extract`` (texts -> predictions per text) over the gold sentences."""
    texts = [event.text for event in gold]
    return {event.id: preds for event, preds in zip(gold, extract(texts), strict=True)}


def actorgraph_system(model: str | None = None) -> Callable[[list[str]], list[list[Prediction]]]:
    """actorgraph's extractor as an evaluation system (each sentence an article)."""
    from actorgraph.extract.pipeline import DEFAULT_MODEL, Extractor

    from actorgraph.records import Article

    extractor = Extractor(model or DEFAULT_MODEL)

    def run(texts: list[str]) -> list[list[Prediction]]:
        articles = [Article(f"s{i}", text) for i, text in enumerate(texts)]
        out = []
        for result in extractor.extract(articles):
            out.append([Prediction(subject=(t.subject.label, t.subject.text),
                                   object=(t.object.label, t.object.text),
                                   event_class=t.relation.event_class,
                                   confidence=t.confidence,
                                   actors=not (t.subject.is_concept or t.object.is_concept))
                        for t in result.triples])
        return out

    return run
