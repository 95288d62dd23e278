"""Session 44's flags on event summaries (one table of real parses per construction):

- a claim label closed by a verb of denial ("accused Sudan of arming the TPLF, a charge
  Khartoum rejects", "Israeli tanks shelled a school, a charge the army denies") leaves
  the act it labels alleged: hedged, no longer negated. The sentence states the
  accusation; the denial is the other side's word, told beside it (the readable tune
  halves of summaries-12/13/16/18 and the full summaries-4 list five of six such acts as
  hedged, one as negated). A denial that is the clause's own statement still negates:
  "Khartoum denies arming the TPLF". (Session 46: when the accused is who denies the
  charge, "... a charge Khartoum rejects", "Sudan rejected claims that it had armed the
  TPLF", the act is both negated and hedged: tests/test_flags46_denied_accusations.py);
- a claim label after a participle of saying or alleging ("expelled the envoy, claiming
  he had conspired with the opposition, an allegation the Holy See rejects") names what
  the participle says, not the act before it: the expelling, suspending or closing stays
  stated (:func:`extract.context._claim_below`);
- a gerund coordinated under "without" is as undone as the first ("paid the fine without
  admitting or denying the regulator's findings": no denial either), and a denial that
  is not made, under "without" or "neither ... nor", leaves its clause open ("settled
  without admitting or denying that it misled investors": hedged, not negated;
  :func:`extract.context.left_open`);
- a loser who concedes, or refuses to, with no one named concedes to the winner of the
  contest told before, in its sentence or the two before ("Duda wins the runoff, defeating
  Trzaskowski; Trzaskowski refuses to concede": Trzaskowski -concede-> Duda, negated;
  "lost the runoff to Lula and has not conceded"): the verb of
  [conceding_verbs] takes the named subject of [prevailing_verbs] (a contest or an office
  won, or the loser beaten) or the "to" of [losing_verbs]
  (:func:`extract.rules.verbal.conceded_winner`). Not for a set or a point conceded, a
  clause, a "to" of its own, nor a contract won.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

LABELLED_DENIALS = {
    "a claim label a denial closes leaves the act alleged": [
        ("Ethiopia accused Sudan of arming the TPLF, a charge Khartoum rejects.",
         [("Ethiopia", "accuse", "Sudan", False, False),
          ("Sudan", "arm", "TPLF", True, True)], []),
        ("Serbia accused Kosovo of harassing Serbian police officers, an allegation "
         "Pristina dismissed.",
         [("Kosovo", "harass", "Serbian police officers", True, True)], []),
        ("Israeli tanks shelled a UN school in Khan Younis, a charge the army denies.",
         [("Israel", "shell", "United Nations school", False, True)], []),
        ("Russian jets bombed a market in Idlib, a charge the Kremlin denies.",
         [("Russia", "bomb", "market in Idlib", False, True)], []),
    ],
    "guards: a denial that is the clause's own statement negates": [
        ("Khartoum denies arming the TPLF.",
         [("Khartoum", "arm", "TPLF", True, False)], []),
        ("Sudan rejected claims that it had armed the TPLF.",
         [("Sudan", "arm", "TPLF", True, True)], []),
        ("Credit Suisse denied that it misled investors.",
         [("Credit Suisse", "mislead", "investors", True, False)], []),
    ],
}

LABEL_AFTER_A_CLAIM = {
    "a label after a participle of saying names what it says, not the act before": [
        ("Nicaragua expelled the Vatican's envoy, claiming he had conspired with the "
         "opposition, an allegation the Holy See rejects.",
         [("Nicaragua", "expel", "Vatican's envoy", False, False)], []),
        ("Mali suspended the broadcasts of France 24, saying the channel had aided "
         "jihadists, a claim Paris dismissed.",
         [("Mali", "suspend", "broadcasts of France 24", False, False)], []),
        ("Belarus closed the Polish consulate in Grodno, alleging that it had spied on the "
         "army, a charge Warsaw denies.",
         [("Belarus", "close", "Polish consulate in Grodno", False, False)], []),
    ],
}

WITHOUT_DENYING = {
    "a gerund coordinated under 'without' is not done either": [
        ("Citigroup paid $400 million to the Federal Reserve without admitting or denying "
         "the regulator's findings.",
         [("Citigroup", "deny", "regulator's findings", True, False),
          ("Citigroup", "pay to", "Federal Reserve", False, False)], []),
    ],
    "a denial not made leaves its clause open": [
        ("Goldman Sachs settled with the SEC without admitting or denying that it misled "
         "investors.",
         [("Goldman Sachs", "settle with", "SEC", False, False),
          ("Goldman Sachs", "mislead", "investors", False, True)], []),
        ("Wells Fargo settled the case, neither admitting nor denying that it defrauded "
         "customers.",
         [("Wells Fargo", "defraud", "customers", False, True)], []),
        ("Deutsche Bank agreed to pay a penalty to the SEC without admitting or denying "
         "that it had deceived clients.",
         [("Deutsche Bank", "deceive", "clients", False, True)], []),
        ("HSBC refused to pay the fine without denying that it had laundered money for "
         "the Sinaloa Cartel.",
         [("HSBC", "launder", "money", False, True)], []),
    ],
}


CONCEDED = {
    "a loser concedes to the winner of the contest told before": [
        ("Incumbent Andrzej Duda wins Poland's presidential runoff, defeating Warsaw mayor "
         "Rafał Trzaskowski; Trzaskowski refuses to concede and demands a recount.",
         [("Rafał Trzaskowski", "concede", "Andrzej Duda", True, False),
          ("Andrzej Duda", "defeat", "Rafał Trzaskowski", False, False)], []),
        ("William Ruto won Kenya's presidential election. Raila Odinga refused to concede.",
         [("Raila Odinga", "concede", "William Ruto", True, False)], []),
        ("Bolsonaro lost the runoff to Lula and has not conceded.",
         [("Bolsonaro", "concede", "Lula", True, False)], []),
        ("Javier Milei wins Argentina's presidential runoff, defeating Sergio Massa. Massa "
         "concedes.",
         [("Sergio Massa", "concede", "Javier Milei", False, False),
          ("Javier Milei", "defeat", "Sergio Massa", False, False)], []),
    ],
    "guards: a set, a clause, a 'to' of its own, a contract won": [
        ("Nadal beat Federer in Paris. Federer conceded the second set early.",
         [("Nadal", "beat", "Federer", False, False)], [("Federer", "Nadal")]),
        ("Sanchez won the vote. Feijoo conceded that turnout was low.",
         [], [("Feijoo", "Sanchez")]),
        ("Duda won the election. Trzaskowski conceded to Duda on Monday.",
         [("Trzaskowski", "concede to", "Duda", False, False)], []),
        ("Microsoft won the Pentagon contract. Amazon refused to concede.",
         [], [("Amazon", "Microsoft")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"),
                         cases(LABELLED_DENIALS, LABEL_AFTER_A_CLAIM, WITHOUT_DENYING,
                               CONCEDED))
def test_flags44(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
