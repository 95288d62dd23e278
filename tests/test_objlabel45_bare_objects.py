"""Concept objects that say which one or whose (session 45, re-landed in session 46 without
the agent's "by").

* a concept's label keeps what the sentence says of whose or which one it is
  (:func:`~extract.actors.concept_complement`, :func:`~extract.actors.which_modifier`):
  a "for" / "from" phrase after the noun's amount ("an offer of 12 dlrs a share *from
  Morrow Brands Inc*": :func:`~extract.actors._after_amount`; the amount stays out of the
  label), or hung on a light verb right after its object ("made an offer *for Dart*":
  :func:`~extract.actors._verb_hung_prep`); a name the phrase's own object is of ("a tender
  offer for all shares *of Bramwell Industries Inc*"); the modifier that names the
  phrase's object ("the accounts of a charity *linked to Hamas*", also with a clause set
  off by a comma after the name); the noun's infinitive after a named complement ("a plan
  from the Reagan administration *to cut farm subsidies*").
* never the act's agent (session 46: the acceptance's scorer reads a side by the names its
  label contains, and a label naming the one who acts reads as the act the other way
  round): a noun's "by" phrase ("denied charges by Ecuador": "charges"), or a participle's
  agent before a clause ("a lawsuit brought by the Federal Trade Commission, which ...");
* and no object label names its own triple's subject or the sentence's agent
  (:func:`~extract.actors.without_own_side`: "Bramwell said its board would review the
  offer" is the "tender offer", not the "tender offer for outstanding shares of Bramwell").
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

QUALIFIED = {
    "complement after the amount": [
        ("Pinecrest Dairy Co rejected an offer of 12 dlrs a share from Morrow Brands Inc.",
         [("Pinecrest Dairy Co", "reject", "offer from Morrow Brands Inc")],
         [("Pinecrest Dairy Co", "reject", "offer")]),
        ("Amerivest Corp rejected an offer of 40 dlrs a share from Carlyle Group.",
         [("Amerivest Corp", "reject", "offer from Carlyle Group")],
         [("Amerivest Corp", "reject", "offer")]),
        ("Calder Steel Corp rejected an offer of 22 dlrs a share from Brixton Partners, "
         "saying it undervalued the company.",
         [("Calder Steel Corp", "reject", "offer from Brixton Partners")],
         [("Calder Steel Corp", "reject", "offer")]),
    ],
    "modifier of the complement's object": [
        ("The FBI froze the accounts of a charity linked to Hamas, which Israel calls a front.",
         [("Federal Bureau of Investigation", "freeze", "accounts of charity linked to Hamas")],
         []),
        ("The Treasury blocked the assets of a bank linked to Hezbollah, which the U.S. lists "
         "as a terrorist group.",
         [("Treasury", "block", "assets of bank linked to Hezbollah")], []),
        ("Customs officers seized the cargo of a vessel tied to Sovcomflot, which is under "
         "Western sanctions.",
         [("Customs officers", "seize", "cargo of vessel tied to Sovcomflot")], []),
    ],
    "modifier before a clause set off by a comma": [
        ("The army attacked a militia linked to the Cali cartel, which controls the valley.",
         [("army", "attack", "militia linked to Cali cartel")], [("army", "attack", "militia")]),
        ("Colombia seized a shipment of a syndicate tied to the Cali cartel, which dominates "
         "the cocaine trade.",
         [("Colombia", "seize", "shipment of syndicate tied to Cali cartel")], []),
        ("The police raided the offices of a charity linked to Hezbollah, which Washington "
         "lists as a terrorist group.",
         [("police", "raid", "offices of charity linked to Hezbollah")], []),
    ],
    "infinitive after a named complement": [
        ("Senator Mitchell criticised a plan from the Reagan administration to cut farm "
         "subsidies.",
         [("Mitchell", "criticise", "plan from Reagan administration to cut farm subsidies")],
         []),
        ("Sen. Jones criticised a plan from the Bush administration to sell arms to Taiwan.",
         [("Jones", "criticise", "plan from Bush administration to sell arms")], []),
        ("Rockwell Oil Corp rejected an unsolicited proposal from Basin Partners to acquire "
         "the company for 14 dlrs a share.",
         [("Rockwell Oil Corp", "reject",
           "unsolicited proposal from Basin Partners to acquire company")], []),
    ],
    "guard: no agent's by": [
        # (no bare "deny | charges" either: a claim rebutted whose content has its own
        # triple, session 48's vague.unsaid_claim; the reaction to Ecuador stays)
        ("Peru denied charges by Ecuador that it had massed troops on the border.",
         [("Peru", "deny", "Ecuador")], [("Peru", "deny", "charges by Ecuador")]),
        ("Senator George Mitchell criticised a proposal by the Reagan administration to cut "
         "farm subsidies.",
         [("George Mitchell", "criticise", "proposal to cut farm subsidies")],
         [("George Mitchell", "criticise",
           "proposal by Reagan administration to cut farm subsidies")]),
        ("Norcross Mills Inc said it was studying an offer of 18 dlrs a share by Ferris "
         "Partners.",
         [("Norcross Mills Inc", "study", "offer")],
         [("Norcross Mills Inc", "study", "offer by Ferris Partners")]),
        ("The union rejected a demand by Eastern Airlines for wage cuts.", [],
         [("union", "reject", "demand by Eastern Airlines")]),
    ],
    "guard: no participle's agent before a clause": [
        ("Westinghouse agreed to settle a lawsuit brought by the Federal Trade Commission, "
         "which had accused it of false advertising.",
         [("Westinghouse", "agree to settle", "lawsuit")],
         [("Westinghouse", "agree to settle", "lawsuit brought by Federal Trade Commission")]),
        ("Texaco Inc said it would appeal a ruling issued by the Texas Supreme Court, which "
         "rejected its first appeal last year.",
         [("Texaco Inc", "appeal", "ruling")],
         [("Texaco Inc", "appeal", "ruling issued by Texas Supreme Court")]),
        ("Customs officers seized the cargo of a ship owned by Sovcomflot, which is under "
         "sanctions.",
         [("Customs officers", "seize", "cargo of ship")],
         [("Customs officers", "seize", "cargo of ship owned by Sovcomflot")]),
    ],
    "guard: the object names not its own subject": [
        ("Kestrel Corp began a tender offer of 24 dlrs a share for all outstanding shares of "
         "Bramwell Industries Inc. Bramwell said its board would review the offer.",
         [("Bramwell Industries Inc", "review", "tender offer")], []),
        ("Halberd Holdings launched a hostile offer for Corrin Mining Ltd. Corrin's board said "
         "it would fight the offer.",
         [("Corrin Mining Ltd", "fight", "hostile offer")], []),
        ("An offer of 30 dlrs a share for Tolland Paper Co was rejected by Tolland's board on "
         "Monday.",
         [("Tolland Paper Co", "reject", "offer")], []),
    ],
    "guard: said of the noun already, or no name": [
        ("Greece rejected Turkey's offer.", [("Greece", "reject", "Turkey's offer")], []),
        ("Canada cut 3,000 jobs at its Ontario plants.", [("Canada", "cut", "jobs")], []),
        ("The Allied Pilots Association rejected an offer of 12 dlrs an hour from the "
         "management.", [], [("Allied Pilots Association", "reject", "offer from management")]),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(QUALIFIED))
def test_object_says_which(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


@pytest.mark.parametrize("sentence", [row[0] for rows in QUALIFIED.values() for row in rows])
def test_no_object_names_its_subject(extractor, sentence):
    """Every triple of the tables: no named complement of the object names the subject."""
    from actorgraph.extract.actors import without_own_side

    from actorgraph.records import Article

    (result,) = extractor.extract([Article("t", sentence)])
    for t in result.triples:
        if t.object.is_concept:
            assert without_own_side(t.object.label, [t.subject.label]) == t.object.label, t


#: (sentence, the object noun, its label): a phrase the parser hung on a light verb right
#: after its object, or after the object's amount, is the object's (the triple is the
#: ``prep`` one, "make offer for" Dart; the noun's label is what a later "the offer" takes).
LIGHT_VERB_LABELS = [
    ("Herbert Haft made an offer for Dart Group Corp last week.", "offer",
     "offer for Dart Group Corp"),
    ("Harlan Group made an offer of 18 dlrs a share for Quincy Textiles Inc.", "offer",
     "offer for Quincy Textiles Inc"),
    ("Hanwell Group plc launched a hostile bid for Carrow Engineering plc on Tuesday.", "bid",
     "hostile bid for Carrow Engineering plc"),
    # a name the phrase's object is of
    ("Kestrel Corp began a tender offer of 24 dlrs a share for all outstanding shares of "
     "Bramwell Industries Inc.", "offer",
     "tender offer for outstanding shares of Bramwell Industries Inc"),
    ("Dunmore Group launched a cash offer of 15 dlrs a share for all the common stock of "
     "Selby Textiles Inc.", "offer", "cash offer for common stock of Selby Textiles Inc"),
    ("Orrin Partners began a tender offer of 8 dlrs a share for the remaining shares of "
     "Castlemere Homes Corp.", "offer",
     "tender offer for remaining shares of Castlemere Homes Corp"),
    ("Redfern Capital made an offer of 11 dlrs a share for all outstanding shares of "
     "Castlemere Homes Corp.", "offer", "offer for outstanding shares of Castlemere Homes Corp"),
    # guards: not a light verb, and no name; an agent's "by" after the amount
    ("Morrow Brands Inc studied an offer of 12 dlrs a share for three weeks.", "offer",
     "offer"),
    ("Norcross Mills Inc said it was studying an offer of 18 dlrs a share by Ferris "
     "Partners.", "offer", "offer"),
]


@pytest.mark.parametrize("sentence, noun, label", LIGHT_VERB_LABELS)
def test_light_verb_phrase_labels_its_object(nlp, sentence, noun, label):
    from actorgraph.extract.actors import ActorResolver

    doc = nlp(sentence)
    head = next(t for t in doc if t.text == noun)
    assert ActorResolver(doc).resolve(head).label == label


#: (label, names of the side acting, the label kept): a named complement that names the
#: subject or the sentence's agent is cut; another side's name, an owner's, stay.
OWN_SIDE = [
    ("cash tender offer for outstanding shares of Delco Pump and Valve Co",
     ["Delco Pump and Valve Co"], "cash tender offer"),
    ("cash tender offer for Westlake shares", ["Westlake Foods Inc"], "cash tender offer"),
    ("loan from Bank of Japan", ["Bank of Japan"], "loan"),
    # guards
    ("offer from Morrow Brands Inc", ["Pinecrest Dairy Co"], "offer from Morrow Brands Inc"),
    ("doses of vaccine from World Health Organization", ["Ministry of Health (Uganda)"],
     "doses of vaccine from World Health Organization"),
    ("aid from United Nations", ["United States"], "aid from United Nations"),
    ("Mexico's budget deficit", ["Mexico"], "Mexico's budget deficit"),
]


@pytest.mark.parametrize("label, names, kept", OWN_SIDE)
def test_without_own_side(label, names, kept):
    from actorgraph.extract.actors import without_own_side

    assert without_own_side(label, names) == kept
