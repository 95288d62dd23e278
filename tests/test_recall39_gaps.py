"""Session 39's missed main triples, by construction, on real parses:

- a verb of saying parsed as the conjunct of the reported verb before it shares that
  verb's pronoun subject: "The Turkish navy said it regretted the collision but denied
  that it had rammed the fishing boat" ("denied" hangs on "regretted", with no subject
  of its own); the "it" of what is denied is the one denying, the navy, as the first
  "it" is (:meth:`~extract.coref.Coreference._shared_pronoun_subject`); a named subject
  of the clause before ("said Peru had mobilized reservists and denied that it ...") is
  left to the other rules.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

SHARED_PRONOUN = {
    "denied clause of a conjunct sharing 'it'": [
        ("The Turkish navy said it regretted the collision but denied that it had rammed "
         "the fishing boat.",
         [("Turkey", "ram", "fishing boat", True, False)], []),
        ("The Greek government said it welcomed the inquiry but denied that it had bribed "
         "the officials.",
         [("Greece", "bribe", "officials", True, False)], []),
        ("The Egyptian government said it respected the verdict but denied that it had "
         "detained the journalists.",
         [("Egypt", "detain", "journalists", True, False)], []),
        ("The Indonesian ministry said it regretted the deaths but denied that it had "
         "ordered the raid.",
         [("Indonesia", "order", "raid", True, False)], []),
        # guard: a named subject before; the one denying is the speaker, not Peru
        ("Chile said Peru had mobilized reservists and denied that it had shelled the "
         "border post.",
         [("Chile", "shell", "border post", True, False)], [("Peru", "border post")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(SHARED_PRONOUN))
def test_shared_pronoun(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
