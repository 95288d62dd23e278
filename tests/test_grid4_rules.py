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


# -- "X's N of Y": an unclassed act on a common noun -----------------------------------------

_COMMON_OF = [
    ("Pakistan 's repatriation of refugees angered Kabul", """
        2 poss PROPN Pakistan NNP
        0 case PART 's POS
        5 nsubj NOUN repatriation NN
        2 prep ADP of IN
        3 pobj NOUN refugee NNS
        5 ROOT VERB anger VBD
        5 dobj PROPN Kabul NNP
    """, {"Pakistan": "GPE", "Kabul": "GPE"}, ("Pakistan", "repatriation", "refugees")),
    ("Houthis ' sinking of the carrier alarmed insurers", """
        2 poss PROPN Houthis NNPS
        0 case PART ' POS
        6 nsubj NOUN sinking NN
        2 prep ADP of IN
        5 det DET the DT
        3 pobj NOUN carrier NN
        6 ROOT VERB alarm VBD
        6 dobj NOUN insurer NNS
    """, {"Houthis": "NORP"}, ("Houthis", "sink", "carrier")),
    ("UNICEF 's vaccination of children in Gaza ended", """
        2 poss PROPN UNICEF NNP
        0 case PART 's POS
        7 nsubj NOUN vaccination NN
        2 prep ADP of IN
        3 pobj NOUN child NNS
        4 prep ADP in IN
        5 pobj PROPN Gaza NNP
        7 ROOT VERB end VBD
    """, {"UNICEF": "ORG", "Gaza": "GPE"}, ("UNICEF", "vaccination", "children")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "triple"), _COMMON_OF,
                         ids=[s for s, _, _, _ in _COMMON_OF])
def test_an_act_of_a_named_possessor_on_a_common_noun(sentence, rows, ents, triple):
    assert triple in _triples(parse(sentence, rows, ents=ents))


_STANDING_OF = [
    # a standing, not an act ([standing_nouns])
    ("Japan 's population of pensioners grew", """
        2 poss PROPN Japan NNP
        0 case PART 's POS
        5 nsubj NOUN population NN
        2 prep ADP of IN
        3 pobj NOUN pensioner NNS
        5 ROOT VERB grow VBD
    """, {"Japan": "GPE"}),
    # no act's ending
    ("Russia 's version of events surprised Kyiv", """
        2 poss PROPN Russia NNP
        0 case PART 's POS
        5 nsubj NOUN version NN
        2 prep ADP of IN
        3 pobj NOUN event NNS
        5 ROOT VERB surprise VBD
        5 dobj PROPN Kyiv NNP
    """, {"Russia": "GPE", "Kyiv": "GPE"}),
    # a possessor that names no one
    ("the company 's handling of complaints improved", """
        1 det DET the DT
        3 poss NOUN company NN
        1 case PART 's POS
        6 nsubj NOUN handling NN
        3 prep ADP of IN
        4 pobj NOUN complaint NNS
        6 ROOT VERB improve VBD
    """, {}),
]


@pytest.mark.parametrize(("sentence", "rows", "ents"), _STANDING_OF,
                         ids=[s for s, _, _ in _STANDING_OF])
def test_no_act_without_an_act_noun_or_a_named_possessor(sentence, rows, ents):
    doc = parse(sentence, rows, ents=ents)
    assert not any(rel in ("population", "version", "handle") for _, rel, _ in _triples(doc))


COMMON_OF = {
    "X's N-ation of Y": [
        ("Canada's relocation of Afghan interpreters, which began in 2021, has drawn praise "
         "from veterans' groups, officials in Ottawa said.",
         [("Canada", "relocate", "Afghan interpreters", False, False)], []),
        ("Italy's regularisation of undocumented farm workers ended on Friday, the interior "
         "ministry said.",
         [("Italy", "regularisation", "undocumented farm workers", False, False)], []),
    ],
    "X's N-ing of Y": [
        ("Atlanta mayor Keisha Lance Bottoms's handling of the protests was praised by "
         "residents on Monday.",
         [("Keisha Lance Bottoms", "handle", "protests", False, False)], []),
    ],
    "X's standing of Y": [
        ("Japan's population of pensioners grew by 2 percent last year, the statistics "
         "bureau said.", [], [("Japan", "pensioners")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(COMMON_OF))
def test_common_of_constructions(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
