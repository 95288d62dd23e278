"""An -ing adjunct of succession after an appointment is the appointee's act
([succeeding_verbs] after [appointing_verbs]): "X named Ames president, succeeding
Corrigan" says Ames succeeds Corrigan, never X; the same with "replacing". A passive
appointment's subject already is the appointee; other adjuncts of an appointment stay
with who made it ("named Smith chairman, citing his experience": X cites it)."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse

_NAMES = {"Acme": "ORG", "Ames": "PERSON", "Corrigan": "PERSON", "Parliament": "ORG",
          "Karimi": "PERSON", "Nouri": "PERSON", "Lopez": "PERSON", "Reed": "PERSON",
          "Bell": "PERSON", "Hume": "PERSON", "Smith": "PERSON"}


def triples(text, rows):
    return {(t.subject.text, t.lemma, t.object.text)
            for t in all_triples(parse(text, rows, ents=_NAMES))}


#: (sentence, rows, present, absent)
_SUCCESSIONS = [
    # the appointee as the object
    ("Acme appointed Lopez , replacing Reed", """
        1 nsubj PROPN Acme NNP
        1 ROOT VERB appoint VBD
        1 dobj PROPN Lopez NNP
        1 punct PUNCT , ,
        1 advcl VERB replace VBG
        4 dobj PROPN Reed NNP
    """, ("Lopez", "replace", "Reed"), ("Acme", "replace", "Reed")),
    # the name inside a phrase whose head is the post ("named Ames president")
    ("Acme named Ames president , succeeding Corrigan", """
        1 nsubj PROPN Acme NNP
        1 ROOT VERB name VBD
        3 compound PROPN Ames NNP
        1 dobj NOUN president NN
        1 punct PUNCT , ,
        1 advcl VERB succeed VBG
        5 dobj PROPN Corrigan NNP
    """, ("Ames", "succeed", "Corrigan"), ("Acme", "succeed", "Corrigan")),
    ("Parliament elected Karimi speaker on Monday , succeeding Nouri", """
        1 nsubj PROPN Parliament NNP
        1 ROOT VERB elect VBD
        3 compound PROPN Karimi NNP
        1 dobj NOUN speaker NN
        1 prep ADP on IN
        4 pobj PROPN Monday NNP
        1 punct PUNCT , ,
        1 advcl VERB succeed VBG
        7 dobj PROPN Nouri NNP
    """, ("Karimi", "succeed", "Nouri"), ("Parliament", "succeed", "Nouri")),
]

#: guards: (sentence, rows, present, absent)
_GUARDS = [
    # a passive appointment: its subject is the appointee already
    ("Bell was appointed editor , succeeding Hume", """
        2 nsubjpass PROPN Bell NNP
        2 auxpass AUX be VBD
        2 ROOT VERB appoint VBN
        2 oprd NOUN editor NN
        2 punct PUNCT , ,
        2 advcl VERB succeed VBG
        5 dobj PROPN Hume NNP
    """, ("Bell", "succeed", "Hume"), ("editor", "succeed", "Hume")),
    # another adjunct of an appointment stays with who made it
    ("Acme named Smith chairman , citing experience", """
        1 nsubj PROPN Acme NNP
        1 ROOT VERB name VBD
        3 compound PROPN Smith NNP
        1 dobj NOUN chairman NN
        1 punct PUNCT , ,
        1 advcl VERB cite VBG
        5 dobj NOUN experience NN
    """, ("Acme", "cite", "experience"), ("Smith", "cite", "experience")),
    # no verb of appointment: the clause's subject ("dismissed Reed, replacing him")
    ("Acme dismissed Reed , replacing him", """
        1 nsubj PROPN Acme NNP
        1 ROOT VERB dismiss VBD
        1 dobj PROPN Reed NNP
        1 punct PUNCT , ,
        1 advcl VERB replace VBG
        4 dobj PRON he PRP
    """, ("Acme", "replace", "him"), ("Reed", "replace", "him")),
]


@pytest.mark.parametrize(("sentence", "rows", "present", "absent"), _SUCCESSIONS + _GUARDS,
                         ids=[s for s, *_ in _SUCCESSIONS + _GUARDS])
def test_who_succeeds_after_an_appointment(sentence, rows, present, absent):
    found = triples(sentence, rows)
    assert present in found, sorted(found)
    assert absent not in found, sorted(found)


_MODEL = {
    "the appointee succeeds": [
        ("Piedmont Tool Corp said it named Richard Ames president and chief executive "
         "officer, succeeding James Corrigan, who retired.",
         [("Richard Ames", "succeed", "James Corrigan", False, False)],
         [("Piedmont Tool Corp", "James Corrigan"), ("chief executive officer",
                                                     "James Corrigan")]),
        ("Parliament elected Ahmed Karimi speaker on Monday, succeeding Hassan Nouri.",
         [("Ahmed Karimi", "succeed", "Hassan Nouri", False, False)],
         [("Parliament", "Hassan Nouri")]),
        ("Glenfield Corp said it has promoted Susan Ortiz to president, replacing Mark "
         "Hale, who will become vice chairman.",
         [("Susan Ortiz", "replace", "Mark Hale", False, False)],
         [("Glenfield Corp", "Mark Hale")]),
        ("Britain's Conservatives chose Kemi Badenoch as leader on Saturday, succeeding "
         "Rishi Sunak.",
         [("Kemi Badenoch", "succeed", "Rishi Sunak", False, False)],
         [("Conservatives", "Rishi Sunak")]),
    ],
    "guards": [
        ("Karen Bell was appointed editor of the newspaper, succeeding David Hume.",
         [("Karen Bell", "succeed", "David Hume", False, False)], []),
        # the owner named: the citing is the appointer's, the experience the appointee's
        ("Acme Corp named John Smith chairman, citing Smith's long experience in the "
         "industry.",
         [("Acme Corp", "cite", "John Smith's long experience", False, False)],
         [("John Smith", "John Smith's long experience")]),
        # (no "Acme Corp -cite-> long experience" since session 44: "his" is John Smith's,
        # whom the bare label does not name, so it is dropped: extract.vague.unowned)
        ("Acme Corp named John Smith chairman, citing his long experience in the industry.",
         [], [("John Smith", "long experience"), ("Acme Corp", "long experience")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_MODEL))
def test_successions_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
