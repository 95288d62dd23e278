"""A "not" on a subject or object, and the "but" member a clause's "not" contrasts with.

"The EU sanctioned Russian banks but not Gazprom", "Israel struck Hezbollah, but not
Hamas", "Russia attacked not Kharkiv but Kyiv", "Not Russia but Ukraine shelled the
plant": the relation with the member that carries the "not" is negated, though its verb
is not (:func:`extract.context.negated_argument`); "the army did not target civilians but
Hamas fighters", "did not attack Kyiv, but Kharkiv": the member after "but" is what was
done, so the clause's own "not" does not negate it
(:func:`extract.context.contrasted_argument`). The "not" of a contrasted member is no
part of its label ("Gazprom", not "not Gazprom"). Guards: "not only", "not all", "not
least" leave it done; "or" and "nor" share the denial.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.context import contrasted_argument, negated_argument

from tests.constructions import cases, check_construction
from tests.docs import parse


def test_but_not_member_is_negated():
    doc = parse("EU sanctioned banks but not Gazprom", """
        1 nsubj PROPN EU NNP
        1 ROOT VERB sanction VBD
        1 dobj NOUN bank NNS
        2 cc CCONJ but CC
        5 neg PART not RB
        2 conj PROPN Gazprom NNP
    """)
    assert negated_argument(doc[5])
    assert not negated_argument(doc[2])
    assert not contrasted_argument(doc[5])


def test_not_before_the_first_member_and_the_subject():
    doc = parse("Not Russia but Ukraine shelled the plant", """
        1 neg PART not RB
        4 nsubj PROPN Russia NNP
        1 cc CCONJ but CC
        1 conj PROPN Ukraine NNP
        4 ROOT VERB shell VBD
        6 det DET the DT
        4 dobj NOUN plant NN
    """)
    assert negated_argument(doc[1])
    assert not negated_argument(doc[3])


def test_not_on_the_preposition_of_the_object():
    doc = parse("jets struck Gaza but not in Lebanon", """
        1 nsubj NOUN jet NNS
        1 ROOT VERB strike VBD
        1 dobj PROPN Gaza NNP
        1 cc CCONJ but CC
        5 neg PART not RB
        1 prep ADP in IN
        5 pobj PROPN Lebanon NNP
    """)
    assert negated_argument(doc[6])
    assert not negated_argument(doc[2])


def test_guard_not_all_and_not_only():
    doc = parse("Not all states backed not only Kyiv", """
        2 neg PART not RB
        2 det DET all DT
        3 nsubj NOUN state NNS
        3 ROOT VERB back VBD
        6 neg PART not RB
        6 advmod ADV only RB
        3 dobj PROPN Kyiv NNP
    """)
    assert not negated_argument(doc[2])
    assert not negated_argument(doc[6])


def test_member_after_but_escapes_the_clause_not():
    doc = parse("Russia did not attack Kyiv but Kharkiv", """
        3 nsubj PROPN Russia NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB attack VB
        3 dobj PROPN Kyiv NNP
        4 cc CCONJ but CC
        4 conj PROPN Kharkiv NNP
    """)
    assert contrasted_argument(doc[6])
    assert not contrasted_argument(doc[4])


def test_guard_or_shares_the_denial():
    doc = parse("Russia did not attack Kyiv or Kharkiv", """
        3 nsubj PROPN Russia NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB attack VB
        3 dobj PROPN Kyiv NNP
        4 cc CCONJ or CC
        4 conj PROPN Kharkiv NNP
    """)
    assert not contrasted_argument(doc[6])


def test_guard_but_without_a_negated_verb():
    doc = parse("Russia attacked Kyiv but Kharkiv", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB attack VBD
        1 dobj PROPN Kyiv NNP
        2 cc CCONJ but CC
        2 conj PROPN Kharkiv NNP
    """)
    assert not contrasted_argument(doc[4])


_ARGUMENTS = {
    "a 'not' on a member of the object or subject list": [
        ("The EU sanctioned Russian banks but not Gazprom.",
         [("European Union", "sanction", "Gazprom", True, False),
          ("European Union", "sanction", "Russian banks", False, False)], []),
        ("Israel struck Hezbollah, but not Hamas, in the raid.",
         [("Israel", "strike", "Hezbollah", False, False),
          ("Israel", "strike", "Hamas", True, False)], []),
        ("Russia attacked not Kharkiv but Kyiv.",
         [("Russia", "attack", "Kharkiv", True, False),
          ("Russia", "attack", "Kyiv", False, False)], []),
        ("Not Russia but Ukraine shelled the plant.",
         [("Russia", "shell", "plant", True, False),
          ("Ukraine", "shell", "plant", False, False)], []),
    ],
    "the member after 'but' that a clause's 'not' contrasts with": [
        ("Russia did not attack Kyiv, but Kharkiv.",
         [("Russia", "attack", "Kyiv", True, False),
          ("Russia", "attack", "Kharkiv", False, False)], []),
        ("Israel said its jets did not strike the hospital but a Hamas command centre "
         "next to it.",
         [("Israel", "strike", "hospital", True, False),
          ("Israel", "strike", "Hamas command centre", False, False)], []),
    ],
    "guard: some done, or the denial shared": [
        ("Not all EU states backed the sanctions against Russia.",
         [("European Union", "back sanction", "Russia", False, False)], []),
        ("Not a single suspect has been arrested by Mexican police.",
         [("Mexico", "arrest", "not single suspect", True, False)], []),
        ("Russia did not attack Kyiv or Kharkiv.",
         [("Russia", "attack", "Kyiv or Kharkiv", True, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_ARGUMENTS))
def test_negated_arguments_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
