"""Verbal clauses: who does what to whom in a clause headed by a verb.

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
``reaction``      whose proposal is rejected or welcomed: "rejected calls by Belarus"

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

from actorgraph.extract.events import EventLexicon, default_lexicon
from actorgraph.extract.lexicon import (
    CAUSATIVE_VERBS,
    DATIVE_PREPS,
    LIGHT_VERBS,
    NOUN_TARGET_PREPS,
    PARTNER_PREPS,
    RECIPROCAL_NOUNS,
)
from actorgraph.extract.rules.base import (
    TokenTriple,
    core,
    event_lemma,
    event_targets,
    is_negated,
    is_passive,
    names_something,
    noun_agents,
    owners,
    place_of,
    prep_objects,
    subject_control,
    verb_lemma,
)
from spacy.tokens import Doc, Span, Token

__all__ = ["REACTION_CLASSES", "verb_triples"]

#: Event classes of verbs that react to someone's proposal, demand or statement.
REACTION_CLASSES = frozenset({"AGREE", "SUPPORT", "REJECT", "DISAPPROVE", "CONCEDE"})


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
        if verb.pos_ != "VERB" or subject_control(verb):
            continue
        agents, patients, pattern = core(verb)
        if not agents:
            continue
        negated = is_negated(verb)
        hedged = pattern == "control"
        lemma = verb_lemma(verb)
        verb_class = lexicon.classify(lemma)
        used_preps: set[int] = set()
        named_patient = support = False
        for patient in patients:
            event = event_lemma(patient, lexicon)
            targets = []
            if event and not noun_agents(patient):
                targets = event_targets(patient, event) + [
                    (p, t) for p, t in prep_objects(verb) if p.lower_ in NOUN_TARGET_PREPS
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
            named_patient = named_patient or names_something(patient)
            if verb_class in REACTION_CLASSES:
                for owner in owners(patient):
                    rel = f"{lemma} {patient.lemma_.lower()}"
                    for agent in agents:
                        yield TokenTriple(agent, verb, owner, rel, rel, "VERB", negated,
                                          "reaction", hedged)
            for agent in agents:
                yield TokenTriple(agent, verb, patient, lemma, lemma, "VERB", negated,
                                  pattern, hedged)
        if is_passive(verb):
            continue
        named_prep = False
        for prep, obj in prep_objects(verb):
            if prep.i in used_preps:
                continue
            named = names_something(obj)
            if patients and not named and prep.lower_ not in DATIVE_PREPS:
                continue
            named_prep = named_prep or named
            rel = f"{lemma} {prep.lower_}"
            for agent in agents:
                yield TokenTriple(agent, verb, obj, rel, rel, "VERB", negated,
                                  "prep" if pattern == "svo" else pattern, hedged)
            if verb_class in REACTION_CLASSES:
                for owner in owners(obj):
                    rel = f"{lemma} {prep.lower_} {obj.lemma_.lower()}"
                    for agent in agents:
                        yield TokenTriple(agent, verb, owner, rel, rel, "VERB", negated,
                                          "reaction", hedged)
        if not (named_patient or named_prep or support) and all(
                names_something(a) for a in agents):
            place = place_of(verb, patients)
            if place is not None:
                prep, token = place
                rel = f"{lemma} {prep}"
                for agent in agents:
                    yield TokenTriple(agent, verb, token, rel, rel, "VERB", negated,
                                      "place", hedged)
