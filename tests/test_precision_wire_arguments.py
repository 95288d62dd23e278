"""Arguments of wire triples as a strict reader judges them.

- A blamed act misparsed as a reduced relative ("an attack on a checkpoint killed 20
  soldiers", "killed" hung on "checkpoint") has its own object: the blamed group killed the
  soldiers, not the checkpoint.
- Parties urged to accept a proposal of an event ("a ceasefire proposal", "the peace
  plan") hold no such event between them ([proposal_nouns]).
- "said on the Senate floor / on Twitter": where or through what it was said, no party.
- A market after "on" hung on a noun ("made no offer for Orchard, whose shares closed ...,
  on the American Stock Exchange") is where shares trade, not the noun's target
  ([exchange_words]).
- What a pact or talks are about ("a pact on semiconductor trade") is no party to them.
- A people or body noun keeps a complement with a name in it of up to six words
  ("executives of collapsed lender Kelvin Finance Ltd").
- A "to" phrase right after a noun of goods going somewhere, inside a prepositional phrase,
  is that noun's ("a trade war over EC grain sales to Spain"), not the verb's.
- A bare definite people or body subject left unresolved after a text's first sentence
  ("the workers", "the court": it points back to someone the text named) is dropped; a
  bare "the court / cartel / team" first points back to a name with that word ("Israel's
  Supreme Court", "the Sinaloa Cartel", "the Spanish team Orbea-Castilla").
- A state institution owned by "his" or "her" stands for the person's one country:
  "Kenyan President Daniel arap Moi denied that his troops had crossed into Uganda".
"""

from __future__ import annotations

import pytest
from actorgraph.extract.actors import concept_complement
from actorgraph.extract.hygiene import repair_verbs
from actorgraph.extract.pipeline import _trading_venue
from actorgraph.extract.triples import all_triples
from actorgraph.extract.vague import bare_definite

from tests.constructions import check_precision
from tests.docs import parse


def triples(doc):
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


# -- a blamed act misparsed as a reduced relative ------------------------------------------

_BLAMED_ROWS = """
    1 nsubj NOUN official NNS
    1 ROOT VERB say VBD
    1 npadvmod NOUN day NNS
    2 prep ADP after IN
    5 det DET an DT
    3 pobj NOUN {event} NN
    5 prep ADP on IN
    8 det DET a DT
    6 pobj NOUN {place} NN
    8 acl VERB kill VBN
    11 nummod NUM 20 CD
    9 dobj NOUN {victim} NNS
    1 punct PUNCT . .
    14 det DET the DT
    15 nsubj NOUN army NN
    15 ROOT VERB blame VBD
    17 det DET the DT
    15 dobj PROPN {group} NNP
    15 prep ADP for IN
    20 det DET the DT
    18 pobj NOUN {event} NN
    15 punct PUNCT . .
"""


@pytest.mark.parametrize(("event", "place", "victim", "group"), [
    ("attack", "checkpoint", "soldiers", "Taliban"),
    ("bombing", "market", "shoppers", "Shabaab"),
    ("ambush", "convoy", "guards", "Hezbollah"),
])
def test_a_blamed_act_kills_its_own_object(event, place, victim, group):
    text = (f"Officials said days after an {event} on a {place} killed 20 {victim} . "
            f"The army blamed the {group} for the {event} .")
    doc = parse(text, _BLAMED_ROWS.format(event=event, place=place, victim=victim,
                                          group=group), ents={group: "ORG"})
    found = triples(doc)
    assert (group, "kill", victim) in found
    assert (group, "kill", place) not in found


# -- parties urged to accept a proposal --------------------------------------------------

def _urged(noun_rows: str, words: str):
    text = f"Qatar urged Hamas and Israel to accept a {words}"
    rows = """
        1 nsubj PROPN Qatar NNP
        1 ROOT VERB urge VBD
        1 dobj PROPN Hamas NNP
        2 cc CCONJ and CC
        2 conj PROPN Israel NNP
        6 aux PART to TO
        1 xcomp VERB accept VB
    """.rstrip() + noun_rows
    return parse(text, rows, ents={"Qatar": "GPE", "Hamas": "ORG", "Israel": "GPE"})


@pytest.mark.parametrize(("words", "compound"), [("ceasefire proposal", "ceasefire"),
                                                 ("truce proposal", "truce"),
                                                 ("ceasefire draft", "ceasefire")])
def test_parties_urged_to_accept_a_proposal_hold_no_event(words, compound):
    head = words.split()[1]
    doc = _urged(f"""
        9 det DET a DT
        9 compound NOUN {compound} NN
        6 dobj NOUN {head} NN
    """, words)
    found = triples(doc)
    assert not any({s, o} == {"Hamas", "Israel"} for s, _, o in found), found


def test_parties_urged_to_accept_a_ceasefire_hold_one():
    # (guard) the event noun itself: "to accept a ceasefire" is one between them
    doc = _urged("""
        8 det DET a DT
        6 dobj NOUN ceasefire NN
    """, "ceasefire")
    assert ("Hamas", "ceasefire", "Israel") in triples(doc)


# -- where something was said ---------------------------------------------------------------

@pytest.mark.parametrize(("place", "ent"), [("Twitter", "ORG"), ("CNN", "ORG"),
                                            ("Fox News", "ORG")])
def test_said_on_is_a_setting(place, ent):
    words = place.split()
    rows = "".join(f"{len(words) + 2} compound PROPN {w} NNP\n" for w in words[:-1])
    doc = parse(f"Hawley said on {place}", f"""
        1 nsubj PROPN Hawley NNP
        1 ROOT VERB say VBD
        1 prep ADP on IN
        {rows}2 pobj PROPN {words[-1]} NNP
    """, ents={"Hawley": "PERSON", place: ent})
    assert not any(o == place for _, _, o in triples(doc))


def test_reported_on_keeps_its_topic():
    # (guard) a verb of reporting that is no verb of saying: "reported on X" is about X
    doc = parse("Reuters reported on Boeing", """
        1 nsubj PROPN Reuters NNP
        1 ROOT VERB report VBD
        1 prep ADP on IN
        2 pobj PROPN Boeing NNP
    """, ents={"Reuters": "ORG", "Boeing": "ORG"})
    assert any(o == "Boeing" for _, _, o in triples(doc))


# -- a trading venue --------------------------------------------------------------------------

@pytest.mark.parametrize("noun", ["offer", "bid", "listing"])
def test_a_market_after_on_hung_on_a_noun_is_a_venue(noun):
    # "made an offer for Orchard, whose shares closed ..., on the American Stock Exchange"
    doc = parse(f"made an {noun} for Orchard on the American Stock Exchange", f"""
        0 ROOT VERB make VBD
        2 det DET an DT
        0 dobj NOUN {noun} NN
        2 prep ADP for IN
        3 pobj PROPN Orchard NNP
        2 prep ADP on IN
        9 det DET the DT
        9 compound PROPN American NNP
        9 compound PROPN Stock NNP
        5 pobj PROPN Exchange NNP
    """, ents={"Orchard": "ORG", "American Stock Exchange": "ORG"})
    assert _trading_venue(doc[9])
    assert not _trading_venue(doc[4])  # "for Orchard"


def test_a_market_after_on_hung_on_a_verb_is_said_so():
    # (guard) "rose on the London Metal Exchange": where the price rose, as said
    doc = parse("copper rose on the London Metal Exchange", """
        1 nsubj NOUN copper NN
        1 ROOT VERB rise VBD
        1 prep ADP on IN
        6 det DET the DT
        6 compound PROPN London NNP
        6 compound PROPN Metal NNP
        2 pobj PROPN Exchange NNP
    """, ents={"London Metal Exchange": "ORG"})
    assert not _trading_venue(doc[6])


def test_a_market_sued_or_an_agreement_on_is_no_venue():
    doc = parse("Citadel sued the Exchange and agreed on the Paris Agreement", """
        1 nsubj PROPN Citadel NNP
        1 ROOT VERB sue VBD
        3 det DET the DT
        1 dobj PROPN Exchange NNP
        1 cc CCONJ and CC
        1 conj VERB agree VBD
        5 prep ADP on IN
        9 det DET the DT
        9 compound PROPN Paris NNP
        6 pobj PROPN Agreement NNP
    """, ents={"Citadel": "ORG", "Exchange": "ORG", "Paris Agreement": "LAW"})
    assert not _trading_venue(doc[3]) and not _trading_venue(doc[9])


# -- complements that name --------------------------------------------------------------------

def test_a_named_complement_of_six_words_is_kept():
    doc = parse("charged former executives of collapsed lender Kelvin Finance Ltd", """
        0 ROOT VERB charge VBD
        2 amod ADJ former JJ
        0 dobj NOUN executive NNS
        2 prep ADP of IN
        5 amod ADJ collapsed JJ
        8 compound NOUN lender NN
        8 compound PROPN Kelvin NNP
        8 compound PROPN Finance NNP
        3 pobj PROPN Ltd NNP
    """, ents={"Kelvin Finance Ltd": "ORG"})
    prep, obj = concept_complement(doc[2])
    assert (prep.text, obj.text) == ("of", "Ltd")


def test_workers_at_a_named_mine_keep_it():
    doc = parse("Workers at BHP Group 's Escondida mine struck", """
        7 nsubj NOUN worker NNS
        0 prep ADP at IN
        3 compound PROPN BHP NNP
        6 poss PROPN Group NNP
        3 case PART 's POS
        6 compound PROPN Escondida NNP
        1 pobj NOUN mine NN
        7 ROOT VERB strike VBD
    """, ents={"BHP Group": "ORG", "Escondida": "FAC"})
    assert concept_complement(doc[0]) is not None


def test_a_long_complement_without_a_name_is_not():
    # (guard) five words and no name: too long for a label
    doc = parse("arrested employees of the large old state oil company", """
        0 ROOT VERB arrest VBD
        0 dobj NOUN employee NNS
        1 prep ADP of IN
        8 det DET the DT
        8 amod ADJ large JJ
        8 amod ADJ old JJ
        8 compound NOUN state NN
        8 compound NOUN oil NN
        2 pobj NOUN company NN
    """)
    assert concept_complement(doc[1]) is None


# -- a destination after a flow noun ------------------------------------------------------

def _flow_doc(noun: str, lemma: str, dep: str):
    # "averted a war over grain <noun> to Spain", the "to" on the verb; with dep "dobj"
    # the noun is the verb's object ("cut grain exports to Spain")
    if dep == "pobj":
        text = f"averted a war over grain {noun} to Spain"
        rows = f"""
            0 ROOT VERB avert VBD
            2 det DET a DT
            0 dobj NOUN war NN
            2 prep ADP over IN
            5 compound NOUN grain NN
            3 pobj NOUN {lemma} NNS
            0 prep ADP to IN
            6 pobj PROPN Spain NNP
        """
        return parse(text, rows, ents={"Spain": "GPE"}), 6
    text = f"cut grain {noun} to Spain"
    rows = f"""
        0 ROOT VERB cut VBD
        2 compound NOUN grain NN
        0 dobj NOUN {lemma} NNS
        0 prep ADP to IN
        3 pobj PROPN Spain NNP
    """
    return parse(text, rows, ents={"Spain": "GPE"}), 3


@pytest.mark.parametrize(("noun", "lemma"), [("sales", "sale"), ("exports", "export"),
                                             ("shipments", "shipment")])
def test_a_destination_after_a_flow_noun_is_the_nouns(noun, lemma):
    doc, to = _flow_doc(noun, lemma, "pobj")
    repair_verbs(doc)
    assert doc[to].head.text == noun
    assert not any(o == "Spain" and lemma_ .startswith("avert")
                   for _, lemma_, o in triples(doc))


def test_a_flow_object_and_other_nouns_keep_the_parse():
    # (guards) the verb's own object ("cut grain exports to Spain"), a noun of no flow
    doc, to = _flow_doc("exports", "export", "dobj")
    repair_verbs(doc)
    assert doc[to].head.text == "cut"
    doc, to = _flow_doc("prices", "price", "pobj")
    repair_verbs(doc)
    assert doc[to].head.text == "averted"


# -- bare definite subjects ------------------------------------------------------------------

def _later(text: str, rows: str):
    """The sentence after a first one ("Rain fell ."): a definite there points back."""
    lines = [line.split() for line in rows.strip().splitlines()]
    shifted = "\n".join(" ".join([str(int(line[0]) + 3), *line[1:]]) for line in lines)
    doc = parse(f"Rain fell . {text}", "1 nsubj NOUN rain NN\n1 ROOT VERB fall VBD\n"
                                       "1 punct PUNCT . .\n" + shifted)
    return doc, 3


@pytest.mark.parametrize(("text", "rows", "head"), [
    ("the workers blocked it", """
        1 det DET the DT
        2 nsubj NOUN worker NNS
        2 ROOT VERB block VBD
        2 dobj PRON it PRP
    """, 1),
    ("the court blocked it", """
        1 det DET the DT
        2 nsubj NOUN court NN
        2 ROOT VERB block VBD
        2 dobj PRON it PRP
    """, 1),
    ("his troops crossed it", """
        1 poss PRON his PRP$
        2 nsubj NOUN troop NNS
        2 ROOT VERB cross VBD
        2 dobj PRON it PRP
    """, 1),
    ("the team appealed", """
        1 det DET the DT
        2 nsubj NOUN team NN
        2 ROOT VERB appeal VBD
    """, 1),
])
def test_a_bare_definite_people_subject(text, rows, head):
    doc, offset = _later(text, rows)
    assert bare_definite(doc[head + offset])
    # in a text's first sentence it introduces its own
    assert not bare_definite(parse(text, rows)[head])


@pytest.mark.parametrize(("text", "rows", "head"), [
    # a bare plural, a modifier that says which, a thing
    ("gunmen kidnapped them", """
        1 nsubj NOUN gunman NNS
        1 ROOT VERB kidnap VBD
        1 dobj PRON them PRP
    """, 0),
    ("the Kenyan court ruled", """
        2 det DET the DT
        2 amod ADJ kenyan JJ
        3 nsubj NOUN court NN
        3 ROOT VERB rule VBD
    """, 2),
    ("the workers at the mine struck", """
        1 det DET the DT
        5 nsubj NOUN worker NNS
        1 prep ADP at IN
        4 det DET the DT
        2 pobj NOUN mine NN
        5 ROOT VERB strike VBD
    """, 1),
    ("the coronavirus causes it", """
        1 det DET the DT
        2 nsubj NOUN coronavirus NN
        2 ROOT VERB cause VBZ
        2 dobj PRON it PRP
    """, 1),
])
def test_not_a_bare_definite_people_subject(text, rows, head):
    doc, offset = _later(text, rows)
    assert not bare_definite(doc[head + offset])


_WIRE_ARGUMENTS = [
    # the blamed group killed the act's own object
    ("ISLAMABAD, June 23 (Reuters) - Pakistani troops killed 12 militants in a raid in North "
     "Waziristan on Monday, the army said, days after an attack on a checkpoint killed at "
     "least 20 soldiers. The army blamed the Pakistani Taliban for the checkpoint attack.",
     [("Pakistani Taliban", "kill", "soldiers", True)],
     [("Pakistani Taliban", "kill", "checkpoint")]),
    # no ceasefire between parties urged to accept a proposal of one
    ("Egypt and Qatar urged Hamas and Israel to accept a new ceasefire proposal on Monday.",
     [("Hamas", "accept", "ceasefire proposal", True)],
     [("Hamas", "accept ceasefire", "Israel"), ("Israel", "accept ceasefire", "Hamas")]),
    ("Armenia and Azerbaijan signed a ceasefire agreement.",
     [("Armenia", "sign agreement", "Azerbaijan", False)], []),
    # said on: a setting
    ('"Americans are sick and tired of it," Hawley said on the Senate floor.', [],
     [("Hawley", "say on", "Senate floor")]),
    ("Collins said on Twitter that the vote was a sham.", [], [("Collins", "say on", "Twitter")]),
    ("Putin said to Erdogan that the deal was off.", [("Putin", "say to", "Erdogan", False)], []),
    # a market after "on"
    ("Hammond said it did not make a formal offer for Orchard, whose shares closed at 24, "
     "on the American Stock Exchange.", [], [("Hammond", "offer", "American Stock Exchange")]),
    ("Copper prices rose 1.7% on the London Metal Exchange.",
     [("copper prices", "rise on", "London Metal Exchange", False)], []),
    ("Citadel sued the New York Stock Exchange.",
     [("Citadel", "sue", "New York Stock Exchange", False)], []),
    # what a pact or talks are about is no party to them
    ("President Reagan ordered tariffs in retaliation for Japan's failure to honour a pact on "
     "semiconductor trade.", [("Japan", "honour", "pact on semiconductor trade", False)],
     [("Japan", "honour pact", "semiconductor trade")]),
    ("Russia signed a deal on grain exports.", [], [("Russia", "sign deal", "grain exports")]),
    ("Turkey signed an agreement with Libya on maritime borders.",
     [("Turkey", "sign agreement", "Libya", False)],
     [("Turkey", "sign agreement", "maritime borders")]),
    ("Russia held talks with the rebels.", [("Russia", "talk", "rebels", False)], []),
    # a complement with a name
    ("Britain's Serious Fraud Office charged three former executives of collapsed lender "
     "Kelvin Finance Ltd with fraud.",
     [("Serious Fraud Office", "charge", "executives of collapsed lender Kelvin Finance Ltd",
       False)], [("Serious Fraud Office", "charge", "executives")]),
    # a flow noun's destination
    ("The European Community and the United States reached a last-minute agreement to avert "
     "a trade war over EC grain sales to Spain.", [],
     [("European Community", "avert war to", "Spain")]),
    ("Russia cut gas exports to Europe.", [("Russia", "cut gas export to", "Europe", False)], []),
    # bare definite subjects: pointed back, or dropped
    ("Police clashed with garment workers in Dhaka. The workers blocked a main highway.", [],
     [("workers", "block", "main highway")]),
    ("The workers at the Ford plant blocked a main highway.",
     [("workers at Ford plant", "block", "main highway", False)], []),
    ("Gunmen kidnapped 24 students in Kaduna.", [("gunmen", "kidnap", "students", False)], []),
    ("Israel's Supreme Court ordered the government to reinstate the attorney general. It was "
     "the fifth time that the court has blocked a government decision.",
     [("Supreme Court", "block", "government decision", False)],
     [("court", "block", "government decision")]),
    ("Mexican soldiers arrested a senior commander of the Sinaloa Cartel in Culiacan on Monday. "
     "The cartel blocked five highways in response.",
     [("Sinaloa Cartel", "block", "highways", False)], []),
    ("The UCI suspended the Spanish team Orbea-Castilla. The team would appeal to the Court "
     "of Arbitration for Sport.",
     [("Orbea-Castilla", "appeal to", "Court of Arbitration for Sport", True)], []),
    ("The UCI suspended Orbea-Castilla. The national team would appeal to the Court of "
     "Arbitration for Sport.",
     [("national team", "appeal to", "Court of Arbitration for Sport", True)], []),
    # an institution of "his" / "her"
    ("Kenyan President Daniel arap Moi denied that his troops had crossed into Uganda.",
     [("Kenya", "cross into", "Uganda", False)], [("troops", "cross into", "Uganda")]),
    ("Russian President Vladimir Putin said his forces had captured Avdiivka.",
     [("Russia", "capture", "Avdiivka", False)], []),
    ("Turkish President Recep Tayyip Erdogan said his government would send troops to Libya.",
     [("Turkey", "send troop to", "Libya", True)], []),
    ("French President Emmanuel Macron said his army had struck Islamic State targets.",
     [("France", "strike", "Islamic State targets", False)], []),
    # (guard) "his authority" is his power, no body of his country
    ("Turkish President Recep Tayyip Erdogan converted the museum into a mosque. The Greek "
     "foreign minister questioned his authority to make the change.", [],
     [("Greece", "question", "Turkey")]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "unwanted"), _WIRE_ARGUMENTS,
                         ids=[row[0][:40] for row in _WIRE_ARGUMENTS])
def test_wire_arguments(extractor, text, wanted, unwanted):
    check_precision(extractor, text, wanted, unwanted)
