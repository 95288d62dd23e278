"""Session 38's subjects that name nobody, or the wrong one, on real parses (one batch for
the module):

- a verb of speech coordinated after a reported past perfect and a comma, which the
  tagger read as the perfect's participle ("X said Y had not sold any cocoa, and
  *estimated* stocks at ..."), is the speaker's act, not the reported subject's
  (:func:`actorgraph.extract.rules.base.speaker_act`); without the comma the "had" may be
  shared, and another verb is the reported subject's.
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
#: guards: no comma (the "had" may be shared), or no act of speech after the comma
_SPEAKER_ESTIMATE_GUARDS = [
    ("Traders said Ghana had not sold any cocoa since May and estimated unsold stocks at "
     "80,000 tonnes.",
     [("Ghana", "estimate", "unsold stocks")], []),
    ("Witnesses said the Wagner Group had looted the market in Bambari, and burned 30 shops.",
     [("Wagner Group", "burn", "shops")], []),
]

_TABLES = [_SPEAKER_ESTIMATES, _SPEAKER_ESTIMATE_GUARDS]
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
