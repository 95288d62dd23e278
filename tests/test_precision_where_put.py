"""Where a named object was put is no participant (precision on wire news, session 22).

"barred Arvind Kothari from the securities market" gave both "bar from market"
Kothari and "bar from | securities market"; "added 28 U.S. defence companies to its
export control list" gave "add to | export control list", which loses who was added
(judged *partly* by both annotators of audit sheet 13). After a named object, an
unnamed thing behind "to", "from", "into", "with" or "against" says where, or with
what, the object was acted on: the object's triple is the act, and a verb of moving
keeps where in its label ("add to list", "bar from market"). A person or body there
is still a participant. A noun in "-list" after a word ("blacklist", "watchlist") is a
list, not an "-ist" of people.
"""

from __future__ import annotations

import pytest

from tests.constructions import check_precision

CASES = {
    "an unnamed place after a named object is no second participant": [
        ("Markets regulator Sebi on Tuesday barred Arvind Kothari from the securities "
         "market for five years.",
         [("markets regulator Sebi", "bar from market", "Arvind Kothari", False)],
         [("markets regulator Sebi", "bar from", "securities market")]),
        ("The Football Association banned Jordan Welsh from the sport for life on Monday.",
         [("Football Association", "ban from sport", "Jordan Welsh", False)],
         [("Football Association", "ban from", "sport")]),
        ("Israeli jets struck Hezbollah with guided bombs overnight.",
         [("Israel", "strike", "Hezbollah", False)],
         [("Israel", "strike with", "guided bombs")]),
        ("The Pentagon moved Abu Zubaydah into a military prison in 2006.",
         [("Pentagon", "move into prison", "Abu Zubaydah", False)],
         [("Pentagon", "move into", "military prison")]),
    ],
    "added to a list: the list is in the label": [
        ("China's commerce ministry on Wednesday added Raytheon to its export control list.",
         [("China", "add to list", "Raytheon", False)],  # its ministry stands for China
         [("China", "add to", "export control list")]),
        ("The U.S. Treasury added Wagner Group to its sanctions list on Friday.",
         [("U.S. Treasury", "add to list", "Wagner Group", False)],
         [("U.S. Treasury", "add to", "sanctions list")]),
        ("The Commerce Department added Huawei to its trade blacklist in 2019.",
         [("Commerce Department", "add to blacklist", "Huawei", False)],
         [("Commerce Department", "add to", "trade blacklist")]),
    ],
    "guards: a person or body, or a named place, stays a participant": [
        ("Turkey handed Abdullah Ocalan over to prosecutors in Ankara.",
         [("Turkey", "hand over to", "prosecutors", False)], []),
        ("Mexico extradited Ovidio Guzman to the United States on Friday.",
         [("Mexico", "extradite to", "United States", False)], []),
        # an unnamed object leaves its "to" phrase alone
        ("Kenya sent police officers to the border.",
         [("Kenya", "send police officer to", "border", False)], []),
    ],
}


@pytest.mark.parametrize(("text", "wanted", "unwanted"),
                         [case for cases in CASES.values() for case in cases],
                         ids=[f"{name}-{i}" for name, cases in CASES.items()
                              for i in range(len(cases))])
def test_where_put(extractor, text, wanted, unwanted):
    check_precision(extractor, text, wanted, unwanted)


@pytest.mark.parametrize(("lemma", "person"), [
    ("journalist", True), ("novelist", True), ("cyclist", True), ("populist", True),
    ("list", False), ("blacklist", False), ("watchlist", False), ("shortlist", False)])
def test_lists_are_no_people(lemma, person):
    from actorgraph.extract.vague import person_lemma

    assert person_lemma(lemma) is person
