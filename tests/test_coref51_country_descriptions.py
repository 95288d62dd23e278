"""Country descriptions left unlinked on readable summaries (session 49, ref51).

- "the kingdom" and "the republic" are country words (``[country_heads]``) that point back
  as "the country" and "the nation" do: to the one country named in the window of
  descriptions (actors ``ANAPHORIC_HEADS``);
- a country word that is the subject of a clause reported by a person whose title names one
  country ("*Saudi* Foreign Minister X says *the kingdom* will not ...", "*Iran's* foreign
  minister said *the country* would ...") is that country, though another one was named
  before (coref ``_speakers_country``);
- "the bloc" and "the alliance" (``[bloc_descriptions]``) point back to the one
  intergovernmental body the actor dictionaries list in the window ("NATO", "the European
  Union", "the Arab League"; not the UN's family nor a lender) or a name with the head, when
  bare (coref ``_bloc``), and to none when two fit.

Guards: two countries in the window and no title to choose, a description with no country
named before or a generic one, a speaker with no country in the title, and one whose
phrase names two ("Turkey's ambassador to Greece"); a bloc word after two blocs, after the
UN or a lender, after countries only, or with a modifier of its own ("the ruling alliance").
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

#: (sentence, present (subject, relation lemma, object, negated, hedged), absent pairs)
_SENTENCES = {
    "the kingdom or the republic is the one country named before": [
        ("Thailand's army seized power in a coup on Tuesday. The kingdom has banned all "
         "political rallies.",
         [("Thailand", "ban", "political rallies", False, False)], []),
        ("Saudi Arabia cut its oil output on Sunday. The kingdom will review the cuts in June.",
         [("Saudi Arabia", "review", "cuts", False, True)], []),
        ("Kazakhstan adopted a new constitution last year. The republic will expel foreign "
         "observers.",
         [("Kazakhstan", "expel", "foreign observers", False, True)], []),
    ],
    "guard: two countries named, none, or a kingdom of a story": [
        ("Morocco and Spain signed a fisheries deal on Monday. The kingdom will issue new "
         "fishing licences.", [],
         [("Morocco", "new fishing licences"), ("Spain", "new fishing licences")]),
        ("Protesters gathered in the capital on Monday. The kingdom faces new fuel shortages.",
         [], [("kingdom", "new fuel shortages")]),
        ("The film is set in a mythical kingdom. The kingdom is ruled by a dragon.", [],
         [("dragon", "kingdom")]),
    ],
    "a country word reported by a speaker of one country is that country": [
        ("Iran and Egypt held talks in Cairo on Sunday. Iran's foreign minister Abbas "
         "Araghchi said the country would not release the tanker.",
         [("Iran", "release", "tanker", True, True)], [("Egypt", "tanker")]),
        ("Turkey and Greece met in Athens. Greek Prime Minister Kyriakos Mitsotakis said the "
         "country would defend its islands.",
         [("Greece", "defend", "Greece's islands", False, True)],
         [("Turkey", "Turkey's islands")]),
        ("Morocco and Algeria traded accusations on Monday. Moroccan Foreign Minister Nasser "
         "Bourita said the kingdom would not reopen the border.",
         [("Morocco", "reopen", "border", True, True)], [("Algeria", "border")]),
    ],
    "guard: a speaker whose title names no country, or two": [
        ("Turkey and Greece met in Athens. Prime Minister Kyriakos Mitsotakis said the "
         "country would defend its islands.", [],
         [("Greece", "Greece's islands"), ("Turkey", "Turkey's islands")]),
        ("Turkey and Greece met in Athens. Turkey's ambassador to Greece said the country "
         "would defend its islands.", [],
         [("Greece", "Greece's islands"), ("Turkey", "Turkey's islands")]),
    ],
    "the bloc or the alliance is the one bloc of states named before": [
        ("NATO held a summit in Vilnius on Tuesday. The alliance will deploy more troops to "
         "Lithuania.",
         [("NATO", "deploy", "troops", False, True)], []),
        ("The Arab League met in Cairo on Sunday. The bloc condemned the Israeli strikes.",
         [("Arab League", "condemn", "Israeli strikes", False, False)], []),
        ("ASEAN leaders met in Jakarta on Friday. The bloc urged Myanmar to end the violence.",
         [("ASEAN", "urge", "Myanmar", False, False)], []),
        ("Hungary blocked the European Union's new aid package for Ukraine. The bloc will "
         "impose sanctions on Belarus instead.",
         [("European Union", "impose sanction", "Belarus", False, True)], [("Hungary", "Belarus")]),
    ],
    "guard: two blocs, the UN, countries only, or a ruling alliance": [
        ("NATO and the European Union met in Brussels on Monday. The bloc will impose new "
         "sanctions on Russia.", [],
         [("NATO", "Russia"), ("European Union", "Russia")]),
        ("The Arab League criticised NATO on Monday. The alliance will send more ships to "
         "Libya.", [], [("Arab League", "more ships"), ("NATO", "more ships")]),
        ("The United Nations warned of famine in Sudan. The alliance will send food aid to "
         "Darfur.", [], [("United Nations", "food aid")]),
        ("Germany and France met in Paris. The bloc will impose sanctions on Belarus.", [],
         [("Germany", "Belarus"), ("France", "Belarus")]),
        ("NATO held a summit in Vilnius on Tuesday. The ruling alliance lost the vote on the "
         "budget.", [], [("NATO", "vote on budget"), ("NATO", "vote")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
