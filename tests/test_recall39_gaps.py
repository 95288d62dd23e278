"""Session 39's missed main triples, by construction, on real parses:

- a verb of saying parsed as the conjunct of the reported verb before it shares that
  verb's pronoun subject: "The Turkish navy said it regretted the collision but denied
  that it had rammed the fishing boat" ("denied" hangs on "regretted", with no subject
  of its own); the "it" of what is denied is the one denying, the navy, as the first
  "it" is (:meth:`~extract.coref.Coreference._shared_pronoun_subject`); a named subject
  of the clause before ("said Peru had mobilized reservists and denied that it ...") is
  left to the other rules;
- an indirect object pronoun in a reported clause is the one reporting it, the one given
  to: "Vance Aircraft Corp said the U.S. Air Force awarded it a contract", "Kenya said
  the World Bank had lent it 300 mln dlrs" (the recipient triple, which had no side
  before; :meth:`~extract.coref.Coreference._directed`); a dative "it" that no one
  reports stays unresolved, and a pronoun giver is not its own recipient.
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

REPORTED_RECIPIENT = {
    "indirect object pronoun of a reported clause": [
        ("Vance Aircraft Corp said the U.S. Air Force awarded it a 95 mln dlr contract to "
         "build engines.",
         [("U.S. Air Force", "award", "Vance Aircraft Corp", False, False)], []),
        ("Petrobras said the Brazilian government had granted it a licence to drill off "
         "the coast.",
         [("Brazil", "grant", "Petrobras", False, False)], []),
        ("Kenya said the World Bank had lent it 300 mln dlrs for new roads.",
         [("World Bank", "lend", "Kenya", False, False)], []),
        ("Sweden said the embassy had handed it a protest note.",
         [("embassy", "hand", "Sweden", False, False)], []),
        # guards: the reporter gives (its "it" is the giver, no recipient of its own), and
        # a dative "it" no one reports
        ("Harris Corp said it awarded it a contract.",
         [("Harris Corp", "award", "contract", False, False)], []),
        ("The Air Force awarded it a contract after Harris Corp protested.",
         [], [("Air Force", "Harris Corp"), ("U.S. Air Force", "Harris Corp")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REPORTED_RECIPIENT))
def test_reported_recipient(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(SHARED_PRONOUN))
def test_shared_pronoun(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
