"""Definite descriptions that point back to an earlier mention (session 36).

- A bare definite description takes the one earlier phrase with its head whose owner is
  a pronoun the article resolves (:meth:`ActorResolver._same_head_antecedent
  <actorgraph.extract.actors.ActorResolver._same_head_antecedent>`): "Reynard Foods said
  *its board* rejected the offer. *The board* said it had retained Salomon Brothers" is
  Reynard's board (which stands for Reynard, as "its board" does); two owners ("Acme's
  board ... Widget's board ... the board") leave it as it is.
- A subject "the company" that two organisations named in the window fit is the
  article's main organisation when that is the only fitting subject and the first
  organisation the article made a subject (:meth:`Coreference._main_subject
  <actorgraph.extract.coref.Coreference._main_subject>`): "Nordstahl AG said it raised its
  stake in Amerivalve Corp. *The company* ... said" is Nordstahl; never one named only as
  what is acted on, nor when two were subjects, nor for an object description, nor when
  the window introduced an unnamed one ("*A group* including X and Y said ... *the group*":
  that group, :func:`~actorgraph.extract.coref.indefinite`), nor when a name owns the
  speaker ("A Regal spokesman said the company").
- A subject organisation description in what a person says whose title a named
  organisation owns is that organisation (:meth:`Coreference._speakers_organisation
  <actorgraph.extract.coref.Coreference._speakers_organisation>`): "A *Regal* spokesman said
  *the company* had not seen the suit", "*Hargrove* president Lyle Turner said *the
  company* ...", "A Polaris spokesman declined comment, saying *the company* ...".
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

_SENTENCES = {
    "a description takes the earlier phrase its pronoun owner names": [
        ("Reynard Foods Inc said its board rejected a takeover offer. The board said it had "
         "retained Salomon Brothers Inc to explore alternatives.",
         [("Reynard Foods Inc", "retain", "Salomon Brothers Inc", False, False)], []),
        ("Codelco said its workers had walked off the job at the El Teniente mine. The "
         "workers blocked the access road on Tuesday.",
         [("Codelco's workers", "block", "access road", False, False)], []),
        ("Samsung said its lawyers had filed an appeal in Seoul. The lawyers accused Apple "
         "of copying the design.",
         [("Samsung's lawyers", "accuse", "Apple", False, False)], []),
        ("Acme Corp said its board approved the sale. Widget Inc said its board rejected it. "
         "The board hired Goldman Sachs.", [],
         [("Acme Corp", "Goldman Sachs"), ("Widget Inc", "Goldman Sachs")]),
        ("Zenith Mining said the board approved the sale. The board hired Goldman Sachs.", [],
         [("Zenith Mining", "Goldman Sachs")]),
    ],
    "the company is the article's main organisation": [
        ("Nordstahl AG said it raised its stake in Amerivalve Corp. The company, based in "
         "Duesseldorf, said it bought the shares from Krupp.",
         [("Nordstahl AG", "buy from", "Krupp", False, False)], [("Amerivalve Corp", "Krupp")]),
        ("Halstead Group Inc said it began a tender offer for Cordray Machine Co. The company "
         "also sued Cordray in federal court.",
         [("Halstead Group Inc", "sue", "Cordray Machine Co.", False, False)], []),
        ("Airbus said it would supply 40 jets to Qantas. The company also signed a "
         "maintenance deal with Lufthansa.",
         [("Airbus", "sign deal", "Lufthansa", False, False)], [("Qantas", "Lufthansa")]),
        ("Acme Corp agreed to buy Widget Inc. Widget Inc said it would fight the bid. The "
         "company sued Acme Corp.", [], [("Widget Inc", "Acme Corp"), ("Acme Corp", "Acme Corp")]),
        ("Nordstahl AG raised its stake in Amerivalve Corp. Analysts expect Krupp to bid for "
         "the company.", [], [("Krupp", "Nordstahl AG"), ("Krupp", "Amerivalve Corp")]),
        ("Westbury Foods Inc said it sued Regal Baking Co over its bid. A Regal spokesman "
         "said the company had hired Lazard to fight the suit.", [],
         [("Westbury Foods Inc", "Lazard")]),
        ("Alamo National Bank said it sued Hargrove Oil and Gas Co and Texas Drilling Corp. "
         "Hargrove president Lyle Turner said the company had hired Baker Botts.", [],
         [("Alamo National Bank", "Baker Botts")]),
        ("A group including managers of Whitcombe Stores Inc and the investment firm Forstmann "
         "Greer Partners said it offered to buy the chain. Whitcombe chairman Harold Pritzker "
         "said the group had received commitments from Chemical Bank.", [],
         [("Forstmann Greer Partners", "Chemical Bank"),
          ("Whitcombe Stores Inc", "Chemical Bank")]),
        ("A company owned by Siemens and the investment firm Blackstone said it had bought a "
         "stake in Alstom. The company received loans from Deutsche Bank.", [],
         [("Siemens", "Deutsche Bank"), ("Blackstone", "Deutsche Bank")]),
    ],
    "the company in the words of someone its name titles is that one": [
        ("Westbury Foods Inc said it sued Regal Baking Co over its bid. A Regal spokesman "
         "said the company had hired Lazard to fight the suit.",
         [("Regal Baking Co", "hire", "Lazard", False, False)],
         [("Westbury Foods Inc", "Lazard")]),
        ("Alamo National Bank sued Hargrove Oil and Gas Co over defaulted loans. Hargrove "
         "president Lyle Turner said the company had repaid the loans.",
         [("Hargrove Oil and Gas Co", "repay", "defaulted loans", False, False)],
         [("Alamo National Bank", "loans")]),
        ("Greenpeace activists boarded a Shell oil rig in the North Sea. A Shell spokeswoman "
         "said the company had called the coast guard.",
         [("Shell", "call", "coast guard", False, False)], [("Greenpeace", "coast guard")]),
        ("Granger Partners began a tender offer for Westlake Foods Inc. A Westlake spokesman "
         "declined comment, saying the company would study the offer.",
         # (session 46: the label names not its own subject, actors.without_own_side)
         [("Westlake Foods Inc", "study", "tender offer", False, True)],
         [("Granger Partners", "offer")]),
        ("Granger Partners began a tender offer for Westlake Foods Inc. A Granger spokesman "
         "said the suit was a delaying tactic and denied that the group had violated "
         "securities laws.", [("Granger Partners", "violate", "securities laws", True, False)],
         [("Westlake Foods Inc", "securities laws")]),
        ("Rapid Support Forces fighters shelled the El Obeid airport; the Sudanese Armed "
         "Forces say the paramilitary group is preparing to advance on Kosti.", [],
         [("Sudanese Armed Forces", "Kosti")]),
        ("Rapid Support Forces fighters shelled the El Obeid airport. The Sudanese Armed "
         "Forces say the group is preparing to advance on Kosti.", [],
         [("Sudanese Armed Forces", "Kosti")]),
        ("Westbury Foods Inc said it sued Regal Baking Co over its bid. A Regal spokesman "
         "said the government had approved the deal.", [],
         [("Regal Baking Co", "deal"), ("Westbury Foods Inc", "deal")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
