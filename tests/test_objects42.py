"""Object nodes that name one thing (session 42).

* a game's score is no part of the name the NER ran it on to: "beat Martina Navratilova
  6-4 4-6 8-6" is Martina Navratilova, "defeated Rafael Nadal 7-5 6-3" (tagged "Rafael
  Nadal 7-") Rafael Nadal (:func:`~extract.hygiene._score_start`, which read one score
  at an entity's end before: "defeated Caboolture 43-5"); a number that is part of a
  name stays ("a Falcon 9 rocket", "Boeing 737-800 jets");
* a country or city's name that opens the bare object of a verb of handing over is who
  receives, not a word of the thing given: "sold Moscow computer-guided milling
  machines" gives a recipient triple to Moscow and the machines as the object
  (:func:`~extract.hygiene._recipient_read_into_object`); not with a "to" phrase (the
  name is the thing's origin: "shipped Ukraine grain to Egypt"), an article before the
  name, nor a company's or a nationality's name (the maker: "sold Boeing jets");
* an ordinal before the head says which one it is and stays in the label ("took the
  fourth set", "a third offer", "its 16th package of sanctions"), as a number of a name
  does (:func:`~extract.actors._kept_number`), but for "first", "last" and "next", which
  say only when (:data:`~extract.lexicon.WEAK_ADJECTIVES`: "its first loss" stays "loss");
* a treaty, plan, suit or injunction says which with the -ing participle after it that
  acts on an object, as with its infinitive (:func:`~extract.actors.said_infinitive`):
  "signed a treaty eliminating medium-range missiles" is "treaty to eliminate
  medium-range missiles", not a bare "treaty"; a lawsuit, injunction, option, pledge or
  undertaking says which with its infinitive as a plan does ("an option to buy another
  150 units"), a "not" kept ("a pledge not to attack shipping"); not a participle without
  an object ("a contract expiring in 2030") nor one of what it costs ("a plan costing 5
  mln dlrs").
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

SCORES = [
    ("Steffi Graf beat Martina Navratilova 6-4 4-6 8-6 to win the final.",
     ("Steffi Graf", "beat", "Martina Navratilova")),
    ("Roger Federer defeated Rafael Nadal 7-5 6-3 in the semi-final.",
     ("Roger Federer", "defeat", "Rafael Nadal")),
    ("Andre Agassi beat Pete Sampras 6-3, 6-4 on Sunday.",
     ("Andre Agassi", "beat", "Pete Sampras")),
    ("Arsenal beat Chelsea 2-1 at home.", ("Arsenal", "beat", "Chelsea")),
]

RECIPIENTS = [
    ("Toshiba Machine sold Moscow computer-guided milling machines.",
     ("Toshiba Machine", "sell machine to", "Moscow"),
     ("Toshiba Machine", "sell", "computer-guided milling machines")),
    ("Germany sent Ukraine artillery shells last month.",
     ("Germany", "send artillery shell to", "Ukraine"),
     ("Germany", "send", "artillery shells")),
    ("Japan gave Kenya emergency food aid.",
     ("Japan", "give food aid to", "Kenya"),
     ("Japan", "give", "emergency food aid")),
    ("The United States offered Egypt wheat credits worth 50 mln dlrs.",
     ("United States", "offer wheat credit to", "Egypt"),
     ("United States", "offer", "wheat credits")),
]

UNCHANGED = [
    # a number of the name stays
    ("SpaceX launched a Falcon 9 rocket.", ("SpaceX", "launch", "Falcon 9 rocket")),
    # the name before a thing with a "to" phrase says where it is from
    ("Turkey shipped Ukraine grain to Egypt.", ("Turkey", "ship", "Ukraine grain")),
    # a company's name says who made it
    ("Airbus sold Boeing jets.", ("Airbus", "sell", "Boeing")),
    # an article before the name: the name modifies the thing
    ("Deutsche Bank sold the Moscow office buildings.",
     ("Deutsche Bank", "sell", "Moscow office buildings")),
    # a possessive says whose the thing is (the owner stands for it, as before): no one is
    # sold anything
    ("Kuwait sold Moscow's office buildings.", ("Kuwait", "sell", "Moscow")),
]

ORDINALS = [
    ("Ecuador rejected a third offer from Texaco.", ("Ecuador", "reject", "third offer")),
    ("Brazil rejected a second proposal from the creditor banks.",
     ("Brazil", "reject", "second proposal")),
    ("Kenya opened a fourth refugee camp near the border.",
     ("Kenya", "open", "fourth refugee camp")),
    ("The EU adopted its 16th package of sanctions against Russia.",
     ("European Union", "adopt", "European Union's 16th package of sanctions against Russia")),
]

ORDINALS_UNCHANGED = [
    ("Toyota reported its first loss in 70 years.", ("Toyota", "report", "Toyota's loss")),
    ("Ecuador rejected the last offer from Texaco.",
     ("Ecuador", "reject", "offer from Texaco")),
]

WHICH_ACT = [
    ("Reagan and Gorbachev signed a treaty eliminating medium-range missiles.",
     ("Reagan", "sign", "treaty to eliminate medium-range missiles")),
    ("Exxon filed a lawsuit seeking damages from Shell.",
     ("Exxon", "file", "lawsuit to seek damages")),
    ("The FTC voted to seek a preliminary injunction blocking the acquisition of Westbrook.",
     ("Federal Trade Commission", "vote to seek", "preliminary injunction to block acquisition")),
    ("Brazil rejected a plan cutting its coffee export quota.",
     ("Brazil", "reject", "plan to cut coffee export quota")),
    ("The Navy has an option to buy another 150 units.", ("Navy", "have", "option to buy units")),
    ("Iran made a pledge not to attack shipping in the Gulf.",
     ("Iran", "make", "pledge not to attack shipping")),
    ("Honda signed a commitment not to cut jobs at its Ohio plant.",
     ("Honda", "sign", "commitment not to cut jobs")),
    ("Greece rejected a request not to expel the diplomats.",
     ("Greece", "reject", "request not to expel diplomats")),
    # a long object: its head
    ("Reagan and Gorbachev signed a treaty eliminating all U.S. and Soviet medium- and "
     "shorter-range nuclear missiles.", ("Reagan", "sign", "treaty to eliminate missiles")),
]

WHICH_ACT_UNCHANGED = [
    ("Ghana signed a contract expiring in 2030.", ("Ghana", "sign", "contract")),
    ("Iran rejected a proposal calling for a ceasefire.", ("Iran", "reject", "proposal")),
]

SENTENCES = [row[0] for row in SCORES + RECIPIENTS + UNCHANGED + ORDINALS + ORDINALS_UNCHANGED
             + WHICH_ACT + WHICH_ACT_UNCHANGED] + ["Kenya approved a plan costing 5 mln dlrs."]


@pytest.fixture(scope="module")
def found(extractor) -> dict[str, set[tuple[str, str, str]]]:
    results = extractor.extract([Article(f"t{i}", s) for i, s in enumerate(SENTENCES)])
    return {s: {(t.subject.label, t.relation.label, t.object.label) for t in r.triples}
            for s, r in zip(SENTENCES, results, strict=True)}


@pytest.mark.parametrize(("sentence", "triple"), SCORES)
def test_score_is_no_part_of_the_name(found, sentence, triple):
    assert triple in found[sentence], sorted(found[sentence])
    assert not any(any(c.isdigit() for c in o) for _, _, o in found[sentence]), \
        sorted(found[sentence])


@pytest.mark.parametrize(("sentence", "recipient", "thing"), RECIPIENTS)
def test_name_opening_a_thing_given_receives_it(found, sentence, recipient, thing):
    assert recipient in found[sentence], sorted(found[sentence])
    assert thing in found[sentence], sorted(found[sentence])
    name = recipient[2]
    assert not any(o.startswith(name + " ") for _, _, o in found[sentence]), \
        sorted(found[sentence])


@pytest.mark.parametrize(("sentence", "triple"), UNCHANGED)
def test_unchanged(found, sentence, triple):
    assert triple in found[sentence], sorted(found[sentence])
    assert not any(r.endswith(" to") and o in triple[2] for _, r, o in found[sentence]), \
        sorted(found[sentence])


@pytest.mark.parametrize(("sentence", "triple"), ORDINALS + ORDINALS_UNCHANGED)
def test_ordinal_says_which_one(found, sentence, triple):
    assert triple in found[sentence], sorted(found[sentence])


@pytest.mark.parametrize(("sentence", "triple"), WHICH_ACT + WHICH_ACT_UNCHANGED)
def test_what_it_would_do_says_which(found, sentence, triple):
    assert triple in found[sentence], sorted(found[sentence])


def test_no_act_of_an_amount(found):
    triples = found["Kenya approved a plan costing 5 mln dlrs."]
    assert not any("cost" in o for _, _, o in triples), sorted(triples)
