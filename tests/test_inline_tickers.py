"""Inline marks and datelines are removed from the parsed text; every offset stays the
original's.

``extract.news.scan`` finds tickers ("Beatrice Cos <BRY> said", "Exxon Mobil (NYSE: XOM)
said"), credits and captions inside a line of prose, and the dateline, agency credit or
wire slug that opens a line of prose ("LONDON, March 2 (Reuters) - The bank ..."); the
text the model parses has them
removed with the spaces around them (one space kept between two words, none before a
closing mark), so the parse is the parse of the text without them. ``OffsetMap`` maps
the parsed text's offsets back to the original's; ``extract.pipeline._joined`` applies it
to every offset of a result (sentences, mentions, sides of triples), and each sentence
reports the original's text, ticker and all. A name ends where a ticker was removed
("Consolidated Resources Ltd <CRL> of Toronto").
"""

from __future__ import annotations

import re

import pytest
import spacy
from actorgraph.extract.actors import whole_names
from actorgraph.extract.news import OffsetMap, scan
from actorgraph.extract.pipeline import Extractor, names_end_at
from spacy.tokens import Doc

from actorgraph.records import Article

# -- the offset map ------------------------------------------------------------------


def _checked(text: str) -> str:
    """The parsed text of ``text``, after checking that its map is exact: each character
    of the parsed text is the masked text's character at its original offset, and an
    end offset is one past the start offset of the character before it."""
    layout = scan(text)
    parsed, offsets = layout.parsed, layout.offsets
    for i, char in enumerate(parsed):
        start = offsets.to_original(i)
        assert layout.masked[start] == char, (i, char, start)
        assert offsets.to_original(i + 1, end=True) == start + 1
    assert offsets.to_original(len(parsed), end=True) <= len(text)
    return parsed


@pytest.mark.parametrize(("text", "parsed"), [
    # inside a clause: one space stays between the words
    ("Beatrice Cos <BRY> said it sold its Avis unit.", "Beatrice Cos said it sold its Avis unit."),
    # before a mark: the space goes too
    ("It sold the unit to Kidde Inc <KDE>, the maker, for 300 mln dlrs.",
     "It sold the unit to Kidde Inc, the maker, for 300 mln dlrs."),
    ("Halden agreed to buy Kidde Inc <KDE>.", "Halden agreed to buy Kidde Inc."),
    ("Halden bought Kidde Inc <KDE>'s unit.", "Halden bought Kidde Inc's unit."),
    # at the start and at the end of a line
    ("<BRY> said it sold the unit.\nIt sold it to Kidde Inc <KDE>\nfor cash.",
     "said it sold the unit.\nIt sold it to Kidde Inc\nfor cash."),
    # two tickers, and two side by side
    ("Allied Corp <ALD> will merge with Signal Cos <SGN> soon.",
     "Allied Corp will merge with Signal Cos soon."),
    ("Royal Dutch Shell <SHEL.L> <SHEL.AS> fell.", "Royal Dutch Shell fell."),
    # escaped as in SGML copy
    ("Beatrice Cos &lt;BRY&gt; said it and Kidde &lt;KDE> agreed.",
     "Beatrice Cos said it and Kidde agreed."),
    # modern forms, a caption and a credit inside the line
    ("Exxon Mobil Corp (NYSE: XOM) and Shell (SHEL.L) said they would cut jobs.",
     "Exxon Mobil Corp and Shell said they would cut jobs."),
    ("Protesters marched (Photo: Jane Doe/Reuters) through the city.",
     "Protesters marched through the city."),
    # glued to its words: a space stays
    ("Kidde Inc<KDE>said it agreed.", "Kidde Inc said it agreed."),
    # no inline mark: the text as it is
    ("Israel struck Gaza on Sunday.", "Israel struck Gaza on Sunday."),
])
def test_inline_marks_are_removed(text, parsed):
    assert _checked(text) == parsed


def test_whole_lines_stay_blanked():
    text = ("LONDON, March 2 (Reuters) - Exxon Mobil Corp (NYSE: XOM) said it would cut jobs."
            "\n(Reporting by Jane Doe; Editing by John Roe)")
    parsed = _checked(text)
    # the dateline before the prose and the ticker are removed, the credit line blanked
    assert parsed.split("\n")[0] == "Exxon Mobil Corp said it would cut jobs."
    assert parsed.split("\n")[1].strip() == ""
    assert len(parsed) == len(text) - len("LONDON, March 2 (Reuters) - ") - len(" (NYSE: XOM)")


@pytest.mark.parametrize(("text", "parsed"), [
    # a dateline, with or without its agency, opening a line of prose: removed
    ("LONDON, March 2 (Reuters) - The bank raised rates.", "The bank raised rates."),
    ("BEIRUT, July 28 (AP) \u2014 Hezbollah fired rockets.", "Hezbollah fired rockets."),
    ("MANSFIELD, Ohio, March 3 - Police in the town arrested two men.",
     "Police in the town arrested two men."),
    # a wire slug, and the ticker after it
    ("UPDATE 2-Shell <SHEL.L> said it would sell.", "Shell said it would sell."),
    # a dateline line with no prose after it stays blanked
    ("MINNEAPOLIS, April 14 -\nShr 62 cts vs 55 cts", " " * 23 + "\n" + " " * 20),
])
def test_marks_opening_a_line_of_prose_are_removed(text, parsed):
    assert _checked(text) == parsed


def test_no_inline_mark_is_the_identity():
    text = "Shr 22 cts vs 50 cts\nNATO said it would act.\nBy Jane Doe"
    layout = scan(text)
    assert layout.parsed == layout.masked and not layout.offsets
    assert [layout.offsets.to_original(i) for i in (0, 5, len(text))] == [0, 5, len(text)]


def test_start_and_end_offsets_at_a_removal():
    text = "Beatrice Cos <BRY> said"
    layout = scan(text)
    point = layout.parsed.index("said")  # "Beatrice Cos said": the ticker went before it
    assert layout.offsets.points == (point,)
    # as the end of what precedes, the point is before the ticker; as the start of what
    # follows, after it
    assert text[:layout.offsets.to_original(point, end=True)] == "Beatrice Cos "
    assert text[layout.offsets.to_original(point):] == "said"


def test_the_map_within_a_part():
    offsets = OffsetMap((5, 20, 40), (6, 12, 20))
    assert offsets.within(0, 100) == (5, 20, 40)
    assert offsets.within(10, 40) == (10,)
    assert offsets.within(41, 100) == ()


def test_many_marks_keep_the_map_exact():
    text = " ".join(f"Firm{i} Inc <F{i}> said, and Unit{i} (NYSE: U{i}) agreed." for i in range(50))
    parsed = _checked(text)
    assert "<" not in parsed and "NYSE" not in parsed
    assert len(scan(text).offsets.points) == 100


# -- names end at a removed ticker ---------------------------------------------------------

_VOCAB = spacy.blank("en").vocab


def test_an_entity_ends_at_a_removed_ticker():
    doc = Doc(_VOCAB, words=["Acme", "Corp", "of", "Toronto", "said"],
              ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"])
    assert names_end_at(doc, (10,)) == frozenset({2})
    assert [(e.text, e.label_) for e in doc.ents] == [("Acme Corp", "ORG")]


@pytest.mark.parametrize("breaks", [(), (4,), (15,)])
def test_an_entity_without_a_removal_inside_stays(breaks):
    # no break, one before the entity, one after it
    doc = Doc(_VOCAB, words=["Then", "Acme", "Corp", "said", "so"],
              ents=["O", "B-ORG", "I-ORG", "O", "O"])
    names_end_at(doc, breaks)
    assert [(e.text, e.label_) for e in doc.ents] == [("Acme Corp", "ORG")]


def test_a_name_runs_on_through_of_only_without_a_stop():
    doc = Doc(_VOCAB, words=["Hale", "Corp", "of", "Ohio", "said"],
              heads=[1, 4, 1, 2, 4], deps=["compound", "nsubj", "prep", "pobj", "ROOT"],
              pos=["PROPN", "PROPN", "ADP", "PROPN", "VERB"],
              ents=["B-ORG", "I-ORG", "O", "B-GPE", "O"])
    assert [e.text for e in whole_names(doc)] == ["Hale Corp of Ohio"]
    assert [e.text for e in whole_names(doc, frozenset({2}))] == ["Hale Corp", "Ohio"]


# -- the pipeline --------------------------------------------------------------------------

#: Hand-written articles with inline tickers (1987 Reuters copy and modern wire styles).
ARTICLES = [
    "Dalton Cos <DLC> sold its Ryder unit to Kessel Capital for 140 mln dlrs.",
    "WASHINGTON, Nov 4 - The Justice Department said it sued to block the proposed 210 "
    "mln dlr acquisition of Granby Instruments Inc <GRI> by Halcott Electronics Corp, "
    "saying the deal would cut competition.\nHalcott said it would fight the suit.\nReuter",
    "NEW YORK, March 4 - Harwell Foods Inc <HWF> said it agreed to sell its frozen "
    "vegetable unit to Dunmore Brands Corp <DUNB> for 212 mln dlrs in cash.\n"
    "Harwell said the sale, which its board approved on Tuesday, would let it cut debt. "
    "Dunmore said it expects to close the deal by June.\nReuter",
    "CHICAGO, April 9 - Talbot Steel Co <TSC>, the fourth largest U.S. steelmaker, said "
    "it sued Marrow Coal Inc <MCI> in federal court, charging that the coal company broke "
    "a 10-year supply contract.\nMarrow &lt;MCI> said it would contest the suit.\nReuter",
    "LONDON, Sept 9 (Reuters) - Exxon Mobil Corp (NYSE: XOM) agreed to buy a stake in "
    "a North Sea field from Shell <SHEL.L> for $1.2 billion, the companies said on "
    "Tuesday.\nShell said the sale was part of its plan to sell mature assets. "
    "(Reporting by Jane Doe; Editing by John Roe)",
    "TOKYO, Oct 2 (Reuters) - Toyota Motor Corp (7203.T) said it would invest $2 billion "
    "in a battery plant in North Carolina, and Panasonic Holdings (6752.T) said it "
    "would supply the cells.\nThe Japanese government welcomed the plan.",
]
_TICKER = re.compile(r" ?(?:<[A-Z0-9.]+>|&lt;[A-Z]+(?:&gt;|>)|\((?:NYSE: [A-Z]+|\d+\.T)\))")


def _plain(text: str) -> str:
    return _TICKER.sub("", text)


def _keys(result) -> list[tuple]:
    return sorted((t.subject.label, t.relation.label, t.object.label, t.negated, t.hedged,
                   _plain(t.sentence)) for t in result.triples)


def _offsets_hold(result, text: str) -> None:
    for t in result.triples:
        assert text[t.char_start:t.char_end] == t.sentence
        for side in (t.subject, t.object, t.attributed_to, t.place):
            if side is not None:
                assert text[side.start:side.end] == side.text, side
    for m in result.mentions:
        assert text[m.start:m.end] == m.text, m


@pytest.mark.model
@pytest.mark.parametrize("text", ARTICLES, ids=[t[:12] for t in ARTICLES])
def test_tickers_do_not_change_the_triples(extractor, text):
    plain = _plain(text)
    assert plain != text
    with_tickers, without = extractor.extract([Article("a", text), Article("a", plain)])
    assert with_tickers.triples, "the article gives triples"
    assert _keys(with_tickers) == _keys(without)
    _offsets_hold(with_tickers, text)
    _offsets_hold(without, plain)
    # the sentence is the original's, ticker and all
    assert any(_TICKER.search(t.sentence) for t in with_tickers.triples)


#: Leads whose first word the dateline used to follow: the same triples with and without it.
DATELINED = [
    ("DHAKA, March 5 (Reuters) - ", "Police in the capital fired tear gas at striking "
     "textile workers on Thursday, injuring at least 30 people, witnesses said."),
    ("TOLEDO, Ohio, June 2 - ", "Harmon Steel Corp said it will close its mill in "
     "Defiance by the end of the year, eliminating 400 jobs."),
    ("LIMA, Peru, Nov 12 (AP) \u2014 ", "Rebels of the Tupac Amaru movement dynamited four "
     "electricity pylons near Huancayo overnight, police said."),
    ("UPDATE 1-", "Gunmen kidnapped two aid workers from a clinic in the north of the "
     "country on Monday, the charity that employs them said."),
]


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body"), DATELINED, ids=[d[:8] for d, _ in DATELINED])
def test_a_dateline_does_not_change_the_triples(extractor, dateline, body):
    with_dateline, without = extractor.extract([Article("a", dateline + body),
                                                Article("a", body)])
    assert with_dateline.triples, "the article gives triples"
    assert _keys(with_dateline) == _keys(without)
    _offsets_hold(with_dateline, dateline + body)
    # the sentence is the body's: the dateline is no part of it, nor any participant
    assert all(t.sentence == t.sentence.lstrip() and t.char_start >= len(dateline)
               for t in with_dateline.triples)


@pytest.mark.model
def test_offsets_hold_across_parts(nlp):
    text = "\n\n".join(ARTICLES[:5])
    whole = Extractor(nlp=nlp)
    parts = Extractor(nlp=nlp, part_chars=300)
    (one,) = whole.extract([Article("a", text)])
    (split,) = parts.extract([Article("a", text)])
    (plain,) = parts.extract([Article("a", _plain(text))])
    _offsets_hold(one, text)
    _offsets_hold(split, text)
    assert split.triples and _keys(split) == _keys(plain)


@pytest.mark.model
def test_repeated_runs_are_identical(extractor):
    articles = [Article(f"a{i}", text) for i, text in enumerate(ARTICLES)]
    first = [repr(r) for r in extractor.extract(articles)]
    assert first == [repr(r) for r in extractor.extract(articles)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("Apex Mining Corp said it sold its smelter to Consolidated Resources Ltd <CRL> of "
     "Toronto for 40 mln dlrs.", "Consolidated Resources Ltd"),
    ("Hale Industries Inc <HALE> of Cleveland said it acquired Brixton Tool Co.",
     "Hale Industries Inc"),
    ("Dorset Savings Bank (NYSE: DSB) of Maine agreed to buy Pell Trust Co.",
     "Dorset Savings Bank"),
])
def test_a_name_ends_at_its_ticker(extractor, text, name):
    (result,) = extractor.extract([Article("a", text)])
    labels = {side.label for t in result.triples for side in (t.subject, t.object)}
    assert name in labels, labels
    _offsets_hold(result, text)
