"""PLOVER event classes for relation lemmas, read from data files.

Two layers, both in the same tab-separated format (lemma, part of speech,
class): ``extract/data/event_classes_cameo.tsv``, the verb table *derived*
from the standard event-coding dictionaries (PETRARCH2's CAMEO verb patterns
and CAMEO -> PLOVER, by ``scripts/derive_event_classes.py``; notices in
``extract/data/NOTICE``), and ``extract/data/event_classes.tsv``, the reviewed
*overrides* read on top of it: a lemma listed there wins, and a verb marked
``!`` there loses any derived class. The overrides' ``NOUN`` rows also define
the *event nouns* that the extractor reads as nominal events ("a rocket
attack by Hezbollah").

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
>>> lexicon.classify("threaten to ban"), lexicon.classify("decide to withdraw from")
('THREATEN', 'RETREAT')
>>> lexicon.classify("plan attack"), lexicon.classify("condemn attack")
('ASSAULT', 'DISAPPROVE')
>>> lexicon.is_event_noun("talk"), lexicon.is_event_noun("table")
(True, False)
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING

from actorgraph.extract.actors import country_of
from actorgraph.extract.context import to_infinitive
from actorgraph.extract.deps import (
    ACL,
    ADVCL,
    ADVMOD,
    AMOD,
    APPOS,
    AUX,
    AUXPASS,
    CCOMP,
    COMPOUND,
    CONJ,
    DATIVE,
    DOBJ,
    MARK,
    NMOD,
    NSUBJ,
    NUMMOD,
    PARATAXIS,
    POBJ,
    POSS,
    PREP,
    PRT,
    RELCL,
    XCOMP,
)
from actorgraph.extract.dictionary import BUSINESS_CODES, POLITICAL_SECTORS, lookup, sector_of
from actorgraph.extract.lexicon import (
    ADJUNCT_PREPS,
    ALERT_NOUNS,
    AMOUNT_PREPS,
    BINDING_VERBS,
    COMMISSIVE_VERBS,
    COMPLEMENT_PREPS,
    CONDEMNATION_BEARING_HEADS,
    CONDEMNING_KIND_HEADS,
    CONTRIBUTING_VERBS,
    COURT_NOUNS,
    CRITICISED_FOR_PREPS,
    DATIVE_PREPS,
    DEPARTING_VERBS,
    DESCRIBING_VERBS,
    GROUP_NOUNS,
    JUDGED_PREPS,
    LODGING_VERBS,
    MEMBERSHIP_HEADS,
    MILITARY_HEADS,
    NAMED_COMPLEMENT_PREPS,
    NOUN_TARGET_PREPS,
    PEJORATIVE_WORDS,
    PERMITTING_VERBS,
    PERSUADING_VERBS,
    PLACE_TYPES,
    PREPARING_WORDS,
    QUANTITY_HEADS,
    QUESTION_WORDS,
    RELATION_PARTICLES,
    ROLE_WORDS,
    SENDING_VERBS,
    SUING_VERBS,
    ULTIMATUM_MARKS,
    WALKOUT_VERBS,
    WHICH_PREPS,
    first_name_gender,
)
from actorgraph.extract.tree import kids
from actorgraph.extract.vague import person_lemma

from actorgraph.records import PLOVER_CLASSES, Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "ACTOR_TARGET_CLASSES",
    "COUNTERPART_CLASSES",
    "FUTURE_CLASS",
    "INTENT_CLASS",
    "LAYERS",
    "MILITARY_CLASS",
    "MILITARY_HEADS",
    "PREPARED_CLASS",
    "RELATION_PARTICLES",
    "EventLexicon",
    "Senses",
    "acted_on",
    "agreed_term",
    "asks_act",
    "asks_question",
    "civilian_target",
    "condemned_as",
    "counterpart",
    "default_lexicon",
    "default_senses",
    "in_court",
    "load_lexicon",
    "merge_lexicons",
    "mobilised_for",
    "on_alert",
    "parse_lexicon",
    "parse_senses",
    "refine_class",
    "sense_class",
    "to_court",
    "ultimatum",
]

_NO_CLASS = "-"
#: in the overrides: the verb has no class of its own, whatever the derived table says
_REMOVED = "!"
#: the lexicon layers, bottom first: name -> data file in extract/data/
LAYERS = {"derived": "event_classes_cameo.tsv", "overrides": "event_classes.tsv"}
#: A material action stated as future or intended is a promise or a threat
#: (PLOVER codes "X will release Y" as AGREE and "X will blockade Y" as THREATEN). A
#: meeting or a withdrawal one promises, pledges or is ready for is a promise too: CAMEO 036
#: "express intent to meet or negotiate" and 0356 "express intent to de-escalate military
#: engagement" are AGREE ("pledged to meet", "ready to host a meeting").
INTENT_CLASS = {
    **dict.fromkeys(("SUPPORT", "CONCEDE", "COOPERATE", "AID", "CONSULT", "RETREAT"),
                    "AGREE"),
    **dict.fromkeys(("SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "PROTEST"),
                    "THREATEN"),
}
#: An act merely told as future (:func:`refine_class`), with no verb of promising: a
#: meeting or a visit to come is the meeting, planned (CONSULT, the triple hedged), no
#: promise: "Reagan will visit Moscow next year", "will hold talks with Pinochet" express
#: no intent of CAMEO 036, and judges mark AGREE wrong for them.
FUTURE_CLASS = {k: v for k, v in INTENT_CLASS.items() if k != "CONSULT"}
#: An attack one is getting ready for is a mobilisation (CAMEO 154 "prepare for fight",
#: "ready invasion"); other acts one is ready for are intended (:data:`INTENT_CLASS`).
PREPARED_CLASS = {**INTENT_CLASS, "ASSAULT": "MOBILIZE", "FIGHT": "MOBILIZE",
                  "MOBILIZE": "MOBILIZE"}
#: Violence by a state's armed forces is conventional fighting (PLOVER FIGHT), not
#: the unconventional violence of ASSAULT.
MILITARY_CLASS = {"ASSAULT": "FIGHT"}
#: Nouns heading a chain whose act did not happen ("failure to honour pact", "refusal to
#: allow aid"), and the class of the chain: a refusal is REJECT, a failure none (the act
#: not done is its own negated triple).
NOT_DONE_HEADS: Mapping[str, str | None] = MappingProxyType({"failure": None,
                                                             "refusal": "REJECT"})
#: Classes of an interaction with someone (PLOVER: meeting, cooperating with, aiding,
#: coercing, assaulting, fighting or threatening an actor): an unnamed object of one
#: must be a person or a group, one of the verb's listed objects, or one of the things
#: the class itself may act on (``=CLASS`` rows of the lexicon: "shelled the village",
#: "attended the summit"). "Syria taxed goods", "joined the race", "overturned the
#: conviction", "fight the good fight" have no class. The other classes may be about a thing:
#: "condemned the attack" (DISAPPROVE), "requested aid" (DEMAND), "lifted sanctions".
ACTOR_TARGET_CLASSES = frozenset({"CONSULT", "COOPERATE", "AID", "COERCE", "ASSAULT",
                                  "FIGHT", "THREATEN"})
_POS = ("VERB", "NOUN", "*")
#: Answers an :class:`EventLexicon` keeps per method; it starts afresh beyond this.
_KEPT_ANSWERS = 100_000


@dataclass(frozen=True)
class EventLexicon:
    """Verb and noun lemmas mapped to PLOVER classes (None: event, no class).

    ``objects`` restricts some verbs: their class holds only when the object is
    a named actor or one of the listed nouns ("send aid" is AID, "send an
    email" is not); for other objects the class is ``otherwise`` ("attack a
    decision" is DISAPPROVE) or none.
    """

    verbs: Mapping[str, str | None] = field(default_factory=dict)
    nouns: Mapping[str, str | None] = field(default_factory=dict)
    objects: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: The class of a restricted verb for other objects (absent: none).
    otherwise: Mapping[str, str | None] = field(default_factory=dict)
    #: Verbs marked ``!``: a lower layer's class for them is dropped when merging.
    removed: frozenset[str] = frozenset()
    #: ``=CLASS`` rows: the things a class of :data:`ACTOR_TARGET_CLASSES` may act on
    #: besides people and groups ("shelled the village", "attended the summit").
    things: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: Further rows of a verb with objects: the class of the verb for those objects,
    #: which wins over its first row ("give" is AID for @aid, COOPERATE for @information:
    #: "handed investigators documents" shares information, CAMEO 064).
    by_object: Mapping[str, tuple[tuple[frozenset[str], str | None], ...]] = field(
        default_factory=dict)

    def _answers(self, method: str) -> dict:
        """The answers :meth:`lookup` or :meth:`classify` gave, by what was asked: a
        lexicon does not change, and the rules ask about the same lemmas again and again
        (some 12,000 classifications of 1,900 distinct questions in a build of 300 short
        articles). Kept with the lexicon, outside its fields (equality and ``repr`` are
        the fields')."""
        kept = self.__dict__.get("_kept_answers")
        if kept is None:
            kept = {"lookup": {}, "classify": {}}
            object.__setattr__(self, "_kept_answers", kept)  # (a frozen dataclass)
        return kept[method]

    def lookup(self, lemma: str) -> tuple[str | None, bool, str | None]:
        """Which listed verb gives a verbal relation its class, and what it acts on.

        Returns the listed verb (None: none), whether it is the whole of its part
        of the chain (its objects are then the relation's objects), and the noun
        the relation names after it ("attack proclamation of" -> proclamation:
        the verb's direct object, whatever the relation's object is).

        Examples
        --------
        >>> lexicon = default_lexicon()
        >>> lexicon.lookup("call to fire"), lexicon.lookup("attack proclamation of")
        (('fire', True, None), ('attack', False, 'proclamation'))
        >>> lexicon.lookup("back down from"), lexicon.lookup("ponder")
        (('back down', False, None), (None, True, None))
        >>> lexicon.lookup("help to support")
        ('support', True, None)
        """
        answers = self._answers("lookup")
        found = answers.get(lemma)
        if found is None:
            if len(answers) >= _KEPT_ANSWERS:
                answers.clear()
            found = answers[lemma] = self._lookup(lemma)
        return found

    def _lookup(self, lemma: str) -> tuple[str | None, bool, str | None]:
        key = lemma.lower()
        if key in self.verbs:
            return key, True, None
        parts = key.split(" to ")
        for i, part in enumerate(parts):
            if part in CONTRIBUTING_VERBS and i + 1 < len(parts):
                continue  # "help to support": the support gives the class
            # the longest listed head of the part: "back down from" -> "back down"
            words = part.split()
            for n in range(len(words), 0, -1):
                head = " ".join(words[:n])
                if head in self.verbs:
                    rest = words[n:]
                    # the object's head is the last word of its phrase, before any
                    # particle: "fire tear gas at" -> gas, "impose travel ban on" -> ban
                    phrase = list(itertools.takewhile(
                        lambda w: w not in RELATION_PARTICLES, rest))
                    return head, not rest, phrase[-1] if phrase else None
        return None, True, None

    def verbs_of(self, lemma: str) -> list[str]:
        """The verbs of a chain of relations: each part's verb ("agree to acquire" ->
        agree, acquire), or its listed phrasal verb when that has a class of its own
        ("refuse to give up" -> refuse, give up: "give up" yields, "give" aids).

        Examples
        --------
        >>> default_lexicon().verbs_of("plan to sell off")
        ['plan', 'sell']
        >>> default_lexicon().verbs_of("refuse to give up")
        ['refuse', 'give up']
        """
        verbs = []
        for part in lemma.lower().split(" to "):
            words = part.split()
            if not words:
                continue
            head = next((h for n in range(len(words), 1, -1)
                         if (h := " ".join(words[:n])) in self.verbs), None)
            own = head is not None and self.verbs[head] != self.verbs.get(words[0])
            verbs.append(head if own else words[0])
        return verbs

    def classify(self, lemma: str, *, pos: str = "VERB", object_head: str | None = None,
                 theme: str | None = None) -> str | None:
        """Return the event class of a relation lemma, or None.

        A listed lemma gives its class. Otherwise, for a verbal relation, the
        parts of a chain "threaten to ban" are tried in order, each whole
        ("withdraw from") and then by its longest listed head ("back down from" ->
        "back down", "respond to" -> "respond"); a
        relation ending in an event noun falls back to the noun ("order attack"
        -> attack). ``object_head`` is the lemma of the object's head noun when
        the object is not a named actor: a verb restricted to some objects
        gives no class for another one. ``theme`` is the noun a named object is part
        of (:func:`acted_on`): it picks a class of the verb's further rows only
        ("gave the United States intelligence" shares it, as "gave it documents").

        Examples
        --------
        >>> lexicon = default_lexicon()
        >>> lexicon.classify("send", object_head="aid"), lexicon.classify("send")
        ('AID', 'AID')
        >>> lexicon.classify("deliver", object_head="speech") is None
        True
        >>> lexicon.classify("attack", object_head="base"), lexicon.classify(
        ...     "attack", object_head="decision")
        ('ASSAULT', 'DISAPPROVE')
        >>> lexicon.classify("failure to honour") is None, lexicon.classify("refusal to allow")
        (True, 'REJECT')
        >>> lexicon.classify("pledge to fight"), lexicon.classify("vow to cooperate")
        ('THREATEN', 'AGREE')
        """
        answers = self._answers("classify")
        asked = (lemma, pos, object_head, theme)
        if asked in answers:
            return answers[asked]
        if len(answers) >= _KEPT_ANSWERS:
            answers.clear()
        found = answers[asked] = self._classify(lemma, pos=pos, object_head=object_head,
                                                theme=theme)
        return found

    def _classify(self, lemma: str, *, pos: str, object_head: str | None,
                  theme: str | None) -> str | None:
        key = lemma.lower()
        chosen, refrained, _ = key.partition(" not to ")
        if refrained and pos != "NOUN":
            # "agreed not to market the drug", "chose not to retaliate": what it binds not
            # to do is not done, so only the choosing verb classes ("agree" AGREE, not the
            # retaliation's FIGHT)
            return self.classify(chosen, pos=pos)
        head, to, _ = key.partition(" to ")
        if to and head in NOT_DONE_HEADS:
            # "failure to honour pact": the honouring did not happen (its own triple says
            # so, negated); "refusal to allow aid" is a rejection
            return NOT_DONE_HEADS[head]
        if pos == "NOUN":
            if key in self.nouns:
                return self.nouns[key]
            return self.nouns.get(key.rsplit(" ", 1)[-1]) if " " in key else None
        if to and (head in COMMISSIVE_VERBS or head in PREPARING_WORDS):
            # "pledged to fight on" threatens, "vowed to cooperate" promises; a promise
            # of an act of no class keeps the verb's own ("promised to return" AGREE);
            # "prepared to storm the town" mobilises, "ready to resume talks" promises
            promised = self.classify(key.partition(" to ")[2], object_head=object_head)
            if promised is not None:
                table = PREPARED_CLASS if head in PREPARING_WORDS else INTENT_CLASS
                return table.get(promised, promised)
        found, whole, noun = self.lookup(key)
        if found is None:
            return self.nouns.get(key.rsplit(" ", 1)[-1]) if " " in key else None
        # the objects of a verb are its direct objects: in "provide to the refugees"
        # the refugees receive, and the restriction does not apply; in "attack
        # proclamation of" the proclamation is what is attacked
        direct = noun or (object_head if whole else None)
        given = direct or (theme if whole else None)
        if given is not None:
            for listed, cls in self.by_object.get(found, ()):
                if given.lower() in listed:
                    return cls  # "hand documents": sharing information, not aid
        allowed = self.objects.get(found)
        if allowed is not None and direct is not None and direct.lower() not in allowed:
            if found not in self.otherwise and noun is not None:
                # no class of the verb's own for the thing: an event noun it names gives
                # the class ("closed a deal with X" is the deal's, AGREE)
                return self.nouns.get(noun)
            return self.otherwise.get(found)
        return self.verbs[found]

    def is_event_noun(self, lemma: str) -> bool:
        return lemma.lower() in self.nouns


def class_lemma(lemma: str, label: str, pos: str, lexicon: EventLexicon,
                predicate: Token | None = None) -> str:
    """The relation lemma to classify: its reading ``label`` when that names the object of
    the verb that gives the class, which the lemma leaves out ("send letter to" for
    "send": a letter is no aid; "grant pardon to" for "grant": a pardon is leniency,
    CONCEDE; "defend territory against" for "defend against"). Not when the verb
    (``predicate``) has a bare infinitive after it, whose object the label names: "helped
    Kyiv rebuild its power grid" reads "help rebuild power grid", but the grid is no
    object of "help" (:func:`_bare_act`), which classifies as "help".

    Examples
    --------
    >>> lexicon = default_lexicon()
    >>> class_lemma("send", "send letter to", "VERB", lexicon)
    'send letter to'
    >>> class_lemma("grant", "grant pardon to", "VERB", lexicon)
    'grant pardon to'
    >>> class_lemma("send", "send", "VERB", lexicon)
    'send'
    >>> class_lemma("attack", "attack on", "NOUN", lexicon)
    'attack'
    >>> class_lemma("open on", "open fire on", "VERB", lexicon)
    'open fire on'
    """
    if pos != "VERB" or label == lemma or _bare_act(predicate):
        return lemma
    found, _, noun = lexicon.lookup(label)
    own = lexicon.lookup(lemma)[0]
    if found is None or found != own and " " not in found:
        return lemma
    # the label names the object ("send letter to") or a listed verb with its noun
    # ("grant pardon", "open fire on" for "open on")
    return label if noun is not None or len(found.split()) > len((own or "").split()) \
        else lemma


def _bare_act(verb: Token | None) -> bool:
    """Whether a verb of letting or helping has a bare infinitive after it, with or
    without its own subject ("helped Kyiv rebuild", "let aid trucks enter"; not "helped
    Kyiv to rebuild", nor a clause with an auxiliary or a "that" of its own), which the
    relation's reading names with that infinitive's object (:func:`bare_infinitives`;
    extract/rules/verbal.py ``_bare_infinitive``, ``let_act``)."""
    return verb is not None and bool(bare_infinitives(verb))


def bare_infinitives(verb: Token) -> list[Token]:
    """The bare infinitives after a verb of letting or helping (:data:`LETTING_VERBS`),
    with or without a subject of their own: a verb clause (``xcomp`` or ``ccomp``) tagged
    VB, or VBP as the tagger may take it ("let aid trucks enter Gaza"), with no auxiliary
    or "that" of its own; ``[]`` for a verb of another kind ("said troops withdraw")."""
    if verb.lemma_.lower() not in LETTING_VERBS:
        return []
    return [c for c in verb.rights
            if c.dep_ in (XCOMP, CCOMP) and c.pos_ == "VERB" and c.tag_ in ("VB", "VBP")
            and not any(g.dep_ in (AUX, AUXPASS, MARK) for g in kids(c))]


#: Verbs of letting or helping, whose bare infinitive says what is let or helped
#: ("let aid trucks enter", "help stabilise"), made once for the class and the wording.
LETTING_VERBS = PERMITTING_VERBS | PERSUADING_VERBS


def parse_lexicon(lines: Iterable[str], *, source: str = "<lexicon>") -> EventLexicon:
    """Parse the tab-separated lexicon format (see the data file's header)."""
    verbs: dict[str, str | None] = {}
    nouns: dict[str, str | None] = {}
    objects: dict[str, frozenset[str]] = {}
    otherwise: dict[str, str | None] = {}
    groups: dict[str, frozenset[str]] = {}
    removed: set[str] = set()
    things: dict[str, frozenset[str]] = {}
    by_object: dict[str, list[tuple[frozenset[str], str | None]]] = {}
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if parts[0].startswith("="):
            cls = parts[0][1:]
            if cls not in ACTOR_TARGET_CLASSES or len(parts) != 2 or not parts[1]:
                raise ValueError(f"{source}:{number}: expected =CLASS (one of "
                                 f"{sorted(ACTOR_TARGET_CLASSES)}), a tab and its things")
            things[cls] = things.get(cls, frozenset()) | _nouns(parts[1], groups, source, number)
            continue
        if parts[0].startswith("@"):
            if len(parts) != 2 or not parts[1]:
                raise ValueError(f"{source}:{number}: expected @group, a tab and its nouns")
            groups[parts[0]] = frozenset(parts[1].lower().split())
            continue
        if len(parts) not in (3, 4):
            raise ValueError(f"{source}:{number}: expected 3 or 4 tab-separated columns")
        lemma, pos, cls = parts[:3]
        if pos not in _POS:
            raise ValueError(f"{source}:{number}: part of speech must be one of {_POS}")
        if cls == _REMOVED:
            if pos != "VERB" or len(parts) != 3:
                raise ValueError(f"{source}:{number}: only a plain VERB row can be marked !")
            removed.add(lemma.lower())
            continue
        if cls != _NO_CLASS and cls not in PLOVER_CLASSES:
            raise ValueError(f"{source}:{number}: unknown event class {cls!r}")
        value = None if cls == _NO_CLASS else cls
        if pos == "VERB" and len(parts) == 4 and lemma.lower() in verbs:
            # a further row of a listed verb: its class for these objects only
            if "|" in parts[3]:
                raise ValueError(f"{source}:{number}: only a verb's first row takes | CLASS")
            by_object.setdefault(lemma.lower(), []).append(
                (_nouns(parts[3], groups, source, number), value))
            continue
        if pos in ("VERB", "*"):
            verbs[lemma.lower()] = value
        if pos in ("NOUN", "*"):
            nouns[lemma.lower()] = value
        if len(parts) == 4:
            if pos == "NOUN":
                raise ValueError(f"{source}:{number}: only verbs take object nouns")
            listed, _, other = parts[3].partition("|")
            other = other.strip()
            if other:
                if other != _NO_CLASS and other not in PLOVER_CLASSES:
                    raise ValueError(f"{source}:{number}: unknown event class {other!r}")
                otherwise[lemma.lower()] = None if other == _NO_CLASS else other
            objects[lemma.lower()] = _nouns(listed, groups, source, number)
    return EventLexicon(MappingProxyType(verbs), MappingProxyType(nouns),
                        MappingProxyType(objects), MappingProxyType(otherwise),
                        frozenset(removed), MappingProxyType(things),
                        MappingProxyType({k: tuple(v) for k, v in by_object.items()}))


def _nouns(listed: str, groups: Mapping[str, frozenset[str]], source: str,
           number: int) -> frozenset[str]:
    """The nouns of a list of nouns and @groups defined on earlier lines."""
    allowed: set[str] = set()
    for word in listed.lower().split():
        if word.startswith("@"):
            if word not in groups:
                raise ValueError(f"{source}:{number}: unknown group {word!r} "
                                 "(define it on an earlier line)")
            allowed |= groups[word]
        else:
            allowed.add(word)
    return frozenset(allowed)


def merge_lexicons(base: EventLexicon, top: EventLexicon) -> EventLexicon:
    """``top`` read over ``base``: its lemmas win (with their object lists), its ``!``
    verbs drop out of ``base``, and a verb it lists with a class takes the phrasal
    forms of ``base`` with it ("sue" in ``top`` drops "sue for" of ``base``).

    Examples
    --------
    >>> base = parse_lexicon(["attack\\tVERB\\tFIGHT", "decide\\tVERB\\tAGREE",
    ...                       "buy\\tVERB\\tCOOPERATE", "attack for\\tVERB\\tDISAPPROVE"])
    >>> top = parse_lexicon(["@target\\tbase", "attack\\tVERB\\tASSAULT\\t@target | DISAPPROVE",
    ...                      "decide\\tVERB\\t!"])
    >>> both = merge_lexicons(base, top)
    >>> both.classify("attack"), both.classify("attack", object_head="plan")
    ('ASSAULT', 'DISAPPROVE')
    >>> both.classify("attack for"), base.classify("attack for")
    ('ASSAULT', 'DISAPPROVE')
    >>> both.classify("decide") is None, both.classify("buy")
    (True, 'COOPERATE')
    """
    def keep(lemma: str) -> bool:
        # a verb that ``top`` lists with a class covers its phrasal forms too ("ask" covers
        # "ask for"), unless ``top`` lists them as well
        return lemma not in top.verbs and lemma not in top.removed \
            and lemma.split(" ", 1)[0] not in top.verbs

    verbs = {k: v for k, v in base.verbs.items() if keep(k)} | dict(top.verbs)
    objects = {k: v for k, v in base.objects.items() if keep(k)} | dict(top.objects)
    otherwise = {k: v for k, v in base.otherwise.items() if keep(k)} | dict(top.otherwise)
    nouns = dict(base.nouns) | dict(top.nouns)
    things = dict(base.things) | dict(top.things)
    by_object = {k: v for k, v in base.by_object.items() if keep(k)} | dict(top.by_object)
    return EventLexicon(MappingProxyType(verbs), MappingProxyType(nouns),
                        MappingProxyType(objects), MappingProxyType(otherwise),
                        base.removed | top.removed, MappingProxyType(things),
                        MappingProxyType(by_object))


def refine_class(event_class: str | None, *, intended: bool = False,
                 military: bool = False, negated: bool = False) -> str | None:
    """Adjust a lexicon class for how the event is stated and who acts.

    An act stated as future is a promise or a threat (:data:`FUTURE_CLASS`), unless it is
    denied: "X would not negotiate with Y" promises nothing; it keeps the act's class
    (CONSULT), negated. A meeting or a visit to come is planned, no promise: "X will visit
    Y" keeps CONSULT (a verb of promising still makes it one, :meth:`EventLexicon.classify`:
    "pledged to meet Y" is AGREE).

    Examples
    --------
    >>> refine_class("AID", intended=True), refine_class("COERCE", intended=True)
    ('AGREE', 'THREATEN')
    >>> refine_class("CONSULT", intended=True)
    'CONSULT'
    >>> refine_class("ASSAULT", military=True), refine_class("REJECT", intended=True)
    ('FIGHT', 'REJECT')
    >>> refine_class("CONSULT", intended=True, negated=True)
    'CONSULT'
    """
    if event_class is None:
        return None
    if intended and not negated:
        return FUTURE_CLASS.get(event_class, event_class)
    if military:
        return MILITARY_CLASS.get(event_class, event_class)
    return event_class


def load_lexicon(layers: tuple[str, ...] = tuple(LAYERS)) -> EventLexicon:
    """The shipped lexicon made of some of its layers, bottom first (cached).

    ``load_lexicon(("derived",))`` is the table derived from the event-coding
    dictionaries alone, ``load_lexicon(("overrides",))`` the reviewed table
    alone; the default is both, the overrides on top.

    Examples
    --------
    >>> load_lexicon(("derived",)).classify("lambaste")
    'DISAPPROVE'
    >>> load_lexicon(("overrides",)).classify("lambaste") is None
    True
    >>> load_lexicon() is default_lexicon()
    True
    """
    return _load_layers(tuple(layers))


@functools.cache
def _load_layers(layers: tuple[str, ...]) -> EventLexicon:
    lexicon = EventLexicon()
    for name in layers:
        if name not in LAYERS:
            raise ValueError(f"unknown lexicon layer {name!r}: one of {tuple(LAYERS)}")
        path = resources.files("actorgraph.extract") / "data" / LAYERS[name]
        with path.open(encoding="utf-8") as handle:
            layer = parse_lexicon(handle, source=f"extract/data/{LAYERS[name]}")
        lexicon = merge_lexicons(lexicon, layer)
    return lexicon


def default_lexicon() -> EventLexicon:
    """The lexicon shipped with actorgraph: derived table and overrides (cached)."""
    return load_lexicon(tuple(LAYERS))


#: Entity types of a state or nation: a participant of a political event.
STATE_TYPES = frozenset({"GPE", "NORP"})
#: Entity types of places one moves to.
#: Classes of the measures an authority imposes by ordering them: "ordered tariffs on
#: X" imposes them, "ordered an inquiry" is INVESTIGATE, not a DEMAND of anyone.
_IMPOSED_CLASSES = frozenset({"SANCTION", "COERCE", "INVESTIGATE", "MOBILIZE", "FIGHT",
                              "ASSAULT"})
#: Entity types of bodies and things, not places: control of one is no territory taken
#: ("took control of the House", "of Twitter"); the small model types some towns PERSON.
_BODY_TYPES = frozenset({"ORG", "NORP", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"})
#: The verb whose class (and object list) ordering someone to leave takes.
_EXPELLING = "expel"
#: The classes of a physical attack, which a verbal attack on a person is not.
_ATTACK_CLASSES = frozenset({"ASSAULT", "FIGHT"})
_WORDS = re.compile(r"[^\W\d_]+")
#: Types of a named object a company or person can free ("released the journalist").
_FREED_TYPES = frozenset({"PERSON", "NORP"})
_SENSE_GROUPS = ("@commercial", "@political", "@company", "@verbal", "@physical", "@venue",
                 "@accord", "@dismissing", "@signing", "@people", "@criticising",
                 "@directing", "@measure", "@obstructing", "@figurative",
                 "@territorial", "@freeing", "@business", "@labour", "@nature", "@blaze",
                 "@fuel", "@expressing",
                 "@materiel",
                 "@civilian", "@joining", "@contesting", "@prize",
                 "@evacuating", "@paying", "@dues", "@striking", "@raiding", "@occupying",
                 "@visiting",
                 "@complaining", "@economic", "@pricing", "@price", "@goods", "@capturing",
                 "@dispatching", "@showing", "@match", "@counting", "@deal", "@awarding")
#: Classes of an exchange with a counterpart (a meeting, aid, cooperation, a demand or a
#: threat): the object must be an actor, not a place, facility or venue.
COUNTERPART_CLASSES = frozenset({"CONSULT", "AID", "COOPERATE", "DEMAND", "THREATEN"})
#: Entity types that are facilities, events, laws or things, never a counterpart ("Walter
#: Reed Hospital", "the Olympics", "passed the Affordable Care Act"; a pact is, by its last
#: word); a LOC may be a region with its people ("the Gaza Strip").
_NON_COUNTERPART_TYPES = frozenset({"FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
#: CAMEO codes of companies and sectors of political actors (one home: extract/dictionary.py).
_BUSINESS_CODES = BUSINESS_CODES
_POLITICAL_SECTORS = POLITICAL_SECTORS

#: CAMEO sectors of armed forces and armed groups: military, rebels, unidentified armed
#: forces, insurgents.
_ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "INS"})


@dataclass(frozen=True)
class Senses:
    """The word lists of :func:`sense_class` (``extract/data/event_senses.tsv``)."""

    commercial: frozenset[str] = frozenset()
    political: frozenset[str] = frozenset()
    company: frozenset[str] = frozenset()
    verbal: frozenset[str] = frozenset()
    physical: frozenset[str] = frozenset()
    venue: frozenset[str] = frozenset()
    accord: frozenset[str] = frozenset()
    dismissing: frozenset[str] = frozenset()
    signing: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    criticising: frozenset[str] = frozenset()
    directing: frozenset[str] = frozenset()
    measure: frozenset[str] = frozenset()
    obstructing: frozenset[str] = frozenset()
    figurative: frozenset[str] = frozenset()
    territorial: frozenset[str] = frozenset()
    freeing: frozenset[str] = frozenset()
    business: frozenset[str] = frozenset()
    labour: frozenset[str] = frozenset()
    nature: frozenset[str] = frozenset()
    blaze: frozenset[str] = frozenset()
    fuel: frozenset[str] = frozenset()
    expressing: frozenset[str] = frozenset()
    materiel: frozenset[str] = frozenset()
    civilian: frozenset[str] = frozenset()
    joining: frozenset[str] = frozenset()
    contesting: frozenset[str] = frozenset()
    prize: frozenset[str] = frozenset()
    evacuating: frozenset[str] = frozenset()
    paying: frozenset[str] = frozenset()
    dues: frozenset[str] = frozenset()
    striking: frozenset[str] = frozenset()
    raiding: frozenset[str] = frozenset()
    occupying: frozenset[str] = frozenset()
    visiting: frozenset[str] = frozenset()
    complaining: frozenset[str] = frozenset()
    economic: frozenset[str] = frozenset()
    pricing: frozenset[str] = frozenset()
    price: frozenset[str] = frozenset()
    goods: frozenset[str] = frozenset()
    capturing: frozenset[str] = frozenset()
    dispatching: frozenset[str] = frozenset()
    showing: frozenset[str] = frozenset()
    match: frozenset[str] = frozenset()
    counting: frozenset[str] = frozenset()
    deal: frozenset[str] = frozenset()
    awarding: frozenset[str] = frozenset()


def parse_senses(lines: Iterable[str], *, source: str = "<senses>") -> Senses:
    """Parse the ``@group<TAB>words`` format of ``event_senses.tsv``."""
    groups: dict[str, frozenset[str]] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, _, words = line.rstrip("\n").partition("\t")
        if name not in _SENSE_GROUPS or not words.strip():
            raise ValueError(f"{source}:{number}: expected one of {_SENSE_GROUPS}, a tab "
                             "and its words")
        groups[name] = frozenset(words.lower().split())
    return Senses(**{name[1:]: groups.get(name, frozenset()) for name in _SENSE_GROUPS})


@functools.cache
def default_senses() -> Senses:
    """The sense word lists shipped with actorgraph (cached)."""
    path = resources.files("actorgraph.extract") / "data" / "event_senses.tsv"
    with path.open(encoding="utf-8") as handle:
        senses = parse_senses(handle, source="extract/data/event_senses.tsv")
    # armed forces are a political participant and a physical context, wherever listed
    return dataclasses.replace(senses, political=senses.political | MILITARY_HEADS,
                               physical=senses.physical | MILITARY_HEADS)


def _side_words(side: Mention) -> list[list[str]]:
    return [[w.lower() for w in _WORDS.findall(text)] for text in (side.text, side.label)]


def _armed(side: Mention, senses: Senses) -> bool:
    """Whether a side is an armed force or group by its last word, a word both of
    violence and of the military ("rebel soldiers", "armed militants"; not "the storm")."""
    return bool(_last_words(side) & senses.physical & senses.political)


def _forceful(side: Mention, senses: Senses) -> bool:
    """Whether a side acts by force, not in words: an armed force or group
    (:func:`_armed`), or people named by a word of weapons or violence ("gunmen",
    "assailants", "a mob"): "Gunmen attacked a wedding party" is no criticism. A name is
    never such a word, whatever its last one says ("Shell", "Roger Stone", "Chris Rock"
    attack in words)."""
    return _armed(side, senses) or (side.is_concept
                                     and bool(_last_words(side) & senses.physical))


def _people_of(side: Mention) -> bool:
    """Whether a side is named by a nationality, its people rather than its state:
    "Palestinians", "thousands of Egyptians" (the last word of its text a demonym)."""
    words = _side_words(side)[0]
    return bool(words) and country_of(words[-1]) is not None


def _last_words(side: Mention) -> set[str]:
    """The last words of a side's text and label ("the Paris Agreement" -> agreement), a
    group's own before the participle that says who leads or backs it (:func:`_own_part`)."""
    return {words[-1] for words in map(_own_part, _side_words(side)) if words}


def _own_part(words: list[str]) -> list[str]:
    """The words of a side before a participle and its agent's "by", which name the group
    by who leads, backs or commands it (the label of a concept keeps them:
    ``which_modifier`` of :mod:`extract.actors`): "rebels led by Colonel Gregorio Honasan"
    -> rebels, "students led by Kim Dae-jung" -> students; the words whole otherwise."""
    cut = next((i for i, w in enumerate(words) if i >= 2 and w == "by"), None)
    return words[:cut - 1] if cut is not None else words


def _head_words(side: Mention) -> set[str]:
    """The head words of a side's text and label: the last word before a preposition that
    says where it is or what it bears on ("gunmen at market" -> gunmen), else the last one
    ("falling oil prices" -> prices)."""
    heads = set()
    for words in _side_words(side):
        cut = next((i for i, w in enumerate(words) if i and w in _HEAD_ENDING_PREPS),
                   len(words))
        if cut:
            heads.add(words[cut - 1])
    return heads


#: Prepositions after the head of a side's phrase ("gunmen at the market", "troops in the
#: market"), whose object is not what the side is.
_HEAD_ENDING_PREPS = ADJUNCT_PREPS | AMOUNT_PREPS | JUDGED_PREPS | frozenset(
    {"on", "against", "into"})


def _code(side: Mention) -> str:
    """A side's CAMEO code: its own, or the dictionaries' for its name (sides are coded
    after their class is decided)."""
    entry = lookup(side.label) if side.code is None and not side.is_concept else None
    return side.code or (entry.code() if entry is not None else None) or ""


def _company(side: Mention, senses: Senses) -> bool:
    """Whether a side is a company: a name ending in Inc, Corp ... or a business code, also
    for a name the NER missed whose whole label the dictionaries list as a company ("Pfizer
    will supply vaccine to the EU", Pfizer a concept, is ``MNCUSAHLH``: a sale)."""
    code = _code(side) or _missed_name_code(side)
    return any(words and words[-1] in senses.company for words in _side_words(side)) \
        or code.startswith(_BUSINESS_CODES) or any(c in code[3:] for c in _BUSINESS_CODES)


def _missed_name_code(side: Mention) -> str:
    """The dictionaries' code of a concept side that is a capitalised name the NER missed
    (its whole label an entry: "Pfizer"), else ""."""
    if not side.is_concept or not side.label[:1].isupper():
        return ""
    entry = lookup(side.label)
    return (entry.code() if entry is not None else None) or ""


def _political(side: Mention, senses: Senses) -> bool:
    """Whether a side is a state, government, armed force or armed group (not a company):
    by its type, its words or, for an organisation, its code ("Taliban" is ``AFGREB``)."""
    if _company(side, senses):
        return False
    names = _side_words(side)
    if side.type in STATE_TYPES or any(w in senses.political for ws in names for w in ws):
        return True
    if side.type == "PERSON":
        return False  # a politician's code says who they are, not that a gift is aid
    code = _code(side)
    sectors = {code[i:i + 3] for i in range(0, len(code), 3)}
    return len(code) == 3 or bool(sectors & _POLITICAL_SECTORS)


def _commercial(lemma: str, subject: Mention, obj: Mention, head: str | None,
                lexicon: EventLexicon, senses: Senses, object_head: str | None) -> bool:
    """Whether a relation is a commercial deal, not a political event (see sense_class)."""
    # the goods are no participant: "Boeing supplied jets" is a sale, "supplied the army" not
    goods = obj.is_concept and object_head is not None and not _someone(object_head.lower(),
                                                                         senses)
    # a company selling, supplying or awarded a contract trades with whoever the other
    # side is: "Rheinfeld AG will supply shells to Ukraine", "the Navy awarded Lockwell
    # Aerospace Corp a contract" are sales and purchases, no aid or cooperation
    traded = _company(subject, senses) or (not goods and _company(obj, senses))
    if not traded and (_political(subject, senses) or (not goods
                                                       and _political(obj, senses))):
        return False
    verb = (head or lemma).split(" ", 1)[0]
    if verb in senses.commercial or (traded and verb in senses.awarding):
        return True  # "Apple Inc bought Beats", "the Navy awarded Lockwell Corp a contract"
    # a deal later in the chain: "Exxon agreed to acquire XTO", "Musk agreed to buy Twitter"
    return any(v in senses.commercial for v in lexicon.verbs_of(lemma))


#: Classes of force, which weapons and vehicles can be the agents of ("the missile hit the
#: tanker"); no other class: "troops backed by helicopter gunships" is no SUPPORT.
_FORCE_CLASSES = frozenset({"ASSAULT", "FIGHT", "COERCE", "MOBILIZE"})
#: Classes a business matter can still have: violence, and a protest (a strike or a picket
#: against a company is a protest, CAMEO 14).
_BUSINESS_CLASSES = frozenset({"ASSAULT", "FIGHT", "PROTEST"})


#: Named objects a person joins as a member, an employee or one of a number ("joined the
#: Senate", "joined Hartwell's board", "joined Harris and Warren as contenders").
_MEMBER_TYPES = frozenset({"PERSON", "ORG"})
#: Classes of force that, done by protesters or strikers, are a violent protest, a riot or
#: an occupation (CAMEO 145 "protest violently, riot", PLOVER PROTEST): "protesters stormed
#: parliament", "students clashed with riot police", "striking workers occupied the yard".
_RIOT_CLASSES = frozenset({"FIGHT", "COERCE"})


def _protesting(side: Mention, senses: Senses) -> bool:
    """Whether a side is civilians, protesters or workers (``@civilian``, ``@labour``, by the
    last word of its text, singular or plural) and no state, government or armed force:
    "protesters", "striking shipyard workers", "students"; not "police", "rebel soldiers"."""
    if side.type in STATE_TYPES or _political(side, senses) or _armed(side, senses):
        return False
    heads = {words[-1] for words in map(_own_part, _side_words(side)[:1]) if words}
    heads |= {w[:-1] for w in heads if w.endswith("s")}
    return bool(heads & (senses.civilian | senses.labour))


def _labour_action(subject: Mention, obj: Mention, senses: Senses) -> bool:
    """Whether a side acting on another is on strike (see ``@striking``): workers or a union
    (a word of ``@labour``) that are no state or coded political body and no armed force,
    or anyone who is no state, government, armed force or weapon acting on a company:
    "dock workers struck Halvern Freight Inc", "the Teamsters struck the brewery"; so are
    the members of a body no state or armed force, whatever its name's words ("9,000
    members of the Metal Trades Council walked off the job at a yard of General Dynamics
    Corp": a council, but its members stop work at a company)."""
    if subject.type in STATE_TYPES or _coded_political(subject) or _armed(subject, senses) \
            or _materiel(subject, senses):
        return False
    if any(w in senses.labour for words in _side_words(subject) for w in words):
        return True
    return _company(obj, senses) and (not _political(subject, senses) or _members(subject))


def _members(side: Mention) -> bool:
    """Whether a side is written as the members of the body it stands for: the last word
    of its text is a noun of :data:`~extract.lexicon.MEMBERSHIP_HEADS` ("About 9,000
    members" of the Metal Trades Council)."""
    words = _side_words(side)[0]
    return bool(words) and words[-1].removesuffix("s") in MEMBERSHIP_HEADS


def asks_act(verb: Token) -> bool:
    """Whether a verb of asking asks its object for an act: a "to" infinitive on the verb
    or on its object ("called on Israel to allow aid in", "calling on officials to expand
    trade insurance"), or a "for" phrase ("called on the government for an inquiry").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Wong", "called", "on", "Modi", "to", "act"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 5, 1],
    ...           deps=["nsubj", "ROOT", "prep", "pobj", "aux", "xcomp"])
    >>> asks_act(doc[1]), asks_act(doc[:4].as_doc()[1])
    (True, False)
    """
    objects = [o for c in kids(verb) if c.dep_ in (PREP, DOBJ)
               for o in ([c] if c.dep_ == DOBJ else [g for g in kids(c) if g.dep_ == POBJ])]
    return any(c.dep_ == PREP and c.lower_ == "for" for c in kids(verb)) or any(
        to_infinitive(c) for host in (verb, *objects) for c in kids(host))


def _sector(side: Mention) -> str | None:
    """The sector of a side's agent noun, by its text or label ("Peruvian troops" -> MIL,
    "the police" -> COP), or None."""
    return next((found for words in _side_words(side) if (found := sector_of(words))), None)


def _raider(side: Mention, senses: Senses) -> bool:
    """Whether a side raids by armed force: one whose agent noun is of an armed sector
    (:data:`_ARMED_SECTORS`: "guerrillas", "troops", "fighters"), or with no agent noun an
    armed side (:func:`_armed`), a weapon of war (:func:`_materiel`) or a state itself
    (GPE, NORP: "Iraqi"); not the police ("Israeli police", "tax police": sector COP)."""
    sector = _sector(side)
    if sector is not None:
        return sector in _ARMED_SECTORS
    return _armed(side, senses) or _materiel(side, senses) or side.type in STATE_TYPES


def _occupier(side: Mention, senses: Senses) -> bool:
    """Whether a side going into a place occupies it (``@occupying``, CAMEO 192): an armed
    force or group by its agent noun (:data:`_ARMED_SECTORS`: "troops") or its last word
    (:func:`_armed`), or a weapon of war (:func:`_materiel`: "tanks"); not a state itself
    ("China entered the WTO"), the police, or anyone else ("aid trucks entered Gaza")."""
    sector = _sector(side)
    if sector is not None:
        return sector in _ARMED_SECTORS
    return _armed(side, senses) or _materiel(side, senses)


#: Sectors of a state's own armed and security forces (its army, navy, police).
_SECURITY_SECTORS = frozenset({"MIL", "COP"})


def _own_means_sent(lemma: str, subject: Mention, obj: Mention, thing: str | None,
                    senses: Senses, lexicon: EventLexicon, verb: Token | None = None) -> bool:
    """Whether a sending (:data:`~extract.lexicon.SENDING_VERBS`) moves the sender's own
    means rather than giving aid: an armed or security force (an agent noun of
    :data:`_SECURITY_SECTORS`: "the army", "the navy", "police") sending forces, weapons or
    vehicles of war, or anything that is no person or group ("the army would send
    helicopters to reach isolated villages", "the navy dispatched two frigates"); or anyone
    sending forces or weapons of war to no one, with no "to" or "into" phrase at all
    (:func:`_forces_sent`), to do an act of force of its own (an infinitive of
    :data:`_FORCE_CLASSES`): "Israel sent fighter jets to strike the convoy" (the strike is
    the event). Whom they are sent to keeps the aid ("sent troops to Mali", "will send
    tanks to Ukraine"), and so does what they are sent to help do ("would send troops to
    help enforce a ceasefire")."""
    if lemma.split(" ", 1)[0] not in SENDING_VERBS or not obj.is_concept or thing is None:
        return False
    forces = (senses.physical & senses.political) | senses.materiel
    thing = thing.lower()
    war = thing in forces or f"{thing}s" in forces
    if _sector(subject) in _SECURITY_SECTORS:
        return war or not _someone(thing, senses)
    return war and verb is not None and not _forces_sent(verb, senses) and any(
        c.dep_ in _PURPOSE_DEPS and to_infinitive(c)
        and lexicon.classify(c.lemma_.lower()) in _FORCE_CLASSES for c in kids(verb))


def _forces_sent(verb: Token, senses: Senses) -> bool:
    """Whether a verb's direct object is armed forces or weapons of war sent somewhere by a
    "to" or "into" phrase: "ordered troops to the Ukrainian border", "ordered warships into
    the strait" (a word both of violence and of the military, or of ``@materiel``) -- a
    deployment, as "deployed troops to the border", no demand of the troops."""
    forces = (senses.physical & senses.political) | senses.materiel
    sent = [c for c in kids(verb) if c.dep_ == DOBJ and c.lower_ in forces]
    return bool(sent) and any(c.dep_ in (PREP, DATIVE) and c.lower_ in ("to", "into")
                              for host in (verb, *sent) for c in kids(host))


def _forces_sent_into(verb: Token | None, senses: Senses) -> bool:
    """Whether a verb sends armed forces or weapons of war (its direct object, as
    :func:`_forces_sent`) "into" a place: "sent troops 150 km into southern Angola",
    "moved tanks into the buffer zone" -- a deployment onto ground (CAMEO 154, DEPLOY
    &MILITARY; an incursion when the ground is another's), no aid to the place, whose
    "to" keeps the aid: "sent troops to Mali" (CAMEO 072)."""
    if verb is None:
        return False
    forces = (senses.physical & senses.political) | senses.materiel
    sent = [c for c in kids(verb) if c.dep_ == DOBJ and c.lower_ in forces]
    return bool(sent) and any(c.dep_ == PREP and c.lower_ == "into"
                              for host in (verb, *sent) for c in kids(host))


def _walked_out(predicate: Token | None) -> bool:
    """Whether a strike is read off a verb of workers stopping work that is no "strike"
    itself (:data:`~extract.lexicon.WALKOUT_VERBS`: "walked off the job", "walked out",
    "stopped work", "downed tools"): the walkout rule of :mod:`extract.rules.verbal` names
    the employer it is against only for workers or a union, so it is a labour strike,
    PROTEST (CAMEO 143), whatever the workplace is called ("at Corlan Co plants").
    A nominal strike ("a strike by jets on the depot") has the noun as its predicate."""
    if predicate is None or predicate.pos_ not in ("VERB", "AUX") \
            or predicate.lemma_.lower() == "strike":
        return False
    lemma = predicate.lemma_.lower()
    return any(f"{lemma} {t.lower_ if t.dep_ == PREP else t.lemma_.lower()}" in WALKOUT_VERBS
               for t in kids(predicate) if t.dep_ in (PREP, DOBJ, PRT))


def _done_with_force(verb: Token | None, senses: Senses) -> bool:
    """Whether a verb's "with" phrase names a weapon or a means of force (``@physical``,
    ``@materiel``): "police attacked the pickets with sticks", "attacked the strikers with
    truncheons" attack by force, whoever the subject ("attacked the proposal with harsh
    words" is criticism)."""
    if verb is None:
        return False
    force = senses.physical | senses.materiel
    return any(c.dep_ == PREP and c.lower_ == "with"
               and any(o.dep_ == POBJ and o.lemma_.lower() in force for o in kids(c))
               for c in kids(verb))


def _spoken_of(subject: Mention, obj: Mention, senses: Senses,
               predicate: Token | None = None) -> bool:
    """Whether a person's attack on an organisation can only be in words: the object is an
    organisation (ORG) that is no armed force or group (by its words or its CAMEO code:
    not Hezbollah, ``LBNREB``) and the subject a named person (:func:`_named_person`,
    whatever the NER typed: "Trump blasted the Federal Reserve", "Sanders attacked the
    Democratic National Committee", "Olaf Scholz hammered the European Central Bank" with
    Olaf Scholz typed ORG). A person leading an armed attack is named with the force that
    does it, and the force is the subject. A state (GPE) attacked by a person is spoken
    of only when the verb says what for, an "over" or "for" phrase (:func:`_reason_given`):
    "Viktor Orban attacked Brussels over the frozen funds"; "Yahya Sinwar attacked Israel
    on October 7" stays an attack."""
    if not _named_person(subject, senses) or _armed(obj, senses) \
            or _last_words(obj) & senses.venue:
        return False  # (a place typed ORG is attacked by force: "the Olympic Stadium")
    if obj.type != "ORG" and not (obj.type == "GPE" and _reason_given(predicate)):
        return False
    code = _code(obj)
    return not {code[i:i + 3] for i in range(0, len(code), 3)} & _ARMED_SECTORS


def _named_person(side: Mention, senses: Senses) -> bool:
    """Whether a side is a named person: typed PERSON, or a name the NER typed otherwise
    (not a concept, no state) of two words or more whose first word is a common given name
    (:func:`~extract.lexicon.first_name_gender`) and no word of which is a company's or a
    government's ("Olaf Scholz" typed ORG; not "Walt Disney Co", "Ronald Reagan
    Administration")."""
    if side.type == "PERSON":
        return True
    if side.is_concept or side.type in STATE_TYPES or _company(side, senses):
        return False
    words = _side_words(side)[1]
    return len(words) >= 2 and first_name_gender(words[0]) is not None \
        and not set(words) & (senses.political | senses.company)


def _reason_given(verb: Token | None) -> bool:
    """Whether a verb has an "over" or "for" phrase of its own (on it or on its direct
    object, where the parse may hang it), which gives the matter of a criticism."""
    if verb is None:
        return False
    heads = [verb, *(c for c in kids(verb) if c.dep_ == DOBJ)]
    return any(c.dep_ == PREP and c.lower_ in CRITICISED_FOR_PREPS for h in heads for c in kids(h))


def _materiel(side: Mention, senses: Senses) -> bool:
    """Whether a side is a weapon or a vehicle of war by a word of it ("helicopter gunships",
    "T-28 fighter-bombers", "jet fighters"), which acts only by force; not one of a state or
    a force named with it, which acts through it ("a U.S. Navy helicopter evacuated the
    crew", "Israel", read from "its jets")."""
    if side.type in STATE_TYPES or _coded_political(side):
        return False
    words = {w for ws in _side_words(side) for w in ws}
    # a word of a force or a government besides the weapon's own: "U.S. Navy helicopter"
    return bool(words & senses.materiel) \
        and not words & (senses.political - senses.materiel)


def civilian_target(thing: str | None, senses: Senses | None = None) -> bool:
    """Whether an unnamed target (a noun lemma) is civilians or protesters: firing on them
    is violence against them (ASSAULT; CAMEO 175 and 18x), not combat.

    Examples
    --------
    >>> civilian_target("demonstrator"), civilian_target("soldier"), civilian_target(None)
    (True, False, False)
    """
    return thing is not None and thing.lower() in (senses or default_senses()).civilian


def _coded_political(side: Mention) -> bool:
    """Whether the dictionaries code a side as a government, military, party, international
    or other political actor, whatever else its code says: "Joe Biden" is ``USAGOV``, the
    IMF ``IGOBUSIMF``, the Federal Reserve ``USAGOVBUS`` (a political participant of a
    business matter: "Biden sued the company", "the banks demanded an IMF accord")."""
    code = _code(side)
    return bool({code[i:i + 3] for i in range(0, len(code), 3)} & _POLITICAL_SECTORS)


def _dismissed(verb: Token | None) -> bool:
    """Whether a verb's direct object is a person it dismisses ("the firm dismissed
    Lassiter"), not a thing of someone's it rejects ("the rebels dismissed an appeal from
    the president"); True when the verb is not known."""
    return verb is None or any(c.dep_ == DOBJ and c.ent_type_ == "PERSON"
                               for c in kids(verb))


#: Articles a bare noun of fire may have: "Fire", "a fire", "the blaze".
_ARTICLES = frozenset({"a", "an", "the"})


def _bare_blaze(side: Mention, senses: Senses) -> bool:
    """Whether a side is a fire itself (``@blaze``: fire, blaze, flames), its text that noun
    alone or with an article: "Fire destroyed a warehouse", "The blaze gutted the
    building"; not shooting named by whose it is or what fired it ("Israeli fire",
    "sniper fire", "artillery fire")."""
    words = _side_words(side)[0]
    return bool(words) and words[-1] in senses.blaze and set(words[:-1]) <= _ARTICLES


#: Classes a commercial verb's supply of goods its objects do not list loses: "supplied
#: Germany with gas" is no AID, "offered Egypt wheat" no AGREE.
_SUPPLY_CLASSES = frozenset({"AID", "AGREE", "COOPERATE"})


def _supplied_with(verb: str, predicate: Token | None, lexicon: EventLexicon,
                   senses: Senses) -> bool:
    """Whether a commercial verb restricted to some objects (``supply``: ``@aid``) gives its
    named object, in a "with" phrase, only fuel its objects do not list (``@fuel``: gas,
    oil, coal): "supplied Germany with its first cargo of liquefied natural gas", "will
    supply Poland with gas" (what a cargo, a shipment or a tonne holds, by its "of"
    phrase, is the thing) are sales; "supplied Ukraine with weapons", "supplied Kadugli
    with sorghum" (food) still aid."""
    if predicate is None or lexicon.objects.get(verb) is None:
        return False
    given = []
    for prep in kids(predicate):
        if prep.dep_ != PREP or prep.lower_ != "with":
            continue
        for noun in kids(prep):
            if noun.dep_ != POBJ:
                continue
            held = [p for c in kids(noun) if c.dep_ == PREP and c.lower_ == "of"
                    for p in kids(c) if p.dep_ == POBJ]
            given.extend(held or [noun])
    return bool(given) and all(
        g.lemma_.lower() in senses.fuel
        and lexicon.classify(verb, object_head=g.lemma_.lower()) is None for g in given)


def _staff_dismissed(verb: Token | None, senses: Senses) -> bool:
    """Whether a dismissing verb's own direct object is workers or staff (``@labour``, lemma
    or word): an employer lays them off, no attack and no rejection ("Boeing fired 500
    workers at its Seattle plant", "might dismiss strikers"); not a "fire on" phrase,
    whose object is shot at ("police fired on striking workers"). So is one's own post
    holder, a role word (:data:`~extract.lexicon.ROLE_WORDS`) with a possessor: "Boric
    fired his interior minister", "the board sacked its chief executive"."""
    return verb is not None and any(
        c.dep_ == DOBJ and (c.lemma_.lower() in senses.labour or c.lower_ in senses.labour
                            or c.lemma_.lower() in ROLE_WORDS
                            and any(p.dep_ == POSS for p in c.lefts))
        for c in kids(verb))


def _captive(obj: Mention, thing: str | None, senses: Senses, lexicon: EventLexicon,
             verb: Token | None = None) -> bool:
    """Whether the object of a capturing verb (``@capturing``) is a person or people taken
    captive, not a place or a position taken by force: a named person or people (PERSON,
    NORP: "captured Carlos Lehder", "captured two Afghan soldiers") or an unnamed person or
    group that is none of the things fighting acts on (the ``=FIGHT`` row: "captured three
    commanders"; "captured two villages", "captured the airport" are taken by force). A
    named object of another type (a country read from a demonym: "captured dozens of Saudi
    soldiers" -> Saudi Arabia) is taken by what the verb's direct object names
    (:func:`_direct_noun`): the soldiers."""
    if not obj.is_concept:
        if obj.type in _FREED_TYPES:
            return True
        thing = _direct_noun(verb)
    return thing is not None and _someone(thing.lower(), senses) \
        and thing.lower() not in lexicon.things.get("FIGHT", ())


def _direct_noun(verb: Token | None) -> str | None:
    """The common noun (a lemma) heading a verb's direct object, or the noun a quantity
    head quantifies ("captured dozens of Saudi soldiers" -> soldier); None when there is
    none or it is a name."""
    token = next((c for c in kids(verb) if c.dep_ == DOBJ), None) if verb is not None else None
    if token is not None and token.lemma_.lower() in QUANTITY_HEADS:
        token = next((p for c in kids(token) if c.dep_ == PREP and c.lower_ == "of"
                      for p in kids(c) if p.dep_ == POBJ), token)
    return token.lemma_.lower() if token is not None and token.pos_ == "NOUN" else None


def _person_sent(verb: Token | None) -> bool:
    """Whether a verb's direct object is a named person (PERSON): "Putin sent Sergei Lavrov to
    Ankara", "Xi Jinping sent Wang Yi to Moscow" send an envoy, no aid to anyone."""
    return verb is not None and any(c.dep_ == DOBJ and c.ent_type_ == "PERSON"
                                    for c in kids(verb))


def _place_left(lemma: str, obj: Mention) -> bool:
    """Whether a relation's object is a place (GPE, LOC, FAC) it leaves: the object of
    "from" ("arrived from Helsinki", "arrived back from Tokyo") or of a verb of leaving
    alone (:data:`~extract.lexicon.DEPARTING_VERBS`: "departed Pretoria"); not where one
    goes ("departed for Brussels", "arrived in Oslo")."""
    words = lemma.lower().split()
    return obj.type in PLACE_TYPES and (words[-1] == "from" and len(words) > 1
                                        or len(words) == 1 and words[0] in DEPARTING_VERBS)


#: dependents of a noun that name its kind ("takeover proposal", "hostile bid")
_NAMING_DEPS = frozenset({COMPOUND, AMOD, NMOD})


def _named_words(predicate: Token | None, pos: str) -> list[str]:
    """The lemmas of a verb's direct object and of the modifiers that name its kind,
    whatever the relation's object is: "withdrew his takeover proposal for USX" ->
    proposal, takeover. (Not the words of the relation: a verb there is no deal, "agreed
    to share power".)"""
    if pos != "VERB" or predicate is None:
        return []
    return [t.lemma_.lower() for thing in kids(predicate) if thing.dep_ == DOBJ
            for t in (thing, *kids(thing)) if t is thing or t.dep_ in _NAMING_DEPS]


def _business(subject: Mention, obj: Mention, thing: str | None, senses: Senses,
              named: Iterable[str] = ()) -> bool:
    """Whether a relation is a business matter between no political participants.

    No side is a state, government, armed group or political body (by its type, words or
    code), nor workers or a union (a labour dispute is no business deal: "the miners
    rejected the wage offer"); and the subject is a company, or the object is a company and
    the subject no person (a person acting on a company may hold an office the
    dictionaries do not know: "Duterte accused ABS-CBN Corp"), or the thing acted on is a
    matter of business (a bid, a merger, shares): "Hollis Foods Inc rejected the
    acquisition proposal", "Allied Marine Services Inc filed a lawsuit against Becker
    Inc", "the investor withdrew his takeover bid" (see :func:`sense_class`), or a thing
    a word of a deal names (``@deal``: "Icahn withdrew his takeover proposal").
    """
    business_thing = thing is not None and thing.lower() in senses.business
    # a thing named for a deal (``@deal``): "withdrew his takeover proposal", "rejected the
    # merger proposal from Kraft" (``named``: the verb's own object and the modifiers naming
    # its kind; not a price or a market, "demanded price controls" may be political)
    named_business = any(w in senses.deal for w in named)
    # a business thing is no political side, whoever's it is: "the U.S. market", "Iranian
    # shares", "government contracts" (a side acting on it still may be political; a
    # thing only named for one may be a political side's: "the government's price controls")
    sides = (subject,) if business_thing and obj.is_concept else (subject, obj)
    if any(_political(side, senses) or _armed(side, senses) or _coded_political(side)
           or any(w in senses.labour for ws in _side_words(side) for w in ws)
           for side in sides):
        return False
    return _company(subject, senses) \
        or (_company(obj, senses) and subject.type != "PERSON") or business_thing \
        or named_business


def sense_class(event_class: str | None, lemma: str, subject: Mention, obj: Mention, *,
                context: Callable[[], Iterable[str]] = tuple,
                senses: Senses | None = None, predicate: Token | None = None,
                object_head: str | None = None, pos: str = "VERB",
                lexicon: EventLexicon | None = None, theme: str | None = None) -> str | None:
    """The class of a relation once its participants pick the verb's sense.

    The verb is the one that gives the relation its class (:meth:`EventLexicon.lookup`:
    "fire" in "call to fire"); ``object_head`` is the lemma of the object's head noun
    when the object is a concept; ``theme`` the lemma of the verb's own object when the
    relation's object is only where it acted ("attacked a farm cooperative in Jinotega"
    -> "cooperative"): an attack by force on it is no criticism there either.

    - A *commercial* verb (buy, sell, supply, offer, give, send ...) has its
      class only when a participant is a state (GPE, NORP), a government, an
      armed force or an armed group; a company (a name ending in Inc, Corp,
      Ltd ..., or a business CAMEO code) is not: "Apple Inc bought Beats" is no
      event. A commercial verb later in the relation makes it a deal too:
      "Exxon agreed to acquire XTO" is no AGREE.
    - A *business* matter (:func:`_business`: no side is a state, government or armed
      group, and a side is a company, or the thing acted on is one of ``@business``, a
      bid, a merger, shares) has no class, whatever the verb: "Hollis Foods Inc rejected
      the takeover bid", "Summit Corp sued Apex Inc", "Medland Corp withdrew the drug"
      are no political events (the issue: commercial and legal senses are political only
      between governments or armed groups). Violence and protests keep theirs
      (:data:`_BUSINESS_CLASSES`), and so does an *expressing* verb (criticise, praise):
      "Apple Inc criticised Samsung".
      A business thing acted on is no political side whatever its modifiers: "Medland
      Corp withdrew the drug from the U.S. market", "bid on government contracts".
    - Fighting or coercion (FIGHT, COERCE) by protesters, civilians or workers
      (``@civilian``, ``@labour``, :func:`_protesting`) is a violent protest, PROTEST
      (CAMEO 145): "protesters stormed parliament", "striking workers occupied the yard".
    - A *contesting* verb (``@contesting``: challenge, beat) done "for" a post or a prize of a
      contest (``@prize``: a nomination, a seat, the leadership, a contract, an award;
      :func:`_contested`) is an election or a bid, no disapproval or attack: "Dalton
      challenged the governor for the Republican nomination", "Norcom beat out Vantex and
      a group led by Thales for the contract".
    - A *striking* verb (``@striking``: strike) of force done by workers or a union, or by
      anyone who is no state, armed force or weapon to a company (:func:`_labour_action`),
      with no word of weapons or violence in ``context``, is a labour strike, PROTEST
      (CAMEO 143): "2,000 nurses struck Mercy Health Corp".
    - An attack (ASSAULT, FIGHT) of a company on a company is competition, no class:
      "Norcom Corp beat out Vantex Inc".
    - An attack stated as a term of a pact (:func:`agreed_term`) is disarmament, no
      violence: "Under the accord, Greece will destroy 40 launchers".
    - A protest (a verb) of a company that is no union is a complaint, DISAPPROVE (CAMEO
      114): "Vantor Systems Inc protested the award of the contract".
    - A *visiting* verb (``@visiting``: call) "on" a named person who is asked no act
      (:func:`asks_act`) pays them a visit, CONSULT (CAMEO 042), no DEMAND: "Marles called on
      President Joko Widodo".
    - A *complaining* verb (``@complaining``: protest) of a state itself (GPE) is an
      official complaint, DISAPPROVE (CAMEO 114): "Jordan summoned the Israeli ambassador to
      protest against the raid"; "Palestinians protested" (its people, :func:`_people_of`)
      still demonstrate.
    - A *paying* verb (``@paying``) of an amount "in" damages, compensation or a fine
      (``@dues``; the lexicon's second row of pay for them as its object) is a payment owed,
      no cooperation with the one paid: "ordered police to pay him $15,000 in damages".
    - A *pricing* verb (``@pricing``: charge) whose direct object is a price, a fee or an
      amount of money (``@price``, :func:`_priced`) asks a price, no accusation: "Aeroflot
      will charge foreign tourists a fee"; "charged the mayor with bribery" accuses.
    - An *evacuating* verb (``@evacuating``) of workers or staff (``@labour``) by a side
      that is no state, government or armed force is an employer's precaution, no aid:
      "Gulfstar evacuated its workers"; "the navy evacuated the crew" still aids.
    - A *joining* verb (``@joining``) of a person (PERSON) with a named person or body
      (PERSON, ORG; no pact) makes a member, an employee or one of a number, no class:
      "Carroll joined the Solidarity Party", "joined Harris and Warren as contenders".
    - A force of nature or its debris (``@nature``, by the subject's last word, or the first
      of a name: "Typhoon Kammuri") is no participant of any event: "a powerful typhoon
      slammed into the Philippines", "debris from a downed missile injured a woman"; nor is
      a fire named alone (``@blaze``, :func:`_bare_blaze`): "Fire destroyed a warehouse"
      ("Israeli fire killed two" is shooting).
    - A measure, a price or a market (``@economic``, by the last word of a concept
      subject that is its head, not a place after it: "gunmen at the market" attack)
      attacks no one: "new
      U.S. tariffs hit Chinese exporters", "falling oil prices hit Nigeria" have no
      ASSAULT or FIGHT (the measure is an event of its own).
    - A weapon or a vehicle of war (``@materiel``) acts only by force
      (:data:`_FORCE_CLASSES`): "troops backed by helicopter gunships" is no SUPPORT.
    - Fighting (FIGHT) whose target is civilians or protesters (:func:`civilian_target`) is
      violence against them, ASSAULT: "rebels fired on civilians", "police opened fire on
      demonstrators" (armed forces doing it still fight, :func:`refine_class`, as the PLOVER
      gold codes "Russian aircraft killed 46 Afghan civilians").
    - A class of :data:`ACTOR_TARGET_CLASSES` needs a target that fits it: an
      unnamed object (or the noun the relation names: "overturn conviction")
      must be a person or group (a CAMEO agent noun or a person suffix, a group
      noun, ``@political`` or ``@people``), one of the verb's listed objects or
      one of the class's things (``=CLASS`` rows); otherwise there is no class ("Syria
      taxed goods", "joined the race"), or, for a *criticising* verb (not an
      event noun: "the attack on X") of someone acting on it directly,
      DISAPPROVE ("Harris blasted the behaviour"; "Tesla hit a record" is no
      criticism), unless the subject is armed, a word of weapons or violence
      ending its name ("Rebel soldiers attacked the presidential palace" is
      ASSAULT), or the verb's "with" phrase names a weapon (:func:`_done_with_force`:
      "police attacked the pickets with sticks").
    - A *verbal* attack verb (attack, blast, slam ...) with a PERSON as the
      object, or a PERSON as the subject and an organisation that is no armed group as
      the object (:func:`_spoken_of`), and no word of weapons, wounds or violence in
      ``context`` (the words of the sentence, asked for only then) is DISAPPROVE, not
      ASSAULT: "Biden attacked Trump for his remarks", "Sanders attacked the DNC".
    - An attack or a fight (a verb) in or before a court (:func:`in_court`) is a legal
      challenge, DISAPPROVE (CAMEO 115): "Google is fighting the Commission in court".
    - A company selling, supplying, or bought from or awarded a contract (``@company``,
      ``@awarding``) trades, whoever the other side is: "Rheinfeld AG will
      supply shells to Ukraine", "the Navy awarded Lockwell Aerospace Corp a contract".
    - A *territorial* event noun (control) holds only for a place, not a body (an ORG or
      NORP): "rebels took control of Goma" is COERCE (CAMEO 192), "took control of the
      House" none.
    - A *figurative* event noun of attack after "under" ("came under fire from X") with no
      armed agent, no target of force (a base, a convoy) under it and no word of weapons
      or violence in ``context`` is criticism,
      DISAPPROVE (CAMEO COME (UNDER FIRE) 111): "Boeing came under fire from regulators".
    - A *dismissing* verb (fire, sack, dismiss) with a PERSON as the object dismisses them
      from a post: no attack, and no rejection when the person is its direct object ("the
      firm dismissed Lassiter"; "dismissed an appeal from the president" rejects it); so
      does one whose direct object is workers or staff (``@labour``,
      :func:`_staff_dismissed`): "Boeing fired 500 workers" ("fired on workers" shoots).
    - A *signing* verb (sign) is AGREE only for a pact (``@accord``) or a party:
      "signed a decree" or "signed the bill" is no agreement.
    - A *directing* verb (order, decree) whose object is an event noun of a measure
      imposed (:data:`_IMPOSED_CLASSES`) takes the noun's class ("ordered an inquiry"
      is INVESTIGATE), and one whose object is a ``@measure`` imposes it, COERCE like
      "impose": "ordered tariffs on X" is no DEMAND.
    - A *directing* verb whose object is goods (``@goods``: aircraft, vehicles, ships,
      equipment) with no infinitive or clause places a purchase order, no DEMAND:
      "Singapore Airlines ordered six jumbo jets", "ordered four frigates from a Dutch
      shipyard" ("ordered the jets to strike" commands).
    - A *commercial* verb restricted to some objects (supply: ``@aid``) giving its named
      object only fuel in a "with" phrase (``@fuel``: gas, oil, coal; :func:`_supplied_with`)
      sells it, no AID or promise: "QatarEnergy supplied Germany with a cargo of liquefied
      natural gas", "Norway will supply Poland with gas"; weapons or food still aid.
    - A *commercial* verb offering a price or a subsidy (``@price``; not a *paying* one:
      "pay interest to foreign governments" keeps its class) states the terms of a sale,
      no AGREE or COOPERATE, even by a state: "the United States offers a
      subsidy under the Export Enhancement Program".
    - A *directing* verb whose object is armed forces or weapons of war sent "to" or "into"
      a place deploys them (:func:`_forces_sent`), MOBILIZE: "Putin ordered troops to the
      border", as "deployed troops to the border".
    - A *directing* verb whose infinitive is a verb of leaving expels its object, with
      the class of "expel" for it: "ordered the French ambassador to leave" is SANCTION
      (CAMEO 161), "ordered a BBC correspondent to leave" COERCE (174).
    - A protest noun that is lodged, filed or registered is an official complaint, not a
      demonstration (CAMEO 114, DISAPPROVE): "filed a diplomatic protest against China".
    - An *obstructing* verb (block) of someone who is no state, government or armed
      force is a protest: "Angry farmers blocked the motorway" (CAMEO 144).
    - A state's armed or security force sending (``SENDING_VERBS``) its own means, or
      anyone sending forces or weapons of war to no one to use force
      (:func:`_own_means_sent`), gives no AID: "the army would send helicopters to reach
      isolated villages" is no promise of aid, "Israel sent fighter jets to strike the
      convoy" none; whom they are sent to, or what they help do, keeps it ("will send
      tanks to Ukraine", "would send troops to help enforce a ceasefire").
    - A *freeing* verb (release) frees someone only when its named object is a person or
      people (PERSON, NORP) or its subject a state, government or armed force: "Red Hat
      released Red Hat Enterprise Linux" is a product, no RETREAT.
    - A RETREAT "to" a place (GPE, LOC, FAC) by a person who is no state, government or
      force is a person moving: "Hunter retreated to New Mexico" has no class.
    - A *capturing* verb (``@capturing``: capture) of a person or people (:func:`_captive`)
      takes them captive, COERCE (CAMEO 173 "arrest, detain", the class the CAMEO table
      gives "capture"), whoever the captor: "Colombian police captured Carlos Lehder",
      "marines captured a drug lord"; a place or a position captured is fighting, FIGHT
      ("rebels captured the town of Goma").
    - A *dispatching* verb (``@dispatching``: send, dispatch) whose direct object is a named
      person (:func:`_person_sent`) sends an envoy, no AID, to them or to the place: "Putin
      sent Sergei Lavrov to Ankara"; "sent troops to Mali", "sent aid to Gaza" aid.
    - A *showing* verb (``@showing``: demonstrate) with a direct object shows it, no
      protest: "Grivik demonstrated miniature computer screens", "the court demonstrated
      its ignorance"; "students demonstrated against the government" protest.
    - A meeting with a place left (:func:`_place_left`: a GPE, LOC or FAC after "from", or
      the object of a verb of leaving) meets no one there: "Shultz, who arrived from
      Helsinki", "the delegation departed Kabul"; "arrived in Helsinki", "departed for
      Brussels" are visits.
    - A meeting, aid, cooperation, demand or threat (:data:`COUNTERPART_CLASSES`)
      needs an object that is an actor (:func:`counterpart`): "attended the
      Drama Academy", "visited Walter Reed Hospital" have no class.

    Examples
    --------
    >>> from actorgraph.records import Mention
    >>> def side(text, type_):
    ...     return Mention(text, text, type_, 0, len(text))
    >>> sense_class("COOPERATE", "buy", side("Apple Inc", "ORG"), side("Beats", "ORG")) is None
    True
    >>> sense_class("AID", "supply", side("Iran", "GPE"), side("Hezbollah", "ORG"))
    'AID'
    >>> biden, trump = side("Biden", "PERSON"), side("Trump", "PERSON")
    >>> sense_class("ASSAULT", "attack", biden, trump, context=lambda: ["remark"])
    'DISAPPROVE'
    >>> sense_class("ASSAULT", "attack", side("a man", "CONCEPT"), trump,
    ...             context=lambda: ["knife"])
    'ASSAULT'
    >>> syria = side("Syria", "GPE")
    >>> sense_class("COERCE", "tax", syria, side("goods", "CONCEPT"), object_head="good") is None
    True
    >>> sense_class("COERCE", "tax", syria, side("farmers", "CONCEPT"), object_head="farmer")
    'COERCE'
    >>> sense_class("FIGHT", "blast", side("Harris", "PERSON"), side("his behaviour", "CONCEPT"),
    ...             object_head="behaviour")
    'DISAPPROVE'
    """
    if event_class is None:
        return None
    senses = senses or default_senses()
    lexicon = lexicon or default_lexicon()
    head, whole, noun = lexicon.lookup(lemma) if pos != "NOUN" else (None, True, None)
    verb = (head or lemma).split(" ", 1)[0].lower()
    if _commercial(lemma, subject, obj, head, lexicon, senses, object_head):
        return None
    thing = noun or (object_head if obj.is_concept else None)
    if event_class in _SUPPLY_CLASSES and pos == "VERB" and thing is None \
            and verb in senses.commercial - senses.paying and _supplied_with(
                verb, predicate, lexicon, senses):
        return None  # "QatarEnergy supplied Germany with a cargo of LNG": a sale, no aid
    if event_class not in _BUSINESS_CLASSES and verb not in senses.expressing \
            and _business(subject, obj, thing, senses, _named_words(predicate, pos)):
        return None  # "Hollis Foods Inc rejected the bid": a business matter
    if subject.type not in STATE_TYPES and (_last_words(subject) | {
            words[0] for words in _side_words(subject) if len(words) > 1}) & senses.nature:
        return None  # "a typhoon slammed into the Philippines": no one acts
    if subject.is_concept and _bare_blaze(subject, senses):
        return None  # "Fire destroyed a warehouse": no one acts ("Israeli fire" is shooting)
    if event_class in _ATTACK_CLASSES and subject.is_concept \
            and _last_words(subject) & _head_words(subject) & senses.economic:
        return None  # "new U.S. tariffs hit Chinese exporters": an effect, no attack
    if event_class not in _FORCE_CLASSES and _materiel(subject, senses):
        return None  # "troops backed by helicopter gunships": no support in words
    if event_class in _RIOT_CLASSES and _protesting(subject, senses):
        return "PROTEST"  # "protesters stormed parliament": a violent protest (CAMEO 145)
    if event_class in _ATTACK_CLASSES and pos == "NOUN" and _walked_out(predicate):
        return "PROTEST"  # "machinists walked off the job at Corlan Co plants": a strike (143)
    if event_class in _ATTACK_CLASSES and verb in senses.striking \
            and _labour_action(subject, obj, senses) and not (
                # (the sides' own words say nothing of violence: "Corlan Aircraft Corp")
                {w.lower() for w in context()} & senses.physical
                - {w for side in (subject, obj) for ws in _side_words(side) for w in ws}):
        return "PROTEST"  # "2,000 nurses struck Mercy Hospital Corp": a strike (CAMEO 143)
    if event_class == "DEMAND" and verb in senses.visiting and lemma.lower() == f"{verb} on" \
            and obj.type == "PERSON" and predicate is not None and not asks_act(predicate):
        return "CONSULT"  # "Marles called on President Widodo": a visit (CAMEO 042)
    if event_class == "AID" and _own_means_sent(verb, subject, obj, thing, senses, lexicon,
                                                predicate):
        return None  # "the army would send helicopters": its own means moved, no aid
    if event_class == "AID" and verb in SENDING_VERBS and _forces_sent_into(predicate, senses):
        return "MOBILIZE"  # "sent troops into southern Angola": a deployment, no aid (154)
    if event_class == "AID" and verb in senses.dispatching and _person_sent(predicate):
        return None  # "Putin sent Lavrov to Ankara": an envoy sent, no aid
    if event_class == "PROTEST" and pos == "VERB" and verb in senses.showing \
            and predicate is not None and any(c.dep_ == DOBJ for c in kids(predicate)):
        return None  # "Grivik demonstrated miniature screens": shown, no protest
    if event_class == "COERCE" and verb in senses.raiding and _raider(subject, senses):
        return "FIGHT"  # "guerrillas overran an army garrison": armed force (CAMEO 190, 192)
    if event_class == "FIGHT" and verb in senses.occupying and not (
            lemma.lower() == verb and _occupier(subject, senses)):
        return None  # "Amazon entered the Indian market", "entered into talks": no occupation
    if event_class == "MOBILIZE" and not obj.is_concept and (
            obj.type in _NON_COUNTERPART_TYPES or _last_words(obj) & senses.accord):
        return None  # "the quotas violated the Multi-Fibre Arrangement": no show of force
    if event_class in _ATTACK_CLASSES and verb in senses.capturing \
            and _captive(obj, thing, senses, lexicon, predicate):
        return "COERCE"  # "police captured Carlos Lehder": taken captive (CAMEO 173)
    if event_class in _ATTACK_CLASSES and _company(subject, senses) \
            and _company(obj, senses):
        return None  # "Norcom Inc beat out Vantex Corp": firms compete, they do not fight
    if event_class in _ATTACK_CLASSES and pos == "VERB" and predicate is not None \
            and agreed_term(predicate, senses):
        return None  # "Under the accord, Greece will destroy its launchers": disarmament
    if event_class == "PROTEST" and pos == "VERB" and _company(subject, senses) \
            and not any(w in senses.labour for words in _side_words(subject) for w in words):
        return "DISAPPROVE"  # "Vantor Inc protested the award": a firm's complaint (CAMEO 114)
    if event_class == "PROTEST" and pos == "VERB" and verb in senses.complaining \
            and subject.type == "GPE" and not _people_of(subject):
        return "DISAPPROVE"  # "Jordan protested against the raid": a state's complaint
    if verb in senses.contesting and predicate is not None and _contested(predicate, senses):
        return None  # "Dalton challenged the governor for the nomination": an election
    if event_class in _ATTACK_CLASSES and verb in senses.contesting and predicate is not None \
            and not _forceful(subject, senses) and _match_won(predicate, subject, obj, senses):
        return None  # "Serena Williams beat Maria Sharapova 6-2 6-3": a match won
    if event_class in _ATTACK_CLASSES and _sector(subject) in _BUSINESS_CODES \
            and not _forceful(subject, senses) and not _done_with_force(predicate, senses) \
            and not {w.lower() for w in context()} & senses.physical:
        return None  # "timber producers plundered Borneo": trade, in words of violence
    if verb in senses.paying and predicate is not None \
            and _prep_noun(predicate, _IN, senses.dues):
        return None  # "ordered police to pay him $15,000 in damages": no cooperation
    if verb in senses.pricing and predicate is not None and _priced(predicate, senses):
        return None  # "will charge European customers a premium": a price, no accusation
    if event_class == "AID" and verb in senses.evacuating and (
            thing is not None and thing.lower() in senses.labour
            or predicate is not None and any(c.dep_ == DOBJ and c.lemma_.lower() in senses.labour
                                             for c in kids(predicate))) \
            and not _political(subject, senses) \
            and not _armed(subject, senses) and not _coded_political(subject):
        return None  # "Gulfstar evacuated its workers": an employer, no aid
    if verb in senses.joining and subject.type == "PERSON" and not obj.is_concept \
            and obj.type in _MEMBER_TYPES and not _last_words(obj) & senses.accord:
        return None  # "Carroll joined the Solidarity Party": a member, no cooperation
    if event_class == "FIGHT" and obj.is_concept and civilian_target(thing, senses):
        event_class = "ASSAULT"  # "rebels fired on civilians": no combat
    if pos == "NOUN" and lemma.lower() in senses.measure:
        return event_class  # "Mexico's tariffs on American pork": laid on any goods
    forceful = _forceful(subject, senses) or _done_with_force(predicate, senses)
    if (event_class == "DISAPPROVE" and verb in senses.criticising
            and (thing or theme) is not None and pos != "NOUN" and forceful):
        # "Rebel soldiers attacked the palace": armed, not in words; so is "attacked a farm
        # cooperative in Jinotega" (the place relation's verb acting on its own object)
        event_class = "ASSAULT"
    if event_class in ACTOR_TARGET_CLASSES and thing is not None \
            and not _fits(event_class, head, thing.lower(), lexicon, senses) \
            and not _fits_act(lemma, head, thing.lower(), lexicon, senses):
        if verb in senses.criticising and event_class in _ATTACK_CLASSES and (noun or whole) \
                and pos != "NOUN":
            if forceful:
                # "Rebel soldiers attacked the presidential palace", "police attacked the
                # pickets with sticks"
                return event_class
            if not subject.is_concept:
                return "DISAPPROVE"  # "Erdogan attacked the proclamation": in words
        return None
    territorial = predicate is not None and predicate.lemma_.lower() in senses.territorial \
        or any(w in senses.territorial for w in lemma.lower().split()[1:])
    if territorial and obj.type in _BODY_TYPES:
        return None  # "took control of the House": no territory taken
    if pos == "NOUN" and event_class in _ATTACK_CLASSES and predicate is not None \
            and predicate.lemma_.lower() in senses.figurative and predicate.head.lower_ == "under" \
            and not _armed(subject, senses) \
            and not (thing is not None and thing.lower() in lexicon.things.get(event_class, ())) \
            and not any(w.lower() in senses.physical for w in context()):
        # "Boeing came under fire from regulators": criticism (CAMEO 111); "positions came
        # under fire" are a target of force
        return "DISAPPROVE"
    if event_class in _ATTACK_CLASSES and pos == "VERB" and predicate is not None \
            and in_court(predicate) is not None:
        return "DISAPPROVE"  # "Google is fighting the Commission in court": a lawsuit (115)
    if verb in senses.verbal and event_class in _ATTACK_CLASSES \
            and (obj.type == "PERSON" or _spoken_of(subject, obj, senses, predicate)) \
            and not any(w.lower() in senses.physical for w in context()):
        return "DISAPPROVE"  # "Biden attacked Trump", "Trump blasted the Federal Reserve"
    if verb in senses.dismissing and obj.type == "PERSON" and (
            event_class in _ATTACK_CLASSES or _dismissed(predicate)):
        return None  # "CNN fired Lockhart": a dismissal, no attack and no rejection
    if verb in senses.dismissing and _staff_dismissed(predicate, senses):
        return None  # "Boeing fired 500 workers at its plant", "dismissed 3,000 miners"
    if (event_class == "AGREE" and lemma.lower() in senses.signing and obj.is_concept
            and not _last_words(obj) & senses.accord):
        return None  # "signed a decree", "signed the bill": no agreement with anyone
    if event_class == "CONSULT" and _place_left(lemma, obj):
        return None  # "Shultz, who arrived from Helsinki": the place left, no one met
    if event_class in COUNTERPART_CLASSES and not counterpart(obj, senses):
        return None
    if event_class == "COERCE" and verb in senses.obstructing \
            and not _political(subject, senses) and not _armed(subject, senses):
        return "PROTEST"  # "Angry farmers blocked the motorway": obstructing passage
    if event_class == "PROTEST" and (verb in LODGING_VERBS or (
            pos == "NOUN" and predicate is not None and predicate.dep_ == DOBJ
            and predicate.head.lemma_.lower() in LODGING_VERBS)):
        return "DISAPPROVE"  # "filed a diplomatic protest with X": complaining officially (114)
    if event_class == "DEMAND" and predicate is not None and asks_question(predicate):
        return None
    if (event_class == "RETREAT" and verb in senses.freeing and not obj.is_concept
            and obj.type not in _FREED_TYPES and not _political(subject, senses)
            and not _armed(subject, senses)):
        return None  # "Red Hat released Red Hat Enterprise Linux": a product, no one freed
    if event_class == "RETREAT" and lemma.lower().endswith(" to") and subject.type == "PERSON" \
            and obj.type in PLACE_TYPES and not _political(subject, senses):
        return None  # "the songwriter retreated to New Mexico": a person moving, no force
    if event_class == "DEMAND" and verb in senses.directing and predicate is not None \
            and any(c.dep_ in (XCOMP, CCOMP) and c.lemma_.lower() in DEPARTING_VERBS
                    for c in kids(predicate)):
        # "ordered the French ambassador to leave" expels him: SANCTION, or COERCE for
        # someone who is no diplomat ("ordered a BBC correspondent to leave")
        return lexicon.classify(_EXPELLING, object_head=thing)
    if event_class == "DEMAND" and verb in senses.directing and predicate is not None \
            and _forces_sent(predicate, senses):
        return "MOBILIZE"  # "Putin ordered troops to the border" deploys them (CAMEO 15)
    if event_class == "DEMAND" and verb in senses.directing and thing is not None:
        if lexicon.nouns.get(thing.lower()) in _IMPOSED_CLASSES:
            return lexicon.nouns[thing.lower()]  # "ordered an inquiry": INVESTIGATE
        if thing.lower() in senses.measure:
            return "COERCE"  # "ordered tariffs on X" imposes them, as "imposed tariffs"
    if event_class == "DEMAND" and verb in senses.directing and _goods_ordered(
            thing, predicate, senses):
        return None  # "Singapore Airlines ordered six jumbo jets": a purchase order
    if event_class in _OFFER_CLASSES and verb in senses.commercial - senses.paying \
            and _object_heads(thing, predicate) & (senses.price - senses.political):
        # "the United States offers a subsidy": terms of a sale, no pact (a word of a body
        # too is none: "offered Chad a joint border commission")
        return None
    return event_class


#: Classes a commercial verb's offer of a price or subsidy does not have.
_OFFER_CLASSES = frozenset({"AGREE", "COOPERATE"})


def _goods_ordered(thing: str | None, predicate: Token | None, senses: Senses) -> bool:
    """Whether a directing verb orders goods (``@goods``: "ordered six 747-400 jumbo jets",
    "ordered four frigates from a Dutch shipyard", the goods the verb's object when the
    relation's is the seller), not a command: with an infinitive or a clause it commands
    ("ordered the jets to strike", "ordered that trucks be seized")."""
    if predicate is not None and any(c.dep_ in (XCOMP, CCOMP) for c in kids(predicate)):
        return False
    if predicate is not None and any(c.lower_ in _SENT_WORDS and c.dep_ in (PREP, PRT, ADVMOD)
                                     for c in kids(predicate)):
        return False  # "ordered the tanker out of its waters": sent away, a command
    return bool(_object_heads(thing, predicate) & senses.goods) or (
        predicate is not None and _counted_names(predicate, senses))


#: Entity types of names of goods ordered, as the small model types them ("16 more
#: Typhoons" ORG, "26 Rafales" WORK_OF_ART); not people ("ordered 12 Palestinians") nor
#: times ("ordered seven days of mourning").
_GOODS_TYPES = frozenset({"ORG", "PRODUCT", "WORK_OF_ART"})


def _counted_names(verb: Token, senses: Senses) -> bool:
    """Whether what a verb acts on is a name counted by a number, products bought in
    numbers: a direct object that is a name (a proper noun no entity, or an entity of
    :data:`_GOODS_TYPES`) with a number ("ordered 16 more Typhoons", "ordered 20 Airbus
    A350s"), or, for a participle of the noun it qualifies, the name after "of" of a noun
    of counting (``@counting``: "the number of Chinooks ordered by the Dutch army"), the
    participle on the count or on the name."""
    named = [c for c in kids(verb) if c.dep_ == DOBJ and any(
        n.dep_ == NUMMOD and n.like_num for n in kids(c))]
    if verb.dep_ == ACL:
        qualified = verb.head
        if qualified.lemma_.lower() in senses.counting:
            # "the number of Chinooks ordered by the army": the parse hangs it on the count
            named += [p for c in kids(qualified) if c.dep_ == PREP and c.lower_ == "of"
                      for p in kids(c) if p.dep_ == POBJ]
        elif qualified.dep_ == POBJ and qualified.head.lower_ == "of" \
                and qualified.head.head.lemma_.lower() in senses.counting:
            named.append(qualified)  # or on the name counted: "the number of Hornets ordered"
    return any((t.ent_type_ in _GOODS_TYPES or t.pos_ == "PROPN" and not t.ent_type_)
               and not _someone(t.lemma_.lower(), senses) for t in named)


#: Words of where an order sends what it names, which makes it a command, no purchase:
#: "ordered the tanker out of its waters", "ordered all vehicles off the streets",
#: "ordered the boats back to port" ("from" names the seller: "ordered frigates from a
#: Dutch shipyard").
_SENT_WORDS = frozenset({"to", "into", "onto", "out", "off", "away", "back", "home",
                         "toward", "towards"})


def _object_heads(thing: str | None, predicate: Token | None) -> set[str]:
    """The thing a relation names and the heads (lemma and word) of its verb's direct
    objects: what was ordered or offered, also where the relation's object is the seller
    or the one offered it ("offered Egypt a subsidy")."""
    heads = {thing.lower()} if thing is not None else set()
    if predicate is not None:
        for c in kids(predicate):
            if c.dep_ == DOBJ:
                heads |= {c.lemma_.lower(), c.lower_}
    return heads


_FOR, _IN = "for", "in"


#: Dependencies of a clause with its own content, whose phrases say nothing of the verb's.
_OWN_CLAUSE_DEPS = frozenset({CCOMP, ADVCL, PARATAXIS})


def _contested(verb: Token, senses: Senses) -> bool:
    """Whether a verb of a contest names the post or prize contested: a "for" phrase of a
    ``@prize`` noun in the verb's phrase, on the verb, its object or a phrase of the object
    (where the parse often hangs it), not in a clause of its own: "challenged the governor
    for the nomination", "beat out Vantex and a group led by Thales for the contract"."""
    for prep in verb.subtree:
        if prep.dep_ != PREP or prep.lower_ != _FOR or not any(
                p.dep_ == POBJ and p.lemma_.lower() in senses.prize for p in kids(prep)):
            continue
        token = prep
        while token.i != verb.i and token.dep_ not in _OWN_CLAUSE_DEPS:
            token = token.head
        if token.i == verb.i:
            return True
    return False


#: A score of a match: "6-4", "2-1", "110-102".
_SCORE = re.compile(r"\d{1,3}[-\u2013]\d{1,3}")
#: Dependencies of a clause or a conjunct of its own, whose words say nothing of the verb's.
_OTHER_CLAUSE_DEPS = _OWN_CLAUSE_DEPS | {RELCL, CONJ}


def _score(token: Token) -> bool:
    """Whether a token is a score or begins one the tokenizer split ("110 - 102")."""
    if _SCORE.fullmatch(token.text):
        return True
    doc = token.doc
    return token.like_num and token.i + 2 < len(doc) and doc[token.i + 1].text in _DASHES \
        and doc[token.i + 2].like_num


_DASHES = ("-", "\u2013")


def _match_won(verb: Token, subject: Mention, obj: Mention, senses: Senses) -> bool:
    """Whether a verb of a contest (``@contesting``: beat) is a win in a match of a sport:
    its phrase (not a clause of its own) has a score ("beat Maria Sharapova 6-2 6-3", "beat
    the Lakers 110-102") or an "in" phrase of a match (``@match``: "in the semifinal", "in
    a playoff", on the verb or within its phrase: "crushed Pakistan by eight wickets in the
    World Cup match"), or a side is named as a competitor ("Top seed Rafael Nadal",
    "defending champion Jordan Spieth"). "Police beat protesters in the capital", "soldiers
    beat a journalist after the match" are assaults."""
    if any(w in senses.match for side in (subject, obj) for ws in _side_words(side)
           for w in ws):
        return True
    for child in kids(verb):
        if child.dep_ in _OTHER_CLAUSE_DEPS:
            continue
        if any(_score(t) for t in child.subtree):
            return True
        # an "in" phrase of a match on the verb or within its phrase, where the parse may
        # hang it ("crushed Pakistan by eight wickets in the World Cup match")
        if any(t.dep_ == PREP and t.lower_ == _IN and _within(t, verb) and any(
                p.dep_ == POBJ and p.lemma_.lower() in senses.match for p in kids(t))
               for t in child.subtree):
            return True
    return False


def _within(token: Token, verb: Token) -> bool:
    """Whether a token of a verb's subtree is in the verb's own phrase: no clause or
    conjunct of its own (:data:`_OTHER_CLAUSE_DEPS`) between them."""
    while token.i != verb.i:
        if token.dep_ in _OTHER_CLAUSE_DEPS:
            return False
        token = token.head
    return True


def _priced(verb: Token, senses: Senses) -> bool:
    """Whether a verb's direct object (either of two: "charge customers a premium") is a
    price (``@price``) or an amount of money (a MONEY entity or a number): the verb sets
    a price. Its own object only, not one of a clause of its own. A price noun is no
    name ("charged the Independent Electoral Commission with incompetence"), and a "with"
    phrase of what is charged, on the verb or its object, accuses or entrusts whatever the
    object: "charged the election commission with fraud"."""
    objects = [c for c in kids(verb) if c.dep_ in (DOBJ, DATIVE)]
    if any(c.dep_ == PREP and c.lower_ == "with" for t in (verb, *objects) for c in kids(t)):
        return False
    return any((c.lemma_.lower() in senses.price and c.pos_ == "NOUN"
                and c.ent_type_ in ("", "MONEY")) or c.ent_type_ == "MONEY" or c.like_num
               for c in objects)


def _prep_noun(verb: Token, prep: str, nouns: frozenset[str]) -> bool:
    """Whether a verb has a phrase of ``prep`` whose object is one of ``nouns`` (lemmas), on
    the verb or on its direct object (where the parse often hangs it): "challenged the
    governor for the Republican nomination", "pay him 2 million shillings in damages"."""
    heads = [verb, *(c for c in kids(verb) if c.dep_ == DOBJ)]
    return any(c.dep_ == PREP and c.lower_ == prep
               and any(g.dep_ == POBJ and g.lemma_.lower() in nouns for g in kids(c))
               for head in heads for c in kids(head))


def _fits(event_class: str, verb: str | None, thing: str, lexicon: EventLexicon,
          senses: Senses) -> bool:
    """Whether an unnamed target (a noun lemma) fits a class of an interaction."""
    return _someone(thing, senses) or thing in lexicon.objects.get(verb or "", ()) \
        or thing in lexicon.things.get(event_class, ()) \
        or any(thing in listed for listed, cls in lexicon.by_object.get(verb or "", ())
               if cls == event_class)


def _fits_act(lemma: str, head: str | None, thing: str, lexicon: EventLexicon,
              senses: Senses) -> bool:
    """Whether the thing a chain's first verb gets its object from is the target of the act
    that verb is about: "threatened to strike US bases" threatens the bases as a strike
    would hit them; "threatened to launch an offensive" threatens the offensive.

    Examples
    --------
    >>> lexicon, senses = default_lexicon(), default_senses()
    >>> _fits_act("threaten to strike", "threaten", "base", lexicon, senses)
    True
    >>> _fits_act("threaten to launch", "threaten", "offensive", lexicon, senses)
    True
    >>> _fits_act("threaten to raise", "threaten", "price", lexicon, senses)
    False
    """
    first, to, act = lemma.lower().partition(" to ")
    if not to or head is None or head != first:
        return False
    found = lexicon.classify(act, object_head=thing)
    if found is None:
        return lexicon.nouns.get(thing) is not None  # the act is the noun: "an offensive"
    return found not in ACTOR_TARGET_CLASSES or _fits(found, lexicon.lookup(act)[0], thing,
                                                      lexicon, senses)


def _someone(noun: str, senses: Senses) -> bool:
    """Whether a common noun (a lemma) names a person or a group."""
    return person_lemma(noun) or noun in GROUP_NOUNS or noun in senses.political \
        or noun in senses.people


def asks_question(verb: Token) -> bool:
    """Whether "ask" asks a question rather than for something ("asked X about Y").

    A question has an "about" phrase, an indirect question ("asked whether",
    "asked him what ...") or the noun "question" as its object, and no
    infinitive: "asked Raghu about the workers" is no demand, "asked Raghu to
    leave" is.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="They asked Raghu about the workers".split(),
    ...           heads=[1, 1, 1, 1, 5, 3], deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
    ...           lemmas=["they", "ask", "Raghu", "about", "the", "worker"])
    >>> asks_question(doc[1])
    True
    """
    if verb.lemma_.lower() != "ask":
        return False
    children = list(kids(verb))
    if any(c.dep_ == XCOMP for c in children):
        return False
    for child in children:
        if child.dep_ == PREP and child.lower_ == "about":
            return True
        if child.dep_ == DOBJ and child.lemma_.lower() == "question":
            return True
        if child.dep_ in (CCOMP, ADVCL) and child.left_edge.lower_ in QUESTION_WORDS:
            return True
    return False

def on_alert(verb: Token) -> bool:
    """Whether a verb puts or keeps someone on alert or on standby, a mobilisation (CAMEO
    151/152): "Poland put its air force on high alert", "troops remained on alert".

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="troops stayed on alert".split(),
    ...           heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "prep", "pobj"],
    ...           lemmas=["troop", "stay", "on", "alert"])
    >>> on_alert(doc[1]), on_alert(doc[0])
    (True, False)
    """
    return any(c.dep_ == PREP and c.lower_ == "on" and any(
        p.dep_ == POBJ and p.lemma_.lower() in ALERT_NOUNS for p in kids(c))
        for c in kids(verb))


#: Dependencies of an infinitive of purpose on the verb it is the purpose of.
_PURPOSE_DEPS = (ADVCL, XCOMP)


def mobilised_for(verb: Token, lexicon: EventLexicon | None = None) -> bool:
    """Whether a verb is the infinitive of purpose of a mobilisation: forces deployed or
    mobilised "to fight X" are getting ready for the fight (CAMEO 154, PLOVER MOBILIZE),
    which has not happened: "Kenya deployed police officers to Haiti to fight the gangs".

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="X deployed troops to fight Y".split(),
    ...           heads=[1, 1, 1, 4, 1, 4], deps=["nsubj", "ROOT", "dobj", "aux", "advcl",
    ...                                          "dobj"],
    ...           lemmas=["X", "deploy", "troop", "to", "fight", "Y"],
    ...           tags=["NNP", "VBD", "NNS", "TO", "VB", "NNP"])
    >>> mobilised_for(doc[4]), mobilised_for(doc[1])
    (True, False)
    """
    if verb.dep_ not in _PURPOSE_DEPS or verb.tag_ != "VB" or not to_infinitive(verb):
        return False
    return (lexicon or default_lexicon()).classify(verb.head.lemma_) == "MOBILIZE"


#: Dependencies inside a noun phrase, from a name to the noun it is part of ("UN
#: peacekeepers", "the United States intelligence", "inspectors from the IAEA").
_PHRASE_DEPS = frozenset({COMPOUND, AMOD, NMOD, POSS, PREP, POBJ, APPOS})


def acted_on(verb: Token, obj: Token) -> str | None:
    """The common noun heading a verb's direct object when the relation's named object
    is only part of that phrase or named by it: what is given, allowed or sent, not the
    name ("allowed UN peacekeepers into Darfur" lets peacekeepers in; the small parse
    reads "gave the United States intelligence" as one phrase whose head is the
    intelligence); a "with" phrase of the verb is what is given or laid on the object
    ("slapped Beijing with tariffs"); a name gives the common noun before it ("banned
    Iranian airline Mahan Air"); a quantity head gives the noun it quantifies ("thousands
    of rockets"). None when the object is not in the verb's direct object.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="Sudan allowed UN peacekeepers in".split(),
    ...           heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "compound", "dobj", "advmod"],
    ...           lemmas=["Sudan", "allow", "UN", "peacekeeper", "in"],
    ...           pos=["PROPN", "VERB", "PROPN", "NOUN", "ADV"])
    >>> acted_on(doc[1], doc[2]), acted_on(doc[1], doc[3]), acted_on(doc[1], doc[0])
    ('peacekeeper', 'peacekeeper', None)
    """
    token = obj
    while token.head.i != verb.i:
        if token.dep_ not in _PHRASE_DEPS or token.head.i == token.i:
            return None
        token = token.head
    if token.dep_ != DOBJ:
        return None
    # "slapped Beijing with tariffs", "provided Kenya with intelligence": the "with"
    # phrase is what is given or laid on the object
    # (not people doing something: "banned X, with officials saying ...")
    token = next((p for c in kids(verb) if c.dep_ == PREP and c.lower_ == "with"
                  for p in kids(c) if p.dep_ == POBJ and p.pos_ == "NOUN"
                  and not any(g.pos_ == "VERB" for g in kids(p))), token)
    if token.pos_ == "PROPN":
        # a name with the noun it is: "banned Iranian airline Mahan Air" bans an airline
        token = next((c for c in reversed(list(token.lefts))
                      if c.dep_ == COMPOUND and c.pos_ == "NOUN"), token)
    if token.pos_ != "NOUN":
        return None
    if token.lemma_.lower() in QUANTITY_HEADS:
        token = next((p for c in kids(token) if c.dep_ == PREP and c.lower_ == "of"
                      for p in kids(c) if p.dep_ == POBJ and p.pos_ == "NOUN"), token)
    return token.lemma_.lower()


#: Prepositions of the court one takes someone to ("took X to court", "hauled X before
#: the tribunal").
_COURT_PREPS = ("to", "before")
#: prepositions of the court a fight is fought in (:func:`in_court`)
_IN_COURT_PREPS = ("in", "before")


def to_court(verb: Token) -> Token | None:
    """The court a verb takes its object to, a lawsuit against it (CAMEO 115, PLOVER
    DISAPPROVE): "Ukraine took Russia to the International Court of Justice", "hauled the
    company before a tribunal"; None when there is none.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="X took Y to court".split(),
    ...           heads=[1, 1, 1, 1, 3], deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
    ...           lemmas=["X", "take", "Y", "to", "court"])
    >>> to_court(doc[1]).text, to_court(doc[0]) is None
    ('court', True)
    """
    if verb.lemma_.lower() not in SUING_VERBS:
        return None
    return next((p for c in kids(verb) if c.dep_ == PREP and c.lower_ in _COURT_PREPS
                 for p in kids(c) if p.dep_ == POBJ and p.lemma_.lower() in COURT_NOUNS),
                None)


def in_court(verb: Token) -> Token | None:
    """The court a verb of attack or fighting acts in, a legal challenge (CAMEO 115,
    PLOVER DISAPPROVE), no force: "Google is fighting the European Commission in court",
    "the tribe battled the pipeline before a federal tribunal"; None when there is none.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="X fought Y in court".split(),
    ...           heads=[1, 1, 1, 1, 3], deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
    ...           lemmas=["X", "fight", "Y", "in", "court"])
    >>> in_court(doc[1]).text, in_court(doc[0]) is None
    ('court', True)
    """
    return next((p for c in kids(verb) if c.dep_ == PREP and c.lower_ in _IN_COURT_PREPS
                 for p in kids(c) if p.dep_ == POBJ and p.lemma_.lower() in COURT_NOUNS),
                None)


def condemned_as(lemma: str, label: str) -> bool:
    """Whether a relation of describing calls its object by a word of condemnation: a
    verb of :data:`~extract.lexicon.DESCRIBING_VERBS` whose label goes on with a word of
    :data:`~extract.lexicon.PEJORATIVE_WORDS`, a criticism of it (CAMEO 111, PLOVER
    DISAPPROVE). "Duarte called the raid a terrorist act" ("call terrorist act"),
    "labelled the vote a sham", "described the sanctions as illegal"; not "called the
    agreement a historic step", nor another verb ("declared the ruling illegal" rules).

    The word of condemnation is the predicate's own (before any preposition), or in the
    "of" complement of a head that says what kind of thing the object is
    (:data:`~extract.lexicon.CONDEMNING_KIND_HEADS`: "an act of aggression", "a sponsor
    of terrorism"); a complement of another head is what the thing bears on: "described
    the children as victims of aggression", "called the deal the end of the dictatorship"
    condemn neither the children nor the deal; nor does such a word before a head that
    suffers or pursues what it names (:data:`~extract.lexicon.CONDEMNATION_BEARING_HEADS`:
    "described the women as genocide survivors", "a terrorism expert").

    Examples
    --------
    >>> condemned_as("call", "call terrorist act"), condemned_as("describe", "describe as sham")
    (True, True)
    >>> condemned_as("call", "call historic step"), condemned_as("declare", "declare illegal")
    (False, False)
    >>> condemned_as("call", "call act of aggression"), condemned_as("call", "call end of fraud")
    (True, False)
    >>> condemned_as("call", "call terror suspect"), condemned_as("call", "call terror victims")
    (True, False)
    """
    words = lemma.lower().split()
    said = label.lower().split()
    if not words or words[0] not in DESCRIBING_VERBS or said[:len(words)] != words:
        return False
    rest = said[len(words):]
    if rest[:1] == ["as"]:
        rest = rest[1:]
    end = next((i for i, w in enumerate(rest) if w in _LABEL_PREPS), len(rest))
    if end > 0 and rest[end - 1] not in CONDEMNATION_BEARING_HEADS \
            and any(w in PEJORATIVE_WORDS for w in rest[:end]):
        return True
    return (0 < end < len(rest) and rest[end] == "of" and rest[end - 1] in CONDEMNING_KIND_HEADS
            and any(w in PEJORATIVE_WORDS for w in rest[end + 1:]))


#: Prepositions that end the head phrase of a predicate in a relation label ("victims
#: *of* aggression", "victory *over* racism", "blow *to* terrorism"): those of the short
#: complements and the adjuncts that a label's few words may keep.
_LABEL_PREPS = (COMPLEMENT_PREPS | WHICH_PREPS | NAMED_COMPLEMENT_PREPS | NOUN_TARGET_PREPS
                | DATIVE_PREPS | ADJUNCT_PREPS | AMOUNT_PREPS)


def ultimatum(verb: Token) -> bool:
    """Whether an act stated as future comes with an "unless" condition on someone else,
    the form of an ultimatum (CAMEO 139, PLOVER THREATEN): "Washington will withdraw its
    troops unless Baghdad grants them immunity".

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="X will leave unless Y pays".split(),
    ...           heads=[2, 2, 2, 5, 5, 2], deps=["nsubj", "aux", "ROOT", "mark", "nsubj",
    ...                                          "advcl"])
    >>> ultimatum(doc[2]), ultimatum(doc[5])
    (True, False)
    """
    return any(c.dep_ == ADVCL and any(m.dep_ == MARK and m.lower_ in ULTIMATUM_MARKS
                                         for m in kids(c))
               for c in kids(verb))


#: The preposition of the pact an act is a term of ("under the accord").
_UNDER = "under"


def agreed_term(verb: Token, senses: Senses | None = None) -> bool:
    """Whether a verb's act is a term of a pact (``@accord``): its clause, or the clause it
    is a conjunct of, has an "under" phrase naming the pact ("Under the accord, Greece will
    dismantle its launchers") or, as a relative clause of the pact, the relative pronoun
    ("a pact under which the rebels would hand in their rifles and Chad would ..."), or it
    is the infinitive of a verb of binding (:data:`~extract.lexicon.BINDING_VERBS`) whose
    subject is the pact ("The treaty requires Moscow to destroy 1,752 missiles", "the
    accord obliges Kyiv to withdraw its heavy weapons"; not "the truce allowed the rebels
    to regroup and attack Goma"). Such
    an act is what the parties agreed, not a promise or a threat of its doer, nor an attack.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="Under the pact X will scrap rockets".split(),
    ...           heads=[5, 2, 0, 5, 5, 5, 5],
    ...           deps=["prep", "det", "pobj", "nsubj", "aux", "ROOT", "dobj"],
    ...           lemmas=["under", "the", "pact", "X", "will", "scrap", "rocket"])
    >>> agreed_term(doc[5]), agreed_term(doc[6])
    (True, False)
    """
    senses = senses or default_senses()
    token = verb
    while True:
        for prep in kids(token):
            if prep.dep_ != PREP or prep.lower_ != _UNDER:
                continue
            for pact in kids(prep):
                if pact.dep_ != POBJ:
                    continue
                if pact.lemma_.lower() in senses.accord:
                    return True  # "under the accord"
                if token.dep_ == RELCL and pact.tag_.startswith("W") and any(
                        a.lemma_.lower() in senses.accord for a in token.ancestors):
                    # "a pact under which ...", also when the parse hangs the clause on a
                    # noun inside the pact's phrase ("a pact ending the war, under which")
                    return True
        if token.dep_ in (XCOMP, CCOMP) and to_infinitive(token) \
                and token.head.lemma_.lower() in BINDING_VERBS and any(
                    c.dep_ == NSUBJ and c.lemma_.lower() in senses.accord
                    for c in kids(token.head)):
            # "the treaty requires Moscow to destroy its missiles" (not "the truce allowed
            # the rebels to regroup and attack Goma": what it let happen)
            return True
        if token.dep_ != CONJ or token.head.i == token.i:
            return False
        token = token.head


def counterpart(side: Mention, senses: Senses | None = None) -> bool:
    """Whether a named object can be the counterpart of a meeting, aid or demand.

    A facility, an event or a work ("Walter Reed Hospital", "the Mini Maker
    Faire"), unless its name ends in a word of a pact ("the Paris Agreement",
    whatever the NER typed it), or a name whose last
    word is a venue ("the British American Drama Academy", "Howard University")
    is where one goes or what one attends, not whom one meets, aids or
    threatens. Concepts are left to the lexicon's object lists.

    Examples
    --------
    >>> from actorgraph.records import Mention
    >>> counterpart(Mention("Drama Academy", "Drama Academy", "ORG", 0, 13))
    False
    >>> counterpart(Mention("Walter Reed Hospital", "Walter Reed Hospital", "FAC", 0, 20))
    False
    >>> counterpart(Mention("Hamas", "Hamas", "ORG", 0, 5))
    True
    >>> counterpart(Mention("Paris Agreement", "Paris Agreement", "EVENT", 0, 15))
    True
    """
    if side.is_concept:
        return True
    senses = senses or default_senses()
    lasts = _last_words(side)
    if lasts & senses.accord:
        return True  # "joined the Paris Agreement" (typed EVENT): a pact its parties make
    if side.type in _NON_COUNTERPART_TYPES:
        return False
    return not lasts & senses.venue
