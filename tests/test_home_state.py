"""A bare state body ("the government", "the cabinet", "the authorities", "the army", "the
finance ministry": [state_bodies]) that no country named before is stands for the country of
the article: its dateline's, else the one its lead names (extract/homeland.py). A country
named before only as what another actor acts on ("accused the United States of ...") is not
meant when the article's country is known; one named as who acts ("Syria said ...",
"Israeli warplanes struck ...") is, or makes the description undecided."""

from __future__ import annotations

import pytest
from actorgraph.extract.actors import ActorResolver, bare_state_body
from actorgraph.extract.homeland import dateline_country, home_country, title_countries

from actorgraph.records import Dateline
from tests.constructions import cases, check_construction
from tests.docs import parse

_ENTS = {"United States": "GPE", "Israel": "GPE", "Lebanon": "GPE", "Britain": "GPE",
         "Israeli": "NORP", "Castrellon": "PERSON"}


def _resolve(text: str, rows: str, index: int, home: str | None):
    doc = parse(text, rows, ents=_ENTS)
    resolver = ActorResolver(doc, home=(lambda _: home) if home else None)
    found = resolver.resolve(doc[index])
    return None if found is None else found.label


#: (sentence, rows, index of the description, the article's country)
_HOME = [
    ("The government accused the rebels .", """
        1 det DET the DT
        2 nsubj NOUN government NN
        2 ROOT VERB accuse VBD
        4 det DET the DT
        2 dobj NOUN rebel NNS
        2 punct PUNCT . .
    """, 1, "Philippines"),
    ("The finance ministry criticised the bank .", """
        2 det DET the DT
        2 compound NOUN finance NN
        3 nsubj NOUN ministry NN
        3 ROOT VERB criticise VBD
        5 det DET the DT
        3 dobj NOUN bank NN
        3 punct PUNCT . .
    """, 2, "South Korea"),
    ("The authorities arrested the man .", """
        1 det DET the DT
        2 nsubj NOUN authority NNS
        2 ROOT VERB arrest VBD
        4 det DET the DT
        2 dobj NOUN man NN
        2 punct PUNCT . .
    """, 1, "Kenya"),
]


@pytest.mark.parametrize(("text", "rows", "index", "home"), _HOME)
def test_a_bare_state_body_is_the_country_of_the_article(text, rows, index, home):
    assert _resolve(text, rows, index, home) == home
    # with no country of the article, as before: no country
    assert _resolve(text, rows, index, None) != home


#: phrases that say or own whose body they are: never the article's country
_OWNED = [
    ("The local authorities arrested the man .", """
        2 det DET the DT
        2 amod ADJ local JJ
        3 nsubj NOUN authority NNS
        3 ROOT VERB arrest VBD
        5 det DET the DT
        3 dobj NOUN man NN
        3 punct PUNCT . .
    """, 2),
    ("Its army attacked the town .", """
        1 poss PRON its PRP$
        2 nsubj NOUN army NN
        2 ROOT VERB attack VBD
        4 det DET the DT
        2 dobj NOUN town NN
        2 punct PUNCT . .
    """, 1),
    ("The government in Kabul condemned the raid .", """
        1 det DET the DT
        4 nsubj NOUN government NN
        1 prep ADP in IN
        2 pobj PROPN Kabul NNP
        4 ROOT VERB condemn VBD
        6 det DET the DT
        4 dobj NOUN raid NN
        4 punct PUNCT . .
    """, 1),
    ("The governments condemned the raid .", """
        1 det DET the DT
        2 nsubj NOUN government NNS
        2 ROOT VERB condemn VBD
        4 det DET the DT
        2 dobj NOUN raid NN
        2 punct PUNCT . .
    """, 1),
]


@pytest.mark.parametrize(("text", "rows", "index"), _OWNED)
def test_an_owned_or_qualified_body_is_not_the_article_s_country(text, rows, index):
    doc = parse(text, rows)
    assert not bare_state_body(doc[index])
    assert _resolve(text, rows, index, "Japan") != "Japan"


_ACCUSED = ("Castrellon accused the United States . The government closed the newspapers .",
            """
    1 nsubj PROPN Castrellon NNP
    1 ROOT VERB accuse VBD
    4 det DET the DT
    4 compound PROPN United NNP
    1 dobj PROPN States NNP
    1 punct PUNCT . .
    7 det DET the DT
    8 nsubj NOUN government NN
    8 ROOT VERB close VBD
    10 det DET the DT
    8 dobj NOUN newspaper NNS
    8 punct PUNCT . .
""")


def test_a_country_only_acted_on_gives_way_to_the_article_s_country():
    text, rows = _ACCUSED
    assert _resolve(text, rows, 7, "Panama") == "Panama"
    # with no country of the article, the country named before as before
    assert _resolve(text, rows, 7, None) == "United States"


def test_a_country_that_acts_comes_before_the_article_s_country():
    text = "Israel said it would act . The government closed the crossings ."
    rows = """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB say VBD
        5 nsubj PRON it PRP
        5 aux AUX would MD
        1 ccomp VERB act VB
        1 punct PUNCT . .
        7 det DET the DT
        8 nsubj NOUN government NN
        8 ROOT VERB close VBD
        10 det DET the DT
        8 dobj NOUN crossing NNS
        8 punct PUNCT . .
    """
    assert _resolve(text, rows, 7, "Lebanon") == "Israel"


def test_another_country_acting_leaves_the_body_undecided():
    # "The United States and Britain urged restraint. The government banned the rallies":
    # filed from Nairobi, which government is not said
    text = "The United States and Britain urged restraint . The government banned rallies ."
    rows = """
        2 det DET the DT
        2 compound PROPN United NNP
        5 nsubj PROPN States NNP
        2 cc CCONJ and CC
        2 conj PROPN Britain NNP
        5 ROOT VERB urge VBD
        5 dobj NOUN restraint NN
        5 punct PUNCT . .
        9 det DET the DT
        10 nsubj NOUN government NN
        10 ROOT VERB ban VBD
        10 dobj NOUN rally NNS
        10 punct PUNCT . .
    """
    assert _resolve(text, rows, 9, "Kenya") is None
    # "Israeli jets struck Lebanon. The army shelled the town": not Lebanon, the place
    text = "Israeli jets struck Lebanon . The army shelled the town ."
    rows = """
        1 amod ADJ Israeli JJ
        2 nsubj NOUN jet NNS
        2 ROOT VERB strike VBD
        2 dobj PROPN Lebanon NNP
        2 punct PUNCT . .
        6 det DET the DT
        7 nsubj NOUN army NN
        7 ROOT VERB shell VBD
        9 det DET the DT
        7 dobj NOUN town NN
        7 punct PUNCT . .
    """
    assert _resolve(text, rows, 6, "Lebanon") not in ("Lebanon", "Israel")


@pytest.mark.parametrize(("place", "country"), [
    ("Tokyo", "Japan"), ("Manila", "Philippines"), ("Nairobi, Kenya", "Kenya"),
    ("Panama City", "Panama"), ("Beirut", "Lebanon"), ("Washington", "United States"),
    ("Austin, Texas", None), ("Springfield, Ill.", None), ("Xqzville", None),
])
def test_the_country_of_a_dateline(place, country):
    assert dateline_country(Dateline(place=place)) == country


def test_the_lead_names_the_country_when_the_dateline_does_not():
    nicosia, tokyo = Dateline(place="Nicosia"), Dateline(place="Tokyo")
    # "NICOSIA - Iran said ...": about Iran
    assert home_country(nicosia, lead={"Iran"}, acting={"Iran"}) == "Iran"
    # "TOKYO - The United States urged Japan ...": Japan, named in the lead too
    assert home_country(tokyo, lead={"United States", "Japan"},
                       acting={"United States"}) == "Japan"
    # "WASHINGTON - The administration imposed tariffs on Japanese electronics"
    assert home_country(Dateline(place="Washington"), lead={"Japan"}) == "United States"
    assert home_country(nicosia, lead={"Iran", "Iraq"}, acting={"Iran", "Iraq"}) is None
    assert home_country(None, lead={"Kenya"}) == "Kenya"
    assert home_country(None, lead={"Kenya", "Uganda"}) is None
    assert home_country(Dateline(place="Austin, Texas"), lead=set()) is None
    assert title_countries("KENYAN POLICE FIRE TEAR GAS AT PROTESTERS") == {"Kenya"}


REAL_SENTENCES = {
    "a bare state body in a wire story": [
        ("TOKYO, March 3 - The government will ask parliament to approve a supplementary "
         "budget. The cabinet also criticised the United States over its trade deficit.",
         [("Japan", "criticise", "United States", False, False)], []),
        ("MANILA, Feb 4 - The government accused communist rebels of killing 12 soldiers in "
         "Mindanao.",
         [("Philippines", "accuse", "communist rebels", False, False)], []),
        ("NAIROBI (Reuters) - Police fired tear gas at protesters in the capital. The "
         "government has banned all rallies until further notice.",
         [("Kenya", "ban", "rallies", False, False)], []),
        ("BEIRUT, July 28 (AP) \u2014 Gunmen kidnapped two Saudi diplomats in west Beirut on "
         "Sunday. The authorities said they had arrested three suspects.",
         [("Lebanon", "arrest", "suspects", False, False)], [("Saudi Arabia", "suspects")]),
        ("SEOUL, March 3 - The finance ministry criticised the central bank for raising "
         "interest rates.",
         [("South Korea", "criticise", "central bank", False, False)], []),
        ("ISLAMABAD, Pakistan (AP) - Gunmen attacked a checkpoint near the Afghan border, "
         "killing six soldiers. The military blamed the Pakistani Taliban for the attack.",
         [("Pakistan", "blame", "Pakistani Taliban", False, False)],
         [("Afghanistan", "Pakistani Taliban")]),
        # filed from Bangkok about Myanmar: the lead's country, named as its military's owner
        ("BANGKOK (AP) \u2014 An airstrike by Myanmar's military on a village killed at least "
         "20 people. The army said it had targeted a rebel camp.",
         [("Myanmar", "target", "rebel camp", False, False)], [("Thailand", "rebel camp")]),
        ("PANAMA CITY, July 28 - Police fired tear gas at protesters. The general accused the "
         "United States of orchestrating a campaign against him. Earlier this month, the "
         "government closed three opposition newspapers.",
         [("Panama", "close", "opposition newspapers", False, False)],
         [("United States", "opposition newspapers")]),
    ],
    "guards: another country named, or no country of the article": [
        # a US state's dateline: its own government and authorities
        ("AUSTIN, Texas, March 3 - The government charged the company with fraud.",
         [], [("United States", "company")]),
        ("JERUSALEM, March 3 - Syria said on Monday that it would retaliate. The government "
         "also accused Israel of attacking its positions.",
         [("Syria", "accuse", "Israel", False, False)], [("Israel", "Israel")]),
        ("BEIRUT (Reuters) - Israeli warplanes struck targets in southern Lebanon on Sunday. "
         "The army said it had hit Hezbollah positions.",
         [], [("Lebanon", "Hezbollah positions")]),
        ("Japan said on Monday it would cut tariffs. The Japanese government said the cuts "
         "would help. The government also criticised China.",
         [("Japan", "criticise", "China", False, False)], []),
        # the article's country names another argument of the verb: maybe another state's
        ("Russian hackers attacked the defence ministry on Monday, officials said.",
         [], [("Russian hackers", "Russia")]),
        ("Kenyan doctors staged a protest against the health ministry.",
         [], [("Kenyan doctors", "Kenya")]),
        # but a state's own court ordering its government: that state
        ("JERUSALEM, March 3 - Israel's Supreme Court on Monday ordered the government to "
         "reinstate the attorney general.",
         [("Israel", "reinstate", "attorney general", False, True)], []),
        ("LONDON, March 3 - The Bundesbank raised its discount rate. The central bank said it "
         "would sell dollars.",
         [], [("United Kingdom", "dollars")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
