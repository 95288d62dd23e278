"""Reciprocal acts of conjoined subjects (session 53).

* a verb coordinated with an earlier one shares its pair of sides;
* a reciprocal event hosted or brokered by conjoined subjects is no event between them;
* a part of a reciprocal event ("the first phase of a ceasefire agreement") is done
  between conjoined subjects as the whole is.


A verb joined by "and" to one whose subject names two sides shares that subject, as
written, and so the pair: "Kenya and Uganda met in Nairobi and signed a trade deal" ->
Kenya —sign deal→ Uganda and back, as "Kenya and Uganda signed a trade deal" does
(:func:`~extract.rules.verbal._shared_subject`, read by
:func:`~extract.rules.verbal.joint_triples`). Only when the clause reading gives the verb
that subject's agents (the ``inherited`` pattern); a non-reciprocal second verb pairs no
one ("met ... and condemned the attack"), nor does an act done with a third ("held talks
with EU officials") or a verb with a subject of its own.

Conjoined subjects of a verb of hosting, mediating or brokering
(:data:`~extract.lexicon.HOSTING_VERBS`) are a third party to the reciprocal event it
takes: "Egypt and Qatar hosted the talks", "Oman and Qatar brokered a ceasefire" give no
talks or truce between Egypt and Qatar (:func:`~extract.rules.verbal._joint_event`); the
parties holding or signing it keep their pair.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

SHARED = {
    "met ... and V": [
        ("Kenya and Uganda met in Nairobi on Tuesday and signed a trade deal.",
         [("Kenya", "sign deal", "Uganda"), ("Uganda", "sign deal", "Kenya")], []),
        ("The foreign ministers of Chile and Peru met in Lima and agreed to reopen "
         "their consulates.",
         [("Chile", "agree", "Peru"), ("Peru", "agree", "Chile")], []),
        ("Russia and Ukraine met in Istanbul on Friday and agreed to swap prisoners.",
         [("Russia", "agree", "Ukraine"), ("Ukraine", "agree", "Russia")], []),
    ],
    "passive first verb": [
        ("Israel and Hamas were invited to Cairo and agreed to a new truce.",
         [("Israel", "agree", "Hamas"), ("Hamas", "agree", "Israel")], []),
    ],
    "guard: no reciprocal second act": [
        ("India and China met in New Delhi and condemned the attack on the embassy.",
         [("India", "meet", "China")], []),
        ("France and Germany criticised the decision and imposed sanctions on Minsk.",
         [], [("France", "Germany"), ("Germany", "France")]),
        ("Ghana and Togo gathered in Accra and issued a statement on the coup.",
         [], [("Ghana", "Togo"), ("Togo", "Ghana")]),
    ],
    "guard: done with a third": [
        ("The leaders of Serbia and Kosovo arrived in Brussels and held talks with "
         "Josep Borrell.",
         [], [("Serbia", "Kosovo"), ("Kosovo", "Serbia")]),
    ],
    "guard: a second verb with its own subject": [
        ("Egypt and Qatar hosted the talks and Israel signed the deal.",
         [], [("Egypt", "Qatar"), ("Qatar", "Egypt"), ("Israel", "Egypt")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(SHARED))
def test_a_coordinated_verb_shares_the_pair(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


HOSTED = {
    "hosted or brokered": [
        ("Egypt and Qatar hosted the latest round of talks in Doha.",
         [], [("Egypt", "Qatar"), ("Qatar", "Egypt")]),
        ("Oman and Switzerland brokered a ceasefire last week.",
         [], [("Oman", "Switzerland"), ("Switzerland", "Oman")]),
        ("Turkey and the United Nations mediated the grain negotiations.",
         [], [("Turkey", "United Nations"), ("United Nations", "Turkey")]),
    ],
    "guard: the parties hold it": [
        ("Armenia and Azerbaijan held talks in Abu Dhabi on Wednesday.",
         [("Armenia", "talk", "Azerbaijan"), ("Azerbaijan", "talk", "Armenia")], []),
        ("Ethiopia and Somalia signed a ceasefire in Ankara.",
         [("Ethiopia", "sign ceasefire", "Somalia"), ("Somalia", "sign ceasefire", "Ethiopia")],
         []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(HOSTED))
def test_hosts_of_an_event_are_not_its_parties(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


PARTS = {
    "a part of the event": [
        ("Israel and Hamas signed the first phase of a ceasefire agreement in Cairo.",
         [("Israel", "sign agreement", "Hamas"), ("Hamas", "sign agreement", "Israel")], []),
        ("Armenia and Azerbaijan initialled the text of a peace treaty in Washington.",
         [("Armenia", "initial treaty", "Azerbaijan"),
          ("Azerbaijan", "initial treaty", "Armenia")], []),
        ("Sudan and South Sudan signed the second stage of the peace deal on Monday.",
         [("Sudan", "sign deal", "South Sudan"), ("South Sudan", "sign deal", "Sudan")], []),
    ],
    "guard: no event, or one judged": [
        ("Israel and Hamas signed the first page of the newspaper.",
         [], [("Israel", "Hamas"), ("Hamas", "Israel")]),
        ("France and Germany criticised the terms of the deal.",
         [], [("France", "Germany"), ("Germany", "France")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(PARTS))
def test_a_part_of_the_event_is_done_between_them(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
