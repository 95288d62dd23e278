"""Precision on unseen wire news (session 48).

* a bare tie or event between partners ("talks", "negotiations", "fighting":
  :data:`~extract.lexicon.RECIPROCAL_NOUNS`) that a verb opens, carries on or ends
  (:data:`~extract.lexicon.ENDING_VERBS`, :data:`~extract.lexicon.TIE_COURSE_VERBS`), also
  through a span of time ("ended three days of talks"), is no object when its label names
  no partner (:func:`~extract.vague.partnerless`): "Boeing —refuse to open→ talks" says
  not with whom; a label that keeps a partner or a kind ("fighting between rival
  militias"), a partner the relation names ("talk with" Israel) and any other verb
  ("signed a treaty", "blocked the merger") stay;
* a claim that a verb of denial rebuts (:data:`~extract.lexicon.CLAIM_NOUNS` after
  :data:`~extract.lexicon.DENIAL_VERBS`) is no object when its label names no one and says
  not what is claimed while a "that" clause gives its content its own triple
  (:func:`~extract.vague.unsaid_claim`): "denied charges by India that it trains
  militants" keeps the negated content and the reaction to India, not "deny | charges"; a
  claim with no content said ("denied the allegation"), a name ("India's charges of
  cross-border shelling"), a complement that says what is claimed ("market rumours of
  devaluation"), a deed denied ("involvement in bombing") and another verb ("investigate
  reports of abuse") stay;
* bare forces or a bare site that a verb of having (:data:`~extract.lexicon.PLACED_HOLDING_VERBS`)
  puts somewhere is no object (:func:`~extract.vague.placed_holding`): "denied that it had
  troops in eastern Congo" is not "have | troops"; the place triple ("keep soldier in"
  Transnistria), a label that keeps the place ("military bases in Venezuela"), another
  verb ("deploy | troops") and a holding with no place stay;
* a phrasal verb's adverb particle that the parser hung on the object as its
  modifier (:data:`~extract.lexicon.STRANDED_PARTICLES`) is the verb's particle again
  (``hygiene._particle_read_as_modifier``): "agreed to pull back troops" is "agree to pull
  back | troops", not "agree to pull | back troops"; a particle parsed as one stays;
* the idiom's own noun of a walkout ("walked off *the job*") is no object when the employer
  the stoppage is against is named ("walk off" Safeway Inc); with no employer named it
  stays, the only word of the stoppage.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

PARTNERLESS = {
    "bare tie opened, carried on or ended": [
        ("Ford Motor Co said it would resume talks next week.",
         [], [("Ford Motor Co", "talks")]),
        ("Armenia and Azerbaijan ended three days of talks in Geneva without an agreement.",
         [], [("Armenia", "talks"), ("Azerbaijan", "talks")]),
        ("Boeing refused to open talks on Monday.",
         [], [("Boeing", "talks")]),
        ("Chevron said it would continue negotiations after the holiday.",
         [], [("Chevron", "negotiations")]),
    ],
    "guard: a partner or another act": [
        ("Nigerian troops moved into the town to stop a week of fighting between rival militias.",
         [("Nigeria", "stop", "fighting between rival militias")], []),
        ("Ford Motor Co resumed talks with the United Auto Workers union on Tuesday.",
         [("Ford Motor Co", "talk", "United Auto Workers")], []),
        ("Egypt ended its peace talks with Israel.",
         [("Egypt", "end talk with", "Israel")], []),
        ("Armenia and Azerbaijan signed a treaty in Geneva.",
         [("Armenia", "sign", "treaty")], []),
        ("The Federal Trade Commission blocked the merger.",
         [("Federal Trade Commission", "block", "merger")], []),
        ("Qatar hosted talks between Hamas and Israel.",
         [("Qatar", "host talk", "Hamas")], []),
    ],
}


UNSAID_CLAIMS = {
    "bare claim denied": [
        ("Pakistan has repeatedly denied charges by India that it trains militants.",
         [("Pakistan", "deny", "India")], [("Pakistan", "deny", "charges")]),
        ("Royal Dutch Shell denied a newspaper report that it planned to sell its Pernis refinery.",
         [], [("Royal Dutch Shell", "deny", "newspaper report")]),
        ("Bank Indonesia dismissed market rumours that it would devalue the rupiah.",
         [], [("Indonesia", "market rumours")]),
    ],
    "guard: no content said, whose claim, what is claimed, a deed, another verb": [
        ("Turkey and Greece both denied the allegation.",
         [("Turkey", "deny", "allegation")], []),
        ("Bank Indonesia dismissed market rumours of a devaluation of the rupiah.",
         [("Indonesia", "dismiss", "market rumours of devaluation")], []),
        ("Hamas denied involvement in the bombing.",
         [("Hamas", "deny", "involvement in bombing")], []),
        ("Pakistan rejected India's charges of cross-border shelling.",
         [("Pakistan", "reject", "India's charges of cross-border shelling")], []),
        ("Nigeria's police said they would investigate reports of abuse at the prison.",
         [("Nigeria", "investigate", "reports of abuse")], []),
    ],
}


PLACED_HOLDINGS = {
    "bare forces or site had somewhere": [
        ("Rwanda denied that it had troops in eastern Congo.",
         [], [("Rwanda", "have", "troops")]),
        ("The Defence Ministry said Moscow keeps about 1,500 soldiers in Transnistria.",
         [("Moscow", "keep soldier in", "Transnistria")], [("Moscow", "keep", "soldiers")]),
        ("Libya has 2,000 troops in Chad, officials said.",
         [("Libya", "have troop in", "Chad")], [("Libya", "have", "troops")]),
    ],
    "guard: the place in the label, another verb, no place": [
        ("Iran denied that it has any military bases in Venezuela.",
         [("Iran", "have", "military bases in Venezuela")], []),
        ("Exxon has a refinery in Baton Rouge.",
         [("Exxon", "have", "refinery in Baton Rouge")], []),
        ("Turkey deployed troops in northern Syria.",
         [("Turkey", "deploy", "troops"), ("Turkey", "deploy troop in", "Syria")], []),
        ("Russia has troops.",
         [("Russia", "have", "troops")], []),
    ],
}


STRANDED_PARTICLES = {
    "particle read as the object's or the verb's modifier": [
        ("Armenia and Azerbaijan agreed to pull back troops stationed along the frontier.",
         # (the edge says which troops since session 50: test_labels50_forces_at_edge.py)
         [("Armenia", "agree to pull back", "troops stationed along frontier"),
          ("Azerbaijan", "pull back", "troops stationed along frontier")],
         [("Armenia", "agree to pull", "back troops")]),
        ("Ethiopia said it would pull back soldiers deployed near the Sudanese border.",
         [("Ethiopia", "pull back", "soldiers")], [("Ethiopia", "pull", "back soldiers")]),
        ("Sony said it would buy back shares worth 100 billion yen.",
         [("Sony", "buy back", "shares")], [("Sony", "buy", "back shares")]),
    ],
    "guard: a particle parsed as one": [
        ("General Motors laid off workers at its Ohio plant.",
         [("General Motors", "lay off", "workers")], []),
    ],
}


WALKOUT_JOB = {
    "the idiom's noun beside a named employer": [
        ("About 3,000 members of the Teamsters union walked off the job at Safeway Inc "
         "warehouses on Monday.",
         [("Teamsters", "walk off", "Safeway Inc")], [("Teamsters", "walk off", "job")]),
        ("About 900 workers walked off the job at the Renault plant in Flins.",
         [("workers", "walk off", "Renault plant")], [("workers", "walk off", "job")]),
    ],
    "guard: no employer named": [
        ("About 1,200 members of the Machinists union walked off the job on Tuesday.",
         [("Machinists", "walk off", "job")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent",
                         cases(PARTNERLESS, UNSAID_CLAIMS, PLACED_HOLDINGS, STRANDED_PARTICLES,
                               WALKOUT_JOB))
def test_bare_object_is_dropped(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
