"""Precision of wire triples (session 34): three constructions the blind judges of the
wire sheets marked as wrong or partly right.

- A counted noun of how often is no participant: "fired on the posts on three
  occasions" gave "fire on | occasions" (:func:`extract.hygiene.time_phrase`,
  ``[frequency_nouns]``).
- A gerund that says when or how a future act is done is not done yet either: "will
  resume exports after repairing the pipeline" gave the repair as stated
  (:func:`extract.context.is_future`).
- A closing attribution the parse read as a relative clause on the speaker's
  description (", the official news agency Tass reported.") gave "Tass | report |
  news agency" (:func:`extract.vague.described_speaker`).
- A "by" gerund the parse hung on the alleging verb says how the alleged act was done:
  "Washington accuses Japan of violating the pact by failing to open its market" gave
  Washington as who did not open it (:func:`extract.context.alleged_means`).
- "Its troops" of a government department reporting them, also through ", saying":
  "Pakistan's Foreign Office rejected the charge, saying its troops had not crossed the
  line" gave the Foreign Office as who did not cross it
  (:func:`extract.actors._government_department`, ``_reporting_subject``).
- A plan noun a verb acts on was acted on: "launched a takeover bid for Volvo" was
  launched, not only planned (:func:`extract.context._hedged_here`).
- A meeting "at" which the clause's subject acted is the subject's: "Gorbachev made the
  remarks at a Kremlin meeting with Vance" gave the Kremlin, where it was, as who met
  Vance (extract/rules/nominal.py ``_attendees``).
- A place the actor dictionaries list with its "and" is one place whatever the NER cut:
  "the disputed state of Jammu and Kashmir" gave "Jammu" (extract/hygiene.py
  ``_listed_and_names``, now for places too).
- A condition of a grant binds whom the grant is for, and is only required: "approved a
  credit for Mexico on condition that it cut its budget deficit" gave the IMF as who cut
  it, stated (extract/coref.py ``_conditioned``, extract/context.py modality).
- An event "between the two countries" is between the two the plural stands for, each
  with the other, as "between X and Y" is (extract/rules/nominal.py ``_plural_sides``,
  extract/triples.py ``_sides_among_themselves``).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.vague import described_speaker

from actorgraph.records import Article
from tests.docs import parse


@pytest.fixture(scope="module")
def results(extractor):
    """Triples (subject, lemma, object) -> hedged, for every text below, parsed once."""
    texts = [t for t, *_ in (*_OCCASIONS, *_FUTURE_GERUNDS, *_ALLEGED_MEANS, *_OWN_TROOPS,
                             *_LAUNCHED_PLANS, *_PLURAL_SIDES, *_ATTENDED,
                             *_LISTED_PLACES, *_CONDITIONS)]
    found = {}
    for result in extractor.extract([Article(str(i), t) for i, t in enumerate(texts)]):
        found[texts[int(result.article.id)]] = {
            (t.subject.label, t.relation.lemma, t.object.label): t.hedged
            for t in result.triples}
    return found


#: (text, triple kept, object label that must be on no triple)
_OCCASIONS = [
    ("Rain fell. Rebel gunners shelled the army base on four occasions last month.",
     ("rebel gunners", "shell", "army base"), "occasions"),
    ("Rain fell. Indian troops fired on Pakistani posts on two occasions in April.",
     ("India", "fire on", "Pakistani posts"), "occasions"),
    ("Rain fell. Customs officers raided the Lagos warehouse on several occasions in June.",
     None, "occasions"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "kept", "absent"), _OCCASIONS,
                         ids=[t[0][11:40] for t in _OCCASIONS])
def test_a_counted_occasion_is_no_participant(results, text, kept, absent):
    found = results[text]
    assert not any(o == absent for _, _, o in found), sorted(found)
    if kept is not None:
        assert kept in found, sorted(found)


#: (text, triple, hedged)
_FUTURE_GERUNDS = [
    ("Rain fell. Ecuador will restart oil shipments after repairing the coastal pipeline.",
     ("Ecuador", "repair", "coastal pipeline"), True),
    ("Rain fell. Lufthansa will restart flights to Tehran after inspecting the airport.",
     ("Lufthansa", "inspect", "airport"), True),
    ("Rain fell. Siemens will build the plant after acquiring the Dresden site.",
     ("Siemens", "acquire", "Dresden site"), True),
    # a past verb: the gerund is done before it, stated
    ("Rain fell. Ecuador restarted oil shipments after repairing the coastal pipeline.",
     ("Ecuador", "repair", "coastal pipeline"), False),
    ("Rain fell. Lufthansa restarted flights to Tehran after inspecting the airport.",
     ("Lufthansa", "inspect", "airport"), False),
    # a past's future: what it comes after may be done already
    ("Rain fell. Volvo said it would close the Ghent plant after posting a third-quarter "
     "loss.", ("Volvo", "post", "third-quarter loss"), False),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "triple", "hedged"), _FUTURE_GERUNDS,
                         ids=[t[0][11:45] for t in _FUTURE_GERUNDS])
def test_a_gerund_of_a_future_act_is_future(results, text, triple, hedged):
    found = results[text]
    assert triple in found, sorted(found)
    assert found[triple] is hedged


def test_a_closing_speaker_description_is_no_object():
    # ", the official news agency Tass reported." read as "the agency (that) Tass reported"
    doc = parse("Prices rose , the official news agency Tass reported .", """
        1 nsubj NOUN price NNS
        1 ROOT VERB rise VBD
        1 punct PUNCT , ,
        6 det DET the DT
        6 amod ADJ official JJ
        6 compound NOUN news NN
        1 punct NOUN agency NN
        8 nsubj PROPN Tass NNP
        6 relcl VERB report VBD
        8 punct PUNCT . .
    """)
    assert described_speaker(doc[8], doc[6])
    doc = parse("Troops left , the state radio Kol Israel said .", """
        1 nsubj NOUN troop NNS
        1 ROOT VERB leave VBD
        1 punct PUNCT , ,
        5 det DET the DT
        5 compound NOUN state NN
        1 dep NOUN radio NN
        7 compound PROPN Kol NNP
        8 nsubj PROPN Israel NNP
        5 relcl VERB say VBD
        8 punct PUNCT . .
    """)
    assert described_speaker(doc[8], doc[5])
    doc = parse("Talks ended , the daily newspaper Pravda announced .", """
        1 nsubj NOUN talk NNS
        1 ROOT VERB end VBD
        1 punct PUNCT , ,
        5 det DET the DT
        5 amod ADJ daily JJ
        1 appos NOUN newspaper NN
        7 nsubj PROPN Pravda NNP
        5 relcl VERB announce VBD
        7 punct PUNCT . .
    """)
    assert described_speaker(doc[7], doc[5])


def test_a_relative_clause_inside_the_sentence_keeps_its_object():
    # "denied the charges Reuters reported": a relative clause without "that", no comma
    doc = parse("Iran denied the charges Reuters reported .", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB deny VBD
        3 det DET the DT
        1 dobj NOUN charge NNS
        5 nsubj PROPN Reuters NNP
        3 relcl VERB report VBD
        1 punct PUNCT . .
    """)
    assert not described_speaker(doc[5], doc[3])
    # not the attribution's verb: "the agency Tass runs" is a thing Tass runs
    doc = parse("Prices rose , the agency Tass runs .", """
        1 nsubj NOUN price NNS
        1 ROOT VERB rise VBD
        1 punct PUNCT , ,
        4 det DET the DT
        1 appos NOUN agency NN
        6 nsubj PROPN Tass NNP
        4 relcl VERB run VBZ
        6 punct PUNCT . .
    """)
    assert not described_speaker(doc[6], doc[4])


#: (text, triple wanted (subject, lemma, object) with its hedge, subject that must not do it)
_ALLEGED_MEANS = [
    ("Rain fell. The minister said Washington accuses Tokyo of breaking last year's chip "
     "pact by failing to open the Japanese market to American chips.",
     # (no possessive since session 44: "its market", owner unfound, is dropped)
     ("Tokyo", "open", "Japanese market"), True, "Washington"),
    ("Rain fell. Seoul accuses Pyongyang of violating the armistice by sending troops into "
     "the buffer zone.", ("Pyongyang", "send", "troops"), True, "Seoul"),
    ("Rain fell. Unions accuse Fiat of breaking last year's wage agreement by closing the "
     "Turin plant.", ("Fiat", "close", "Turin plant"), True, "unions"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "triple", "hedged", "accuser"), _ALLEGED_MEANS,
                         ids=[t[0][11:40] for t in _ALLEGED_MEANS])
def test_a_by_gerund_on_the_alleging_verb_is_the_accused_act(results, text, triple, hedged,
                                                              accuser):
    found = results[text]
    assert found.get(triple) is hedged, sorted(found)
    assert not any(s == accuser and lemma == triple[1] for s, lemma, _ in found), sorted(found)


#: (text, triple wanted, the department that must not be its subject)
_OWN_TROOPS = [
    ("Rain fell. Pakistan's Foreign Office rejected the accusation, saying its troops had "
     "not crossed the Afghan border.", ("Pakistan", "cross", "Afghan border"), "Foreign Office"),
    ("Rain fell. Syria's Foreign Ministry rejected the report, saying its troops had not "
     "crossed the Lebanese border.", ("Syria", "cross", "Lebanese border"), "Foreign Ministry"),
    ("Rain fell. Britain's Foreign Office said its diplomats had left Kabul.",
     ("United Kingdom", "leave", "Kabul"), "Foreign Office"),
    # guard: a group's own fighters are its own, through ", saying" too
    ("Rain fell. Hamas rejected the claim, saying its fighters had not attacked the convoy.",
     ("Hamas", "attack", "convoy"), None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "triple", "department"), _OWN_TROOPS,
                         ids=[t[0][11:40] for t in _OWN_TROOPS])
def test_its_troops_of_a_government_department_are_its_state(results, text, triple,
                                                              department):
    found = results[text]
    assert triple in found, sorted(found)
    assert not any(s == department and lemma == triple[1] for s, lemma, _ in found)


#: (text, triple, hedged)
_LAUNCHED_PLANS = [
    ("Rain fell. Renault launched a takeover bid for Volvo on Monday.",
     ("Renault", "launch bid", "Volvo"), False),
    ("Rain fell. Pearson launched a rescue bid for Westland last week.",
     ("Pearson", "launch bid", "Westland"), False),
    ("Rain fell. Egypt unveiled a peace plan for Gaza.",
     ("Egypt", "unveil", "peace plan for Gaza"), False),
    ("Rain fell. Shareholders rejected Renault's takeover bid for Volvo.",
     ("Renault", "bid", "Volvo"), False),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "triple", "hedged"), _LAUNCHED_PLANS,
                         ids=[t[0][11:40] for t in _LAUNCHED_PLANS])
def test_a_plan_a_verb_acts_on_was_acted_on(results, text, triple, hedged):
    found = results[text]
    assert triple in found, sorted(found)
    assert found[triple] is hedged


#: (text, the two sides, lemma, hedged; no sides: no triple of the lemma)
_PLURAL_SIDES = [
    ("India and China sent envoys to Delhi. Talks between the two countries resumed on "
     "Monday.", ("India", "China"), "talk", False),
    ("Ethiopia and Eritrea massed troops on the border. A UN envoy will host talks between "
     "the two countries in Algiers.", ("Ethiopia", "Eritrea"), "talk", True),
    ("Iran and Iraq shelled the border. Fighting between the two countries has killed "
     "thousands.", ("Iran", "Iraq"), "fight", False),
    # no one the plural stands for: no triple
    ("Rain fell. Talks between the two countries resumed.", None, "talk", False),
    ("Rain fell. Talks between rival groups failed.", None, "talk", False),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "sides", "lemma", "hedged"), _PLURAL_SIDES,
                         ids=[t[0][:30] for t in _PLURAL_SIDES])
def test_an_event_between_the_two_countries_is_between_them(results, text, sides, lemma,
                                                            hedged):
    found = results[text]
    if sides is None:
        assert not any(rel == lemma for _, rel, _ in found), sorted(found)
        return
    first, second = sides
    assert found.get((first, lemma, second)) is hedged, sorted(found)
    assert found.get((second, lemma, first)) is hedged, sorted(found)


#: (text, who met, the venue that did not)
_ATTENDED = [
    ("Rain fell. Reagan spoke at a White House meeting with West German Chancellor Helmut "
     "Kohl.", ("Reagan", "Helmut Kohl"), "White House"),
    ("Rain fell. Thatcher made the comments at a Downing Street meeting with Israeli Prime "
     "Minister Yitzhak Shamir.", ("Thatcher", "Yitzhak Shamir"), "Downing Street"),
    ("Rain fell. Mubarak raised the issue during a Cairo meeting with Shamir.",
     ("Mubarak", "Shamir"), "Cairo"),
    # guard: with no clause to take part in, the name before the noun is all there is
    ("Rain fell. A Kremlin meeting with Vance took place on Monday.", ("Kremlin", "Vance"),
     None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "pair", "venue"), _ATTENDED, ids=[t[0][11:40] for t in _ATTENDED])
def test_who_acted_at_a_meeting_took_part_in_it(results, text, pair, venue):
    found = results[text]
    assert (pair[0], "meet", pair[1]) in found, sorted(found)
    assert not any(s == venue and lemma == "meet" for s, lemma, _ in found), sorted(found)


#: (text, a triple with the whole place, a part of it that is no side)
_LISTED_PLACES = [
    ("Rain fell. India accused Pakistan of massing troops along the border in the disputed "
     "state of Jammu and Kashmir.", ("Pakistan", "mass in", "Jammu and Kashmir"), "Jammu"),
    ("Rain fell. Ottawa sent troops to Newfoundland and Labrador after the floods.",
     ("Ottawa", "send", "Newfoundland and Labrador"), "Newfoundland"),
    ("Rain fell. India moved warships to the Andaman and Nicobar Islands last week.",
     ("India", "move to", "Andaman and Nicobar Islands"), "Andaman"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "triple", "part"), _LISTED_PLACES,
                         ids=[t[0][11:40] for t in _LISTED_PLACES])
def test_a_listed_place_with_and_is_one_place(results, text, triple, part):
    found = results[text]
    assert triple in found, sorted(found)
    assert not any(part in (s, o) for s, _, o in found), sorted(found)


#: (text, the condition's triple (hedged), the grantor that must not do it)
_CONDITIONS = [
    ("Rain fell. The IMF approved a standby credit for Mexico last November on condition "
     "that it cut its budget deficit.", ("Mexico", "cut", "Mexico's budget deficit"), "IMF"),
    ("Rain fell. The World Bank agreed to lend Brazil 500 mln dlrs on condition that it "
     "reduce its import tariffs.", ("Brazil", "reduce", "Brazil's import tariffs"), "World Bank"),
    ("Rain fell. Creditor banks offered new loans to Argentina on condition that it raise "
     "interest rates.", ("Argentina", "raise", "interest rates"), "creditor banks"),
    # a named subject of its own: only the hedge
    ("Rain fell. Israel agreed to free 100 prisoners on condition that Hamas release the "
     "soldier.", ("Hamas", "release", "soldier"), "Israel"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "triple", "grantor"), _CONDITIONS,
                         ids=[t[0][11:40] for t in _CONDITIONS])
def test_a_condition_binds_whom_the_grant_is_for(results, text, triple, grantor):
    found = results[text]
    assert found.get(triple) is True, sorted(found)
    assert not any(s == grantor and lemma == triple[1] for s, lemma, _ in found), sorted(found)
