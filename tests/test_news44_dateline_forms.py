"""Dateline forms of the wire services that the reader missed (session 44, extract/news.py).

* an abbreviated month's full stop may stand for the space before the day: "WASHINGTON,
  Sept.3 (Reuters) -", "TOKYO, Jan.15 (Kyodo) -";
* a double dateline may space its slash: "NEW YORK / LONDON, Sept 3 (Reuters) -";
* a place and its country or US state on a line of their own, with nothing else, open the
  story as a dateline does ("KYIV, Ukraine", "HOUSTON, Texas", "Lagos, Nigeria"): a full
  US state name is a region as its abbreviation is ("Texas" as "Tex."), read from the
  gazetteer (:func:`~actorgraph.graph.places.is_us_state`); two countries or states on a
  line are a list, not a dateline ("Texas, Oklahoma", "Iran, Iraq", "Hamas, Israel");
* a double hyphen right after a place in capitals ends the dateline, it is no hyphen of
  the name: "WASHINGTON--The Senate ..." (was read as a place "WASHINGTON--T");
* an agency credit after a date, without a place, as Reuters writes stories with no
  dateline city ("Oct 3 (Reuters) - ..."), is masked like "(Reuters) - ..." alone, and
  so is a credit with no dash before the first word, as CNN prints it ("(CNN)The Senate
  ...", which gave the subject "CNNThe Senate");
* a line above a recognised dateline without a final mark is the story's headline, in
  any case, and is not parsed, as a headline in capitals already was not: "Car bomb
  hits Mogadishu" gave the dateline city as a side, "France and Germany agree joint
  purchase" gave France -agree-> Germany; the lead says it again in prose. A line that
  ends as a sentence does ("Kenyan police fired tear gas on Tuesday.") is kept, and so
  is any first line of a story with no dateline below it; a line above that ends with a
  photo credit ("Police guard the palace. (AP Photo/Jane Doe)") is a caption;
* boilerplate lines at the foot: a reporter's contact after a dash with a telephone
  number or an e-mail address, "Follow ... on Twitter", Reuters' "Source text for
  Eikon:", "Further company coverage:", Bloomberg's "To contact the reporter on this
  story: ..." (``extract/data/news.tsv``);
* lines of web copy that are no prose: "Advertisement", "Share this article", "2 min
  read", a rule ("* * *"), and the links to other stories, whose titles would give
  another story's triples as this one's ("Read more: Thailand bans protests",
  "RELATED: ...", "Watch: ..."), BBC's "Image caption, ...", editors' notes; a
  whole-line phrase ("Advertisement", "Share") only as the whole line
  (``boilerplate-line`` in ``extract/data/news.tsv``).

Every article here is written for these tests. The scan tests need no model; the model
tests check that no side of any triple names the dateline city and that the lead still
gives its triple.
"""

from __future__ import annotations

import re

import pytest
from actorgraph.extract.news import scan

from actorgraph.records import Article

#: (article, dateline place, first words of the body the scan must leave whole)
FORMS = {
    "unspaced abbreviated month": [
        ("WASHINGTON, Sept.3 (Reuters) - The Senate passed a stopgap spending bill on Tuesday.",
         "Washington", "The Senate"),
        ("TOKYO, Jan.15 (Kyodo) -- Japan's cabinet approved a record defence budget.",
         "Tokyo", "Japan's cabinet"),
        ("FRANKFURT, Feb.28 - Deutsche Bank said it would cut 3,500 jobs.",
         "Frankfurt", "Deutsche Bank"),
        ("Nairobi, Kenya, Aug.9 (AFP) - Kenyan police fired tear gas at protesters.",
         "Nairobi, Kenya", "Kenyan police"),
    ],
    "spaced slash between two places": [
        ("NEW YORK / LONDON, Sept 3 (Reuters) - Barclays agreed to sell its card unit to "
         "Capital One.", "New York / London", "Barclays agreed"),
        ("GAZA / JERUSALEM (AP) \u2014 Israeli jets struck a school compound overnight.",
         "Gaza / Jerusalem", "Israeli jets"),
        ("KYIV / MOSCOW, March 4 (Reuters) - Russia launched 90 drones at Ukraine overnight.",
         "Kyiv / Moscow", "Russia launched"),
    ],
    "double hyphen unspaced after capitals": [
        ("WASHINGTON--The Senate passed a stopgap spending bill on Tuesday.",
         "Washington", "The Senate"),
        ("PORT-AU-PRINCE--Armed gangs attacked a police station overnight.",
         "Port-au-Prince", "Armed gangs"),
        ("NEW YORK, March 3--Stocks fell sharply as bond yields rose.", "New York", "Stocks"),
    ],
    "place and country or state on a line of their own": [
        ("Drones hit the grid\nKYIV, Ukraine\nRussia launched 142 drones at Ukraine overnight, "
         "officials said.", "Kyiv, Ukraine", "Russia launched"),
        ("HOUSTON, Texas\nHalliburton said on Tuesday it would cut 1,200 jobs.",
         "Houston, Texas", "Halliburton said"),
        ("Lagos, Nigeria\nGunmen abducted 30 students from a school in Kaduna state.",
         "Lagos, Nigeria", "Gunmen abducted"),
        ("By Jane Doe\nDES MOINES, Iowa\nThe governor signed a property tax bill on Friday.",
         "Des Moines, Iowa", "The governor"),
        ("SACRAMENTO, California\nThe state sued Exxon Mobil over plastic pollution.",
         "Sacramento, California", "The state sued"),
    ],
}

#: (article, agency, first words of the body): a date and an agency, no place.
DATED_CREDITS = [
    ("Oct 3 (Reuters) - Tesla recalled 2 million cars over its driver assistance system.",
     "Reuters", "Tesla recalled"),
    ("March 3, 2024 (Reuters) - Barclays said it would cut 5,000 jobs.", "Reuters",
     "Barclays said"),
    ("Sept. 12 (Bloomberg) -- Pfizer Inc. agreed to buy Seagen Inc.", "Bloomberg",
     "Pfizer Inc."),
    ("Monday, Dec. 1 (AP) \u2014 The storm knocked out power across Florida.", "AP",
     "The storm"),
    # no dash before the first word
    ("(CNN)The Senate passed a stopgap spending bill on Tuesday.", "CNN", "The Senate"),
    ("(Reuters) Tesla recalled 2 million cars on Wednesday.", "Reuters", "Tesla recalled"),
    ("(AP)Gunmen killed 12 villagers in Plateau state.", "AP", "Gunmen killed"),
]

ROWS = [pytest.param(text, place, body, id=f"{form}: {text[:28]}")
        for form, rows in FORMS.items() for text, place, body in rows]


def _first_words(place: str) -> set[str]:
    """The words of a dateline place (no region), lower case."""
    return {w.casefold() for w in re.split(r"[ /]+", place.split(",")[0]) if w}


@pytest.mark.parametrize(("text", "place", "body"), ROWS)
def test_the_dateline_is_found_and_masked(text, place, body):
    layout = scan(text)
    assert layout.dateline is not None, text
    assert layout.dateline.place == place
    start = text.index(body)
    assert layout.masked[start:].startswith(body)
    head = text[:start].rsplit("\n", 2)[-2] if text[:start].count("\n") else text[:start]
    assert place.split(",")[0].split(" /")[0].casefold() in head.casefold()
    # nothing of the place is left in the text to parse
    assert not _first_words(place) & set(re.findall(r"[\w']+", layout.parsed.casefold()))
    assert len(layout.masked) == len(text)


@pytest.mark.parametrize(("text", "agency", "body"), DATED_CREDITS,
                         ids=[t[:28] for t, _, _ in DATED_CREDITS])
def test_a_date_and_an_agency_without_a_place(text, agency, body):
    layout = scan(text)
    assert layout.dateline is None
    (start, end, kind), *_ = layout.spans
    assert kind == "agency" and start == 0 and agency in text[start:end]
    assert layout.parsed.startswith(body)
    assert layout.masked[text.index(body):] == text[text.index(body):]


#: Prose that opens with a place, a list of places or a date, and must stay whole.
PROSE = [
    "PARIS agreed on Monday to extend the ceasefire by a week.",
    "Paris, the capital, was quiet on Sunday.",
    "Houston, Texas, is the fourth-largest city in the United States.",
    "Texas, Oklahoma\nStorms killed 12 people across the two states.",
    "Iran, Iraq\nThe war between the two countries went on.",
    "Hamas, Israel\nA timeline of the war.",
    "Ukraine, Russia\nThe talks resumed in Istanbul.",
    "Lagos, Nigeria's commercial capital, was flooded after heavy rain.",
    "Sept. 3 was the day the talks began, officials said.",
    "On Sept.3 the company said it would cut jobs.",
    "Reuters - the news agency - said it would cut jobs.",
    "LONDON / PARIS TALKS STALL",
    "(The Senate) passed the bill on Tuesday.",
    "(Reuters) reported on Monday that the talks had failed.",
    "UNITED STATES-CHINA TALKS RESUME\nThe talks resumed in Geneva.",
]


@pytest.mark.parametrize("text", PROSE, ids=[t[:28] for t in PROSE])
def test_prose_that_opens_with_a_place_or_date_is_kept(text):
    layout = scan(text)
    assert layout.dateline is None
    # nothing is masked but a headline in capitals
    assert {kind for _, _, kind in layout.spans} <= {"headline"}
    assert layout.masked == text or layout.spans


#: (article, headline): a headline above the dateline, after a slug or before a byline.
HEADLINES = [
    ("Car bomb hits Mogadishu market\nMOGADISHU (Reuters) - Al Shabaab militants detonated "
     "a car bomb at a busy market on Tuesday.", "Car bomb hits Mogadishu market"),
    ("UPDATE 2-Barclays to cut 5,000 jobs as profit slumps\nLONDON, Sept 3 (Reuters) - "
     "Barclays said it would cut 5,000 jobs.", "Barclays to cut 5,000 jobs as profit slumps"),
    ("France and Germany agree joint air defence purchase\nBy Jane Doe\nBERLIN, March 4 "
     "(Reuters) - France and Germany will jointly buy air defence systems, officials said.",
     "France and Germany agree joint air defence purchase"),
    ("Israel strikes Gaza as truce talks stall\nJERUSALEM (AP) \u2014 Israeli jets struck "
     "targets in Gaza on Tuesday.", "Israel strikes Gaza as truce talks stall"),
]


@pytest.mark.parametrize(("text", "headline"), HEADLINES, ids=[h for _, h in HEADLINES])
def test_a_headline_above_the_dateline_is_not_parsed(text, headline):
    layout = scan(text)
    assert layout.dateline is not None
    start = text.index(headline)
    assert not layout.masked[start:start + len(headline)].strip()
    # one masked span covers it (after a slug, the slug's span, merged)
    assert any(s <= start and start + len(headline) <= e for s, e, _ in layout.spans)
    assert headline not in layout.parsed


@pytest.mark.parametrize("text", [
    # a sentence above the dateline (a summary) ends as a sentence does
    "Kenyan police fired tear gas at protesters on Tuesday.\nNAIROBI (Reuters) - Police "
    "fired tear gas at protesters.",
    # a caption that names the agency's photographer stays a caption
    "Police guard the parliament in Nairobi. REUTERS/Jane Doe\nNAIROBI (Reuters) - Police "
    "fired tear gas.",
    # no dateline below: the first line may be the lead itself
    "Israel strikes Gaza as truce talks stall\nIsraeli jets struck targets in Gaza.",
    "Barclays to cut 5,000 jobs\nThe bank said profit fell.",
])
def test_lines_above_that_are_no_headline_are_kept(text):
    layout = scan(text)
    first = text.split("\n")[0]
    kinds = [kind for s, _, kind in layout.spans if s == 0]
    assert "headline" not in kinds
    assert layout.masked.startswith(first) or kinds == ["caption"]


@pytest.mark.parametrize("caption", [
    "Police guard the parliament in Bangkok. (AP Photo/Jane Doe)",
    "Protesters march towards Government House. (Photo by Jane Doe/Getty Images)",
    "A soldier stands guard at the border. (Reuters Photo: Jane Doe)",
])
def test_a_line_above_the_dateline_ending_with_a_photo_credit_is_a_caption(caption):
    text = f"Thai police arrest protesters\n{caption}\nBANGKOK (Reuters) - Thai police " \
           "arrested 12 protesters on Tuesday."
    layout = scan(text)
    start = text.index(caption)
    assert not layout.masked[start:start + len(caption)].strip()
    assert layout.parsed.strip() == "Thai police arrested 12 protesters on Tuesday."


@pytest.mark.parametrize("line", [
    "-- Jane Doe, Bangkok Newsroom, +66 2 123 4567",
    "--Jane Doe, Dow Jones Newswires; 212-416-2000; jane.doe@dowjones.com",
    "\u2014 Jane Doe, Reuters; jane.doe@thomsonreuters.com",
    "Follow Jane Doe on Twitter: @janedoe",
    "Follow AP's coverage of the elections on X",
    "Source text for Eikon:",
    "Further company coverage:",
    "To contact the reporter on this story: Jane Doe in Bangkok at jdoe@bloomberg.net",
    "To contact the editor responsible for this story: John Roe at jroe@bloomberg.net",
])
def test_contact_and_boilerplate_lines_at_the_foot(line):
    text = f"BANGKOK (Reuters) - Thai police arrested 12 protesters on Tuesday.\n{line}\n"
    layout = scan(text)
    start = text.index(line)
    assert not layout.masked[start:start + len(line)].strip()
    assert [kind for s, _, kind in layout.spans if s >= start] == ["boilerplate"]


@pytest.mark.parametrize("line", [
    "Advertisement",
    "Story continues below advertisement",
    "Read more: Thailand bans protests in Bangkok",
    "RELATED: Protesters clash with police in Bangkok",
    "WATCH: Police fire water cannon at protesters",
    "See also: Thai court dissolves opposition party",
    "Share this article",
    "3 min read",
    "* * *",
    "__________",
    "Image caption, Police guard the parliament in Bangkok",
    "Editor's note: This story has been updated to correct the number of arrests.",
    "This article originally appeared on Reuters.",
])
def test_web_copy_lines_in_the_body(line):
    text = (f"BANGKOK (Reuters) - Thai police arrested 12 protesters on Tuesday.\n{line}\n"
            "The protesters demanded new elections.")
    layout = scan(text)
    start = text.index(line)
    assert not layout.masked[start:start + len(line)].strip()
    assert layout.masked.endswith("\nThe protesters demanded new elections.")


@pytest.mark.parametrize("line", [
    "Advertisements for the drug were banned in 2019, the regulator said.",
    "Share prices fell 3 pct on Tuesday.",
    "Trending lower all week, the baht hit a record low.",
    "Related talks were held in Geneva on Monday.",
    "Watch out for more protests, the police chief said.",
    "Recommended by the panel, the drug was approved in March.",
    "-- Smith, who served from 1995 - 2005, said he would run again.",
    "\u2014 Jane Doe, a teacher, said she would vote for the opposition.",
    "Following the talks, Thailand's government said on Twitter it would act.",
    "Follow-up talks on X and Y were held in Geneva.",
    "Police said the suspects, aged 21 to 35, were held in Bangkok.",
])
def test_prose_at_the_foot_is_kept(line):
    text = f"BANGKOK (Reuters) - Thai police arrested 12 protesters on Tuesday.\n{line}\n"
    layout = scan(text)
    start = text.index(line)
    assert layout.masked[start:start + len(line)] == line


# -- through the model -------------------------------------------------------------------

#: (article, dateline city, a triple of the lead: subject, relation lemma, object)
ARTICLES = [
    ("WASHINGTON, Sept.3 (Reuters) - The Justice Department sued Google over its "
     "advertising business on Tuesday.", "Washington", ("Justice Department", "sue", "Google")),
    ("TOKYO, Jan.15 (Kyodo) -- Toyota Motor Corp recalled 280,000 vehicles in Japan.",
     "Tokyo", ("Toyota Motor Corp", "recall", "vehicles")),
    ("NEW YORK / LONDON, Sept 3 (Reuters) - Barclays sued Goldman Sachs over a failed "
     "bond deal.", "New York", ("Barclays", "sue", "Goldman Sachs")),
    ("Drones hit the grid\nKYIV, Ukraine\nRussian forces shelled Kharkiv on Tuesday, "
     "officials said.", "Kyiv", ("Russian forces", "shell", "Kharkiv")),
    ("HOUSTON, Texas\nHalliburton sued Schlumberger over a drilling patent on Tuesday.",
     "Houston", ("Halliburton", "sue", "Schlumberger")),
    ("Lagos, Nigeria\nNigerian troops arrested 40 suspected militants in Borno state.",
     "Lagos", ("Nigerian troops", "arrest", "suspected militants")),
    ("(CNN)The Justice Department sued Google over its advertising business.", "CNN",
     ("Justice Department", "sue", "Google")),
    # a headline above the dateline names the city
    ("Car bomb hits Mogadishu market\nMOGADISHU (Reuters) - Al Shabaab militants attacked "
     "an army base on Tuesday.", "Mogadishu", ("Al Shabaab", "attack", "army base")),
    ("Russian missiles hit Kyiv\nKYIV, March 4 (Reuters) - Russian forces shelled Kharkiv "
     "overnight, officials said.", "Kyiv", ("Russian forces", "shell", "Kharkiv")),
    # "it", "the city", "the capital" after a recognised dateline: never the dateline's city
    ("BEIRUT, July 28 (AP) \u2014 Israeli jets bombed the city's southern suburbs overnight. "
     "It was the heaviest raid in weeks, residents said.", "Beirut",
     ("Israeli jets", "bomb", "southern suburbs")),
    ("MOGADISHU, March 3 (Reuters) - Al Shabaab militants attacked a hotel in the capital. "
     "The city has seen dozens of such attacks.", "Mogadishu", ("Al Shabaab", "attack", "hotel")),
    ("NEW DELHI, March 3 (Reuters) - India summoned Pakistan's envoy on Tuesday. It accused "
     "Islamabad of backing militants.", "New Delhi", ("It", "accuse", "Islamabad")),
    ("PARIS (AFP) - The city hall banned the march. It said the protest would threaten "
     "public order.", "Paris", None),
    ("KHARTOUM, Sudan (AP) \u2014 The RSF shelled the capital on Tuesday. It said the army had "
     "attacked its positions first.", "Khartoum", None),
]


@pytest.fixture(scope="module")
def results(extractor):
    articles = [Article(f"a{i}", text) for i, (text, _, _) in enumerate(ARTICLES)]
    return dict(zip([a[0] for a in ARTICLES], extractor.extract(articles), strict=True))


@pytest.mark.parametrize(("text", "city", "triple"), ARTICLES,
                         ids=[a[0][:28] for a in ARTICLES])
def test_no_side_names_the_dateline_city(results, text, city, triple):
    result = results[text]
    assert result.article.dateline is not None or city == "CNN"
    found = {(t.subject.text, t.relation.lemma, t.object.text) for t in result.triples}
    sides = [name for t in result.triples
             for name in (t.subject.label, t.subject.text, t.object.label, t.object.text)]
    assert not [s for s in sides if city.casefold() in s.casefold()], sorted(found)
    if triple is not None:
        subject, lemma, obj = triple
        assert any(subject in s and lemma == r and obj in o for s, r, o in found), sorted(found)
