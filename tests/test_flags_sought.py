"""Flags of what is only sought: a "from" gerund that someone only seeks, plans, asks or
may prevent is hedged, not denied ("the suit seeks to block X from buying Y"; "barred X
from entering" is still denied), and what a verb of trying leads to through another verb
is only attempted ("is trying to use the Queen to concentrate power").

The model tests run sentences written for these tests (none from the PLOVER, WCEP,
Wikinews or wire data) through the real extractor.
"""

from __future__ import annotations

import pytest

SOUGHT = [  # (sentence, subject, relation label, object): hedged, not negated
    ("Democrats are trying to stop Trump from firing Jerome Powell.", "Trump", "fire",
     "Jerome Powell"),
    ("The European Union plans to ban Huawei from supplying Germany with 5G equipment.",
     "Huawei", "supply with 5g equipment", "Germany"),
    ("Ukraine asked the court to prevent Gazprom from selling the pipeline to Hungary.",
     "Gazprom", "sell pipeline to", "Hungary"),
    ("The new law could prevent TikTok from operating in the United States.", "TikTok",
     "operate in", "United States"),
]
PREVENTED = [  # guards: (sentence, subject, relation label, object): negated
    ("A judge in Colorado barred Trump from appearing on the ballot.", "Trump", "appear on",
     "ballot"),
    ("The court blocked Musk from buying Twitter.", "Musk", "buy", "Twitter"),
]
ATTEMPTED = [  # (sentence, subject, relation label, object): hedged
    ("Russia tried to use gas supplies to pressure Moldova.", "Russia", "pressure",
     "Moldova"),
    ("Erdogan is trying to use the referendum to weaken the Kurdish parties.", "Erdogan",
     "weaken", "Kurdish parties"),
    ("Iran is trying to use its proxies to attack Israel.", "Iran", "attack", "Israel"),
]
STATED = [  # guards: (sentence, subject, relation label, object): the attempt is stated
    ("Russia tried to use gas supplies to pressure Moldova.", "Russia", "try to use",
     "gas supplies"),
    ("Moscow used gas supplies to pressure Moldova.", "Moscow", "pressure", "Moldova"),
]


@pytest.fixture(scope="module")
def extract(extract):
    """The triples of a text by (subject, relation label, object)."""
    return lambda text: {(t.subject.label, t.relation.label, t.object.label): (t.negated, t.hedged)
                          for t in extract(text)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "subject", "label", "obj"), SOUGHT)
def test_what_is_only_sought_to_be_prevented_is_hedged_not_denied(extract, text, subject,
                                                                  label, obj):
    found = extract(text)
    assert found.get((subject, label, obj)) == (False, True), found


@pytest.mark.model
@pytest.mark.parametrize(("text", "subject", "label", "obj"), PREVENTED)
def test_what_was_prevented_is_denied(extract, text, subject, label, obj):
    found = extract(text)
    assert found.get((subject, label, obj)) == (True, False), found


@pytest.mark.model
@pytest.mark.parametrize(("text", "subject", "label", "obj"), ATTEMPTED)
def test_what_a_trying_leads_to_is_hedged(extract, text, subject, label, obj):
    found = extract(text)
    assert found.get((subject, label, obj)) == (False, True), found


@pytest.mark.model
@pytest.mark.parametrize(("text", "subject", "label", "obj"), STATED)
def test_the_attempt_itself_and_a_means_used_are_stated(extract, text, subject, label, obj):
    found = extract(text)
    assert found.get((subject, label, obj)) == (False, False), found
