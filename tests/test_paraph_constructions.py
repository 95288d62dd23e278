"""Constructions of the paraphrase forms and the main wire triples (session 31).

* A group noun after "of" is a quantity ("a team of experts"), unless a name says which
  group it is, also one the NER missed: "rescued four boys of the Wild Boars football
  team" names the team (:func:`~actorgraph.extract.actors.concept_complement`).
* "The commission" and "the board" point back to a commission or a board named before
  ("the Ohio Public Utilities Commission ... the commission ordered"), never to the company
  named last (:data:`~actorgraph.extract.lexicon.NAMED_KINDS`).
* An object "it" that a reported clause directs to act is the one the report is about:
  "Century said the Bank Board has ordered it to submit a plan" (Coreference._directed).
* A group whose owner is "whose" acts for the noun its relative clause is on: "Hezbollah,
  whose fighters battled Israeli troops" (ActorResolver._relative_owner).
* A main verb the parser coordinated with a relative clause on the subject is the
  sentence's verb: "Vietnam's coast guard, whose boats have clashed with Chinese vessels,
  detained a trawler" (:func:`~actorgraph.extract.hygiene._main_verb_after_relative`).
* A country's possessive the NER typed a person or missed names the side of the group it
  owns: "Mali's ruling junta expelled the French ambassador"
  (:func:`~actorgraph.extract.rules.base.country_possessor`).
* A "by" phrase after a speaker's aside is the passive verb's agent: "The convoy was
  attacked near Kati, witnesses said, by gunmen" (:func:`~actorgraph.extract.hygiene.
  _agent_after_aside`).
* A passive perfect participle before the clause ("Having been rejected by Kyiv, the
  proposal was withdrawn by Orban") is said of the clause's subject as written, not of its
  agent, as a bare one ("Rejected by Kyiv, ...") is.
* "Neither ... nor" negates what it coordinates, also with "neither" hung on a possessive
  inside the first phrase ("Neither Sudan's army nor the RSF attacked the camp") and
  between verbs ("Israel neither confirmed nor denied the strike"); the "neither" is no
  part of an argument's label ("attacked neither the camp": the camp).
* Boats and ships of every kind are things an act of force or coercion targets ("detained
  a Chinese fishing trawler"; the ``@vehicle`` row of ``event_classes.tsv``).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.actors import ActorResolver, concept_complement
from actorgraph.extract.hygiene import repair_verbs
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse

# -- a named group after "of" -------------------------------------------------------------

def _complement(doc, i):
    found = concept_complement(doc[i])
    return None if found is None else (found[0].text, found[1].text)


def test_a_group_the_ner_missed_is_named_by_its_proper_nouns():
    doc = parse("divers rescued four boys of the Wild Boars football team", """
        1 nsubj NOUN diver NNS
        1 ROOT VERB rescue VBD
        3 nummod NUM four CD
        1 dobj NOUN boy NNS
        3 prep ADP of IN
        9 det DET the
        7 compound PROPN Wild NNP
        9 compound PROPN Boars NNP
        9 compound NOUN football NN
        4 pobj NOUN team NN
    """)
    # five words, none typed by the NER: still the team's name
    assert len(doc) == 10
    assert _complement(doc, 3) == ("of", "team")


def test_a_named_squad_and_a_named_unit_are_kept():
    doc = parse("police detained two players of the Oakdale Rovers squad", """
        1 nsubj NOUN police NNS
        1 ROOT VERB detain VBD
        3 nummod NUM two CD
        1 dobj NOUN player NNS
        3 prep ADP of IN
        8 det DET the
        7 compound PROPN Oakdale NNP
        8 compound PROPN Rovers NNP
        4 pobj NOUN squad NN
    """)
    assert _complement(doc, 3) == ("of", "squad")
    doc = parse("troops captured ten soldiers of the Golden Hawks brigade", """
        1 nsubj NOUN troop NNS
        1 ROOT VERB capture VBD
        3 nummod NUM ten CD
        1 dobj NOUN soldier NNS
        3 prep ADP of IN
        8 det DET the
        7 compound PROPN Golden NNP
        8 compound PROPN Hawks NNP
        4 pobj NOUN brigade NN
    """)
    assert _complement(doc, 3) == ("of", "brigade")


def test_an_unnamed_group_noun_is_still_no_complement():
    # "the boys of the football team": which team is not said (a group noun, no name)
    doc = parse("divers rescued the boys of the football team", """
        1 nsubj NOUN diver NNS
        1 ROOT VERB rescue VBD
        3 det DET the
        1 dobj NOUN boy NNS
        3 prep ADP of IN
        7 det DET the
        7 compound NOUN football NN
        4 pobj NOUN team NN
    """)
    assert _complement(doc, 3) is None
    # a lower-case word the parser tagged a proper noun names nothing
    doc = parse("divers rescued the boys of the youth team", """
        1 nsubj NOUN diver NNS
        1 ROOT VERB rescue VBD
        3 det DET the
        1 dobj NOUN boy NNS
        3 prep ADP of IN
        7 det DET the
        7 compound PROPN youth NNP
        4 pobj NOUN team NN
    """)
    assert _complement(doc, 3) is None


# -- "the commission", "the board" ---------------------------------------------------------

_COMMISSION = """
    3 det DET the
    3 compound PROPN Ohio NNP
    3 compound PROPN Utilities NNPS
    4 nsubj PROPN Commission NNP
    4 ROOT VERB cut VBD
    4 dobj NOUN rate NNS
    4 punct PUNCT . .
    8 det DET the
    9 nsubj NOUN {head} NN
    9 ROOT VERB fine VBD
    9 dobj PROPN Tri-County NNP
    9 punct PUNCT . .
"""


@pytest.mark.parametrize(("name", "head"), [
    ("Ohio Utilities Commission", "commission"),
    ("Ohio Utilities Board", "board"),
])
def test_the_commission_or_board_is_the_one_named_before(name, head):
    words = name.split()
    doc = parse(f"the {name} cut rates . the {head} fined Tri-County .",
                _COMMISSION.replace("Commission", words[-1]).format(head=head),
                ents={name: "ORG", "Tri-County": "ORG"})
    assert ActorResolver(doc).resolve(doc[8]).label == name


@pytest.mark.parametrize("head", ["commission", "board"])
def test_the_commission_or_board_is_no_company(head):
    # "Acme Corp cut rates. The board fined Tri-County": Acme's board is no named board
    doc = parse(f"the Ohio Acme Corp cut rates . the {head} fined Tri-County .",
                _COMMISSION.replace("Utilities NNPS", "Acme NNP")
                .replace("Commission NNP", "Corp NNP").format(head=head),
                ents={"Ohio Acme Corp": "ORG", "Tri-County": "ORG"})
    mention = ActorResolver(doc).resolve(doc[8])
    assert mention is None or mention.label != "Ohio Acme Corp"


# -- an object "it" directed to act in a reported clause -------------------------------------

_DIRECTED = """
    1 nsubj PROPN Century NNP
    1 ROOT VERB say VBD
    3 det DET the
    4 nsubj PROPN Board NNP
    1 ccomp VERB {verb} VBD
    4 dobj PRON it PRP
    7 aux PART to TO
    4 xcomp VERB submit VB
    9 det DET a
    7 dobj NOUN plan NN
"""


@pytest.mark.parametrize(("verb", "lemma"), [
    ("ordered", "order"), ("told", "tell"), ("forced", "force"),
])
def test_an_object_it_told_to_act_is_the_one_reported_on(verb, lemma):
    doc = parse(f"Century said the Board {verb} it to submit a plan",
                _DIRECTED.format(verb=lemma), ents={"Century": "ORG", "Board": "ORG"})
    assert ActorResolver(doc).resolve(doc[5]).label == "Century"


def test_an_object_it_expected_or_told_nothing_stays_a_thing():
    # "expects it to rise" (no directive), "ordered it" (no infinitive): a thing
    doc = parse("Century said the Board expected it to submit a plan",
                _DIRECTED.format(verb="expect"), ents={"Century": "ORG", "Board": "ORG"})
    assert ActorResolver(doc).resolve(doc[5]) is None
    doc = parse("Century said the Board ordered it", """
        1 nsubj PROPN Century NNP
        1 ROOT VERB say VBD
        3 det DET the
        4 nsubj PROPN Board NNP
        1 ccomp VERB order VBD
        4 dobj PRON it PRP
    """, ents={"Century": "ORG", "Board": "ORG"})
    assert ActorResolver(doc).resolve(doc[5]) is None
    # not reported: "the Board ordered it to submit a plan" (which "it" is not said)
    doc = parse("the Board ordered it to submit a plan", """
        1 det DET the
        2 nsubj PROPN Board NNP
        2 ROOT VERB order VBD
        2 dobj PRON it PRP
        5 aux PART to TO
        2 xcomp VERB submit VB
        7 det DET a
        5 dobj NOUN plan NN
    """, ents={"Board": "ORG"})
    assert ActorResolver(doc).resolve(doc[3]) is None


# -- "whose" groups ----------------------------------------------------------------------------

_WHOSE = """
    0 ROOT PROPN {name} NNP
    0 punct PUNCT , ,
    3 poss PRON whose WP$
    4 nsubj NOUN {group} NNS
    0 relcl VERB {verb} VBD
    4 dobj PROPN {target} NNP
"""


@pytest.mark.parametrize(("name", "group", "verb", "target"), [
    ("Hezbollah", "fighters", "battle", "Israel"),
    ("Ukraine", "troops", "recapture", "Kupiansk"),
    ("Hamas", "gunmen", "attack", "Sderot"),
])
def test_a_whose_group_acts_for_the_named_body(name, group, verb, target):
    doc = parse(f"{name} , whose {group} {verb}ed {target}",
                _WHOSE.format(name=name, group=group, verb=verb, target=target),
                ents={name: "ORG" if name in ("Hezbollah", "Hamas") else "GPE",
                      target: "GPE"})
    mention = ActorResolver(doc).resolve(doc[3])
    assert (mention.label, mention.via) == (name, "standin")


def test_a_whose_thing_or_a_person_s_group_stays_what_it_is():
    # "Acme, whose shares fell": shares are no group; "Smith, whose aides ...": a person
    doc = parse("Acme , whose shares fell", """
        0 ROOT PROPN Acme NNP
        0 punct PUNCT , ,
        3 poss PRON whose WP$
        4 nsubj NOUN share NNS
        0 relcl VERB fall VBD
    """, ents={"Acme": "ORG"})
    mention = ActorResolver(doc).resolve(doc[3])
    assert mention is None or mention.label != "Acme"
    doc = parse("Smith , whose troops attacked Sderot", _WHOSE.format(
        name="Smith", group="troops", verb="attack", target="Sderot"),
        ents={"Smith": "PERSON", "Sderot": "GPE"})
    mention = ActorResolver(doc).resolve(doc[3])
    assert mention is None or mention.label != "Smith"


# -- the main verb after a relative clause on the subject ---------------------------------------

_AFTER_RELATIVE = """
    0 ROOT NOUN guard NN
    0 punct PUNCT , ,
    3 nsubj PRON {opener} {tag}
    0 relcl VERB clash VBD
    3 prep ADP with IN
    4 pobj NOUN ship NNS
    3 punct PUNCT , ,
    3 {dep} VERB detain VBD
    7 dobj PROPN Sea NNP
"""


@pytest.mark.parametrize(("opener", "tag"), [("which", "WDT"), ("that", "WDT"),
                                             ("who", "WP")])
def test_a_verb_after_the_closing_comma_is_the_main_verb(opener, tag):
    doc = parse(f"guard , {opener} clashed with ships , detained Sea",
                _AFTER_RELATIVE.format(opener=opener, tag=tag, dep="conj"),
                ents={"Sea": "ORG"})
    repair_verbs(doc)
    assert {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)} >= {
        ("guard", "detain", "Sea")}
    assert doc[7].dep_ == "ROOT" and doc[0].head.i == 7


def test_a_verb_coordinated_inside_the_relative_stays_there():
    # "guard, which clashed with ships and detained Sea": one relative clause
    doc = parse("guard , which clashed with ships and detained Sea", """
        0 ROOT NOUN guard NN
        0 punct PUNCT , ,
        3 nsubj PRON which WDT
        0 relcl VERB clash VBD
        3 prep ADP with IN
        4 pobj NOUN ship NNS
        3 cc CCONJ and CC
        3 conj VERB detain VBD
        7 dobj PROPN Sea NNP
    """, ents={"Sea": "ORG"})
    repair_verbs(doc)
    assert doc[7].dep_ == "conj" and doc[0].dep_ == "ROOT"
    # a conjunct with a subject of its own is a clause of its own
    doc = parse("guard , which clashed with ships , it detained Sea", """
        0 ROOT NOUN guard NN
        0 punct PUNCT , ,
        3 nsubj PRON which WDT
        0 relcl VERB clash VBD
        3 prep ADP with IN
        4 pobj NOUN ship NNS
        3 punct PUNCT , ,
        8 nsubj PRON it PRP
        3 conj VERB detain VBD
        8 dobj PROPN Sea NNP
    """, ents={"Sea": "ORG"})
    repair_verbs(doc)
    assert doc[8].dep_ == "conj"


# -- the same constructions through the model -------------------------------------------------

_TABLE = {
    "named group after of": [
        ("Thai Navy SEALs rescued four boys of the Wild Boars football team.",
         [("Thai Navy SEALs", "rescue", "boys of Wild Boars football team", False, False)],
         [("Thai Navy SEALs", "boys")]),
        ("Colombian police arrested six members of the Clan del Golfo gang on Monday.",
         [], [("police", "members")]),
    ],
    "the commission": [
        ("The Federal Trade Commission sued Acme Corp on Monday. The commission said Acme "
         "had misled customers.", [], [("commission", "Acme Corp")]),
        ("Tri-County Utilities Co said its profit fell after a rate cut ordered by the Ohio "
         "Public Utilities Commission. The commission ordered the utility to reduce its rates.",
         [("Ohio Public Utilities Commission", "order", "Tri-County Utilities Co",
           False, False)], []),
        # "the board" is never the company named last; after "its board" it is that board,
        # which stands for its company as "its board" does (session 36, coref36)
        ("Southland Drilling Co said it omitted the dividend. The board also approved "
         "a share buyback.", [], [("Southland Drilling Co", "share buyback")]),
        ("Southland Drilling Co said its board omitted the dividend. The board also approved "
         "a share buyback.",
         [("Southland Drilling Co", "approve", "share buyback", False, False)], []),
    ],
    "whose group": [
        ("Hezbollah, whose fighters have battled Israeli troops for decades, fired rockets at "
         "northern Israel.", [("Hezbollah", "battle", "Israel", False, False)],
         [("fighters", "Israel")]),
        ("Ukraine, whose troops recaptured Kupiansk last week, urged its allies to send "
         "more weapons.", [("Ukraine", "recapture", "Kupiansk", False, False)], []),
    ],
    "main verb after a relative": [
        ("Vietnam's coast guard, whose patrol boats have clashed with Chinese vessels before, "
         "detained a Chinese fishing trawler near the Paracel Islands.",
         [("Vietnam's coast guard", "detain", "Chinese fishing trawler", False, False)],
         [("patrol boats", "Chinese fishing trawler")]),
    ],
    "vessels as targets": [
        ("Vietnam's coast guard detained a Chinese fishing trawler on Monday.",
         [("Vietnam's coast guard", "detain", "Chinese fishing trawler", False, False)], []),
        ("Iran's navy seized a British yacht in the Gulf.",
         [("Iran", "seize", "British yacht", False, False)], []),
    ],
    "country possessor": [
        ("Mali's ruling junta expelled the French ambassador on Monday.",
         [("Mali", "expel", "French ambassador", False, False)], []),
        ("The French ambassador was expelled by Mali's ruling junta.",
         [("Mali", "expel", "French ambassador", False, False)], []),
        ("Johnson's aides attacked the plan.", [], [("Johnson's aides", "plan")]),
    ],
    "agent after an aside": [
        ("The convoy was attacked near Kati, witnesses said, by several dozen gunmen on "
         "motorbikes.", [("gunmen", "attack", "convoy", False, False)], []),
        ("Two soldiers were killed overnight, the army said, by Hezbollah fighters.",
         [("Hezbollah", "kill", "soldiers", False, False)], []),
        ("The embassy was stormed on Sunday, police said, by hundreds of protesters.",
         [("protesters", "storm", "embassy", False, False)], [("police", "embassy")]),
    ],
    "passive perfect participle": [
        ("Having been rejected by Kyiv, the proposal was withdrawn by Hungary's prime "
         "minister, Viktor Orban.", [("Kyiv", "reject", "proposal", False, False),
                                     ("Viktor Orban", "withdraw", "proposal", False, False)],
         [("Kyiv", "Viktor Orban")]),
        ("Having been ousted by the army, Bazoum was detained by the presidential guard.",
         [("army", "oust", "Bazoum", False, False)], [("army", "presidential guard")]),
        ("Having captured Avdiivka, Russian troops pressed on.",
         [("Russia", "capture", "Avdiivka", False, False)], []),
    ],
    "neither nor": [
        ("Neither Sudan's army nor the Rapid Support Forces attacked the camp, the UN said.",
         [("Sudan", "attack", "camp", True, False),
          ("Rapid Support Forces", "attack", "camp", True, False)], []),
        ("Israel neither confirmed nor denied the strike.",
         [("Israel", "deny", "strike", True, False)], []),
        ("The army attacked neither the camp nor the hospital.",
         [("army", "attack", "camp", True, False), ("army", "attack", "hospital", True, False)],
         [("army", "neither camp")]),
        ("Israel confirmed the strike and denied the report.",
         [("Israel", "deny", "report", False, False)], []),
    ],
    "directed object it": [
        ("Century Savings said the Federal Home Loan Bank Board has ordered it to submit a "
         "capital plan.",
         [("Federal Home Loan Bank Board", "order", "Century Savings", False,
           False)], []),
        ("Apple said the European Commission had told it to pay back taxes to Ireland.",
         [("European Commission", "tell", "Apple", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_TABLE))
def test_constructions_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


def test_a_country_s_possessive_names_the_group_s_side():
    from actorgraph.extract.rules.base import affiliated, named_group

    rows = """
        2 poss PROPN {name} NNP
        0 case PART 's POS
        3 nsubj NOUN {noun} {tag}
        3 ROOT VERB expel VBD
    """
    for name, noun, tag, typed in [("Mali", "junta", "NN", "PERSON"),
                                   ("Chad", "soldier", "NNS", None),
                                   ("Niger", "ruler", "NNS", "PERSON")]:
        doc = parse(f"{name} 's {noun} expelled", rows.format(name=name, noun=noun, tag=tag),
                    ents={name: typed} if typed else None)
        assert named_group(doc[2]) and affiliated(doc[2])
    # a person's aides name no side
    doc = parse("Johnson 's aides expelled", rows.format(name="Johnson", noun="aide", tag="NNS"),
                ents={"Johnson": "PERSON"})
    assert not named_group(doc[2]) and not affiliated(doc[2])


# -- a "by" agent after a speaker's aside ---------------------------------------------------------

_ASIDE_PARATAXIS = """
    2 nsubjpass NOUN {target} NN
    2 auxpass AUX be VBD
    2 ROOT VERB {verb} VBN
    5 punct PUNCT , ,
    5 nsubj NOUN {speaker} NNS
    2 parataxis VERB say VBD
    5 punct PUNCT , ,
    5 prep ADP by IN
    9 compound PROPN {name} NNP
    7 pobj NOUN fighter NNS
"""


@pytest.mark.parametrize(("target", "verb", "speaker", "name"), [
    ("convoy", "attack", "witness", "Wagner"),
    ("base", "shell", "official", "Hamas"),
    ("town", "capture", "resident", "Houthi"),
])
def test_a_by_phrase_after_an_aside_is_the_passive_agent(target, verb, speaker, name):
    doc = parse(f"{target} was {verb}ed , {speaker}s said , by {name} fighters",
                _ASIDE_PARATAXIS.format(target=target, verb=verb, speaker=speaker, name=name),
                ents={name: "ORG"})
    repair_verbs(doc)
    found = {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}
    assert ("fighters", verb, target) in found


def test_a_by_phrase_of_the_root_speaker_clause_is_the_passive_agent():
    # parsed with "said" the root and the passive clause its complement
    doc = parse("soldiers were killed , the army said , by Hezbollah fighters", """
        2 nsubjpass NOUN soldier NNS
        2 auxpass AUX be VBD
        6 ccomp VERB kill VBN
        6 punct PUNCT , ,
        5 det DET the
        6 nsubj NOUN army NN
        6 ROOT VERB say VBD
        6 punct PUNCT , ,
        6 prep ADP by IN
        10 compound PROPN Hezbollah NNP
        8 pobj NOUN fighter NNS
    """, ents={"Hezbollah": "ORG"})
    repair_verbs(doc)
    assert doc[8].head.i == 2 and doc[8].dep_ == "agent"


def test_a_by_phrase_of_a_speaker_without_aside_or_with_an_agent_stays():
    # "police said by phone": no passive before the speaker
    doc = parse("police said , by phone", """
        1 nsubj NOUN police NNS
        1 ROOT VERB say VBD
        1 punct PUNCT , ,
        1 prep ADP by IN
        3 pobj NOUN phone NN
    """)
    repair_verbs(doc)
    assert doc[3].head.i == 1
    # the passive verb has its agent already
    doc = parse("base was shelled by Hamas , officials said , by night", """
        2 nsubjpass NOUN base NN
        2 auxpass AUX be VBD
        2 ROOT VERB shell VBN
        2 agent ADP by IN
        3 pobj PROPN Hamas NNP
        7 punct PUNCT , ,
        7 nsubj NOUN official NNS
        2 parataxis VERB say VBD
        7 punct PUNCT , ,
        7 prep ADP by IN
        9 pobj NOUN night NN
    """, ents={"Hamas": "ORG"})
    repair_verbs(doc)
    assert doc[9].head.i == 7


# -- a passive perfect participle before the clause ------------------------------------------

_HAVING_BEEN = """
    2 aux AUX have VBG
    2 auxpass AUX be VBN
    9 advcl VERB {verb} VBN
    2 agent ADP by IN
    3 pobj PROPN {agent} NNP
    9 punct PUNCT , ,
    7 det DET the
    9 nsubjpass NOUN {target} NN
    9 auxpass AUX be VBD
    9 ROOT VERB withdraw VBN
    9 agent ADP by IN
    10 pobj PROPN Orban NNP
"""


@pytest.mark.parametrize(("verb", "agent", "target"), [
    ("reject", "Kyiv", "plan"), ("block", "Moscow", "resolution"), ("veto", "Paris", "bill"),
])
def test_a_passive_perfect_participle_is_said_of_the_written_subject(verb, agent, target):
    doc = parse(f"Having been {verb}ed by {agent} , the {target} was withdrawn by Orban",
                _HAVING_BEEN.format(verb=verb, agent=agent, target=target),
                ents={agent: "GPE", "Orban": "PERSON"})
    found = {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}
    assert (agent, verb, target) in found
    assert not any(s == agent and o == "Orban" for s, _, o in found)


# -- "neither ... nor" ---------------------------------------------------------------------------

def _negations(doc):
    return {(t.subject.text, t.lemma, t.object.text): t.negated for t in all_triples(doc)}


def test_neither_on_a_possessive_negates_the_clause():
    doc = parse("Neither Sudan 's army nor Wagner attacked Zamzam", """
        1 det DET neither DT
        3 poss PROPN Sudan NNP
        1 case PART 's POS
        6 nsubj NOUN army NN
        3 cc CCONJ nor CC
        3 conj PROPN Wagner NNP
        6 ROOT VERB attack VBD
        6 dobj PROPN Zamzam NNP
    """, ents={"Sudan": "GPE", "Wagner": "ORG", "Zamzam": "FAC"})
    found = _negations(doc)
    assert found[("army", "attack", "Zamzam")] and found[("Wagner", "attack", "Zamzam")]


@pytest.mark.parametrize(("first", "second"), [("confirm", "deny"), ("attack", "shell"),
                                                ("accept", "reject")])
def test_neither_between_verbs_negates_both(first, second):
    doc = parse(f"Israel neither {first}ed nor {second}ed Gaza", f"""
        2 nsubj PROPN Israel NNP
        2 preconj CCONJ neither CC
        2 ROOT VERB {first} VBD
        2 cc CCONJ nor CC
        2 conj VERB {second} VBD
        4 dobj PROPN Gaza NNP
    """, ents={"Israel": "GPE", "Gaza": "GPE"})
    found = _negations(doc)
    assert found[("Israel", second, "Gaza")]


def test_and_or_either_negate_nothing():
    doc = parse("Israel confirmed and denied Gaza", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB confirm VBD
        1 cc CCONJ and CC
        1 conj VERB deny VBD
        3 dobj PROPN Gaza NNP
    """, ents={"Israel": "GPE", "Gaza": "GPE"})
    assert not any(_negations(doc).values())
    doc = parse("Either Sudan 's army or Wagner attacked Zamzam", """
        1 det DET either DT
        3 poss PROPN Sudan NNP
        1 case PART 's POS
        6 nsubj NOUN army NN
        3 cc CCONJ or CC
        3 conj PROPN Wagner NNP
        6 ROOT VERB attack VBD
        6 dobj PROPN Zamzam NNP
    """, ents={"Sudan": "GPE", "Wagner": "ORG", "Zamzam": "FAC"})
    assert not any(_negations(doc).values())
