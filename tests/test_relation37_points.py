"""Relations that keep their point, and event classes of the right sense (session 37).

- what a verb of asking asks its object for is part of the relation: "asked donor
  governments for 12 mln dlrs" is "ask for" the governments, the amount its quantity
  ("ask" alone loses the point); a time or a party after "for" is not what is asked;
- a reaction that only glues the noun acted on into the relation is dropped when the
  noun itself stands for its owner: "accused Afghan warplanes of bombing a camp" is
  "accuse" Afghanistan, never also "accuse warplane" Afghanistan; a noun that does not
  stand for its owner keeps its reaction ("summoned the Israeli ambassador" ->
  "summon ambassador" Israel);
- a noun phrase cut off a prepositional phrase after the object is no second object:
  "buying shares under its 27 dlr a share tender offer" buys no offer, and gives the
  shares nothing ("buy offer" shares);
- an army, a navy or the police sending its own means (forces, weapons, vehicles, or any
  thing that is no one) gives no aid, and so no promise of aid when it is to come: "the
  army would send helicopters to reach isolated villages" is no AGREE; nor does anyone
  sending forces or weapons of war to no one to strike ("Israel sent fighter jets to
  strike the convoy": the strike is the event); whom it is sent to, or what it is sent to
  help do ("would send troops to help enforce a ceasefire"), keeps its class ("sent food
  to the flood victims" is AID, "will send tanks to Ukraine" AGREE).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.events import sense_class
from actorgraph.extract.rules.base import loose_second_object
from actorgraph.extract.triples import all_triples

from actorgraph.records import Article, Mention
from tests.docs import parse

#: (sentence, wanted (subject, label, object), unwanted (subject, label, object))
ASKED_FOR = [
    ("The FAO said it had asked donor governments for 12 mln dlrs to pay for spraying.",
     [("FAO", "ask for", "donor governments")],
     [("FAO", "ask", "donor governments"), ("FAO", "ask for 12 mln dlrs", "donor governments")]),
    ("Kenya asked the IMF for a new loan.",
     [("Kenya", "ask for new loan", "IMF")], [("Kenya", "ask", "IMF")]),
    ("Farm groups lobbied Congress for emergency drought relief.",
     [("farm groups", "lobby for emergency drought relief", "Congress")],
     [("farm groups", "lobby", "Congress")]),
    ("The Palestinians asked the United Nations for international protection.",
     [("Palestine", "ask for international protection", "United Nations")], []),
    # guards: a time is not what is asked for; a named party stays the prepositional object
    ("Greenpeace asked the court for two weeks.",
     [("Greenpeace", "ask", "court")], [("Greenpeace", "ask for two weeks", "court")]),
    ("The senator asked the committee for Biden.",
     [("senator", "ask", "committee")], [("senator", "ask for Biden", "committee")]),
]

GLUED_REACTIONS = [
    ("Pakistan accused Afghan warplanes of bombing a refugee camp near the border.",
     [("Pakistan", "accuse", "Afghanistan")], [("Pakistan", "accuse warplane", "Afghanistan")]),
    ("Two gunmen surrendered to Cypriot police after freeing the passengers.",
     [("gunmen", "surrender to", "Cyprus")], [("gunmen", "surrender to police", "Cyprus")]),
    ("India condemned Chinese soldiers for the clash in the Galwan valley.",
     [("India", "condemn", "China")], [("India", "condemn soldier", "China")]),
    ("Turkey condemned the Syrian troops after the shelling.",
     [("Turkey", "condemn", "Syria")], [("Turkey", "condemn troop", "Syria")]),
    # guards: a noun that is not its owner keeps the reaction
    ("Egypt summoned the Israeli ambassador in Cairo on Sunday.",
     [("Egypt", "summon ambassador", "Israel")], []),
    ("Seoul rejected the Japanese minister's remarks on the disputed islands.",
     [("Seoul", "reject remark", "Japan")], []),
    ("Berlin rejected calls by Belarus's rulers for talks.",
     [("Berlin", "reject call", "Belarus")], []),
]

#: (sentence, subject, relation label, object, event class or None)
SENT_MEANS = [
    ("Peruvian troops sent helicopters to the area.", "Peru", "send", "helicopters", None),
    ("The Bolivian army would send helicopters to reach isolated mountain villages.",
     "Bolivia", "send", "helicopters", None),
    # forces or weapons of war sent to no one: the sender's own strike, no aid
    ("Israel sent fighter jets and drones to strike the convoy.", "Israel", "send",
     "fighter jets", None),
    ("Russia sent warplanes to bomb the rebel positions near Idlib.", "Russia", "send",
     "warplanes", None),
    # guards: a state sending its forces to another, and aid to someone, keep their class
    ("Germany will send tanks to Ukraine.", "Germany", "send tank to", "Ukraine", "AGREE"),
    ("India would send troops to help enforce a ceasefire.", "India", "send", "troops",
     "AGREE"),
    ("The army sent food and medicine to the flood victims.", "army", "send food to",
     "flood victims", "AID"),
    ("Qatar sent aid to Gaza.", "Qatar", "send aid", "Gaza", "AID"),
]

#: A policy or market object is no actor given support or aid (guards of what holds).
POLICY_OBJECTS = [
    "The Bank of Japan cut its discount rate in a move to support the economy.",
    "The Federal Reserve moved to support the housing market.",
    "Japan will help the economy with a new stimulus package.",
    "The Bank of France raised its intervention rate to support the franc.",
]

_SENTENCES = [row[0] for row in (*ASKED_FOR, *GLUED_REACTIONS, *SENT_MEANS)] + POLICY_OBJECTS


@pytest.fixture(scope="module")
def found(extractor):
    """(subject, relation label, object) -> event class of every sentence, parsed once."""
    results = extractor.extract([Article(f"r{i}", s) for i, s in enumerate(_SENTENCES)])
    return {s: {(t.subject.label, t.relation.label, t.object.label): t.relation.event_class
                for t in r.triples} for s, r in zip(_SENTENCES, results, strict=True)}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "wanted", "unwanted"), ASKED_FOR + GLUED_REACTIONS,
                         ids=[row[0][:40] for row in ASKED_FOR + GLUED_REACTIONS])
def test_relation_keeps_its_point(found, sentence, wanted, unwanted):
    triples = found[sentence]
    for triple in wanted:
        assert triple in triples, sorted(triples)
    for triple in unwanted:
        assert triple not in triples, sorted(triples)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "subject", "label", "obj", "event_class"), SENT_MEANS,
                         ids=[row[0][:40] for row in SENT_MEANS])
def test_own_means_sent_give_no_aid(found, sentence, subject, label, obj, event_class):
    triples = found[sentence]
    assert (subject, label, obj) in triples, sorted(triples)
    assert triples[(subject, label, obj)] == event_class


@pytest.mark.model
@pytest.mark.parametrize("sentence", POLICY_OBJECTS, ids=[s[:40] for s in POLICY_OBJECTS])
def test_a_policy_object_gets_no_support_or_aid(found, sentence):
    assert not {c for c in found[sentence].values()} & {"SUPPORT", "AID", "AGREE"}, \
        found[sentence]


def _side(text: str, type_: str, label: str | None = None, via: str = "name") -> Mention:
    return Mention(text, label or text, type_, 0, len(text), via=via)


@pytest.mark.parametrize(("subject", "thing", "wanted"), [
    (_side("army", "GPE", "Peru", via="standin"), "helicopter", None),
    (_side("the navy", "CONCEPT", via="concept"), "frigate", None),
    (_side("police", "CONCEPT", via="concept"), "vehicle", None),
    (_side("Peruvian troops", "GPE", "Peru", via="standin"), "troop", None),
    # guards: not a security force, or someone sent
    (_side("Germany", "GPE"), "tank", "AID"),
    (_side("the government", "CONCEPT", via="concept"), "helicopter", "AID"),
])
def test_sense_of_sending_by_a_security_force(subject, thing, wanted):
    obj = _side(thing, "CONCEPT", via="concept")
    assert sense_class("AID", "send", subject, obj, object_head=thing) == wanted


#: (sentence, rows, the noun cut off a prepositional phrase, parsed as a second object)
_CUT_PHRASES = [
    ("Carrington bought shares under its 27 dlr a share offer", """
        1 nsubj PROPN Carrington NNP
        1 ROOT VERB buy VBD
        1 dobj NOUN share NNS
        1 prep ADP under IN
        6 poss PRON its PRP$
        6 nummod NUM 27 CD
        3 pobj NOUN dlr NN
        9 det DET a DT
        9 compound NOUN share NN
        1 dobj NOUN offer NN
    """, 9),
    ("Vantage acquired stock at 15 dlrs a share tender price", """
        1 nsubj PROPN Vantage NNP
        1 ROOT VERB acquire VBD
        1 dobj NOUN stock NN
        1 prep ADP at IN
        5 nummod NUM 15 CD
        3 pobj NOUN dlr NNS
        9 det DET a DT
        9 compound NOUN share NN
        9 compound NOUN tender NN
        1 dobj NOUN price NN
    """, 9),
    ("The ministry granted farmers in May a subsidy", """
        2 det DET the DT
        2 nsubj NOUN ministry NN
        2 ROOT VERB grant VBD
        2 dative NOUN farmer NNS
        2 prep ADP in IN
        4 pobj PROPN May NNP
        7 det DET a DT
        2 dobj NOUN subsidy NN
    """, None),
]


@pytest.mark.parametrize(("sentence", "rows", "cut"), _CUT_PHRASES,
                         ids=[row[0][:30] for row in _CUT_PHRASES])
def test_a_phrase_cut_after_a_preposition_is_no_second_object(sentence, rows, cut):
    doc = parse(sentence, rows)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    loose = [o.i for o in verb.children if loose_second_object(verb, o)]
    assert loose == ([cut] if cut is not None else [])
    objects = {t.object.text for t in all_triples(doc)}
    if cut is not None:
        assert not any(doc[cut].text in o for o in objects), objects


@pytest.mark.parametrize("sentence, rows", [
    ("Qatar gave Hamas money", """
        1 nsubj PROPN Qatar NNP
        1 ROOT VERB give VBD
        1 dative PROPN Hamas NNP
        1 dobj NOUN money NN
    """),
    ("Iran sold Syria missiles", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB sell VBD
        1 dobj PROPN Syria NNP
        1 dobj NOUN missile NNS
    """),
])
def test_two_objects_side_by_side_stay(sentence, rows):
    doc = parse(sentence, rows, ents={"Qatar": "GPE", "Hamas": "ORG", "Iran": "GPE",
                                      "Syria": "GPE"})
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert not any(loose_second_object(verb, o) for o in verb.children)
