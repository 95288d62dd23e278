"""A triple that another triple of the same subject, object and flags says more fully is
dropped (:func:`extract.triples._said_more_fully`): "placed X under arrest" is read both as
"place" (on the verb, svo or participle) and as "place under arrest" (support verb and
noun); only the second says what happened. Readings with other flags, other objects or an
unrelated predicate stay."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from actorgraph.records import Article
from tests.docs import parse


def _labels(triples):
    return {(t.subject.text, t.label, t.object.text) for t in triples}


def test_the_bare_verb_reading_of_a_support_verb_phrase_is_dropped_on_a_hand_built_doc():
    doc = parse("Egypt placed Morsi under arrest", """
        1 nsubj PROPN Egypt NNP
        1 ROOT VERB place VBD
        1 dobj PROPN Morsi NNP
        1 prep ADP under IN
        3 pobj NOUN arrest NN
    """, ents={"Egypt": "GPE", "Morsi": "PERSON"})
    readings = _labels(all_triples(doc))
    assert ("Egypt", "place under arrest", "Morsi") in readings
    assert ("Egypt", "place", "Morsi") not in readings


def test_a_reading_with_its_own_object_stays_on_a_hand_built_doc():
    # "place" with the minister and "place under arrest" with the minister: one goes; the
    # raid on the ministry is another object and stays
    doc = parse("Troops raided Niamey placing Mahamadou under arrest", """
        1 nsubj NOUN troops NNS
        1 ROOT VERB raid VBD
        1 dobj PROPN Niamey NNP
        1 advcl VERB place VBG
        3 dobj PROPN Mahamadou NNP
        3 prep ADP under IN
        5 pobj NOUN arrest NN
    """, ents={"Niamey": "GPE", "Mahamadou": "PERSON"})
    readings = _labels(all_triples(doc))
    assert ("Troops", "raid", "Niamey") in readings
    assert ("Troops", "place", "Mahamadou") not in readings


#: (sentence, the fuller reading kept, the shorter one dropped): subject, relation label,
#: object label
_FULLER = [
    ("The junta seized power on Friday, placing President Bazoum under arrest.",
     ("junta", "place under arrest", "Bazoum"), ("junta", "place", "Bazoum")),
    ("Security forces stormed the opposition headquarters, putting Kizza Besigye under "
     "house arrest.", ("security forces", "put under arrest", "Kizza Besigye"),
     ("security forces", "put", "Kizza Besigye")),
    ("Troops entered Niamey on Wednesday, placing Prime Minister Ouhoumoudou Mahamadou "
     "under arrest.", ("troops", "place under arrest", "Ouhoumoudou Mahamadou"),
     ("troops", "place", "Ouhoumoudou Mahamadou")),
    ("Georgian police put opposition leader Nika Melia under arrest after the raid.",
     ("Georgia", "put under arrest", "Nika Melia"), ("Georgia", "put", "Nika Melia")),
    ("Egypt placed the former president under arrest in July.",
     ("Egypt", "place under arrest", "president"), ("Egypt", "place", "president")),
    # "keep" is a placing verb too: kept under arrest is an arrest
    ("The Kremlin kept Alexei Navalny under arrest for months.",
     ("Kremlin", "keep under arrest", "Alexei Navalny"), ("Kremlin", "keep", "Alexei Navalny")),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "kept", "dropped"), _FULLER,
                         ids=[row[0][:40] for row in _FULLER])
def test_only_the_fuller_reading_is_kept(extractor, sentence, kept, dropped):
    (result,) = extractor.extract([Article("t", sentence)])
    readings = {(t.subject.label, t.relation.label, t.object.label) for t in result.triples}
    assert kept in readings
    assert dropped not in readings


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "kept"), [
    # a relation no other triple extends stays
    ("The Kremlin kept Alexei Navalny in prison for months.",
     ("Kremlin", "keep", "Alexei Navalny")),
    # the refusal and the negated act have different flags and predicates: both stay
    ("Montenegro refused to extradite Do Kwon to South Korea.",
     ("Montenegro", "extradite", "Kwon")),
    ("Montenegro refused to extradite Do Kwon to South Korea.",
     ("Montenegro", "refuse to extradite", "Kwon")),
])
def test_readings_no_other_triple_says_more_fully_stay(extractor, sentence, kept):
    (result,) = extractor.extract([Article("t", sentence)])
    readings = {(t.subject.label, t.relation.label, t.object.label) for t in result.triples}
    assert kept in readings
