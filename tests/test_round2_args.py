"""Relations cut short or garbled (round 2 of the blind audit, strict precision), through
the real model.

The sentences were written for these tests (none is from an evaluation set). Each
row: a sentence, the triples it must give as (subject label, relation label, object
label), and the triples it must not give: (subject label, relation label, object label),
or (subject label, object label) for no triple at all between the two.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.pipeline import Extractor

from tests.constructions import cases, check_labels

pytestmark = pytest.mark.model

CONSTRUCTIONS = {
    "a verb of likening carries what its object is likened to": [
        ("Erdogan likened Israel to Nazi Germany.",
         [("Erdogan", "liken to Nazi Germany", "Israel")],
         [("Erdogan", "liken", "Israel"), ("Erdogan", "liken to", "Nazi Germany")]),
        ("Zelensky compared Putin with Hitler in a speech on Monday.",
         [("Zelensky", "compare with Hitler", "Putin")],
         [("Zelensky", "compare", "Putin"), ("Zelensky", "compare with", "Hitler")]),
        ("Pierce likened the current system to indoctrination.",
         [("Pierce", "liken to indoctrination", "system")],
         [("Pierce", "liken", "system")]),
    ],
    "a verb of preventing carries what its object is kept from doing": [
        ("Regulators said HSBC failed to stop customers from laundering money through "
         "its branches.",
         [("HSBC", "stop from laundering money", "customers")],
         [("HSBC", "stop", "customers")]),
        ("Israeli police barred Palestinian worshippers from entering the mosque.",
         [("Israel", "bar from entering mosque", "Palestinian worshippers")],
         [("Israel", "bar", "Palestinian worshippers")]),
        ("The court prevented Trump from blocking the release of the documents.",
         [("court", "prevent from blocking release of documents", "Trump")],
         [("court", "prevent", "Trump")]),
    ],
    "a verb of level leaves the level and its preposition to the quantity (session 40)": [
        ("Exxon raised its posted price for crude to 18 dlrs a barrel.",
         [("Exxon", "raise", "Exxon's posted price")],
         [("Exxon", "raise to", "Exxon's posted price"),
          ("Exxon", "raise to 18 dlrs", "Exxon's posted price")]),
        ("Sun Oil cut its contract price for West Texas Intermediate to 17 dlrs, "
         "bringing it in line with Exxon.",
         [("Sun Oil", "cut", "Sun Oil's contract price for West Texas Intermediate")],
         [("Sun Oil", "cut to", "Sun Oil's contract price for West Texas Intermediate")]),
        ("The Judiciary Act of 1869 sets the number of Supreme Court justices at nine.",
         [("Judiciary Act", "set", "Supreme Court justices")],
         [("Judiciary Act", "set at", "Supreme Court justices"),
          ("Judiciary Act", "set at nine", "Supreme Court justices")]),
    ],
    "a verb of referring carries what its prepositional object is said to be": [
        ('Speaking in Minnesota, Biden referred to the hecklers as "ugly folks."',
         [("Biden", "refer to as ugly folks", "hecklers")],
         [("Biden", "refer to", "hecklers")]),
        ("Putin has referred to Ukraine as an artificial state.",
         [("Putin", "refer to as artificial state", "Ukraine")],
         [("Putin", "refer to", "Ukraine")]),
        ("Many Republicans think of Russia as a threat.",
         [("Republicans", "think of as threat", "Russia")],
         [("Republicans", "think of", "Russia")]),
        # guard: no "as" predicate, the plain relation stays
        ("Biden referred to Trump in his speech.",
         [("Biden", "refer to", "Trump")], []),
    ],
    "a race called for a candidate is no appeal and keeps the candidate": [
        ("Fox News called Arizona for Joe Biden shortly before midnight.",
         [("Fox News", "call for Joe Biden", "Arizona")],
         [("Fox News", "call", "Arizona"), ("Fox News", "Joe Biden")]),
        # a "for" the object's label keeps is said once, by the label, not again by the
        # relation ("call for Raphael Warnock | race for Raphael Warnock")
        ("The Associated Press called the race for Raphael Warnock on Wednesday.",
         [("Associated Press", "call", "race for Raphael Warnock")],
         [("Associated Press", "call", "race"),
          ("Associated Press", "call for Raphael Warnock", "race for Raphael Warnock")]),
        ("ABC News called the contest for Gavin Newsom late on Tuesday.",
         [("ABC News", "call", "contest for Gavin Newsom")],
         [("ABC News", "call for Gavin Newsom", "contest for Gavin Newsom")]),
        ("Reuters called the runoff election for Luiz Inacio Lula da Silva.",
         [("Reuters", "call", "runoff election for Luiz Inacio Lula da Silva")],
         [("Reuters", "call for Inacio Lula da Silva",
           "runoff election for Luiz Inacio Lula da Silva")]),
        ("Edison Research called the race for the Democrats.",
         [("Edison Research", "call", "race for Democrats")],
         [("Edison Research", "call for Democrats", "race for Democrats")]),
        ("CNN called Pennsylvania for Biden on Saturday, giving him the presidency.",
         [("CNN", "call for Biden", "Pennsylvania")],
         [("CNN", "call", "Pennsylvania")]),
    ],
    "what the object is told or ordered to do keeps the infinitive's own object": [
        ("The Supreme Court ordered the Texas government to release the detained migrants.",
         [("Supreme Court", "order to release detained migrants", "Texas")],
         [("Supreme Court", "order to release", "Texas")]),
        ("The judge ordered Google to pay a fine.",
         [("judge", "order to pay fine", "Google"), ("Google", "pay", "fine")],
         [("judge", "order to pay", "Google")]),
        ("The UN urged Israel to lift the blockade of Gaza.",
         [("United Nations", "urge to lift blockade of Gaza", "Israel")],
         [("United Nations", "urge to lift", "Israel")]),
        # guard: no object of its own, the infinitive alone
        ("The mayor of Miami urged residents to evacuate.",
         [], [("mayor", "urge to evacuate residents", "residents")]),
    ],
    "a verb of saying takes no noun object that is the subject of a clause after it": [
        ("The Red Cross said the hospitals in Khartoum lack water and electricity.",
         [], [("Red Cross", "hospitals")]),
        ("The WHO said the hospitals in Tigray lack insulin and oxygen.",
         [], [("WHO", "hospitals")]),
        ("The UNHCR said the camps in Cox's Bazar house nearly a million Rohingya.",
         [], [("UNHCR", "camps")]),
        # guard: what is said is the object
        ("Trump said a prayer for the victims of the shooting.",
         [("Trump", "say", "prayer for victims of shooting")], []),
    ],
    "a phrase after 'particularly' or 'especially' elaborates the noun before it": [
        ("Joe Biden knew about his son's business deals, particularly with China.",
         [("Joe Biden", "know about", "son's business deals")],
         [("Joe Biden", "China")]),
        ("Exports from Brazil surged last year, especially to China.",
         [], [("exports", "China")]),
        ("Trump has talked about trade deals, notably with Japan.",
         [("Trump", "talk about", "trade deals")], [("Trump", "Japan")]),
        ("Merkel complained about the sanctions, particularly against Russia.",
         [("Merkel", "complain about", "sanctions")], [("Merkel", "Russia")]),
        # guards: the verb's own preposition repeated, or the noun carried in the label
        ("Biden spoke with world leaders, especially with Macron.",
         [("Biden", "speak with", "Macron")], []),
        ("The senator has criticized arms sales, especially to Saudi Arabia.",
         [("senator", "criticize arms sale to", "Saudi Arabia")], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CONSTRUCTIONS))
def test_construction(extractor: Extractor, sentence: str, present, absent) -> None:
    check_labels(extractor, sentence, present, absent)
