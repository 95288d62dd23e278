"""Hedged acts in event summaries: what is vowed, planned, offered, proposed or expected is
found, with its real doer, and flagged hedged; a pledge itself is a fact.

The convention (``extract/context.py``): a promise, pledge, vow, offer, threat, call or
demand is itself stated, with its own addressee or recipient ("the EU pledges 50 billion
euros to Ukraine": pledge to Ukraine; "threatened Hungary with sanctions"; "called on
Israel to allow aid"); the act it commits to or asks for is hedged, whether its relation
names the commissive verb or not ("pledged to send tanks to Ukraine", "vowed revenge
against Israel", "Israel -allow-> aid").

Rules tested here:

- a control verb spelt like a noun after a plural or named subject, read as the noun by
  the small model, is the verb (``extract/hygiene.py`` ``_control_verb_read_as_noun``):
  "The Houthis vow to continue attacks on ships";
- a nationality adjective or a named body before an intention noun holds it
  (``extract/rules/complements.py`` ``_named_holders``): "an American offer to mediate
  talks", "a Hamas proposal to release the hostages"; the noun itself does nothing
  (``extract/rules/base.py`` ``_intended_infinitive``);
- "is set to host talks" with the verb read as a compound of a bare plural object
  (``extract/hygiene.py`` ``_infinitive_read_as_object``);
- an event noun under the infinitive of "is likely / due / ready / willing to" is only
  expected (``extract/context.py`` ``_expectant``), one under "offers to" only offered
  ("offer" among the intent verbs, with "plot" and "conspire": "plotted an assassination of
  X"), an "upcoming" one is future (``[hedging_modifiers]``), one braced for only expected
  ("brace" among ``[foreseeing_verbs]``, "for" among ``[foreseeing_preps]``);
- a counted thing pledged is the pledge's, stated (``extract/context.py``
  ``_pledged_amount``);
- who is warned against an act would do it: "warns NATO against sending troops to
  Ukraine" (a gerund with a bare plural object, not an adjective: ``extract/rules/base.py``
  ``core``), "warns Israel against an invasion of Rafah" (an event noun of no agent of its
  own: ``_warned_against``); hedged;
- the infinitive of an intention noun inside a preposition's phrase that the parser made a
  purpose of the main verb is the noun's (``extract/hygiene.py``
  ``_intention_infinitive_read_as_purpose``): "expels diplomats over Iran's plot to kill
  dissidents" is Iran's plot, not a killing by the one who expels.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.context import _asked_for, modality
from actorgraph.extract.hygiene import repair_verbs
from actorgraph.extract.rules.complements import complement_triples
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def triples(doc, *, repaired: bool = True):
    if repaired:
        repair_verbs(doc)
    return {(t.subject.text, t.label, t.object.text, t.hedged) for t in all_triples(doc)}


# --- a control verb read as a noun -------------------------------------------------------

#: (sentence, rows, ents, wanted (subject, label, object, hedged))
_NOUN_READ_VERBS = [
    # the noun the subject of the infinitive, which is the root
    ("The Houthis vow to continue attacks on ships", """
        2 det DET the DT
        2 compound PROPN Houthis NNP
        4 nsubj NOUN vow NN
        4 aux PART to TO
        4 ROOT VERB continue VB
        4 dobj NOUN attack NNS
        5 prep ADP on IN
        6 pobj NOUN ship NNS
    """, {"Houthis": "ORG"}, ("Houthis", "vow to continue", "attacks", True)),
    # the noun the root, its infinitive a relative clause
    ("The Taliban pledge to punish Pakistan", """
        2 det DET the DT
        2 compound PROPN Taliban NNP
        2 ROOT NOUN pledge NN
        4 aux PART to TO
        2 relcl VERB punish VB
        4 dobj PROPN Pakistan NNP
    """, {"Taliban": "ORG", "Pakistan": "GPE"}, ("Taliban", "pledge to punish", "Pakistan", True)),
    # the noun the root with a subject of its own and the infinitive its complement
    ("Rebels promise to free the hostages", """
        1 nsubj NOUN rebel NNS
        1 ROOT NOUN promise NN
        3 aux PART to TO
        1 xcomp VERB free VB
        5 det DET the DT
        3 dobj NOUN hostage NNS
    """, {}, ("Rebels", "promise to free", "hostages", True)),
    # a plan read so after plural names
    ("The Kurds plan to seize Raqqa", """
        2 det DET the DT
        2 compound PROPN Kurds NNPS
        2 ROOT NOUN plan NN
        4 aux PART to TO
        2 acl VERB seize VB
        4 dobj PROPN Raqqa NNP
    """, {"Kurds": "NORP", "Raqqa": "GPE"}, ("Kurds", "plan to seize", "Raqqa", True)),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "wanted"), _NOUN_READ_VERBS)
def test_a_control_verb_read_as_a_noun_is_the_verb(sentence, rows, ents, wanted):
    doc = parse(sentence, rows, ents=ents)
    assert wanted in triples(doc)
    assert doc[sentence.split(" ").index(wanted[1].split()[0])].pos_ == "VERB"


#: a noun that stays a noun: (sentence, rows, index of the noun)
_NOUNS_KEPT = [
    # a possessor: a noun phrase
    ("Hamas 's pledge to free hostages", """
        2 poss PROPN Hamas NNP
        0 case PART 's POS
        2 ROOT NOUN pledge NN
        4 aux PART to TO
        2 acl VERB free VB
        4 dobj NOUN hostage NNS
    """, 2),
    # a singular common noun before it: "The peace plan to end the war"
    ("The peace plan to end the war", """
        2 det DET the DT
        2 compound NOUN peace NN
        2 ROOT NOUN plan NN
        4 aux PART to TO
        2 acl VERB end VB
        6 det DET the DT
        4 dobj NOUN war NN
    """, 2),
    # a noun of its own determiner, with no subject before it
    ("A plan to build a base", """
        1 det DET a DT
        1 ROOT NOUN plan NN
        3 aux PART to TO
        1 acl VERB build VB
        5 det DET a DT
        3 dobj NOUN base NN
    """, 1),
    # a noun that is no control verb
    ("The Houthis attack to punish Israel", """
        2 det DET the DT
        2 compound PROPN Houthis NNP
        2 ROOT NOUN attack NN
        4 aux PART to TO
        2 acl VERB punish VB
        4 dobj PROPN Israel NNP
    """, 2),
]


@pytest.mark.parametrize(("sentence", "rows", "noun"), _NOUNS_KEPT)
def test_a_noun_phrase_stays_one(sentence, rows, noun):
    doc = parse(sentence, rows)
    repair_verbs(doc)
    assert doc[noun].pos_ == "NOUN"


# --- holders of an intention noun ---------------------------------------------------------

#: (sentence, rows, ents, wanted, unwanted subject)
_NAMED_HOLDERS = [
    ("Ukraine accepts an American offer to mediate talks with Russia", """
        1 nsubj PROPN Ukraine NNP
        1 ROOT VERB accept VBZ
        4 det DET an DT
        4 amod ADJ American JJ
        1 dobj NOUN offer NN
        6 aux PART to TO
        4 acl VERB mediate VB
        6 dobj NOUN talk NNS
        7 prep ADP with IN
        8 pobj PROPN Russia NNP
    """, {"Ukraine": "GPE", "American": "NORP", "Russia": "GPE"},
     ("American", "offer to mediate talk", "Russia", True), ("offer", "Russia")),
    ("Israel rejects a Hamas proposal to release the hostages", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB reject VBZ
        4 det DET a DT
        4 compound PROPN Hamas NNP
        1 dobj NOUN proposal NN
        6 aux PART to TO
        4 acl VERB release VB
        8 det DET the DT
        6 dobj NOUN hostage NNS
    """, {"Israel": "GPE", "Hamas": "ORG"},
     ("Hamas", "proposal to release", "hostages", True), ("proposal", "hostages")),
    ("The Houthi threat to attack ships disrupts trade", """
        2 det DET the DT
        2 compound PROPN Houthi NNP
        6 nsubj NOUN threat NN
        4 aux PART to TO
        2 acl VERB attack VB
        4 dobj NOUN ship NNS
        6 ROOT VERB disrupt VBZ
        6 dobj NOUN trade NN
    """, {"Houthi": "ORG"}, ("Houthi", "threat to attack", "ships", True), ("threat", "ships")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "wanted", "unwanted"), _NAMED_HOLDERS)
def test_a_named_modifier_holds_the_intention(sentence, rows, ents, wanted, unwanted):
    found = triples(parse(sentence, rows, ents=ents), repaired=False)
    assert wanted in found, sorted(found)
    # the noun does not do what it is to do
    assert not any(s.endswith(unwanted[0]) and o == unwanted[1] for s, _, o, _ in found), \
        sorted(found)


def test_a_place_before_the_noun_is_what_it_is_for():
    # "a Gaza plan to rebuild homes": Gaza plans nothing
    doc = parse("Egypt backs a Gaza plan to rebuild homes", """
        1 nsubj PROPN Egypt NNP
        1 ROOT VERB back VBZ
        4 det DET a DT
        4 compound PROPN Gaza NNP
        1 dobj NOUN plan NN
        6 aux PART to TO
        4 acl VERB rebuild VB
        6 dobj NOUN home NNS
    """, ents={"Egypt": "GPE", "Gaza": "GPE"})
    assert not [t for t in complement_triples(doc) if t.subject.text == "Gaza"]


# --- "is set to host talks" ---------------------------------------------------------------

#: (sentence, rows, index of the verb, of its object)
_SET_TO = [
    ("Egypt is set to host talks between Israel and Hamas", """
        2 nsubjpass PROPN Egypt NNP
        2 auxpass AUX be VBZ
        2 ROOT VERB set VBN
        2 prep ADP to TO
        5 compound NOUN host NN
        3 pobj NOUN talk NNS
        5 prep ADP between IN
        6 pobj PROPN Israel NNP
        7 cc CCONJ and CC
        7 conj PROPN Hamas NNP
    """, 4, 5),
    ("Qatar is due to host talks with the Taliban", """
        1 nsubj PROPN Qatar NNP
        1 ROOT AUX be VBZ
        1 acomp ADJ due JJ
        2 prep ADP to IN
        5 compound NOUN host NN
        3 pobj NOUN talk NNS
        5 prep ADP with IN
        8 det DET the DT
        6 pobj PROPN Taliban NNP
    """, 4, 5),
    ("Turkey is poised to hold talks with Syria", """
        2 nsubjpass PROPN Turkey NNP
        2 auxpass AUX be VBZ
        2 ROOT VERB poise VBN
        2 prep ADP to IN
        5 compound NOUN hold NN
        3 pobj NOUN talk NNS
        5 prep ADP with IN
        6 pobj PROPN Syria NNP
    """, 4, 5),
]


@pytest.mark.parametrize(("sentence", "rows", "verb", "obj"), _SET_TO)
def test_a_verb_read_as_a_compound_of_a_bare_plural_is_the_infinitive(sentence, rows, verb,
                                                                       obj):
    doc = parse(sentence, rows)
    repair_verbs(doc)
    assert (doc[verb].pos_, doc[verb].dep_) == ("VERB", "xcomp")
    assert (doc[obj].dep_, doc[obj].head.i) == ("dobj", verb)


def test_a_cause_after_due_to_stays_a_noun():
    # "The delays were due to court rulings": no one courts rulings
    doc = parse("The delays were due to court rulings", """
        1 det DET the DT
        2 nsubj NOUN delay NNS
        2 ROOT AUX be VBD
        2 acomp ADJ due JJ
        3 prep ADP to IN
        6 compound NOUN court NN
        4 pobj NOUN ruling NNS
    """)
    repair_verbs(doc)
    assert doc[5].pos_ == "NOUN" and doc[6].dep_ == "pobj"


# --- expected and offered events ----------------------------------------------------------

#: (sentence, rows, index of the event noun, hedged)
_EXPECTED = [
    ("Qatar is likely to host talks between Israel and Hamas", """
        1 nsubj PROPN Qatar NNP
        1 ROOT AUX be VBZ
        1 acomp ADJ likely JJ
        4 aux PART to TO
        2 xcomp VERB host VB
        4 dobj NOUN talk NNS
        5 prep ADP between IN
        6 pobj PROPN Israel NNP
        7 cc CCONJ and CC
        7 conj PROPN Hamas NNP
    """, 5, True),
    ("Egypt is ready to host a summit between Israel and Jordan", """
        1 nsubj PROPN Egypt NNP
        1 ROOT AUX be VBZ
        1 acomp ADJ ready JJ
        4 aux PART to TO
        2 xcomp VERB host VB
        6 det DET a DT
        4 dobj NOUN summit NN
        6 prep ADP between IN
        7 pobj PROPN Israel NNP
        8 cc CCONJ and CC
        8 conj PROPN Jordan NNP
    """, 6, True),
    ("Turkey offers to host a summit between Putin and Zelensky", """
        1 nsubj PROPN Turkey NNP
        1 ROOT VERB offer VBZ
        3 aux PART to TO
        1 xcomp VERB host VB
        5 det DET a DT
        3 dobj NOUN summit NN
        5 prep ADP between IN
        6 pobj PROPN Putin NNP
        7 cc CCONJ and CC
        7 conj PROPN Zelensky NNP
    """, 5, True),
    # guards: an implicative adjective; a summit hosted
    ("Qatar was able to broker talks between Israel and Hamas", """
        1 nsubj PROPN Qatar NNP
        1 ROOT AUX be VBD
        1 acomp ADJ able JJ
        4 aux PART to TO
        2 xcomp VERB broker VB
        4 dobj NOUN talk NNS
        5 prep ADP between IN
        6 pobj PROPN Israel NNP
        7 cc CCONJ and CC
        7 conj PROPN Hamas NNP
    """, 5, False),
    ("Turkey hosted a summit between Putin and Zelensky", """
        1 nsubj PROPN Turkey NNP
        1 ROOT VERB host VBD
        3 det DET a DT
        1 dobj NOUN summit NN
        3 prep ADP between IN
        4 pobj PROPN Putin NNP
        5 cc CCONJ and CC
        5 conj PROPN Zelensky NNP
    """, 3, False),
]


@pytest.mark.parametrize(("sentence", "rows", "noun", "hedged"), _EXPECTED)
def test_an_event_only_expected_or_offered_is_hedged(sentence, rows, noun, hedged):
    assert modality(parse(sentence, rows)[noun]).hedged is hedged


#: futures, expectations and plots: (sentence, rows, index of the event noun, hedged)
_FORESEEN = [
    ("Biden 's upcoming visit to Riyadh draws criticism", """
        3 poss PROPN Biden NNP
        0 case PART 's POS
        3 amod ADJ upcoming JJ
        6 nsubj NOUN visit NN
        3 prep ADP to IN
        4 pobj PROPN Riyadh NNP
        6 ROOT VERB draw VBZ
        6 dobj NOUN criticism NN
    """, 3, True),
    ("Ukraine braces for a Russian offensive on Kharkiv", """
        1 nsubj PROPN Ukraine NNP
        1 ROOT VERB brace VBZ
        1 prep ADP for IN
        5 det DET a DT
        5 amod ADJ Russian JJ
        2 pobj NOUN offensive NN
        5 prep ADP on IN
        6 pobj PROPN Kharkiv NNP
    """, 5, True),
    ("Bolsonaro plotted an assassination of Lula", """
        1 nsubj PROPN Bolsonaro NNP
        1 ROOT VERB plot VBD
        3 det DET an DT
        1 dobj NOUN assassination NN
        3 prep ADP of IN
        4 pobj PROPN Lula NNP
    """, 3, True),
    # guards: a visit made; an offensive launched; a plan carried out
    ("Biden 's visit to Riyadh draws criticism", """
        2 poss PROPN Biden NNP
        0 case PART 's POS
        5 nsubj NOUN visit NN
        2 prep ADP to IN
        3 pobj PROPN Riyadh NNP
        5 ROOT VERB draw VBZ
        5 dobj NOUN criticism NN
    """, 2, False),
    ("Russia launched an offensive on Kharkiv", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB launch VBD
        3 det DET an DT
        1 dobj NOUN offensive NN
        3 prep ADP on IN
        4 pobj PROPN Kharkiv NNP
    """, 3, False),
]


@pytest.mark.parametrize(("sentence", "rows", "noun", "hedged"), _FORESEEN)
def test_an_upcoming_braced_for_or_plotted_event_is_hedged(sentence, rows, noun, hedged):
    assert modality(parse(sentence, rows)[noun]).hedged is hedged


# --- what one is warned against -----------------------------------------------------------

#: (sentence, rows, ents, wanted (subject, label, object, hedged), unwanted pairs)
_WARNED = [
    # a gerund and a bare plural object ("sending troops" is no "fleeing civilians")
    ("Russia warns NATO against sending troops to Ukraine", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB warn VBZ
        1 dobj PROPN NATO NNP
        1 prep ADP against IN
        3 pcomp VERB send VBG
        4 dobj NOUN troop NNS
        4 prep ADP to IN
        6 pobj PROPN Ukraine NNP
    """, {"Russia": "GPE", "NATO": "ORG", "Ukraine": "GPE"},
     ("NATO", "send troop to", "Ukraine", True), [("Russia", "Ukraine")]),
    # an event noun of no agent of its own: the one warned
    ("Washington warns Israel against an invasion of Rafah", """
        1 nsubj PROPN Washington NNP
        1 ROOT VERB warn VBZ
        1 dobj PROPN Israel NNP
        1 prep ADP against IN
        5 det DET an DT
        3 pobj NOUN invasion NN
        5 prep ADP of IN
        6 pobj PROPN Rafah NNP
    """, {"Washington": "GPE", "Israel": "GPE", "Rafah": "GPE"},
     ("Israel", "invasion", "Rafah", True), [("Washington", "Rafah")]),
    ("Moscow warned Kyiv against attacks on Crimea", """
        1 nsubj PROPN Moscow NNP
        1 ROOT VERB warn VBD
        1 dobj PROPN Kyiv NNP
        1 prep ADP against IN
        3 pobj NOUN attack NNS
        4 prep ADP on IN
        5 pobj PROPN Crimea NNP
    """, {"Moscow": "GPE", "Kyiv": "GPE", "Crimea": "GPE"},
     ("Kyiv", "attack", "Crimea", True), [("Moscow", "Crimea")]),
]


def _hedged_triples(doc):
    from actorgraph.extract.context import modality as mood
    repair_verbs(doc)
    return {(t.subject.text, t.label, t.object.text, t.hedged or mood(t.predicate).hedged)
            for t in all_triples(doc)}


@pytest.mark.parametrize(("sentence", "rows", "ents", "wanted", "unwanted"), _WARNED)
def test_who_is_warned_against_an_act_would_do_it(sentence, rows, ents, wanted, unwanted):
    found = _hedged_triples(parse(sentence, rows, ents=ents))
    assert wanted in found, sorted(found)
    for subject, obj in unwanted:
        assert not any(s == subject and o == obj for s, _, o, _ in found), sorted(found)


@pytest.mark.parametrize(("sentence", "rows"), [
    # guards: fleeing protesters do nothing; a warning of an attack names no doer
    ("Police fired on fleeing protesters", """
        1 nsubj NOUN police NNS
        1 ROOT VERB fire VBD
        1 prep ADP on IN
        4 amod VERB flee VBG
        2 pobj NOUN protester NNS
    """),
    ("Police fired on fleeing protesters", """
        1 nsubj NOUN police NNS
        1 ROOT VERB fire VBD
        1 prep ADP on IN
        2 pcomp VERB flee VBG
        3 dobj NOUN protester NNS
    """),
    ("The UN warned of an attack on Rafah", """
        1 det DET the DT
        2 nsubj PROPN UN NNP
        2 ROOT VERB warn VBD
        2 prep ADP of IN
        5 det DET an DT
        3 pobj NOUN attack NN
        5 prep ADP on IN
        6 pobj PROPN Rafah NNP
    """),
])
def test_no_one_is_made_the_doer_without_a_warned_object(sentence, rows):
    found = _hedged_triples(parse(sentence, rows))
    assert not any(label.startswith(("flee", "attack")) for _, label, _, _ in found), \
        sorted(found)


# --- a pledge is a fact -------------------------------------------------------------------

#: (sentence, rows, index of the object, asked for)
_PLEDGED = [
    ("EU pledges 50 billion euros to Ukraine", """
        1 nsubj PROPN EU NNP
        1 ROOT VERB pledge VBZ
        3 compound NUM 50 CD
        4 nummod NUM billion CD
        1 dobj NOUN euro NNS
        4 prep ADP to IN
        5 pobj PROPN Ukraine NNP
    """, 4, False),
    ("Germany promised 100 tanks to Kyiv", """
        1 nsubj PROPN Germany NNP
        1 ROOT VERB promise VBD
        3 nummod NUM 100 CD
        1 dobj NOUN tank NNS
        3 prep ADP to IN
        4 pobj PROPN Kyiv NNP
    """, 3, False),
    # what is vowed or planned is an act: hedged
    ("Iran vows revenge against Israel", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB vow VBZ
        1 dobj NOUN revenge NN
        2 prep ADP against IN
        3 pobj PROPN Israel NNP
    """, 2, True),
    ("Russia plans 100 strikes on Kyiv", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB plan VBZ
        3 nummod NUM 100 CD
        1 dobj NOUN strike NNS
        3 prep ADP on IN
        4 pobj PROPN Kyiv NNP
    """, 3, True),
]


@pytest.mark.parametrize(("sentence", "rows", "obj", "asked"), _PLEDGED)
def test_a_counted_thing_pledged_is_the_pledges(sentence, rows, obj, asked):
    assert _asked_for(parse(sentence, rows)[obj]) is asked


# --- an intention noun's infinitive read as a purpose -------------------------------------

#: (sentence, rows, index of the infinitive, its head after the repair)
_PURPOSES = [
    ("Germany expels diplomats over Iran 's alleged plot to kill dissidents", """
        1 nsubj PROPN Germany NNP
        1 ROOT VERB expel VBZ
        1 dobj NOUN diplomat NNS
        2 prep ADP over IN
        7 poss PROPN Iran NNP
        4 case PART 's POS
        7 amod VERB allege VBN
        3 pobj NOUN plot NN
        9 aux PART to TO
        1 advcl VERB kill VB
        9 dobj NOUN dissident NNS
    """, 9, 7),
    ("Britain sanctions officers over Russia 's attempt to poison Skripal", """
        1 nsubj PROPN Britain NNP
        1 ROOT VERB sanction VBZ
        1 dobj NOUN officer NNS
        1 prep ADP over IN
        6 poss PROPN Russia NNP
        4 case PART 's POS
        3 pobj NOUN attempt NN
        8 aux PART to TO
        1 advcl VERB poison VB
        8 dobj PROPN Skripal NNP
    """, 8, 6),
    # guards: a purpose after a time; an intention noun that is the object
    ("Israel struck Gaza over the weekend to pressure Hamas", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB strike VBD
        1 dobj PROPN Gaza NNP
        1 prep ADP over IN
        5 det DET the DT
        3 pobj NOUN weekend NN
        7 aux PART to TO
        1 advcl VERB pressure VB
        7 dobj PROPN Hamas NNP
    """, 7, 1),
    ("Moscow used the plan to justify the strikes", """
        1 nsubj PROPN Moscow NNP
        1 ROOT VERB use VBD
        3 det DET the DT
        1 dobj NOUN plan NN
        5 aux PART to TO
        1 advcl VERB justify VB
        7 det DET the DT
        5 dobj NOUN strike NNS
    """, 5, 1),
]


@pytest.mark.parametrize(("sentence", "rows", "infinitive", "head"), _PURPOSES)
def test_an_intention_nouns_infinitive_is_the_nouns(sentence, rows, infinitive, head):
    doc = parse(sentence, rows)
    repair_verbs(doc)
    assert doc[infinitive].head.i == head


def test_the_plot_is_the_possessors_not_the_expellers():
    doc = parse(*_PURPOSES[0][:2], ents={"Germany": "GPE", "Iran": "GPE"})
    found = triples(doc)
    assert ("Iran", "plot to kill", "dissidents", True) in found, sorted(found)
    assert not any(s == "Germany" and o == "dissidents" for s, _, o, _ in found)


# --- real sentences -----------------------------------------------------------------------

_REAL = {
    "a control verb read as a noun": [
        ("The Houthis vow to continue attacks on ships linked to Israel.",
         [("Houthis", "vow to continue attack", "ships linked to Israel", False, True)], []),
        ("The Taliban vow to punish Pakistan for the airstrikes.",
         [("Taliban", "vow to punish", "Pakistan", False, True)], []),
        ("The Houthis plan to target Israeli ships in the Red Sea.",
         [("Houthis", "plan to target", "Israeli ships", False, True)], []),
        # guards: a noun phrase with a verb of its own (the pledge is the Houthis'); a
        # plain present tense
        ("The Houthi pledge to stop the attacks was welcomed by Egypt.",
         [("Houthi", "pledge to stop", "attacks", False, True)], [("Egypt", "attacks")]),
        ("Houthi rebels threaten to attack American warships in the Red Sea.",
         [("Houthi rebels", "threaten to attack", "United States", False, True)], []),
    ],
    "a named holder of an intention noun": [
        ("Ukraine accepts an American offer to mediate talks with Russia.",
         [("United States", "offer to mediate talk", "Russia", False, True)],
         [("Ukraine", "Russia")]),
        ("Israel rejects a Hamas proposal to release the hostages in stages.",
         [("Hamas", "proposal to release", "hostages", False, True)], [("Israel", "hostages")]),
        ("Egypt welcomes a Qatari offer to mediate between Ethiopia and Sudan.",
         [("Qatar", "offer to mediate between", "Ethiopia", False, True)], []),
        # guard: a possessor holds it as before
        ("Ukraine accepts Turkey's offer to mediate talks with Russia.",
         [("Turkey", "offer to mediate talk", "Russia", False, True)],
         [("Ukraine", "Russia")]),
    ],
    "expected, offered and pledged": [
        ("Egypt is set to host talks between Israel and Hamas.",
         [("Egypt", "host talk", "Israel", False, True),
          ("Israel", "talk", "Hamas", False, True), ("Hamas", "talk", "Israel", False, True)],
         []),
        ("Qatar is due to host talks between the Taliban and the United States.",
         [("Taliban", "talk", "United States", False, True),
          ("United States", "talk", "Taliban", False, True)], []),
        ("Turkey offers to host a summit between Putin and Zelensky.",
         [("Putin", "summit", "Zelensky", False, True),
          ("Zelensky", "summit", "Putin", False, True)], []),
        ("The European Union pledges 50 billion euros to Ukraine.",
         [("European Union", "pledge", "Ukraine", False, False),
          ("European Union", "pledge euro", "Ukraine", False, False)], []),
        # guards: able to; hosted
        ("Qatar was able to broker talks between the Taliban and the United States.",
         [("Taliban", "talk", "United States", False, False),
          ("United States", "talk", "Taliban", False, False)], []),
        ("Turkey hosted talks between Russia and Ukraine.",
         [("Russia", "talk", "Ukraine", False, False),
          ("Ukraine", "talk", "Russia", False, False)], []),
    ],
    "futures and plots": [
        ("Biden's upcoming visit to Saudi Arabia draws criticism.",
         [("Biden", "visit", "Saudi Arabia", False, True)], []),
        ("Bolsonaro plotted an assassination of Lula.",
         [("Bolsonaro", "plot assassination", "Lula", False, True)], []),
        ("Iran plotted to assassinate John Bolton.",
         [("Iran", "plot to assassinate", "John Bolton", False, True)], []),
        # guard: a visit made
        ("Biden's visit to Saudi Arabia draws criticism.",
         [("Biden", "visit", "Saudi Arabia", False, False)], []),
    ],
    "what one is warned against": [
        ("Russia warns NATO against sending troops to Ukraine.",
         [("NATO", "send", "Ukraine", False, True)], [("Russia", "Ukraine")]),
        ("The United States warns Israel against a full-scale invasion of Rafah.",
         [("Israel", "invade", "Rafah", False, True)], [("United States", "Rafah")]),
        # guard: a warning of an attack
        ("The United Nations warned of an attack on Rafah.", [], [("United Nations", "Rafah")]),
    ],
    "an intention noun's infinitive read as a purpose": [
        ("Germany expels Iranian diplomats over Iran's alleged plot to kill dissidents.",
         [("Iran", "plot to kill", "dissidents", False, True)], [("Germany", "dissidents")]),
        # guard: a purpose of the main verb
        ("The army launched an offensive against the rebels to retake Goma.",
         [("army", "retake", "Goma", False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_REAL))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
