"""Hedged and negated main events that gave no triple at all (session 43).

* where forces are got ready is whom they face: a verb of readying forces
  (:data:`~extract.lexicon.READYING_VERBS`) with its object keeps its "near" phrase,
  on the verb or hung by the parser on the object ("is massing troops near the
  Polish border" is "mass troop near" the border, as "deploy troop to" it is), where
  "near" is otherwise only where something happened
  (:func:`~extract.rules.base.prep_objects`, :func:`~extract.rules.verbal._object_phrases`);
  not a verb with no object ("gathered near the embassy"), nor another verb ("attacked
  a convoy near Goma", "fired tear gas at protesters near the parliament");
* a body described, not named, that reports what "its" troops did owns them: "the NATO
  mission in Kosovo said its soldiers had not entered Zvecan" is the mission's (negated)
  entering, as "Ukraine said its forces ..." is Ukraine's
  (:func:`~extract.actors._serving_body`, :data:`~extract.lexicon.SERVING_BODY_HEADS`);
  a name or nation before the head says which body ("the mission said its troops ..."
  says not which);
* the ruling a passive clause reports has its "by" agent for author: "Amazon was fined
  ... by Luxembourg's data protection authority. The company said it would appeal the
  decision" appeals the authority ("appeal decision of", hedged), as after "the
  authority fined Amazon" (:func:`~extract.rules.verbal._finite_passive` in
  :func:`~extract.rules.verbal.ruling_authors`); a passive with no agent ("was barred
  from the election") names no author.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import cases, check_labels, check_precision

FORCES_NEAR = {
    "readied forces near a place": [
        ("Russia has massed tanks near the Latvian border, Latvian officials say.",
         [("Russia", "mass tank near", "Latvian border")], []),
        ("China stationed two destroyers near Taiwan on Tuesday.",
         [("China", "station destroyer near", "Taiwan")], []),
        ("The Serbian army mobilised units near the Kosovo boundary.",
         [("Serbia", "mobilise unit near", "Kosovo boundary")], []),
        ("Azerbaijan has deployed artillery near Stepanakert, Armenian officials said.",
         [("Azerbaijan", "deploy artillery near", "Stepanakert")], []),
    ],
    "guard: no forces, or not readying": [
        ("Supporters gathered near the court as Imran Khan appeared.", [],
         [("supporters", "court")]),
        ("Rebels attacked a convoy near Goma on Sunday.",
         [("rebels", "attack", "convoy")], [("rebels", "Goma")]),
        ("Police fired tear gas at protesters near the parliament in Nairobi.",
         [("police", "fire gas at", "protesters")], [("police", "parliament")]),
        ("Israel deployed troops in the West Bank.",
         [("Israel", "deploy troop in", "West Bank")], []),
    ],
}

SERVING_BODY = {
    "a described body's own forces": [
        ("The NATO mission in Kosovo said its soldiers had not entered Zvecan.",
         [("NATO mission", "enter", "Zvecan")], [("soldiers", "Zvecan")]),
        ("The UN peacekeeping mission said its troops did not fire on protesters in Goma.",
         [("United Nations peacekeeping mission", "fire on", "protesters")], []),
        ("The Kenyan police contingent said its troops had not clashed with gangs in "
         "Port-au-Prince.",
         [("Kenyan police contingent", "clash with", "gangs")], []),
        ("The African Union mission said its forces would leave Mogadishu by December.",
         [("African Union mission", "leave", "Mogadishu")], []),
    ],
    "guard: a bare body, a state, a company": [
        ("The mission said its troops did not withdraw from the town.", [],
         [("mission", "town")]),
        ("Ukraine said its forces did not withdraw from Bakhmut.",
         [("Ukraine", "withdraw from", "Bakhmut")], []),
        ("The Nigerian army said its soldiers did not open fire on protesters.",
         [("Nigeria", "open fire", "protesters")], []),
    ],
}

PASSIVE_RULING = {
    "a passive ruling's agent is appealed": [
        ("Amazon was fined 700 million euros by Luxembourg's data protection authority. "
         "The company said it would appeal the decision.",
         [("Amazon", "appeal decision of", "Luxembourg")], []),
        ("Apple has been fined by the Dutch competition authority. Apple said it would not "
         "appeal the decision.",
         [("Apple", "appeal decision of", "Netherlands")], []),
        ("Sergio Moro was convicted by the Federal Supreme Court in Brasilia. Moro says he "
         "will challenge the verdict.",
         [("Sergio Moro", "challenge verdict of", "Federal Supreme Court")], []),
    ],
    "guard: no agent, no author": [
        ("The opposition party was barred from the election. The party will challenge "
         "the decision.", [], [("party", "election")]),
        ("Navalny was jailed for 19 years, and his lawyers said they would appeal the "
         "ruling.", [], [("lawyers", "Navalny")]),
    ],
}


@pytest.mark.parametrize("sentence, present, absent",
                         cases(FORCES_NEAR, SERVING_BODY, PASSIVE_RULING))
def test_unextracted_event_found(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


@pytest.mark.parametrize("sentence, wanted", [
    ("Belarus is reportedly massing troops near the Polish frontier.",
     ("Belarus", "mass troop near", "Polish frontier", True)),
])
def test_readied_forces_keep_the_hedge(extractor, sentence, wanted):
    check_precision(extractor, sentence, [wanted], [])


def test_a_described_body_denial_is_negated(extractor):
    """The mission's own deed denied is flagged so."""
    (result,) = extractor.extract([Article("n", "The NATO mission in Kosovo said its soldiers "
                                                "had not entered Zvecan.")])
    (triple,) = [t for t in result.triples if t.object.label == "Zvecan"]
    assert (triple.subject.label, triple.negated) == ("NATO mission", True)
