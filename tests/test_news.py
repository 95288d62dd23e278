"""Wire-news conventions recognised before parsing (extract/news.py): no model needed.

Every line here is written for these tests in the styles of the wire services.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.news import DATELINE_LINES, scan

from actorgraph.records import Article, ArticleResult, Dateline, result_from_json, result_to_json


def masked_kinds(text: str) -> list[tuple[str, str]]:
    return [(kind, text[start:end]) for start, end, kind in scan(text).spans]


def assert_offsets_kept(text: str) -> None:
    """The masked text has the length and line breaks of the original; masked
    spans are blank and everything else is unchanged, character for character."""
    layout = scan(text)
    assert len(layout.masked) == len(text)
    inside = set()
    for start, end, _ in layout.spans:
        inside.update(range(start, end))
    for i, (a, b) in enumerate(zip(text, layout.masked, strict=True)):
        if a == "\n" or i not in inside:
            assert a == b, (i, a, b)
        else:
            assert b == " ", (i, a, b)


# -- datelines ---------------------------------------------------------------------------

DATELINES = [
    # Reuters (1980s wire): capitals, date, hyphen
    ("NEW YORK, March 2 - Champion Products Inc said its board approved a split.",
     "New York", "March 2", None, "Champion Products"),
    # Reuters today: capitals, agency in brackets
    ("LONDON, Feb 14 (Reuters) - Brent crude rose on Wednesday.",
     "London", "Feb 14", "Reuters", "Brent crude"),
    # AP: em dash
    ("BEIRUT, July 28 (AP) \u2014 Israeli warplanes struck southern Lebanon.",
     "Beirut", "July 28", "AP", "Israeli warplanes"),
    # UPI and Xinhua: abbreviated month and "--"
    ("WASHINGTON, Jan. 5 (UPI) -- The Senate passed a farm bill.",
     "Washington", "Jan. 5", "UPI", "The Senate"),
    ("BEIJING, Oct. 3 (Xinhua) -- China and Russia signed an energy pact.",
     "Beijing", "Oct. 3", "Xinhua", "China and"),
    # AFP: no date
    ("PARIS (AFP) - France recalled its ambassador to Mali.",
     "Paris", None, "AFP", "France recalled"),
    # a state or country after the city, in capitals and in mixed case
    ("SPRINGFIELD, Ill., March 2 (AP) \u2013 The governor vetoed a budget bill.",
     "Springfield, Ill.", "March 2", "AP", "The governor"),
    ("Springfield, Ill., March 2 (Reuters) - The governor vetoed a budget bill.",
     "Springfield, Ill.", "March 2", "Reuters", "The governor"),
    ("NAIROBI, Kenya, June 12 (AP) \u2014 Kenyan police arrested an opposition leader.",
     "Nairobi, Kenya", "June 12", "AP", "Kenyan police"),
    # day before the month, accented capitals, two cities
    ("S\u00c3O PAULO, 2 March (Reuters) - Petrobras raised its output target.",
     "S\u00e3o Paulo", "2 March", "Reuters", "Petrobras"),
    ("GAZA CITY/JERUSALEM, Nov 3 (Reuters) - Israeli forces pressed deeper into Gaza.",
     "Gaza City/Jerusalem", "Nov 3", "Reuters", "Israeli forces"),
    # newspaper style: capitals and a dash only; press release with a year
    ("WASHINGTON \u2014 President Biden signed an executive order on Monday.",
     "Washington", None, None, "President Biden"),
    ("NEW DELHI, March 2, 2024 /PRNewswire/ -- Acme Ltd announced a deal.",
     "New Delhi", "March 2, 2024", "PRNewswire", "Acme Ltd"),
    ("ST. LOUIS, May 6 (Reuters) - Anheuser-Busch said it would close a brewery.",
     "St. Louis", "May 6", "Reuters", "Anheuser-Busch"),
    # old AP copy: an underscore for the dash
    ("NEW YORK (AP) _ Stocks fell sharply on Wall Street.",
     "New York", None, "AP", "Stocks fell"),
    # agencies written in lower case, and a listed agency without a dash
    ("BERLIN, April 24 (dpa) - Germany expelled two Russian diplomats.",
     "Berlin", "April 24", "dpa", "Germany expelled"),
    ("TOKYO (Kyodo) Japan's trade ministry fined a carmaker.",
     "Tokyo", None, "Kyodo", "Japan's trade"),
    # a capital place with a colon (South Asian copy)
    ("NEW DELHI: India on Monday summoned the Canadian envoy.",
     "New Delhi", None, None, "India on Monday"),
    ("DHAKA: Bangladesh's interim government banned the party.",
     "Dhaka", None, None, "Bangladesh's interim"),
    ("KARACHI: Police arrested three suspects on Friday.",
     "Karachi", None, None, "Police arrested"),
    # a mixed-case place with its country and a dash
    ("Kyiv, Ukraine \u2014 Russia launched 40 drones overnight.",
     "Kyiv, Ukraine", None, None, "Russia launched"),
    ("Beirut, Lebanon \u2013 Israeli jets struck a building in Dahiyeh.",
     "Beirut, Lebanon", None, None, "Israeli jets"),
    ("Mosul, Iraq - Iraqi forces retook the old city.",
     "Mosul, Iraq", None, None, "Iraqi forces"),
    # a place and a date alone on their line, the story below
    ("NEW YORK, March 2\nExxon Corp said it would cut its dividend.",
     "New York", "March 2", None, "Exxon Corp said"),
    ("HOUSTON, Texas, Oct. 9\n\nTexaco Inc sued Pennzoil Co on Friday.",
     "Houston, Texas", "Oct. 9", None, "Texaco Inc sued"),
    ("Nairobi, Kenya, 5 May\nKenyan police fired tear gas at protesters.",
     "Nairobi, Kenya", "5 May", None, "Kenyan police"),
    # a press-release wire between dashes, written without spaces
    ("CHICAGO--(BUSINESS WIRE)--Acme Foods Inc. today reported higher quarterly sales.",
     "Chicago", None, "BUSINESS WIRE", "Acme Foods"),
    # an agency without brackets; the date in the desk's language; a full stop and a dash
    ("SEOUL, Jan 5 Yonhap - South Korea's central bank held its key rate at 3 percent.",
     "Seoul", "Jan 5", "Yonhap", "South Korea's"),
    ("LISBOA, 3 de mar\u00e7o (Lusa) - Portugal's president dissolved parliament.",
     "Lisboa", "3 de mar\u00e7o", "Lusa", "Portugal's president"),
    ("BOGOTA, 12 dic (EFE).- Colombian troops freed two kidnapped engineers.",
     "Bogota", "12 dic", "EFE", "Colombian troops"),
    ("RIO DE JANEIRO (AFP/Reuters) \u2014 Brazilian police raided a former minister's home.",
     "Rio de Janeiro", None, "AFP/Reuters", "Brazilian police"),
    ("FRANKFURT \u2014 (dpa-AFX) Lufthansa cut its profit forecast for the year.",
     "Frankfurt", None, "dpa-AFX", "Lufthansa cut"),
    ("Brussels/Luxembourg, 2026-03-04 (Reuters) - EU ministers agreed new sanctions on Iran.",
     "Brussels/Luxembourg", "2026-03-04", "Reuters", "EU ministers"),
    ("SANTA CRUZ DE LA SIERRA, Bolivia (AP) \u2014 Police arrested a former energy minister.",
     "Santa Cruz de la Sierra, Bolivia", None, "AP", "Police arrested"),
    # no-break spaces, a byte-order mark, a dash without spaces after the credit, no
    # space after the comma
    ("HANOI,\u00a0Feb\u00a09 (VNA)\u00a0- Vietnam's parliament approved a new premier.",
     "Hanoi", "Feb 9", "VNA", "Vietnam's parliament"),
    ("\ufeffISTANBUL (AA) - Turkish police detained 20 suspected smugglers.",
     "Istanbul", None, "AA", "Turkish police"),
    ("SYDNEY, Aug 4 (AAP)-Australian police charged a man over the fire.",
     "Sydney", "Aug 4", "AAP", "Australian police"),
    ("PYONGYANG,Oct 10 (KCNA) -- North Korea's leader inspected a missile unit.",
     "Pyongyang", "Oct 10", "KCNA", "North Korea's"),
    # the agency after a comma, without brackets
    ("BRISBANE, AAP - Queensland police charged two men over a jewellery heist.",
     "Brisbane", None, "AAP", "Queensland police"),
    # full stops: TASS and Interfax
    ("MINSK, March 9. /TASS/. Belarus closed two border crossings with Lithuania.",
     "Minsk", "March 9", "TASS", "Belarus closed"),
    ("ALMATY. Feb 3 (Interfax) - Kazakhstan's central bank raised its base rate.",
     "Almaty", "Feb 3", "Interfax", "Kazakhstan's central"),
    # the agency before the place (ANSA), a credit in lower case
    ("(ANSA) - MILAN, June 4 - Italian police seized a ton of cocaine at the port.",
     "Milan", "June 4", "ANSA", "Italian police"),
    ("CHITTAGONG, Oct 2 (bdnews24.com) - Bangladesh's coast guard rescued 40 fishermen.",
     "Chittagong", "Oct 2", "bdnews24.com", "Bangladesh's coast"),
    # an abbreviated state spelt like an agency ("Pa." and the Press Association, PA)
    ("PITTSBURGH, Pa., June 16 - Allegheny Steel Corp said it closed two mills.",
     "Pittsburgh, Pa.", "June 16", None, "Allegheny Steel"),
    ("PHILADELPHIA, Pa., March 3 - The transit union struck at midnight.",
     "Philadelphia, Pa.", "March 3", None, "The transit"),
    ("Hershey, Pa., Oct. 5 (AP) \u2014 The chocolate maker cut 200 jobs.",
     "Hershey, Pa.", "Oct. 5", "AP", "The chocolate"),
    # ... while the agency itself, without the full stop, is still the credit
    ("LONDON, PA - Britain's rail unions called a strike for Friday.",
     "London", None, "PA", "Britain's rail"),
]


@pytest.mark.parametrize(("text", "place", "date", "agency", "body"), DATELINES,
                         ids=[d[0][:24] for d in DATELINES])
def test_datelines_in_every_wire_style(text, place, date, agency, body):
    layout = scan(text)
    assert layout.dateline is not None
    assert (layout.dateline.place, layout.dateline.date, layout.dateline.agency) == \
        (place, date, agency)
    # the dateline is masked, the body starts where it started in the original
    assert layout.masked.lstrip().startswith(body)
    start = text.index(body)
    assert layout.masked.index(body) == start
    assert text.startswith(layout.dateline.text, layout.dateline.start)
    assert_offsets_kept(text)


def test_a_dateline_after_a_title_and_a_byline():
    text = ("Exxon to cut 2,000 jobs\nBy Jane Doe\n\n"
            "HOUSTON, March 2 (Reuters) - Exxon Mobil said it would cut jobs.")
    layout = scan(text)
    assert layout.dateline.place == "Houston"
    assert text[layout.dateline.start:].startswith("HOUSTON, March 2 (Reuters) -")
    # the title above the dateline is its headline, not parsed (session 44)
    assert [k for k, _ in masked_kinds(text)] == ["headline", "byline", "dateline"]
    assert not layout.masked[:text.index("HOUSTON")].strip()
    assert_offsets_kept(text)


@pytest.mark.parametrize(("text", "place", "body"), [
    ("Doha: Qatar's foreign ministry condemned the strike on the residential compound.",
     "Doha", "Qatar's foreign"),
    ("Karachi: Police arrested three men over the bank robbery on Friday.",
     "Karachi", "Police arrested"),
    ("Abu Dhabi: The UAE signed a trade pact with India on Tuesday.",
     "Abu Dhabi", "The UAE"),
    # a kicker or a slug above the dateline is neither
    ("Brexit: UK and EU agree deal\nLONDON (Reuters) - Britain and the EU agreed a trade deal.",
     "London", "Britain and"),
    ("Correction: An earlier version of this story misstated the date.\n"
     "NAIROBI (AP) \u2014 Kenyan police arrested a protest leader.", "Nairobi", "Kenyan police"),
])
def test_a_mixed_case_place_and_a_colon_before_a_whole_sentence(text, place, body):
    layout = scan(text)
    assert layout.dateline is not None and layout.dateline.place == place
    assert layout.masked.index(body) == text.index(body)
    assert place.split()[0] not in layout.masked


#: Datelines recognised by their form, not by a list of seen places: any capitalisation,
#: any dash, with or without date, region or agency (text, place, body).
GENERAL_DATELINES = [
    ("UNITED NATIONS (AP) \u2014 The Security Council voted to extend the mission.",
     "United Nations", "The Security Council"),
    ("Oakland, Calif. \u2014 Police arrested two men after a shooting downtown.",
     "Oakland, Calif.", "Police arrested"),
    ("Washington, D.C. -- The Pentagon announced a new package of aid for Kyiv.",
     "Washington, D.C.", "The Pentagon"),
    ("CHICAGO, Ill. \u2014 A federal judge blocked the merger on Friday.",
     "Chicago, Ill.", "A federal judge"),
    ("Tel Aviv \u2014 Israel's cabinet approved the prisoner exchange late on Friday.",
     "Tel Aviv", "Israel's cabinet"),
    ("Kyiv \u2013 Russia launched dozens of drones at the capital overnight.",
     "Kyiv", "Russia launched"),
    ("Mexico City\u2014Police detained a cartel leader in a dawn raid.",
     "Mexico City", "Police detained"),
    ("Port-au-Prince - Armed gangs attacked a police station in the capital.",
     "Port-au-Prince", "Armed gangs"),
    ("PORT-AU-PRINCE, Haiti \u2013 Armed gangs attacked a police station.",
     "Port-au-Prince, Haiti", "Armed gangs"),
    ("KABUL, Afghanistan: The Taliban barred women from the universities.",
     "Kabul, Afghanistan", "The Taliban"),
    ("Lagos, Nigeria: Gunmen abducted a group of students from their school.",
     "Lagos, Nigeria", "Gunmen abducted"),
    ("NEW YORK- Stocks fell sharply on Wall Street on Monday.", "New York", "Stocks fell"),
    ("Nairobi, 12 June 2024 \u2014 Kenyan police fired tear gas at protesters.",
     "Nairobi", "Kenyan police"),
    ("Gunmen kill villagers in central Nigeria\nBy Tom Smith and Ann Lee\n"
     "Abuja \u2014 Gunmen killed 12 villagers in Plateau state, police said.",
     "Abuja", "Gunmen killed"),
    ("Storm hits coast\nSt. Petersburg, Fla. \u2014 The hurricane made landfall at dawn.",
     "St. Petersburg, Fla.", "The hurricane"),
    # typed in lower case: with a date or an agency
    ("washington, June 9 (Reuters) - The trade regulator sued a retailer on Monday.",
     "Washington", "The trade regulator"),
    ("beirut (AP) \u2014 Israeli jets struck the southern suburbs overnight.",
     "Beirut", "Israeli jets"),
    ("new york, march 3 - Stocks fell sharply as bond yields rose.", "New York", "Stocks fell"),
    # a weekday is part of the date, never the region
    ("PARIS, Tuesday (AFP) - Farmers blocked the roads into the capital.", "Paris", "Farmers"),
    ("Beirut, Lebanon, Sunday, Oct. 6 \u2014 Israeli jets struck the southern suburbs.",
     "Beirut, Lebanon", "Israeli jets"),
]


@pytest.mark.parametrize(("text", "place", "body"), GENERAL_DATELINES,
                         ids=[d[0][:24] for d in GENERAL_DATELINES])
def test_datelines_are_recognised_by_their_form(text, place, body):
    layout = scan(text)
    assert layout.dateline is not None
    assert layout.dateline.place == place
    start = text.index(body)
    assert layout.masked.index(body) == start
    assert not layout.masked[:start].strip(" \n") or "\n" in text[:start]
    assert place.split(",")[0].split()[0].casefold() not in layout.masked.casefold()
    assert_offsets_kept(text)


@pytest.mark.parametrize("text", [
    "Russia \u2014 the largest country on earth \u2014 said it would respond.",
    "Israel - Hamas truce holds as talks go on in Cairo.",
    "Hamas \u2014 Fatah talks resumed in Cairo on Sunday.",
    "President Biden \u2014 who spoke on Monday \u2014 signed the order.",
    "Canadian-US scientist James Peebles won half of the prize.",
    "Tesla: the carmaker cut its prices again.",
    "Gaza: Israeli strikes kill 20",
    "LONDON. The city was quiet on Sunday.",
    "Hamas. The group said it would talk.",
    "Frankfurt \u2014 The Comeback Of The Old Bourse",
    "Senator Warren \u2014 The bill failed, she said.",
    "Gen. Smith \u2014 The army said he had resigned.",
    "the talks - which began on Monday - ended without a deal.",
    "the government (Reuters) said on Monday it would act.",
    "officials said on March 3 - the day after the vote - that it was over.",
    "kyiv \u2014 Russia launched drones at the city overnight.",
    "Tuesday, March 3 \u2014 The talks resumed in Doha.",
])
def test_a_mixed_case_name_and_a_dash_alone_are_no_dateline(text):
    assert scan(text).dateline is None


@pytest.mark.parametrize("text", [
    "Hamas - the militant group that rules Gaza - said it would talk.",
    "London - the capital - was quiet on Sunday.",
    "ISRAEL - HAMAS TRUCE HOLDS",
    "NATO - the alliance said it would meet in Brussels.",
    "The Georgian Tennis Federation (GFT) released a statement on Monday.",
    "Mr Smith (Labour) - who chairs the committee - voted against it.",
    "By contrast, the company said profits rose.",
    "Israel, Lebanon - the border war goes on.",
    "Hamas, Israel - a timeline of the war.",
    "Hamas: the group said it would talk.",
    "NATO: the alliance said it would meet in Brussels.",
    "Dow Jones - the index publisher - cut its forecast.",
    "U.K.-led naval forces seized an Iranian tanker off Gibraltar.",
    "U.N.-backed troops - the army said - advanced on the town.",
    "The AP - the news agency - said it would cut jobs.",
    "Canadian-US scientist James Peebles won half of the prize.",
    "Reuters - the news agency - said it would cut jobs.",
])
def test_prose_that_looks_like_a_dateline_is_kept(text):
    layout = scan(text)
    assert layout.dateline is None
    assert layout.masked == text


def test_slugs_are_never_places_and_are_masked():
    for text in ("UPDATE 2-Exxon to cut 2,000 jobs in Texas",
                 "BREAKING: Israel and Hamas agree to a truce",
                 "EXCLUSIVE-Boeing weighs sale of defense unit"):
        layout = scan(text)
        assert layout.dateline is None
        assert [k for k, _ in masked_kinds(text)] == ["slug"]
        assert layout.masked.strip()[:1].isupper()


@pytest.mark.parametrize(("text", "place", "body"), [
    # a caption above the dateline ends with the day the photo was taken
    ("Floods hit Bavaria\nA firefighter wades through a flooded street in Passau, Germany, "
     "June 3, 2026.\nBERLIN (Reuters) - Germany sent troops to the flooded south.",
     "Berlin", "Germany sent"),
    ("Protesters clash with police in Dhaka on 12 August 2026\n"
     "DHAKA (AFP) - Bangladeshi police fired tear gas at students.", "Dhaka", "Bangladeshi"),
    # a place in capitals and a dash end their line
    ("JAKARTA \u2014\nIndonesia's parliament passed a new criminal code on Tuesday.",
     "Jakarta", "Indonesia's"),
    # the date between dashes in a press release
    ("Austin, Texas \u2013 March 4, 2026 \u2013 Acme Robotics Inc. opened a new plant.",
     "Austin, Texas", "Acme Robotics"),
])
def test_captions_above_and_dates_between_dashes(text, place, body):
    layout = scan(text)
    assert layout.dateline is not None and layout.dateline.place == place
    # everything from the caption (the line above the dateline) to the body is blank
    lines = text.split("\n")
    above = text.index(lines[-2]) if len(lines) > 2 else 0
    assert not layout.masked[above:text.index(body)].strip()
    assert layout.masked.index(body) == text.index(body)
    assert_offsets_kept(text)


@pytest.mark.parametrize(("text", "place", "agency", "body"), [
    ("Washington\nCNN\n \u2014 \nThe Senate on Tuesday passed a bill banning stock trading.",
     "Washington", "CNN", "The Senate"),
    ("By Ana Ruiz, CNN\nUpdated 10:32 AM EST, Tue March 3, 2026\n\nMexico City\nCNN\n\u2014\n"
     "Mexican troops arrested a cartel leader in Sinaloa.", "Mexico City", "CNN", "Mexican"),
    ("NAIROBI\n\u2014\nKenya's High Court suspended the deployment of police to Haiti.",
     "Nairobi", None, "Kenya's High"),
])
def test_a_dateline_printed_one_part_a_line(text, place, agency, body):
    layout = scan(text)
    assert layout.dateline is not None
    assert (layout.dateline.place, layout.dateline.agency) == (place, agency)
    assert place.split()[0] not in layout.masked
    assert layout.masked.index(body) == text.index(body)
    assert_offsets_kept(text)


@pytest.mark.parametrize("text", [
    "Russia\n\u2014\nThe Kremlin said it would respond.",
    "Analysis\n\u2014\nThe market fell on Monday.",
    "President Biden\n\u2014\nThe White House said he would travel.",
])
def test_a_country_title_or_slug_over_a_dash_is_no_dateline(text):
    assert scan(text).dateline is None


def test_prose_ending_with_a_date_is_kept():
    text = "The ministry said the talks would resume on March 3, 2026.\nEgypt agreed."
    assert scan(text).masked == text


def test_time_stamps_take_no_line_of_the_top():
    text = ("Storm hits Manila\nTyphoon kills 12 on Luzon\nBy Jane Doe\n"
            "Published Dec 1, 2026 10:32 GMT\nLast updated 11:05 GMT\n"
            "MANILA (AP) \u2014 A typhoon killed 12 people on Luzon on Monday.")
    layout = scan(text)
    assert layout.dateline is not None and layout.dateline.place == "Manila"
    assert "MANILA" not in layout.masked


def test_only_the_first_lines_hold_the_dateline():
    lines = [f"Line {n} of the story says something about the talks." for n in range(10)]
    late = "\n".join(lines[:DATELINE_LINES] + ["CAIRO, May 2 (Reuters) - Egypt said."])
    assert scan(late).dateline is None
    early = "\n".join(lines[:DATELINE_LINES - 1] + ["CAIRO, May 2 (Reuters) - Egypt said."])
    assert scan(early).dateline.place == "Cairo"


def test_agency_credit_without_a_place():
    for text, agency in (("(Bloomberg) -- Exxon Mobil Corp. agreed to buy Pioneer.", "Bloomberg"),
                         ("(Reuters) - Tesla recalled 2 million cars.", "Reuters"),
                         ("(AP) \u2014 The storm hit Florida on Monday.", "AP")):
        layout = scan(text)
        assert layout.dateline is None
        assert masked_kinds(text)[0][0] == "agency"
        assert agency in masked_kinds(text)[0][1]
        assert_offsets_kept(text)


# -- whole lines ---------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "By Jane Doe",
    "By JANE DOE, Associated Press Writer",
    "By Jane Doe and John Roe, Reuters",
    "By Maria de la Cruz in Manila",
    "BY AHMED AL-SAYED | Reuters",
])
def test_bylines(line):
    text = f"Storm hits Manila\n{line}\nThe storm killed 12 people on Monday."
    assert masked_kinds(text) == [("byline", line)]
    assert_offsets_kept(text)


@pytest.mark.parametrize(("text", "credit"), [
    ("Israel struck Gaza, officials said. (Reporting by Jane Doe; Editing by John Roe)",
     "(Reporting by Jane Doe; Editing by John Roe)"),
    ("The bank cut rates.\nReporting by Jane Doe in London; Editing by Mark Heinrich",
     "Reporting by Jane Doe in London; Editing by Mark Heinrich"),
    ("The talks ended.\n(Additional reporting by Tom Lee in Seoul; Writing by Ann Kim)",
     "(Additional reporting by Tom Lee in Seoul; Writing by Ann Kim)"),
    ("Prices rose. [Compiled by Ravi Kumar]", "[Compiled by Ravi Kumar]"),
])
def test_credit_lines(text, credit):
    assert masked_kinds(text) == [("credit", credit)]
    assert_offsets_kept(text)


@pytest.mark.parametrize(("text", "caption"), [
    ("FILE PHOTO: A man walks past an Exxon logo in London, March 2, 2024. "
     "REUTERS/Toby Melville/File Photo\nExxon said it would cut jobs.",
     "FILE PHOTO: A man walks past an Exxon logo in London, March 2, 2024. "
     "REUTERS/Toby Melville/File Photo"),
    ("Troops patrol the area (Photo: Jane Doe/Reuters) on Monday.", "(Photo: Jane Doe/Reuters)"),
    ("Police detained three journalists.\n(AP Photo/Burhan Ozbilici)",
     "(AP Photo/Burhan Ozbilici)"),
    ("Photo: Protesters march in Santiago on Friday.\nThe protests entered a third week.",
     "Photo: Protesters march in Santiago on Friday."),
    ("Firefighters battle the blaze near Athens. REUTERS/Alkis Konstantinidis\n"
     "Greece asked the EU for help.",
     "Firefighters battle the blaze near Athens. REUTERS/Alkis Konstantinidis"),
])
def test_photo_captions(text, caption):
    assert masked_kinds(text) == [("caption", caption)]
    assert_offsets_kept(text)


@pytest.mark.parametrize(("text", "tickers"), [
    ("Exxon Mobil Corp (NYSE: XOM) said it would cut jobs.", ["(NYSE: XOM)"]),
    ("Shares of Apple Inc <AAPL.O> and Exxon <XOM.N> fell.", ["<AAPL.O>", "<XOM.N>"]),
    ("Toyota (7203.T) and Honda (7267.T) raised forecasts.", ["(7203.T)", "(7267.T)"]),
    ("Alphabet Inc (NASDAQ: GOOGL, GOOG) beat estimates; the index <.DJI> rose.",
     ["(NASDAQ: GOOGL, GOOG)", "<.DJI>"]),
    # escaped as in SGML or HTML copy
    ("Champion Products Inc &lt;CH> and Acme Corp &lt;ACME.N&gt; said.",
     ["&lt;CH>", "&lt;ACME.N&gt;"]),
])
def test_stock_tickers(text, tickers):
    assert masked_kinds(text) == [("ticker", t) for t in tickers]
    assert_offsets_kept(text)


@pytest.mark.parametrize("line", [
    "Shr 22 cts vs 50 cts",
    "Net 1.2 mln vs 2.2 mln",
    "Revs 12.3 mln vs 10.1 mln",
    "Oper shr loss two cts vs profit nine cts",
    "Nine mths",
    "Avg shrs 5,000,000 vs 4,800,000",
    "Qtr ended Dec 31",
    "Brent 82.10 +1.65 +2.05%",
    "Dow Jones 33,000.12 -120.5 -0.36%",
])
def test_tabular_lines_are_not_parsed(line):
    text = f"ACME WIDGETS INC 4TH QTR NET\n{line}\nAcme said sales rose."
    assert masked_kinds(text) == [("headline", "ACME WIDGETS INC 4TH QTR NET"), ("table", line)]
    assert_offsets_kept(text)


@pytest.mark.parametrize("line", [
    "March 2, 2024 at 10:00 AM EST",
    "Updated: Sunday, October 18, 2020 4:05 p.m. ET",
    "Published 2 March 2024, 14:30 GMT",
    "Last updated 09:15 UTC",
])
def test_time_stamps_are_not_parsed(line):
    text = f"By Jane Doe\n{line}\nThe storm hit Florida on Monday."
    assert masked_kinds(text) == [("byline", "By Jane Doe"), ("table", line)]


@pytest.mark.parametrize("text", [
    "Net income rose 20 pct to 1.2 mln dlrs from 1.0 mln dlrs.",
    "Hamas fired 20 rockets at Israel on Monday.",
    "In 2019, 1,200 of 3,000 residents left the town.",
    "The company said net income rose to\n1.2 mln dlrs in 1986.",
    "Israel vs Hamas: what we know",
    "The minister posted a video at 10:00 a.m. on Monday.",
    "Germany contributed 500 troops to the mission, the ministry said.",
    "The fund contributed to this report's costs, officials said on Monday.",
    "The full report, released on Monday, is at https://example.org/report and runs to "
    "400 pages of tables and testimony from witnesses.",
])
def test_prose_with_numbers_is_kept(text):
    assert scan(text).masked == text


@pytest.mark.parametrize(("line", "kind"), [
    ("Associated Press writer Maria Lopez in Lima contributed.", "credit"),
    ("BBC's Tom Reed contributed to this report.", "credit"),
    ("Reuters reporters Ann Lee and Omar Saleh contributed reporting from Amman.", "credit"),
    ("==Kyodo", "signoff"),
    ("bur-sst/dl", "signoff"),
    ("jm/ach", "signoff"),
    ("AP climate coverage: https://apnews.com/hub/climate", "boilerplate"),
    ("Contacts: Media: Jane Roe, press@acme-foods.com", "boilerplate"),
    (" Reuter", "signoff"),
    ("-- Reuters", "signoff"),
    ("(AP)", "signoff"),
    (" Reuter &#3;", "signoff"),
    ("&#3;", "signoff"),
    ("Copyright 2024 The Associated Press. All rights reserved.", "copyright"),
    ("\u00a9 2024 Thomson Reuters", "copyright"),
])
def test_signoffs_and_copyright(line, kind):
    text = f"The ministry said it would appeal.\n{line}"
    assert masked_kinds(text) == [(kind, line)]
    assert_offsets_kept(text)


@pytest.mark.parametrize(("text", "headline"), [
    ("TEXACO <TX> SUES PENNZOIL OVER GETTY RULING\nHOUSTON, April 6 - Texaco Inc said it sued "
     "Pennzoil Co.", "TEXACO <TX> SUES PENNZOIL OVER GETTY RULING"),
    ("U.S. HOUSE PANEL VOTES TRADE CURBS ON JAPAN\n\nWASHINGTON, April 2 - A House panel voted "
     "to curb imports from Japan.", "U.S. HOUSE PANEL VOTES TRADE CURBS ON JAPAN"),
    ("IRAN SAYS IT SHOT DOWN IRAQI JET\nIran said on Monday it shot down an Iraqi jet.",
     "IRAN SAYS IT SHOT DOWN IRAQI JET"),
    ("BREAKING: OPEC AGREES OUTPUT CUT\nVIENNA (Reuters) - OPEC agreed to cut output.",
     "OPEC AGREES OUTPUT CUT"),
])
def test_a_headline_in_capitals_is_not_parsed(text, headline):
    layout = scan(text)
    start = text.index(headline)
    assert any(s <= start and start + len(headline) <= e for s, e, _ in layout.spans)
    assert layout.masked[start:start + len(headline)].strip() == ""
    assert_offsets_kept(text)
    # the lead below it is prose and stays
    lead = text.splitlines()[-1]
    assert scan(text).masked.rstrip().endswith(lead.split(" - ")[-1])


@pytest.mark.parametrize("text", [
    "Texaco sues Pennzoil over Getty ruling\nTexaco Inc said it sued Pennzoil Co.",
    "IRAN SAYS IT SHOT DOWN IRAQI JET",  # nothing else to read: the line is kept
    "Iran said it shot down a jet.\nTHE PILOT WAS CAPTURED, OFFICIALS SAID\nIraq denied it.",
    "NATO\nThe alliance said it would meet in Brussels.",
])
def test_capitals_below_prose_or_alone_are_kept(text):
    assert "headline" not in [k for k, _ in masked_kinds(text)]


def test_a_whole_wire_story_keeps_every_offset():
    text = ("UPDATE 1-Acme Widgets profit falls\nBy Jane Doe\n\n"
            "NEW YORK, March 2 (Reuters) - Acme Widgets Inc (NYSE: ACME) said on Monday "
            "its profit fell.\nShr 45 cts vs 50 cts\nNet 1.2 mln vs 2.2 mln\n"
            "The company named Jane Roe chief executive. (Photo: John Roe/Reuters)\n"
            "(Reporting by Jane Doe; Editing by John Roe)\n Reuter\n")
    assert_offsets_kept(text)
    masked = scan(text).masked
    # the slugged title above the dateline is its headline (session 44)
    assert masked.split() == ["Acme", "Widgets", "Inc",
                              "said", "on", "Monday", "its", "profit", "fell.", "The",
                              "company", "named", "Jane", "Roe", "chief", "executive."]


def test_the_dateline_survives_a_store_round_trip():
    dateline = scan("BEIRUT, July 28 (AP) \u2014 Israel struck.").dateline
    result = ArticleResult(Article("a", "", dateline=dateline), 1, (), ())
    back = result_from_json(result_to_json(result))
    assert back.article.dateline == dateline
    assert isinstance(back.article.dateline, Dateline)


def test_hostile_lines_cost_linear_time():
    import time

    hostile = ["By " + "Jane Doe, " * 5000 + "x", "NEW " * 20000 + "- x",
               "(" * 20000 + "Reporting by " + "Jane " * 1000, "<" * 50000,
               "x " * 10000 + "REUTERS/" + "Jane Doe/" * 5000 + "(", "A\n" * 20000,
               ("By " + "Jane Doe, " * 15 + "x\n") * 200, "1 2 3 " * 10000]
    start = time.perf_counter()
    for text in hostile:
        assert len(scan(text).masked) == len(text)
    assert time.perf_counter() - start < 20  # a minute and more with unbounded bylines
