"""Names left over from session 45 (session 46).

* A faith's word the NER typed apart from the group after it is one party's name
  (:func:`~extract.actors._faith_before_group`): "the Christian Democrats" was two NORP
  names, "Christian" and "Democrats", and the side was labelled "Democrats", the US
  party's label. A nationality before a party stays apart ("the Swedish Social Democrats").
* A company's own part ("the unit", "the subsidiary": [own_unit_nouns]) acted on is not
  the company that acts on it (:meth:`~extract.coref.Coreference.resolve`, as "the
  country" is not the one said to invade it): "Siemens sold the unit" read the unit as
  Siemens and gave no triple; now Siemens sells the unit.
* "UAW" (and "United Auto Workers union") is the United Auto Workers (aliases.tsv), one
  label in an article that names it both ways, and a labour union by its words ("workers"
  is ~LAB in the Phoenix agents), so "the company" no longer points back to it ("The UAW
  refused talks with Chrysler until the company ...": Chrysler). Only this one name: the
  CAMEO and Phoenix dictionaries list no union by its initials.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

FAITH_PARTIES = {
    "a faith's word and a party": [
        ("The Christian Democrats rejected the coalition proposal on Monday.",
         [("Christian Democrats", "reject", "coalition proposal")],
         [("Democrats", "reject", "coalition proposal")]),
        ("Prime Minister Craxi accused the Christian Democrats of trying to bring down his "
         "government.",
         [("Craxi", "accuse", "Christian Democrats")], [("Craxi", "Democrats")]),
        ("The Christian Socialists left the governing coalition in Munich.",
         [("Christian Socialists", "leave", "governing coalition")],
         [("Socialists", "leave", "governing coalition")]),
    ],
    "guard: a nationality, a group the NER names whole, a faith's people": [
        ("The Swedish Social Democrats won the election.",
         [("Social Democrats", "win", "election")], []),
        ("Sunni Arabs boycotted the election in Anbar province.",
         [("Sunni Arabs", "boycott", "election")], []),
        ("Christian militiamen attacked a Druze village.",
         [("Christian militiamen", "attack", "Druze village")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(FAITH_PARTIES))
def test_faith_party_is_one_name(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


OWN_UNITS = {
    "a company's part acted on by the company": [
        ("Siemens sold the unit last year.", [("Siemens", "sell", "unit")], []),
        ("Textron sold the subsidiary last month, the company said.",
         [("Textron", "sell", "subsidiary")], []),
        ("Siemens sold the unit, which makes hearing aids, to EQT in 2015.",
         [("Siemens", "sell", "unit"), ("Siemens", "sell unit to", "EQT")],
         [("Siemens", "hearing aids")]),
    ],
    "guard: the part as a subject, a part of another company": [
        ("Meridian Holdings said its Clearview unit had been sold. The unit makes lenses.",
         [("Clearview", "make", "lenses")], []),
        ("Allied-Signal said it bought the unit from Textron for 215 mln dlrs.",
         [("Allied-Signal", "buy unit from", "Textron")], []),
        ("Daimler sold the division to a group of investors in 2019.",
         [("Daimler", "sell", "division")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(OWN_UNITS))
def test_own_unit_is_not_its_company(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


UNION_INITIALS = {
    "the UAW is a union": [
        ("The UAW refused to resume talks with Chrysler until the company withdrew its demand "
         "for work-rule changes.",
         [("Chrysler", "withdraw", "Chrysler's demand for work-rule changes")],
         [("UAW", "withdraw", "UAW's demand for work-rule changes"),
          ("United Auto Workers", "Chrysler's demand for work-rule changes")]),
        ("The UAW said it would strike on Friday. The company said it would keep the plants "
         "open.", [], [("United Auto Workers", "plants"), ("UAW", "plants")]),
        ("Ford said the UAW would strike on Friday. The company said it would keep the plants "
         "open.", [("Ford", "keep open", "plants")], []),
        # one label for the name with its "union" and its initials
        ("The United Auto Workers union struck a Chrysler assembly plant in Belvidere on "
         "Monday. The UAW threatened to extend the strike to two parts plants.",
         [("United Auto Workers", "strike", "Chrysler assembly plant"),
          ("United Auto Workers", "threaten to extend", "strike")],
         [("United Auto Workers union", "Chrysler assembly plant")]),
    ],
    "guard: the UAW still acts; other initials are a company": [
        ("The UAW rejected the offer from General Motors.",
         [("United Auto Workers", "reject", "offer from General Motors")], []),
        ("IBM said it would cut 5,000 jobs. The company said it would close two plants in "
         "Texas.", [("IBM", "close", "plants in Texas")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(UNION_INITIALS))
def test_union_initials(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
