"""Wire copy names a company in full once and then by its first word ("Kestrel Engineering
Plc" ... "Kestrel said it would use the proceeds"); the NER often takes the short form for a
person, and "it" in what the short form says was then read as the other company of the
story ("Bristol | use | proceeds"). The first words of a company name of the article are
that company (``ActorResolver._company_short_forms``), with its full name and type; a
person's name that no company name begins with stays a person. What a
company "said in a statement that it would ..." is the company's own, not the statement
owner's (none) nor another company's (:func:`actorgraph.extract.coref._said_in`)."""

from __future__ import annotations

import pytest
from actorgraph.extract.actors import ActorResolver

from tests.constructions import cases, check_labels
from tests.docs import parse

#: a hand-built article: two companies, one named again by its first word (typed a person)
_ARTICLE = ("Ridley Group Plc bought Halloran Marine Plc . Halloran said it sold Dow Jones Co "
            "and Dow Chemical Co", """
    2 compound PROPN Ridley NNP
    2 compound PROPN Group NNP
    3 nsubj PROPN Plc NNP
    3 ROOT VERB buy VBD
    6 compound PROPN Halloran NNP
    6 compound PROPN Marine NNP
    3 dobj PROPN Plc NNP
    3 punct PUNCT . .
    9 nsubj PROPN Halloran NNP
    9 ROOT VERB say VBD
    11 nsubj PRON it PRP
    9 ccomp VERB sell VBD
    14 compound PROPN Dow NNP
    14 compound PROPN Jones NNP
    11 dobj PROPN Co NNP
    14 cc CCONJ and CC
    18 compound PROPN Dow NNP
    18 compound PROPN Chemical NNP
    14 conj PROPN Co NNP
""")


def test_the_first_words_of_a_company_name_are_that_company():
    # (the bare name first: the full name's entity is written over its first word)
    doc = parse(*_ARTICLE, ents={"Halloran": "PERSON", "Ridley Group Plc": "ORG",
                                 "Halloran Marine Plc": "ORG", "Dow Jones Co": "ORG",
                                 "Dow Chemical Co": "ORG"})
    forms = ActorResolver(doc)._company_short_forms
    assert forms["halloran"] == ("Halloran Marine Plc", "ORG")
    assert forms["halloran marine"] == ("Halloran Marine Plc", "ORG")
    assert "dow" not in forms  # two companies begin with it
    assert "marine" not in forms  # not a first word
    assert "ridley" in forms
    resolver = ActorResolver(doc)
    bare = next(e for e in resolver.entities if e.start == 8)
    mention = resolver._entity_mention(bare, bare.root)
    assert (mention.label, mention.type) == ("Halloran Marine Plc", "ORG")


SHORT_FORMS = {
    "the short form of a company named before says 'it'": [
        ("Ridley Group Plc agreed to buy the engines division of Halloran Marine Plc. "
         "Halloran said it would use the proceeds to reduce borrowings.",
         [("Halloran Marine Plc", "use to reduce borrowings", "proceeds")],
         [("Ridley Group Plc", "proceeds")]),
        ("Garfield Stores Inc rejected a proposal from Ellison Partners LP. Ellison said it "
         "would take its offer to shareholders.",
         [("Ellison Partners LP", "take offer to", "shareholders")],
         [("Garfield Stores Inc", "shareholders")]),
        ("Fenwick Steel Corp rejected the offer from Hollister Group Inc. Hollister said it "
         "would sue Fenwick.",
         [("Hollister Group Inc", "sue", "Fenwick Steel Corp")],
         [("Fenwick Steel Corp", "Fenwick Steel Corp")]),
    ],
    "what a company says 'in a statement' is its own": [
        ("Dalton Foods Inc ended merger talks with Greer Beverage Co. Dalton said it did "
         "not make an offer for Greer. Greer said in a statement that it would sell its "
         "bottling unit.", [], [("Dalton Foods Inc", "bottling unit")]),
        ("Apex Corp rejected a bid from Dunmore Industries Inc. Dunmore said in a letter to "
         "shareholders that it would raise its offer.",
         [("Dunmore Industries Inc", "raise", "Dunmore Industries Inc's offer")],
         [("Apex Corp", "offer")]),
        ("Shell said in a statement that it would close the Pernis refinery.",
         [("Shell", "close", "Pernis refinery")], []),
    ],
    "guards: a person no organisation's name begins with, a name with no legal form": [
        ("GitHub restored the repository. The GitHub Trust and Safety team said it would "
         "review notices.", [], [("GitHub Trust", "notices")]),
        ("Dorset Holdings Inc is controlled by financier Arthur Linwood. Linwood said he "
         "would not sell his stake.", [], [("Dorset Holdings Inc", "stake")]),
        ("Ashby Corp said its chairman Martin Crane had resigned. Crane said he would "
         "join Lockwood Bank.", [("Martin Crane", "join", "Lockwood Bank")], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(SHORT_FORMS))
def test_short_company_names_on_the_model(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
