"""Named sides a main wire triple missed (session 40).

* a role noun with an "of" phrase followed by a person's name between commas is that
  person, wherever the parser hung the name: on the verb ("sentenced the former director
  of the station, NAME, to ten years": a ``npadvmod``) or on the "of" phrase's noun
  (:meth:`~extract.actors.ActorResolver._set_off_holder`); a singular noun of a person
  ("engineer", "lawyer") holds its role as the role words do
  (:func:`~extract.actors._role_noun`). Not when another person's noun is in the phrase
  ("the lawyer of the opposition leader, X": X may be the leader), nor when the name is
  the subject of a verb of its own (", X said"), nor a name run together with a person's
  noun that is no role word ("the mother of prisoner X" is not X);
* a noun of accusing whose agent is named ("by Athens", also hung on the verb) and
  that the accused denies: "Ankara rejected accusations by Athens" -> Athens accuse
  Ankara (:func:`~extract.rules.nominal.denying_accused`); its "that" clause, which the
  parser hangs on the verb of denying, names the accused
  (:func:`~extract.rules.nominal.accused_in_clause`): "denied charges by Colombia that
  it shelters rebels" -> Colombia charge Venezuela. A noun spelt as its verb
  ("charges") is that verb. Only nouns of accusing proper
  (:data:`~extract.lexicon.DENIED_ACCUSING_VERBS`): a judge who dismisses a lawsuit is
  not sued, nor is a court that dismisses charges charged; nor is one who welcomes an
  accusation accused;
* an offer, bid or proposal "from" a named maker that the subject of a reacting verb
  rejects, accepts or receives was made to that subject: "Peru rejected a
  peace proposal from Ecuador" -> Ecuador propose Peru
  (:func:`~extract.rules.nominal.addressed_offers`); not one "for" a named party (the
  party it is for), and one not received was not made (negated); one that a third party
  judges ("reviewed", "welcomed", "weighed") was not made to that party.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import cases, check_construction, check_labels

SET_OFF_HOLDERS = {
    "role noun's name hung on the verb": [
        ("Prosecutors charged the chief financial officer of the bank, Maria Lopez, with "
         "fraud on Tuesday.",
         [("prosecutors", "charge", "Maria Lopez", False, False)],
         [("prosecutors", "chief financial officer of bank")]),
        ("Police arrested the mayor of the town, John Smith, on Monday.",
         [("police", "arrest", "John Smith", False, False)],
         [("police", "mayor of town")]),
    ],
    "person noun's name hung on the verb": [
        ("Regulators fined the chief engineer of the refinery, Hans Weber, after the "
         "explosion.",
         [("regulators", "fine", "Hans Weber", False, False)],
         []),
        ("A court jailed the chief engineer of the mine, Li Wei, and two foremen for five "
         "years.",
         [("court", "jail", "Li Wei", False, False)],
         [("court", "chief engineer of mine")]),
        ("Police detained the chief engineer of the plant, Tomas Novak, and his deputy "
         "after the blast.",
         [("police", "detain", "Tomas Novak", False, False)],
         [("police", "chief engineer of plant")]),
    ],
    "person noun's name hung on the 'of' phrase": [
        ("A regional court fined the former chief engineer of the plant, Dmitri Orlov, for "
         "safety breaches.",
         [("regional court", "fine", "Dmitri Orlov", False, False)],
         [("regional court", "chief engineer of plant")]),
    ],
    # guards: the name is someone else's, or says something of its own
    "name of another person's noun": [
        ("Rebels kidnapped the lawyer of the opposition leader, Carlos Mendez, in the "
         "capital.",
         [("rebels", "kidnap", "lawyer of opposition leader", False, False)],
         [("rebels", "Carlos Mendez")]),
        ("Protesters attacked the driver of the minister, Ali Reza, and his guards.",
         [],
         [("protesters", "Ali Reza")]),
    ],
    "name that is a speaker": [
        ("Police arrested the mayor of the town, John Smith said on Monday.",
         [("police", "arrest", "mayor of town", False, False)],
         [("police", "John Smith")]),
    ],
}

#: Rows of relation labels (:func:`tests.constructions.check_labels`): the denier's own
#: reaction ("reject accusation" -> Athens) stays beside the accusation.
DENIED_ACCUSATIONS = {
    "accusation denied by the accused": [
        ("Ankara rejected accusations by Athens.",
         [("Athens", "accusation", "Ankara")],
         []),
        ("Israel dismissed accusations by Iran that it sabotaged the Natanz plant.",
         [("Iran", "accusation", "Israel")],
         []),
    ],
    "charges by X that Y": [
        ("Venezuela has denied charges by Colombia that it shelters rebels.",
         [("Colombia", "charge", "Venezuela")],
         []),
        ("The Philippines denied charges by Beijing that its coast guard rammed a Chinese "
         "vessel.",
         [("Beijing", "charge", "Philippines")],
         []),
    ],
    # guards: not denied, or no accusation proper
    "accusation welcomed": [
        ("Kenya welcomed accusations by Uganda.",
         [],
         [("Uganda", "Kenya")]),
    ],
    "accused 'it' not the plural denier": [
        ("Kyiv's allies rejected accusations by Moscow that it had shelled the dam.",
         [],
         [("Moscow", "Kyiv's allies")]),
        ("Turkey's partners rejected accusations by Damascus that it was arming the rebels.",
         [],
         [("Damascus", "Turkey's partners")]),
    ],
    "charges dismissed by a court": [
        ("A federal judge dismissed the charges by prosecutors in Manhattan.",
         [],
         [("prosecutors", "federal judge")]),
    ],
    "lawsuit dismissed by a judge": [
        ("The judge dismissed the lawsuit by Exxon against Greenpeace.",
         [],
         [("Exxon", "judge")]),
    ],
}

#: Rows of relation labels: who made the offer the subject reacts to.
ADDRESSED_OFFERS = {
    "offer from X rejected or received": [
        ("The Greek government rejected a rescue proposal from the International Monetary "
         "Fund.",
         [("IMF", "proposal", "Greece")],
         []),
        ("Peru rejected a peace proposal from Ecuador on Monday.",
         [("Ecuador", "proposal", "Peru")],
         []),
        ("Twitter's board has received a takeover offer from Elon Musk.",
         [("Elon Musk", "offer", "Twitter's board")],
         []),
        ("Acme Corp rejected a bid from Globex Inc for 38 dlrs a share.",
         [("Globex Inc", "bid", "Acme Corp")],
         []),
        # the "from" phrase on the amounts the offer is of
        ("Hungary's state railway rejected an offer of 200 million euros, or about 220 "
         "million dollars, from Siemens AG.",
         [("Siemens AG", "offer", "Hungary's state railway")],
         []),
    ],
    # guards: an offer for a named party is for that party; no offer noun
    "offer for a named party": [
        ("Acme Corp rejected a bid from Globex Inc for Initech.",
         [],
         [("Globex Inc", "Acme Corp")]),
    ],
    "offer judged by a third party": [
        ("EU regulators are reviewing a bid from Vivendi to take control of Telecom Italia.",
         [],
         [("Vivendi", "European Union regulators")]),
        ("Washington welcomed a ceasefire proposal from Qatar.",
         [],
         [("Qatar", "Washington")]),
        ("Analysts weighed the proposal from Boeing.",
         [],
         [("Boeing", "analysts")]),
        ("Regulators in Brussels will consider the bid from Vivendi.",
         [],
         [("Vivendi", "regulators in Brussels")]),
    ],
    "no offer noun": [
        ("Nintendo welcomed the news from Sony.",
         [],
         [("Sony", "Nintendo")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(SET_OFF_HOLDERS))
def test_set_off_holder(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(DENIED_ACCUSATIONS))
def test_denied_accusation(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


def test_no_holder_run_together_with_a_person_noun(extractor):
    """"the mother of prisoner X" is not X (only a role word's "of" phrase runs the
    organisation's name and the holder's together: "the President of FIFA Sepp
    Blatter")."""
    check_labels(extractor, "Questioners included Tobin and the mother of prisoner Ross "
                 "Ulbricht.", [], [("questioners", "include", "Ross Ulbricht")])


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(ADDRESSED_OFFERS))
def test_addressed_offer(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


def test_an_offer_not_received_was_not_made(extractor):
    """"has not received any offer from X": X made none (negated)."""
    (result,) = extractor.extract([Article("t", "Kendall Corp said it has not received any "
                                                 "offer from Siemens AG.")])
    made = [t for t in result.triples
            if (t.subject.label, t.relation.lemma, t.object.label)
            == ("Siemens AG", "offer", "Kendall Corp")]
    assert made and all(t.negated for t in made)
