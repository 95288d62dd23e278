"""An unnamed subject of people or a body of people keeps the place phrase that says which
ones (session 39, :func:`extract.actors._placed_people` in
:func:`extract.actors.concept_complement`): "a state court jury in Harris County" was
labelled "state court jury", "police in Lagos" "police"; a list of people shares the place
after its last noun ("judges and prosecutors in Lahore"). Only a named place (a phrase
with no name, "police in the area", says nothing), only a subject (an object's place
phrase is where the act was: "arrested protesters in Lagos"), and a country's bare state
body still stands for the country ("police in Bangladesh")."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

_TABLE = {
    "unnamed subject with a named place": [
        ("A county jury in Harris County ordered Calhoun Gas to pay 96 mln dlrs in damages.",
         [("county jury in Harris County", "order to pay", "Calhoun Gas")], []),
        ("Police in Lagos arrested twelve protesters outside the governor's office.",
         [("police in Lagos", "arrest", "protesters")], []),
        ("Soldiers near Kupiansk shelled a Russian supply depot overnight.",
         [("soldiers near Kupiansk", "shell", "Russian supply depot")], []),
        ("A federal jury in Manhattan convicted Sam Bankman-Fried of fraud.",
         [("federal jury in Manhattan", "convict", "Sam Bankman-Fried")], []),
        # a list of people shares the place after its last noun
        ("Judges and prosecutors in Lahore boycotted the hearings of the Supreme Court.",
         [("judges in Lahore", "boycott", "hearings of Supreme Court"),
          ("prosecutors in Lahore", "boycott", "hearings of Supreme Court")], []),
        ("Students and teachers in Hong Kong marched against the security law.",
         [("students in Hong Kong", "march against", "security law")], []),
        ("Students and teachers in the city marched against the security law.",
         [("students", "march against", "security law")], []),
        # guards: an object's place is the act's; a place with no name says nothing; a
        # country's police stand for the country
        ("Police arrested twelve protesters in Lagos on Monday.",
         [("police", "arrest", "protesters")], [("police", "protesters in Lagos")]),
        ("Police in the area arrested three suspects after the robbery.",
         [("police", "arrest", "suspects")], []),
        ("Police in Bangladesh fired rubber bullets at striking garment workers.",
         [("Bangladesh", "fire rubber bullet at", "striking garment workers")], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_TABLE))
def test_an_unnamed_subject_keeps_its_named_place(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
