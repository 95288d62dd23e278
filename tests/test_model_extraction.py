"""Real sentences through the real model, and the seed article's acceptance checks.

The table holds hand-checked triples (subject label, relation lemma, object label,
negated) that a sentence must give; other correct triples may come too.
"""

from __future__ import annotations

import pytest

from exports.sparql import open_store, run_query
from extract.pipeline import Extractor
from extract.records import Article

pytestmark = pytest.mark.model

TABLE = [
    ("Three days later, Israel assassinated Hezbollah commander Fuad Shukr in Beirut.",
     [("Israel", "assassinate", "Fuad Shukr", False),
      ("Fuad Shukr", "member of", "Hezbollah", False)]),
    ("Shukr was killed by Israel in an airstrike on a residential building.",
     [("Israel", "kill", "Shukr", False)]),
    ("Ismail Haniyeh, the political leader of Hamas, was killed in Tehran hours later.",
     [("Ismail Haniyeh", "leader of", "Hamas", False)]),
    ("Israel has not commented on Haniyeh's death.",
     [("Israel", "comment on", "Haniyeh's death", True)]),
    ("Iranian Supreme Leader Ali Khamenei reportedly ordered a direct attack against Israel "
     "in response.",
     [("Ali Khamenei", "attack", "Israel", False)]),
    ("Israel and Hamas assented to the framework in principle, but Hamas has not accepted "
     "the latest Israeli conditions.",
     [("Israel", "assent to", "framework", False), ("Hamas", "assent to", "framework", False),
      ("Hamas", "accept", "Israeli conditions", True)]),
    ("Blinken met Israeli Prime Minister Benjamin Netanyahu in Jerusalem.",
     [("Blinken", "meet", "Benjamin Netanyahu", False)]),
    ("Israel responded to the attack with a military campaign in Gaza.",
     [("Israel", "respond to", "attack", False)]),
    ("Tensions rose sharply after a rocket attack by the Iranian-backed Hezbollah terror group "
     "killed twelve children on a football field in the Druze town of Majdal Shams on July 27.",
     [("Hezbollah", "attack", "Majdal Shams", False)]),
    ("Hamas accused Israel of the killing and vowed revenge.",
     [("Hamas", "accuse", "Israel", False), ("Hamas", "vow", "revenge", False)]),
    ("The Israel Defense Forces rescued several hostages abducted by Hamas in June.",
     [("Israel Defense Forces", "rescue", "hostages", False),
      ("Hamas", "abduct", "hostages", False)]),
    ("Netanyahu did not reject the proposal, according to Blinken.",
     [("Netanyahu", "reject", "proposal", True)]),
    ("US President Joe Biden said the U.S. would defend Israel.",
     [("Joe Biden", "leader of", "United States", False),
      ("United States", "defend", "Israel", False)]),
    # Wikinews (CC BY 2.5), examples/wikinews.jsonl
    ("Thursday, United States military forces killed Qasem Soleimani, head of Iran's Quds Force, "
     "in an airstrike.",
     [("Qasem Soleimani", "leader of", "Quds Force", False)]),
    ("In a statement following the attack, Ahmed al-Assadi, a spokesman for the PMF, blamed "
     "both Israel and the United States for the attack.",
     [("Ahmed al-Assadi", "blame", "Israel", False),
      ("Ahmed al-Assadi", "blame", "United States", False)]),
    ("Last April, the United States Department of State also designated the IRGC as a "
     "terrorist organization.",
     [("United States Department of State", "designate", "IRGC", False)]),
    ("NATO Secretary-General Jens Stoltenberg wrote that he counts on Turkey to act with "
     "restraint.",
     [("Jens Stoltenberg", "member of", "NATO", False)]),
]


@pytest.fixture(scope="module")
def extractor(nlp):
    return Extractor(nlp=nlp)


def extract(extractor, text):
    (result,) = extractor.extract([Article("t", text)])
    return {(t.subject.label, t.relation.lemma, t.object.label, t.negated)
            for t in result.triples}


@pytest.mark.parametrize(("sentence", "expected"), TABLE, ids=[s[:40] for s, _ in TABLE])
def test_real_sentences(extractor, sentence, expected):
    found = extract(extractor, sentence)
    for triple in expected:
        assert triple in found, f"{triple} not in {sorted(found)}"
        # a negated statement is never also extracted as a positive one
        if triple[3]:
            assert (*triple[:3], False) not in found


# -- the seed article: `actorgraph build examples/blinken-ceasefire.txt --out o` ----------

def has(triples, subject, lemma, obj, negated=False):
    return any(t["subject"]["label"] == subject and t["relation"]["lemma"] == lemma
               and t["object"]["label"] == obj and t["negated"] is negated for t in triples)


def test_seed_triples(seed_triples):
    assert has(seed_triples, "Hezbollah", "attack", "Majdal Shams")
    assert has(seed_triples, "Israel", "assassinate", "Fuad Shukr")
    told = [t for t in seed_triples if t["relation"]["lemma"] == "tell"
            and t["object"]["label"] == "Antony Blinken"]
    assert [t["subject"]["text"] for t in told] == [
        "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani"]
    assert told[0]["subject"]["type"] == "PERSON"


def test_seed_negated_comment_is_never_positive(seed_triples):
    sentence = "Israel has not commented on Haniyeh's death."
    from_it = [t for t in seed_triples if t["sentence"] == sentence]
    assert from_it and all(t["negated"] for t in from_it)


@pytest.mark.parametrize("name", ["Blinken", "Haniyeh", "Netanyahu", "Biden"])
def test_seed_has_one_node_per_person(seed_triples, name):
    ids = {t[side]["id"] for t in seed_triples for side in ("subject", "object")
           if t[side]["type"] != "CONCEPT"
           and (name in t[side]["label"] or name in t[side]["text"])}
    assert len(ids) == 1, ids


SPARQL_CHECKS = [
    ("Hezbollah", "attack", "Majdal Shams"),
    ("Israel", "assassinate", "Fuad Shukr"),
    ("Mohammed bin Abdulrahman Al Thani", "tell", "Antony Blinken"),
]


@pytest.mark.parametrize(("subject", "relation", "obj"), SPARQL_CHECKS)
def test_seed_direct_triples_are_one_line_sparql_patterns(seed_out, subject, relation, obj):
    store = open_store(seed_out / "graph.ttl")
    answer = run_query(store, "ASK { ?s ?p ?o . ?s rdfs:label $s . ?p rdfs:label $p . "
                              "?o rdfs:label $o }", params={"s": subject, "p": relation, "o": obj})
    assert answer.boolean is True


def test_seed_negated_claim_has_no_direct_triple(seed_out):
    store = open_store(seed_out / "graph.ttl")
    assert run_query(store, "ASK { actor:israel relation:comment-on ?x }").boolean is False
    assert run_query(store, "ASK { ?s a ag:Statement ; ag:negated true ; "
                            "rdf:predicate relation:comment-on }").boolean is True
