"""Fuller labels of vague sides on wire news (session 35): a side that is a common noun the
sentence says whose or which it is keeps that in its label (the blind judges mark a bare
"budget deficit", "tender offer", "pressure" partly: the node must say whose or which).

- An object owned by "its" or "their" is its clause's subject's: "Mexico agreed to cut its
  budget deficit" gave "budget deficit", which says not whose (the judges' "partly");
  now "Mexico's budget deficit" (:func:`extract.actors.binding_subject`,
  ``ActorResolver._pronoun_possessor``). Not when an object of the verb above may be meant
  ("pressed Taiwan to open its markets"), when the subject is a list ("Britain and France
  agreed to cut their budgets": each its own) or a plural noun for "its" ("allowed U.N.
  inspectors to return to its sites"), when another reports the clause ("Epic said Apple
  blocked its app": either's), or when the verb acts on another's thing ("Polaris
  infringed its patents", "Israel struck its consulate": ``[foreign_object_verbs]``).
  Such an object was left bare until session 44; now the triple is dropped
  (:func:`extract.vague.unowned`: the strict judges read "Norway -lower-> fishing quotas"
  as partly, not saying whose), save a count of them ("two of its patents").
- A complement after "from" or "under" that names someone stays in the label, as a short
  "of" complement does: "resisted renewed pressure from the United States" gave "renewed
  pressure" (not whose); now "renewed pressure from United States"
  (:func:`extract.actors.concept_complement` with ``named``, ``[named_complement_preps]``).
  Not one that names no one ("pressure from abroad"), nor "in" ("talks in Cairo": where),
  nor where a thing moved comes from ("evacuated residents from Idlib").
- A bare definite description points back to the one earlier phrase of the article with
  its head that names which one ("Japan's trade surplus rose ... Washington criticised *the
  surplus*" gave "surplus"; now "Japan's trade surplus"), and stands for the actor that
  phrase stands for ("Peru's electoral board ... urged *the board*": Peru)
  (``ActorResolver._same_head_antecedent``); two such phrases leave it alone.

Through the real model; the texts were written for these tests (none is from an evaluation
set or an audit sheet).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.actors import binding_subject, possessive

from actorgraph.records import Article
from tests.docs import parse

pytestmark = pytest.mark.model

#: (text, (subject, relation label, object) it must give, object labels it must not give)
_OWNED_OBJECTS = [
    # the subject of the verb itself, through "two of"
    ("Norvex Mining Corp said it would close two of its copper smelters in Chile.",
     ("Norvex Mining Corp", "close", "Norvex Mining Corp's copper smelters"),
     ["copper smelters"]),
    # the subject of the verb whose infinitive it is; a name ending in "s"
    ("The Philippines agreed to cut its import duties on cars.",
     ("Philippines", "agree to cut", "Philippines' import duties on cars"), ["import duties"]),
    ("The Federation of Cocoa Producers will extend its export quotas until June.",
     ("Federation of Cocoa Producers", "extend",
      "Federation of Cocoa Producers' export quotas"), ["export quotas"]),
    # a preposition's object; the subject of the clause an adjunct's gerund is on
    ("Kestrel Bank reached agreement with its creditors after months of talks.",
     ("Kestrel Bank", "reach agreement", "Kestrel Bank's creditors"), ["creditors"]),
    ("Halvorsen Shipping Co filed for bankruptcy after failing to reach agreement with its "
     "bank lenders.",
     ("Halvorsen Shipping Co", "reach agreement", "Halvorsen Shipping Co's bank lenders"),
     ["bank lenders"]),
    # the pronoun subject of a condition, resolved: not the grantor named before it
    ("The IMF approved a loan for Peru on condition that it cut its fuel subsidies.",
     ("Peru", "cut", "Peru's fuel subsidies"), ["IMF's fuel subsidies", "fuel subsidies"]),
    # people of a company acted on are the company's (not the company itself)
    ("Tolland Airlines laid off 200 of its pilots on Monday.",
     ("Tolland Airlines", "lay off", "Tolland Airlines' pilots"), ["pilots"]),
]

#: (text, (subject, relation label, object) it must give, the object bare): a count of
#: another's things ("two of its patents") says which ones it is not, and stays bare
_LEFT_BARE = [
    # a verb that acts on another's thing
    ("Vantage Systems said Polaris Corp infringed two of its patents.",
     ("Polaris Corp", "infringe", "patents")),
    # a clause another reports may mean the reporter's
    ("Orion Motors said Delta Corp had copied two of its engines.",
     ("Delta Corp", "copy", "engines")),
]

#: (text, (subject, relation label) that must give no triple with the object bare):
#: since session 44 an object whose "its"/"their" may be another's, its owner not found,
#: is dropped (:func:`extract.vague.unowned`): the strict judges mark "Norway -lower->
#: fishing quotas" partly (whose quotas?), so the triple is no longer given bare; nor is
#: any owner guessed
_DROPPED_UNOWNED = [
    # an object of the verb above may be meant: "its" is Norway's or Denmark's
    ("Denmark urged Norway to lower its fishing quotas.",
     ("Norway", "lower", "fishing quotas")),
    # (each of a list of subjects cuts its own, so labelled since session 41:
    # tests/test_labels41_objects.py)
    # a verb that acts on another's thing
    ("Officials said the rebels seized its trucks near the border.",
     ("rebels", "seize", "trucks")),
    ("It is likely that Iran will retaliate, because Iraq shelled its oil terminal.",
     ("Iraq", "shell", "oil terminal")),
    # "its" is no plural noun's
    ("Iraq has agreed to allow U.N. inspectors to return to its weapons plants.",
     ("United Nations", "return to", "weapons plants")),
]


#: (text, (subject, relation label, object) it must give, object labels it must not give)
_NAMED_COMPLEMENTS = [
    ("Dealers said the Bundesbank had resisted renewed pressure from the United States.",
     ("Bundesbank", "resist", "renewed pressure from United States"), ["renewed pressure"]),
    # the amount stays out of the label
    ("Caldwell Foods Inc said its board rejected a 38 dlr-a-share tender offer from Harmon "
     "Brands Corp.",
     ("Caldwell Foods Inc", "reject", "tender offer from Harmon Brands Corp"),
     ["tender offer"]),
    ("The Kenyan government rejected a request from Amnesty International for access to "
     "the prisons.", ("Kenya", "reject", "request from Amnesty International"), ["request"]),
    ("Moscow may buy wheat if the United States offers a subsidy under the Export "
     "Enhancement Program.",
     ("United States", "offer", "subsidy under Export Enhancement Program"), ["subsidy"]),
]

#: (text, (subject, relation label, object) it must give, the complement left out)
_UNNAMED_COMPLEMENTS = [
    ("Dealers said the Bundesbank had resisted renewed pressure from abroad.",
     ("Bundesbank", "resist", "renewed pressure")),
    # where an event was is the triple's place, not which event it is
    ("Israel and Egypt held talks in Cairo.", ("Israel", "hold", "talks")),
    # where a thing moved is moved from
    ("The army evacuated residents from Idlib.", ("army", "evacuate", "residents")),
    # (a "from" phrase that names no one: Islamic State is a listed group since session 48)
    ("Turkey demands the release of its diplomats from their captors.",
     ("Turkey", "demand release", "Turkey's diplomats")),
]


#: (text, (subject, relation label, object) it must give): a bare definite description
#: that points back to the one earlier phrase with its head that says which
_POINTED_BACK = [
    ("Japan's trade surplus rose in March. Washington criticised the surplus.",
     ("Washington", "criticise", "Japan's trade surplus")),
    ("The Chilean copper strike began on Monday. The government declared the strike illegal.",
     ("Chile", "declare illegal", "Chilean copper strike")),
    ("A U.S.-Soviet grains agreement was signed in 1983. The agreement obliges Moscow to buy "
     "wheat.", ("U.S.-Soviet grains agreement", "oblige", "Moscow")),
    ("Moscow tabled a draft treaty on Monday. The Soviet draft follows an earlier offer. "
     "Washington welcomed the draft.", ("Washington", "welcome", "Soviet draft")),
    # a body that stands for its state stays that state
    ("Peru's electoral board postponed the vote. Opposition parties urged the board to set a "
     "new date.", ("opposition parties", "urge to set new date", "Peru")),
]

#: (text, relation label, object labels no triple of that relation may have)
_POINTED_BACK_AMBIGUOUS = [
    ("Moscow tabled the Soviet draft on Monday. Washington tabled the American draft on "
     "Tuesday. Delegates rejected the draft.", "reject", ["Soviet draft", "American draft"]),
]


@pytest.fixture(scope="module")
def results(extractor):
    """Triples (subject, relation label, object) of every text below, parsed once."""
    texts = [t for t, *_ in (*_OWNED_OBJECTS, *_LEFT_BARE, *_DROPPED_UNOWNED, *_NAMED_COMPLEMENTS,
                             *_UNNAMED_COMPLEMENTS, *_POINTED_BACK, *_POINTED_BACK_AMBIGUOUS)]
    found = {}
    for result in extractor.extract([Article(str(i), t) for i, t in enumerate(texts)]):
        found[texts[int(result.article.id)]] = {
            (t.subject.label, t.relation.label, t.object.label) for t in result.triples}
    return found


@pytest.mark.parametrize(("text", "triple", "bare"), _OWNED_OBJECTS,
                         ids=[t[0][:40] for t in _OWNED_OBJECTS])
def test_an_owned_object_is_labelled_with_its_owner(results, text, triple, bare):
    found = results[text]
    assert triple in found, sorted(found)
    assert not any(o in bare for _, _, o in found), sorted(found)


@pytest.mark.parametrize(("text", "triple"), _LEFT_BARE, ids=[t[0][:40] for t in _LEFT_BARE])
def test_an_object_another_may_own_stays_bare(results, text, triple):
    found = results[text]
    assert triple in found, sorted(found)
    assert not any("'" in o for _, _, o in found), sorted(found)


@pytest.mark.parametrize(("text", "triple"), _DROPPED_UNOWNED,
                         ids=[t[0][:40] for t in _DROPPED_UNOWNED])
def test_an_object_another_may_own_is_dropped(results, text, triple):
    """Was "stays bare" before session 44: the bare triple is now dropped, no owner guessed."""
    found = results[text]
    assert triple not in found, sorted(found)
    assert not any("'" in o for _, _, o in found), sorted(found)


def test_the_binding_subject_is_the_clause_s_not_an_object_s():
    doc = parse("Denmark urged Norway to lower its quotas", '''
        1 nsubj PROPN Denmark NNP
        1 ROOT VERB urge VBD
        1 dobj PROPN Norway NNP
        4 aux PART to TO
        1 xcomp VERB lower VB
        6 poss PRON its PRP$
        4 dobj NOUN quota NNS''')
    assert binding_subject(doc[6]) is None


def test_a_possessive_of_a_plural_name_takes_an_apostrophe_only():
    assert (possessive("Philippines"), possessive("Peru")) == ("Philippines'", "Peru's")


@pytest.mark.parametrize(("text", "triple", "bare"), _NAMED_COMPLEMENTS,
                         ids=[t[0][:40] for t in _NAMED_COMPLEMENTS])
def test_a_named_complement_stays_in_the_label(results, text, triple, bare):
    found = results[text]
    assert triple in found, sorted(found)
    assert not any(o in bare for _, _, o in found), sorted(found)


@pytest.mark.parametrize(("text", "triple"), _UNNAMED_COMPLEMENTS,
                         ids=[t[0][:40] for t in _UNNAMED_COMPLEMENTS])
def test_a_complement_naming_no_one_is_left_out(results, text, triple):
    found = results[text]
    assert triple in found, sorted(found)


@pytest.mark.parametrize(("text", "triple"), _POINTED_BACK,
                         ids=[t[0][:40] for t in _POINTED_BACK])
def test_a_definite_description_takes_the_phrase_it_points_back_to(results, text, triple):
    found = results[text]
    assert triple in found, sorted(found)


@pytest.mark.parametrize(("text", "relation", "labels"), _POINTED_BACK_AMBIGUOUS,
                         ids=[t[0][:40] for t in _POINTED_BACK_AMBIGUOUS])
def test_two_phrases_before_leave_the_description_alone(results, text, relation, labels):
    found = results[text]
    assert not any(r == relation and o in labels for _, r, o in found), sorted(found)
