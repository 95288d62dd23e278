"""Armed-group descriptions that point back to the armed group named before (session 38).

"The militant group", "the guerrilla group", "the separatist movement": the words before
the head say an armed group outside a state (``[armed_group_modifiers]``;
:meth:`Coreference._armed_description
<actorgraph.extract.coref.Coreference._armed_description>`), which before made the
description a kind of its own that no name fitted. Now it refers back, like "the group",
but only to an armed group (:meth:`Coreference._fits_armed
<actorgraph.extract.coref.Coreference._fits_armed>`: a CAMEO rebel, insurgent or
militarised group, a name its members follow, or a name of such a group's words with no
country in it, ``[armed_group_name_words]``). Guards: two armed groups in the window, no
armed group named (only a council), and a modifier of another kind ("the youth group").
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

_SENTENCES = {
    "an armed-group description takes the armed group named before": [
        ("Colombian troops clashed with the National Liberation Army on Sunday, and the "
         "governor said the guerrilla group had kidnapped two engineers.",
         [("National Liberation Army", "kidnap", "engineers", False, False)], []),
        ("Somali troops clashed with al-Shabaab near Jilib on Monday, and officials said the "
         "militant group had ambushed a convoy.",
         [("al-Shabaab", "ambush", "convoy", False, False)], []),
        ("Moroccan jets struck positions of the Polisario Front near Mahbes, and Rabat "
         "accused the separatist movement of attacking a supply convoy.",
         [("Rabat", "accuse", "Polisario Front", False, False),
          ("Polisario Front", "attack", "supply convoy", False, True)], []),
    ],
    "guard: two armed groups, none, another kind of group": [
        ("Gustavo Petro met envoys of the National Liberation Army and FARC in Havana, and "
         "the guerrilla group later bombed a pipeline.", [],
         [("National Liberation Army", "pipeline"), ("FARC", "pipeline")]),
        ("Somali troops met the Hawiye Youth Council near Jilib on Monday, and officials said "
         "the militant group had ambushed a convoy.", [],
         [("Hawiye Youth Council", "convoy")]),
        ("Somali troops clashed with al-Shabaab near Jilib on Monday, and officials said the "
         "youth group had ambushed a convoy.", [], [("al-Shabaab", "convoy")]),
    ],
    "guard: the members of [nonstate_members] stay there (not armed-group name words)": [
        ("Haiti's kidnappers released two Canadian missionaries on Friday after a ransom was "
         "paid.", [], [("Haiti", "Canadian missionaries")]),
        ("Colombia's assassins killed three union leaders in Cali last year, a rights group "
         "said.", [], [("Colombia", "union leaders")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
