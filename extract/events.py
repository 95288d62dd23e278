"""PLOVER event classes for relation lemmas, read from a data file.

The mapping lives in ``extract/data/event_classes.tsv`` (lemma, part of
speech, class), so analysts can read and extend it without touching code.
Its ``NOUN`` rows also define the *event nouns* that the extractor reads as
nominal events ("a rocket attack by Hezbollah").

Examples
--------
>>> lexicon = default_lexicon()
>>> lexicon.classify("attack"), lexicon.classify("attack", pos="NOUN")
('ASSAULT', 'ASSAULT')
>>> lexicon.classify("call for")
'DEMAND'
>>> lexicon.classify("accuse of"), lexicon.classify("blame for")
('DISAPPROVE', 'DISAPPROVE')
>>> lexicon.classify("comment on") is None
True
>>> lexicon.is_event_noun("talk"), lexicon.is_event_noun("table")
(True, False)
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType

__all__ = ["PLOVER_CLASSES", "EventLexicon", "default_lexicon", "parse_lexicon"]

PLOVER_CLASSES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "DEMAND",
    "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
    "ASSAULT", "FIGHT", "INVESTIGATE",
)
_NO_CLASS = "-"
_POS = ("VERB", "NOUN", "*")


@dataclass(frozen=True)
class EventLexicon:
    """Verb and noun lemmas mapped to PLOVER classes (None: event, no class)."""

    verbs: Mapping[str, str | None] = field(default_factory=dict)
    nouns: Mapping[str, str | None] = field(default_factory=dict)

    def classify(self, lemma: str, *, pos: str = "VERB") -> str | None:
        """Return the event class of a relation lemma, or None.

        A lemma with a preposition or particle ("respond to") that is not
        listed falls back to its first word.
        """
        table = self.nouns if pos == "NOUN" else self.verbs
        key = lemma.lower()
        if key in table:
            return table[key]
        head = key.split(" ", 1)[0]
        return table.get(head)

    def is_event_noun(self, lemma: str) -> bool:
        return lemma.lower() in self.nouns


def parse_lexicon(lines: Iterable[str], *, source: str = "<lexicon>") -> EventLexicon:
    """Parse the tab-separated lexicon format (see the data file's header)."""
    verbs: dict[str, str | None] = {}
    nouns: dict[str, str | None] = {}
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) != 3:
            raise ValueError(f"{source}:{number}: expected 3 tab-separated columns")
        lemma, pos, cls = parts
        if pos not in _POS:
            raise ValueError(f"{source}:{number}: part of speech must be one of {_POS}")
        if cls != _NO_CLASS and cls not in PLOVER_CLASSES:
            raise ValueError(f"{source}:{number}: unknown event class {cls!r}")
        value = None if cls == _NO_CLASS else cls
        if pos in ("VERB", "*"):
            verbs[lemma.lower()] = value
        if pos in ("NOUN", "*"):
            nouns[lemma.lower()] = value
    return EventLexicon(MappingProxyType(verbs), MappingProxyType(nouns))


@functools.cache
def default_lexicon() -> EventLexicon:
    """The lexicon shipped with actorgraph (cached)."""
    path = resources.files("extract") / "data" / "event_classes.tsv"
    with path.open(encoding="utf-8") as handle:
        return parse_lexicon(handle, source="extract/data/event_classes.tsv")
