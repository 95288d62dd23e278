"""Who acts in a verb's noun, what revoking does, and who does the purpose of an assault
(session 49, para51).

* a "by" side that is a one-word name the NER missed acts on a verb's noun as a named one
  does ("the cutoff of Naftogaz by Gazprom", "the takeover of X by Korvanta":
  :func:`~extract.rules.nominal._missed_agent` in
  :func:`~extract.rules.nominal.unclassed_nominal`); not a time ("by Christmas"), nor a
  noun of no verb ("a portrait of Churchill by Sutherland");
* a noun the lexicon does not class does not do what its clause does: "the launch of X by
  Vexlar gives Chile its first weather satellite" is no gift of Vexlar's (the
  ``nominal-cause`` pattern keeps "an attack by Hezbollah killed twelve children");
* revoking a licence, visa or permit is ``SANCTION``, as suspending one is (CAMEO's REVOKE_
  synset: CANCEL/REVOKE LICENCE, VISA, RECOGNITION [160]; ``revoke`` with the ``@ties``
  objects in ``event_classes.tsv``), so a body that names its side ("Kenya's central
  bank") revoking a bank's licence is kept; a sentence or decree revoked keeps no class;
* the object of a verb of assault with a to-infinitive hung on it as its complement is
  its victim, not who does the infinitive (:func:`~extract.rules.base._assaulted_object`):
  "hacked the DNC, the DCCC and John Podesta to influence the election" says nothing of
  the DNC influencing anything; a verb of object control keeps its reading ("pressured
  Armenia to leave the alliance": Armenia leaves, hedged);
* a body's verb noun acts on a named place as on a named country or site ("the navy's
  mapping of the Black Sea": LOC joins :data:`~extract.rules.nominal._ACTED_ON_TYPES`;
  the NER also tags some people's names LOC: "the electoral commission's disqualification
  of X");
* the subject of an adjective of control's copula does the infinitive of "try" hung on
  it, as it does a bare infinitive: "Sandworm is likely to try to hack Enel" gives a
  hedged "try to hack" (:func:`~extract.rules.complements._complement_triples`), not after
  an improbable, negative or denied adjective ("is unlikely to try to close X": nothing).
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import cases, check_labels, classes_by_sentence

MISSED_BY_NAME = {
    "a verb's noun, its 'by' side a name the NER missed": [
        ("The cutoff of Naftogaz by Gazprom forced Kyiv to buy gas from Slovakia.",
         [("Gazprom", "cut off", "Naftogaz")], [("Naftogaz", "Gazprom")]),
        ("The takeover of Brightwell Foods by Korvanta angered unions in Leeds.",
         [("Korvanta", "takeover", "Brightwell Foods")], [("Brightwell Foods", "Korvanta")]),
        ("The launch of the Aurora satellite by Vexlar gives Chile its first weather "
         "satellite.",
         [("Vexlar", "launch", "Aurora satellite")], [("Vexlar", "Chile")]),
    ],
    "guard: a time, a noun of no verb, a classed noun's deed": [
        ("The sale of Brightwell Foods by Christmas looks unlikely.",
         [], [("Christmas", "Brightwell Foods")]),
        ("A portrait of Winston Churchill by Sutherland was destroyed.",
         [], [("Sutherland", "Winston Churchill")]),
        ("An attack by Hezbollah killed twelve children in Majdal Shams.",
         [("Hezbollah", "kill", "children")], []),
        ("The seizure of the Stena Impero by Tehran drew protests from London.",
         [("Tehran", "seizure", "Stena Impero")], [("Tehran", "London")]),
    ],
}

VICTIMS_DO_NOT_ACT = {
    "objects of an assault with an infinitive complement": [
        ("Volt Typhoon allegedly hacked Verizon, AT&T and Lumen Technologies to spy on "
         "wiretap requests.",
         [("Volt Typhoon", "hack", "Verizon")],
         [("Verizon", "wiretap requests"), ("AT&T", "wiretap requests")]),
        ("Fancy Bear reportedly hacked the DNC, the DCCC and John Podesta to influence the "
         "election.",
         [("Fancy Bear", "hack", "John Podesta")],
         [("DNC", "election"), ("John Podesta", "election")]),
        ("The Taliban kidnapped Daniel Pearl to force Washington to release prisoners.",
         [("Taliban", "kidnap", "Daniel Pearl")], [("Daniel Pearl", "Washington")]),
    ],
    "guard: object control": [
        ("Russia pressured Armenia to leave the alliance.",
         [("Armenia", "leave", "alliance")], []),
        ("The court ordered Meta to pay a fine.",
         [("Meta", "pay", "fine")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(MISSED_BY_NAME, VICTIMS_DO_NOT_ACT))
def test_sides_of_nouns_and_infinitives(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


REVOKED = [
    ("Kenya's central bank revoked Chase Bank's licence on Thursday.",
     ("Kenya's central bank", "revoke", "Chase Bank licence"), "SANCTION"),
    ("Thailand revoked the visas of two Cambodian diplomats.",
     ("Thailand", "revoke", "visas of Cambodian diplomats"), "SANCTION"),
    ("Ankara revoked the work permits of 40 Syrian journalists.",
     ("Ankara", "revoke", "work permits of Syrian journalists"), "SANCTION"),
    # guard: a decree or sentence revoked is no sanction
    ("Parliament revoked the emergency decree.",
     ("Parliament", "revoke", "emergency decree"), None),
]


@pytest.fixture(scope="module")
def revoked(extractor):
    return classes_by_sentence(extractor, (s for s, _, _ in REVOKED))


@pytest.mark.parametrize("sentence, triple, wanted", REVOKED)
def test_revoking_a_licence_is_a_sanction(revoked, sentence, triple, wanted):
    assert revoked[sentence].get(triple, "missing") == wanted, sorted(revoked[sentence].items())


ACTED_ON_PLACE = {
    "a body's verb noun on a named place (LOC)": [
        ("The navy's mapping of the Black Sea worried Ankara.",
         [("navy", "map", "Black Sea")], [("Black Sea", "navy")]),
        ("The ministry's draining of the Aral Sea caused an ecological disaster.",
         [("ministry", "drain", "Aral Sea")], []),
    ],
    "guard: a noun of no verb, a thing of the place": [
        ("The government's handling of the Red Sea crisis drew criticism.",
         [], [("government", "Red Sea")]),
        ("The navy's region of the Black Sea coast is heavily patrolled.",
         [], [("navy", "Black Sea coast"), ("navy", "Black Sea")]),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(ACTED_ON_PLACE))
def test_a_body_acts_on_a_named_place(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


@pytest.mark.parametrize("sentence, wanted", [
    # the subject of an adjective of control's copula tries, hedged as the adjective is
    ("Hamas is likely to try to attack Israel again.",
     ("Hamas", "try to attack", "Israel", False, True)),
    ("Sandworm is likely to try to hack Enel before the winter, Italy's cyber agency "
     "warned on Tuesday.",
     ("Sandworm", "try to hack", "Enel", False, True)),
    ("Beijing is ready to try to broker talks between Moscow and Kyiv.",
     ("Beijing", "try to broker talk", "Moscow", False, True)),
    ("Hezbollah is eager to try to draw Israel into a wider war.",
     ("Hezbollah", "try to draw", "Israel", False, True)),
    # guard: a plain attempt is stated
    ("Russia tried to seize Kharkiv.", ("Russia", "try to seize", "Kharkiv", False, False)),
])
def test_the_adjectives_subject_tries(extractor, sentence, wanted):
    (result,) = extractor.extract([Article("t", sentence)])
    found = {(t.subject.label, t.relation.label, t.object.label, t.negated, t.hedged)
             for t in result.triples}
    assert wanted in found, sorted(found)


@pytest.mark.parametrize("sentence", [
    # guard: an improbable or denied adjective would lose its "not": nothing said
    "Iran is unlikely to try to close the Strait of Hormuz.",
    "Iran is not likely to try to close the Strait of Hormuz.",
])
def test_a_denied_adjective_gives_no_attempt(extractor, sentence):
    (result,) = extractor.extract([Article("t", sentence)])
    assert not [t for t in result.triples if t.relation.label == "try to close"
                and not t.negated], [(t.subject.label, t.relation.label) for t in result.triples]
