"""Wire copy names a company in full once and then by its first word ("Kestrel Engineering
Plc" ... "Kestrel said it would use the proceeds"); the NER often takes the short form for a
person, and "it" in what the short form says was then read as the other company of the
story ("Bristol | use | proceeds"). The short form of an organisation the article names is
that organisation (:func:`actorgraph.extract.coref._short_form`, whose doctests cover the
name test); a person's name that no organisation begins with stays a person. What a
company "said in a statement that it would ..." is the company's own, not the statement
owner's (none) nor another company's (:func:`actorgraph.extract.coref._said_in`)."""

from __future__ import annotations

import pytest
from actorgraph.extract.coref import _short_form

from tests.constructions import cases, check_labels


def test_short_form_is_the_first_words_of_a_longer_name():
    orgs = [["halloran", "marine", "plc"], ["ellison", "partners", "lp"]]
    assert _short_form("Halloran", orgs)
    assert _short_form("Ellison Partners", orgs)
    assert not _short_form("Ellison Partners LP", orgs)  # the same name, not shorter
    assert not _short_form("Marine", orgs)  # not its first word
    assert not _short_form("Larry Ellison", orgs)


SHORT_FORMS = {
    "the short form of a company named before says 'it'": [
        ("Ridley Group Plc agreed to buy the engines division of Halloran Marine Plc. "
         "Halloran said it would use the proceeds to reduce borrowings.",
         [("Halloran", "use", "proceeds")], [("Ridley Group Plc", "proceeds")]),
        ("Garfield Stores Inc rejected a proposal from Ellison Partners LP. Ellison said it "
         "would take its offer to shareholders.",
         [("Ellison", "offer", "shareholders")], [("Garfield Stores Inc", "shareholders")]),
        ("Fenwick Steel Corp rejected the offer from Hollister Group. Hollister said it "
         "would sue Fenwick.",
         [("Hollister", "sue", "Fenwick")], [("Fenwick Steel Corp", "Fenwick")]),
    ],
    "what a company says 'in a statement' is its own": [
        ("Dalton Foods Inc ended merger talks with Greer Beverage Co. Dalton said it did "
         "not make an offer for Greer. Greer said in a statement that it would sell its "
         "bottling unit.", [], [("Dalton", "bottling unit")]),
        ("Apex Corp rejected a bid from Dunmore Industries. Dunmore said in a letter to "
         "shareholders that it would raise its offer.",
         [("Dunmore", "raise", "offer")], [("Apex Corp", "offer")]),
        ("Shell said in a statement that it would close the Pernis refinery.",
         [("Shell", "close", "Pernis refinery")], []),
    ],
    "guards: a person no organisation's name begins with": [
        ("Dorset Holdings Inc is controlled by financier Arthur Linwood. Linwood said he "
         "would not sell his stake.", [], [("Dorset Holdings Inc", "stake")]),
        ("Ashby Corp said its chairman Martin Crane had resigned. Crane said he would "
         "join Lockwood Bank.", [("Martin Crane", "join", "Lockwood Bank")], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(SHORT_FORMS))
def test_short_company_names_on_the_model(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
