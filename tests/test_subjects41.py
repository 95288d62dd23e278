"""Session 41's wrong actors: pronouns, vague subjects and misread participants, on real
parses (one batch for the module):

- a company named in full and then by its first words, which the NER typed a nationality
  ("North American Coal Corp ... North American said"), is that company, not the country
  of the nationality; "the British", "German officials" stay the people and the state;
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

pytestmark = pytest.mark.model

#: (text, wanted (subject, relation lemma, object), unwanted subject label)
_FIRST_WORDS = [
    ("North American Coal Corp raised its prices on Monday. North American said it would "
     "cut output at two mines.",
     ("North American Coal Corp", "cut", "output"), "North American"),
    ("South African Breweries Ltd bought a brewer in Poland. South African said it planned "
     "to expand in Hungary.",
     ("South African Breweries Ltd", "plan to expand in", "Hungary"), "South Africa"),
    ("Latin American Cargo Inc lost a contract. Latin American said it would sue Boeing.",
     ("Latin American Cargo Inc", "sue", "Boeing"), "Latin American"),
]
#: guards: a nationality with "the", or modifying a noun, is no company's first words
_NOT_FIRST_WORDS = [
    ("British Aerospace Plc won a navy contract. The British said they would hire more "
     "workers.", ("United Kingdom", "hire", "workers")),
    ("German Machinery Corp sold a plant. German officials said they approved the sale.",
     ("Germany", "approve", "German Machinery Corp's sale")),
]

_ALL = [row[0] for row in _FIRST_WORDS + _NOT_FIRST_WORDS]


@pytest.fixture(scope="module")
def found(extractor):
    """Each text's ``(subject, relation lemma, object, negated, hedged, pattern)`` set."""
    results = extractor.extract([Article(f"t{i}", s) for i, s in enumerate(_ALL)])
    return {s: {(t.subject.label, t.relation.lemma, t.object.label, t.negated, t.hedged,
                 t.pattern) for t in r.triples} for s, r in zip(_ALL, results, strict=True)}


@pytest.mark.parametrize(("text", "wanted", "unwanted"), _FIRST_WORDS)
def test_a_company_by_its_first_words_typed_a_nationality_is_the_company(
        found, text, wanted, unwanted):
    got = found[text]
    assert any(t[:3] == wanted for t in got), sorted(got)
    assert not any(t[0] == unwanted for t in got), sorted(got)


@pytest.mark.parametrize(("text", "wanted"), _NOT_FIRST_WORDS)
def test_a_nationality_with_the_or_a_noun_is_no_company(found, text, wanted):
    got = found[text]
    assert any(t[:3] == wanted for t in got), sorted(got)
