"""Sides that say which ones by a modifier after the noun (session 38).

A common noun followed at once by a restrictive modifier whose argument names someone or
something keeps that modifier in its label (:func:`~extract.actors.which_modifier`):

* a past participle or an adjective with its preposition: "tankers owned by Oceanic Star
  Shipping", "warehouses linked to the Sinaloa Cartel", "militias loyal to Iran", "a
  trawler flagged in Panama";
* an -ing participle with its object: "a bill banning TikTok", "a resolution condemning
  North Korea";
* a subject relative clause, its verb right after "that" / "which" / "who": "a charity
  that funds Hamas", "a website that criticised Vladimir Putin".

Bare, "tankers", "warehouses", "bill", "charity" say nobody in particular. The triple of
that very modifier keeps the bare noun ("Oceanic Star Shipping | own | tankers", not
"tankers owned by Oceanic Star Shipping" again). No modifier is kept when it is set off by
a comma, names nobody ("damaged in the earthquake", "linked to him"), lists a name with
other things, gives a price, is a naming participle ("known as Volt Typhoon": the name is
the side), or runs on past its object ("related to Trump's attempt to ...").
"""

from __future__ import annotations

import pytest
from actorgraph.extract.actors import which_modifier

from actorgraph.records import Article
from tests.docs import parse

CHANGED = [
    ("The U.S. Treasury sanctioned five tankers owned by Oceanic Star Shipping.",
     ("U.S. Treasury", "sanction", "tankers owned by Oceanic Star Shipping")),
    ("Mexican police raided warehouses linked to the Sinaloa Cartel.",
     ("Mexico", "raid", "warehouses linked to Sinaloa Cartel")),
    ("American jets struck militias loyal to Iran near the border.",
     ("United States", "strike", "militias loyal to Iran")),
    ("Brazil's navy seized a trawler flagged in Panama.",
     ("Brazil", "seize", "trawler flagged in Panama")),
    ("The U.S. Congress passed a bill banning TikTok.",
     ("U.S. Congress", "pass", "bill banning TikTok")),
    ("The UN Security Council adopted a resolution condemning North Korea.",
     ("UN Security Council", "adopt", "resolution condemning North Korea")),
    ("Germany banned a charity that funds Hamas.",
     ("Germany", "ban", "charity that funds Hamas")),
    ("Russian authorities blocked a website that criticised Vladimir Putin.",
     ("Russia", "block", "website that criticised Vladimir Putin")),
]

#: The modifier's own triple: the bare noun, the modifier not said twice.
OWN = [
    ("The U.S. Treasury sanctioned five tankers owned by Oceanic Star Shipping.",
     ("Oceanic Star Shipping", "own", "tankers")),
    ("The U.S. Congress passed a bill banning TikTok.", ("bill", "ban", "TikTok")),
    ("Russian authorities blocked a website that criticised Vladimir Putin.",
     ("website", "criticise", "Vladimir Putin")),
]

UNCHANGED = [
    # set off by a comma: it only adds to the noun
    ("Mexican police raided the warehouse, owned by Carlos Mendez, on Monday.",
     ("Mexico", "raid", "warehouse")),
    # no name in the modifier
    ("Turkey repaired a pipeline damaged in the earthquake.", ("Turkey", "repair", "pipeline")),
    ("Indian investigators searched offices linked to him.",
     ("Indian investigators", "search", "offices")),
    # a name listed with other things
    ("German police raided offices linked to Hamas and other groups.",
     ("Germany", "raid", "offices")),
    # a price, not a name
    # (a name the NER leaves untyped relates no one without an event class, and an order
    # of jets is a purchase with none since session 40: the airline's name says who)
    ("Skylark Airlines ordered 12 jets valued at 800 mln Canadian dlrs.",
     ("Skylark Airlines", "order", "jets")),
    # the phrase runs on past the name's noun
    ("Senate Democrats subpoenaed documents related to Trump's attempt to overturn the "
     "election.", ("Democrats", "subpoena", "documents")),
    # a naming participle: the name is the side itself
    ("Microsoft said it tracked a group known as Volt Typhoon.",
     ("Microsoft", "track", "Volt Typhoon")),
]

SENTENCES = list(dict.fromkeys(s for s, _ in CHANGED + OWN + UNCHANGED))


@pytest.fixture(scope="module")
def found(extractor) -> dict[str, set[tuple[str, str, str]]]:
    results = extractor.extract([Article(f"m{i}", s) for i, s in enumerate(SENTENCES)])
    return {s: {(t.subject.label, t.relation.label, t.object.label) for t in r.triples}
            for s, r in zip(SENTENCES, results, strict=True)}


@pytest.mark.parametrize(("sentence", "triple"), CHANGED + OWN + UNCHANGED)
def test_the_side_keeps_the_modifier_that_says_which(found, sentence, triple):
    assert triple in found[sentence], sorted(found[sentence])


@pytest.mark.parametrize(("sentence", "triple"), CHANGED)
def test_no_bare_side_beside_it(found, sentence, triple):
    bare = triple[2].split()[0]
    assert not any(o == bare for s, _, o in found[sentence] if s == triple[0]), \
        sorted(found[sentence])


@pytest.mark.parametrize(("sentence", "triple"), OWN)
def test_the_modifiers_own_triple_does_not_repeat_it(found, sentence, triple):
    subject, relation, bare = triple
    assert not any(r == relation and (o.startswith(f"{bare} ") or s.startswith(f"{bare} "))
                   for s, r, o in found[sentence]), sorted(found[sentence])


# --- the parse-level helper -----------------------------------------------------------------

def test_a_relative_clause_after_an_auxiliary_or_on_its_object_keeps_none():
    """Only a subject relative with its verb right after the pronoun: "a group that has
    funded Hamas" (an auxiliary, which may carry a negation) and "the price Brentwood
    offered" (an object relative) keep none."""
    doc = parse("a group that has funded Hamas", """
        1 det DET a DT
        1 ROOT NOUN group NN
        4 nsubj PRON that WDT
        4 aux AUX have VBZ
        1 relcl VERB fund VBN
        4 dobj PROPN Hamas NNP""", ents={"Hamas": "ORG"})
    assert which_modifier(doc[1]) is None
    doc = parse("the price Brentwood offered", """
        1 det DET the DT
        1 ROOT NOUN price NN
        3 nsubj PROPN Brentwood NNP
        1 relcl VERB offer VBD""", ents={"Brentwood": "ORG"})
    assert which_modifier(doc[1]) is None


def test_a_participle_keeps_a_listed_name_whole():
    doc = parse("a ceasefire brokered by Qatar and Egypt", """
        1 det DET a DT
        1 ROOT NOUN ceasefire NN
        1 acl VERB broker VBN
        2 agent ADP by IN
        3 pobj PROPN Qatar NNP
        4 cc CCONJ and CC
        4 conj PROPN Egypt NNP""", ents={"Qatar": "GPE", "Egypt": "GPE"})
    modifier, obj, last = which_modifier(doc[1])
    assert (modifier.text, obj.text, last.text) == ("brokered", "Qatar", "Egypt")
