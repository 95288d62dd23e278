"""Session 41: alleged acts found in event summaries (one batch of real parses).

- a charge's gerund the parser did not read as one: "charged X with planting explosives
  on the railway line" (the gerund a compound of its object noun), "charged three dual
  nationals with spying for Russia's GRU" (the gerund a noun, its "with" on the object),
  "charged a citizen identified as Serhiy K. with planting explosives" (the "with" on
  the participle of the object): the object (or the one its participle names) did it, if
  at all, so the act is found, hedged (hygiene ``_charged_object``,
  ``_charge_on_participle``, ``_gerund_read_as_modifier``, ``_gerund_read_as_noun``);
  a "with" of a verb that alleges nothing is no deed ("arrested X with stolen
  explosives"), and what is said plainly stays unhedged;
- the reason a listing gives, a "for" gerund the parser hung on the list ("adds 27
  Chinese companies to its Entity List for allegedly supplying Iran's military", "puts
  the Wagner Group on its sanctions list for allegedly helping Russia"): the listed object
  did it, hedged by "allegedly" (context ``listed_object``, hygiene
  ``_reason_on_register``); a noun that is no list ("its agenda") gives nothing, and a
  reason with no "allegedly" is stated ("removed Cuba from its terrorism list for
  helping the peace talks").
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

pytestmark = pytest.mark.model

#: (sentence, wanted (subject, relation lemma, object, negated, hedged))
_CHARGED = [
    ("Prosecutors charge Ivan Petrov with planting explosives on the Warsaw railway line.",
     ("Ivan Petrov", "plant", "explosives on Warsaw railway line", False, True)),
    ("Germany charges three German-Russian dual nationals with spying for Russia's GRU.",
     ("German-Russian dual nationals", "spy for", "Russia's GRU", False, True)),
    ("Polish prosecutors charge a Ukrainian citizen identified as Serhiy K. with planting "
     "explosives on the railway line.",
     ("Serhiy K.", "plant", "explosives on railway line", False, True)),
    ("Greek police charge a Syrian man identified as Omar Haddad with smuggling migrants "
     "into Crete.",
     ("Omar Haddad", "smuggle into", "Crete", False, True)),
    # (the acronym the tagger read as a common noun is an organisation's name, labelled
    # as a name without its country: extract/actors.py _unknown_acronym)
    ("France charges four Algerian-French dual citizens with spying for Algeria's DGDSE.",
     ("Algerian-French dual citizens", "spy for", "DGDSE", False, True)),
    ("Kenyan prosecutors charge Daniel Mwangi with smuggling ivory through Mombasa port.",
     ("Daniel Mwangi", "smuggle", "ivory", False, True)),
]
#: (sentence, relation lemma no one must be found doing): a "with" of a verb of no
#: allegation is no deed
_NOT_CHARGED = [
    ("Police arrested Ivan Petrov with stolen explosives.", "steal"),
    ("Police arrested Daniel Mwangi with smuggled ivory.", "smuggle"),
]
#: (sentence, wanted): what is said plainly is not hedged
_PLAIN = [
    ("Ivan Petrov planted explosives on the Warsaw railway line.",
     ("Ivan Petrov", "plant", "explosives", False, False)),
    ("Omar Haddad smuggled migrants into Crete.",
     ("Omar Haddad", "smuggle into", "Crete", False, False)),
]
#: (sentence, wanted)
_LISTED = [
    ("The US Commerce Department adds 27 Chinese companies, including a subsidiary of "
     "Huawei, to its Entity List for allegedly supplying Iran's military with drone parts.",
     ("Chinese companies", "supply", "Iran", False, True)),
    ("The EU puts the Wagner Group on its sanctions list for allegedly helping Russia.",
     ("Wagner Group", "help", "Russia", False, True)),
    ("Japan places Huawei on its export blacklist for allegedly aiding Russia's military.",
     ("Huawei", "aid", "Russia", False, True)),
    ("The US removed Cuba from its terrorism list for helping the peace talks.",
     ("Cuba", "help", "peace talks", False, False)),
]
#: (sentence, relation lemma no one must be found doing): no list, no listed doer
_NOT_LISTED = [
    ("The council puts the Wagner Group on its agenda for allegedly helping Russia.", "help"),
    ("A blogger puts Huawei on his website for allegedly aiding Russia's military.", "aid"),
]
_ALL = [s for s, _ in (*_CHARGED, *_NOT_CHARGED, *_PLAIN, *_LISTED, *_NOT_LISTED)]


@pytest.fixture(scope="module")
def found(extractor):
    """Each sentence's ``(subject, relation lemma, object, negated, hedged)`` set."""
    results = extractor.extract([Article(f"t{i}", s) for i, s in enumerate(_ALL)])
    return {s: {(t.subject.label, t.relation.lemma, t.object.label, t.negated, t.hedged)
                for t in r.triples} for s, r in zip(_ALL, results, strict=True)}


@pytest.mark.parametrize(("sentence", "wanted"), _CHARGED)
def test_a_charges_misparsed_gerund_is_found_hedged(found, sentence, wanted):
    assert wanted in found[sentence], sorted(found[sentence])


@pytest.mark.parametrize(("sentence", "lemma"), _NOT_CHARGED)
def test_a_with_of_no_allegation_is_no_deed(found, sentence, lemma):
    assert not any(t[1] == lemma for t in found[sentence]), sorted(found[sentence])


@pytest.mark.parametrize(("sentence", "wanted"), _PLAIN)
def test_a_plain_deed_stays_unhedged(found, sentence, wanted):
    assert wanted in found[sentence], sorted(found[sentence])


@pytest.mark.parametrize(("sentence", "wanted"), _LISTED)
def test_a_listings_reason_is_the_listed_objects_deed(found, sentence, wanted):
    assert wanted in found[sentence], sorted(found[sentence])


@pytest.mark.parametrize(("sentence", "lemma"), _NOT_LISTED)
def test_no_list_no_listed_doer(found, sentence, lemma):
    assert not any(t[1] == lemma for t in found[sentence]), sorted(found[sentence])
