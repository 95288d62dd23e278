"""One relation for one act: an event noun's relation takes the verb it names.

Unit tests of :func:`actorgraph.extract.derivation.verb_of`, then sentences written
for these tests (none from an evaluation set) run through the model: the nominal
triple has the verb's lemma and the noun as its label, and the RDF export mints the
same predicate for it as for the active sentence.
"""

from __future__ import annotations

import pytest
from actorgraph.exports.rdf import quads
from actorgraph.exports.vocab import Minter
from actorgraph.extract.derivation import relation_verb, verb_of, verb_vocabulary
from actorgraph.extract.events import default_lexicon
from actorgraph.graph.build import build_graph

from actorgraph.records import Article

DERIVED = {
    # -ulsion, -ension, -ention, -asion, -ision, -usion, -ission, -ession
    "expulsion": "expel", "suspension": "suspend", "detention": "detain",
    "invasion": "invade", "exclusion": "exclude",
    # -uction, -ition, -ation (with its stem changes), -ion
    "destruction": "destroy", "extradition": "extradite", "recognition": "recognize",
    "occupation": "occupy", "deportation": "deport", "mediation": "mediate",
    "accusation": "accuse", "mobilization": "mobilize", "abduction": "abduct",
    "prosecution": "prosecute", "condemnation": "condemn",
    # -ment, -al, -ial, -ure, -ism, -ance, -y, -ing (with a doubled consonant)
    "endorsement": "endorse", "deployment": "deploy", "withdrawal": "withdraw",
    "denial": "deny", "seizure": "seize", "criticism": "criticize",
    "assistance": "assist", "delivery": "deliver", "bombing": "bomb",
    "kidnapping": "kidnap", "stabbing": "stab", "shelling": "shell",
    # irregular pairs of words.txt
    "lawsuit": "sue", "theft": "steal", "threat": "threaten", "acquisition": "acquire",
    "ouster": "oust",
}


@pytest.mark.parametrize(("noun", "verb"), sorted(DERIVED.items()))
def test_event_noun_gives_its_verb(noun, verb):
    assert verb_of(noun) == verb
    assert verb_of(noun.capitalize()) == verb


@pytest.mark.parametrize("noun", [
    # nouns that are verbs themselves stay
    "attack", "arrest", "ban", "sanction", "raid", "fine", "mention", "protest",
    # no verb of the vocabulary: no relation verb is invented
    "nation", "station", "treaty", "war", "summit", "ultimatum", "partnership",
])
def test_noun_without_a_derived_verb_stays(noun):
    assert verb_of(noun) is None


def test_suffix_rules_accept_only_verbs_of_the_vocabulary():
    irregular = {"lawsuit", "theft", "threat", "acquisition", "ouster"}
    assert {v for n, v in DERIVED.items() if n not in irregular} <= verb_vocabulary()
    # a stem change that makes no known verb is refused ("nation" -> "nate"), and a stem
    # too short to be one is not tried ("station" -> "st" + "ate")
    assert "nate" not in verb_vocabulary() and verb_of("station") is None


def test_relation_verb_maps_the_head_word_only():
    assert relation_verb("expulsion") == "expel"
    assert relation_verb("bombing") == "bomb"
    assert relation_verb("attack") == "attack"
    # a modifier word first: nothing to map
    assert relation_verb("peace treaty") == "peace treaty"


# (nominal sentence, active sentence, subject, verb, noun as written, object)
PAIRS = [
    ("Poland's expulsion of two Russian diplomats angered Moscow on Tuesday.",
     "Poland expelled two Russian diplomats on Tuesday.",
     "Poland", "expel", "expulsion", "Russia"),
    ("The expulsion of the Dutch ambassador by Venezuela was condemned in The Hague.",
     "Venezuela expelled the Dutch ambassador last week.",
     "Venezuela", "expel", "expulsion", "Dutch ambassador"),
    ("Iran's seizure of a Greek oil tanker in the Gulf drew protests from Athens.",
     "Iran seized a Greek oil tanker in the Gulf.",
     "Iran", "seize", "seizure", "Greek oil tanker"),
    ("The seizure of the cargo ship by the Houthis alarmed shipping firms.",
     "The Houthis seized the cargo ship on Sunday.",
     "Houthis", "seize", "seizure", "cargo ship"),
    ("Russia's invasion of Ukraine in 2022 upended European security.",
     "Russia invaded Ukraine in 2022.",
     "Russia", "invade", "invasion", "Ukraine"),
    ("Iraq's invasion of Kuwait in 1990 triggered a war.",
     "Iraq invaded Kuwait in 1990.",
     "Iraq", "invade", "invasion", "Kuwait"),
    ("Mali's detention of a French aid worker lasted a year.",
     "Mali detained a French aid worker in April.",
     "Mali", "detain", "detention", "French aid worker"),
    ("Chevron's lawsuit against Ecuador dragged on for a decade.",
     "Chevron sued Ecuador over the ruling.",
     "Chevron", "sue", "lawsuit", "Ecuador"),
    ("Germany's recognition of Kosovo in 2008 was welcomed by Washington.",
     "Germany recognized Kosovo in 2008.",
     "Germany", "recognize", "recognition", "Kosovo"),
    ("The ouster of Sheikh Hasina by student protesters shocked Delhi.",
     "Student protesters ousted Sheikh Hasina in August.",
     "student protesters", "oust", "ouster", "Hasina"),
    ("The bombing of the Chinese embassy by NATO strained ties with Beijing.",
     "NATO bombed the Chinese embassy in 1999.",
     "NATO", "bomb", "bombing", "China"),
]


def _triples(extractor, sentence):
    (result,) = extractor.extract([Article("t", sentence)])
    return result


@pytest.mark.model
@pytest.mark.parametrize(("nominal", "active", "subject", "verb", "noun", "obj"), PAIRS,
                         ids=[p[0][:30] for p in PAIRS])
def test_nominal_relation_has_the_verb_lemma_and_noun_label(extractor, nominal, active,
                                                            subject, verb, noun, obj):
    nominal_result = _triples(extractor, nominal)
    found = {(t.subject.label, t.relation.lemma, t.relation.label, t.object.label)
             for t in nominal_result.triples}
    assert (subject, verb, noun, obj) in found, sorted(found)
    # the active sentence gives the same relation, and the RDF the same predicate
    active_result = _triples(extractor, active)
    assert any(t.relation.lemma == verb for t in active_result.triples), \
        sorted((t.subject.label, t.relation.lemma, t.object.label)
               for t in active_result.triples)
    predicate = Minter().relation(verb)
    for result in (nominal_result, active_result):
        assert any(q.predicate.value == predicate for q in quads(build_graph([result])))


@pytest.mark.model
def test_nominal_event_class_is_the_noun_class(extractor):
    # the class is looked up before the mapping: the noun's, whatever the verb's
    for sentence, noun in [
        ("Norway's expulsion of three Russian diplomats angered Moscow.", "expulsion"),
        ("The kidnapping of two Italian engineers by al-Shabaab shocked Rome.", "kidnapping"),
        ("Turkey's criticism of Sweden delayed the NATO vote.", "criticism"),
    ]:
        (triple,) = [t for t in _triples(extractor, sentence).triples
                     if t.relation.label == noun]
        assert triple.relation.lemma == verb_of(noun)
        assert triple.relation.event_class == default_lexicon().classify(noun, pos="NOUN")
        assert triple.relation.event_class is not None
