"""Session 41's flags: acts inside plans, allegations and denials found and flagged
(one batch of real parses for the module):

- a group's plural name the NER typed a person ("the Houthis", "the Bidens", "the
  Sharifs": a proper noun ending in "s" with "the"; a person's name takes no article)
  is the "they" of its verb of saying, so what it says it will do is found, hedged;
  a single person's name is still no "they", and the group no "he";
- the "not" of an expectation belongs to what is expected ("the ECB is not expected to
  follow the Fed", "Ankara did not expect Athens to accept the offer"): negated, and
  hedged as any expectation is (as "will not release X" is); an expectation with no
  "not" stays only hedged;
- a role description ("the crown prince", "the president") in a clause in the simple
  present whose subject is a name with no article is the one named with that role
  before, as in the past tense: a summary tells its events in the present ("Pezeshkian
  invites the crown prince to visit Tehran"); a generic statement ("the Senate impeaches
  the president") still points back to no one;
- "the group" after a group's plural name the NER typed a person is that group ("The
  Houthis seized a ship. Iran denies arming the group": a denied arming of the Houthis),
  and not the body a report is credited to after it ("..., Reuters reports. Qatar denies
  funding the group": Hamas); a credited source that alone fits is still meant ("..., the
  Nigerian Union of Miners said. President Tinubu met the union");
- what a charge or arrest alleges of a plural noun of people ("charged two Belarusian
  men, alleging that *they* had attacked Polish border guards") is said of them, hedged:
  the "they" is the people charged (coref ``_accused``), and the pronoun is read as the
  group noun it stands for when the pipeline asks whether an unnamed group acts
  (pipeline ``_pronoun_noun``; so also in what such a group says it did: "Syrian
  rebels said they had shot down a government helicopter"); people of no side ("two
  men ... stolen cars") still give nothing;
- an event noun whose own onset is only to come ("US tariffs on Chinese steel were due to
  take effect", "EU sanctions on Russian banks will come into force on Friday", "Israeli
  strikes on Rafah are set to resume": [onset_verbs], future or only expected) has not
  begun: hedged; one that took effect or resumed has.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

pytestmark = pytest.mark.model

#: (sentence, wanted (subject, relation lemma, object, negated, hedged))
_GROUP_SAYS = [
    ("The Houthis say they will keep targeting Israeli ships.",
     ("Houthis", "target", "Israeli ships", False, True)),
    ("The Bidens say they will sue Fox News.",
     ("Bidens", "sue", "Fox News", False, True)),
    ("The Obamas said they would donate the money to the Red Cross.",
     ("Obamas", "donate", "money", False, True)),
    ("The Sharifs said they would boycott the vote.",
     ("Sharifs", "boycott", "vote", False, True)),
    ("The Houthis announced they had seized a British tanker.",
     ("Houthis", "seize", "British tanker", False, False)),
]
#: (sentence, relation lemma no one must be found doing): a person's name is no "they",
#: and a group's plural name is no "he"
_GROUP_GUARDS = [
    ("Jonas Peters said they would sue the newspaper.", "sue"),
    ("The Houthis said he would sue the newspaper.", "sue"),
]

#: (sentence, (subject, relation lemma, object, negated, hedged))
_NOT_EXPECTED = [
    ("Analysts said the ECB was not expected to follow the Fed.",
     ("ECB", "follow", "Federal Reserve", True, True)),
    ("The Senate is not expected to confirm Hegseth before Christmas.",
     ("Senate", "confirm", "Hegseth", True, True)),
    ("Hamas is not expected to accept the Israeli proposal.",
     ("Hamas", "accept", "Israeli proposal", True, True)),
    ("Ankara did not expect Athens to accept the offer.",
     ("Athens", "accept", "offer", True, True)),
    # guards: no "not", only expected
    ("The ECB was expected to follow the Fed.",
     ("ECB", "follow", "Federal Reserve", False, True)),
    ("Hamas is expected to accept the Israeli proposal.",
     ("Hamas", "accept", "Israeli proposal", False, True)),
]

#: (two-sentence text, (subject, relation lemma, object, negated, hedged))
_PRESENT_ROLES = [
    ("Japanese Prime Minister Shigeru Ishiba meets Macron in Paris. Macron invites the prime "
     "minister to visit Normandy.", ("Shigeru Ishiba", "visit", "Normandy", False, True)),
    ("Saudi Crown Prince Mohammed bin Salman hosts Pezeshkian in Riyadh. Pezeshkian invites "
     "the crown prince to visit Tehran.",
     ("Mohammed bin Salman", "visit", "Tehran", False, True)),
    ("Brazilian President Luiz Inacio Lula da Silva arrives in Beijing. Xi Jinping urges the "
     "president to join the Belt and Road Initiative.",
     ("Luiz Inacio Lula da Silva", "join", "Belt and Road Initiative", False, True)),
    ("Kenyan President William Ruto visits Washington. Biden thanks the president for "
     "sending police officers to Haiti.", ("Biden", "thank", "William Ruto", False, False)),
]
#: a generic statement in the present: its description is no one named before
_GENERIC = ("Kenyan President William Ruto visits Washington. Under the constitution, the "
            "Senate impeaches the president.")

#: (text, (subject, relation lemma, object, negated, hedged))
_THE_GROUP = [
    ("The Houthis seized a cargo ship in the Red Sea. Iran denies arming the group.",
     ("Iran", "arm", "Houthis", True, False)),
    ("Al-Shabaab fighters stormed a base near Mogadishu, the Somali Guardian newspaper "
     "reported. Eritrea denies funding the group.", ("Eritrea", "fund", "Al-Shabaab", True, False)),
    ("Hamas fighters attacked an Israeli post, Reuters reports. Qatar denies funding the "
     "group.", ("Qatar", "fund", "Hamas", True, False)),
    # guard: the credited source is the only one that fits
    ("Gunmen killed five miners in Zamfara, the Nigerian Union of Miners said. President "
     "Tinubu met the union.", ("Tinubu", "meet", "Nigerian Union of Miners", False, False)),
]

#: (sentence, (subject, relation lemma, object, negated, hedged))
_ALLEGED_OF_PEOPLE = [
    ("Polish prosecutors charged two Belarusian men, alleging that they had attacked "
     "Polish border guards.", ("Belarusian men", "attack", "Polish border guards", False, True)),
    ("Italian police arrested four Tunisian men, alleging that they had attacked a "
     "Carabinieri patrol in Palermo.",
     ("Tunisian men", "attack", "Carabinieri patrol", False, True)),
    ("German prosecutors charged three German-Russian dual nationals, alleging that they "
     "planned sabotage attacks on US military facilities in Bavaria.",
     ("German-Russian dual nationals", "attack", "United States military facilities",
      False, True)),
]
#: the same reading of a pronoun in what a group says it did (wire copy: "Moslem
#: guerrillas ... said they shot down two Soviet-made transport aircraft")
_GROUP_NOUN_SAYS = [
    ("Syrian rebels said they had shot down a government helicopter near Idlib.",
     ("Syrian rebels", "shoot down", "government helicopter", False, False)),
    ("Kurdish fighters said they had captured two oil fields near Deir ez-Zor.",
     ("Kurdish fighters", "capture", "oil fields", False, False)),
]
_NO_SIDE = "Police charged two men, alleging that they had stolen cars."

#: (sentence, (subject, relation lemma, object, negated, hedged))
_ONSETS = [
    ("The deal came hours before US tariffs on Chinese steel were due to take effect.",
     ("United States", "tariff", "Chinese steel", False, True)),
    ("EU sanctions on Russian banks will come into force on Friday.",
     ("European Union", "sanction", "Russian banks", False, True)),
    ("Israeli strikes on Rafah are set to resume next week.",
     ("Israel", "strike", "Rafah", False, True)),
    # guards: begun
    ("US sanctions on Iranian oil took effect on Monday.",
     ("United States", "sanction", "Iranian oil", False, False)),
    ("Israeli strikes on Rafah resumed on Sunday.", ("Israel", "strike", "Rafah", False, False)),
]

#: review (rev-flags): (text, (subject, relation lemma)) never found: a newspaper or a
#: country whose name ends in "s" after "the" is no group's plural name, no "they"
_NO_GROUP_NAME = [
    ("The New York Times interviewed Ukrainian soldiers near Bakhmut. They said they had "
     "shelled Russian positions overnight.", ("New York Times", "shell")),
    ("The Netherlands hosted the talks in The Hague. They said they would sanction Iranian "
     "officials.", ("Netherlands", "sanction")),
]
#: review: a raised "not" that denies only a degree or a manner denies no act
_NOT_EXPECTED_DEGREE = [
    ("Germany is not expected to send enough tanks to Ukraine.",
     ("Germany", "send", "enough tanks", False, True)),
    ("Moscow is not expected to release the journalist without a prisoner swap.",
     ("Moscow", "release", "journalist", False, True)),
    ("Officials do not think Germany will send enough tanks to Ukraine.",
     ("Germany", "send", "enough tanks", False, True)),
]
#: review: a present clause of a named subject framed as a rule or a habit is generic:
#: (text, relation lemma, the one named before who must not be its object)
_FRAMED_GENERIC = [
    ("Kenyan President William Ruto visits Washington. Under the constitution, Parliament "
     "impeaches the president.", "impeach", "William Ruto"),
    ("French Prime Minister Michel Barnier lost a confidence vote. Under the Fifth Republic, "
     "Macron appoints the prime minister.", "appoint", "Michel Barnier"),
]
#: review: a credited source called by the description's own word is what it means
_SOURCE_CALLED = ("Hezbollah fired rockets at Haifa, the Israeli rights group B'Tselem said. "
                  "Netanyahu accused the group of siding with Hamas.")
#: review: a measure already there that begins to act is no onset: not hedged
_NO_ONSET = [
    ("US sanctions on Russian oil will begin to bite next year.",
     ("United States", "sanction", "Russian oil", False, False)),
    ("Chinese tariffs on Australian wine will start hurting exporters in the spring.",
     ("China", "tariff", "Australian wine", False, False)),
    ("US tariffs on Chinese steel will start a trade war, economists warned.",
     ("United States", "tariff", "Chinese steel", False, False)),
]

_ALL = ([s for s, _ in _NO_GROUP_NAME] + [s for s, _ in _NOT_EXPECTED_DEGREE]
        + [s for s, _, _ in _FRAMED_GENERIC] + [_SOURCE_CALLED] + [s for s, _ in _NO_ONSET]
        + [s for s, _ in _ONSETS] + [s for s, _ in _GROUP_NOUN_SAYS] + [_NO_SIDE]
        + [s for s, _ in _ALLEGED_OF_PEOPLE]
        + [s for s, _ in _THE_GROUP]
        + [s for s, _ in _GROUP_SAYS] + [s for s, _ in _GROUP_GUARDS]
        + [s for s, _ in _NOT_EXPECTED] + [s for s, _ in _PRESENT_ROLES] + [_GENERIC])


@pytest.fixture(scope="module")
def found(extractor):
    """Each sentence's ``(subject, relation lemma, object, negated, hedged)`` set."""
    results = extractor.extract([Article(f"t{i}", s) for i, s in enumerate(_ALL)])
    return {s: {(t.subject.label, t.relation.lemma, t.object.label, t.negated, t.hedged)
                for t in r.triples} for s, r in zip(_ALL, results, strict=True)}


@pytest.mark.parametrize(("sentence", "wanted"), _GROUP_SAYS)
def test_a_groups_plural_name_is_the_they_of_its_saying(found, sentence, wanted):
    assert wanted in found[sentence], sorted(found[sentence])


@pytest.mark.parametrize(("sentence", "lemma"), _GROUP_GUARDS)
def test_a_person_is_no_they_and_a_group_no_he(found, sentence, lemma):
    assert not any(t[1] == lemma for t in found[sentence]), sorted(found[sentence])


@pytest.mark.parametrize(("sentence", "wanted"), _NOT_EXPECTED)
def test_what_is_not_expected_is_negated_and_hedged(found, sentence, wanted):
    assert wanted in found[sentence], sorted(found[sentence])


@pytest.mark.parametrize(("text", "wanted"), _PRESENT_ROLES)
def test_a_role_in_a_present_clause_of_a_named_doer_points_back(found, text, wanted):
    assert wanted in found[text], sorted(found[text])


def test_a_role_in_a_generic_statement_points_back_to_no_one(found):
    assert not any(t[1] == "impeach" for t in found[_GENERIC]), sorted(found[_GENERIC])


@pytest.mark.parametrize(("text", "wanted"), _THE_GROUP)
def test_the_group_is_the_named_group_not_the_credited_source(found, text, wanted):
    assert wanted in found[text], sorted(found[text])


@pytest.mark.parametrize(("sentence", "wanted"), _ALLEGED_OF_PEOPLE + _GROUP_NOUN_SAYS)
def test_what_a_charge_alleges_of_people_is_said_of_them(found, sentence, wanted):
    assert wanted in found[sentence], sorted(found[sentence])


def test_people_of_no_side_alleged_to_act_give_nothing(found):
    assert not any(t[1] == "steal" for t in found[_NO_SIDE]), sorted(found[_NO_SIDE])


@pytest.mark.parametrize(("sentence", "wanted"), _ONSETS)
def test_an_event_whose_onset_is_to_come_is_hedged(found, sentence, wanted):
    assert wanted in found[sentence], sorted(found[sentence])


@pytest.mark.parametrize(("text", "unwanted"), _NO_GROUP_NAME)
def test_a_place_or_newspaper_ending_in_s_is_no_they(found, text, unwanted):
    assert not any(t[:2] == unwanted for t in found[text]), sorted(found[text])


@pytest.mark.parametrize(("sentence", "wanted"), _NOT_EXPECTED_DEGREE)
def test_a_raised_not_of_a_degree_denies_no_act(found, sentence, wanted):
    assert wanted in found[sentence], sorted(found[sentence])


@pytest.mark.parametrize(("text", "lemma", "named"), _FRAMED_GENERIC)
def test_a_framed_present_clause_of_a_name_points_back_to_no_one(found, text, lemma, named):
    assert not any(t[1] == lemma and t[2] == named for t in found[text]), sorted(found[text])


def test_a_credited_source_called_by_the_description_is_meant(found):
    assert not any(t[0] == "Hezbollah" and t[1] == "side with"
                   or t[1] == "accuse" and t[2] == "Hezbollah"
                   for t in found[_SOURCE_CALLED]), sorted(found[_SOURCE_CALLED])


@pytest.mark.parametrize(("sentence", "wanted"), _NO_ONSET)
def test_a_measure_that_begins_to_act_is_no_onset(found, sentence, wanted):
    assert wanted in found[sentence], sorted(found[sentence])
