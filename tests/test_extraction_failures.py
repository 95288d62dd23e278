"""A text whose extraction fails is one reported problem; the other texts are processed."""

from __future__ import annotations

import pytest
from actorgraph.extract import pipeline
from actorgraph.extract.pipeline import Extractor

from actorgraph.readers import InputError
from actorgraph.records import Article

pytestmark = pytest.mark.model


@pytest.fixture()
def failing_on_goma(monkeypatch):
    """``extract_doc`` failing (as a defect would) on any text that mentions Goma."""
    real = pipeline.extract_doc

    def extract_doc(doc, article, **options):
        if "Goma" in doc.text:
            raise RuntimeError("the parse tree is in an invalid state\nplease report it")
        return real(doc, article, **options)

    monkeypatch.setattr(pipeline, "extract_doc", extract_doc)


ARTICLES = [Article("a", "Israel struck Gaza on Monday."),
            Article("b", "M23 rebels seized Goma.", source="feed.jsonl:2"),
            Article("c", "Kenya deported two activists.")]


def test_the_failing_text_is_a_one_line_problem_and_the_rest_is_processed(
        nlp, failing_on_goma):
    problems = []
    results = list(Extractor(nlp=nlp).extract(ARTICLES, on_error=problems.append))
    assert [r.article.id for r in results] == ["a", "c"]
    assert [str(p) for p in problems] == [
        "feed.jsonl:2: extraction failed (RuntimeError: the parse tree is in an invalid "
        "state), skipped"]
    assert results[1].triples  # the text after the failure still gives its triples


def test_by_default_the_failure_is_raised_as_an_input_error(nlp, failing_on_goma):
    with pytest.raises(InputError, match="extraction failed") as caught:
        list(Extractor(nlp=nlp).extract(ARTICLES))
    assert isinstance(caught.value.__context__, RuntimeError)


def test_a_long_article_failing_in_one_part_is_skipped_whole(nlp, failing_on_goma):
    # parts of at most 60 characters: the failure is in the second of four
    long = Article("long", "Israel struck Gaza on Monday.\n\nM23 rebels seized Goma.\n\n"
                           "Rwanda denied backing them.\n\nThe UN condemned the attack.")
    problems = []
    results = list(Extractor(nlp=nlp, part_chars=40).extract(
        [long, ARTICLES[2], ARTICLES[0]], on_error=problems.append))
    assert [r.article.id for r in results] == ["c", "a"]
    assert len(problems) == 1 and str(problems[0]).startswith("long: extraction failed")
