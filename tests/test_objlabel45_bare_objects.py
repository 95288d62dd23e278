"""Concept objects that say which one or whose, and bare ones left out (session 45).

* a concept's label keeps what the sentence says of whose or which one it is
  (:func:`~extract.actors.concept_complement`, :func:`~extract.actors.which_modifier`):
  an agent's "by" phrase that names someone ("denied charges *by Ecuador*"; on the noun,
  or, after a verb in the active voice, which has no agent of its own, on the verb:
  :data:`~extract.lexicon.AGENT_COMPLEMENT_PREPS`, :func:`~extract.actors._verb_hung_prep`);
  a "for" / "from" / "by" phrase after the noun's amount ("an offer of 12 dlrs a share
  *from Morrow Brands Inc*": :func:`~extract.actors._after_amount`; the amount stays out of
  the label); a name the phrase's own object is of ("a tender offer for all shares *of
  Bramwell Industries Inc*"); the modifier that names the phrase's object ("a proposal by
  consumer countries *led by the United States*"), and its infinitive; a participle's agent
  whose name has a clause set off by a comma after it ("a lawsuit brought by the Federal
  Trade Commission*, which had accused it*");
* a stated act on an act or a deal brought in by "a" / "an" whose final label is one bare
  word (:func:`~extract.vague.bare_label`, an event noun of the lexicon) is left out
  (:func:`~extract.pipeline._bare_new`): "Malaysia signed a treaty" says not which treaty,
  nor with whom. Asked of the label as it finally is, so a named, owned or qualified object
  stays, and so do a definite one, a thing that is no act ("ambushed a convoy"), a noun
  with a clause of its own, more words ("a cash tender offer"), people, every actor object,
  and an act negated, hedged or only meant.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

QUALIFIED = {
    "agent's by": [
        ("Peru denied charges by Ecuador that it had massed troops on the border.",
         [("Peru", "deny", "charges by Ecuador")], [("Peru", "deny", "charges")]),
        ("Senator George Mitchell criticised a proposal by the Reagan administration to cut "
         "farm subsidies.",
         [("George Mitchell", "criticise",
           "proposal by Reagan administration to cut farm subsidies")],
         [("George Mitchell", "criticise", "proposal")]),
        ("Norcross Mills Inc said it was studying an offer of 18 dlrs a share by Ferris "
         "Partners.",
         [("Norcross Mills Inc", "study", "offer by Ferris Partners")],
         [("Norcross Mills Inc", "study", "offer")]),
    ],
    "complement after the amount": [
        ("Pinecrest Dairy Co rejected an offer of 12 dlrs a share from Morrow Brands Inc.",
         [("Pinecrest Dairy Co", "reject", "offer from Morrow Brands Inc")],
         [("Pinecrest Dairy Co", "reject", "offer")]),
        ("Amerivest Corp rejected an offer of 40 dlrs a share from Carlyle Group.",
         [("Amerivest Corp", "reject", "offer from Carlyle Group")],
         [("Amerivest Corp", "reject", "offer")]),
        ("Norcross Mills Inc said it was studying an offer of 18 dlrs a share by Ferris "
         "Partners.",
         [("Norcross Mills Inc", "study", "offer by Ferris Partners")], []),
    ],
    "participle's agent, a clause after it": [
        ("Westinghouse agreed to settle a lawsuit brought by the Federal Trade Commission, "
         "which had accused it of false advertising.",
         [("Westinghouse", "agree to settle", "lawsuit brought by Federal Trade Commission")],
         [("Westinghouse", "agree to settle", "lawsuit")]),
        ("The United Steelworkers union accepted a contract offered by Caldwell Steel Corp, "
         "which employs 4,000 workers.",
         [("United Steelworkers", "accept", "contract offered by Caldwell Steel Corp")],
         [("United Steelworkers", "accept", "contract")]),
        ("Texaco Inc said it would appeal a ruling issued by the Texas Supreme Court, which "
         "rejected its first appeal last year.",
         [("Texaco Inc", "appeal", "ruling issued by Texas Supreme Court")],
         [("Texaco Inc", "appeal", "ruling")]),
    ],
    "guard: said of the noun already, or no name": [
        ("Greece rejected Turkey's offer.", [("Greece", "reject", "Turkey's offer")], []),
        ("Canada cut 3,000 jobs at its Ontario plants.", [("Canada", "cut", "jobs")], []),
        ("The Allied Pilots Association rejected an offer of 12 dlrs an hour from the "
         "management.", [], [("Allied Pilots Association", "reject", "offer from management")]),
    ],
}

BARE_NEW = {
    "one bare word brought in by 'a'": [
        ("Malaysia and Thailand signed a treaty on Tuesday.", [],
         [("Malaysia", "sign", "treaty"), ("Thailand", "sign", "treaty")]),
        ("Ashford Corp announced an offer last week.", [], [("Ashford Corp", "announce", "offer")]),
        ("The Justice Department filed a suit on Monday.", [],
         [("Justice Department", "file", "suit")]),
        ("Colombia signed an agreement yesterday.", [], [("Colombia", "sign", "agreement")]),
    ],
    "guard: a thing that is no act or deal, or a clause says which": [
        ("Mayor Koch cancelled a speech and flew back to New York.",
         [("Koch", "cancel", "speech")], []),
        ("Rebels ambushed a convoy near the border.", [("rebels", "ambush", "convoy")], []),
        ("Georgia's parliament passed a law restricting foreign-funded media.",
         [("Georgia", "pass", "law")], []),
        ("India and Sri Lanka signed an agreement aimed at ending the conflict.",
         [("India", "sign", "agreement")], []),
    ],
    "guard: qualified, named, owned, more words": [
        ("Brazil signed a treaty on nuclear non-proliferation with Argentina.",
         [], [("Brazil", "sign", "treaty")]),
        ("Pinecrest Dairy Co rejected an offer of 12 dlrs a share from Morrow Brands Inc.",
         [("Pinecrest Dairy Co", "reject", "offer from Morrow Brands Inc")], []),
        ("Dalton Corp rejected a cash tender offer.",
         [("Dalton Corp", "reject", "cash tender offer")], []),
        ("Greece rejected Turkey's offer.", [("Greece", "reject", "Turkey's offer")], []),
    ],
    "guard: definite, a thing counted, a person": [
        ("Dalton Corp rejected the offer as inadequate.", [("Dalton Corp", "reject", "offer")],
         []),
        ("Canada cut 3,000 jobs at its Ontario plants.", [("Canada", "cut", "jobs")], []),
        ("The SEC filed a lawsuit against a former employee.",
         [("SEC", "file lawsuit", "employee")], []),
        ("Martin Keller obtained the information from a lawyer.",
         [("Martin Keller", "obtain information from", "lawyer")], []),
    ],
    "guard: not stated as done, or the noun's own participle": [
        ("Lebanon denied that it had paid a ransom.", [("Lebanon", "pay", "ransom")], []),
        ("Ford Motor Co said it hoped to reach a settlement soon.",
         [("Ford Motor Co", "hope to reach", "settlement")], []),
        ("Hyundai agreed to recognise a union after talks that lasted through the night.",
         [("Hyundai", "agree to recognise", "union")], []),
        ("Cuba freed two dissidents under a deal brokered by the Roman Catholic Church.",
         [("Roman Catholic Church", "broker", "deal")], []),
    ],
    "guard: an actor object": [
        ("Norway signed the INF treaty with Sweden.", [("Norway", "sign treaty", "Sweden")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(QUALIFIED, BARE_NEW))
def test_object_says_which(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


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
    ("Kestrel Corp began a tender offer of 24 dlrs a share for all outstanding shares of "
     "Bramwell Industries Inc.", "offer",
     "tender offer for outstanding shares of Bramwell Industries Inc"),
    # guard: not a light verb, and no name
    ("Morrow Brands Inc studied an offer of 12 dlrs a share for three weeks.", "offer",
     "offer"),
]


@pytest.mark.parametrize("sentence, noun, label", LIGHT_VERB_LABELS)
def test_light_verb_phrase_labels_its_object(nlp, sentence, noun, label):
    from actorgraph.extract.actors import ActorResolver

    doc = nlp(sentence)
    head = next(t for t in doc if t.text == noun)
    assert ActorResolver(doc).resolve(head).label == label
