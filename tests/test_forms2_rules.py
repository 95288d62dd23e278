"""Rules of the second nominal and participle grid (``tests/data/forms_grid_2.jsonl``).

- "The army", "the military" of no country named before ([own_forces]) as who did an
  event: the "by" agent of a passive or a participle ("Bazoum was deposed by the army",
  "Bazoum, ousted by the military"), the "by" phrase of an event noun ("the ouster of
  Bazoum by the army") and the owner of a noun that is no role ("the army's takeover of
  state television"; not "the army's chief").
- A sentence-initial -ing word the parser hung on the noun phrase after it as a modifier
  (or took into a name), when that phrase is one of two subjects of the verb, the second
  after a comma, is a fronted participle with the phrase its object: "Meeting Chinese
  leader Xi Jinping in San Francisco, Biden agreed ...", "Striking General Motors, Ford
  and Stellantis on Friday, the United Auto Workers said ..." (not "Visiting professor
  Ann Lee, a chemist, said": one subject).
- A relative "whose" on an event noun that is the subject or object of the relative
  clause stands for the noun the clause is on, when that noun ends right before it:
  "Jimmy Lai, whose arrest by Hong Kong police drew condemnation" (Lai was arrested),
  "Russia, whose invasion of Ukraine began in 2022" (Russia invaded); not "critics of
  Israel, whose strikes on Gaza ..." (whose strikes: the parse cannot say).
- A participle of carrying out ([carrying_participles]) with a "by" agent, set off by a
  comma and hung by the parser on the "of" phrase of an event noun, is the event noun's:
  "the assassination of President Jovenel Moise, carried out by Colombian mercenaries"
  (the mercenaries assassinated Moise; they did not carry him out); not "held by X" ("the
  release of the hostages, held by Hamas": the hostages are held).
- A passive gerund after "survive" or "endure" ([surviving_gerund_verbs]) happened to the
  subject: "Fico survived being shot by a gunman" (stated, not hedged); "escaped being
  kidnapped" is not (it stays hedged).
- A "by" phrase naming someone that the parser hung on a verb with an active subject, right
  after an event noun that is the object of the verb's preposition, is the event noun's:
  "Talks stalled over the abduction of 276 schoolgirls by Boko Haram" (Boko Haram abducted
  them; it did not stall the talks), "Negotiations collapsed over the abduction of 20 aid
  workers by Al-Shabaab"; not a measure ("fell after the strike by 5 percent") nor a
  passive's agent.
- A named "by" phrase of an intention noun before its infinitive holds the intention as
  a possessor does: "the decision by Russia to expel two Estonian diplomats" (as "Russia's
  decision to expel"), "a bid by UniCredit to buy Commerzbank" (hedged); not a "by" after
  the infinitive ("a plan to annex X by July"), nor a call, whose doer is someone else.
- "airstrike" names the verb "strike" ([irregular_nominals]): "Israeli airstrikes on
  southern Lebanon" is a relation "strike" (label "airstrike"), as "air strikes" is.
- A past form right after a subject, with a preposition and no object, that the parser
  made the verb of a clause whose real verb (a past form with an object, no subject, no
  comma between) it took for its adverbial clause or made its clausal complement, is the
  subject's reduced relative: "Jihadists linked to Al-Qaeda attacked a convoy" (the
  jihadists attacked it; "linked" describes them), "Hackers linked to the Russian
  government breached X"; not with a comma between, nor when the first verb has an object.
- An event noun as subject reacts to no one: "talks stalled over the seizure of the
  tanker by Iran" gives no "talks -stall over seizure-> Iran" (a verb of rejection with
  an owned object); "the UN condemned the attack by Hamas" keeps its reaction.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.actors import ActorResolver
from actorgraph.extract.hygiene import repair_verbs
from actorgraph.extract.rules.base import noun_agents, noun_patients
from actorgraph.extract.rules.complements import intention_holders
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse

# --- "the army" / "the military" as who did an event --------------------------------------


def test_the_army_as_a_passives_agent_is_kept_as_a_concept():
    doc = parse("Bazoum was deposed by the army", """
        2 nsubjpass PROPN Bazoum NNP
        2 auxpass AUX be VBD
        2 ROOT VERB depose VBN
        2 agent ADP by IN
        5 det DET the DT
        3 pobj NOUN army NN
    """, ents={"Bazoum": "PERSON"})
    mention = ActorResolver(doc).resolve(doc[5])
    assert (mention.label, mention.type) == ("army", "CONCEPT")


def test_the_military_owning_an_event_noun_is_kept_as_a_concept():
    doc = parse("the military 's ouster of Bazoum angered Paris", """
        1 det DET the DT
        3 poss NOUN military NN
        1 case PART 's POS
        6 nsubj NOUN ouster NN
        3 prep ADP of IN
        4 pobj PROPN Bazoum NNP
        6 ROOT VERB anger VBD
        6 dobj PROPN Paris NNP
    """, ents={"Bazoum": "PERSON", "Paris": "GPE"})
    mention = ActorResolver(doc).resolve(doc[1])
    assert (mention.label, mention.type) == ("military", "CONCEPT")


def test_the_army_in_an_event_nouns_by_phrase_is_kept_as_a_concept():
    doc = parse("the ouster of Bazoum by the army angered Paris", """
        1 det DET the DT
        7 nsubj NOUN ouster NN
        1 prep ADP of IN
        2 pobj PROPN Bazoum NNP
        1 prep ADP by IN
        6 det DET the DT
        4 pobj NOUN army NN
        7 ROOT VERB anger VBD
        7 dobj PROPN Paris NNP
    """, ents={"Bazoum": "PERSON", "Paris": "GPE"})
    assert ActorResolver(doc).resolve(doc[6]).label == "army"


def test_the_armys_role_and_someones_army_stay_unresolved():
    doc = parse("the army 's chief met Macron", """
        1 det DET the DT
        3 poss NOUN army NN
        1 case PART 's POS
        4 nsubj NOUN chief NN
        4 ROOT VERB meet VBD
        4 dobj PROPN Macron NNP
    """, ents={"Macron": "PERSON"})
    assert ActorResolver(doc).resolve(doc[1]) is None
    doc = parse("Bazoum was deposed by its army", """
        2 nsubjpass PROPN Bazoum NNP
        2 auxpass AUX be VBD
        2 ROOT VERB depose VBN
        2 agent ADP by IN
        5 poss PRON its PRP$
        3 pobj NOUN army NN
    """, ents={"Bazoum": "PERSON"})
    mention = ActorResolver(doc).resolve(doc[5])
    assert mention is None or mention.label != "army"


# --- a fronted -ing word read as a modifier of the first of two subjects ----------------


def _triples(doc):
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


def test_a_fronted_gerund_read_as_a_modifier_takes_the_phrase_as_its_object():
    doc = parse("Meeting Chinese leader Xi , Biden agreed to talks", """
        2 amod VERB meet VBG
        2 amod ADJ Chinese JJ
        3 compound NOUN leader NN
        6 nsubj PROPN Xi NNP
        6 punct PUNCT , ,
        6 nsubj PROPN Biden NNP
        6 ROOT VERB agree VBD
        6 prep ADP to IN
        7 pobj NOUN talk NNS
    """, ents={"Xi": "PERSON", "Biden": "PERSON"})
    repair_verbs(doc)
    assert (doc[0].dep_, doc[0].head.i, doc[3].dep_, doc[3].head.i) == ("advcl", 6, "dobj", 0)
    assert ("Biden", "meet", "Xi") in _triples(doc)


def test_a_fronted_gerund_taken_into_a_name_leaves_the_name():
    doc = parse("Striking General Motors , the union said it would widen the walkout", """
        2 compound PROPN Striking NNP
        2 compound PROPN General NNP
        6 nsubj PROPN Motors NNPS
        6 punct PUNCT , ,
        5 det DET the DT
        6 nsubj NOUN union NN
        6 ROOT VERB say VBD
        9 nsubj PRON it PRP
        9 aux AUX would MD
        6 ccomp VERB widen VB
        11 det DET the DT
        9 dobj NOUN walkout NN
    """, ents={"Striking General Motors": "ORG"})
    repair_verbs(doc)
    assert (doc[0].dep_, doc[0].lemma_, doc[2].dep_) == ("advcl", "strike", "dobj")
    assert [e.text for e in doc.ents] == ["General Motors"]


def test_a_fronted_gerund_before_a_single_subject_stays_a_modifier():
    doc = parse("Visiting professor Lee , a chemist , said it", """
        1 amod VERB visit VBG
        2 compound NOUN professor NN
        7 nsubj PROPN Lee NNP
        2 punct PUNCT , ,
        5 det DET a DT
        2 appos NOUN chemist NN
        2 punct PUNCT , ,
        7 ROOT VERB say VBD
        7 dobj PRON it PRP
    """, ents={"Lee": "PERSON"})
    repair_verbs(doc)
    assert (doc[0].dep_, doc[2].dep_) == ("amod", "nsubj")
    # nor one after the sentence's start: "the visiting professor Lee, ..."
    doc = parse("the visiting professor Lee , Kim said", """
        3 det DET the DT
        3 amod VERB visit VBG
        3 compound NOUN professor NN
        6 nsubj PROPN Lee NNP
        6 punct PUNCT , ,
        6 nsubj PROPN Kim NNP
        6 ROOT VERB say VBD
    """, ents={"Lee": "PERSON", "Kim": "PERSON"})
    repair_verbs(doc)
    assert doc[1].dep_ == "amod"


# --- a relative "whose" on an event noun ------------------------------------------------


def test_whose_on_an_event_nouns_agent_side_is_the_clauses_noun():
    doc = parse("Russia , whose invasion of Ukraine began , lost", """
        8 nsubj PROPN Russia NNP
        0 punct PUNCT , ,
        3 poss DET whose WP$
        6 nsubj NOUN invasion NN
        3 prep ADP of IN
        4 pobj PROPN Ukraine NNP
        0 relcl VERB begin VBD
        0 punct PUNCT , ,
        8 ROOT VERB lose VBD
    """, ents={"Russia": "GPE", "Ukraine": "GPE"})
    assert [t.text for t in noun_agents(doc[3])] == ["Russia"]
    assert ("Russia", "invasion", "Ukraine") in _triples(doc)


def test_whose_on_an_event_noun_with_a_by_agent_is_its_patient():
    doc = parse("Lai , whose arrest by police drew protests , spoke", """
        9 nsubj PROPN Lai NNP
        0 punct PUNCT , ,
        3 poss DET whose WP$
        6 nsubj NOUN arrest NN
        3 prep ADP by IN
        4 pobj NOUN police NNS
        0 relcl VERB draw VBD
        6 dobj NOUN protest NNS
        0 punct PUNCT , ,
        9 ROOT VERB speak VBD
    """, ents={"Lai": "PERSON"})
    assert [t.text for t in noun_patients(doc[3])] == ["Lai"]
    assert ("police", "arrest", "Lai") in _triples(doc)


def test_whose_after_another_noun_than_the_clauses_stays_unread():
    doc = parse("critics of Israel , whose strikes on Gaza continued , spoke", """
        10 nsubj NOUN critic NNS
        0 prep ADP of IN
        1 pobj PROPN Israel NNP
        0 punct PUNCT , ,
        5 poss DET whose WP$
        8 nsubj NOUN strike NNS
        5 prep ADP on IN
        6 pobj PROPN Gaza NNP
        0 relcl VERB continue VBD
        0 punct PUNCT , ,
        10 ROOT VERB speak VBD
    """, ents={"Israel": "GPE", "Gaza": "GPE"})
    assert "critics" not in [t.text for t in noun_agents(doc[5])]


# --- a participle of carrying out hung on an event noun's "of" phrase --------------------


def test_a_carrying_participle_on_the_of_phrase_is_the_event_nouns():
    doc = parse("the assassination of Moise , carried out by mercenaries , shocked Haiti", """
        1 det DET the DT
        10 nsubj NOUN assassination NN
        1 prep ADP of IN
        2 pobj PROPN Moise NNP
        3 punct PUNCT , ,
        3 acl VERB carry VBN
        5 prt ADP out RP
        5 agent ADP by IN
        7 pobj NOUN mercenary NNS
        3 punct PUNCT , ,
        10 ROOT VERB shock VBD
        10 dobj PROPN Haiti NNP
    """, ents={"Moise": "PERSON", "Haiti": "GPE"})
    repair_verbs(doc)
    assert doc[5].head.i == 1
    found = _triples(doc)
    assert ("mercenaries", "assassinate", "Moise") in found or (
        "mercenaries", "assassination", "Moise") in found
    assert not any(s == "mercenaries" and r == "carry out" and o == "Moise"
                   for s, r, o in found)


def test_a_staged_abduction_hung_on_its_victims_is_the_abductions():
    doc = parse("the abduction of pupils , staged by bandits , shocked Kaduna", """
        1 det DET the DT
        9 nsubj NOUN abduction NN
        1 prep ADP of IN
        2 pobj NOUN pupil NNS
        3 punct PUNCT , ,
        3 acl VERB stage VBN
        5 agent ADP by IN
        6 pobj NOUN bandit NNS
        3 punct PUNCT , ,
        9 ROOT VERB shock VBD
        9 dobj PROPN Kaduna NNP
    """, ents={"Kaduna": "GPE"})
    repair_verbs(doc)
    assert doc[5].head.i == 1
    assert ("bandits", "abduct", "pupils") in _triples(doc) or (
        "bandits", "abduction", "pupils") in _triples(doc)


def test_a_participle_that_may_describe_the_of_phrase_stays():
    doc = parse("the release of hostages , held by Hamas , was agreed", """
        1 det DET the DT
        10 nsubjpass NOUN release NN
        1 prep ADP of IN
        2 pobj NOUN hostage NNS
        3 punct PUNCT , ,
        3 acl VERB hold VBN
        5 agent ADP by IN
        6 pobj PROPN Hamas NNP
        3 punct PUNCT , ,
        10 auxpass AUX be VBD
        10 ROOT VERB agree VBN
    """, ents={"Hamas": "ORG"})
    repair_verbs(doc)
    assert doc[5].head.i == 3


def test_a_carrying_participle_without_a_comma_or_agent_stays():
    doc = parse("the killing of soldiers staged by rebels", """
        1 det DET the DT
        1 ROOT NOUN killing NN
        1 prep ADP of IN
        2 pobj NOUN soldier NNS
        3 acl VERB stage VBN
        4 agent ADP by IN
        5 pobj NOUN rebel NNS
    """)
    repair_verbs(doc)
    assert doc[4].head.i == 3


# --- a passive gerund after "survive" ----------------------------------------------------


def _flags(doc):
    return {(t.subject.text, t.lemma, t.object.text): t.hedged for t in all_triples(doc)}


def test_a_survived_passive_gerund_is_stated():
    doc = parse("Fico survived being shot by a gunman", """
        1 nsubj PROPN Fico NNP
        1 ROOT VERB survive VBD
        3 auxpass AUX be VBG
        1 xcomp VERB shoot VBN
        3 agent ADP by IN
        6 det DET a DT
        4 pobj NOUN gunman NN
    """, ents={"Fico": "PERSON"})
    assert _flags(doc)[("gunman", "shoot", "Fico")] is False


def test_an_endured_passive_gerund_is_stated():
    doc = parse("Kyiv endured being shelled by Russia", """
        1 nsubj PROPN Kyiv NNP
        1 ROOT VERB endure VBD
        3 auxpass AUX be VBG
        1 xcomp VERB shell VBN
        3 agent ADP by IN
        4 pobj PROPN Russia NNP
    """, ents={"Kyiv": "GPE", "Russia": "GPE"})
    assert _flags(doc)[("Russia", "shell", "Kyiv")] is False


def test_an_escaped_passive_gerund_stays_hedged():
    doc = parse("Lee escaped being arrested by police", """
        1 nsubj PROPN Lee NNP
        1 ROOT VERB escape VBD
        3 auxpass AUX be VBG
        1 xcomp VERB arrest VBN
        3 agent ADP by IN
        4 pobj NOUN police NNS
    """, ents={"Lee": "PERSON"})
    assert _flags(doc)[("police", "arrest", "Lee")] is True


# --- a "by" phrase hung on an active verb after an event noun ----------------------------


def test_a_by_agent_on_an_active_verb_goes_to_the_event_noun():
    doc = parse("talks stalled over the abduction of girls by Boko", """
        1 nsubj NOUN talk NNS
        1 ROOT VERB stall VBN
        1 prep ADP over IN
        4 det DET the DT
        2 pobj NOUN abduction NN
        4 prep ADP of IN
        5 pobj NOUN girl NNS
        1 agent ADP by IN
        7 pobj PROPN Boko NNP
    """, ents={"Boko": "ORG"})
    repair_verbs(doc)
    assert (doc[7].dep_, doc[7].head.i) == ("prep", 4)
    found = _triples(doc)
    assert not any(s == "Boko" and o == "talks" for s, _, o in found)
    assert any(s == "Boko" and o == "girls" for s, _, o in found)


def test_a_by_preposition_on_an_active_verb_goes_to_the_event_noun():
    doc = parse("talks collapsed over the seizure of tankers by Iran", """
        1 nsubj NOUN talk NNS
        1 ROOT VERB collapse VBD
        1 prep ADP over IN
        4 det DET the DT
        2 pobj NOUN seizure NN
        4 prep ADP of IN
        5 pobj NOUN tanker NNS
        1 prep ADP by IN
        7 pobj PROPN Iran NNP
    """, ents={"Iran": "GPE"})
    repair_verbs(doc)
    assert doc[7].head.i == 4


def test_a_by_of_measure_or_a_passives_agent_stays():
    doc = parse("sales fell after the strike by 5 percent", """
        1 nsubj NOUN sale NNS
        1 ROOT VERB fall VBD
        1 prep ADP after IN
        4 det DET the DT
        2 pobj NOUN strike NN
        1 prep ADP by IN
        7 nummod NUM 5 CD
        5 pobj NOUN percent NN
    """)
    repair_verbs(doc)
    assert doc[5].head.i == 1
    doc = parse("Kyiv was hit during the attack by Russia", """
        2 nsubjpass PROPN Kyiv NNP
        2 auxpass AUX be VBD
        2 ROOT VERB hit VBN
        2 prep ADP during IN
        5 det DET the DT
        3 pobj NOUN attack NN
        2 agent ADP by IN
        6 pobj PROPN Russia NNP
    """, ents={"Kyiv": "GPE", "Russia": "GPE"})
    repair_verbs(doc)
    assert doc[6].head.i == 2


# --- a "by" phrase holding an intention noun ----------------------------------------------


def test_a_by_phrase_before_the_infinitive_holds_the_intention():
    doc = parse("the decision by Russia to expel diplomats", """
        1 det DET the DT
        1 ROOT NOUN decision NN
        1 prep ADP by IN
        2 pobj PROPN Russia NNP
        5 aux PART to TO
        1 acl VERB expel VB
        5 dobj NOUN diplomat NNS
    """, ents={"Russia": "GPE"})
    noun, holders, negated = intention_holders(doc[5])
    assert (noun.text, [t.text for t in holders], negated) == ("decision", ["Russia"], False)


def test_coordinated_by_phrases_hold_it_together():
    doc = parse("a bid by Bain and KKR to buy Toshiba", """
        1 det DET a DT
        1 ROOT NOUN bid NN
        1 prep ADP by IN
        2 pobj PROPN Bain NNP
        3 cc CCONJ and CC
        3 conj PROPN KKR NNP
        7 aux PART to TO
        1 acl VERB buy VB
        7 dobj PROPN Toshiba NNP
    """, ents={"Bain": "ORG", "KKR": "ORG", "Toshiba": "ORG"})
    assert [t.text for t in intention_holders(doc[7])[1]] == ["Bain", "KKR"]


def test_a_by_phrase_after_the_infinitive_holds_nothing():
    doc = parse("the plan to annex Gaza by July", """
        1 det DET the DT
        1 ROOT NOUN plan NN
        3 aux PART to TO
        1 acl VERB annex VB
        3 dobj PROPN Gaza NNP
        3 prep ADP by IN
        5 pobj PROPN July NNP
    """, ents={"Gaza": "GPE", "July": "DATE"})
    assert intention_holders(doc[3]) is None


# --- "airstrike" is "strike" --------------------------------------------------------------


def test_an_airstrike_is_a_strike():
    from actorgraph.extract.derivation import relation_verb
    assert relation_verb("airstrike") == "strike"
    assert relation_verb("airstrike on") == "strike on"


# --- a reduced relative read as the clause's verb ------------------------------------------


def test_a_reduced_relative_read_as_the_verb_gives_the_clause_back():
    doc = parse("Gunmen linked to Boko killed villagers", """
        1 nsubj NOUN gunman NNS
        1 ROOT VERB link VBD
        1 prep ADP to IN
        2 pobj PROPN Boko NNP
        1 advcl VERB kill VBD
        4 dobj NOUN villager NNS
    """, ents={"Boko": "ORG"})
    repair_verbs(doc)
    assert (doc[4].dep_, doc[0].head.i, doc[1].dep_, doc[1].head.i) == ("ROOT", 4, "acl", 0)
    assert ("Gunmen", "kill", "villagers") in _triples(doc)


def test_a_reduced_relative_read_as_a_complement_gives_the_clause_back():
    doc = parse("Hackers linked to Moscow breached accounts", """
        1 nsubj NOUN hacker NNS
        4 ccomp VERB link VBD
        1 prep ADP to IN
        2 pobj PROPN Moscow NNP
        4 ROOT VERB breach VBD
        4 dobj NOUN account NNS
    """, ents={"Moscow": "GPE"})
    repair_verbs(doc)
    assert (doc[0].dep_, doc[0].head.i, doc[1].dep_, doc[1].head.i) == ("nsubj", 4, "acl", 0)


def test_a_clause_with_a_comma_or_an_object_stays():
    doc = parse("Troops entered Goma , seized the airport", """
        1 nsubj NOUN troop NNS
        1 ROOT VERB enter VBD
        1 dobj PROPN Goma NNP
        1 punct PUNCT , ,
        1 advcl VERB seize VBD
        6 det DET the DT
        4 dobj NOUN airport NN
    """, ents={"Goma": "GPE"})
    repair_verbs(doc)
    assert (doc[1].dep_, doc[4].dep_, doc[0].head.i) == ("ROOT", "advcl", 1)
    doc = parse("Troops advanced to Goma , seized the airport", """
        1 nsubj NOUN troop NNS
        1 ROOT VERB advance VBD
        1 prep ADP to IN
        2 pobj PROPN Goma NNP
        1 punct PUNCT , ,
        1 advcl VERB seize VBD
        7 det DET the DT
        5 dobj NOUN airport NN
    """, ents={"Goma": "GPE"})
    repair_verbs(doc)
    assert (doc[1].dep_, doc[5].dep_) == ("ROOT", "advcl")


# --- an event noun as subject reacts to no one --------------------------------------------


def test_stalled_talks_react_to_no_one():
    doc = parse("talks stalled over the seizure by Iran", """
        1 nsubj NOUN talk NNS
        1 ROOT VERB stall VBD
        1 prep ADP over IN
        4 det DET the DT
        2 pobj NOUN seizure NN
        4 prep ADP by IN
        5 pobj PROPN Iran NNP
    """, ents={"Iran": "GPE"})
    assert not any(t.pattern == "reaction" for t in all_triples(doc))


def test_a_body_still_reacts_to_an_events_author():
    doc = parse("diplomats criticised the seizure by Iran", """
        1 nsubj NOUN diplomat NNS
        1 ROOT VERB criticise VBD
        3 det DET the DT
        1 dobj NOUN seizure NN
        3 prep ADP by IN
        4 pobj PROPN Iran NNP
    """, ents={"Iran": "GPE"})
    assert any(t.pattern == "reaction" and t.object.text == "Iran" for t in all_triples(doc))


_SENTENCES = {
    "the army or the military as who did an event": [
        ("President Mohamed Bazoum was deposed by the army in July.",
         [("army", "depose", "Mohamed Bazoum", False, False)], []),
        ("Mohamed Bazoum, ousted by the military in July, remains under house arrest.",
         [("military", "oust", "Mohamed Bazoum", False, False)], []),
        ("The army's takeover of state television angered Paris.",
         [("army", "take over", "state television", False, False)], []),
        ("The military's ouster of President Alpha Conde drew sanctions from ECOWAS.",
         [("military", "oust", "Alpha Conde", False, False)], []),
        ("The ouster of Prime Minister Abdalla Hamdok by the army ended the transition.",
         [("army", "oust", "Abdalla Hamdok", False, False)], []),
    ],
    "a fronted -ing word read as a modifier of the first of two subjects": [
        ("Meeting Chinese leader Xi Jinping in San Francisco, U.S. President Joe Biden "
         "agreed to restore military contacts.",
         [("Joe Biden", "meet", "Xi Jinping", False, False)],
         [("Xi Jinping", "military contacts")]),
        ("Striking General Motors, Ford and Stellantis at three plants on Friday, the "
         "United Auto Workers said it would widen the walkout.",
         [("United Auto Workers", "strike", "General Motors", False, False),
          ("United Auto Workers", "strike", "Stellantis", False, False)], []),
        ("Meeting Russian leader Vladimir Putin in Minsk, Belarusian President Alexander "
         "Lukashenko signed a security pact.",
         [("Alexander Lukashenko", "meet", "Vladimir Putin", False, False)],
         [("Vladimir Putin", "security pact")]),
    ],
    "guards: a fronted -ing adjective before one subject": [
        ("Visiting professor Ann Lee, a chemist at Yale, said the results were clear.", [],
         [("Ann Lee", "Yale")]),
        ("Leading economist Paul Krugman, writing in the Times, criticised the Fed.",
         [("Paul Krugman", "criticise", "Federal Reserve", False, False)], []),
    ],
    "a relative whose on an event noun": [
        ("Journalist Jimmy Lai, whose arrest by Hong Kong police in 2020 drew global "
         "condemnation, faces life in prison.",
         [("Hong Kong", "arrest", "Jimmy Lai", False, False)], []),
        ("Russia, whose invasion of Ukraine began in February 2022, faces new sanctions.",
         [("Russia", "invade", "Ukraine", False, False)], []),
        ("The tanker Stena Impero, whose seizure by Iran angered London, was released.",
         [("Iran", "seize", "Stena Impero", False, False)], []),
        ("Microsoft, whose acquisition of Activision closed in October, hired 900 staff.",
         [("Microsoft", "acquire", "Activision", False, False)], []),
    ],
    "guards: whose after another noun, whose on no event noun": [
        ("Critics of Israel, whose strikes on Gaza have killed thousands, protested in "
         "London.", [], [("critics of Israel", "Gaza"), ("critics", "Gaza")]),
        ("The farmer whose car was stolen by thieves called the police.", [],
         [("thieves", "farmer")]),
    ],
    "a participle of carrying out hung on an event noun's of phrase": [
        ("The assassination of Haitian President Jovenel Moise, carried out by Colombian "
         "mercenaries, remains unsolved.",
         [("Colombian mercenaries", "assassinate", "Jovenel Moise", False, False)],
         []),
        ("The kidnapping of Nigerian senator Ahmed Yerima, staged by armed bandits, shocked "
         "Abuja.", [("armed bandits", "kidnap", "Ahmed Yerima", False, False)], []),
        ("The murder of journalist Daphne Caruana Galizia, orchestrated by businessman "
         "Yorgen Fenech, led to protests in Malta.",
         [("Yorgen Fenech", "murder", "Daphne Caruana Galizia", False, False)], []),
    ],
    "guards: a participle that may describe the of phrase": [
        ("The bombing of the Marriott hotel in Islamabad, owned by Sadruddin Hashwani, "
         "killed 54 people.", [], [("Sadruddin Hashwani", "Marriott hotel")]),
    ],
    "a passive gerund after survive": [
        ("Slovak Prime Minister Robert Fico, who survived being shot by a gunman in May, "
         "returned to work on Monday.",
         [("gunman", "shoot", "Robert Fico", False, False)], []),
        ("The governor of Zamfara survived being kidnapped by bandits in 2021.",
         [("bandits", "kidnap", "governor of Zamfara", False, False)], []),
        ("Salman Rushdie, who survived being stabbed by an attacker in New York, published "
         "a memoir.", [("attacker", "stab", "Salman Rushdie", False, False)], []),
    ],
    "guards: escaping is not undergoing": [
        ("The governor of Zamfara escaped being kidnapped by bandits in 2021.", [],
         [("governor of Zamfara", "bandits")]),
    ],
    "a by phrase hung on an active verb after an event noun": [
        ("Talks stalled over the kidnapping of 110 schoolgirls by Boko Haram in Dapchi.",
         [("Boko Haram", "kidnap", "schoolgirls", False, False)], [("Boko Haram", "talks")]),
        ("Negotiations collapsed over the abduction of 20 aid workers by Al-Shabaab.",
         [("Al-Shabaab", "abduct", "aid workers", False, False)], []),
        ("Talks stalled over the abduction of 276 schoolgirls by Boko Haram, which the "
         "government had promised to resolve.",
         [("Boko Haram", "abduct", "schoolgirls", False, False)], [("Boko Haram", "talks")]),
    ],
    "guards: a by of measure": [
        ("Biden won the election by a wide margin.",
         [("Biden", "win", "election", False, False)], [("Biden", "wide margin")]),
    ],
    "a by phrase holding an intention noun": [
        ("The decision by Russia to expel two Estonian diplomats drew protests.",
         [("Russia", "decision to expel", "Estonian diplomats", False, False)], []),
        ("The plan by Israel to annex the Jordan Valley drew condemnation.",
         [("Israel", "plan to annex", "Jordan Valley", False, True)], []),
        ("A bid by UniCredit to buy Commerzbank was rejected by Berlin.",
         [("UniCredit", "bid to buy", "Commerzbank", False, True)], []),
    ],
    "guards: a call is someone else's to do": [
        ("The call by the United Nations to halt the fighting in Sudan went unheeded.", [],
         [("United Nations", "fighting"), ("United Nations", "Sudan")]),
    ],
    "an airstrike is a strike": [
        ("Israeli airstrikes on southern Lebanon killed at least nine people on Tuesday.",
         [("Israel", "strike", "Lebanon", False, False)], []),
        ("A U.S. airstrike on a Houthi radar site in Yemen destroyed the facility.",
         [("United States", "strike", "Houthi radar site", False, False)], []),
        ("Russia's airstrike on a market in Kostiantynivka killed 17 people.",
         [("Russia", "strike", "market", False, False)], []),
    ],
    "a reduced relative read as the clause's verb": [
        ("Gunmen linked to Boko Haram killed 30 villagers in Borno state.",
         [("gunmen linked to Boko Haram", "kill", "villagers", False, False)], []),
        ("Gunmen linked to Al-Shabaab kidnapped two Cuban doctors in Mandera.",
         [("gunmen linked to Al-Shabaab", "kidnap", "Cuban doctors", False, False)], []),
        ("Jihadists linked to Al-Qaeda attacked a convoy of fuel tankers in southwestern "
         "Mali, killing at least 15 soldiers, security sources said.",
         [("Jihadists", "attack", "convoy of fuel tankers", False, False),
          ("Jihadists", "kill", "soldiers", False, False)], []),
    ],
    "guards: a clause of its own after a comma": [
        ("Protesters gathered outside parliament on Tuesday, chanting slogans against the "
         "government.", [], [("protesters", "parliament")]),
    ],
    "an event noun as subject reacts to no one": [
        ("The talks stalled over the seizure of the tanker by Iran.",
         [("Iran", "seize", "tanker", False, False)], [("talks", "Iran")]),
        ("Peace talks stalled over the expulsion of diplomats by Moscow.",
         [("Moscow", "expel", "diplomats", False, False)], [("peace talks", "Moscow")]),
        ("The talks stalled over the abduction of 276 schoolgirls by Boko Haram.",
         [("Boko Haram", "abduct", "schoolgirls", False, False)],
         [("talks", "Boko Haram")]),
    ],
    "guards: a body reacting to an event's author": [
        ("The United Nations condemned the attack by Hamas.",
         [("United Nations", "condemn attack", "Hamas", False, False)], []),
    ],
    "guards: a role of the army, someone's army": [
        ("The army's chief, General Abdourahamane Tiani, met ECOWAS envoys.", [],
         [("army", "ECOWAS")]),
        ("Bazoum was deposed by his own guard in July.", [], [("guard", "Bazoum")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
