"""Asked, alleged and denied acts the parse lost (session 50): the subjunctive of a
mandative clause read as a noun, the relative pronoun object of an alleged gerund, and
who is (not) among those a participle acts on.

A participle of demanding set off by a comma often has its "that" clause's verb, a bare
subjunctive after a singular subject, read as a noun or an adjective by the small model
("demanding that Brussels unfreeze/NN the funds", "demanding that Stockholm
extradite/JJ ...", "demanding that Prime Minister X resign/NN"): the clause is lost, and
with it what is asked (the asked act, hedged) and whom the demand is made of
(:func:`~extract.headline.subjunctives`). The sentence is parsed again with "will" before
the word, as for a summary's verb read as a noun (:mod:`~extract.headline`); the variant
is taken when it reads the word as a verb whose clause is the complement of the word of
demanding, and leaves the rest of the sentence as it was parsed. The asked act is hedged
(only demanded) and the demand is stated, as for a finite "demands that X V".
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import check_precision

ROWS = [
    # (sentence, wanted (subject, label, object, hedged), unwanted (subject, label, object))
    ("Slovak Prime Minister Robert Fico vetoes a new package of EU sanctions against Iran, "
     "demanding that Brussels unfreeze the cohesion funds withheld from Bratislava.",
     [("Brussels", "unfreeze", "cohesion funds withheld from Bratislava", True),
      ("Robert Fico", "demand unfreeze cohesion funds", "Brussels", False)],
     [("Robert Fico", "demand", "that Brussels unfreeze the cohesion funds withheld from "
                                "Bratislava")]),
    ("Pakistan suspends trade with Kabul, demanding that the Taliban expel TTP commanders "
     "from Afghan territory.",
     [("Taliban", "expel", "TTP", True),
      ("Pakistan", "demand expel TTP commanders", "Taliban", False)], []),
    ("Turkey blocks Finland's NATO bid, demanding that Helsinki extradite Kurdish militants.",
     [("Helsinki", "extradite", "Kurdish militants", True),
      ("Turkey", "demand extradite Kurdish militants", "Helsinki", False)],
     [("Turkey", "demand", "Helsinki")]),
    ("Striking teachers marched through Nairobi, demanding that Education Minister Ezekiel "
     "Machogu resign.",
     [("striking teachers", "demand resign", "Ezekiel Machogu", False)],
     [("striking teachers", "demand", "Ezekiel Machogu")]),
    # guards: a finite demand (parsed right before), a clause of saying, a main clause the
    # variant would change ("protest" read as a noun there), a demand noun
    ("The pilots' union demands that Lufthansa rehire the dismissed captains.",
     [("Lufthansa", "rehire", "dismissed captains", True),
      ("pilots' union", "demand rehire dismissed captains", "Lufthansa", False)], []),
    ("Beijing protested, saying that Manila provoked the clash.",
     [("Manila", "provoke", "clash", False)], []),
    ("Armenia boycotts the summit, demanding that Azerbaijan free the Armenian prisoners "
     "of war.",
     [("Azerbaijan", "free", "Armenian prisoners of war", True),
      ("Armenia", "boycott", "summit", False)], []),
]


@pytest.mark.parametrize("sentence, wanted, unwanted", ROWS,
                         ids=[row[0][:40] for row in ROWS])
def test_mandative_subjunctive(extractor, sentence, wanted, unwanted):
    check_precision(extractor, sentence, wanted, unwanted)


def test_the_main_clause_is_kept(nlp):
    """A variant that would read the main verb otherwise is not taken: "protest" stays
    the verb of "Tens of thousands of Israelis protest ...", though "resign" stays a
    noun."""
    doc = nlp("Tens of thousands of Israelis protest in Tel Aviv, demanding that Netanyahu "
              "resign.")
    protest = next(t for t in doc if t.text == "protest")
    assert (protest.tag_, protest.dep_) == ("VBP", "ROOT")


@pytest.mark.parametrize("sentence, verb, tag", [
    ("Protesters rallied outside parliament, demanding that Prime Minister Milos Vucevic "
     "resign.", "resign", "VB"),
    ("Turkey blocks Finland's NATO bid, demanding that Helsinki extradite Kurdish militants.",
     "extradite", "VB"),
    # (not after a word of saying: "said that police release" is no demand)
    ("Officials said that police release statements daily.", "release", None),
])
def test_the_subjunctive_is_a_verb(nlp, sentence, verb, tag):
    doc = nlp(sentence)
    word = next(t for t in doc if t.text == verb)
    if tag is None:
        from actorgraph.extract.headline import subjunctives
        assert not [k for s in doc.sents for k, _ in subjunctives(s)]
    else:
        assert word.tag_ == tag and word.pos_ == "VERB"
        assert word.dep_ == "ccomp" and word.head.lower_ == "demanding"


# The one accused of a bare gerund whose object is the relative pronoun of the clause
# (session 50): "the rebels, whom Kinshasa accuses Kigali of arming" says Kigali arms the
# rebels, if at all (hedged), and Kinshasa accuses Kigali, not the rebels. The parser may
# read the gerund as the preposition's object (pobj, not pcomp:
# :func:`~extract.rules.base._gerund_prep`), the pronoun as an indirect object beside the
# accused (:func:`~extract.rules.base._infinitive_relative`), or the gerund as a noun
# (:func:`~extract.rules.base._gerund_read_as_noun`: then only the wrong accusation goes).
ACCUSED_GAP = [
    ("The M23 rebels, whom Kinshasa accuses Kigali of arming, say they will not leave Goma.",
     [("Kigali", "arm", "M23", True), ("Kinshasa", "accuse", "Kigali", False)],
     [("Kinshasa", "accuse", "M23")]),
    ("The Houthis, whom Riyadh accuses Tehran of supplying, fired two drones at Jizan.",
     [("Tehran", "supply", "Houthis", True), ("Riyadh", "accuse", "Tehran", False)],
     [("Riyadh", "accuse", "Houthis")]),
    ("The militants, whom Islamabad accuses Kabul of sheltering, attacked a checkpoint in "
     "Bannu.",
     [("Kabul", "shelter", "militants", True), ("Islamabad", "accuse", "Kabul", False)],
     [("Islamabad", "accuse", "militants")]),
    ("The RSF, which Khartoum accuses Abu Dhabi of funding, seized El Fasher.",
     [("Khartoum", "accuse", "Abu Dhabi", False), ("RSF", "seize", "El Fasher", False)],
     [("Khartoum", "accuse", "RSF")]),
    # guards: the gerund with an object of its own, a bare gerund with no gap
    ("Riyadh accuses Tehran of supplying the Houthis with drones.",
     [("Tehran", "supply with drones", "Houthis", True), ("Riyadh", "accuse", "Tehran", False)],
     []),
    ("Baku accuses Yerevan of stalling.",
     [("Baku", "accuse", "Yerevan", False)], []),
]


@pytest.mark.parametrize("sentence, wanted, unwanted", ACCUSED_GAP,
                         ids=[row[0][:40] for row in ACCUSED_GAP])
def test_accused_of_a_relative_gap(extractor, sentence, wanted, unwanted):
    check_precision(extractor, sentence, wanted, unwanted)


# Who is, or is not, among those a passive participle acts on (session 50,
# :func:`~extract.rules.verbal._counted_among`): "X is not among the activists released by
# Y" says Y did not release X (negated with the copula); a bare "those" stands for the
# group the coordinated clause before acted on, when its verb is of the participle's event
# class.
COUNTED_AMONG = [
    ("Opposition leader Ilya Yashin was among the prisoners freed by Russia in the exchange.",
     [("Russia", "free", "Ilya Yashin", False, False)]),
    ("Jimmy Lai is not among the activists released by Hong Kong authorities.",
     [("Hong Kong", "release", "Jimmy Lai", True, False)]),
    ("Myanmar's military junta releases 3,000 prisoners, but Aung San Suu Kyi is not among "
     "those freed.",
     [("Myanmar", "free", "Aung San Suu Kyi", True, False)]),
    ("Iran freed five prisoners, and Siamak Namazi is among those released.",
     [("Iran", "release", "Siamak Namazi", False, False)]),
]
COUNTED_GUARDS = [
    # another class of act before "those"; a relative clause, no participle
    ("Israel killed 20 militants, but Yahya Sinwar is not among those freed.",
     ("Israel", "Yahya Sinwar")),
    ("Belarus pardons 30 political prisoners, but Maria Kolesnikova is not among those "
     "released.", ("Belarus", "Maria Kolesnikova")),
    ("The minister was among those who welcomed the deal.", ("minister", "deal")),
]


@pytest.mark.parametrize("sentence, wanted", COUNTED_AMONG,
                         ids=[row[0][:40] for row in COUNTED_AMONG])
def test_counted_among(extractor, sentence, wanted):
    (result,) = extractor.extract([Article("t", sentence)])
    found = {(t.subject.label, t.relation.lemma, t.object.label, t.negated, t.hedged)
             for t in result.triples}
    for triple in wanted:
        assert triple in found, sorted(found)


@pytest.mark.parametrize("sentence, pair", COUNTED_GUARDS,
                         ids=[row[0][:40] for row in COUNTED_GUARDS])
def test_counted_among_guards(extractor, sentence, pair):
    (result,) = extractor.extract([Article("t", sentence)])
    assert pair not in {(t.subject.label, t.object.label) for t in result.triples}
