"""Shared pieces of the extraction rules: dependency labels, the triple record, helpers.

Dependency labels are the ClearNLP labels of the English spaCy pipelines. The
helpers read one token's neighbourhood in the parse (its children, its
conjuncts, its clause's agents and patients); each is cheap and pure.

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Shukr", "was", "killed", "by", "Israel"],
...           heads=[2, 2, 2, 2, 3], deps=["nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
...           pos=["PROPN", "AUX", "VERB", "ADP", "PROPN"],
...           lemmas=["Shukr", "be", "kill", "by", "Israel"])
>>> agents, patients, pattern = core(doc[2])
>>> [t.text for t in agents], [t.text for t in patients], pattern
(['Israel'], ['Shukr'], 'passive')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from actorgraph.extract.actors import country_of
from actorgraph.extract.events import EventLexicon
from actorgraph.extract.lexicon import (
    ADJUNCT_PREPS,
    IN_PLACE_PREPS,
    NON_PARTICIPANT_TYPES,
    NOUN_TARGET_PREPS,
    PARTNER_PREPS,
    PLACE_HEADS,
    PLACE_PREPS,
    PLACE_TYPES,
    RECIPROCAL_NOUNS,
    SURFACE_PLACE_PREPS,
)
from spacy.tokens import Token

__all__ = [
    "TokenTriple",
    "by_agents",
    "children_of",
    "core",
    "country_word",
    "event_lemma",
    "event_targets",
    "find_place",
    "is_negated",
    "is_numeric",
    "is_passive",
    "is_place",
    "is_verb",
    "names_something",
    "noun_agents",
    "owners",
    "place_of",
    "pobjs",
    "prep_objects",
    "subject_control",
    "verb_lemma",
    "with_conjuncts",
]

# dependency labels
NSUBJ = "nsubj"
NSUBJPASS = "nsubjpass"
AUXPASS = "auxpass"
DOBJ = "dobj"
DATIVE = "dative"
AGENT = "agent"
PREP = "prep"
POBJ = "pobj"
PRT = "prt"
NEG = "neg"
CONJ = "conj"
CCOMP = "ccomp"
XCOMP = "xcomp"
ADVCL = "advcl"
ACL = "acl"
RELCL = "relcl"
POSS = "poss"
APPOS = "appos"
COMPOUND = "compound"
NMOD = "nmod"
AMOD = "amod"
NPADVMOD = "npadvmod"

OBJ_DEPS = frozenset({DOBJ, DATIVE})
#: Words of a wh-relative pronoun ("militants who attacked").
WH_TAGS = frozenset({"WP", "WDT"})
#: Prepositions through which an event noun's place is found ("on a field in X").
_NOUN_PLACE_PREPS = PLACE_PREPS | SURFACE_PLACE_PREPS


@dataclass(frozen=True)
class TokenTriple:
    """A relation between two argument head tokens.

    ``predicate`` is the verb or event noun; ``lemma`` the normalised relation
    ("respond to"), ``label`` its reading ("order attack") and ``pos`` whether
    the relation is a VERB or a NOUN, for event-class lookup. ``hedged`` marks
    relations that are only intended, threatened or demanded.
    """

    subject: Token
    predicate: Token
    object: Token
    lemma: str
    label: str
    pos: str
    negated: bool
    pattern: str
    hedged: bool = False


def with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    """The tokens and everything coordinated with them, in order, once each."""
    out: list[Token] = []
    for tok in tokens:
        for t in (tok, *tok.conjuncts):
            if t not in out:
                out.append(t)
    return out


def children_of(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def pobjs(prep: Token) -> list[Token]:
    return with_conjuncts(children_of(prep, POBJ))


def verb_lemma(verb: Token) -> str:
    particles = [c.lower_ for c in verb.children if c.dep_ == PRT]
    return " ".join([verb.lemma_.lower(), *particles])


def is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX")


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in (NSUBJPASS, AUXPASS) for c in verb.children):
        return True
    return verb.dep_ == ACL and verb.tag_ == "VBN"


def is_negated(verb: Token) -> bool:
    if any(c.dep_ == NEG for c in verb.children):
        return True
    return verb.dep_ == XCOMP and any(c.dep_ == NEG for c in verb.head.children)


def is_numeric(tok: Token) -> bool:
    return tok.ent_type_ in NON_PARTICIPANT_TYPES and not any(
        c.dep_ == PREP and c.lower_ == "of" for c in tok.children)


def names_something(tok: Token) -> bool:
    """Whether the phrase headed by ``tok`` carries a named entity."""
    if tok.ent_type_ and tok.ent_type_ not in NON_PARTICIPANT_TYPES:
        return True
    return any(c.ent_type_ and c.ent_type_ not in NON_PARTICIPANT_TYPES
               for c in tok.children if c.dep_ in (COMPOUND, NMOD, POBJ, PREP, AMOD, POSS))


def by_agents(verb: Token) -> list[Token]:
    return with_conjuncts(p for a in children_of(verb, AGENT) for p in children_of(a, POBJ))


def subject_control(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive whose subject is its head's subject."""
    return (verb.dep_ == XCOMP and is_verb(verb.head)
            and not children_of(verb.head, *OBJ_DEPS) and not is_passive(verb.head))


def core(verb: Token) -> tuple[list[Token], list[Token], str]:
    """Agents, patients and the pattern of a verb's clause."""
    passive = is_passive(verb)
    subjects = children_of(verb, NSUBJPASS if passive else NSUBJ)
    objects = children_of(verb, *OBJ_DEPS)
    pattern = "passive" if passive else "svo"
    if not subjects:
        if verb.dep_ == ACL:
            subjects, pattern = [verb.head], "participle"
        elif verb.dep_ == ADVCL and verb.tag_ == "VBG" and is_verb(verb.head):
            subjects, pattern = core(verb.head)[0], "participle"
        elif verb.dep_ == CONJ and is_verb(verb.head):
            head_agents, head_patients, _ = core(verb.head)
            subjects = head_patients if passive else head_agents
            pattern = "inherited"
        elif verb.dep_ == XCOMP and is_verb(verb.head):
            head_agents, head_patients, _ = core(verb.head)
            subjects, pattern = (head_patients or head_agents), "control"
    subjects = [verb.head if (s.tag_ in WH_TAGS and verb.dep_ == RELCL) else s
                for s in with_conjuncts(subjects)]
    objects = [verb.head if (o.tag_ in WH_TAGS and verb.dep_ == RELCL) else o
               for o in with_conjuncts(objects)]
    if passive:
        return by_agents(verb), subjects, (pattern if pattern != "svo" else "passive")
    return subjects, objects, pattern


def event_lemma(noun: Token, lexicon: EventLexicon) -> str | None:
    """The event a noun names, itself or its compound ("mediation effort" -> mediation)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if lexicon.is_event_noun(noun.lemma_):
        return noun.lemma_.lower()
    for child in noun.lefts:
        if child.dep_ == COMPOUND and lexicon.is_event_noun(child.lemma_):
            return child.lemma_.lower()
    return None


def event_targets(noun: Token, event: str | None = None) -> list[tuple[Token, Token]]:
    """(preposition, target) pairs of an event noun ("with" only for reciprocal events)."""
    event = event or noun.lemma_.lower()
    return [(prep, t) for prep in children_of(noun, PREP) if prep.lower_ in NOUN_TARGET_PREPS
            and (prep.lower_ not in PARTNER_PREPS or event in RECIPROCAL_NOUNS)
            for t in pobjs(prep) if not is_numeric(t)]


def prep_objects(verb: Token) -> list[tuple[Token, Token]]:
    """(preposition, object) pairs of a verb's participant prepositions.

    An absolute "with X doing ..." is a circumstance, not an object.
    """
    return [(prep, t) for prep in children_of(verb, PREP)
            if prep.pos_ == "ADP" and prep.lower_ not in ADJUNCT_PREPS
            for t in pobjs(prep) if not is_numeric(t)
            and not (prep.lower_ == "with" and any(c.dep_ == ACL for c in t.children))]


def is_place(tok: Token) -> bool:
    if tok.ent_type_ in PLACE_TYPES:
        return True
    if tok.lemma_.lower() in PLACE_HEADS:
        return any(c.ent_type_ for c in tok.subtree if c is not tok)
    return False


def find_place(tok: Token, depth: int = 3) -> Token | None:
    """First named place reached through locative prepositions of ``tok``."""
    if depth == 0:
        return None
    for prep in children_of(tok, PREP):
        if prep.lower_ not in _NOUN_PLACE_PREPS:
            continue
        for pobj in children_of(prep, POBJ):
            if is_place(pobj):
                return pobj
            deeper = find_place(pobj, depth - 1)
            if deeper is not None:
                return deeper
    return None


def country_word(tok: Token) -> bool:
    return tok.ent_type_ == "NORP" and country_of(tok.text) is not None


def owners(noun: Token) -> list[Token]:
    """Whose thing a noun is: "Belarus's calls", "calls by Belarus", "a Senegalese plan"."""
    found = [p for p in with_conjuncts(children_of(noun, POSS)) if p.pos_ != "PRON"]
    found += [p for prep in children_of(noun, PREP) if prep.lower_ in ("by", "from")
              for p in pobjs(prep) if names_something(p)]
    found += [c for c in noun.lefts if c.dep_ in (AMOD, COMPOUND, NMOD) and country_word(c)]
    return found


def noun_agents(noun: Token) -> list[Token]:
    """Named agents of an event noun: "attack by Hezbollah", "Israel's strike",
    "Turkish airstrikes".

    A pronoun possessive ("its strike") or a common noun after ``by`` ("by
    phone") is not an agent of its own.
    """
    found = [p for prep in children_of(noun, PREP) if prep.lower_ == "by"
             for p in pobjs(prep) if names_something(p)]
    found += [p for p in with_conjuncts(children_of(noun, POSS)) if p.pos_ != "PRON"]
    found += [c for c in noun.lefts if c.dep_ in (AMOD, COMPOUND, NMOD) and country_word(c)]
    return found


def place_of(verb: Token, patients: list[Token]) -> tuple[str, Token] | None:
    """A named place of the verb or of its object: "lifted a curfew in Montenegro"."""
    for tok in (verb, *patients):
        for prep in children_of(tok, PREP):
            if prep.lower_ in IN_PLACE_PREPS:
                for pobj in children_of(prep, POBJ):
                    if is_place(pobj):
                        return prep.lower_, pobj
    return None
