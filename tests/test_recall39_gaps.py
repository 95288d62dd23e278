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
  reports stays unresolved, and a pronoun giver is not its own recipient;
- a bare definite offer, charge or request ("rejected the offer", "denied the charges",
  "rejected the request") is the one put forward by the named author of the nearest
  earlier mention of its family in this or the two sentences before
  (:func:`~extract.rules.verbal.earlier_proposers`, words in ``[referring_families]``):
  "Siemens made an offer for Alstom. Alstom welcomed the offer" welcomes Siemens' offer,
  "Iran accused Iraq of ... Iraq denied the charges" denies Iran's charge (told the right
  way round since session 44, Iran charge Iraq); a mention
  carried by a verb that does not put it forward ("a cardinal would carry proposals") has
  no author, nor does a noun that says whose it is itself ("the Soviet offer"), and two
  different authors before leave it unsaid whose it is, as does a new one by someone
  not named ("a rival bidder offered 40 euros a share for X") or by a pronoun another
  named speaker reports ("Hitachi said it would make a rival offer"); an earlier "the offer"
  points back itself, and who presents or announces it is not its author;
- a bid's price is no target of it: "launched a tender offer of 14 dlrs a share for Atlas
  Copper Inc" is an offer for Atlas Copper (the amount, which the NER may not tag, took
  the offer's target and left nothing; an amount that measures a named thing still is:
  "tariffs on 400 mln dlrs of Chinese steel"); an offer for a company's stock ("for all
  outstanding shares of Sutton Dairies Inc") is an offer for the company
  (:func:`~extract.rules.base.bid_stock_company`), also when the parser hung that "for"
  on the verb ("began a bid of 12 euros a share in cash for all remaining shares of X");
- an object shifted past a verb's "as" judgement ("its board rejected as inadequate an
  unsolicited offer from Granite Holdings", "Tokyo dismissed as groundless a report by the
  Pentagon"), parsed as "as (inadequate an ... offer)", is the verb's object again
  (:func:`~extract.hygiene._object_shifted_past_as`); the usual order ("rejected the
  proposal from Washington as unacceptable") is read as before.
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

REFERRED_PROPOSAL = {
    # (a rejected offer or request is a rejection of its author by the verb alone, the
    # earlier mention telling the offer: session 44, tests/test_offers44_proposed.py)
    "bare definite offer, charge or request pointing back": [
        ("Siemens made an offer for Alstom last week. Alstom welcomed the offer on Monday.",
         [("Alstom", "welcome offer", "Siemens", False, False),
          ("Siemens", "make offer", "Alstom", False, False)], []),
        ("Argyll Thornton Plc launched a hostile bid for Mercer Castle Group Plc. Mercer "
         "Castle's board rejected the offer as opportunistic.",
         [("Mercer Castle board", "reject", "Argyll Thornton Plc", False, False)], []),
        ("Iran accused Iraq of using chemical weapons near Basra. Iraq denied the charges.",
         # (the charge Iraq denies is told the right way round: session 44,
         # tests/test_reverse44_rebutted.py)
         [("Iran", "charge", "Iraq", False, False),
          ("Iran", "accuse", "Iraq", False, False),
          ("Iraq", "deny", "Iran", False, False)], []),
        ("India accused Pakistan of massing troops along the border. Pakistan's Foreign "
         "Office rejected the charge.",
         # (a country's named department is the country, session 42: the charge's two
         # acts go both ways round)
         [("India", "charge", "Pakistan", False, False),
          ("India", "accuse", "Pakistan", False, False),
          ("Pakistan", "reject", "India", False, False)], []),
        ("The Teamsters asked Congress to block the merger. The White House rejected the "
         "request.",
         [("White House", "reject", "Teamsters", False, False)], []),
        # guards: a verb that only carries the proposals names no author of them; a
        # mention of another family is not the one pointed back to
        ("A Vatican envoy would carry proposals between Managua and the rebels. The rebel "
         "leaders welcomed the offer.",
         [], [("rebel leaders", "Vatican")]),
        ("Siemens made an offer for Alstom. Hitachi offered to buy Alstom too. Alstom "
         "welcomed the offer.",
         [], [("Alstom", "Siemens"), ("Alstom", "Hitachi")]),
        ("Chile asked Peru to extradite the banker. Bolivia accused Peru of harbouring "
         "rebels. Peru rejected the charge.",
         [("Bolivia", "charge", "Peru", False, False),
          ("Bolivia", "accuse", "Peru", False, False),
          ("Peru", "reject", "Bolivia", False, False)], [("Peru", "Chile")]),
        # guards: the nearest new offer's author is not named (a new offer, not the
        # older one's), and one who puts forward "the offer" is not its author
        ("Siemens made an offer for Alstom last year. This week a rival bidder offered 40 "
         "euros a share for Bombardier. Bombardier's board welcomed the offer.",
         [], [("Bombardier's board", "Siemens"), ("Bombardier", "Siemens")]),
        ("Siemens made an offer for Alstom in March. In June an offer for Bombardier was "
         "tabled by an unnamed group. Bombardier's board welcomed the offer.",
         [], [("Bombardier's board", "Siemens"), ("Bombardier", "Siemens")]),
        ("The United Auto Workers presented the offer to its members on Sunday. Ford "
         "workers rejected the offer.",
         [], [("Ford workers", "United Auto Workers")]),
        ("Alstom's board announced the offer on Monday. The CGT union rejected the offer.",
         [], [("CGT", "Alstom's board"), ("CGT", "Alstom")]),
        ("General Motors made a new contract offer on Friday. The United Auto Workers "
         "presented the offer to its members on Sunday. Assembly workers rejected the offer.",
         [("Assembly workers", "reject", "General Motors", False, False)],
         [("Assembly workers", "United Auto Workers")]),
        # guards: a pronoun's offer reported by another named speaker is another one's;
        # reported by the same one it is still that one's
        ("Siemens made an offer for Alstom. Hitachi said it would make a rival offer. "
         "Alstom welcomed the offer.", [], [("Alstom", "Siemens"), ("Alstom", "Hitachi")]),
        ("Siemens made an offer for Alstom. Hitachi said it was preparing its own offer. "
         "Alstom welcomed the offer.", [], [("Alstom", "Siemens"), ("Alstom", "Hitachi")]),
        ("Siemens made an offer for Alstom on Monday. Siemens said it would make a higher "
         "offer if needed. Alstom rejected the offer.",
         [("Alstom", "reject", "Siemens", False, False),
          ("Siemens", "make offer", "Alstom", False, False)], []),
        # an indefinite noun that names again the one just put forward is no new one
        ("Siemens launched a bid for Alstom, an offer that values the company at 10 bln "
         "euros. Alstom's board rejected the offer.",
         [("Alstom's board", "reject", "Siemens", False, False)], []),
        ("Iran accused Iraq of using nerve gas, a charge first made in March. Iraq denied "
         "the charge.",
         [("Iran", "charge", "Iraq", False, False),
          ("Iran", "accuse", "Iraq", False, False),
          ("Iraq", "deny", "Iran", False, False)], []),
    ],
}

BID_TARGET = {
    "bid priced per share, for a company or its stock": [
        ("Ridgeway Foods said it started a cash tender offer of 19 dlrs a share for all "
         "outstanding shares of Sutton Dairies Inc.",
         [("Ridgeway Foods", "start offer", "Sutton Dairies Inc", False, False)], []),
        ("Pioneer Mining Corp launched a tender offer of 14 dlrs a share for Atlas Copper "
         "Inc.",
         [("Pioneer Mining Corp", "launch offer", "Atlas Copper Inc", False, False)], []),
        ("Norsk Hydro made an offer of 80 crowns a share for all shares of Elkem AS.",
         [("Norsk Hydro", "make offer", "Elkem AS", False, False)], []),
        ("Lufthansa began a bid of 12 euros a share in cash for all remaining shares of "
         "Alitalia SpA on Monday.",
         [("Lufthansa", "begin bid", "Alitalia SpA", False, False)], []),
        # guards: an amount of a named thing is still the target; unnamed shares are none
        ("The Senate imposed tariffs on 400 mln dlrs of Chinese steel.",
         [("Senate", "impose tariff", "Chinese steel", False, False)], []),
        ("Vodafone made an offer for the shares.", [], [("Vodafone", "shares")]),
    ],
}

SHIFTED_OBJECT = {
    "object after an 'as' judgement": [
        ("Westbrook Corp said its board rejected as inadequate an unsolicited offer from "
         "Granite Holdings.",
         # (the rejection by its verb alone beside the offer: session 44,
         # tests/test_offers44_proposed.py)
         [("Westbrook Corp", "reject", "Granite Holdings", False, False),
          # the offer was made to Westbrook (session 40, nominal.addressed_offers)
          ("Granite Holdings", "offer", "Westbrook Corp", False, False)], []),
        ("Tokyo dismissed as groundless a report by the Pentagon on missile sales.",
         [("Tokyo", "dismiss report", "Pentagon", False, False)], []),
        ("Ottawa rejected as unacceptable a proposal from Washington on lumber quotas.",
         [("Ottawa", "reject proposal", "Washington", False, False),
          ("Washington", "propose", "Ottawa", False, False)], []),
        ("Israel condemned as hostile the vote by UNESCO.",
         [("Israel", "condemn vote", "UNESCO", False, False)], []),
        # guard: the judgement after the object, as the parser reads it already
        ("Moscow rejected the proposal from Washington as unacceptable.",
         [("Moscow", "reject", "Washington", False, False),
          ("Washington", "propose", "Moscow", False, False)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(SHIFTED_OBJECT))
def test_shifted_object(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(BID_TARGET))
def test_bid_target(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REFERRED_PROPOSAL))
def test_referred_proposal(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REPORTED_RECIPIENT))
def test_reported_recipient(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(SHARED_PRONOUN))
def test_shared_pronoun(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
