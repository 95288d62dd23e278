"""Rule-based subject-relation-object extraction over a dependency parse.

Each extractor is a small generator ``Doc | Span -> Iterator[TokenTriple]``
working on head tokens only; turning head tokens into canonical actors is the
job of :mod:`extract.actors`. Dependency labels are the ClearNLP labels of the
English spaCy pipelines.

Patterns
--------
``svo``          active clause: "Israel assassinated Shukr"
``inherited``    subject shared by coordinated verbs: "Hamas accused X and vowed Y"
``control``      subject of an infinitive: "urged Washington to put pressure on X"
``passive``      roles restored from a ``by`` agent: "Shukr was killed by Israel"
``participle``   reduced relatives and participles: "hostages abducted by Hamas"
``prep``         verb plus prepositional object: "Israel responded to the attack"
``support-verb`` event noun after a support verb: "ordered an attack against Israel"
``nominal``      event noun with its own agent: "Israel's strike on Gaza"
``nominal-place`` an attack whose target is only its place: "an attack by X in Y"
``nominal-cause`` the agent of an event noun that does something:
                 "an attack by Hezbollah killed twelve children"
``appos``        a role in apposition: "Ismail Haniyeh, the political leader of Hamas"
``title``        a role in a title: "Hezbollah commander Fuad Shukr"

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Shukr", "was", "killed", "by", "Israel"],
...           heads=[2, 2, 2, 2, 3], deps=["nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
...           pos=["PROPN", "AUX", "VERB", "ADP", "PROPN"],
...           lemmas=["Shukr", "be", "kill", "by", "Israel"])
>>> [(t.subject.text, t.lemma, t.object.text, t.pattern) for t in verb_triples(doc)]
[('Israel', 'kill', 'Shukr', 'passive')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain

from spacy.tokens import Doc, Span, Token

from extract.actors import TITLE_WORDS
from extract.events import EventLexicon, default_lexicon

__all__ = [
    "LEADER_OF",
    "MEMBER_OF",
    "TokenTriple",
    "all_triples",
    "nominal_triples",
    "role_triples",
    "verb_triples",
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
XCOMP = "xcomp"
ADVCL = "advcl"
ACL = "acl"
RELCL = "relcl"
POSS = "poss"
APPOS = "appos"
COMPOUND = "compound"
NMOD = "nmod"
AMOD = "amod"

OBJ_DEPS = frozenset({DOBJ, DATIVE})
#: Prepositions that introduce time, place or manner, not a participant.
ADJUNCT_PREPS = frozenset([
    "in", "at", "during", "after", "before", "since", "until", "till", "throughout", "amid",
    "amidst", "despite", "near", "within", "by", "via", "than", "like", "as", "per", "around",
    "across", "among", "amongst", "under", "without", "beyond", "following", "including",
    "upon", "inside", "outside", "behind"
])
#: Prepositions of an event noun that introduce its target.
NOUN_TARGET_PREPS = frozenset({"on", "against", "with", "into", "of", "toward", "towards", "at"})
#: Prepositions whose object can be the place of an event.
PLACE_PREPS = frozenset({"in", "at", "on", "near", "inside", "outside"})
#: Entity types of places.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: Entity types that are never participants.
NON_PARTICIPANT_TYPES = frozenset({
    "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
#: Heads that name a place when an entity modifies them ("the town of X").
PLACE_HEADS = frozenset([
    "town", "city", "village", "region", "province", "district", "capital", "country", "state",
    "island", "county", "municipality", "area", "neighbourhood", "neighborhood", "territory"
])
#: Verbs that only carry an event noun ("launched strikes"): the noun is the relation.
LIGHT_VERBS = frozenset([
    "launch", "carry", "conduct", "hold", "make", "stage", "mount", "put", "take", "wage",
    "have", "give", "pay", "begin", "start", "continue", "resume", "intensify", "step",
    "escalate"
])
#: Event classes whose target may be given only as a place ("an attack in X").
PLACE_TARGET_CLASSES = frozenset({"ASSAULT", "FIGHT", "COERCE"})
#: Words of a wh-relative pronoun ("militants who attacked").
WH_TAGS = frozenset({"WP", "WDT"})

#: Relation lemmas of roles: the role itself is kept in the label.
LEADER_OF = "leader of"
MEMBER_OF = "member of"
#: Role nouns that make their holder the leader of the organisation or country.
LEADER_ROLES = frozenset([
    "leader", "president", "head", "chief", "chairman", "chairwoman", "chair", "premier",
    "king", "queen", "emir", "sultan", "monarch", "ruler", "founder", "ceo", "director",
    "governor", "mayor", "chancellor", "prime"
])
#: Role nouns that make their holder a member.
MEMBER_ROLES = frozenset([
    "commander", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
    "official", "member", "envoy", "ambassador", "negotiator", "officer", "general", "adviser",
    "advisor", "aide", "deputy", "senator", "lawmaker", "representative", "delegate", "fighter",
    "militant", "operative", "politician", "diplomat", "analyst", "executive", "manager"
])
ROLE_WORDS = LEADER_ROLES | MEMBER_ROLES
#: Entity types that can be the organisation or country of a role.
ROLE_OWNER_TYPES = frozenset({"ORG", "GPE"})


@dataclass(frozen=True)
class TokenTriple:
    """A relation between two argument head tokens.

    ``predicate`` is the verb or event noun; ``lemma`` the normalised relation
    ("respond to"), ``label`` its reading ("order attack") and ``pos`` whether
    the relation is a VERB or a NOUN, for event-class lookup.
    """

    subject: Token
    predicate: Token
    object: Token
    lemma: str
    label: str
    pos: str
    negated: bool
    pattern: str


def _with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    """The tokens and everything coordinated with them, in order, once each."""
    out: list[Token] = []
    for tok in tokens:
        for t in (tok, *tok.conjuncts):
            if t not in out:
                out.append(t)
    return out


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _pobjs(prep: Token) -> list[Token]:
    return _with_conjuncts(_children(prep, POBJ))


def _verb_lemma(verb: Token) -> str:
    particles = [c.lower_ for c in verb.children if c.dep_ == PRT]
    return " ".join([verb.lemma_.lower(), *particles])


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX")


def _is_passive(verb: Token) -> bool:
    if any(c.dep_ in (NSUBJPASS, AUXPASS) for c in verb.children):
        return True
    return verb.dep_ == ACL and verb.tag_ == "VBN"


def _negated(verb: Token) -> bool:
    if any(c.dep_ == NEG for c in verb.children):
        return True
    return verb.dep_ == XCOMP and any(c.dep_ == NEG for c in verb.head.children)


def _is_numeric(tok: Token) -> bool:
    return tok.ent_type_ in NON_PARTICIPANT_TYPES and not any(
        c.dep_ == PREP and c.lower_ == "of" for c in tok.children)


def _names_something(tok: Token) -> bool:
    """Whether the phrase headed by ``tok`` carries a named entity."""
    if tok.ent_type_ and tok.ent_type_ not in NON_PARTICIPANT_TYPES:
        return True
    return any(c.ent_type_ and c.ent_type_ not in NON_PARTICIPANT_TYPES
               for c in tok.children if c.dep_ in ("compound", "nmod", "pobj", "prep"))


def _agents(verb: Token) -> list[Token]:
    return _with_conjuncts(p for a in _children(verb, AGENT) for p in _children(a, POBJ))


def _core(verb: Token) -> tuple[list[Token], list[Token], str]:
    """Agents, patients and the pattern of a verb's clause."""
    passive = _is_passive(verb)
    subjects = _children(verb, NSUBJPASS if passive else NSUBJ)
    objects = _children(verb, *OBJ_DEPS)
    pattern = "passive" if passive else "svo"
    if not subjects:
        if verb.dep_ == ACL:
            subjects, pattern = [verb.head], "participle"
        elif verb.dep_ == ADVCL and verb.tag_ == "VBG" and _is_verb(verb.head):
            subjects, pattern = _core(verb.head)[0], "participle"
        elif verb.dep_ == CONJ and _is_verb(verb.head):
            head_agents, head_patients, _ = _core(verb.head)
            subjects = head_patients if passive else head_agents
            pattern = "inherited"
        elif verb.dep_ == XCOMP and _is_verb(verb.head):
            head_agents, head_patients, _ = _core(verb.head)
            subjects, pattern = (head_patients or head_agents), "control"
    subjects = [verb.head if (s.tag_ in WH_TAGS and verb.dep_ == RELCL) else s
                for s in _with_conjuncts(subjects)]
    objects = [verb.head if (o.tag_ in WH_TAGS and verb.dep_ == RELCL) else o
               for o in _with_conjuncts(objects)]
    if passive:
        return _agents(verb), subjects, (pattern if pattern != "svo" else "passive")
    return subjects, objects, pattern


def _event_targets(noun: Token) -> list[tuple[Token, Token]]:
    """(preposition, target) pairs of an event noun."""
    return [(prep, t) for prep in _children(noun, PREP) if prep.lower_ in NOUN_TARGET_PREPS
            for t in _pobjs(prep) if not _is_numeric(t)]


def _prep_objects(verb: Token) -> list[tuple[Token, Token]]:
    """(preposition, object) pairs of a verb's participant prepositions."""
    return [(prep, t) for prep in _children(verb, PREP)
            if prep.pos_ == "ADP" and prep.lower_ not in ADJUNCT_PREPS
            for t in _pobjs(prep) if not _is_numeric(t)]


def verb_triples(doclike: Doc | Span, *,
                 lexicon: EventLexicon | None = None) -> Iterator[TokenTriple]:
    """Triples of verbal clauses: active, passive, participles, prepositions.

    An event noun in object position with a target of its own ("ordered an
    attack against Israel", "put pressure on Iran") gives a ``support-verb``
    triple whose relation is the noun; the verb stays in the label unless it is
    a light verb ("launch", "hold", "put").
    """
    lexicon = lexicon or default_lexicon()
    for verb in doclike:
        if verb.pos_ != "VERB":
            continue
        agents, patients, pattern = _core(verb)
        if not agents:
            continue
        negated = _negated(verb)
        lemma = _verb_lemma(verb)
        used_preps: set[int] = set()
        for patient in patients:
            targets = []
            if lexicon.is_event_noun(patient.lemma_) and not _has_own_agent(patient):
                targets = _event_targets(patient) + [
                    (p, t) for p, t in _prep_objects(verb) if p.lower_ in NOUN_TARGET_PREPS]
            if targets:
                noun = patient.lemma_.lower()
                label = noun if verb.lemma_.lower() in LIGHT_VERBS else f"{lemma} {noun}"
                for prep, target in targets:
                    used_preps.add(prep.i)
                    for agent in agents:
                        yield TokenTriple(agent, patient, target, noun, label, "NOUN",
                                          negated, "support-verb")
                continue
            for agent in agents:
                yield TokenTriple(agent, verb, patient, lemma, lemma, "VERB", negated, pattern)
        if _is_passive(verb):
            continue
        for prep, obj in _prep_objects(verb):
            if prep.i in used_preps or (patients and not _names_something(obj)):
                continue
            rel = f"{lemma} {prep.lower_}"
            for agent in agents:
                yield TokenTriple(agent, verb, obj, rel, rel, "VERB", negated,
                                  "prep" if pattern == "svo" else pattern)


def _has_own_agent(noun: Token) -> bool:
    return bool(_noun_agents(noun))


def _noun_agents(noun: Token) -> list[Token]:
    """Named agents of an event noun: "attack by Hezbollah", "Israel's strike".

    A pronoun possessive ("its strike") or a common noun after ``by`` ("by
    phone") is not an agent of its own.
    """
    found = [p for prep in _children(noun, PREP) if prep.lower_ == "by"
             for p in _pobjs(prep) if _names_something(p)]
    found += [p for p in _with_conjuncts(_children(noun, POSS)) if p.pos_ != "PRON"]
    return found


def _is_place(tok: Token) -> bool:
    if tok.ent_type_ in PLACE_TYPES:
        return True
    if tok.lemma_.lower() in PLACE_HEADS:
        return any(c.ent_type_ for c in tok.subtree if c is not tok)
    return False


def _find_place(tok: Token, depth: int = 3) -> Token | None:
    """First named place reached through locative prepositions of ``tok``."""
    if depth == 0:
        return None
    for prep in _children(tok, PREP):
        if prep.lower_ not in PLACE_PREPS:
            continue
        for pobj in _children(prep, POBJ):
            if _is_place(pobj):
                return pobj
            deeper = _find_place(pobj, depth - 1)
            if deeper is not None:
                return deeper
    return None


def nominal_triples(doclike: Doc | Span, *,
                    lexicon: EventLexicon | None = None) -> Iterator[TokenTriple]:
    """Triples of event nouns that name their own agent.

    "a rocket attack by Hezbollah ... in Majdal Shams", "Israel's strike on
    Gaza", "the killing of Haniyeh by Israel": the agent comes from ``by`` or
    a possessive, the target from ``on``/``against``/``with``/``of``; an
    assault with no target but a place is read as an attack on that place.
    """
    lexicon = lexicon or default_lexicon()
    for noun in doclike:
        if noun.pos_ != "NOUN" or not lexicon.is_event_noun(noun.lemma_):
            continue
        agents = _noun_agents(noun)
        if not agents:
            continue
        lemma = noun.lemma_.lower()
        negated = noun.head.pos_ == "VERB" and _negated(noun.head)
        targets = [t for _, t in _event_targets(noun)]
        pattern = "nominal"
        if not targets and lexicon.classify(lemma, pos="NOUN") in PLACE_TARGET_CLASSES:
            place = _find_place(noun)
            if place is None and noun.dep_ in (NSUBJ, NSUBJPASS):
                place = _find_place(noun.head)
            if place is not None:
                targets, pattern = [place], "nominal-place"
        for agent in agents:
            for target in targets:
                yield TokenTriple(agent, noun, target, lemma, lemma, "NOUN", negated, pattern)
        if noun.dep_ == NSUBJ and noun.head.pos_ == "VERB":
            verb = noun.head
            for patient in _with_conjuncts(_children(verb, *OBJ_DEPS)):
                for agent in agents:
                    lemma_v = _verb_lemma(verb)
                    yield TokenTriple(agent, verb, patient, lemma_v, lemma_v, "VERB",
                                      _negated(verb), "nominal-cause")


def _role(words: list[Token]) -> tuple[str, str] | None:
    """(relation lemma, label) of a role phrase, or None if it names no role."""
    lowered = [w.lower_ for w in words]
    if not any(w in ROLE_WORDS for w in lowered):
        return None
    lemma = LEADER_OF if any(w in LEADER_ROLES for w in lowered) else MEMBER_OF
    label = "".join(w.lower_ + w.whitespace_ for w in words[:-1]) + words[-1].lower_
    return lemma, label


def _is_person(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON"


def _owner(tok: Token) -> bool:
    """Whether ``tok`` is part of a named organisation or country (not a title word)."""
    return tok.ent_type_ in ROLE_OWNER_TYPES and tok.lower_ not in TITLE_WORDS


def _appos_roles(tok: Token) -> Iterator[TokenTriple]:
    person, role = (tok.head, tok) if _is_person(tok.head) else (tok, tok.head)
    if not _is_person(person) or role.pos_ != "NOUN":
        return
    owners = [p for prep in _children(role, PREP) if prep.lower_ == "of"
              for p in _pobjs(prep) if _owner(p)]
    owners += [c for c in role.lefts if c.dep_ in (COMPOUND, NMOD) and _owner(c)]
    words = [c for c in role.lefts if c.dep_ in (AMOD, COMPOUND) and not _owner(c)]
    found = _role([*words, role])
    if found:
        for owner in owners:
            yield TokenTriple(person, role, owner, *found, "NOUN", False, "appos")


#: Dependency labels inside a title before a name ("US Secretary of State").
_TITLE_DEPS = frozenset({COMPOUND, NMOD, AMOD, PREP, POBJ, "punct", "npadvmod"})


def _title_roles(name: Token) -> Iterator[TokenTriple]:
    doc = name.doc
    start = name.i
    while (start > 0 and _is_person(doc[start - 1])
           and doc[start - 1].lower_ not in ROLE_WORDS | TITLE_WORDS):
        start -= 1
    # the title is the run of modifiers right before the name
    subtree = {t.i for t in name.subtree}
    first = start
    while (first > 0 and first - 1 in subtree and doc[first - 1].dep_ in _TITLE_DEPS
           and not _is_person(doc[first - 1])
           and (doc[first - 1].dep_ != "punct" or doc[first - 1].text in "-\u2010")):
        first -= 1
    title = list(doc[first:start])
    owners = [t for t in title if _owner(t)]
    if not owners:
        return
    phrase = [t for t in title if t.i > owners[-1].i]
    found = _role(phrase) if phrase else None
    if found:
        for owner in owners:
            if owner.ent_iob_ == "B" or owner is owners[0]:
                yield TokenTriple(name, phrase[-1], owner, *found, "NOUN", False, "title")


def role_triples(doclike: Doc | Span) -> Iterator[TokenTriple]:
    """Role relations from appositions and titles.

    "Ismail Haniyeh, the political leader of Hamas" and "the Hamas leader,
    Ismail Haniyeh" give Haniyeh —leader of→ Hamas (label "political leader");
    "Hezbollah commander Fuad Shukr" gives Shukr —member of→ Hezbollah (label
    "commander"). Leadership roles (leader, president, prime minister, ...) give
    :data:`LEADER_OF`, others (commander, minister, spokesman, ...)
    :data:`MEMBER_OF`.
    """
    for tok in doclike:
        if tok.dep_ == APPOS:
            yield from _appos_roles(tok)
        elif _is_person(tok) and tok.dep_ != COMPOUND:
            yield from _title_roles(tok)


def all_triples(doclike: Doc | Span, *,
                lexicon: EventLexicon | None = None) -> Iterator[TokenTriple]:
    """All triples of ``doclike``, each (subject, relation, object) once."""
    seen: set[tuple[int, str, int]] = set()
    for triple in chain(verb_triples(doclike, lexicon=lexicon),
                        nominal_triples(doclike, lexicon=lexicon),
                        role_triples(doclike)):
        key = (triple.subject.i, triple.lemma, triple.object.i)
        if key in seen or triple.subject.i == triple.object.i:
            continue
        seen.add(key)
        yield triple
