"""Objects that say whose and which, in every clause (session 41).

- A possessive "its" or "their" on an object inside a relative clause is the owner the
  clause is on: "Iraq, which has refused to accept its quota, ..." gave a bare "quota" (the
  relative pronoun "which", the clause's subject, is no actor); now "Iraq's quota", as the
  main clause "Iraq refused to accept its quota" gives (:func:`extract.actors.binding_subject`
  reads a relative pronoun subject as the noun its clause is on). A list before the clause
  keeps each its own, bare, as a list subject does.
- "its" is no list's nor plural common noun's: an object of the verb above that is one does
  not compete for it ("Kuwait asked the US and the Soviet Union to protect its tankers":
  Kuwait's; :func:`extract.actors._may_own`). A single object still may be meant ("Denmark
  urged Norway to lower its fishing quotas": bare), and so may a list for "their"
  ("accused Saudi Arabia and Kuwait of exceeding their quotas": each its own, bare).

Through the real model; the texts were written for these tests (none is from an evaluation
set or an audit sheet).
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

pytestmark = pytest.mark.model

#: (text, (subject, relation label, object) it must give, object labels it must not give)
_OWNED = [
    # a relative clause on the owner: through a complement, directly, through "agreed to"
    ("Norvex Mining Corp, which plans to close its copper smelter in Chile, sold two mines "
     "to Japan.",
     ("Norvex Mining Corp", "plan to close", "Norvex Mining Corp's copper smelter"),
     ["copper smelter"]),
    ("The Kestrel Bank, which raised its lending rate on Monday, bought Exxon.",
     ("Kestrel Bank", "raise", "Kestrel Bank's lending rate"), ["lending rate"]),
    ("Peru, which agreed last year to lower its import tariffs, signed a pact with Chile.",
     ("Peru", "agree to lower", "Peru's import tariffs"), ["import tariffs"]),
    # "its" after an object that is a list or a plural noun: the subject's
    ("Norvex asked Japan and Korea to buy its copper.",
     ("Japan", "buy", "Norvex's copper"), ["copper"]),
    ("Israel urged Arab states to recognise its borders.",
     ("Arab states", "recognise", "Israel's borders"), ["borders"]),
    ("Oman, which has asked Britain and France to escort its oil tankers, said nothing.",
     ("France", "escort", "Oman's oil tankers"), ["oil tankers"]),
]

#: (text, (subject, relation label, object) it must give, the object bare)
_BARE = [
    # one object of the verb above may be meant, in a relative clause too
    ("The Kestrel Bank, which has asked Brazil to repay its loans, said nothing.",
     ("Brazil", "repay", "loans")),
    ("Denmark urged Norway to lower its fishing quotas.",
     ("Norway", "lower", "fishing quotas")),
    # "their" after a list of objects: each one's own
    ("Iran urged Saudi Arabia and Kuwait to cut their output.",
     ("Kuwait", "cut", "output")),
    # a list the relative clause is on: each its own
    ("Britain and France, which agreed to cut their defence budgets, met in Paris.",
     ("United Kingdom", "agree to cut", "defence budgets")),
]


@pytest.fixture(scope="module")
def results(extractor):
    """Triples (subject, relation label, object) of every text below, parsed once."""
    texts = [t for t, *_ in (*_OWNED, *_BARE)]
    found = {}
    for result in extractor.extract([Article(str(i), t) for i, t in enumerate(texts)]):
        found[texts[int(result.article.id)]] = {
            (t.subject.label, t.relation.label, t.object.label) for t in result.triples}
    return found


@pytest.mark.parametrize(("text", "triple", "bare"), _OWNED, ids=[t[0][:40] for t in _OWNED])
def test_an_owned_object_names_its_owner_in_any_clause(results, text, triple, bare):
    found = results[text]
    assert triple in found, sorted(found)
    assert not any(o in bare for _, _, o in found), sorted(found)


@pytest.mark.parametrize(("text", "triple"), _BARE, ids=[t[0][:40] for t in _BARE])
def test_an_object_another_may_own_stays_bare(results, text, triple):
    found = results[text]
    assert triple in found, sorted(found)
    assert not any("'" in o for _, _, o in found), sorted(found)
