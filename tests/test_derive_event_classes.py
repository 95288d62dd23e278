"""scripts/derive_event_classes.py on tiny hand-made dictionaries."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "derive_event_classes.py"
spec = importlib.util.spec_from_file_location("derive_event_classes", SCRIPT)
derive_script = importlib.util.module_from_spec(spec)
spec.loader.exec_module(derive_script)

PLOVER = """\
# header
04: CONSULT
041: CONSULT, phone,   # Discuss by telephone
090: ACCUSE, investigate,  # Investigate
100: REQUEST,  ,  # REQUEST
111: ACCUSE, disapprove,    # Criticize or denounce
112: ACCUSE, disapprove,    # Accuse
173: COERCE, arrest, legal            # Arrest
190: ASSAULT, , military # Use conventional military force
186: ASSAULT, assassinate,    # Assassinate
"""

VERBS = """\
####### VERB PATTERNS #######

---  CALL   [041:041]  ---
CALL
PHONE
- * (FOR) [100] # CALL
- * (FOR RESIGNATION) [100] # CALL
- * (UPON) [020] # CALL

---  KILL   [190]  ---
+KILLED_AND {}
+GUN_DOWN {+GUNS_DOWN}
+SEND_WORD
WIRE_+TAP
ASSASSINATE [186]
KILL  # comment
HANG  {HANGS HANGED}
- * (IN ACCIDENT) [---] # KILL

---  PROBE   [090]  ---
PROBE
LOOK [---]
- * (INTO) [090] # PROBE

---  CONDEMN   [111]  ---
CONDEMN
ACCUSE
ARREST [173]
- * DOWN [173] # CONDEMN
- * (OF TORTURE) [1122] # ACCUSE
- * (OF {WAR CRIMES}) $ [1124] # ACCUSE
- * (FOR TORTURE) [1122] # CONDEMN
- * (AT MEETING) [111] # CONDEMN
- * (AT HEARING) [173] # CONDEMN
- * (IN {STRONG TERMS}) [111] # CONDEMN

---  DETAIN   [173]  ---
ARREST [111]
DETAIN
######## TRANSFORMATIONS ##########
JAIL [173]
"""


@pytest.fixture(scope="module")
def derived():
    table = derive_script.read_plover(PLOVER.splitlines())
    return derive_script.derive(VERBS.splitlines(keepends=True), table)


def test_plover_names_are_mapped_to_actorgraph_classes():
    table = derive_script.read_plover(PLOVER.splitlines())
    assert table["100"] == "DEMAND" and table["090"] == "INVESTIGATE"
    assert table["111"] == "DISAPPROVE" and table["190"] == "FIGHT"
    assert table["186"] == "ASSAULT" and "04" not in table
    assert derive_script.plover_class("1734", table) == "COERCE"  # parent code
    assert derive_script.plover_class(":173", table) is None      # reversed pair
    assert derive_script.plover_class("---", table) is None


def test_verbs_take_their_own_code_else_the_blocks(derived):
    table, _ = derived
    assert table["call"] == "CONSULT" and table["phone"] == "CONSULT"
    assert table["kill"] == "FIGHT" and table["hang"] == "FIGHT"
    assert table["assassinate"] == "ASSAULT"
    assert table["probe"] == "INVESTIGATE" and "look" not in table  # null code


def test_only_clean_verb_particle_forms(derived):
    table, _ = derived
    assert table["gun down"] == "FIGHT"
    assert not {"killed and", "send word", "wire tap", "wire +tap", "tap"} & set(table)
    assert "jail" not in table  # after the verb patterns


def test_bare_preposition_patterns_give_phrasal_lemmas_of_the_named_verb(derived):
    table, _ = derived
    assert table["call for"] == "DEMAND" and "phone for" not in table
    assert table["probe into"] == "INVESTIGATE" and table["condemn down"] == "COERCE"
    assert "call upon" not in table  # 020 is not in CAMEO2PLOVER


def test_prepositions_that_only_come_with_nouns_need_two_agreeing_patterns(derived):
    table, _ = derived
    assert table["accuse of"] == "DISAPPROVE"   # 1122 and 1124, both DISAPPROVE
    assert "condemn for" not in table           # one pattern only
    assert "condemn at" not in table            # two patterns, two classes
    assert "condemn in" not in table


def test_conflicting_lemmas_are_left_out(derived):
    table, votes = derived
    assert "arrest" not in table and set(votes["arrest"]) == {"COERCE", "DISAPPROVE"}
    assert table["detain"] == "COERCE"


def test_shipped_table_parses_as_a_lexicon():
    from actorgraph.extract.events import load_lexicon

    derived = load_lexicon(("derived",))
    assert len(derived.verbs) > 500 and not derived.nouns
