"""Names the statistical NER mistypes or cuts (session 53), repaired by
:func:`~extract.hygiene.repair_entities` from the shipped dictionaries.

* a place or country of the CAMEO actor dictionaries (``cameo_actors.tsv``, kind place or
  country) that the NER typed as a person or a facility is a GPE: "Police in Tamil Nadu"
  ("Tamil Nadu" a PERSON or FAC), "Andhra Pradesh signed"; typed as an organisation, only
  a country ("Armenia accused ...") or a place of several words ("Uttar Pradesh") is, a
  one-word city being the name of many a club or firm ("Liverpool signed the striker");
  a nationality is not a place ("Kosovan" keeps its repair as a nationality), nor a one-word
  name that is a common given name, follows a title ("Mr Houston") or is the surname of a
  person the article names ("Whitney Houston ... Houston said")
  (:func:`~extract.hygiene._place_mistyped`);
* a name of several words the NER typed as a person that ends in a word only an
  organisation's name ends in (:data:`~extract.lexicon.ORGANISATION_NAME_ENDS`: "Front",
  "League", "Party") is an organisation: "The Tigray People's Liberation Front accused ..."
  (:func:`~extract.hygiene._organisation_typed_person`);
* a person's name the NER ended at a lower-case particle (:data:`~extract.lexicon.NAME_PARTICLES`:
  "arap", "von der", "bin") runs on to the capitalised proper nouns after it: "Daniel arap
  Moi", "Ursula von der Leyen" (:func:`~extract.hygiene._particle_name_end`).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.hygiene import repair_entities

from tests.constructions import cases, check_labels

ENTITIES = {
    "place typed person or facility": [
        ("Police in Tamil Nadu arrested twelve fishermen on Tuesday.",
         [("Tamil Nadu", "GPE")], []),
        ("Andhra Pradesh signed a deal with Foxconn to build a factory.",
         [("Andhra Pradesh", "GPE")], []),
        ("Protesters in Tamil Nadu clashed with police outside the assembly.",
         [("Tamil Nadu", "GPE")], []),
    ],
    "country or several-word place typed organisation": [
        ("Armenia accused Azerbaijan of shelling villages near Yerevan.",
         [("Armenia", "GPE"), ("Azerbaijan", "GPE")], []),
        ("President Droupadi Murmu visited Uttar Pradesh on Monday.",
         [("Uttar Pradesh", "GPE"), ("Droupadi Murmu", "PERSON")], []),
    ],
    "name cut at a particle": [
        ("Kenyan President Daniel arap Moi denied that Uganda had been invaded.",
         [("Daniel arap Moi", "PERSON")], [("Daniel arap", "PERSON")]),
        ("Dutch Prime Minister Dick Schoof met Ursula von der Leyen in Brussels.",
         [("Ursula von der Leyen", "PERSON"), ("Brussels", "GPE")],
         [("Ursula von der", "PERSON"), ("Leyen", "GPE")]),
    ],
    "organisation typed person": [
        ("The Tigray People's Liberation Front accused Eritrea of atrocities.",
         [("The Tigray People's Liberation Front", "ORG")], []),
    ],
    "guard: a surname, a club, a person": [
        ("Whitney Houston sang at the gala. Houston later said she was tired.",
         [("Whitney Houston", "PERSON")], []),
        ("Liverpool signed the Colombian striker from Porto for 40 million euros.",
         [("Liverpool", "ORG")], [("Liverpool", "GPE")]),
        ("The court said Osama bin Laden had financed the attacks.",
         [("Osama bin Laden", "PERSON")], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(ENTITIES))
def test_mistyped_and_cut_names_are_repaired(nlp, sentence, present, absent):
    doc = nlp(sentence)
    repair_entities(doc)
    found = {(e.text, e.label_) for e in doc.ents}
    for ent in present:
        assert ent in found, sorted(found)
    for ent in absent:
        assert ent not in found, sorted(found)


TRIPLES = {
    "a repaired name is the actor": [
        ("Kenyan President Daniel arap Moi accused Uganda of harbouring rebels.",
         [("Daniel arap Moi", "accuse", "Uganda")], [("Daniel arap", "Uganda")]),
        ("Ursula von der Leyen praised Poland for its support.",
         [("Ursula von der Leyen", "praise", "Poland")], [("Ursula von der", "Poland")]),
        ("Andhra Pradesh signed a deal with Foxconn.",
         [("Andhra Pradesh", "sign deal", "Foxconn")], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(TRIPLES))
def test_repaired_names_in_triples(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
