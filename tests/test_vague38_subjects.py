"""Session 38's subjects that name nobody, or the wrong one, on real parses (one batch for
the module):

- a verb of speech coordinated after a reported past perfect and a comma, which the
  tagger read as the perfect's participle ("X said Y had not sold any cocoa, and
  *estimated* stocks at ..."), is the speaker's act, not the reported subject's
  (:func:`actorgraph.extract.rules.base.speaker_act`); without the comma the "had" may be
  shared, and another verb is the reported subject's;
- a bare plural subject of the people of a body ("soldiers", "troops", "members") whose
  clause is credited to a body of their kind ("..., the Nigerian army said", "according
  to the Malian army", "the United Auto Workers union said") is that body's, and stands for
  what the body does (:meth:`actorgraph.extract.actors.ActorResolver._credited_body`); a
  phrase that says which ("rebel soldiers", "soldiers of the presidential guard"), a body
  of another kind ("the police said" of troops) or no body ("residents said") leaves it;
- a plural description of a pair of either countries or organisations ("both sides", "the
  two neighbours": :func:`actorgraph.extract.coref.pair_types`) stands for the two named in
  one sentence before, as "both countries" does: each does what the description does, and
  a reciprocal act of it ("the two countries met in Geneva", "held talks") is each one's
  with the other; a place that is no country ("a village in Tavush"), three named, or none
  give no one, never one of them.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

pytestmark = pytest.mark.model

#: (text, wanted (subject, relation lemma, object), unwanted (subject, relation lemma))
_SPEAKER_ESTIMATES = [
    ("The Cocoa Producers' Alliance said Ghana had not sold any cocoa since May, and "
     "estimated unsold stocks at 80,000 tonnes.",
     [("Cocoa Producers' Alliance", "estimate", "unsold stocks")], [("Ghana", "estimate")]),
    ("The Cotton Council said Mali had not shipped any cotton since June, and estimated "
     "stocks at 50,000 bales.",
     [("Cotton Council", "estimate", "stocks")], [("Mali", "estimate")]),
    ("Traders said the Caisse de Stabilisation had not sold any cocoa since October, and "
     "estimated unsold stocks at 200,000 tonnes.",
     [("Caisse de Stabilisation", "sell", "cocoa")], [("Caisse de Stabilisation", "estimate")]),
]
#: guards: no comma, where the "had not" would be shared and so the "not" too (no unnegated act
#: of Ghana), or no act of speech after the comma
_SPEAKER_ESTIMATE_GUARDS = [
    # (merged with prec38: an unnegated conjunct after "had not" does not share its
    # subject either, comma or none: no unnegated "Ghana estimate")
    ("Traders said Ghana had not sold any cocoa since May and estimated unsold stocks at "
     "80,000 tonnes.",
     [], [("Ghana", "estimate")]),
    ("Witnesses said the Wagner Group had looted the market in Bambari, and burned 30 shops.",
     [("Wagner Group", "burn", "shops")], []),
]

_LEAD = "Gunmen abducted 20 villagers in Nigeria's Katsina state on Sunday. "
_CREDITED_MEMBERS = [
    (_LEAD + "Soldiers later freed eight of the captives, the Nigerian army said.",
     [("Nigeria", "free", "captives")], [("soldiers", "free")]),
    ("Islamist fighters attacked an outpost in northern Mali on Friday. Troops killed 12 of "
     "the attackers, according to the Malian army.",
     [("Mali", "kill", "attackers")], [("troops", "kill")]),
    ("Members rejected the pay offer from Ford, the United Auto Workers union said.",
     [("United Auto Workers", "reject", "pay offer")], [("members", "reject")]),
]
_CREDITED_MEMBER_GUARDS = [
    (_LEAD + "Rebel soldiers later freed eight of the captives, the Nigerian army said.",
     [("rebel soldiers", "free", "captives")], [("Nigeria", "free")]),
    (_LEAD + "Troops later freed eight of the captives, the Nigerian police said.",
     [("troops", "free", "captives")], [("Nigeria", "free")]),
    (_LEAD + "Soldiers of the presidential guard later freed eight of the captives, the "
     "Nigerian army said.",
     [("soldiers of presidential guard", "free", "captives")], [("Nigeria", "free")]),
    (_LEAD + "Soldiers later freed eight of the captives, residents said.",
     [("soldiers", "free", "captives")], [("Nigeria", "free")]),
]

_PAIR_SIDES = [
    ("Israel and Hamas exchanged fire on Monday. Both sides freed 12 hostages on Tuesday.",
     [("Israel", "free", "hostages"), ("Hamas", "free", "hostages")], [("sides", "free")]),
    ("Ghana and Togo opened talks on a border dispute. Both sides freed 30 detained traders.",
     [("Ghana", "free", "detained traders"), ("Togo", "free", "detained traders")], []),
    ("Armenia and Azerbaijan exchanged fire on Monday. The two sides released 40 prisoners "
     "on Tuesday.",
     [("Armenia", "release", "prisoners"), ("Azerbaijan", "release", "prisoners")], []),
]
_PAIR_RECIPROCALS = [
    ("Armenia accused Azerbaijan of shelling a border village on Monday. The two countries "
     "met in Geneva on Tuesday.",
     [("Armenia", "meet", "Azerbaijan"), ("Azerbaijan", "meet", "Armenia")], []),
    ("Ethiopia and Sudan traded accusations over a disputed farmland. The two neighbours "
     "held talks in Khartoum on Friday.",
     [("Ethiopia", "talk", "Sudan"), ("Sudan", "talk", "Ethiopia")], []),
    ("Israel and Hamas exchanged fire on Monday. Both sides agreed to a truce on Tuesday.",
     [("Israel", "agree", "Hamas"), ("Hamas", "agree", "Israel")], []),
]
_PAIR_GUARDS = [
    ("Armenia shelled a village in Tavush on Monday. Both sides met in Geneva on Tuesday.",
     [("Armenia", "shell", "village in Tavush")], [("Armenia", "meet"), ("Tavush", "meet")]),
    ("Boeing and Airbus filed rival complaints at the WTO. The two rivals met in Geneva.",
     [], [("Boeing", "meet"), ("Airbus", "meet"), ("World Trade Organization", "meet")]),
    ("The two sides met in Geneva on Tuesday.", [], [("sides", "meet")]),
    # a deal made with a third party named on the verb is none between the two
    ("Armenia and Azerbaijan accepted the peace plan. The two countries signed a deal with "
     "Russia on Friday.",
     [("Armenia", "sign deal", "Russia"), ("Azerbaijan", "sign deal", "Russia")],
     [("Armenia", "deal"), ("Azerbaijan", "deal")]),
    ("Kenya and Uganda signed a deal with China on the railway.",
     [("Kenya", "sign deal", "China"), ("Uganda", "sign deal", "China")],
     [("Kenya", "deal"), ("Uganda", "deal")]),
]

_TABLES = [_SPEAKER_ESTIMATES, _SPEAKER_ESTIMATE_GUARDS, _CREDITED_MEMBERS,
           _CREDITED_MEMBER_GUARDS, _PAIR_SIDES, _PAIR_RECIPROCALS, _PAIR_GUARDS]
_ALL = [text for table in _TABLES for text, _, _ in table]


@pytest.fixture(scope="module")
def found(extractor):
    """Every text's triples as (subject, relation lemma, object), in one batch."""
    results = extractor.extract([Article(f"t{i}", s) for i, s in enumerate(_ALL)])
    return {text: {(t.subject.label, t.relation.lemma, t.object.label) for t in r.triples}
            for text, r in zip(_ALL, results, strict=True)}


def _check(found, text, wanted, unwanted):
    got = found[text]
    for triple in wanted:
        assert triple in got, (text, sorted(got))
    for subject, lemma in unwanted:
        assert not any(s == subject and r == lemma for s, r, _ in got), (text, sorted(got))


@pytest.mark.parametrize(("text", "wanted", "unwanted"),
                         _SPEAKER_ESTIMATES + _SPEAKER_ESTIMATE_GUARDS)
def test_a_speech_act_after_a_reported_perfect_and_a_comma_is_the_speaker(
        found, text, wanted, unwanted):
    _check(found, text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"),
                         _CREDITED_MEMBERS + _CREDITED_MEMBER_GUARDS)
def test_a_bare_plural_of_a_body_credited_to_that_body_is_its(found, text, wanted, unwanted):
    _check(found, text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"),
                         _PAIR_SIDES + _PAIR_RECIPROCALS + _PAIR_GUARDS)
def test_a_pair_description_stands_for_both_or_for_none(found, text, wanted, unwanted):
    _check(found, text, wanted, unwanted)
