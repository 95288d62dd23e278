"""A charge denied by a person for the accused (session 49).

"Uganda accused Kenya of harbouring rebels. Kenyan President Moi denied the charge": the
bare "the charge" points back to Uganda's accusation (the ``reaction`` pattern,
:func:`~extract.rules.verbal.earlier_proposers`), whose accused is Kenya, not Moi; the
accusation told the right way round ("Uganda charge Moi") was made against no one the
sentence names, so it is not told (:func:`~extract.rules.verbal._other_accused`). The
denial itself ("Moi deny Uganda") stays. Only a named person is told apart from the
accused, by his name: a body or place that may stand for the accused ("Baghdad",
"Cambodia's Defence Ministry") keeps its reading, as does the accused person himself
("accused John Harding ... Harding denied").
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

DENIED_FOR_ANOTHER = {
    "a person denies a charge against his country": [
        ("Chad accused Libya of bombing a border town. Libyan leader Muammar Gaddafi "
         "rejected the accusation.",
         [("Muammar Gaddafi", "reject", "Chad")], [("Chad", "Muammar Gaddafi")]),
        ("Peru accused Ecuador of sending troops across the border. Ecuadorean President "
         "Rodrigo Borja denied the charge on Tuesday.",
         [("Rodrigo Borja", "deny", "Peru")], [("Peru", "Rodrigo Borja")]),
        ("Egypt accused Sudan of sheltering militants. Sudanese Foreign Minister Ali Osman "
         "Taha rejected the accusation.",
         [("Ali Osman Taha", "reject", "Egypt")], [("Egypt", "Ali Osman Taha")]),
    ],
    "guard: the accused denies": [
        ("India accused Pakistan of massing troops on the border. Pakistan rejected the "
         "charge.",
         [("India", "charge", "Pakistan"), ("Pakistan", "reject", "India")], []),
        ("Senator Mary Collins accused John Harding of taking bribes. Harding denied the "
         "charge.",
         [("Mary Collins", "charge", "John Harding")], []),
    ],
    "guard: a body or place stands for the accused": [
        ("Iran accused Iraq of shelling a border post. Baghdad denied the charge.",
         [("Iran", "charge", "Baghdad"), ("Baghdad", "deny", "Iran")], []),
        ("Thailand accused Cambodia of laying new mines. Cambodia's Defence Ministry "
         "rejected the accusation.",
         [("Thailand", "accusation", "Cambodia"), ("Cambodia", "reject", "Thailand")], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(DENIED_FOR_ANOTHER))
def test_a_charge_denied_for_another(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
