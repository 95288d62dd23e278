"""Wrong readings on unseen wire news (session 50, sheets 42-44 of judged wire).

* who sues someone to stop something wants it stopped, not the one sued
  (:data:`~extract.lexicon.LITIGATING_VERBS`, a part of
  :data:`~extract.lexicon.SUBJECT_INFINITIVE_VERBS`): "environmental groups sued Exxon to
  halt the project" is no act of Exxon's; the plaintiff's hedged purpose, if any;
* "the company" said by a spokesman *for* a named firm is that firm, as after "A Regal
  spokesman" (:meth:`~extract.coref.Coreference._speakers_organisation`): "A spokesman
  for Pennzoil said the company would fight the suit" is Pennzoil, not the Texaco the
  article opened with; the fullest name given of it labels it;
* a denied gerund that the tagger read as a modifier of its object keeps the "to" or
  "into" phrase after the object (:func:`~extract.hygiene._gerund_complement_read_as_modifier`):
  "Iran denied supplying missiles to the Houthis" denies supplying them to the Houthis, it
  denies nothing "to" them;
* a purpose infinitive after a thing demanded tells what the thing is to do
  (:data:`~extract.lexicon.DEMANDING_VERBS`, :func:`~extract.rules.base._demanded_means`):
  "the federation demanded increases to compensate for inflation" is no compensating by
  the federation; who seeks a loan to finance imports does finance them.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

SUED_TO_STOP = {
    "the one sued is not who stops it": [
        ("Environmental groups sued Exxon to halt the project.",
         [], [("Exxon", "project")]),
        ("Farmers sued the Agriculture Department to block the new quotas.",
         [("Farmers", "block", "quotas")], [("Agriculture Department", "quotas")]),
        ("The union sued Chrysler Corp to stop the closure of the Kenosha plant.",
         [], [("Chrysler Corp", "closure of Kenosha plant"), ("Chrysler Corp", "closure")]),
        ("The state of Texas prosecuted Continental Bank to recover the lost deposits.",
         [], [("Continental Bank", "lost deposits"), ("Continental Bank", "deposits")]),
    ],
    "guard: one told or asked still does it": [
        ("Kenya asked Britain to send troops to protect the embassy.",
         [("United Kingdom", "send", "troops")], []),
        ("The court ordered Exxon to halt the project.",
         [("Exxon", "halt", "project")], []),
    ],
}

SPOKESMAN_FOR = {
    "the speaker's firm": [
        ("Texaco Inc said it sued Pennzoil Co over the merger agreement.\n"
         "A spokesman for Pennzoil said the company would fight the suit.",
         [("Pennzoil Co", "fight", "Texaco Inc's suit")], [("Texaco Inc", "fight", "suit")]),
        ("Boeing Co said it won a contract from the Air Force.\n"
         "A spokeswoman for Lockheed Corp said the company would appeal the award.",
         [("Lockheed Corp", "appeal", "award")], [("Boeing Co", "appeal", "award")]),
        ("Coastal Corp said it filed suit against American Natural Resources, alleging "
         "breach of a gas supply contract.\n"
         "A spokesman for American Natural said the company had not violated the contract.",
         [("American Natural Resources", "violate", "gas supply contract")],
         [("Coastal Corp", "violate", "gas supply contract")]),
        ("Boeing Co said it won a contract from the Air Force.\n"
         "The chairman of Lockheed Corp said the company would appeal the award.",
         [("Lockheed Corp", "appeal", "award")], [("Boeing Co", "appeal", "award")]),
    ],
    "guard: a speaker with no firm named": [
        ("Texaco Inc said it sued Pennzoil Co over the merger agreement.\n"
         "A spokesman said the company would not comment on the suit.",
         [], [("Pennzoil Co", "comment on", "suit")]),
    ],
}

DENIED_TO = {
    "the 'to' phrase is the gerund's": [
        ("Iran denied supplying missiles to the Houthis and said it backed a ceasefire.",
         [("Iran", "supply missile to", "Houthis")], [("Iran", "deny to", "Houthis")]),
        ("Iraq denied supplying missiles to the Kurdish rebels.",
         [("Iraq", "supply missile to", "Kurdish rebels")],
         [("Iraq", "deny to", "Kurdish rebels")]),
        ("China denied supplying missiles to Saudi Arabia.",
         [("China", "supply missile to", "Saudi Arabia")], [("China", "deny to", "Saudi Arabia")]),
    ],
    "guard: a gerund parsed as one, a plain denial": [
        ("Pakistan denied supplying weapons to the guerrillas.",
         [("Pakistan", "supply weapon to", "guerrillas")], [("Pakistan", "deny to", "guerrillas")]),
        ("The Syrian government denied sending tanks into Lebanon.",
         [("Syria", "send tank into", "Lebanon")], []),
        ("Israel denied entry to the United Nations investigators.",
         [], [("Israel", "supply to", "United Nations investigators")]),
    ],
}

DEMANDED_MEANS = {
    "what the thing asked for is to do": [
        ("The National Seamen's Federation had demanded increases of up to 150 pct to "
         "compensate for inflation.",
         [], [("National Seamen's Federation", "inflation")]),
        ("The Nurses Federation demanded wage increases of 20 pct to keep pace with "
         "inflation.",
         [], [("Nurses Federation", "pace")]),
        ("The Solidarity union demanded food subsidies to help Polish pensioners.",
         [("Solidarity", "demand", "food subsidies")], [("Solidarity", "Polish pensioners")]),
        ("The Korean Federation of Trade Unions demanded wage increases of 15 pct to keep "
         "pace with rising prices.",
         [], [("Korean Federation of Trade Unions", "pace")]),
    ],
    "guard: what one seeks, or asks someone to do": [
        ("Brazil sought a bridging loan to finance its oil imports.",
         [("Brazil", "finance", "Brazil's oil imports")], []),
        ("Kenya asked Britain to send troops to protect the embassy.",
         [("United Kingdom", "protect", "embassy")], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"),
                         cases(SUED_TO_STOP, SPOKESMAN_FOR, DENIED_TO, DEMANDED_MEANS))
def test_wrong_readings(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
