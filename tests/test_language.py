"""Text in another language than the model's: noticed per article and per sentence."""

from __future__ import annotations

import spacy
from actorgraph.extract.language import foreign_sentence, language_problem
from actorgraph.extract.pipeline import extract_doc
from actorgraph.extract.triples import all_triples

from actorgraph.records import Article
from tests.docs import parse

NLP = spacy.blank("en")


def test_sentences_mostly_in_another_script_are_foreign():
    hindi = "कभी कभी यही fight हम कर रहे थे, की कोई doctor हमें छूता नहीं, देखता नहीं।"
    farsi = "متاسفانه اتفاقی که نباید می‌افتاد، افتاده است و منافع ملی ما بر هر چیزی ارجحیت دارد"
    mixed = "Community को ज़्यादा need यही रहता है।"
    for text in (hindi, farsi, mixed,
                 "Скажем, тюменскую медицину уже пора воспринимать как отрасль."):
        assert foreign_sentence(NLP(text)[:]), text


def test_english_sentences_are_not_foreign_even_with_names_in_other_scripts():
    for text in ("Israel struck Gaza.",
                 "Modi (नरेंद्र मोदी) met Putin (Владимир Путин) in Moscow.",
                 "Putin met Нурсултан Назарбаев.",
                 "Tesco centralized its management in the Central European region, comprising "
                 "Czechia, Hungary, Poland, and Slovakia, but reverted the decision later on.",
                 "AIP Chairman Markham Robinson Image: Markham Robinson."):
        assert not foreign_sentence(NLP(text)[:]), text


def test_a_long_latin_script_sentence_without_english_function_words_is_foreign():
    assert foreign_sentence(NLP("Nuestras acciones estarán dirigidas siempre hacia ese fin "
                                "porque queremos justicia, dignidad, trabajo digno y paz "
                                "duradera.")[:])


def test_a_quoted_sentence_in_another_language_gives_no_triples():
    doc = parse("Israel struck Gaza . Россия атаковала Украину .", """
        1 nsubj PROPN Israel
        1 ROOT VERB strike
        1 dobj PROPN Gaza
        1 punct PUNCT .
        5 nsubj PROPN Россия
        5 ROOT VERB атаковать
        5 dobj PROPN Украину
        5 punct PUNCT .
    """, ents={"Israel": "GPE", "Gaza": "GPE", "Россия": "GPE", "Украину": "GPE"})
    english, russian = doc.sents
    assert list(all_triples(russian))  # the rules alone would read the Russian parse
    result = extract_doc(doc, Article("mixed", doc.text))
    assert result.sentences == 2
    assert [(t.subject.label, t.object.label) for t in result.triples] == [("Israel", "Gaza")]


#: English text dense with names: few function words among many capitalised names
NAME_DENSE = (
    "Péter Magyar's Tisza party defeats Prime Minister Viktor Orbán's Fidesz in Hungary's "
    "parliamentary election, ending 16 years of Fidesz rule; Orbán concedes defeat.",
    "Brazilian President Luiz Inácio Lula da Silva hosts Chinese Premier Li Qiang, Indian "
    "Prime Minister Narendra Modi, South African President Cyril Ramaphosa in Brasília.",
    "Manchester City sign Real Madrid midfielder Federico Valverde, Juventus defender Gleison "
    "Bremer, Atalanta striker Ademola Lookman during January's transfer window.",
)


def test_names_do_not_count_as_words_of_another_language():
    for text in NAME_DENSE:
        doc = NLP(text)
        assert not foreign_sentence(doc[:]), text
        assert language_problem(doc) is None, text


def test_text_of_another_language_is_noticed_whatever_its_names():
    for text in ("Le président Emmanuel Macron a reçu mardi à l'Élysée le chancelier Olaf "
                 "Scholz pour préparer le sommet européen de Bruxelles.",
                 "O presidente Luiz Inácio Lula da Silva recebeu nesta terça-feira em Brasília "
                 "o chanceler Olaf Scholz para discutir o acordo comercial entre os dois blocos.",
                 "El presidente Pedro Sánchez anunció este lunes en Madrid una subida del "
                 "salario mínimo para los trabajadores del campo."):
        assert language_problem(NLP(text)) is not None, text
