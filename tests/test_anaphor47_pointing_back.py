"""Bare definite nouns that point back to an earlier mention the article told more fully
(session 47): another noun of the noun's family (:mod:`extract.anaphora`
``EarlierMentions._family_readings``), an act of agreeing (``[summed_acts]``), an act on a
named person (``ActorResolver._acted_on``).

Wire news names a thing once in full and then with another noun of the same kind: "Hanson
Trust launched a hostile bid for Imperial Group ... the Monopolies Commission will
examine *the offer*", "Chile and Argentina signed a treaty on the Beagle Channel border
... the Argentine Senate approved *the accord*". Bare, "offer" and "accord" say not which;
the earlier mention did. The families are those of ``[referring_families]`` (bid, offer,
proposal; charge, accusation, allegation; request) and ``[thing_families]`` (CAMEO
synsets: treaty, pact, accord, agreement, deal; ceasefire, truce, armistice;
investigation, inquiry, enquiry, probe) in ``extract/data/words.txt``. The label changes;
the mention's own text ("offer") stays its provenance.

A bare "the deal", "the accord" or "the pact" that sums up an act of agreeing an earlier
sentence told (``[summed_acts]``, "deal:agree") is that act's doer's, as "the launch" is
of the one who fired: "Tokai Bank Ltd said it had agreed to buy a stake in Halden Leasing
... the ministry is expected to approve *the deal*": Tokai Bank Ltd's deal; not when two
agreed ("Israel and Hamas agreed ... Egypt welcomed the deal") or the agreeing is not told
as done ("did not agree", "may agree").

"The action", like "the decision" (``[decision_nouns]``), sums up any act an earlier
sentence told with a named doer: "The SEC sued Harlow Group ... Harlow would fight *the
action*": the SEC's action.

A bare noun of an act on a named person whose doer is not named ("Police in Ankara arrested
opposition leader Ekrem Demir ... the EU condemned *the arrest*") is that act on the person:
"arrest of Ekrem Demir" (``ActorResolver._acted_on``); not for two acted on, an act not
told as done, an "attack" (no "of" for the one attacked), one more than three sentences
back, or a named doer ("Turkey's arrest", as before).

"The union" after a union named without the word ("The United Auto Workers struck
Chrysler's plant ... Chrysler would not negotiate with *the union*") is that union when the
actor dictionaries read its name as labour ("workers" is ~LAB in the Phoenix agents:
coref ``_labour_union``); not a company, nor a name they do not read so ("the Brotherhood of
Locomotive Engineers": no word of labour).

Guards: a new "an offer" of the noun's own head between (a new one), two fuller earlier
mentions of the family that share no word ("a pact on fishing rights ... a grain trade
deal ... *the agreement*"), a mention more than three sentences back, a plural for a
singular, a noun with words of its own ("the agreement on herring").
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import cases, check_construction

_SENTENCES = {
    "an offer to buy: the bid named before": [
        ("Hanson Trust launched a 900 mln stg hostile bid for Imperial Group on Monday. The "
         "Monopolies Commission will examine the offer.",
         [("Monopolies Commission", "examine", "hostile bid for Imperial Group", False,
           True)], [("Monopolies Commission", "offer")]),
        ("Barlow Holdings announced a 620 mln stg bid for Lindsey Brewers on Monday. The "
         "Monopolies Commission cleared the offer on Thursday.",
         [("Monopolies Commission", "clear", "bid for Lindsey Brewers", False, False)],
         [("Monopolies Commission", "offer")]),
        ("Siemens launched a hostile bid for Plessey on Monday. British defence officials "
         "will scrutinise the offer.",
         [("United Kingdom", "scrutinise", "hostile bid for Plessey", False, True)],
         [("United Kingdom", "offer")]),
    ],
    "a pact: the treaty, pact or agreement named before": [
        ("Norway and Iceland signed a ten-year pact on fishing rights in the Barents Sea on "
         "Tuesday. Danish fishermen criticised the agreement.",
         [("Danish fishermen", "criticise", "ten-year pact on fishing rights", False,
           False)], [("Danish fishermen", "agreement")]),
        ("Chile and Argentina signed a treaty on the Beagle Channel border in Rome. The "
         "Argentine Senate approved the accord in March.",
         [("Argentine Senate", "approve", "treaty on Beagle Channel border", False, False)],
         [("Argentine Senate", "accord")]),
        ("Seoul and Tokyo signed a fisheries agreement covering the East China Sea on "
         "Friday. The South Korean parliament must ratify the accord.",
         [("South Korea", "ratify", "fisheries agreement to cover East China Sea", False,
           True)], [("South Korea", "accord")]),
    ],
    "a truce, an inquiry: the ceasefire, investigation named before": [
        ("The army announced a 48-hour ceasefire in the northern province on Sunday. "
         "Kurdish rebels rejected the truce on Monday.",
         [("Kurdish rebels", "reject", "48-hour ceasefire", False, False)],
         [("Kurdish rebels", "truce")]),
        ("The Senate opened an investigation of arms sales to Iran in January. Senator "
         "Inouye will lead the inquiry.",
         [("Inouye", "lead", "investigation of arms sales to Iran", False, True)],
         [("Inouye", "inquiry")]),
        ("Parliament ordered a judicial inquiry into the sinking of the ferry Estonia. The "
         "Swedish government will fund the investigation.",
         [("Sweden", "fund", "judicial inquiry", False, True)],
         [("Sweden", "investigation")]),
    ],
    "guards: a new one of the noun's own head, two that may differ": [
        ("Hanson Trust launched a 900 mln stg hostile bid for Imperial Group on Monday. "
         "United Biscuits made an offer of 1.2 billion stg on Tuesday. Imperial's board "
         "rejected the offer.",
         [("Imperial", "reject", "offer", False, False)],
         [("Imperial", "hostile bid for Imperial Group")]),
        ("Norway and Iceland signed a ten-year pact on fishing rights on Tuesday. Oslo later "
         "signed a grain trade deal with Moscow. Danish fishermen criticised the agreement.",
         [("Danish fishermen", "criticise", "agreement", False, False)],
         [("Danish fishermen", "ten-year pact on fishing rights"),
          ("Danish fishermen", "grain trade deal")]),
    ],
    "guards: too far back, another number, words of its own": [
        ("Norway and Iceland signed a ten-year pact on fishing rights on Tuesday. The talks "
         "lasted four days. Both sides praised the mediators. The mediators came from "
         "Sweden. Prices of cod fell in Bergen. Danish fishermen criticised the agreement.",
         [("Danish fishermen", "criticise", "agreement", False, False)],
         [("Danish fishermen", "ten-year pact on fishing rights")]),
        ("Norway and Iceland signed ten-year pacts on fishing rights on Tuesday. Danish "
         "fishermen criticised the agreement.",
         [("Danish fishermen", "criticise", "agreement", False, False)],
         [("Danish fishermen", "ten-year pacts on fishing rights")]),
        ("Norway signed a ten-year pact on cod quotas with Iceland. Danish fishermen "
         "criticised the agreement on herring quotas.",
         [], [("Danish fishermen", "ten-year pact on cod quotas")]),
    ],
    "a pact that sums up an act of agreeing told before: its doer's": [
        ("Tokai Bank Ltd said it had agreed to buy a 30 pct stake in Halden Leasing Corp for "
         "about 90 mln dlrs. Japan's Finance Ministry is expected to approve the deal within "
         "a month.",
         [("Japan", "approve", "Tokai Bank Ltd's deal", False, True)], [("Japan", "deal")]),
        ("Tokyo Electric agreed on Monday to supply power to Hokkaido at reduced rates during "
         "the winter. Hokkaido's governor praised the accord.",
         [("Hokkaido's governor", "praise", "Tokyo Electric's accord", False, False)],
         [("Hokkaido's governor", "accord")]),
        ("The Bolivian government agreed to cut coca cultivation by half within five years, "
         "officials said. Peasant unions in Chapare denounced the pact.",
         [("peasant unions", "denounce", "Bolivia's pact", False, False)],
         [("peasant unions", "pact")]),
    ],
    "'the action' sums up any act an earlier sentence told: its doer's": [
        ("The Securities and Exchange Commission sued Harlow Group for fraud on Tuesday. "
         "Harlow said it would fight the action.",
         [("Harlow Group", "fight", "Securities and Exchange Commission's action", False,
           True)], [("Harlow Group", "action")]),
        ("The Justice Department filed an antitrust suit against Ralston Foods on Monday. "
         "Ralston said it would contest the action.",
         [("Ralston Foods", "contest", "Justice Department's action", False, True)],
         [("Ralston Foods", "action")]),
        ("The European Commission fined Intel 1.06 billion euros on Wednesday. Intel said it "
         "would appeal against the action.",
         [("Intel", "appeal against", "European Commission's action", False, True)],
         [("Intel", "action")]),
    ],
    "guards: two who agreed, an agreement not told as made": [
        ("Israel and Hamas agreed on Monday to free prisoners in stages. Egypt welcomed the "
         "deal.", [("Egypt", "welcome", "deal", False, False)],
         [("Egypt", "Israel's deal"), ("Egypt", "Hamas's deal")]),
        ("Tokai Bank Ltd did not agree to buy a stake in Halden Leasing Corp. Japan's "
         "Finance Ministry will not approve the deal.",
         [("Japan", "approve", "deal", True, True)], [("Japan", "Tokai Bank Ltd's deal")]),
        ("Tokai Bank Ltd may agree to buy a 30 pct stake in Halden Leasing Corp. Japan's "
         "Finance Ministry is expected to approve the deal within a month.",
         [("Japan", "approve", "deal", False, True)], [("Japan", "Tokai Bank Ltd's deal")]),
    ],
    "an act on a named person with no named doer: the person's": [
        ("Police in Ankara arrested opposition leader Ekrem Demir on Monday. The European "
         "Union condemned the arrest.",
         [("European Union", "condemn", "arrest of Ekrem Demir", False, False)],
         [("European Union", "arrest")]),
        ("A court in Moscow sentenced Alexei Navalny to nine years on Tuesday. Washington "
         "condemned the sentence.",
         [("Washington", "condemn", "sentence of Alexei Navalny", False, False)],
         [("Washington", "sentence")]),
        ("Gunmen kidnapped Italian engineer Marco Rossi near Port Harcourt on Sunday. Italy "
         "condemned the kidnapping.",
         [("Italy", "condemn", "kidnapping of Marco Rossi", False, False)],
         [("Italy", "kidnapping")]),
        ("Opposition leader Ekrem Demir was detained in Ankara on Monday. The European Union "
         "condemned the detention.",
         [("European Union", "condemn", "detention of Ekrem Demir", False, False)],
         [("European Union", "detention")]),
    ],
    "guards: two acted on, not told as done, an attack, too far, a named doer": [
        ("Police arrested Ekrem Demir and Selin Kaya on Monday. The European Union condemned "
         "the arrest.", [("European Union", "condemn", "arrest", False, False)],
         [("European Union", "arrest of Ekrem Demir")]),
        ("Police in Ankara did not arrest Ekrem Demir on Monday. The European Union condemned "
         "the arrest.", [("European Union", "condemn", "arrest", False, False)],
         [("European Union", "arrest of Ekrem Demir")]),
        ("Gunmen attacked journalist Marco Rossi in Naples on Sunday. Italy condemned the "
         "attack.", [("Italy", "condemn", "attack", False, False)],
         [("Italy", "attack of Marco Rossi")]),
        ("Police arrested Ekrem Demir on Monday. Protesters marched in Ankara. Students "
         "closed the university. Shops shut in Izmir. Prices rose. The European Union "
         "condemned the arrest.", [("European Union", "condemn", "arrest", False, False)],
         [("European Union", "arrest of Ekrem Demir")]),
        ("Turkish police arrested Ekrem Demir on Monday. The European Union condemned the "
         "arrest.", [("European Union", "condemn", "Turkey's arrest", False, False)],
         [("European Union", "arrest of Ekrem Demir")]),
    ],
    "'the union': a union the actor dictionaries read as labour, with no 'union' in its name": [
        ("The Communications Workers of America called a strike against AT&T on Sunday. "
         "AT&T said it would resume talks with the union on Monday.",
         [("AT&T", "talk", "Communications Workers of America", False, True),
          ("Communications Workers of America", "call strike", "AT&T", False, False)],
         [("AT&T", "union")]),
        ("The Canadian Auto Workers walked out of General Motors plants in Oshawa. General "
         "Motors asked a court to fine the union.",
         [("court", "fine", "Canadian Auto Workers", False, True)], [("court", "union")]),
        ("The United Auto Workers struck Chrysler's plant in Sterling Heights on Thursday. "
         "Chrysler said it would not negotiate with the union.",
         [("Chrysler", "negotiate with", "United Auto Workers", True, True),
          ("United Auto Workers", "strike", "Chrysler", False, False)],
         [("Chrysler", "union")]),
    ],
    "guards: a company, a body that is no union": [
        ("Chrysler closed its plant in Sterling Heights on Thursday. Workers said they would "
         "sue the union.", [], [("workers", "Chrysler")]),
        ("The Brotherhood of Locomotive Engineers met Conrail on Monday. Conrail said it "
         "would not negotiate with the union.", [],
         [("Conrail", "Brotherhood of Locomotive Engineers")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.model
def test_the_mention_keeps_its_own_text(extractor):
    text = ("Chile and Argentina signed a treaty on the Beagle Channel border in Rome. The "
            "Argentine Senate approved the accord in March.")
    (result,) = extractor.extract([Article("t", text)])
    (approved,) = [t for t in result.triples if t.relation.lemma == "approve"]
    assert approved.object.label == "treaty on Beagle Channel border"
    assert text[approved.object.start:approved.object.end] == "accord"


@pytest.mark.model
def test_a_fuller_mention_in_another_article_is_none(extractor):
    first = Article("a", "Norway and Iceland signed a ten-year pact on fishing rights on "
                         "Tuesday.")
    second = Article("b", "Danish fishermen criticised the agreement.")
    labels = {(t.subject.label, t.object.label)
              for r in extractor.extract([first, second]) for t in r.triples}
    assert ("Danish fishermen", "ten-year pact on fishing rights") not in labels
