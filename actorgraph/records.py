"""Domain records shared by the extractor, the graph and the exporters.

All records are frozen dataclasses: they are values, safe to hash, to share
between processes and to compare in tests.

Examples
--------
>>> m = Mention(text="US Secretary of State Antony Blinken", label="Antony Blinken",
...             type="PERSON", start=0, end=36)
>>> m.is_concept
False
>>> Relation(lemma="attack", label="attack", event_class="ASSAULT").as_dict()
{'lemma': 'attack', 'label': 'attack', 'event_class': 'ASSAULT'}
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields

__all__ = [
    "CONCEPT",
    "EVENT_FAMILIES",
    "PLOVER_CLASSES",
    "family",
    "Article",
    "Dateline",
    "Mention",
    "Relation",
    "Triple",
    "ArticleResult",
    "result_from_json",
    "result_to_json",
]

#: Entity type given to a non-named noun phrase ("105 civilians").
CONCEPT = "CONCEPT"


#: The PLOVER event classes, in the order of the PLOVER codebook.
PLOVER_CLASSES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "DEMAND",
    "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
    "ASSAULT", "FIGHT", "INVESTIGATE",
)
#: Families of event classes, for colouring and filtering: cooperation, conflict.
EVENT_FAMILIES = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"),
                    "cooperation"),
    **dict.fromkeys(("DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                     "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "INVESTIGATE"), "conflict"),
}


def family(event_class: str | None) -> str:
    """The family of an event class: "cooperation", "conflict" or "other".

    Examples
    --------
    >>> family("CONSULT"), family("ASSAULT"), family(None)
    ('cooperation', 'conflict', 'other')
    """
    return EVENT_FAMILIES.get(event_class or "", "other")


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where and when a wire story was filed, as its dateline says.

    ``place`` is the place with all-capital words in title case ("NEW YORK"
    -> "New York", "SPRINGFIELD, Ill." -> "Springfield, Ill."), ``date`` the
    date as written ("March 2") or None, ``agency`` the credited agency
    ("Reuters") or None, and ``text`` the dateline as written, which starts at
    offset ``start`` of the article text. A dateline is metadata of the
    article, never a participant of a relation.

    Examples
    --------
    >>> Dateline(place="London", date="March 2", agency="Reuters",
    ...          text="LONDON, March 2 (Reuters) -", start=0).as_dict()["place"]
    'London'
    """

    place: str
    date: str | None = None
    agency: str | None = None
    text: str = ""
    start: int = 0

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Article:
    """One input article.

    Parameters
    ----------
    id : str
        Document id, unique within a run (the file stem, or the JSONL ``id``).
    text : str
        The article text; every character offset refers to it.
    title, date, url : str or None
        Optional metadata.
    source : str
        Where the article came from (``path`` or ``path:line``), for messages.
    dateline : Dateline or None
        The wire dateline found at the start of the text ("LONDON, March 2
        (Reuters) -"), set by the extractor before parsing.
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str = ""
    dateline: Dateline | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """An argument of a relation as it occurs in a sentence.

    ``text`` is the noun phrase as written, ``label`` its canonical name
    ("Antony Blinken" for "US Secretary of State Antony Blinken"), ``type``
    the entity type (PERSON, ORG, GPE, NORP, LOC, FAC, ... or CONCEPT) and
    ``start``/``end`` the character offsets of ``text`` in the article.

    ``via`` says how the mention was tied to its label: ``name`` (a name in
    the text), ``standin`` (a group or institution standing for a named actor:
    "Israeli forces", "Hamas-led terrorists"), ``pronoun`` or ``description``
    (coreference: "he", "the group"), or ``concept``.

    ``code`` is the actor's CAMEO code in this mention (country + sector:
    ``ISRMIL``, ``USAGOV``, ``LBNREB``, ``IGOUNO``) or None; see
    :mod:`extract.coding`.
    """

    text: str
    label: str
    type: str
    start: int
    end: int
    via: str = "name"
    code: str | None = None

    @property
    def is_concept(self) -> bool:
        return self.type == CONCEPT

    def as_dict(self) -> dict:
        return {"label": self.label, "text": self.text, "type": self.type, "via": self.via,
                "code": self.code}


@dataclass(frozen=True, slots=True)
class Relation:
    """The predicate of a triple.

    ``lemma`` is the normalised relation ("attack", "respond to"), ``label``
    the human reading, which can keep a support verb ("order attack"), and
    ``event_class`` a PLOVER class or None.
    """

    lemma: str
    label: str
    event_class: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Triple:
    """One extracted relation instance with its provenance.

    ``char_start``/``char_end`` are the offsets of ``sentence`` in the text of
    article ``doc_id``; ``pattern`` names the rule that produced the triple.
    ``hedged`` marks uncertain claims ("reportedly", "is believed", "may");
    ``reported`` claims attributed to someone ("X said that ..."), who is
    ``attributed_to`` when named. ``time`` is a date expression of the clause
    ("on July 27"), ``date`` the article's date, ``when`` the ISO date the
    time expression fixes (if any) and ``place`` where it happened.
    ``quantity`` is the amount an argument was given with, as written ("3,000
    tonnes" of "3,000 tonnes of wheat", "20" of "20 rockets"): a quantity is
    an attribute of the relation, never a participant.
    """

    subject: Mention
    relation: Relation
    object: Mention
    negated: bool
    confidence: float
    doc_id: str
    sentence: str
    char_start: int
    char_end: int
    pattern: str
    hedged: bool = False
    reported: bool = False
    attributed_to: Mention | None = None
    time: str | None = None
    date: str | None = None
    when: str | None = None
    place: Mention | None = None
    quantity: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything extracted from one article.

    ``mentions`` holds every named-entity mention (canonicalised), whether
    or not it takes part in a triple; it feeds alias lists and counts.
    ``short_forms`` are the acronyms the article defines, ``(short, full)``,
    so that the graph can expand them in articles that do not.
    """

    article: Article
    sentences: int
    triples: tuple[Triple, ...]
    mentions: tuple[Mention, ...]
    short_forms: tuple[tuple[str, str], ...] = ()


def result_to_json(result: ArticleResult) -> str:
    """A result as JSON, without the article text (what a store keeps).

    Examples
    --------
    >>> r = ArticleResult(Article("a", "Israel struck.", title="T"), 1, (), ())
    >>> result_from_json(result_to_json(r)) == ArticleResult(Article("a", "", title="T"), 1, (), ())
    True
    """
    data = asdict(result)
    data["article"]["text"] = ""
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _mention(data: dict | None) -> Mention | None:
    return None if data is None else Mention(**data)


def _triple(data: dict) -> Triple:
    values = {f.name: data[f.name] for f in fields(Triple) if f.name in data}
    values["subject"] = _mention(data["subject"])
    values["object"] = _mention(data["object"])
    values["relation"] = Relation(**data["relation"])
    values["attributed_to"] = _mention(data.get("attributed_to"))
    values["place"] = _mention(data.get("place"))
    return Triple(**values)


def result_from_json(text: str) -> ArticleResult:
    """The inverse of :func:`result_to_json`."""
    data = json.loads(text)
    article = data["article"]
    if article.get("dateline") is not None:
        article["dateline"] = Dateline(**article["dateline"])
    return ArticleResult(
        article=Article(**article),
        sentences=data["sentences"],
        triples=tuple(_triple(t) for t in data["triples"]),
        mentions=tuple(Mention(**m) for m in data["mentions"]),
        short_forms=tuple(tuple(pair) for pair in data.get("short_forms", ())),
    )
