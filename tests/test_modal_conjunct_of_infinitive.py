"""A verb with a modal of its own coordinated, in the parse, with a "to" infinitive belongs
to the nearest finite or modal verb above it and takes its subject
(:func:`extract.hygiene._modal_conjunct_of_infinitive`): in "Nicaragua said it would allow
La Prensa to reopen and would free Tomas Borge" Nicaragua frees him, not La Prensa; an
infinitive takes no modal. A modal conjunct of a modal verb is left as it is."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

_TABLE = {
    "modal conjunct of an infinitive": [
        ("Nicaragua said it would allow La Prensa to reopen and would free Tomas Borge.",
         [("Nicaragua", "free", "Tomas Borge", False, True)], [("La Prensa", "Tomas Borge")]),
        ("Iran said it would allow IAEA inspectors to visit the Fordow site and would invite "
         "Rafael Grossi to Tehran.",
         [("Iran", "invite", "Rafael Grossi", False, True)], [("IAEA", "Rafael Grossi")]),
        ("Cuba agreed to allow Human Rights Watch to visit its jails and would free Jose "
         "Daniel Ferrer.", [], [("Human Rights Watch", "Jose Daniel Ferrer")]),
        # guard: coordinated with a modal verb, it shares that verb's subject as before
        ("Iran said it would expel the Swedish envoy and would close the embassy of Sweden.",
         [("Iran", "close", "Sweden", False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_TABLE))
def test_a_modal_conjunct_is_no_infinitives_partner(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
