"""Rules from the fourth construction grid (tests/test_forms_grid_4.py): a fronted passive
participle hung on the verb of a closing attribution whose clause the parse swallowed, and
nouns in "-ship" and "-ism" of a classed verb ("Aramco's sponsorship of FIFA", "the
vandalism of Stonehenge by X").

Hand-built Docs test each rule without the model; the tables run sentences written for
these tests (none from an evaluation set) through it: rows ``(sentence, present, absent)``
as in :mod:`tests.constructions`.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.events import default_lexicon
from actorgraph.extract.rules.nominal import derived_event
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def _triples(doc) -> set[tuple[str, str, str]]:
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


# -- a fronted participle hung on the verb of a closing attribution --------------------------

_SWALLOWED = [
    # the clause "tanker reached Aden" swallowed under the comma: the speaker was not escorted
    ("Escorted by Navy , tanker reached Aden , Trafigura said", """
        9 advcl VERB escort VBN
        0 agent ADP by IN
        1 pobj PROPN Navy NNP
        9 punct PUNCT , ,
        5 nsubj NOUN tanker NN
        3 relcl VERB reach VBD
        5 dobj PROPN Aden NNP
        9 punct PUNCT , ,
        9 nsubj PROPN Trafigura NNP
        9 ROOT VERB say VBD
    """, ("Navy", "escort", "Trafigura")),
    # ... with the object of "told" and the swallowed clause a conjunct
    ("Backed by Moscow , rebels seized Goma , Kagame told reporters", """
        9 advcl VERB back VBN
        0 agent ADP by IN
        1 pobj PROPN Moscow NNP
        9 punct PUNCT , ,
        5 nsubj NOUN rebel NNS
        0 conj VERB seize VBD
        5 dobj PROPN Goma NNP
        9 punct PUNCT , ,
        9 nsubj PROPN Kagame NNP
        9 ROOT VERB tell VBD
        9 dobj NOUN reporter NNS
    """, ("Moscow", "back", "Kagame")),
    # ... with "reported"
    ("Guarded by Wagner , convoy entered Bamako , Reuters reported", """
        8 advcl VERB guard VBN
        0 agent ADP by IN
        1 pobj PROPN Wagner NNP
        8 punct PUNCT , ,
        5 nsubj NOUN convoy NN
        3 relcl VERB enter VBD
        5 dobj PROPN Bamako NNP
        8 punct PUNCT , ,
        8 nsubj PROPN Reuters NNP
        8 ROOT VERB report VBD
    """, ("Wagner", "guard", "Reuters")),
]


@pytest.mark.parametrize(("sentence", "rows", "wrong"), _SWALLOWED,
                         ids=[s for s, _, _ in _SWALLOWED])
def test_a_participle_on_a_closing_attribution_is_not_the_speakers(sentence, rows, wrong):
    assert wrong not in _triples(parse(sentence, rows))


_KEPT = [
    # the speaker's own clause follows the verb of saying: the participle is the speaker's
    ("Flanked by generals , Putin said talks failed", """
        5 advcl VERB flank VBN
        0 agent ADP by IN
        1 pobj NOUN general NNS
        5 punct PUNCT , ,
        5 nsubj PROPN Putin NNP
        5 ROOT VERB say VBD
        7 nsubj NOUN talk NNS
        5 ccomp VERB fail VBD
    """, ("generals", "flank", "Putin")),
    # a clause a subordinator introduces is part of the participle's phrase
    ("Asked by reporters whether he would quit , Johnson said no", """
        9 advcl VERB ask VBN
        0 agent ADP by IN
        1 pobj NOUN reporter NNS
        6 mark SCONJ whether IN
        6 nsubj PRON he PRP
        6 aux AUX would MD
        0 ccomp VERB quit VB
        9 punct PUNCT , ,
        9 nsubj PROPN Johnson NNP
        9 ROOT VERB say VBD
        9 dobj INTJ no UH
    """, ("reporters", "ask", "Johnson")),
    # no verb of saying: the main clause's subject underwent it
    ("Shelled by Russia , Kramatorsk lost power", """
        5 advcl VERB shell VBN
        0 agent ADP by IN
        1 pobj PROPN Russia NNP
        5 punct PUNCT , ,
        5 nsubj PROPN Kramatorsk NNP
        5 ROOT VERB lose VBD
        5 dobj NOUN power NN
    """, ("Russia", "shell", "Kramatorsk")),
]


@pytest.mark.parametrize(("sentence", "rows", "kept"), _KEPT, ids=[s for s, _, _ in _KEPT])
def test_a_participle_on_its_own_clause_keeps_its_subject(sentence, rows, kept):
    assert kept in _triples(parse(sentence, rows))


# -- nouns in "-ship" and "-ism" of a classed verb -------------------------------------------

_SHIP_ISM = [
    ("Aramco 's sponsorship of FIFA grew", """
        2 poss PROPN Aramco NNP
        0 case PART 's POS
        5 nsubj NOUN sponsorship NN
        2 prep ADP of IN
        3 pobj PROPN FIFA NNP
        5 ROOT VERB grow VBD
    """, {"Aramco": "ORG", "FIFA": "ORG"}, ("Aramco", "sponsor", "FIFA")),
    ("China 's censorship of Google angered Washington", """
        2 poss PROPN China NNP
        0 case PART 's POS
        5 nsubj NOUN censorship NN
        2 prep ADP of IN
        3 pobj PROPN Google NNP
        5 ROOT VERB anger VBD
        5 dobj PROPN Washington NNP
    """, {"China": "GPE", "Google": "ORG", "Washington": "GPE"}, ("China", "censor", "Google")),
    ("the vandalism of Stonehenge by Greenpeace shocked Britain", """
        1 det DET the DT
        6 nsubj NOUN vandalism NN
        1 prep ADP of IN
        2 pobj PROPN Stonehenge NNP
        1 prep ADP by IN
        4 pobj PROPN Greenpeace NNP
        6 ROOT VERB shock VBD
        6 dobj PROPN Britain NNP
    """, {"Stonehenge": "FAC", "Greenpeace": "ORG", "Britain": "GPE"},
     ("Greenpeace", "vandalize", "Stonehenge")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "triple"), _SHIP_ISM,
                         ids=[s for s, _, _, _ in _SHIP_ISM])
def test_a_ship_or_ism_noun_of_a_classed_verb_is_that_verb(sentence, rows, ents, triple):
    assert triple in _triples(parse(sentence, rows, ents=ents))


_NO_ACT = [
    # an unclassed verb's "-ship" noun names a standing, no act
    ("China 's membership of WTO", """
        2 poss PROPN China NNP
        0 case PART 's POS
        2 ROOT NOUN membership NN
        2 prep ADP of IN
        3 pobj PROPN WTO NNP
    """, {"China": "GPE", "WTO": "ORG"}),
    ("Biden 's leadership of NATO was praised", """
        2 poss PROPN Biden NNP
        0 case PART 's POS
        6 nsubjpass NOUN leadership NN
        2 prep ADP of IN
        3 pobj PROPN NATO NNP
        6 auxpass AUX be VBD
        6 ROOT VERB praise VBN
    """, {"Biden": "PERSON", "NATO": "ORG"}),
]


@pytest.mark.parametrize(("sentence", "rows", "ents"), _NO_ACT, ids=[s for s, _, _ in _NO_ACT])
def test_a_ship_noun_of_an_unclassed_verb_is_no_act(sentence, rows, ents):
    doc = parse(sentence, rows, ents=ents)
    assert derived_event(doc[2], default_lexicon()) is None
    assert not any(s in ("China", "Biden") for s, _, _ in _triples(doc))


# -- the same through the model ---------------------------------------------------------------

SWALLOWED_ATTRIBUTION = {
    "fronted participle, closing attribution": [
        ("Escorted by the Indian Navy destroyer INS Visakhapatnam, the tanker Marlin Luanda "
         "reached Djibouti on Sunday with its fire extinguished and all 22 crew members safe, "
         "Trafigura said.", [], [("INS Visakhapatnam", "Trafigura")]),
    ],
    "fronted participle, its own clause": [
        ("Shelled by Russian artillery for three days, Kupiansk lost its water supply on "
         "Friday, the regional governor said.",
         [("Russia", "shell", "Kupiansk", False, False)], []),
        ("Backed by Rwandan troops, M23 rebels seized the airport in Goma on Monday, UN "
         "officials said.", [("Rwanda", "back", "M23", False, False)], []),
    ],
}

SHIP_ISM = {
    "X's N-ship of Y": [
        ("Aramco's sponsorship of FIFA, signed in Zurich last April, angered several "
         "women's teams, their players said.",
         [("Aramco", "sponsor", "FIFA", False, False)], []),
        ("Beijing's censorship of Google drew a sharp protest from Washington on Tuesday, "
         "officials said.", [("Beijing", "censor", "Google", False, False)], []),
    ],
    "the N-ism of Y by X": [
        ("The vandalism of a synagogue in Halle by neo-Nazi activists shocked Germany, "
         "Chancellor Olaf Scholz said on Monday.",
         [("neo-Nazi activists", "vandalize", "synagogue", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"),
                         cases(SWALLOWED_ATTRIBUTION, SHIP_ISM))
def test_grid4_constructions(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
