"""Rule-based subject-relation-object extraction over a dependency parse.

Each extractor is a small generator ``Doc | Span -> Iterator[TokenTriple]``
working on head tokens only; turning head tokens into canonical actors is the
job of :mod:`extract.actors`. Dependency labels are the ClearNLP labels of the
English spaCy pipelines; options after the first argument are keyword-only.

Patterns
--------
``svo``           active clause: "Israel assassinated Shukr"
``inherited``     subject shared by coordinated verbs: "Hamas accused X and vowed Y"
``control``       subject of an infinitive: "urged Washington to put pressure on X"
``passive``       roles restored from a ``by`` agent: "Shukr was killed by Israel"
``participle``    reduced relatives and participles: "hostages abducted by Hamas"
``prep``          verb plus prepositional object: "Israel responded to the attack"
``place``         a place as the only named participant: "lifted a curfew in Montenegro"
``support-verb``  event noun after a support verb: "ordered an attack against Israel"
``complement``    what an actor threatens, promises or refuses to do:
                  "Israel threatened to ban voting in East Jerusalem"
``demand``        whom a demand is made of: "the PRC demanded that the US cancel ..."
``reaction``      whose proposal is rejected or welcomed: "rejected calls by Belarus"
``nominal``       event noun with its own agent: "Israel's strike on Gaza"
``nominal-place`` an attack whose target is only its place: "an attack by X in Y"
``nominal-cause`` the agent of an event noun that does something:
                  "an attack by Hezbollah killed twelve children"
``modifier``      a hyphenated backer: "Iranian-backed Hezbollah"
``appos``         a role in apposition: "Ismail Haniyeh, the political leader of Hamas"
``title``         a role in a title: "Hezbollah commander Fuad Shukr"

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

from actorgraph.extract.actors import LEADER_ROLES, ROLE_WORDS, TITLE_WORDS, country_of
from actorgraph.extract.events import EventLexicon, default_lexicon
from spacy.tokens import Doc, Span, Token

__all__ = [
    "LEADER_OF",
    "MEMBER_OF",
    "TokenTriple",
    "all_triples",
    "complement_triples",
    "demand_triples",
    "modifier_triples",
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
#: Prepositions that introduce time, place or manner, not a participant.
ADJUNCT_PREPS = frozenset("""
    in at during after before since until till throughout amid amidst despite near within
    by via than like as per around across among amongst under without beyond following
    including upon inside outside behind
""".split())
#: Prepositions whose object is a participant even when it names no entity.
DATIVE_PREPS = frozenset({"to", "with", "against", "from"})
#: Prepositions of an event noun that introduce its target.
NOUN_TARGET_PREPS = frozenset({"on", "against", "with", "into", "of", "toward", "towards",
                               "at", "between"})
#: Prepositions that introduce a partner, not a target, except after a reciprocal noun.
PARTNER_PREPS = frozenset({"with", "between"})
#: Events done with or between partners ("talks with", "war with", "clashes between").
RECIPROCAL_NOUNS = frozenset("""
    talk meeting negotiation agreement deal pact treaty alliance partnership cooperation
    collaboration war fighting clash battle conflict dispute contact consultation discussion
    summit truce ceasefire mediation dialogue relation tie
""".split())
#: Prepositions whose object can be the place of an event.
PLACE_PREPS = frozenset({"in", "at", "on", "near", "inside", "outside"})
#: Entity types of places.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: Entity types that are never participants.
NON_PARTICIPANT_TYPES = frozenset({
    "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
#: Heads that name a place when an entity modifies them ("the town of X").
PLACE_HEADS = frozenset("""
    town city village region province district capital country state island county
    municipality area neighbourhood neighborhood territory
""".split())
#: Verbs that only carry an event noun ("launched strikes"): the noun is the relation.
LIGHT_VERBS = frozenset("""
    launch carry conduct hold make stage mount put take wage have give pay begin start
    continue resume intensify step escalate
""".split())
#: Verbs that bring about an event noun: "ordered an attack" keeps the attack as relation.
CAUSATIVE_VERBS = frozenset("""
    order plan approve authorize authorise direct commission orchestrate mastermind prepare
    organise organize coordinate lead claim
""".split())
#: Verbs whose infinitive happened: "began to withdraw" is a withdrawal.
ASPECTUAL_VERBS = frozenset("""
    begin start continue resume manage proceed keep go
""".split())
#: Verbs whose infinitive did not happen: "failed to reach" is a negated reach.
FAILURE_VERBS = frozenset({"fail", "neglect"})
#: Event classes whose target may be given only as a place ("an attack in X").
PLACE_TARGET_CLASSES = frozenset({"ASSAULT", "FIGHT", "COERCE"})
#: Event classes of verbs that react to someone's proposal, demand or statement.
REACTION_CLASSES = frozenset({"AGREE", "SUPPORT", "REJECT", "DISAPPROVE", "CONCEDE"})
#: Verbs in "X-backed Y": X does this to Y.
MODIFIER_VERBS = frozenset("""
    back lead sponsor support fund arm train control run own supply finance
""".split())
#: Words of a wh-relative pronoun ("militants who attacked").
WH_TAGS = frozenset({"WP", "WDT"})

#: Relation lemmas of roles: the role itself is kept in the label.
LEADER_OF = "leader of"
MEMBER_OF = "member of"
#: Entity types that can be the organisation or country of a role.
ROLE_OWNER_TYPES = frozenset({"ORG", "GPE"})


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


# -- small helpers ---------------------------------------------------------------------

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
               for c in tok.children if c.dep_ in (COMPOUND, NMOD, POBJ, PREP, AMOD, POSS))


def _agents(verb: Token) -> list[Token]:
    return _with_conjuncts(p for a in _children(verb, AGENT) for p in _children(a, POBJ))


def _subject_control(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive whose subject is its head's subject."""
    return (verb.dep_ == XCOMP and _is_verb(verb.head)
            and not _children(verb.head, *OBJ_DEPS) and not _is_passive(verb.head))


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


def _event_lemma(noun: Token, lexicon: EventLexicon) -> str | None:
    """The event a noun names, itself or its compound ("mediation effort" -> mediation)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if lexicon.is_event_noun(noun.lemma_):
        return noun.lemma_.lower()
    for child in noun.lefts:
        if child.dep_ == COMPOUND and lexicon.is_event_noun(child.lemma_):
            return child.lemma_.lower()
    return None


def _event_targets(noun: Token, event: str | None = None) -> list[tuple[Token, Token]]:
    """(preposition, target) pairs of an event noun ("with" only for reciprocal events)."""
    event = event or noun.lemma_.lower()
    return [(prep, t) for prep in _children(noun, PREP) if prep.lower_ in NOUN_TARGET_PREPS
            and (prep.lower_ not in PARTNER_PREPS or event in RECIPROCAL_NOUNS)
            for t in _pobjs(prep) if not _is_numeric(t)]


def _prep_objects(verb: Token) -> list[tuple[Token, Token]]:
    """(preposition, object) pairs of a verb's participant prepositions.

    An absolute "with X doing ..." is a circumstance, not an object.
    """
    return [(prep, t) for prep in _children(verb, PREP)
            if prep.pos_ == "ADP" and prep.lower_ not in ADJUNCT_PREPS
            for t in _pobjs(prep) if not _is_numeric(t)
            and not (prep.lower_ == "with" and any(c.dep_ == ACL for c in t.children))]


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


def _country_word(tok: Token) -> bool:
    return tok.ent_type_ == "NORP" and country_of(tok.text) is not None


def _owners(noun: Token) -> list[Token]:
    """Whose thing a noun is: "Belarus's calls", "calls by Belarus", "a Senegalese plan"."""
    found = [p for p in _with_conjuncts(_children(noun, POSS)) if p.pos_ != "PRON"]
    found += [p for prep in _children(noun, PREP) if prep.lower_ in ("by", "from")
              for p in _pobjs(prep) if _names_something(p)]
    found += [c for c in noun.lefts if c.dep_ in (AMOD, COMPOUND, NMOD) and _country_word(c)]
    return found


# -- extractors ------------------------------------------------------------------------

def verb_triples(doclike: Doc | Span, *,
                 lexicon: EventLexicon | None = None) -> Iterator[TokenTriple]:
    """Triples of verbal clauses (see :func:`_verb_triples`)."""
    return _verb_triples(doclike, lexicon or default_lexicon())


def _verb_triples(doclike: Iterable[Token], lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """Triples of verbal clauses: active, passive, participles, prepositions, places.

    An event noun in object position with a target of its own ("ordered an
    attack against Israel", "put pressure on Iran") gives a ``support-verb``
    triple. When the verb has no event class of its own, the noun is the
    relation and the verb stays in the label unless it is a light verb
    ("launch", "hold", "put"); a verb with its own class keeps it ("condemned
    the attack on Israel" is a condemnation, ``condemn attack``). A verb of
    reaction (agree, support, reject, criticise, concede) whose object has an
    owner relates the subject to the owner ("rejected calls by Belarus").
    Infinitives under a verb with no object of its own are left to
    :func:`complement_triples`.
    """
    for verb in doclike:
        if verb.pos_ != "VERB" or _subject_control(verb):
            continue
        agents, patients, pattern = _core(verb)
        if not agents:
            continue
        negated = _negated(verb)
        hedged = pattern == "control"
        lemma = _verb_lemma(verb)
        verb_class = lexicon.classify(lemma)
        used_preps: set[int] = set()
        named_patient = support = False
        for patient in patients:
            event = _event_lemma(patient, lexicon)
            targets = []
            if event and not _noun_agents(patient):
                targets = _event_targets(patient, event) + [
                    (p, t) for p, t in _prep_objects(verb) if p.lower_ in NOUN_TARGET_PREPS
                    and (p.lower_ not in PARTNER_PREPS or event in RECIPROCAL_NOUNS)]
            if targets:
                if verb.lemma_.lower() in LIGHT_VERBS | CAUSATIVE_VERBS or verb_class is None:
                    rel = event
                    label = event if verb.lemma_.lower() in LIGHT_VERBS else f"{lemma} {event}"
                    pos = "NOUN"
                else:
                    rel = label = f"{lemma} {event}"
                    pos = "VERB"
                support = True
                for prep, target in targets:
                    used_preps.add(prep.i)
                    for agent in agents:
                        yield TokenTriple(agent, patient, target, rel, label, pos,
                                          negated, "support-verb", hedged)
                continue
            named_patient = named_patient or _names_something(patient)
            if verb_class in REACTION_CLASSES:
                for owner in _owners(patient):
                    rel = f"{lemma} {patient.lemma_.lower()}"
                    for agent in agents:
                        yield TokenTriple(agent, verb, owner, rel, rel, "VERB", negated,
                                          "reaction", hedged)
            for agent in agents:
                yield TokenTriple(agent, verb, patient, lemma, lemma, "VERB", negated,
                                  pattern, hedged)
        if _is_passive(verb):
            continue
        named_prep = False
        for prep, obj in _prep_objects(verb):
            if prep.i in used_preps:
                continue
            named = _names_something(obj)
            if patients and not named and prep.lower_ not in DATIVE_PREPS:
                continue
            named_prep = named_prep or named
            rel = f"{lemma} {prep.lower_}"
            for agent in agents:
                yield TokenTriple(agent, verb, obj, rel, rel, "VERB", negated,
                                  "prep" if pattern == "svo" else pattern, hedged)
            if verb_class in REACTION_CLASSES:
                for owner in _owners(obj):
                    rel = f"{lemma} {prep.lower_} {obj.lemma_.lower()}"
                    for agent in agents:
                        yield TokenTriple(agent, verb, owner, rel, rel, "VERB", negated,
                                          "reaction", hedged)
        if not (named_patient or named_prep or support) and all(
                _names_something(a) for a in agents):
            place = _place_of(verb, patients)
            if place is not None:
                prep, token = place
                rel = f"{lemma} {prep}"
                for agent in agents:
                    yield TokenTriple(agent, verb, token, rel, rel, "VERB", negated,
                                      "place", hedged)


def _place_of(verb: Token, patients: list[Token]) -> tuple[str, Token] | None:
    """A named place of the verb or of its object: "lifted a curfew in Montenegro"."""
    for tok in (verb, *patients):
        for prep in _children(tok, PREP):
            if prep.lower_ in ("in", "at", "inside"):
                for pobj in _children(prep, POBJ):
                    if _is_place(pobj):
                        return prep.lower_, pobj
    return None


def complement_triples(doclike: Doc | Span, *,
                       lexicon: EventLexicon | None = None) -> Iterator[TokenTriple]:
    """What an actor threatens, promises or refuses to do (see :func:`_complement_triples`)."""
    return _complement_triples(doclike, lexicon or default_lexicon())


def _complement_triples(doclike: Iterable[Token],
                        lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """What an actor threatens, promises, agrees or refuses to do, and to whom.

    "Israel threatened to ban voting in East Jerusalem" gives Israel —threaten
    to ban→ voting and Israel —threaten to ban in→ East Jerusalem; the event
    class is the main verb's (THREATEN), else the infinitive's. The infinitive
    did not necessarily happen, so the triples are ``hedged``, except after an
    aspectual verb ("began to withdraw from X" is a withdrawal) or a verb of
    failure ("failed to reach X" is a negated reach).
    """
    for verb in doclike:
        if verb.pos_ != "VERB" or not _subject_control(verb):
            continue
        matrix = verb.head
        while _subject_control(matrix):
            matrix = matrix.head
        agents = _core(matrix)[0]
        if not agents:
            continue
        matrix_lemma = matrix.lemma_.lower()
        inner = _verb_lemma(verb)
        if matrix_lemma in ASPECTUAL_VERBS | FAILURE_VERBS:
            base, hedged = inner, False
            negated = _negated(matrix) != (matrix_lemma in FAILURE_VERBS)
        else:
            base, hedged = f"{_verb_lemma(matrix)} to {inner}", True
            negated = _negated(matrix)
        objects = [(None, o) for o in _with_conjuncts(_children(verb, *OBJ_DEPS))]
        named_object = any(_names_something(o) for _, o in objects)
        for prep, obj in _prep_objects(verb):
            if _names_something(obj) or prep.lower_ in DATIVE_PREPS:
                objects.append((prep.lower_, obj))
                named_object = named_object or _names_something(obj)
        if not named_object:
            place = _place_of(verb, [o for p, o in objects if p is None])
            if place is not None:
                objects.append(place)
        for prep, obj in objects:
            rel = base if prep is None else f"{base} {prep}"
            for agent in agents:
                yield TokenTriple(agent, verb, obj, rel, rel, "VERB", negated,
                                  "complement", hedged)


def demand_triples(doclike: Doc | Span, *,
                   lexicon: EventLexicon | None = None) -> Iterator[TokenTriple]:
    """Whom a demand is addressed to (see :func:`_demand_triples`)."""
    return _demand_triples(doclike, lexicon or default_lexicon())


def _demand_triples(doclike: Iterable[Token], lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """Whom a demand is addressed to: "the PRC demanded that the US cancel ...".

    A verb of the DEMAND class with a clause complement relates its subject to
    the subject of the clause.
    """
    for verb in doclike:
        if verb.pos_ != "VERB" or lexicon.classify(_verb_lemma(verb)) != "DEMAND":
            continue
        agents = _core(verb)[0]
        for clause in _children(verb, CCOMP):
            for target in _with_conjuncts(_children(clause, NSUBJ, NSUBJPASS)):
                for agent in agents:
                    yield TokenTriple(agent, verb, target, _verb_lemma(verb),
                                      _verb_lemma(verb), "VERB", _negated(verb), "demand")


def _noun_agents(noun: Token) -> list[Token]:
    """Named agents of an event noun: "attack by Hezbollah", "Israel's strike",
    "Turkish airstrikes".

    A pronoun possessive ("its strike") or a common noun after ``by`` ("by
    phone") is not an agent of its own.
    """
    found = [p for prep in _children(noun, PREP) if prep.lower_ == "by"
             for p in _pobjs(prep) if _names_something(p)]
    found += [p for p in _with_conjuncts(_children(noun, POSS)) if p.pos_ != "PRON"]
    found += [c for c in noun.lefts if c.dep_ in (AMOD, COMPOUND, NMOD) and _country_word(c)]
    return found


def nominal_triples(doclike: Doc | Span, *,
                    lexicon: EventLexicon | None = None) -> Iterator[TokenTriple]:
    """Triples of event nouns that name their own agent (see :func:`_nominal_triples`)."""
    return _nominal_triples(doclike, lexicon or default_lexicon())


def _nominal_triples(doclike: Iterable[Token], lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """Triples of event nouns that name their own agent.

    "a rocket attack by Hezbollah ... in Majdal Shams", "Israel's strike on
    Gaza", "Turkish airstrikes on Syria", "the killing of Haniyeh by Israel",
    "a mediation effort between the Emirates and Saudi Arabia": the agent
    comes from ``by``, a possessive or a nationality adjective, the target from
    ``on``/``against``/``with``/``of``/``between``; an assault with no target but
    a place is read as an attack on that place.
    """
    for noun in doclike:
        lemma = _event_lemma(noun, lexicon) if noun.pos_ == "NOUN" else None
        if lemma is None:
            continue
        agents = _noun_agents(noun)
        if not agents:
            continue
        negated = noun.head.pos_ == "VERB" and _negated(noun.head)
        targets = [t for _, t in _event_targets(noun, lemma) if t not in agents]
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


def modifier_triples(doclike: Doc | Span) -> Iterator[TokenTriple]:
    """Hyphenated modifiers: "Iranian-backed Hezbollah" -> Iran —back→ Hezbollah."""
    for tok in doclike:
        if tok.dep_ != AMOD or tok.lemma_.lower() not in MODIFIER_VERBS or tok.tag_ != "VBN":
            continue
        for child in tok.children:
            hyphen = child.i + 1 < tok.i and tok.doc[child.i + 1].text in ("-", "\u2010")
            if (child.i < tok.i and (hyphen or child.i + 1 == tok.i)
                    and (child.ent_type_ in ROLE_OWNER_TYPES or _country_word(child)
                         or child.ent_type_ == "PERSON")):
                lemma = tok.lemma_.lower()
                yield TokenTriple(child, tok, tok.head, lemma, lemma, "VERB", False,
                                  "modifier")


#: Words that make a leadership role a subordinate one ("deputy director").
SUBORDINATE_WORDS = frozenset({"deputy", "vice", "assistant", "associate", "acting", "under"})


def _role(words: list[Token]) -> tuple[str, str] | None:
    """(relation lemma, label) of a role phrase, or None if it names no role."""
    lowered = [w.lower_ for w in words]
    if not any(w in ROLE_WORDS for w in lowered):
        return None
    leader = any(w in LEADER_ROLES for w in lowered) and not any(
        w in SUBORDINATE_WORDS or w.startswith(("vice-", "deputy-")) for w in lowered)
    lemma = LEADER_OF if leader else MEMBER_OF
    label = "".join(w.lower_ + w.whitespace_ for w in words[:-1]) + words[-1].lower_
    return lemma, label


def _is_person(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON"


def _owner(tok: Token) -> bool:
    """Whether ``tok`` is part of a named organisation or country (not a title word)."""
    if tok.lower_ in TITLE_WORDS:
        return False
    return tok.ent_type_ in ROLE_OWNER_TYPES or _country_word(tok)


def _appos_roles(tok: Token) -> Iterator[TokenTriple]:
    person, role = (tok.head, tok) if _is_person(tok.head) else (tok, tok.head)
    if not _is_person(person) or role.pos_ != "NOUN":
        return
    owners = [p for prep in _children(role, PREP) if prep.lower_ in ("of", "for")
              for p in _pobjs(prep) if _owner(p)]
    owners += [c for c in role.lefts if c.dep_ in (COMPOUND, NMOD, AMOD, POSS) and _owner(c)]
    words = [c for c in role.lefts if c.dep_ in (AMOD, COMPOUND) and not _owner(c)]
    found = _role([*words, role])
    if found:
        for owner in owners:
            yield TokenTriple(person, role, owner, *found, "NOUN", False, "appos")


#: Dependency labels inside a title before a name ("US Secretary of State").
_TITLE_DEPS = frozenset({COMPOUND, NMOD, AMOD, PREP, POBJ, "punct", NPADVMOD, POSS, "case"})


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
    "commander"); "Iranian Supreme Leader Ali Khamenei" gives Khamenei —leader
    of→ Iran. Leadership roles (leader, president, prime minister, ...) give
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
    """All triples of ``doclike``, each (subject, relation, object) once.

    One pass sorts the tokens for the extractors, which then run in turn.
    """
    lexicon = lexicon or default_lexicon()
    verbs: list[Token] = []
    nouns: list[Token] = []
    modifiers: list[Token] = []
    roles: list[Token] = []
    for tok in doclike:
        pos, dep = tok.pos_, tok.dep_
        if pos == "VERB":
            verbs.append(tok)
        elif pos == "NOUN":
            nouns.append(tok)
        if dep == AMOD and tok.tag_ == "VBN":
            modifiers.append(tok)
        if dep == APPOS or (dep != COMPOUND and tok.ent_type_ == "PERSON"):
            roles.append(tok)
    seen: set[tuple[int, str, int]] = set()
    for triple in chain(_verb_triples(verbs, lexicon),
                        _complement_triples(verbs, lexicon),
                        _demand_triples(verbs, lexicon),
                        _nominal_triples(nouns, lexicon),
                        modifier_triples(modifiers),
                        role_triples(roles)):
        key = (triple.subject.i, triple.lemma, triple.object.i)
        if key in seen or triple.subject.i == triple.object.i:
            continue
        seen.add(key)
        yield triple
