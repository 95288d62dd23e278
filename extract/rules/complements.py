"""Complement clauses: what an actor threatens, promises or refuses to do, and demands.

Patterns
--------
``complement``    what an actor threatens, promises or refuses to do, or is willing
                  or ready to do: "Israel threatened to ban voting in East Jerusalem",
                  "Germany is ready to send troops to Lithuania"; and what the holder
                  of an intention noun means to do: "Apple has no plans to acquire X"
``demand``        whom a demand is made of: "the PRC demanded that the US cancel ..."

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab,
...           words=["Germany", "is", "ready", "to", "send", "troops", "to", "Lithuania"],
...           heads=[1, 1, 1, 4, 2, 4, 4, 6],
...           deps=["nsubj", "ROOT", "acomp", "aux", "xcomp", "dobj", "prep", "pobj"],
...           pos=["PROPN", "AUX", "ADJ", "PART", "VERB", "NOUN", "ADP", "PROPN"],
...           lemmas=["Germany", "be", "ready", "to", "send", "troop", "to", "Lithuania"],
...           ents=["B-GPE", "O", "O", "O", "O", "O", "O", "B-GPE"])
>>> [(t.subject.text, t.lemma, t.object.text, t.hedged) for t in complement_triples(doc)]
[('Germany', 'ready to send', 'troops', True), ('Germany', 'ready to send to', 'Lithuania', True)]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from actorgraph.extract.context import is_future
from actorgraph.extract.events import EventLexicon, default_lexicon
from actorgraph.extract.lexicon import (
    ABANDONING_VERBS,
    ASPECTUAL_VERBS,
    CESSATION_VERBS,
    DATIVE_PREPS,
    DENIAL_VERBS,
    FAILURE_VERBS,
    FULFILLING_VERBS,
    GROUP_NOUNS,
    HOLDING_VERBS,
    IMPLICATIVE_ADJECTIVES,
    INTENTION_NOUNS,
    NEGATIVE_ADJECTIVES,
    REALIZED_VERBS,
    REFUSAL_NOUNS,
    REFUSAL_VERBS,
)
from actorgraph.extract.rules.base import (
    ACL,
    ACOMP,
    CCOMP,
    NSUBJ,
    NSUBJPASS,
    OBJ_DEPS,
    PCOMP,
    POBJ,
    POSS,
    PREP,
    RELCL,
    XCOMP,
    TokenTriple,
    children_of,
    core,
    event_lemma,
    event_targets,
    is_negated,
    is_passive,
    is_verb,
    names_something,
    not_yet,
    object_targets,
    place_of,
    pobjs,
    prep_objects,
    subject_control,
    verb_lemma,
    with_conjuncts,
)
from actorgraph.extract.rules.verbal import second_complement
from actorgraph.extract.vague import person_noun
from spacy.tokens import Doc, Span, Token

__all__ = ["adjective_control", "complement_triples", "demand_triples", "intention_holders"]



def adjective_control(verb: Token) -> bool:
    """Whether ``verb`` is the infinitive of a predicate adjective ("is ready to send")."""
    adjective = verb.head
    return (verb.dep_ == XCOMP and adjective.pos_ == "ADJ" and adjective.dep_ == ACOMP
            and is_verb(adjective.head))


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
    did not necessarily happen, so the triples are ``hedged``, except after a verb
    whose own act happened ("refused to hand over X": ``refuse to hand over``), an
    aspectual verb ("began to withdraw from X" is a withdrawal), a verb of
    failure or denial ("failed to reach X" is a negated reach, "denied shelling
    X" a negated shelling) or "has yet to" ("has yet to release X" is a negated
    release). A refusal happened and its infinitive did not: "refused to release
    X" gives "refuse to release" X and a negated "release" X.
    """
    for verb in doclike:
        if verb.pos_ != "VERB":
            continue
        inner = verb_lemma(verb)
        if adjective_control(verb):
            # "X is willing / ready / not prepared to send troops to Y"
            adjective, copula = verb.head, verb.head.head
            agents = core(copula)[0]
            base = f"{adjective.lemma_.lower()} to {inner}"
            # "was able to negotiate X" did it; "is ready to send" may not
            hedged = (adjective.lemma_.lower() not in IMPLICATIVE_ADJECTIVES
                      or is_future(copula))
            negated = is_negated(copula) != (adjective.lower_ in NEGATIVE_ADJECTIVES)
            yield from _objects(verb, agents, base, negated, hedged, lexicon)
            continue
        if (held := intention_holders(verb)) is not None:
            # "Apple has no plans to acquire X", "announced plans to buy X"
            noun, agents, negated = held
            if noun.lemma_.lower() in REFUSAL_NOUNS:
                # "Russia's refusal to extradite X": the refusal happened, the
                # extradition did not
                yield from _objects(verb, agents, f"{noun.lemma_.lower()} to {inner}",
                                    False, False, lexicon)
                yield from _objects(verb, agents, inner, not negated, False, lexicon)
                continue
            # "his second attempt to cross X" was made; "plans to buy X" are only plans,
            # unless carried out ("fulfilled his pledge to pick X")
            hedged = (not negated and noun.lemma_.lower() not in REALIZED_VERBS
                      and not _fulfilled(noun))
            yield from _objects(verb, agents, f"{noun.lemma_.lower()} to {inner}", negated,
                                hedged, lexicon)
            continue
        if not subject_control(verb) or is_passive(verb):
            # "became the first to be awarded the prize": the subject is the one
            # awarded, not who awards
            continue
        matrix = verb.head
        while subject_control(matrix):
            matrix = matrix.head
        agents = core(matrix)[0]
        if not agents:
            continue
        matrix_lemma = matrix.lemma_.lower()
        if not_yet(matrix):
            # "Iran has yet to release the sailors": a release, not done so far
            base, hedged, negated = inner, False, True
        elif matrix_lemma in CESSATION_VERBS and verb.tag_ == "VBG":
            # "has stopped recognising X": no longer done (unless "did not stop")
            base, hedged, negated = inner, is_future(matrix), not is_negated(matrix)
        elif matrix_lemma in ASPECTUAL_VERBS | FAILURE_VERBS | DENIAL_VERBS:
            # "denied shelling X": a shelling stated as not having happened; "will
            # continue to take action against X": a future action
            base, hedged = inner, is_future(matrix)
            negated = is_negated(matrix) != (matrix_lemma in FAILURE_VERBS | DENIAL_VERBS)
        elif matrix_lemma in REFUSAL_VERBS:
            # "refused to release X": the refusal happened, the release did not
            yield from _objects(verb, agents, f"{verb_lemma(matrix)} to {inner}",
                                is_negated(matrix), False, lexicon)
            base, hedged, negated = inner, False, not is_negated(matrix)
        else:
            # "refused to hand over X": the refusal happened; "plans to leave" may not
            base = f"{verb_lemma(matrix)} to {inner}"
            hedged = matrix_lemma not in REALIZED_VERBS or is_future(matrix)
            # "claimed to have no memory of it": the infinitive's own negation counts
            negated = is_negated(matrix) != _own_negation(verb)
        yield from _objects(verb, agents, base, negated, hedged, lexicon)


def _fulfilled(noun: Token) -> bool:
    """Whether a plan or pledge noun is carried out: the object of a fulfilling verb
    ("fulfilled his pledge to", "kept its promise to"), also through "on" ("delivered
    on his promise to"), not negated ("did not keep his promise")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "on":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return False
    return (verb.lemma_.lower() in FULFILLING_VERBS
            and not any(c.dep_ == "neg" for c in verb.children))


def intention_holders(verb: Token) -> tuple[Token, list[Token], bool] | None:
    """The intention noun an infinitive depends on, who holds it, and whether it is
    given up or denied, or None.

    The holder is the noun's possessor ("Russia's bid to seize X"), the subject of a
    verb that holds it ("Siemens announced plans to buy X", "Apple has no plans to
    acquire X") or of a clause it is "in" ("Qatar is in talks to buy X"). The
    intention is negated by "no", by a negated holding verb or by one that gives it
    up ("dropped its bid to buy X").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab,
    ...           words=["Apple", "has", "no", "plans", "to", "acquire", "Perplexity"],
    ...           heads=[1, 1, 3, 1, 5, 3, 5],
    ...           deps=["nsubj", "ROOT", "det", "dobj", "aux", "acl", "dobj"],
    ...           pos=["PROPN", "VERB", "DET", "NOUN", "PART", "VERB", "PROPN"],
    ...           lemmas=["Apple", "have", "no", "plan", "to", "acquire", "Perplexity"])
    >>> noun, holders, negated = intention_holders(doc[5])
    >>> noun.text, [t.text for t in holders], negated
    ('plans', ['Apple'], True)
    """
    noun = verb.head
    if verb.dep_ == PCOMP and verb.tag_ == "VBG" and noun.lower_ == "of":
        # "Israel has no intention of attacking Iran": the gerund after "of"
        noun = noun.head
        if noun.lemma_.lower() not in INTENTION_NOUNS | REFUSAL_NOUNS:
            return None
    # "Hezbollah's vow to retaliate" may be parsed as a relative clause
    elif (verb.dep_ not in (ACL, RELCL)
            or noun.lemma_.lower() not in INTENTION_NOUNS | REFUSAL_NOUNS
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return None
    # "no plans" (the holding verb's own negation is that "no")
    negated = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    holders = with_conjuncts(children_of(noun, POSS))
    head = noun.head
    if noun.dep_ in OBJ_DEPS and head.lemma_.lower() in HOLDING_VERBS:
        holders = holders or core(head)[0]
        negated = negated or (is_negated(head) != (head.lemma_.lower() in ABANDONING_VERBS))
    elif noun.dep_ == POBJ and head.lower_ == "in" and head.head.pos_ in ("VERB", "AUX"):
        holders = holders or core(head.head)[0]
        negated = negated or is_negated(head.head)
    return (noun, holders, negated) if holders else None


def _own_negation(verb: Token) -> bool:
    """Whether an infinitive is negated by itself ("to not go", "to have *no* memory"),
    not through the verb it completes."""
    return any(c.dep_ == "neg" or (c.dep_ in ("dobj", "nsubj") and any(
        d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in verb.children)


def _objects(verb: Token, agents: list[Token], base: str, negated: bool, hedged: bool,
             lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """Triples of an infinitive's objects, prepositional objects and place.

    An event noun object with a target of its own gives the target too ("to
    provide aid for Ukraine" -> "... provide aid" Ukraine), and so does another
    object noun aimed at a named participant ("to break off relations with
    Russia" -> "... break off relation with" Russia).
    """
    if not agents:
        return
    objects = [(None, o) for o in with_conjuncts(children_of(verb, *OBJ_DEPS))
               if o.pos_ != "ADP"]
    named_object = any(names_something(o) for _, o in objects)
    for _, obj in list(objects):
        event = event_lemma(obj, lexicon)
        if event is not None:
            for _, target in event_targets(obj, event):
                objects.append((event, target))
                named_object = named_object or names_something(target)
        elif not names_something(obj):
            # "threatened to break off relations with Russia"
            for prep, target in object_targets(obj):
                objects.append((f"{obj.lemma_.lower()} {prep.lower_}", target))
                named_object = True
    for prep, obj in prep_objects(verb):
        if names_something(obj) or prep.lower_ in DATIVE_PREPS:
            objects.append((prep.lower_, obj))
            named_object = named_object or names_something(obj)
    if not named_object:
        place = place_of(verb, [o for p, o in objects if p is None])
        if place is not None:
            objects.append(place)
    for prep, obj in objects:
        rel = base if prep is None else f"{base} {prep}"
        # "failed to stop customers from laundering money": "stop customers" alone
        # loses the point
        second = second_complement(verb, obj) if prep is None else None
        label = rel if second is None else f"{rel} {second}"
        for agent in agents:
            yield TokenTriple(agent, verb, obj, rel, label, "VERB", negated,
                              "complement", hedged)


def demand_triples(doclike: Doc | Span, *,
                   lexicon: EventLexicon | None = None) -> Iterator[TokenTriple]:
    """Whom a demand is addressed to (see :func:`_demand_triples`)."""
    return _demand_triples(doclike, lexicon or default_lexicon())


def _demand_triples(doclike: Iterable[Token], lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """Whom a demand is addressed to: "the PRC demanded that the US cancel ...",
    "the Albanians demanded autonomy from Serbian authorities".

    A verb of the DEMAND class with a clause complement relates its subject to
    the subject of the clause when it names someone; with a named "from" phrase on its object, to
    whom it is demanded of.
    """
    for verb in doclike:
        if verb.pos_ != "VERB" or lexicon.classify(verb_lemma(verb)) != "DEMAND":
            continue
        agents = core(verb)[0]
        # "demanded autonomy from the Serbian authorities", with "from" hung on the
        # object (on the verb it is a plain "demand from")
        for source in [t for tok in children_of(verb, *OBJ_DEPS)
                       for prep in children_of(tok, PREP) if prep.lower_ == "from"
                       for t in pobjs(prep) if names_something(t)]:
            for agent in agents:
                yield TokenTriple(agent, verb, source, verb_lemma(verb), verb_lemma(verb),
                                  "VERB", is_negated(verb), "demand")
        for clause in children_of(verb, CCOMP):
            for target in with_conjuncts(children_of(clause, NSUBJ, NSUBJPASS)):
                if not (target.ent_type_ or target.pos_ in ("PROPN", "PRON")
                        or person_noun(target) or target.lemma_.lower() in GROUP_NOUNS):
                    continue  # "insisted that the budget include ...": no one is asked
                for agent in agents:
                    yield TokenTriple(agent, verb, target, verb_lemma(verb),
                                      verb_lemma(verb), "VERB", is_negated(verb), "demand")
