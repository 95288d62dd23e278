"""Hedged acts named in a relative clause or by an interest voiced (session 46).

* a relative pronoun that is the object of the infinitive or gerund of its clause's verb
  stands for the noun the clause is hung on, as it does for the clause's own verb
  (:func:`~extract.rules.base.infinitive_antecedent`): "Haroun, whom the RSF had
  threatened to kill" is "threaten to kill" Haroun (hedged); the parser may make the
  pronoun the object of the clause's verb itself when that verb intends or tries
  (:data:`~extract.lexicon.INFINITIVE_OBJECT_VERBS`: "whom Moscow had sought to free") or
  already has an object of its own ("whom the court ordered Ankara to release", "whom
  Riyadh accuses Tehran of supplying"): the pronoun is then the infinitive's or gerund's
  object, not the verb's (:func:`~extract.rules.base.stranded_relative`), so no "Moscow
  seek Medvedchuk" and no "Kinshasa accuse M23"; with no relative word, a clause of
  intending with a subject and no object is said of its noun ("a decision Hasina vows to
  challenge", :func:`~extract.rules.base._infinitive_gap`). Not a noun inside another noun's phrase,
  which the clause may be said of instead ("the ban on the Awami League, which Hasina
  vowed to challenge"), nor a verb whose object then acts ("whom the unions wanted to lead
  the ticket": Silva leads);
* an interest voiced in doing something (:data:`~extract.lexicon.INTEREST_NOUNS` after a
  verb of :data:`~extract.lexicon.VOICING_INTEREST_VERBS`) is an act its holder would do,
  not done yet (:func:`~extract.rules.complements.interest_holder`): "Exxon expressed
  interest in buying Pioneer" is Exxon "buy" Pioneer, hedged; "has no interest in buying
  X" negated; not someone else's interest ("the sale sparked interest in buying X");
* an option held to do something is a right not yet used (``option`` among
  :data:`~extract.lexicon.INTENTION_NOUNS`): "the Navy has an option to buy 150 more jets"
  is a hedged "option to buy"; "exercised its option to buy" used it (stated,
  :data:`~extract.lexicon.FULFILLING_VERBS`);
* what is argued is contended, as what is contended or asserted is
  (:data:`~extract.lexicon.HEDGE_VERBS`): "Kyiv argues that Russia shelled the plant" is a
  hedged shelling; what is said stays stated.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction, check_labels

RELATIVES = {
    "the object of the clause's infinitive": [
        ("Sudan expelled Ahmed Haroun, whom the RSF had threatened to kill.",
         [("RSF", "threaten to kill", "Ahmed Haroun", False, True)],
         [("Sudan", "RSF")]),
        ("The Houthis seized the Galaxy Leader, which the US Navy had promised to protect.",
         [("US Navy", "promise to protect", "Galaxy Leader", False, True)], []),
        ("Russia shelled Kharkiv, which Ukraine had pledged to defend at any cost.",
         [("Ukraine", "pledge to defend", "Kharkiv", False, True)], []),
    ],
    "the pronoun read as the object of an intending verb": [
        ("Kyiv released Viktor Medvedchuk, whom Moscow had sought to free for months.",
         [("Moscow", "free", "Viktor Medvedchuk", False, True)], []),
        ("The ICC charged Vladimir Putin, whom South Africa had promised not to arrest.",
         [("South Africa", "arrest", "Vladimir Putin", True, True)], []),
        ("Police detained Juan Ortega, whom Mexican prosecutors plan to charge with murder.",
         [("Mexican prosecutors", "plan to charge", "Juan Ortega", False, True)], []),
    ],
    "the pronoun read as the object of a verb with an object of its own": [
        ("Turkey detained Selahattin Demirtas, whom the European Court ordered Ankara to "
         "release.",
         [("Ankara", "release", "Selahattin Demirtas", False, True)], []),
        ("The Houthis, whom Riyadh accuses Tehran of supplying with missiles, attacked "
         "Aramco.",
         [("Tehran", "supply", "Houthis", False, True)], [("Riyadh", "Houthis")]),
    ],
    "a bare relative clause of intending": [
        ("Kenya deported Boniface Mwangi, the activist President Ruto had vowed to silence.",
         [("Ruto", "vow to silence", "Boniface Mwangi", False, True)], []),
        ("Bangladesh barred the Awami League from the election, a decision Sheikh Hasina "
         "vows to challenge.",
         [("Sheikh Hasina", "vow to challenge", "decision", False, True)], []),
        ("Israel bombed the tunnels Hamas hopes to use against Israel.",
         [("Hamas", "hope to use", "tunnels", False, True)], []),
    ],
}

RELATIVE_GUARDS = {
    "guard: no intending verb, no second object": [
        ("Sudan expelled the Kenyan envoy, whom the ministry asked to leave within two days.",
         [], []),
    ],
    "guard: a time noun is no object": [
        ("Sudan expelled the envoy the day the RSF planned to attack Khartoum.",
         [("RSF", "plan to attack", "Khartoum", False, True)], [("RSF", "day")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(RELATIVES, RELATIVE_GUARDS))
def test_relative_pronoun_of_an_infinitive(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


LABEL_GUARDS = {
    "guard: the pronoun is the verb's own object": [
        ("The Kenyan government expelled Mark Otieno, whom Nairobi asked to leave the country.",
         [("Nairobi", "ask", "Mark Otieno")], []),
    ],
    "guard: the clause may be said of another noun": [
        ("The court upheld the ban on the Awami League, which Sheikh Hasina vowed to "
         "challenge.",
         [], [("Sheikh Hasina", "vow to challenge", "Awami League")]),
    ],
    "guard: wrong pronoun reading removed": [
        ("The M23 rebels, whom Kinshasa accuses Kigali of arming, seized Goma.",
         [("Kinshasa", "accuse", "Kigali")], [("Kinshasa", "accuse", "M23")]),
        ("Kyiv released Viktor Medvedchuk, whom Moscow had sought to free for months.",
         [], [("Moscow", "seek", "Viktor Medvedchuk")]),
        ("The ICC charged Vladimir Putin, whom South Africa had promised not to arrest.",
         [], [("South Africa", "promise", "Vladimir Putin")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(LABEL_GUARDS))
def test_relative_pronoun_labels(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


INTEREST = {
    "interest voiced in doing": [
        ("Rio Grande Industries has expressed interest in acquiring Southern Pacific.",
         [("Rio Grande Industries", "acquire", "Southern Pacific", False, True)], []),
        ("Exxon signalled interest in buying Pioneer Natural Resources.",
         [("Exxon", "buy", "Pioneer Natural Resources", False, True)], []),
        ("Two Japanese banks have shown interest in taking over Credit Suisse.",
         [("Japanese banks", "take over", "Credit Suisse", False, True)], []),
    ],
    "interest denied": [
        ("Boeing has no interest in buying Embraer, its chief executive said.",
         [("Boeing", "buy", "Embraer", True, False)], []),
        ("Airbus did not express interest in acquiring Bombardier.",
         [("Airbus", "acquire", "Bombardier", True, False)], []),
    ],
    "guard: someone else's interest": [
        ("The sale of the plant by Stellantis sparked interest in buying Chrysler.",
         [], [("Stellantis", "Chrysler")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(INTEREST))
def test_interest_in_doing(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


ARGUED = {
    "argued": [
        ("Kyiv argues that Russia shelled the Zaporizhzhia plant.",
         [("Russia", "shell", "Zaporizhzhia plant", False, True)], []),
        ("His lawyer said he would argue that France had committed war crimes in Algeria.",
         [("France", "commit", "war crimes", False, True)], []),
        ("The defence argued that Israeli police had beaten Ahmed Dawabsheh.",
         [("Israel", "beat", "Ahmed Dawabsheh", False, True)], []),
    ],
    "guard: said, not argued": [
        ("Kyiv says that Russia shelled the Zaporizhzhia plant.",
         [("Russia", "shell", "Zaporizhzhia plant", False, False)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(ARGUED))
def test_what_is_argued_is_hedged(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


OPTIONS = {
    "an option held": [
        ("The Navy has an option to buy another 150 jets from Lockheed.",
         [("Navy", "option to buy", "jets", False, True)], []),
        ("Airbus said Qantas has an option to order 20 more A350 jets.",
         [("Qantas", "option to order", "A350 jets", False, True)], []),
        ("Petrobras's option to acquire Braskem expires in June.",
         [("Petrobras", "option to acquire", "Braskem", False, True)], []),
    ],
    "an option exercised": [
        ("The Navy exercised its option to buy 150 jets from Lockheed.",
         [("Navy", "option to buy", "jets", False, False)], []),
    ],
    "guard: an option granted to another": [
        ("Toyota granted Suzuki an option to buy its stake in the venture.",
         [], [("Toyota", "stake")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(OPTIONS))
def test_an_option_held_is_hedged(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
