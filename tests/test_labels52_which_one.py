"""Objects that say which one from the sentence: through an amount, at a named site, and by
the "-ing" clause they are about or for (session 52).

* a complement whose object is an amount of money or a quantity says which thing by the
  amount's own "of" phrase (:func:`~extract.actors._counted_object`): "halted payments on 2.5
  billion dlrs of foreign debt" is "payments on foreign debt", not a bare "payments" (judges:
  "object bare 'interest payments', sentence says which debt"); the amount is left out of the
  label, as it is of any side. Not a percentage ("a stake of 5 pct of the shares" is a share,
  not a thing counted), nor an amount without an "of" phrase ("payments on 5 billion dlrs
  owed to foreign banks");
* the sites and posts of armed forces and the works an attack hits join
  ``[sited_heads]``: "attacked a farm cooperative in Jinotega province" is "farm cooperative
  in Jinotega province", "overran an army garrison in Chalatenango province", "bombed a
  guerrilla outpost near Sidon" (judges: "object bare 'farm cooperative'", "garrison not
  identified"); a place with no name ("a police post in the mountains") or none at all keeps
  the bare noun, as for the other sites;
* an "-ing" clause after "on" (or another :data:`~extract.lexicon.WHICH_PREPS` preposition) or
  "for", hung on the noun right after it, says which accord, timetable or formula it is
  (:func:`~extract.actors.said_gerund`, labelled as a noun's "to" infinitive is): "signed an
  accord on easing tension along their border" is "accord on easing tension", "agreed on a
  timetable for withdrawing troops" "timetable for withdrawing troops" (judges: "object bare
  'accord', sentence says which"); not a gerund without an object ("an accord on fishing"),
  with an amount ("sharing 40 pct of the costs"), a pronoun ("on it") or hung on the verb
  ("passed a law against importing toxic waste").
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

CHANGED = [
    # through an amount
    ("Peru halted payments on 2.5 billion dlrs of foreign debt last year.",
     ("Peru", "halt", "payments on foreign debt"), ("Peru", "halt", "payments")),
    ("The Commission approved sales of 500,000 tonnes of barley to Saudi Arabia.",
     ("Commission", "approve", "sales of barley"), ("Commission", "approve", "sales")),
    ("Ecuador will not resume interest payments on its 8 billion dlrs of commercial bank debt "
     "until oil prices recover.",
     ("Ecuador", "resume", "interest payments on commercial bank debt"),
     ("Ecuador", "resume", "interest payments")),
    ("Washington banned sales of 40 mln dlrs of arms and spare parts to Iran.",
     ("Washington", "ban", "sales of arms and spare parts"), ("Washington", "ban", "sales")),
    # at a named site
    ("Guerrillas attacked a farm cooperative in Jinotega province, killing 11 civilians.",
     ("Guerrillas", "attack", "farm cooperative in Jinotega province"),
     ("Guerrillas", "attack", "farm cooperative")),
    ("Rebels overran an army garrison in Chalatenango province on Sunday.",
     ("rebels", "overrun", "army garrison in Chalatenango province"),
     ("rebels", "overrun", "army garrison")),
    ("Israeli jets bombed a Palestinian guerrilla outpost near Sidon, the army said.",
     ("Israel", "bomb", "Palestinian guerrilla outpost near Sidon"),
     ("Israel", "bomb", "Palestinian guerrilla outpost")),
    ("Police raided a compound in Soweto township today.",
     ("police", "raid", "compound in Soweto township"), ("police", "raid", "compound")),
    # by the "-ing" clause it is about or for
    ("Chile and Argentina signed an accord on easing tension along their border.",
     ("Chile", "sign", "accord on easing tension"), ("Chile", "sign", "accord")),
    ("The Soviet and U.S. delegations agreed on a timetable for withdrawing troops from "
     "Afghanistan.",
     ("Soviet and United States delegations", "agree on", "timetable for withdrawing troops"),
     ("Soviet and United States delegations", "agree on", "timetable")),
    ("Japan and the United States reached an agreement on opening Japan's rice market.",
     ("Japan", "reach", "agreement on opening Japan's rice market"),
     ("Japan", "reach", "agreement")),
    ("OPEC ministers rejected a formula for sharing out quotas among producers.",
     ("Organization of Petroleum Exporting Countries", "reject", "formula for sharing out quotas"),
     ("Organization of Petroleum Exporting Countries", "reject", "formula")),
]

UNCHANGED = [
    # no "of" phrase after the amount: nothing says which payments
    ("Argentina suspended payments on 5 billion dlrs owed to foreign banks.",
     ("Argentina", "suspend", "payments")),
    # a light verb's purchase of a counted thing keeps its reading
    ("Egypt approved purchases of 200,000 tonnes of wheat on Monday.",
     ("Egypt", "approve purchase", "wheat")),
    # a site in an unnamed place, or in none
    ("Rebels attacked a police post in the mountains, killing two officers.",
     ("rebels", "attack", "police post")),
    ("Rebels attacked an army garrison on Tuesday, killing 12 soldiers.",
     ("rebels", "attack", "army garrison")),
    # a site the list held before keeps its reading
    ("Iraqi warplanes struck an oil refinery in Basra province on Tuesday.",
     ("Iraq", "strike", "oil refinery in Basra province")),
    # a gerund with no object, an amount or a pronoun, or hung on the verb
    ("Israel and Jordan signed an accord on fishing in the Gulf of Aqaba.",
     ("Israel", "sign", "accord")),
    ("Toyota and Suzuki signed an agreement on sharing 40 pct of the costs.",
     ("Toyota", "sign", "agreement")),
    ("Bolivia and Chile signed an accord on it.", ("Bolivia", "sign", "accord")),
    ("Parliament passed a law against importing toxic waste.",
     ("Parliament", "pass", "law")),
]

SENTENCES = list(dict.fromkeys([s for s, _, _ in CHANGED] + [s for s, _ in UNCHANGED]))


@pytest.fixture(scope="module")
def found(extractor) -> dict[str, set[tuple[str, str, str]]]:
    results = extractor.extract([Article(f"c{i}", s) for i, s in enumerate(SENTENCES)])
    return {s: {(t.subject.label, t.relation.label, t.object.label) for t in r.triples}
            for s, r in zip(SENTENCES, results, strict=True)}


@pytest.mark.parametrize(("sentence", "triple", "before"), CHANGED)
def test_object_says_which_one(found, sentence, triple, before):
    assert triple in found[sentence], sorted(found[sentence])
    assert before not in found[sentence], sorted(found[sentence])


@pytest.mark.parametrize(("sentence", "triple"), UNCHANGED)
def test_guard_keeps_its_reading(found, sentence, triple):
    assert triple in found[sentence], sorted(found[sentence])


def test_percentage_is_no_count(nlp):
    from actorgraph.extract.actors import _counted_object

    doc = nlp("The company acquired a stake of 5 pct of the shares.")
    pct = next(t for t in doc if t.lower_ == "pct")
    assert _counted_object(pct) is None
    doc = nlp("Peru halted payments on 2.5 billion dlrs of foreign debt last year.")
    dlrs = next(t for t in doc if t.lower_ == "dlrs")
    assert _counted_object(dlrs).text == "debt"
