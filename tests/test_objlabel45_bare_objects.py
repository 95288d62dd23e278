"""Concept objects that say which one or whose (session 45).

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
  Trade Commission*, which had accused it*").
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

@pytest.mark.parametrize("sentence, present, absent", cases(QUALIFIED))
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
