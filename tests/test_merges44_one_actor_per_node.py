"""One node per real actor, never one node for two (session 44).

* names spelt the British or the American way are one actor only when the name says whose
  body it is besides the word the spelling changes (:func:`~graph.actors.says_whose`):
  "Labour Party" (British) and "Labor Party" (Australian), "Defence Ministry" and
  "Defense Ministry" (two countries' ministries) stay apart; "World Health Organisation"
  and "World Health Organization", "British Labour Party" and "British Labor Party" stay
  one node;
* a one-word name that an article tags as an organisation and that begins one of its
  longer organisation names is the firm's short form, never a surname to join to a person
  of another article (:func:`~graph.actors.firm_words`): "Granger" beside "Granger
  Partners" is not Howard Granger; a lone "Reagan" still joins "Ronald Reagan";
* a country's or the UN's short form at the front of a name is spelt out before names are
  compared (:func:`~graph.actors.loose_key`): "U.S. State Department" and "US State
  Department", "UN Security Council", "U.N. Security Council" and "United Nations Security
  Council" are one node each; a bare "State Department" or "Senate" is not guessed to be
  the U.S. one;
* an acronym in brackets after an organisation's name is its acronym even when the
  initials are those of its name in its own language ("the Republican People's Party
  (CHP)"), so the article's mentions take the name and the run never reads the acronym as
  the initials of another name ("CHP": Caldwell Holdings Plc)
  (:func:`~extract.actors._foreign_acronym`); a bracketed country ("(US)") is not one;
* a state body the dictionaries code under one country ("Senate": USAGOVLEG) is another
  country's where the text gives it that owner ("Argentina's Senate": ARGGOVLEG;
  "South Korea's Joint Chiefs of Staff (JCS)": KORMIL) (:func:`~extract.coding.owned_body`),
  and such a body is a node of its own, named with its country ("Senate (Argentina)")
  (graph/build.py ``GraphBuilder._body_owners``); a party or a rebel group backed from
  abroad keeps its code ("Iran's Hezbollah allies").
"""

from __future__ import annotations

import pytest
from actorgraph.graph.actors import firm_words, merge_actors
from actorgraph.graph.build import build_graph

from actorgraph.records import Article, ArticleResult
from tests.records import mention, result, triple

# -- spellings ----------------------------------------------------------------------------

#: Names whose only word besides the spelt one says what kind of body it is: the spelling
#: is all that tells the country, so they are two actors.
COUNTRY_SPELT = [
    ("Labour Party", "Labor Party"),
    ("Defence Ministry", "Defense Ministry"),
    ("Ministry of Defence", "Ministry of Defense"),
    ("Centre Party", "Center Party"),
    ("National Defence Forces", "National Defense Forces"),
]

#: Names with a word that says whose: one actor however it is spelt.
OWNER_NAMED = [
    ("World Health Organisation", "World Health Organization"),
    ("British Labour Party", "British Labor Party"),
    ("Australian Labor Party", "Australian Labour Party"),
    ("Israel Defence Forces", "Israel Defense Forces"),
    ("Centre for Disease Control", "Center for Disease Control"),
]


@pytest.mark.parametrize("one,other", COUNTRY_SPELT)
def test_a_bare_body_spelt_two_ways_is_two_actors(one, other):
    merged = merge_actors({(one, "ORG"): 1, (other, "ORG"): 2})
    assert merged[one] == (one, "name")
    assert merged[other] == (other, "name")


@pytest.mark.parametrize("one,other", OWNER_NAMED)
def test_a_name_that_says_whose_is_one_actor_however_spelt(one, other):
    merged = merge_actors({(one, "ORG"): 1, (other, "ORG"): 2})
    assert merged[one] == (other, "spelling")


def test_labour_and_labor_articles_give_two_nodes_with_their_own_labels():
    G = build_graph([
        result("uk", triple(mention("Conservative Party", "ORG"), "lead",
                            mention("Labour Party", "ORG"), doc="uk")),
        result("au", triple(mention("Labor Party", "ORG"), "defeat",
                            mention("Liberal Party", "ORG"), doc="au")),
        result("uk2", triple(mention("Labour Party", "ORG"), "criticise",
                             mention("Reform UK", "ORG"), doc="uk2")),
    ])
    nodes = {d["label"]: d for _, d in G.nodes(data=True)}
    assert nodes["Labour Party"]["articles"] == ("uk", "uk2")  # the same name: one node
    assert nodes["Labor Party"]["articles"] == ("au",)
    assert "Labor Party" not in nodes["Labour Party"]["aliases"]


@pytest.mark.parametrize("names", [
    ("U.S. State Department", "US State Department"),
    ("UN Security Council", "U.N. Security Council", "United Nations Security Council"),
    ("UK Ministry of Defence", "United Kingdom Ministry of Defence"),
    ("U.S. Navy", "United States Navy"),
])
def test_a_country_short_form_in_front_of_a_name_is_one_node(names):
    merged = merge_actors({(name, "ORG"): i + 1 for i, name in enumerate(names)})
    assert {merged[name][0] for name in names} == {names[-1]}


@pytest.mark.parametrize("bare,owned", [
    ("State Department", "U.S. State Department"),
    ("Senate", "U.S. Senate"),
    ("Security Council", "United Nations Security Council"),
])
def test_a_bare_name_is_not_guessed_to_be_one_countrys(bare, owned):
    merged = merge_actors({(bare, "ORG"): 2, (owned, "ORG"): 1})
    assert merged[bare] == (bare, "name")


# -- surnames and firms -------------------------------------------------------------------

def _firm_and_person(firm: str, word: str, person: str):
    """Article "firm" names the firm, then calls it by its first word (tagged an
    organisation once and a person once); article "person" names the person."""
    firm_article = result(
        "firm", triple(mention(firm, "ORG"), "buy", mention("Westmoor Foods Inc", "ORG"),
                       doc="firm"),
        triple(mention(word, "PERSON"), "notify", mention("Securities and Exchange Commission",
                                                           "ORG"), doc="firm"),
        mentions=(mention(firm, "ORG"), mention(word, "ORG", start=40),
                  mention(word, "PERSON", start=80)))
    person_article = result(
        "person", triple(mention(person, "PERSON"), "accept", mention("bribes", "CONCEPT"),
                         doc="person"),
        triple(mention(word, "PERSON"), "deny", mention("charges", "CONCEPT"), doc="person"),
        mentions=(mention(person, "PERSON"),))
    return build_graph([firm_article, person_article])


@pytest.mark.parametrize("firm,word,person", [
    ("Granger Partners", "Granger", "Howard Granger"),
    ("Morgan Stanley", "Morgan", "Piers Morgan"),
    ("Carlyle Group", "Carlyle", "Thomas Carlyle"),
])
def test_a_firms_first_word_is_not_a_surname_of_another_article(firm, word, person):
    G = _firm_and_person(firm, word, person)
    nodes = {d["label"]: d for _, d in G.nodes(data=True)}
    assert nodes[person]["articles"] == ("person",)
    assert "firm" not in nodes[person]["articles"]


@pytest.mark.parametrize("lone,full,firm", [
    ("Reagan", "Ronald Reagan", "Reagan Foundation"),
    ("Trump", "Donald Trump", "Trump Organization"),
    ("Thatcher", "Margaret Thatcher", "Thatcher Foundation"),
])
def test_a_surname_only_ever_a_person_still_joins_the_full_name(lone, full, firm):
    """Guard: an organisation named after the person does not stop the merge while the
    article tags the lone word a person only."""
    merged = merge_actors({(lone, "PERSON"): 3, (full, "PERSON"): 2, (firm, "ORG"): 1},
                          firm_words=firm_words([(lone, "PERSON"), (firm, "ORG")]))
    assert merged[lone] == (full, "surname")


def test_firm_words_are_one_word_organisation_names_that_begin_a_longer_one():
    names = [("Granger Partners", "ORG"), ("Granger", "ORG"), ("Granger", "PERSON"),
             ("Boeing", "ORG"), ("Westlake Foods Inc", "ORG"), ("Westlake", "GPE")]
    assert firm_words(names) == {"Granger"}


# -- acronyms in brackets -----------------------------------------------------------------

FOREIGN_ACRONYMS = [
    ("Istanbul police detained a district mayor on Tuesday. The main opposition Republican "
     "People's Party (CHP), which runs the district, called the detentions a coup.",
     "CHP", "Republican People's Party"),
    ("Turkey's ruling Justice and Development Party (AKP) criticised the court ruling on "
     "Monday, and the AKP said the judges had gone too far.",
     "AKP", "Justice and Development Party"),
    ("Guerrillas of the National Liberation Army (ELN) bombed an oil pipeline in Arauca "
     "province, the army said. The ELN has attacked the line many times this year.",
     "ELN", "National Liberation Army"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,acronym,name", FOREIGN_ACRONYMS)
def test_a_bracketed_acronym_of_another_language_is_the_organisations(extractor, text,
                                                                      acronym, name):
    (r,) = extractor.extract([Article("t", text)])
    assert (acronym, name) in r.short_forms
    assert all(m.label != acronym for m in r.mentions)


@pytest.mark.model
@pytest.mark.parametrize("text,acronym,name", [
    ("The Israel Defense Forces (IDF) struck targets in Gaza, and the IDF said it hit "
     "militants.", "IDF", "Israel Defense Forces"),
    ("The Association of Tin Producing Countries (ATPC) met in Kuala Lumpur, where the "
     "ATPC agreed to cut exports.", "ATPC", "Association of Tin Producing Countries"),
])
def test_an_acronym_of_the_names_initials_is_still_defined(extractor, text, acronym, name):
    (r,) = extractor.extract([Article("t", text)])
    assert (acronym, name) in r.short_forms


@pytest.mark.model
def test_a_bracketed_country_is_not_an_acronym(extractor):
    (r,) = extractor.extract([Article("t", "Shares of Harmon Brands Inc (US) rose after the "
                                           "company said it had won the contract.")])
    assert all(short != "US" for short, _ in r.short_forms)


def test_an_acronym_an_article_defines_is_not_another_names_initials():
    """Article "tr" defines CHP; article "other" says CHP alone: both are the party, never
    Caldwell Holdings Plc, the only name of the run with the initials CHP."""
    tr = result("tr", triple(mention("Republican People's Party", "ORG"), "call",
                             mention("detentions", "CONCEPT"), doc="tr"),
                mentions=(mention("Republican People's Party", "ORG"),))
    G = build_graph([
        ArticleResult(tr.article, tr.sentences, tr.triples, tr.mentions,
                      (("CHP", "Republican People's Party"),)),
        result("uk", triple(mention("Caldwell Holdings Plc", "ORG"), "buy",
                            mention("Dorset Foods Inc", "ORG"), doc="uk")),
        result("other", triple(mention("CHP", "ORG"), "win", mention("Istanbul", "GPE"),
                               doc="other")),
    ])
    nodes = {d["label"]: d for _, d in G.nodes(data=True)}
    assert nodes["Caldwell Holdings Plc"]["articles"] == ("uk",)
    assert nodes["Republican People's Party"]["articles"] == ("other", "tr")


# -- guards: right merges stay ------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text,short,full", [
    ("President Ronald Reagan met Soviet leader Mikhail Gorbachev in Geneva. Reagan "
     "later praised Gorbachev.", "Reagan", "Ronald Reagan"),
    ("Labour leader Keir Starmer attacked the government's budget on Wednesday. Starmer "
     "said Labour would reverse the cuts.", "Starmer", "Keir Starmer"),
    ("Chancellor Angela Merkel rejected the French plan. Merkel told parliament the "
     "plan would cost too much.", "Merkel", "Angela Merkel"),
])
def test_a_surname_after_the_full_name_stays_the_same_person(extractor, text, short, full):
    (r,) = extractor.extract([Article("t", text)])
    labels = {m.label for m in r.mentions}
    assert full in labels and short not in labels, sorted(labels)


# -- state bodies of another country ---------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text,name,code", [
    ("Argentina's Senate approved the pension reform on Wednesday after a 14-hour debate.",
     "Senate", "ARGGOVLEG"),
    ("Mexico's Senate ratified the trade agreement with Canada on Thursday, and the Senate "
     "said it would review the tariffs.", "Senate", "MEXGOVLEG"),
    ("North Korea fired a ballistic missile on Sunday, South Korea's Joint Chiefs of Staff "
     "(JCS) said. The JCS said the missile flew 400 km.", "Joint Chiefs of Staff", "KORMIL"),
])
def test_a_state_body_another_country_owns_takes_that_countrys_code(extractor, text, name,
                                                                     code):
    (r,) = extractor.extract([Article("t", text)])
    codes = {m.code for m in r.mentions if m.label == name}
    assert codes == {code}, sorted((m.label, m.code) for m in r.mentions)


@pytest.mark.model
@pytest.mark.parametrize("text,name,code", [
    ("The Senate passed the spending bill on Tuesday.", "Senate", "USAGOVLEG"),
    ("Israel's Knesset passed the state budget in a late-night vote.", "Knesset", "ISRGOVLEG"),
    ("Iran's Hezbollah allies fired rockets at northern Israel on Friday.", "Hezbollah",
     "LBNREB"),
])
def test_other_codes_stay(extractor, text, name, code):
    (r,) = extractor.extract([Article("t", text)])
    assert {m.code for m in r.mentions if m.label == name} == {code}


def _body(doc: str, code: str, text: str = "Senate", name: str = "Senate"):
    return result(doc, triple(mention(name, "ORG", text=text, code=code), "pass",
                              mention("bill", "CONCEPT"), doc=doc))


def test_a_state_body_of_two_countries_is_two_nodes():
    G = build_graph([_body("us", "USAGOVLEG"), _body("us2", "USAGOVLEG"),
                     _body("ar", "ARGGOVLEG", "Argentina's Senate"),
                     _body("mx", "MEXGOVLEG", "Mexico's Senate")])
    nodes = {d["label"]: d for _, d in G.nodes(data=True) if d["kind"] == "actor"}
    assert nodes["Senate"]["articles"] == ("us", "us2")
    assert nodes["Senate (Argentina)"]["articles"] == ("ar",)
    assert nodes["Senate (Argentina)"]["country"] == "ARG"
    assert nodes["Senate (Mexico)"]["articles"] == ("mx",)


def test_another_countrys_body_is_named_with_its_country_even_alone():
    """The dictionaries' "Joint Chiefs of Staff" is the US's: South Korea's, in two
    articles, is one node named with its country."""
    G = build_graph([_body(d, "KORMIL", "Joint Chiefs of Staff", "Joint Chiefs of Staff")
                     for d in ("a", "b")])
    nodes = {d["label"]: d for _, d in G.nodes(data=True) if d["kind"] == "actor"}
    assert nodes["Joint Chiefs of Staff (South Korea)"]["articles"] == ("a", "b")


@pytest.mark.parametrize("name,codes", [
    ("Senate", ("USAGOVLEG", "USAGOVLEG")),  # the dictionaries' country in every article
    ("Senate", ("USAGOVLEG", "USAGOV")),  # the same country, two sectors
    ("Acme Holdings", ("USAGOV", "IRNMIL")),  # no state body the dictionaries know
])
def test_codes_alone_do_not_split_a_name(name, codes):
    G = build_graph([_body(f"d{i}", code, name, name) for i, code in enumerate(codes)])
    labels = [d["label"] for _, d in G.nodes(data=True) if d["kind"] == "actor"]
    assert labels == [name]
