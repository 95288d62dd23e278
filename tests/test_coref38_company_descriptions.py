"""Company descriptions that point back to a named company (session 38).

- A description with a nationality ("the Canadian company") fits only an organisation the
  article gives that nationality, in its own phrase ("Canadian miner Teck Andes Gold"), in
  the phrase it is in apposition to ("the Russian firm X") or in its apposition ("X, a
  Norwegian company,") (:meth:`ActorResolver._origin_countries
  <actorgraph.extract.actors.ActorResolver._origin_countries>`); before, an organisation
  had no countries, so "the Canadian company" fitted none. An indefinite "a Canadian
  company", another nationality, or two organisations of the nationality leave it as it is,
  and a nationality in the apposition's "of" phrase is not the name's ("Ostra Bank, a unit
  of the German lender Hanseatic Group,": Ostra Bank is no German bank).
- A name given as a company ("the engineering firm Portalis", "the textile company
  Fiorenza", "Halvorsen Shipping, a Norwegian company,") is an organisation whatever type
  the NER gave it (:func:`~actorgraph.extract.coref.company_named`): "the company" and
  "the firm" point back to it, "she" does not, and of several organisations that fit
  "the company" the one named as a company is meant. Two named as companies leave it as it
  is; a description of another kind ("the party") or the company's rival is not it, and
  the article's main organisation (its first subject) that fits and is not named as a
  company keeps "the company" ("Halden Foods said it agreed to sell its bakeries to
  Norcrest, a privately held Ohio company. The company said ...": not Norcrest).
- A person's name of a given name and more, before which a company head is the person's
  trade ("the Chilean miner Mario Sepulveda", "veteran broadcaster Alan Hartley"), stays a
  person: "He later sued" is still the miner.
- A public administration ("the Federal Railroad Administration") is no company
  (``[public_body_words]``): "the carrier", "the firm" it acts on is the company named.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

_SENTENCES = {
    "a description with a nationality takes the organisation given it": [
        ("Canadian miner Teck Andes Gold reported a loss in March, and Japanese trading house "
         "Marufuji later sued the Canadian company in Tokyo.",
         [("Marufuji", "sue", "Teck Andes Gold", False, False)], []),
        ("German carmaker Rheinwerk Motors opened talks with Korean battery maker Daesung "
         "Cells, and Daesung said it would supply the German company from 2027.",
         [("Daesung", "supply", "Rheinwerk Motors", False, True)], []),
        ("Halvorsen Shipping, a Norwegian company, signed a charter with Stavros Lines. "
         "Stavros Lines later accused the Norwegian company of breaking the charter.",
         [("Stavros Lines", "accuse", "Halvorsen Shipping", False, False)], []),
    ],
    "guard: an indefinite, another nationality, two of the nationality, a parent's": [
        ("Canadian miner Teck Andes Gold signed a deal with Japanese trading house Marufuji; "
         "Marufuji later sued a Canadian company in Tokyo.", [],
         [("Marufuji", "Teck Andes Gold")]),
        ("German carmaker Rheinwerk Motors opened talks with Korean battery maker Daesung "
         "Cells, and Daesung said it would supply the French company from 2027.", [],
         [("Daesung", "Rheinwerk Motors")]),
        ("Canadian miner Teck Andes Gold and Canadian miner Borealis Metals signed deals with "
         "Japanese trading house Marufuji; Marufuji later sued the Canadian company in Tokyo.",
         [], [("Marufuji", "Teck Andes Gold"), ("Marufuji", "Borealis Metals")]),
        ("Ostra Bank, a unit of the German lender Hanseatic Group, was fined by regulators, "
         "and investors later sued the German bank.", [], [("investors", "Ostra Bank")]),
    ],
    "a name given as a company is what the company points back to": [
        ("Prosecutors say the engineering firm Portalis won a road contract in 2019; Senator "
         "Ana Ruiz denies she took money from the company.",
         [("Ana Ruiz", "take from", "Portalis", True, False)], [("Portalis", "money")]),
        ("Auditors found that the software firm Kelvara overbilled the health ministry, and "
         "the minister Joan Pike said she would sue the firm.",
         [("Joan Pike", "sue", "Kelvara", False, True)], []),
        ("Union leader Mara Velez urged workers to boycott the textile company Fiorenza, "
         "saying she would never negotiate with the company.",
         [("Mara Velez", "negotiate with", "Fiorenza", True, True)], []),
    ],
    "guard: another kind, the company's rival, two companies": [
        ("Auditors found that the software firm Kelvara overbilled the health ministry, and "
         "the minister Joan Pike said she would sue the party.", [],
         [("Joan Pike", "Kelvara")]),
        ("Union leader Mara Velez urged workers to boycott the textile company Fiorenza, "
         "saying she would never negotiate with the company's rival.", [],
         [("Mara Velez", "Fiorenza")]),
        ("Regulators fined the engineering firm Portalis and the construction company "
         "Costamar, and a court later cleared the company.", [],
         [("court", "Portalis"), ("court", "Costamar")]),
    ],
    "guard: a given name after a company head that is a trade stays a person": [
        ("Rescuers freed the Chilean miner Mario Sepulveda on Tuesday. He later sued the state "
         "firm Codelco over the collapse.",
         [("Mario Sepulveda", "sue", "Codelco", False, False)], []),
        ("Veteran broadcaster Alan Hartley left the BBC in May. He later accused the BBC of "
         "political bias.",
         [("Alan Hartley", "accuse", "BBC", False, False)], []),
    ],
    "an administration is no company": [
        ("The Food Safety Administration suspended the license of Granja Sol, a poultry "
         "company, and inspectors said the company had sold spoiled meat.",
         [("Granja Sol", "sell", "spoiled meat", False, False)],
         [("Food Safety Administration", "spoiled meat")]),
        ("The National Highway Administration fined Rodovia Express, a bus company, saying "
         "the firm had ignored speed limits on mountain roads.",
         [("Rodovia Express", "ignore", "speed limits on mountain roads", False, False)], []),
        ("The Federal Railroad Administration fined Keystone Rail, a freight carrier, and "
         "said the carrier had falsified inspection records.",
         [("Keystone Rail", "falsify", "inspection records", False, False)],
         [("Federal Railroad Administration", "inspection records")]),
    ],
    "guard: the article's main company, not the one named as a company beside it": [
        ("Halden Foods Inc said it agreed to sell its bakeries to Norcrest, a privately held "
         "Ohio company. The company said it expects to record a gain on the sale.", [],
         [("Norcrest", "gain on sale")]),
        ("Halden Foods Inc said it rejected a bid from Norcrest, a diversified holding "
         "company. The company said it was exploring alternatives.", [],
         [("Norcrest", "alternatives")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
