"""A clause whose core argument is "none" or "neither" with an "of" phrase is negated:
"none of its soldiers fired at the protesters", "neither of the candidates attended the
debate" (the argument stands for the "of" noun, so without the negation the triple would
state the act: [negative_partitives]). "none other than X" (no "of") negates nothing."""

from __future__ import annotations

import pytest
from actorgraph.extract.rules.base import is_negated

from tests.constructions import cases, check_construction
from tests.docs import parse

#: (sentence, rows, index of the verb, negated)
_CLAUSES = [
    ("None of the rebels attacked Goma", """
        4 nsubj NOUN none NN
        0 prep ADP of IN
        3 det DET the DT
        1 pobj NOUN rebel NNS
        3 ROOT VERB attack VBD
        4 dobj PROPN Goma NNP
    """, 4, True),
    ("Neither of the parties signed the accord", """
        4 nsubj DET neither DT
        0 prep ADP of IN
        3 det DET the DT
        1 pobj NOUN party NNS
        4 ROOT VERB sign VBD
        6 det DET the DT
        4 dobj NOUN accord NN
    """, 4, True),
    ("Russia attacked none of the Baltic states", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB attack VBD
        1 dobj NOUN none NN
        2 prep ADP of IN
        6 det DET the DT
        6 compound PROPN Baltic NNP
        3 pobj NOUN state NNS
    """, 1, True),
    # guards: "none other than", and a "none of" that is not a core argument
    ("None other than Russia attacked the dam", """
        4 nsubj NOUN none NN
        0 amod ADJ other JJ
        1 prep ADP than IN
        2 pobj PROPN Russia NNP
        4 ROOT VERB attack VBD
        6 det DET the DT
        4 dobj NOUN dam NN
    """, 4, False),
    ("Russia attacked Kyiv with none of its drones", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB attack VBD
        1 dobj PROPN Kyiv NNP
        1 prep ADP with IN
        3 pobj NOUN none NN
        4 prep ADP of IN
        7 poss PRON its PRP$
        5 pobj NOUN drone NNS
    """, 1, False),
]


@pytest.mark.parametrize(("text", "rows", "verb", "expected"), _CLAUSES,
                         ids=[c[0] for c in _CLAUSES])
def test_none_of_negates(text, rows, verb, expected):
    assert is_negated(parse(text, rows)[verb]) is expected


NONE_OF = {
    "'none / neither of X' as a core argument negates the act": [
        ("The army says none of its soldiers fired at the protesters.",
         [("soldiers", "fire at", "protesters", True, False)], []),
        ("None of the Russian soldiers crossed into Ukraine.",
         [("Russia", "cross into", "Ukraine", True, False)], []),
        ("None of the rebels attacked Goma on Sunday.",
         [("rebels", "attack", "Goma", True, False)], []),
    ],
    "guards: a plain subject, 'none other than'": [
        ("Rwandan soldiers crossed into Congo on Sunday.",
         [("Rwanda", "cross into", "Republic of the Congo", False, False)], []),
        ("Ukraine says none other than Russia attacked the dam.",
         [("Russia", "attack", "dam", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(NONE_OF))
def test_none_of(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
