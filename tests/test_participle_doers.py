"""Who does what a participle says, and whether it is done (the ``participle`` pattern).

- A participle on a common noun set off after a name describes the one the name names:
  "NetChoice, a trade group representing Meta" (NetChoice represents Meta), "Apex Corp,
  a Houston company owned by Carl Lind" (Lind owns Apex), not some trade group or company.
- "adding" with a noun object and a "to" phrase puts a thing somewhere; it is no act of
  the speaker of the clause it follows: "Tidemark said ships had begun diverting around
  the Cape, adding days to voyages" (the diversion adds them). "..., adding that ..." is
  still the speaker's.
- The "on" gerund of a verb of congratulating is its object's deed: "Reagan congratulated
  Kohl on winning the election" (Kohl won), not its subject's.
- An -ing adjunct of what an event led to is no one's act ("died from the virus, leading
  to encephalitis"); a participle that gives a title acts on no one ("a retrospective
  entitled 'A Tribute' by ABC"); an -ing adjunct of speaking hung on another -ing adjunct
  of a reported clause is the speaker's, and stated ("said it would close mills,
  eliminating jobs, citing imports").
- A thing or a trend as the "by" agent of a passive participle acts on no one: "General
  Motors, hit by falling car sales" (people, names and the things that act in news stay).
- A count that an -ing adjunct says the event changed is no object of the clause's subject:
  "kidnapped a businessman, raising to 27 the number of foreigners held" (no one raised
  the foreigners), "bringing the death toll to 40".
- "Joining X as Y" makes the subject one more Y and joins no one: "Bass emerged as a
  contender, joining Harris and Warren as potential candidates".
- A gerund after a topic preposition of a verb of demanding, negotiating or agreeing, or
  of a noun of intention, is only demanded or discussed, so hedged: "Brazil insisted on
  keeping its share", "failed to reach agreement with its banks on restructuring the debt".
"""

from __future__ import annotations

import pytest
from actorgraph.extract.context import modality
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse

_ENTS = {"NetChoice": "ORG", "Meta": "ORG", "Apex": "ORG", "Lind": "PERSON",
         "Tass": "ORG", "Gorky": "PERSON", "Iran": "GPE", "Reagan": "PERSON",
         "Kohl": "PERSON", "Chirac": "PERSON", "Mitterrand": "PERSON", "Smith": "PERSON",
         "Tidemark": "ORG", "Lavrov": "PERSON", "NATO": "ORG", "Brazil": "GPE",
         "Sterling": "ORG", "Peru": "GPE"}


def pairs(doc):
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


#: a participle on a noun in apposition to a name: (sentence, rows, wanted, unwanted)
_APPOSITIVES = [
    ("NetChoice , a group representing Meta , sued", """
        7 nsubj PROPN NetChoice NNP
        0 punct PUNCT , ,
        3 det DET a DT
        0 appos NOUN group NN
        3 acl VERB represent VBG
        4 dobj PROPN Meta NNP
        0 punct PUNCT , ,
        7 ROOT VERB sue VBD
    """, ("NetChoice", "represent", "Meta"), ("group", "represent", "Meta")),
    ("bid came from Apex , a company owned by Lind", """
        1 nsubj NOUN bid NN
        1 ROOT VERB come VBD
        1 prep ADP from IN
        2 pobj PROPN Apex NNP
        3 punct PUNCT , ,
        6 det DET a DT
        3 appos NOUN company NN
        6 acl VERB own VBN
        7 agent ADP by IN
        8 pobj PROPN Lind NNP
    """, ("Lind", "own", "Apex"), ("Lind", "own", "company")),
    ("Tass , the agency quoting Gorky , said it", """
        7 nsubj PROPN Tass NNP
        0 punct PUNCT , ,
        3 det DET the DT
        0 appos NOUN agency NN
        3 acl VERB quote VBG
        4 dobj PROPN Gorky NNP
        0 punct PUNCT , ,
        7 ROOT VERB say VBD
        7 dobj PRON it PRP
    """, ("Tass", "quote", "Gorky"), ("agency", "quote", "Gorky")),
]


@pytest.mark.parametrize(("sentence", "rows", "wanted", "unwanted"), _APPOSITIVES)
def test_a_participle_on_an_apposition_describes_the_name(sentence, rows, wanted, unwanted):
    found = pairs(parse(sentence, rows, ents=_ENTS))
    assert wanted in found
    assert unwanted not in found


def test_a_second_apposition_is_not_the_names():
    # guard: "Cruz, one of the leaders, the group of rebels fighting Managua" (the group is
    # not Cruz: it does not follow the name)
    doc = parse("Cruz , one of leaders , the group of rebels fighting Managua", """
        0 ROOT PROPN Cruz NNP
        0 punct PUNCT , ,
        0 appos NUM one CD
        2 prep ADP of IN
        3 pobj NOUN leader NNS
        0 punct PUNCT , ,
        7 det DET the DT
        0 appos NOUN group NN
        7 prep ADP of IN
        8 pobj NOUN rebel NNS
        7 acl VERB fight VBG
        10 dobj PROPN Managua NNP
    """, ents={"Cruz": "PERSON", "Managua": "GPE"})
    assert not any(s == "Cruz" and o == "Managua" for s, _, o in pairs(doc))


def test_a_summing_apposition_is_not_the_names():
    # guard: "told the militia to leave Sinjar, a demand made by the Kurds" (the demand is
    # what was ordered, not Sinjar)
    doc = parse("Sudani ordered militia to leave Sinjar , a demand made by Kurds", """
        1 nsubj PROPN Sudani NNP
        1 ROOT VERB order VBD
        1 dobj NOUN militia NN
        4 aux PART to TO
        1 xcomp VERB leave VB
        4 dobj PROPN Sinjar NNP
        5 punct PUNCT , ,
        8 det DET a DT
        5 appos NOUN demand NN
        8 acl VERB make VBN
        9 agent ADP by IN
        10 pobj PROPN Kurds NNPS
    """, ents={"Sudani": "PERSON", "Sinjar": "GPE", "Kurds": "NORP"})
    assert not any(s == "Kurds" and o == "Sinjar" for s, _, o in pairs(doc))


def test_a_participle_on_a_noun_with_no_name_keeps_the_noun():
    # guard: no apposition ("a group representing Meta sued")
    doc = parse("a group representing Meta sued", """
        1 det DET a DT
        4 nsubj NOUN group NN
        1 acl VERB represent VBG
        2 dobj PROPN Meta NNP
        4 ROOT VERB sue VBD
    """, ents=_ENTS)
    assert ("group", "represent", "Meta") in pairs(doc)


#: an -ing adjunct of "add" on a reported clause: (sentence, rows, unwanted, wanted or None)
_ADDING = [
    ("Tidemark said ships began sailing , adding days to voyages", """
        1 nsubj PROPN Tidemark NNP
        1 ROOT VERB say VBD
        3 nsubj NOUN ship NNS
        1 ccomp VERB begin VBD
        3 xcomp VERB sail VBG
        3 punct PUNCT , ,
        3 advcl VERB add VBG
        6 dobj NOUN day NNS
        6 prep ADP to IN
        8 pobj NOUN voyage NNS
    """, ("Tidemark", "add", "days"), ("ships", "add", "days")),
    ("Iran said tankers took the long route , adding costs to shipments", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB say VBD
        3 nsubj NOUN tanker NNS
        1 ccomp VERB take VBD
        6 det DET the DT
        6 amod ADJ long JJ
        3 dobj NOUN route NN
        3 punct PUNCT , ,
        3 advcl VERB add VBG
        8 dobj NOUN cost NNS
        8 prep ADP to IN
        10 pobj NOUN shipment NNS
    """, ("Iran", "add", "costs"), ("tankers", "add", "costs")),
]


@pytest.mark.parametrize(("sentence", "rows", "unwanted", "wanted"), _ADDING)
def test_adding_a_thing_is_no_act_of_the_speaker(sentence, rows, unwanted, wanted):
    found = pairs(parse(sentence, rows, ents=_ENTS))
    assert unwanted not in found
    if wanted is not None:
        assert wanted in found


def test_adding_that_is_still_said_by_the_speaker():
    # guard: "Lavrov said Moscow wanted peace, adding NATO must withdraw" (a clause)
    doc = parse("Lavrov said Moscow wanted peace , warning NATO", """
        1 nsubj PROPN Lavrov NNP
        1 ROOT VERB say VBD
        3 nsubj PROPN Moscow NNP
        1 ccomp VERB want VBD
        3 dobj NOUN peace NN
        3 punct PUNCT , ,
        3 advcl VERB warn VBG
        6 dobj PROPN NATO NNP
    """, ents={**_ENTS, "Moscow": "GPE"})
    assert ("Lavrov", "warn", "NATO") in pairs(doc)


def test_citing_after_another_adjunct_is_the_speakers_and_stated():
    # "X said it would close mills, eliminating jobs, citing imports": X cites them now
    doc = parse("Textile said it would close mills , eliminating jobs , citing imports", """
        1 nsubj PROPN Textile NNP
        1 ROOT VERB say VBD
        4 nsubj PRON it PRP
        4 aux AUX would MD
        1 ccomp VERB close VB
        4 dobj NOUN mill NNS
        4 punct PUNCT , ,
        4 advcl VERB eliminate VBG
        7 dobj NOUN job NNS
        7 punct PUNCT , ,
        7 advcl VERB cite VBG
        10 dobj NOUN import NNS
    """, ents={"Textile": "ORG"})
    assert ("Textile", "cite", "imports") in pairs(doc)
    assert modality(doc[10]).hedged is False
    assert modality(doc[7]).hedged is True  # the eliminating is still to come


#: an -ing adjunct of what the event led to: (sentence, rows, the gerund's index)
_OUTCOMES = [
    ("Hagan died from virus , leading to encephalitis", """
        1 nsubj PROPN Hagan NNP
        1 ROOT VERB die VBD
        1 prep ADP from IN
        2 pobj NOUN virus NN
        1 punct PUNCT , ,
        1 advcl VERB lead VBG
        5 prep ADP to IN
        6 pobj NOUN encephalitis NN
    """),
    ("Milwaukee cut stations , leading to lines", """
        1 nsubj PROPN Milwaukee NNP
        1 ROOT VERB cut VBD
        1 dobj NOUN station NNS
        1 punct PUNCT , ,
        1 advcl VERB lead VBG
        4 prep ADP to IN
        5 pobj NOUN line NNS
    """),
    ("Iran closed Hormuz , leading to shortages", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB close VBD
        1 dobj PROPN Hormuz NNP
        1 punct PUNCT , ,
        1 advcl VERB lead VBG
        4 prep ADP to IN
        5 pobj NOUN shortage NNS
    """),
]


@pytest.mark.parametrize(("sentence", "rows"), _OUTCOMES)
def test_what_an_event_led_to_is_no_ones_act(sentence, rows):
    doc = parse(sentence, rows, ents={"Hagan": "PERSON", "Milwaukee": "GPE", "Iran": "GPE",
                                      "Hormuz": "LOC"})
    subject = doc[0].text
    assert not any(s == subject and r.startswith(("lead", "result")) for s, r, _ in pairs(doc))


def test_leading_someone_is_a_deed():
    # guard: "Honasan seized the base, leading the rebels" (an object: a deed)
    doc = parse("Honasan seized base , leading rebels", """
        1 nsubj PROPN Honasan NNP
        1 ROOT VERB seize VBD
        1 dobj NOUN base NN
        1 punct PUNCT , ,
        1 advcl VERB lead VBG
        4 dobj NOUN rebel NNS
    """, ents={"Honasan": "PERSON"})
    assert ("Honasan", "lead", "rebels") in pairs(doc)


#: a participle that gives a title: (sentence, rows)
_TITLES = [
    ("NBC aired film about Boseman entitled Tribute by ABC", """
        1 nsubj PROPN NBC NNP
        1 ROOT VERB air VBD
        1 dobj NOUN film NN
        2 prep ADP about IN
        3 pobj PROPN Boseman NNP
        4 acl VERB entitle VBN
        5 oprd PROPN Tribute NNP
        5 agent ADP by IN
        7 pobj PROPN ABC NNP
    """),
    ("book on Stalin entitled Terror by Conquest", """
        0 ROOT NOUN book NN
        0 prep ADP on IN
        1 pobj PROPN Stalin NNP
        2 acl VERB entitle VBN
        3 oprd PROPN Terror NNP
        3 agent ADP by IN
        5 pobj PROPN Conquest NNP
    """),
    ("report on Iran titled Crisis by Amnesty", """
        0 ROOT NOUN report NN
        0 prep ADP on IN
        1 pobj PROPN Iran NNP
        2 acl VERB title VBN
        3 oprd PROPN Crisis NNP
        3 agent ADP by IN
        5 pobj PROPN Amnesty NNP
    """),
]


@pytest.mark.parametrize(("sentence", "rows"), _TITLES)
def test_a_title_acts_on_no_one(sentence, rows):
    doc = parse(sentence, rows, ents={"ABC": "ORG", "Boseman": "PERSON", "Iran": "GPE",
                                      "Amnesty": "ORG", "NBC": "ORG", "Stalin": "PERSON",
                                      "Conquest": "PERSON"})
    assert not any(r.startswith(("entitle", "title")) for _, r, _ in pairs(doc))


REAL_THING_AGENTS = {
    "a thing or trend as the agent of a passive participle": [
        ("General Motors Corp, hit by falling car sales, said it would close four plants.",
         [("General Motors Corp", "close", "plants", False, True)],
         [("falling car sales", "General Motors Corp")]),
        ("Japanese exporters, hurt by the strong yen, cut their prices.", [],
         [("strong yen", "Japanese exporters")]),
        ("Hanwell's earnings, boosted by higher steel prices, rose 40 pct.", [],
         [("higher steel prices", "Hanwell")]),
        # guards: people, a name, a thing that acts in news
        ("Kramatorsk, shelled by Russian forces, lost its water supply.",
         [("Russia", "shell", "Kramatorsk", False, False)], []),
        ("A single police officer surrounded by protesters drew his pistol.",
         [("protesters", "surround", "single police officer", False, False)], []),
        ("The ceasefire, brokered by the United Nations, held.",
         [("United Nations", "broker", "ceasefire", False, False)], []),
        ("Rescued by Thai Navy SEALs from a flooded mine, the twelve miners were recovering "
         "in a hospital in Chiang Mai on Friday, officials said.",
         [("Thai Navy SEALs", "rescue", "miners", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_THING_AGENTS))
def test_a_thing_is_no_agent(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


def test_a_thing_agent_is_told_from_people():
    from actorgraph.extract.participial import thing_agent

    doc = parse("GM , hit by sales and losses , closed plants", """
        7 nsubj PROPN GM NNP
        0 punct PUNCT , ,
        0 acl VERB hit VBN
        2 agent ADP by IN
        3 pobj NOUN sale NNS
        4 cc CCONJ and CC
        4 conj NOUN loss NNS
        2 punct PUNCT , ,
        7 ROOT VERB close VBD
        8 dobj NOUN plant NNS
    """, ents={"GM": "ORG"})
    assert thing_agent("participle", doc[4], doc[2], True)
    assert thing_agent("participle", doc[6], doc[2], True)  # a conjunct of the agent
    assert not thing_agent("participle", doc[4], doc[2], False)  # resolved to an actor
    assert not thing_agent("svo", doc[4], doc[2], True)
    people = parse("officer surrounded by protesters and police", """
        0 ROOT NOUN officer NN
        0 acl VERB surround VBN
        1 agent ADP by IN
        2 pobj NOUN protester NNS
        3 cc CCONJ and CC
        3 conj NOUN police NNS
    """)
    assert not thing_agent("participle", people[3], people[1], True)
    assert not thing_agent("participle", people[5], people[1], True)


#: an -ing adjunct changing a count: (sentence, rows, predicate, object, is the count's)
_COUNTS = [
    ("Gunmen kidnapped man , raising to 27 the number of foreigners held", """
        1 nsubj NOUN gunman NNS
        1 ROOT VERB kidnap VBD
        1 dobj NOUN man NN
        1 punct PUNCT , ,
        1 advcl VERB raise VBG
        4 prep ADP to IN
        5 pobj NUM 27 CD
        8 det DET the DT
        4 dobj NOUN number NN
        8 prep ADP of IN
        9 pobj NOUN foreigner NNS
        10 acl VERB hold VBN
    """, 4, 10, True),
    ("Rebels killed soldiers , bringing the death toll to 40", """
        1 nsubj NOUN rebel NNS
        1 ROOT VERB kill VBD
        1 dobj NOUN soldier NNS
        1 punct PUNCT , ,
        1 advcl VERB bring VBG
        7 det DET the DT
        7 compound NOUN death NN
        4 dobj NOUN toll NN
        4 prep ADP to IN
        8 pobj NUM 40 CD
    """, 4, 7, True),
    ("Troops freed hostages , lifting the total of those freed to 12", """
        1 nsubj NOUN troop NNS
        1 ROOT VERB free VBD
        1 dobj NOUN hostage NNS
        1 punct PUNCT , ,
        1 advcl VERB lift VBG
        6 det DET the DT
        4 dobj NOUN total NN
        6 prep ADP of IN
        7 pobj PRON those DT
        8 acl VERB free VBN
        4 prep ADP to IN
        10 pobj NUM 12 CD
    """, 4, 8, True),
    # guards: a stake is no count; a count not changed by the participle
    ("Icahn bought shares , bringing his stake to 12 pct", """
        1 nsubj PROPN Icahn NNP
        1 ROOT VERB buy VBD
        1 dobj NOUN share NNS
        1 punct PUNCT , ,
        1 advcl VERB bring VBG
        6 poss PRON his PRP$
        4 dobj NOUN stake NN
        4 prep ADP to IN
        9 nummod NUM 12 CD
        7 pobj NOUN pct NN
    """, 4, 6, False),
    ("Police arrested rebels , seizing a number of rifles", """
        1 nsubj NOUN police NNS
        1 ROOT VERB arrest VBD
        1 dobj NOUN rebel NNS
        1 punct PUNCT , ,
        1 advcl VERB seize VBG
        6 det DET a DT
        4 dobj NOUN number NN
        6 prep ADP of IN
        7 pobj NOUN rifle NNS
    """, 4, 8, False),
]


@pytest.mark.parametrize(("sentence", "rows", "predicate", "obj", "counted"), _COUNTS)
def test_a_changed_count_is_no_object(sentence, rows, predicate, obj, counted):
    from actorgraph.extract.participial import counted_object

    doc = parse(sentence, rows, ents={"Icahn": "PERSON"})
    assert counted_object("participle", doc[predicate], doc[obj]) is counted


REAL_LIKENED = {
    "joining others as one more of a kind": [
        ("Congresswoman Karen Bass emerged as a significant contender to be Biden's running "
         "mate, joining Senators Kamala Harris, Elizabeth Warren, and Tammy Duckworth as "
         "potential candidates.", [], [("Karen Bass", "Kamala Harris"),
                                       ("Karen Bass", "Elizabeth Warren")]),
        ("Italy abstained in the vote, joining Greece and Spain as the only members to "
         "oppose the sanctions.", [], [("Italy", "Greece"), ("Italy", "Spain")]),
        ("Portugal left the talks, joining Norway as the second country to quit the group.",
         [], [("Portugal", "Norway")]),
        # guards: joining someone in an act; joining a body as a member (no adjunct)
        ("Canada expelled two Soviet diplomats, joining Britain in accusing Moscow of "
         "spying.", [("Canada", "join", "United Kingdom", False, False)], []),
        ("Britain joined the talks as an observer.",
         [("United Kingdom", "join", "talks", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_LIKENED))
def test_joining_as_one_more_joins_no_one(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


#: a gerund after "on" of a verb of congratulating: (sentence, rows, wanted, unwanted)
_CONGRATULATED = [
    ("Reagan congratulated Kohl on winning the vote", """
        1 nsubj PROPN Reagan NNP
        1 ROOT VERB congratulate VBD
        1 dobj PROPN Kohl NNP
        1 prep ADP on IN
        3 pcomp VERB win VBG
        6 det DET the DT
        4 dobj NOUN vote NN
    """, ("Kohl", "win", "vote"), ("Reagan", "win", "vote")),
    ("Mitterrand complimented Chirac on forming a cabinet", """
        1 nsubj PROPN Mitterrand NNP
        1 ROOT VERB compliment VBD
        1 dobj PROPN Chirac NNP
        1 prep ADP on IN
        3 pcomp VERB form VBG
        6 det DET a DT
        4 dobj NOUN cabinet NN
    """, ("Chirac", "form", "cabinet"), ("Mitterrand", "form", "cabinet")),
    ("Smith congratulated Reagan on signing the treaty", """
        1 nsubj PROPN Smith NNP
        1 ROOT VERB congratulate VBD
        1 dobj PROPN Reagan NNP
        1 prep ADP on IN
        3 pcomp VERB sign VBG
        6 det DET the DT
        4 dobj NOUN treaty NN
    """, ("Reagan", "sign", "treaty"), ("Smith", "sign", "treaty")),
]


@pytest.mark.parametrize(("sentence", "rows", "wanted", "unwanted"), _CONGRATULATED)
def test_the_one_congratulated_did_the_deed(sentence, rows, wanted, unwanted):
    found = pairs(parse(sentence, rows, ents=_ENTS))
    assert wanted in found
    assert unwanted not in found


def test_a_temporal_on_gerund_keeps_the_subject():
    # guard: "On arriving in Peru, Smith met Reagan"
    doc = parse("Smith met Reagan on arriving in Peru", """
        1 nsubj PROPN Smith NNP
        1 ROOT VERB meet VBD
        1 dobj PROPN Reagan NNP
        1 prep ADP on IN
        3 pcomp VERB arrive VBG
        4 prep ADP in IN
        5 pobj PROPN Peru NNP
    """, ents=_ENTS)
    found = pairs(doc)
    assert not any(s == "Reagan" and r.startswith("arrive") for s, r, _ in found)


#: a gerund after a topic preposition: (sentence, rows, index of the gerund, hedged)
_TOPICS = [
    ("Brazil insisted on keeping its share", """
        1 nsubj PROPN Brazil NNP
        1 ROOT VERB insist VBD
        1 prep ADP on IN
        2 pcomp VERB keep VBG
        5 poss PRON its PRP$
        3 dobj NOUN share NN
    """, 3, True),
    ("Sterling reached no agreement on restructuring debt", """
        1 nsubj PROPN Sterling NNP
        1 ROOT VERB reach VBD
        3 det DET no DT
        1 dobj NOUN agreement NN
        1 prep ADP on IN
        4 pcomp VERB restructure VBG
        5 dobj NOUN debt NN
    """, 5, True),
    ("unions held talks on ending the strike", """
        1 nsubj NOUN union NNS
        1 ROOT VERB hold VBD
        1 dobj NOUN talk NNS
        2 prep ADP on IN
        3 pcomp VERB end VBG
        6 det DET the DT
        4 dobj NOUN strike NN
    """, 4, True),
    # guards: a gerund of time; a gerund of means
    ("Smith left on hearing the news", """
        1 nsubj PROPN Smith NNP
        1 ROOT VERB leave VBD
        1 prep ADP on IN
        2 pcomp VERB hear VBG
        5 det DET the DT
        3 dobj NOUN news NN
    """, 3, False),
    ("Iran retaliated by hitting tankers", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB retaliate VBD
        1 prep ADP by IN
        2 pcomp VERB hit VBG
        3 dobj NOUN tanker NNS
    """, 3, False),
]


@pytest.mark.parametrize(("sentence", "rows", "gerund", "hedged"), _TOPICS)
def test_a_gerund_only_discussed_is_hedged(sentence, rows, gerund, hedged):
    doc = parse(sentence, rows, ents=_ENTS)
    assert modality(doc[gerund]).hedged is hedged


REAL_SENTENCES = {
    "a participle on an apposition of a name": [
        ("The justices will take up an appeal by NetChoice, a trade group representing "
         "Meta and Google.", [("NetChoice", "represent", "Meta", False, False)],
         [("trade group", "Meta")]),
        ("The offer was made by Apex Corp, a Houston company owned by investor Carl Lind.",
         [("Carl Lind", "own", "Apex Corp", False, False)], [("Carl Lind", "Houston company")]),
        ("Dorchester Group Inc, a privately held investment firm controlled by financier "
         "Arthur Linwood, said it began a tender offer.",
         [("Arthur Linwood", "control", "Dorchester Group Inc", False, False)], []),
    ],
    "adding a thing after a reported clause": [
        ("Maritime security firm Tidemark Risk said some ships linked to Israel had begun "
         "diverting away from the Red Sea and around the Cape of Good Hope, adding days to "
         "voyages.", [], [("Tidemark Risk", "voyages"), ("Tidemark Risk", "days")]),
        ("The ministry said Iranian gunboats had attacked three tankers near Dubai, adding "
         "that two crewmen were hurt.", [], []),
    ],
    "an -ing adjunct of what the event led to": [
        ("Kay Hagan died from Powassan virus, leading to encephalitis.", [],
         [("Kay Hagan", "encephalitis")]),
        ("The city of Milwaukee reduced the number of polling stations from 180 to 5, "
         "leading to lines multiple blocks long.", [], [("Milwaukee", "lines")]),
    ],
    "citing after another adjunct of a reported clause": [
        ("General Textile Corp said it would close three weaving mills in South Carolina, "
         "eliminating about 1,450 jobs, citing rising imports of cotton fabric from China.",
         [("General Textile Corp", "cite", "rising imports of cotton fabric", False, False),
          ("General Textile Corp", "eliminate", "jobs", False, True)], []),
    ],
    "the one congratulated did the deed": [
        ("Reagan congratulated Kohl on winning the election.",
         [("Kohl", "win", "election", False, False)], [("Reagan", "election")]),
        ("Mitterrand congratulated Chirac on forming a government.",
         [("Chirac", "form", "government", False, False)], [("Mitterrand", "government")]),
    ],
    "a gerund only demanded or discussed": [
        ("Brazil insisted on keeping its historical share of about 30 pct of the market.",
         [("Brazil", "keep", "Brazil's historical share", False, True)], []),
        ("Sterling Drilling Co said it filed for protection from its creditors after failing "
         "to reach agreement with its banks on restructuring 340 mln dlrs of debt.",
         [("Sterling Drilling Co", "restructure", "debt", False, True)], []),
        ("Iran retaliated by hitting vessels trading with Kuwait.",
         [("Iran", "hit", "vessels trading with Kuwait", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
