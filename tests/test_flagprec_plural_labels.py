"""A reported clause labelled by a bare plural claim noun after it is hedged: "the group
said the army had killed 20 civilians, accusations that the army denies", "Kyiv said
Russian troops had shelled the plant, claims that Moscow rejects" (as "..., a claim
Yerevan denies" already is; the parse takes "claims" for a verb or hangs the noun on the
verb of saying, so the words decide: a comma, the plural noun, then "that" or "which").
Not a noun joined by "and" ("..., and claims that X were false": a second statement),
another noun ("figures that aid groups dispute") or no comma. A label whose verb denies
the clause leaves it hedged, disputed, not negated (tests/test_denied_claim_labels.py)."""

from __future__ import annotations

import pytest
from actorgraph.extract.context import modality

from tests.constructions import cases, check_construction
from tests.docs import parse

_KYIV_ROWS = """
    1 nsubj PROPN Kyiv NNP
    1 ROOT VERB say VBD
    3 nsubj PROPN Russia NNP
    1 ccomp VERB shell VBD
    3 dobj PROPN Enerhodar NNP
    1 punct PUNCT , ,
    1 conj VERB {lemma} VBZ
    9 mark SCONJ that IN
    9 nsubj PROPN Moscow NNP
    6 ccomp VERB reject VBZ
"""

#: (sentence, rows, index of the predicate, hedged)
_CLAUSES = [
    ("Kyiv said Russia shelled Enerhodar , claims that Moscow rejects",
     _KYIV_ROWS.format(lemma="claim"), 3, True),
    ("Kyiv said Russia shelled Enerhodar , allegations that Moscow rejects",
     _KYIV_ROWS.format(lemma="allegation"), 3, True),
    ("Kyiv said Russia shelled Enerhodar , accusations that Moscow rejects", """
        1 nsubj PROPN Kyiv NNP
        1 ROOT VERB say VBD
        3 nsubj PROPN Russia NNP
        1 ccomp VERB shell VBD
        3 dobj PROPN Enerhodar NNP
        3 punct PUNCT , ,
        3 npadvmod NOUN accusation NNS
        9 dobj SCONJ that IN
        9 nsubj PROPN Moscow NNP
        6 relcl VERB reject VBZ
    """, 3, True),
    # guards: another noun; no comma
    ("Kyiv said Russia shelled Enerhodar , figures that Moscow rejects",
     _KYIV_ROWS.format(lemma="figure"), 3, False),
    ("Kyiv said Russia shelled Enerhodar and claims that Moscow rejects", """
        1 nsubj PROPN Kyiv NNP
        1 ROOT VERB say VBD
        3 nsubj PROPN Russia NNP
        1 ccomp VERB shell VBD
        3 dobj PROPN Enerhodar NNP
        1 cc CCONJ and CC
        1 conj VERB claim VBZ
        9 mark SCONJ that IN
        9 nsubj PROPN Moscow NNP
        6 ccomp VERB reject VBZ
    """, 3, False),
]


@pytest.mark.parametrize(("text", "rows", "predicate", "hedged"), _CLAUSES,
                         ids=[c[0] for c in _CLAUSES])
def test_plural_label(text, rows, predicate, hedged):
    assert modality(parse(text, rows)[predicate]).hedged is hedged


PLURAL_LABELS = {
    "a clause labelled '..., accusations / claims / allegations that X denies'": [
        ("The group said the army had killed 20 civilians in Darfur, accusations that the "
         "army denies.",
         [("army", "kill", "civilians", False, True)], []),
        ("Kyiv said Russian troops had shelled the Zaporizhzhia plant, claims that Moscow "
         "rejects.",
         [("Russia", "shell", "Zaporizhzhia plant", False, True)], []),
        ("Azerbaijan said Armenian forces had attacked the town of Tartar, allegations that "
         "Yerevan denied.",
         [("Armenia", "attack", "Tartar", False, True)], []),
        ("Police said the gunman had shot two officers, charges that his lawyer denies.",
         [("gunman", "shoot", "officers", False, True)], []),
    ],
    "guards: a second statement joined by 'and', a plain report": [
        ("The ministry said Israel had struck the Jabalia camp, and claims that Hamas "
         "fighters were hiding there were false.",
         [("Israel", "strike", "Jabalia camp", False, False)], []),
        ("Kyiv said Russian troops had shelled the Zaporizhzhia plant on Sunday.",
         [("Russia", "shell", "Zaporizhzhia plant", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(PLURAL_LABELS))
def test_plural_labels(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
