"""Unnamed groups that event coders code as participants, through the real model.

"Gunmen kidnapped 24 students" names no one, but event data codes its subject (the
Phoenix agents dictionary gives "gunmen" the sector UAF, unidentified armed forces), and
so do the hand-annotated news sets: an unnamed group of an acting sector (armed men,
rebels, troops, police, protesters, criminals, workers, courts, ...) is a participant of
an event of a class, even when what it acts on is unnamed too. Generic people, residents
or officials are not, and an event of no class between two unnamed sides stays out.

The sentences were written for these tests (none is from an evaluation set). Rows as in
:mod:`tests.constructions`: (subject label, relation label, object label) must be given;
(subject label, object label) pairs must not.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

pytestmark = pytest.mark.model

CONSTRUCTIONS = {
    "an unnamed group of an acting sector is the agent of an event of a class": [
        ("Gunmen kidnapped 24 students from a boarding school in the north on Monday.",
         [("gunmen", "kidnap", "students")], []),
        ("Masked gunmen shot dead a village chief near the border overnight.",
         [("masked gunmen", "shoot", "village chief")], []),
        ("Protesters torched the parliament building after the vote.",
         [("protesters", "torch", "parliament building")], []),
        ("Riot police arrested dozens of demonstrators outside the ministry.",
         [("Riot police", "arrest", "demonstrators")], []),
        ("Striking dock workers rejected the final wage offer on Thursday.",
         [("striking dock workers", "reject", "final wage offer")], []),
        ("Rebels ambushed a military convoy on the highway, local officials said.",
         [("rebels", "ambush", "military convoy on highway")], []),
    ],
    "generic people and events of no class between unnamed sides stay out": [
        ("People fled the burning market on Sunday.", [], [("people", "burning market")]),
        ("Officials rejected the proposal after a long meeting.", [],
         [("officials", "proposal")]),
        ("Residents attacked the new parking rules at a town hall meeting.", [],
         [("residents", "new parking rules")]),
        ("Police held a press conference on Tuesday.", [], [("police", "press conference")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CONSTRUCTIONS))
def test_construction(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
