"""Who receives in a double-object clause: a dative or the first of two objects is a
recipient only when it can receive (a pronoun, a name, a body of people), and a reflexive
is never a second party. 'earned money herself' is no 'earn herself', 'gave a curt "no"'
no 'give to curt', and a speech split from the rest of the object is what is delivered,
not who it is delivered to."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction, check_labels

pytestmark = pytest.mark.model

NO_RECIPIENT = {
    "a reflexive or a thing in the recipient slot": [
        ("Serena Williams also earned money herself through coaching and television work.",
         [("Serena Williams", "earn", "money")], [("Serena Williams", "earn herself", "money")]),
        ("On the final night, Biden delivered a short victory speech on the steps of the "
         "Capitol with 2,000 supporters and a large fireworks show afterwards.",
         [("Biden", "deliver", "short victory speech")],
         [("Biden", "deliver to", "short victory speech")]),
        ('When asked about the bribes, Senator Menendez gave a curt "no."',
         [], [("Menendez", "give to", "curt")]),
    ],
    "guards: who receives": [
        ("Qatar gave Hamas money.", [("Qatar", "give money to", "Hamas")], []),
    ],
}

GUARDS = {
    "recipients of giving": [
        ("Ecuador sheltered Julian Assange in its London embassy, giving him asylum.",
         [("Ecuador", "give", "Julian Assange", False, False)], []),
        ("Russia sent air defence systems to Syria, giving Damascus an edge.",
         [("Russia", "give", "Damascus", False, False)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(NO_RECIPIENT))
def test_no_recipient_in_the_slot(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(GUARDS))
def test_recipients_kept(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
