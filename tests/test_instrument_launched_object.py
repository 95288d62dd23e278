"""What a weapon does is done by whoever fired it, also when the weapon is the object of
the firing: "Iran launched missiles targeting US troops" is Iran targeting them,
"Hezbollah fired rockets that hit Metula" Hezbollah hitting it ([aim_verbs]); only when
the firing is stated, not denied or only possible."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse

#: (sentence, rows, sender, target)
_LAUNCHED = [
    ("Iran launched missiles targeting Israel", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB launch VBD
        1 dobj NOUN missile NNS
        2 acl VERB target VBG
        3 dobj PROPN Israel NNP
    """, "Iran", "Israel"),
    ("Hezbollah fired rockets that hit Metula", """
        1 nsubj PROPN Hezbollah NNP
        1 ROOT VERB fire VBD
        1 dobj NOUN rocket NNS
        4 nsubj DET that WDT
        2 relcl VERB hit VBD
        4 dobj PROPN Metula NNP
    """, "Hezbollah", "Metula"),
    ("Houthis launched drones striking Aramco", """
        1 nsubj PROPN Houthis NNPS
        1 ROOT VERB launch VBD
        1 dobj NOUN drone NNS
        2 acl VERB strike VBG
        3 dobj PROPN Aramco NNP
    """, "Houthis", "Aramco"),
]

_ENTS = {"Iran": "GPE", "Israel": "GPE", "Hezbollah": "ORG", "Metula": "GPE",
         "Houthis": "NORP", "Aramco": "ORG"}


@pytest.mark.parametrize(("sentence", "rows", "sender", "target"), _LAUNCHED)
def test_the_weapon_fired_acts_for_its_sender(sentence, rows, sender, target):
    doc = parse(sentence, rows, ents=_ENTS)
    found = {(t.subject.text, t.object.text) for t in all_triples(doc)}
    assert (sender, target) in found
    assert not any(o.text == target and s.lemma_ in ("missile", "rocket", "drone")
                   for s, o in ((t.subject, t.object) for t in all_triples(doc)))


@pytest.mark.parametrize(("sentence", "rows"), [
    ("Iran did not launch missiles targeting Israel", """
        3 nsubj PROPN Iran NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB launch VB
        3 dobj NOUN missile NNS
        4 acl VERB target VBG
        5 dobj PROPN Israel NNP
    """),
    ("Iran may launch missiles targeting Israel", """
        2 nsubj PROPN Iran NNP
        2 aux AUX may MD
        2 ROOT VERB launch VB
        2 dobj NOUN missile NNS
        3 acl VERB target VBG
        4 dobj PROPN Israel NNP
    """),
])
def test_a_firing_denied_or_only_possible_sends_nothing(sentence, rows):
    doc = parse(sentence, rows, ents=_ENTS)
    assert ("Iran", "Israel") not in {(t.subject.text, t.object.text) for t in all_triples(doc)}


REAL_SENTENCES = {
    "the object of a firing verb, and what it does": [
        ("Iran launched missiles targeting US troops in Iraq.",
         [("Iran", "target", "United States", False, False)], []),
        ("Hezbollah fired rockets hitting the town of Metula.",
         [("Hezbollah", "hit", "Metula", False, False)], []),
        ("Officials said Hezbollah had fired rockets that struck Kiryat Shmona.",
         [("Hezbollah", "strike", "Kiryat Shmona", False, False)], []),
        ("Iran did not launch missiles targeting Israel.", [], [("Iran", "Israel")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
