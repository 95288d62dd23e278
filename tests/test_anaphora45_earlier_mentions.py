"""A bare definite noun phrase takes the earlier, fuller mention of its head (session 45,
:mod:`extract.anaphora`).

* the head of a name: "the Justice Department opened an inquiry ... *the department*
  asked a judge" is the Justice Department, "the U.N. Security Council met ... *the
  council's* call" the council's call;
* a common noun whose earlier mention has a clause that says which: "signed a treaty
  eliminating medium-range missiles ... would not support *the treaty*" is the treaty to
  eliminate them, "presented a proposal to cut export quotas ... rejected *the
  proposal*" that proposal;
* the most recent of readings that agree ("a hostile tender offer ... a cash tender offer
  ... *the offer*").

Guards: no earlier mention, one in another article, a person's name or a name of the one
word ("Gelete Burka ... the burka", "Lava doesn't ... the lava"), another head ("a plan ... the
proposal"), an indefinite phrase ("rejected *a* proposal"), a new bare "a bill" between,
a plural for a singular name ("the World Bank ... the banks"), a named reading and another
("the Supreme Court ... a federal appeals court ... the court"), and a subject of people
whose reading names no one ("a district court sentenced X ... the court rejected ...").
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import cases, check_construction

_SENTENCES = {
    "the head of a name: that name": [
        ("The Justice Department opened an inquiry into the merger in June. The department "
         "asked a federal judge to block the deal.",
         [("Justice Department", "ask", "federal judge", False, False)], []),
        ("The Agriculture Department said on Monday that wheat exports rose in March. The "
         "department offered China a subsidy on one million tonnes of wheat.",
         [("Agriculture Department", "offer", "China", False, False)], []),
        ("The U.N. Security Council met on the Gulf war on Monday. Iran rejected the "
         "council's call for a truce.",
         [("Iran", "reject", "U.N. Security Council's call for truce", False, False)],
         [("Iran", "council's call for truce")]),
    ],
    "a common noun's fuller earlier mention": [
        ("Reagan and Gorbachev signed a treaty eliminating medium-range nuclear missiles on "
         "Tuesday. Senator Dole said he would not support the treaty.",
         [("Dole", "support", "treaty to eliminate medium-range nuclear missiles", True,
           True)], [("Dole", "treaty")]),
        ("Oil producers presented a proposal to cut export quotas by ten percent at the "
         "Vienna meeting on Monday. Saudi Arabia rejected the proposal on Tuesday.",
         [("Saudi Arabia", "reject", "proposal to cut export quotas", False, False)],
         [("Saudi Arabia", "proposal")]),
        ("Tokyo signed a ten-year agreement on beef imports with Canberra. Australia "
         "welcomed the agreement.",
         [("Australia", "welcome", "ten-year agreement on beef imports", False, False)],
         [("Australia", "agreement")]),
        ("Caracas signed a ten-year gas supply contract with Trinidad in May. Venezuela "
         "cancelled the contract on Friday.",
         [("Venezuela", "cancel", "ten-year gas supply contract", False, False)],
         [("Venezuela", "contract")]),
    ],
    "guards: no such earlier mention in the article": [
        ("Greece sent a note to Turkey on Sunday. Turkey rejected the proposal on Monday.",
         [("Turkey", "reject", "proposal", False, False)], []),
        ("Oil producers presented a plan to cut export quotas by ten percent on Monday. "
         "Saudi Arabia rejected the proposal on Tuesday.",
         [("Saudi Arabia", "reject", "proposal", False, False)],
         [("Saudi Arabia", "plan to cut export quotas")]),
        ("Oil producers presented a proposal to cut export quotas by ten percent on Monday. "
         "Saudi Arabia rejected a proposal on Tuesday.",
         [("Saudi Arabia", "reject", "proposal", False, False)],
         [("Saudi Arabia", "proposal to cut export quotas")]),
        ("Congress was sent a bill banning TikTok in March. The House passed a bill on "
         "Friday. The Senate will vote on the bill in May.",
         [("Senate", "vote on", "bill", False, True)], [("Senate", "bill banning TikTok")]),
        ("The World Bank said Ghana's economy grew five percent last year. Ghana repaid the "
         "banks in March.",
         [("Ghana", "repay", "banks", False, False)], [("Ghana", "World Bank")]),
    ],
    "guards: a person's name, a name of the one word": [
        ("Activist Gelete Burka spoke in Addis Ababa on Monday. France banned the burka in "
         "2010.", [("France", "ban", "burka", False, False)], [("France", "Gelete Burka")]),
        ("Lava doesn't contain much nitrate, scientists said. Officials said the lava "
         "destroyed 700 homes.", [], [("Lava", "homes")]),
    ],
    "guards: readings that may be two, an unnamed subject": [
        ("The Supreme Court agreed to hear a challenge to the Texas law. A federal appeals "
         "court had upheld the law. Texas asked the court to dismiss the challenge.",
         [("Texas", "ask", "Supreme Court", False, False)],
         [("Texas", "federal appeals court")]),
        ("A district court in Seoul sentenced writer Park Chong-min to three years in "
         "prison. The court rejected defence arguments that the book was fiction.",
         [], [("district court", "defence arguments")]),
        ("Washington imposed import quotas on Chinese cotton. It also set textile quotas "
         "for Taiwan. Beijing said it would fight the quotas.",
         [], [("China", "textile quotas"), ("China", "import quotas")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.model
def test_an_earlier_mention_in_another_article_is_none(extractor):
    first = Article("a", "Oil producers presented a proposal to cut export quotas by ten "
                         "percent on Monday.")
    second = Article("b", "Saudi Arabia rejected the proposal on Tuesday.")
    results = list(extractor.extract([first, second]))
    labels = {(t.subject.label, t.object.label) for r in results for t in r.triples}
    assert ("Saudi Arabia", "proposal to cut export quotas") not in labels


@pytest.mark.model
def test_the_same_text_gives_the_same_labels(extractor):
    text = ("Harlow Group made a hostile tender offer for Kestrel Mills in May. On Monday it "
            "began a 31 dlr a share cash tender offer. Kestrel's directors said they would "
            "study the offer.")
    runs = [[(t.subject.label, t.relation.lemma, t.object.label)
             for t in next(iter(extractor.extract([Article("t", text)]))).triples]
            for _ in range(2)]
    assert runs[0] == runs[1]
