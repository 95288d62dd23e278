"""A definite description takes the name given with its own head word ("the Los Lobos
gang ... the gang", "the town of Mocimboa da Praia ... the town", "the government of Samoa
... the government"), whatever type the NER gave the name; a place or nationality before
the noun ("the USA firm eTranslate") is only where it is from. And in the passive, forces
sent somewhere are to do what the purpose infinitive says ("Rwandan troops are being sent
to retake the town": hedged), not someone detained ("was detained to stop X")."""

from __future__ import annotations

import pytest
from actorgraph.extract.actors import ActorResolver
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def resolved(doc, i):
    m = ActorResolver(doc).resolve(doc[i])
    return None if m is None else m.label


def test_the_gang_is_the_name_given_with_gang():
    # the NER typed the gang's name a person
    doc = parse("police held Los Lobos gang leader Ruiz . the gang planned attacks", """
        1 nsubj NOUN police NNS
        1 ROOT VERB hold VBD
        3 compound PROPN Los NNP
        5 compound PROPN Lobos NNP
        5 compound NOUN gang NN
        6 compound NOUN leader NN
        1 dobj PROPN Ruiz NNP
        1 punct PUNCT . .
        9 det DET the DT
        10 nsubj NOUN gang NN
        10 ROOT VERB plan VBD
        10 dobj NOUN attack NNS
    """, ents={"Los Lobos": "PERSON", "Ruiz": "PERSON"})
    assert resolved(doc, 9) == "Los Lobos"


def test_the_town_is_the_name_of_its_of_phrase():
    doc = parse("rebels took the town of Palma near Pemba . troops retook the town", """
        1 nsubj NOUN rebel NNS
        1 ROOT VERB take VBD
        3 det DET the DT
        1 dobj NOUN town NN
        3 prep ADP of IN
        4 pobj PROPN Palma NNP
        3 prep ADP near IN
        6 pobj PROPN Pemba NNP
        1 punct PUNCT . .
        10 nsubj NOUN troop NNS
        10 ROOT VERB retake VBD
        12 det DET the DT
        10 dobj NOUN town NN
    """, ents={"Palma": "PERSON", "Pemba": "GPE"})
    assert resolved(doc, 12) == "Palma"


def test_a_place_before_the_noun_is_only_where_it_is_from():
    # "the USA firm eTranslate ... the firm": not the USA
    doc = parse("Tseng admired the USA firm eTranslate . the firm grew", """
        1 nsubj PROPN Tseng NNP
        1 ROOT VERB admire VBD
        5 det DET the DT
        4 compound PROPN USA NNP
        5 compound NOUN firm NN
        1 dobj PROPN eTranslate NNP
        1 punct PUNCT . .
        8 det DET the DT
        9 nsubj NOUN firm NN
        9 ROOT VERB grow VBD
    """, ents={"Tseng": "PERSON", "USA": "GPE", "eTranslate": "ORG"})
    assert resolved(doc, 8) != "USA"


def test_forces_sent_do_the_purpose_but_not_someone_detained():
    doc = parse("Kenyans were sent to retake Kismayo", """
        2 nsubjpass PROPN Kenyans NNPS
        2 auxpass AUX be VBD
        2 ROOT VERB send VBN
        4 aux PART to TO
        2 advcl VERB retake VB
        4 dobj PROPN Kismayo NNP
    """, ents={"Kenyans": "NORP", "Kismayo": "GPE"})
    assert ("Kenyans", "retake", "Kismayo") in {
        (t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}
    doc = parse("Ruto was detained to silence Kenyans", """
        2 nsubjpass PROPN Ruto NNP
        2 auxpass AUX be VBD
        2 ROOT VERB detain VBN
        4 aux PART to TO
        2 advcl VERB silence VB
        4 dobj PROPN Kenyans NNPS
    """, ents={"Ruto": "PERSON", "Kenyans": "NORP"})
    assert not any(t.subject.text == "Ruto" for t in all_triples(doc))


REAL_SENTENCES = {
    "a description takes the name given with its word": [
        ("Haitian police clash with the 400 Mawozo gang in Port-au-Prince. The gang "
         "kidnapped 17 American missionaries.",
         [("Mawozo", "kidnap", "American missionaries", False, False)], []),
        ("Ecuadorian police arrest Los Lobos gang leader Wilmer Chavarria in Guayaquil. "
         "The minister says the gang had planned to kill a senator.",
         [("Los Lobos", "plan to kill", "senator", False, True)], []),
        ("Insurgents attack the town of Mocimboa da Praia in Cabo Delgado province. "
         "Rwandan troops retake the town.",
         [("Rwanda", "retake", "Mocimboa da Praia", False, False)], []),
    ],
    "'the gang' of no gang named before stays a concept": [
        ("Police say the gang kidnapped two Chinese engineers in Port Harcourt.",
         [("gang", "kidnap", "Chinese engineers", False, False)], []),
    ],
    "forces sent in the passive do the purpose, hedged": [
        ("Kenyan troops are being sent to retake Kismayo from al-Shabaab.",
         [("Kenya", "retake", "Kismayo", False, True)], []),
        ("American marines were deployed to protect the embassy in Kabul.",
         [("American marines", "protect", "embassy in Kabul", False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
