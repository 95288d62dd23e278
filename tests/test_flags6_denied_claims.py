"""Denied claims without "that", and denied parts in an event.

- A claim noun's clause without "that" is denied with its noun: "Israel rejects reports
  it struck a school in Rafah" (the clause parsed as a relative clause of "reports"),
  "the Pentagon dismisses claims its drones killed civilians" ("claims" tagged a verb
  whose complement the clause is) state a strike and a killing that did not happen, as
  "rejects reports that it struck" does (:func:`extract.context.denied`).
- The one a denied claim is about is the one who denies it, not the claimant named with
  the claim noun: "Pyongyang denies Seoul's claim it planted landmines", "Burundi denies
  UN claims that its police tortured X" (:meth:`extract.coref.Coreference.denier`); a
  passive subject may be the claimant ("denies Seoul's claim it was attacked").
- "Denies any role / complicity in the killing of X" with the "in" phrase hung on the
  verb right after the noun is the same denied part in the killing.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.context import denied

from tests.constructions import cases, check_construction
from tests.docs import parse


def test_a_relative_clause_of_a_denied_claim_noun_is_denied():
    doc = parse("Israel rejects reports it struck Rafah", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB reject VBZ
        1 dobj NOUN report NNS
        4 nsubj PRON it PRP
        2 relcl VERB strike VBD
        4 dobj PROPN Rafah NNP
    """)
    assert denied(doc[4])


def test_the_clause_of_a_claim_noun_tagged_a_verb_is_denied():
    doc = parse("Pentagon dismisses claims drones killed civilians", """
        1 nsubj PROPN Pentagon NNP
        1 ROOT VERB dismiss VBZ
        1 ccomp VERB claim VBZ
        4 nsubj NOUN drone NNS
        2 ccomp VERB kill VBD
        4 dobj NOUN civilian NNS
    """)
    assert denied(doc[4])


def test_a_bare_claimant_before_the_claim_verb_keeps_the_denial():
    doc = parse("Syria denies opposition claims forces shelled Sarmin", """
        1 nsubj PROPN Syria NNP
        1 ROOT VERB deny VBZ
        3 nsubj NOUN opposition NN
        1 ccomp VERB claim VBZ
        5 nsubj NOUN force NNS
        3 ccomp VERB shell VBD
        5 dobj PROPN Sarmin NNP
    """)
    assert denied(doc[5])


def test_guard_a_confirmed_report_is_not_denied():
    doc = parse("Egypt confirms reports it bombed Derna", """
        1 nsubj PROPN Egypt NNP
        1 ROOT VERB confirm VBZ
        1 dobj NOUN report NNS
        4 nsubj PRON it PRP
        2 relcl VERB bomb VBD
        4 dobj PROPN Derna NNP
    """)
    assert not denied(doc[4])


def test_guard_a_relative_clause_with_a_gap_is_no_claim():
    # "rejects the claims Navalny made": what Navalny made is the claims themselves
    doc = parse("Kremlin rejects the claims Navalny made", """
        1 nsubj PROPN Kremlin NNP
        1 ROOT VERB reject VBZ
        3 det DET the DT
        1 dobj NOUN claim NNS
        5 nsubj PROPN Navalny NNP
        3 relcl VERB make VBD
    """)
    assert not denied(doc[5])


def test_guard_a_claim_verb_with_a_subject_of_its_own_is_no_bare_claim():
    # "denies the opposition claims ...": a claimant with a determiner is a clause's subject
    doc = parse("Syria denies the opposition claims forces shelled Sarmin", """
        1 nsubj PROPN Syria NNP
        1 ROOT VERB deny VBZ
        3 det DET the DT
        4 nsubj NOUN opposition NN
        1 ccomp VERB claim VBZ
        6 nsubj NOUN force NNS
        4 ccomp VERB shell VBD
        6 dobj PROPN Sarmin NNP
    """)
    assert not denied(doc[6])


_DENIED_CLAIMS = {
    "denied claim without 'that'": [
        ("Israel dismisses claims its jets struck a mosque in Gaza.",
         [("Israel", "strike", "mosque in Gaza", True, True)], []),
        ("Beijing rejects accusations it hacked the Australian parliament.",
         [("Beijing", "hack", "Australia", True, True)], []),
        ("Venezuela dismisses claims its soldiers killed Colombian smugglers.",
         [("Venezuela", "kill", "Colombian smugglers", True, True)], []),
        ("Syria dismisses reports its forces attacked a UN convoy near Aleppo.",
         [("Syria", "attack", "United Nations convoy", True, True)], []),
        ("Kenya rejects reports its troops crossed into Somalia.",
         [("Kenya", "cross into", "Somalia", True, True)], []),
        ("Saudi Arabia denies reports it funded the rebels of Jaish al-Islam.",
         [("Saudi Arabia", "fund", "rebels of Jaish al-Islam", True, True)], []),
        ("Hanoi rejects Chinese accusations it sank a fishing boat.",
         [("Hanoi", "sink", "fishing boat", True, True)], []),
        ("The Israeli army dismisses allegations its soldiers beat Palestinian detainees "
         "in Hebron.",
         [("soldiers", "beat", "Palestinian detainees", True, True)], []),
    ],
    "guard: a claim that is not denied": [
        ("Turkey cites reports Russian jets bombed Turkmen villages.",
         [("Russia", "bomb", "Turkmen villages", False, False)], []),
        ("Egypt confirms reports its jets bombed Derna.",
         [("Egypt", "bomb", "Derna", False, False)], []),
        ("The Kremlin rejects the claims Navalny made against Vladimir Putin.",
         [("Navalny", "make against", "Vladimir Putin", False, False)], []),
    ],
    "the denier is the one the claim is about": [
        ("Ethiopia denies Eritrean claims that its army shelled Zalambessa.",
         [("Ethiopia", "shell", "Zalambessa", True, True)], [("Eritrea", "Zalambessa")]),
        ("Pyongyang denies Seoul's claim it planted landmines on the border.",
         [("Pyongyang", "plant", "landmines on border", True, True)], [("Seoul", "landmines")]),
        ("Burundi denies UN claims that its police tortured opposition supporters.",
         [("Burundi", "torture", "opposition supporters", True, True)],
         [("United Nations", "opposition supporters")]),
    ],
    "guard: a passive subject is the claimant's": [
        ("Kiev denies Moscow's claim it was attacked by Ukrainian drones.",
         [("Ukraine", "attack", "Moscow", True, True)], [("Ukraine", "Kiev")]),
    ],
    "a denied part in an event, the 'in' phrase on the verb": [
        ("Hezbollah denies any role in the assassination of the Lebanese minister "
         "Mohamad Chatah.",
         [("Hezbollah", "assassinate", "Mohamad Chatah", True, False)], []),
        ("The Turkish government denies complicity in the killing of the Kurdish "
         "journalist Nazim Dastan.",
         [("Turkey", "kill", "Nazim Dastan", True, False)], []),
        ("Hamas denies any role in the kidnapping of the Israeli soldier Gilad Shalit.",
         [("Hamas", "kidnap", "Gilad Shalit", True, False)], []),
    ],
    "guard: a part owned up to or played": [
        ("Pakistan admits a role in the capture of Osama bin Laden.",
         [("Pakistan", "capture", "Osama bin Laden", False, False)], []),
        ("Qatar plays a role in the talks between the Taliban and Washington.",
         [("Taliban", "talk", "Washington", False, False),
          ("Washington", "talk", "Taliban", False, False)], [("Qatar", "Taliban")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_DENIED_CLAIMS))
def test_denied_claims_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
