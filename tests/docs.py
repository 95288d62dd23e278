"""Hand-built parsed Docs for model-free extraction tests (as in spaCy's own tests)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

_VOCAB = spacy.blank("en").vocab
_NO_SPACE_BEFORE = frozenset({"'s", "'", ",", ".", ")", ";", ":", "!", "?"})


def parse(text: str, rows: str, *, ents: dict[str, str] | None = None,
          spaces: list[bool] | None = None) -> Doc:
    """Build a parsed Doc from a compact table.

    ``text`` is the sentence, tokens separated by spaces; ``rows`` has one line per
    token: ``HEAD_INDEX DEP POS LEMMA [TAG]``. ``ents`` maps an entity's words (as
    they appear in ``text``) to its label; ``spaces`` (whether a space follows each
    token) overrides the default spacing.
    """
    words = text.split(" ")
    lines = [line.split() for line in rows.strip().splitlines()]
    assert len(lines) == len(words), (len(lines), len(words))
    heads = [int(line[0]) for line in lines]
    deps = [line[1] for line in lines]
    pos = [line[2] for line in lines]
    lemmas = [line[3] for line in lines]
    tags = [line[4] if len(line) > 4 else "" for line in lines]
    iob = ["O"] * len(words)
    for phrase, label in (ents or {}).items():
        span = phrase.split(" ")
        for i in range(len(words) - len(span) + 1):
            if words[i:i + len(span)] == span:
                iob[i] = f"B-{label}"
                for j in range(i + 1, i + len(span)):
                    iob[j] = f"I-{label}"
    # no space before closing punctuation and clitics, nor after an opening bracket
    spaces_given = spaces
    spaces = [not (i + 1 < len(words) and words[i + 1] in _NO_SPACE_BEFORE) and w != "("
              for i, w in enumerate(words)]
    spaces[-1] = False
    if spaces_given is not None:
        spaces = spaces_given
    doc = Doc(_VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              tags=[t or p for t, p in zip(tags, pos, strict=True)], ents=iob)
    return doc
