"""An organisation's name whose capitalised words a short Urdu or Persian connective joins
with hyphens ("Tehrik-i-Taliban", "Lashkar-e-Taiba", "Harkat-ul-Mujahideen") is one name,
which the NER cuts at the hyphens (:func:`extract.hygiene.repair_entities`); a country
right after it ends the name ("Tehrik-i-Taliban Pakistan", never the actor "Pakistan").
The same for the two halves of a group's name joined by the Arabic "wal" ("and the"):
"Jama'at Nusrat al-Islam wal-Muslimin", "Ahl al-Sunna wal-Jamaa", never "Muslimin" or
"Jamaa" alone."""

from __future__ import annotations

import pytest
import spacy
from actorgraph.extract.hygiene import repair_entities
from spacy.tokens import Doc

from tests.constructions import cases, check_construction

_VOCAB = spacy.blank("en").vocab


def _ents(words: list[str], spaces: list[bool], ents: list[str]) -> list[tuple[str, str]]:
    doc = Doc(_VOCAB, words=words, spaces=spaces, ents=ents)
    repair_entities(doc)
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(("words", "spaces", "ents", "expected"), [
    # the NER's ORG cut at the first hyphen, the country typed a place
    ("Tehrik - i - Taliban Pakistan claimed it".split(),
     [False, False, False, False, True, True, True, False],
     ["B-ORG", "O", "O", "O", "O", "B-GPE", "O", "O"],
     [("Tehrik-i-Taliban Pakistan", "ORG")]),
    # no entity at all
    ("militants of Harkat - ul - Mujahideen attacked".split(),
     [True, True, False, False, False, False, True, False],
     ["O"] * 8,
     [("Harkat-ul-Mujahideen", "ORG")]),
    # a place after the name that goes on ("Jammu and Kashmir" would be a longer place) is
    # not taken; a lone country is
    ("Lashkar - e - Taiba fighters entered Kashmir".split(),
     [False, False, False, False, True, True, True, False],
     ["B-PERSON", "O", "O", "O", "O", "O", "O", "B-GPE"],
     [("Lashkar-e-Taiba", "ORG"), ("Kashmir", "GPE")]),
], ids=["Tehrik-i-Taliban Pakistan", "Harkat-ul-Mujahideen", "Lashkar-e-Taiba"])
def test_a_linked_name_is_one_organisation(words, spaces, ents, expected):
    assert _ents(words, spaces, ents) == expected


@pytest.mark.parametrize(("words", "spaces", "ents"), [
    # an ordinary hyphenated word and a person's hyphenated given name stay as they are
    ("a well - known Kim Dae - jung".split(), [True, False, False, True, True, False, False, False],
     ["O", "O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON"]),
    ("Rolls - Royce sold it".split(), [False, False, True, True, False],
     ["B-ORG", "I-ORG", "I-ORG", "O", "O"]),
], ids=["well-known, Kim Dae-jung", "Rolls-Royce"])
def test_other_hyphenated_names_stay(words, spaces, ents):
    doc = Doc(_VOCAB, words=words, spaces=spaces, ents=ents)
    before = [(e.text, e.label_) for e in doc.ents]
    repair_entities(doc)
    assert [(e.text, e.label_) for e in doc.ents] == before


@pytest.mark.parametrize(("words", "spaces", "ents", "expected"), [
    # both halves tagged, as two people
    ("Jama'at Nasr al - Islam wal Muslimin attacked".split(),
     [True, True, False, False, True, True, True, False],
     ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "B-PERSON", "O"],
     [("Jama'at Nasr al-Islam wal Muslimin", "ORG")]),
    # the second half untagged, "wal" hyphened to it
    ("Jamaat al - Tawhid wal - Jihad claimed".split(),
     [True, False, False, True, False, False, True, False],
     ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"],
     [("Jamaat al-Tawhid wal-Jihad", "ORG")]),
    # two untagged capitalised words are no name to join; a lower-case next word is no name
    ("Sunna wa Jamaa met".split(), [True, True, True, False], ["O"] * 4, []),
    ("Khalid wa said".split(), [True, True, False], ["B-PERSON", "O", "O"],
     [("Khalid", "PERSON")]),
], ids=["wal, two names", "wal-, one name", "no names", "no second name"])
def test_names_joined_by_wal_are_one_organisation(words, spaces, ents, expected):
    assert _ents(words, spaces, ents) == expected


_SENTENCES = {
    "a group's name whose halves 'wal' joins": [
        ("Ahl al-Sunna wal-Jamaa militants attacked the port of Mocimboa da Praia on Monday.",
         [("Ahl al-Sunna wal-Jamaa", "attack", "port of Mocimboa da Praia", False, False)],
         [("Jamaa", "port of Mocimboa da Praia")]),
        ("Jamaat al-Tawhid wal-Jihad claimed the bombing of the embassy in Baghdad.",
         [("Jamaat al-Tawhid wal-Jihad", "bomb", "embassy in Baghdad", False, False)],
         [("wal-Jihad", "Baghdad")]),
        ("Jama'at Nusrat al-Islam wal-Muslimin fighters ambushed a Malian army convoy near "
         "Boni on Tuesday, the army said.",
         [("Jama'at Nusrat al-Islam wal-Muslimin", "ambush", "Malian army convoy", False,
           False)], []),
    ],
    "a name linked by hyphens, with a country at its end": [
        ("Tehrik-i-Taliban Pakistan claimed the bombing of a police station in Bannu.",
         [], [("Pakistan", "police station")]),
        ("Pakistani troops killed 12 militants of the Tehrik-i-Taliban Pakistan in Khyber.",
         [("Pakistan", "kill", "Tehrik-i-Taliban Pakistan", False, False)], []),
        ("Police detained leaders of Tehreek-e-Labbaik Pakistan in Lahore on Friday.",
         [("police", "detain", "Tehreek-e-Labbaik Pakistan", False, False)],
         [("police", "Pakistan")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_linked_names_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
