"""Paraphrase forms that did not hold (issue 12): amounts, owners, recipients, misparses.

Hand-built parses show the misparses the small English model is known to give;
the model tests run news-style sentences written for these tests (none is from
an evaluation set) through the whole extractor. Each model entry: a sentence,
the triples it must give as (subject label, relation lemma, object label,
negated, hedged), and (subject, object) pairs it must not give.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.hygiene import amount_name, amount_of, repair_entities, repair_verbs
from actorgraph.extract.triples import all_triples

from actorgraph.records import Article
from tests.constructions import cases, check_construction
from tests.docs import parse


def pairs(doc):
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


# -- hand-built parses -------------------------------------------------------------

def test_a_name_parsed_inside_an_amount_is_the_object():
    doc = parse("Brussels fined Alphabet 4 billion euros", """
        1 nsubj PROPN Brussels NNP
        1 ROOT VERB fine VBD
        5 nmod PROPN Alphabet NNP
        4 compound NUM 4 CD
        5 nummod NUM billion CD
        1 dobj NOUN euro NNS
    """, ents={"Brussels": "GPE", "Alphabet": "ORG"})
    assert pairs(doc) == {("Brussels", "fine", "Alphabet")}
    assert amount_name(doc[5]).i == 2
    assert amount_of(doc[1], doc[2]) == "4 billion euros"


def test_a_name_under_the_number_of_an_amount_is_the_object():
    # "Vale" hangs on "million", not on the unit
    doc = parse("a court ordered , fining Vale 250 million reais", """
        1 det DET a DT
        2 nsubj NOUN court NN
        2 ROOT VERB order VBD
        2 punct PUNCT , ,
        2 advcl VERB fine VBG
        7 compound PROPN Vale NNP
        7 compound NUM 250 CD
        8 nummod NUM million CD
        4 dobj NOUN reais NNS
    """, ents={"Vale": "ORG"})
    assert ("court", "fine", "Vale") in pairs(doc)


def test_an_amount_without_a_name_stays_an_amount():
    doc = parse("Brussels fined Alphabet heavily", """
        1 nsubj PROPN Brussels NNP
        1 ROOT VERB fine VBD
        1 dobj PROPN Alphabet NNP
        1 advmod ADV heavily RB
    """, ents={"Brussels": "GPE", "Alphabet": "ORG"})
    assert amount_of(doc[1], doc[2]) is None
    doc = parse("Brussels sold Airbus jets", """
        1 nsubj PROPN Brussels NNP
        1 ROOT VERB sell VBD
        3 compound PROPN Airbus NNP
        1 dobj NOUN jet NNS
    """, ents={"Brussels": "GPE", "Airbus": "ORG"})
    assert amount_name(doc[3]) is None  # "Airbus jets" is no amount
    assert pairs(doc) == {("Brussels", "sell", "jets")}


def test_the_by_agent_hung_on_the_amount_of_a_passive():
    doc = parse("Vale was fined 250 million reais by Brazil", """
        2 nsubjpass PROPN Vale NNP
        2 auxpass AUX be VBD
        2 ROOT VERB fine VBN
        4 compound NUM 250 CD
        5 nummod NUM million CD
        2 dobj NOUN reais NNS
        5 prep ADP by IN
        6 pobj PROPN Brazil NNP
    """, ents={"Vale": "ORG", "Brazil": "GPE", "250 million reais": "MONEY"})
    assert pairs(doc) == {("Brazil", "fine", "Vale")}
    assert amount_of(doc[2], doc[0]) == "250 million reais"


def test_a_name_inside_a_money_entity_is_split_off():
    doc = parse("Ofcom fined Vodafone 2 million pounds", """
        1 nsubj PROPN Ofcom NNP
        1 ROOT VERB fine VBD
        5 nmod PROPN Vodafone NNP
        4 compound NUM 2 CD
        5 nummod NUM million CD
        1 dobj NOUN pound NNS
    """, ents={"Ofcom": "ORG", "Vodafone 2 million pounds": "MONEY"})
    repair_entities(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Ofcom", "ORG"),
                                                      ("2 million pounds", "MONEY")]


@pytest.mark.parametrize("words", [
    "Myanmar 's army bombed Mindat",
    "Sudan 's military shelled Omdurman",
    "Russia 's navy struck Odesa",
])
def test_a_past_modifier_with_its_own_subject_is_a_clause(words):
    # the parser makes the verb an adjective of the name after it
    owner, _, group, verb, place = words.split(" ")
    doc = parse(words, f"""
        2 poss PROPN {owner} NNP
        0 case PART 's POS
        3 nsubj NOUN {group} NN
        4 amod VERB {verb} VBN
        4 ROOT PROPN {place} NNP
    """, ents={owner: "GPE", place: "GPE"})
    assert (group, verb, place) in pairs(doc)


def test_a_past_modifier_without_a_subject_stays_a_modifier():
    doc = parse("Israel struck bombed Gaza", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB strike VBD
        3 amod VERB bomb VBN
        1 dobj PROPN Gaza NNP
    """, ents={"Israel": "GPE", "Gaza": "GPE"})
    assert pairs(doc) == {("Israel", "strike", "Gaza")}


@pytest.mark.parametrize(("words", "verb", "lemma", "name", "time"), [
    ("France sent jets to Kyiv weeks ahead", "sent", "send", "Kyiv", "weeks"),
    ("Japan shipped rice to Manila days later", "shipped", "ship", "Manila", "days"),
    ("Egypt handed bodies to Israel hours later", "handed", "hand", "Israel", "hours"),
])
def test_a_name_glued_to_a_time_noun_is_the_object_of_the_preposition(
        words, verb, lemma, name, time):
    subject, _, thing, _, _, _, last = words.split(" ")
    doc = parse(words, f"""
        1 nsubj PROPN {subject} NNP
        1 ROOT VERB {lemma} VBD
        1 dobj NOUN {thing} NNS
        1 prep ADP to IN
        5 compound PROPN {name} NNP
        3 pobj NOUN {time} NNS
        5 advmod ADV {last} RB
    """, ents={subject: "GPE", name: "GPE", time: "DATE"})
    found = pairs(doc)
    assert (subject, lemma, name) in found
    assert not any(o == time for _, _, o in found)


def test_a_participle_clause_with_its_own_subject_is_active():
    # "reports that Russia had supplied weapons": an acl with a subject is no reduced
    # relative, and what a denial denies is negated
    doc = parse("Moscow denied reports that Russia had supplied drones", """
        1 nsubj PROPN Moscow NNP
        1 ROOT VERB deny VBD
        1 dobj NOUN report NNS
        6 mark SCONJ that IN
        6 nsubj PROPN Russia NNP
        6 aux AUX have VBD
        2 acl VERB supply VBN
        6 dobj NOUN drone NNS
    """, ents={"Moscow": "GPE", "Russia": "GPE"})
    found = {(t.subject.text, t.lemma, t.object.text, t.negated) for t in all_triples(doc)}
    assert ("Russia", "supply", "drones", True) in found
    assert not any(s == "drones" for s, _, _, _ in found)


def test_two_concepts_need_a_missed_name_and_an_event_class():
    from actorgraph.extract.hygiene import unrecognised_name
    doc = parse("rebels seized Aleppo from President forces", """
        1 nsubj NOUN rebel NNS
        1 ROOT VERB seize VBD
        1 dobj PROPN Aleppo NNP
        1 prep ADP from IN
        5 compound PROPN President NNP
        3 pobj NOUN force NNS
    """)
    assert unrecognised_name(doc[2])
    assert not unrecognised_name(doc[4])  # a title is no name
    assert not unrecognised_name(doc[0])


@pytest.mark.model
def test_two_concepts_without_an_event_class_stay_out(extractor):
    # "Programming" is a proper noun the NER leaves untyped; "range from" is no event
    (result,) = extractor.extract([Article("t", "Programming ranged from music to gender, "
                                                "science to art.")])
    assert not result.triples


@pytest.mark.parametrize(("mark", "expected"), [
    ("", {("Russia", "shell", "Kherson")}),
    ("as", set()),  # "as shelled by Russia": a comparison, not what Kherson underwent
])
def test_a_fronted_passive_participle_but_not_a_comparison(mark, expected):
    words = ([mark] if mark else []) + "shelled by Russia , Kherson lost power".split()
    off = 1 if mark else 0
    rows = ([f"{1} mark SCONJ {mark} IN"] if mark else []) + [
        f"{5 + off} advcl VERB shell VBN", f"{off} agent ADP by IN",
        f"{1 + off} pobj PROPN Russia NNP", f"{5 + off} punct PUNCT , ,",
        f"{5 + off} nsubj PROPN Kherson NNP", f"{5 + off} ROOT VERB lose VBD",
        f"{5 + off} dobj NOUN power NN"]
    doc = parse(" ".join(words), "\n".join(rows), ents={"Russia": "GPE", "Kherson": "GPE"})
    found = {(s, r, o) for s, r, o in pairs(doc) if r == "shell"}
    assert found == expected


@pytest.mark.parametrize(("text", "lemma"), [
    ("Spain did not fine Google", "fine"),
    ("Beijing did not free Spavor", "free"),
    ("Kyiv did not clear Mariupol", "clear"),
])
def test_an_adjective_with_an_object_is_a_verb(text, lemma):
    words = text.split(" ")
    doc = parse(text, f"""
        3 nsubj PROPN {words[0]} NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT ADJ {lemma} JJ
        3 dobj PROPN {words[4]} NNP
    """, ents={words[0]: "GPE", words[4]: "ORG"})
    assert not pairs(doc)  # an adjective is no clause
    repair_verbs(doc)
    assert (doc[3].pos_, doc[3].tag_) == ("VERB", "VB")
    triples = list(all_triples(doc))
    assert [(t.subject.text, t.lemma, t.object.text, t.negated) for t in triples] == [
        (words[0], lemma, words[4], True)]


# -- whole sentences through the model ---------------------------------------------

CONSTRUCTIONS = {
    "amount after the object": [
        ("The Competition and Markets Authority fined Sony 2 million pounds on Monday.",
         [("Competition and Markets Authority", "fine", "Sony", False, False)], []),
        ("A Dutch court fined Deutsche Bank 40 million euros for weak money laundering "
         "controls.", [("Dutch court", "fine", "Deutsche Bank", False, False)], []),
        ("The European Commission closed its inquiry on Wednesday, fining Google 2.4 billion "
         "euros.", [("European Commission", "fine", "Google", False, False)], []),
    ],
    "passive with an amount or a misparsed by": [
        ("Meta was fined 1.2 billion euros by Ireland's data regulator.",
         [("Ireland's data regulator", "fine", "Meta", False, False)], []),
        ("Egypt was lent $3 billion by the IMF.", [("IMF", "lend", "Egypt", False, False)], []),
        ("Taiwan was sold 66 F-16 jets by the United States.",
         [("United States", "sell", "Taiwan", False, False)], []),
    ],
    "adjective read as a verb": [
        ("Italy did not fine Ryanair, officials said.",
         [("Italy", "fine", "Ryanair", True, False)], []),
        ("The court did not free Navalny.", [("court", "free", "Navalny", True, False)], []),
        ("France did not fine Apple, officials said.",
         [("France", "fine", "Apple", True, False)], []),
    ],
    "facility, office or envoy of a named owner": [
        ("Protesters stormed Sweden's embassy in Baghdad and set it on fire.",
         [("protesters", "storm", "Sweden", False, False)], []),
        ("Kenya summoned Uganda's ambassador on Friday over the border clashes.",
         [("Kenya", "summon", "Uganda", False, False)], []),
        ("FBI agents searched Donald Trump's residence in Florida.",
         [("Federal Bureau of Investigation", "search", "Donald Trump", False, False)], []),
        # other people of a named actor are not the actor
        ("Prosecutors questioned Navalny's lawyers on Tuesday.", [],
         [("prosecutors", "Alexei Navalny"), ("prosecutors", "Navalny")]),
    ],
    "event noun with a recipient or destination": [
        ("Sweden's delivery of Gripen jets to Hungary was completed in March.",
         [("Sweden", "deliver", "Hungary", False, False)], [("Hungary", "Sweden")]),
        ("The IMF's loan to Argentina is the largest in its history.",
         [("IMF", "loan", "Argentina", False, False)], []),
        # what the grant will do is future, not the grant
        ("Norway's grant to the Palestinian Authority will pay teachers' salaries.",
         [("Norway", "grant", "Palestinian Authority", False, False)], []),
        ("Modi's visit to Moscow drew criticism from Kyiv.",
         [("Modi", "visit", "Moscow", False, False)], []),
    ],
    "event noun of seizing, annexing or recognising": [
        ("Russia's annexation of Crimea in 2014 triggered Western sanctions.",
         [("Russia", "annex", "Crimea", False, False)], []),
        ("Iran's capture of the Stena Impero raised tensions with London.",
         [("Iran", "capture", "Stena Impero", False, False)], []),
        ("Ethiopia's recognition of Somaliland alarmed Mogadishu.",
         [("Ethiopia", "recognize", "Somaliland", False, False)], []),
        ("Brussels' fine on Meta was upheld by the court.",
         [("Brussels", "fine", "Meta", False, False)], []),
    ],
    "no cause through a verb of temporal order": [
        ("India's expulsion of six Canadian diplomats followed the killing of a Sikh activist.",
         [("India", "expel", "Canada", False, False)], [("India", "killing")]),
        ("China's summons of the Japanese ambassador came a day after the remarks.",
         [("China", "summon", "Japanese ambassador", False, False)], [("China", "day")]),
        ("Hamas's release of four hostages preceded the Israeli withdrawal.",
         [("Hamas", "release", "hostages", False, False)], [("Hamas", "Israeli withdrawal")]),
    ],
    "instrument counted by a quantity": [
        ("Eilat was hit by hundreds of drones launched by the Houthis.",
         [("Houthis", "hit", "Eilat", False, False)], [("drones", "Eilat")]),
        ("Kharkiv was struck by a barrage of missiles launched by Russia.",
         [("Russia", "strike", "Kharkiv", False, False)], []),
        ("An army base in Golan was hit by dozens of rockets fired by Hezbollah overnight.",
         [("Hezbollah", "hit", "army base in Golan", False, False)], []),
    ],
    "recipient hung on what is given": [
        ("South Korea has not delivered artillery shells to Ukraine, Seoul said.",
         [("South Korea", "deliver", "Ukraine", True, False)], [("Ukraine", "South Korea")]),
        ("Iran sent hundreds of drones to Russia last year.",
         [("Iran", "send", "Russia", False, False)], []),
        ("Sweden's delivery of Gripen jets to Hungary was completed in March.",
         [("Sweden", "deliver", "Hungary", False, False)], []),
    ],
    "event noun after a verb of intent": [
        ("Israel is preparing a strike on Iran's oil facilities.",
         [("Israel", "strike", "Iran", False, True)], []),
        ("Turkey threatened new strikes on Kurdish fighters in Syria.",
         [("Turkey", "threaten strike", "Kurdish fighters", False, True)], []),
        ("Sudan's army is planning an offensive against the Rapid Support Forces.",
         [("Sudan", "offensive", "Rapid Support Forces", False, True)], []),
        # a definite event noun was carried out
        ("Hamas planned the attack on Israel for two years.",
         [("Hamas", "attack", "Israel", False, False)], []),
    ],
    "denial": [
        ("The Rapid Support Forces denied attacking the Zamzam camp.",
         [("Rapid Support Forces", "attack", "Zamzam camp", True, False)], []),
        ("The Pentagon denied that US jets had bombed the Kataib Hezbollah base.",
         [("United States", "bomb", "Kataib Hezbollah base", True, False)], []),
        ("The Kremlin denied reports that Russia had supplied weapons to the Houthis.",
         [("Russia", "supply", "Houthis", True, True)], []),
        ("Venezuela rejected claims that it had armed the ELN rebels.",
         [("Venezuela", "arm", "ELN rebels", True, True)], []),
        # a report confirmed is no denial
        ("Officials confirmed reports that Iran had supplied drones to Russia.",
         [("Iran", "supply", "Russia", False, False)], []),
    ],
    "without doing": [
        ("Russia annexed the four regions without consulting Kyiv.",
         [("Russia", "consult", "Kyiv", True, False),
          ("Russia", "annex", "regions", False, False)],
         []),
        ("The United States struck the Houthis without informing Congress.",
         [("United States", "inform", "Congress", True, False)], []),
        ("Hamas released the hostages without alerting the Red Cross.",
         [("Hamas", "alert", "Red Cross", True, False)], []),
    ],
    "nationality or leader of a modifier of an event noun": [
        ("A Turkish drone strike on a car in Qamishli killed two PKK commanders.",
         [("Turkey", "kill", "PKK", False, False)], []),
        ("A Saudi-led coalition airstrike on a prison in Saada killed 70 people.",
         [("Saudi Arabia", "strike", "prison in Saada", False, False)], []),
        ("A US-led raid on a compound in Idlib killed an Islamic State leader.",
         [("United States", "raid", "compound in Idlib", False, False)], []),
    ],
    "a name the NER missed, in an event": [
        ("Syrian rebels seized Aleppo in a surprise offensive.",
         [("Syrian rebels", "seize", "Aleppo", False, False)], []),
        ("Aleppo was seized by rebels after days of fighting.",
         [("rebels", "seize", "Aleppo", False, False)], []),
        ("Gunmen abducted Sheikh Bakri near the border, police said.",
         [("gunmen", "abduct", "Bakri", False, False)], []),
    ],
    "fronted passive participle": [
        ("Besieged by Serb forces for four years, Sarajevo ran short of food.",
         [("Serbia", "besiege", "Sarajevo", False, False)], [("Sarajevo", "Serbia")]),
        ("Attacked by Hamas on October 7, Israel declared war.",
         [("Hamas", "attack", "Israel", False, False)], []),
        ("Hit by Western sanctions, Russia turned to China for trade.",
         [("Western sanctions", "hit", "Russia", False, False)], []),
    ],
    "after being done by": [
        ("The tanker sank after being struck by Houthi missiles.",
         [("Houthi", "strike", "tanker", False, False)], []),
        ("Navalny died in prison after being poisoned by Russian agents.",
         [("Russia", "poison", "Navalny", False, False)], []),
        ("The journalist fled the country after being detained by Iranian police.",
         [("Iran", "detain", "journalist", False, False)], []),
    ],
    "possessor undergoes an event with a by agent": [
        ("Mosul's capture by Islamic State shocked Baghdad.",
         [("Islamic State", "capture", "Mosul", False, False)], []),
        ("Kyiv's bombardment by Russia continued overnight.",
         [("Russia", "bombard", "Kyiv", False, False)], []),
        ("Gaza's blockade by Israel began in 2007.",
         [("Israel", "blockade", "Gaza", False, False)], []),
    ],
    "name in apposition to a common noun": [
        ("Amazon acquired the grocery chain Whole Foods for $13.7 billion.",
         [("Amazon", "acquire", "Whole Foods", False, False)], []),
        ("Israel struck the militant group Islamic Jihad in Gaza.",
         [("Israel", "strike", "Islamic Jihad", False, False)], []),
        ("The court sentenced the opposition leader, Alexei Navalny, to 19 years.",
         [("court", "sentence", "Alexei Navalny", False, False)], []),
    ],
    "event noun of commerce or a ruling": [
        ("Amazon's acquisition of Whole Foods closed in August.",
         [("Amazon", "acquire", "Whole Foods", False, False)], []),
        ("The Supreme Court's ruling against Evo Morales ended his bid for a fourth term.",
         [("Supreme Court", "rule", "Evo Morales", False, False)], []),
        ("Turkey's purchase of S-400 missiles from Russia angered Washington.",
         [("Turkey", "purchase", "S-400 missiles", False, False)], []),
    ],
    "addressee of a warning, apology or offer": [
        ("Iran's warning to Israel came hours after the strike.",
         [("Iran", "warn", "Israel", False, False)], [("Israel", "Iran")]),
        ("Japan's apology to South Korea was welcomed in Seoul.",
         [("Japan", "apology", "South Korea", False, False)], []),
        ("Russia's offer to Ukraine was rejected by Kyiv.",
         [("Russia", "offer", "Ukraine", False, False)], []),
    ],
    "at the hands of": [
        ("Dozens of civilians were killed at the hands of the Rapid Support Forces.",
         [("Rapid Support Forces", "kill", "civilians", False, False)], []),
        ("Hundreds of Rohingya were killed at the hands of Myanmar's army.",
         [("Myanmar", "kill", "Rohingya", False, False)], []),
        ("Two journalists were tortured at the hands of Syrian intelligence.",
         [("Syria", "torture", "journalists", False, False)], []),
    ],
    "reciprocal event between named parties": [
        ("The talks between Armenia and Azerbaijan collapsed on Friday.",
         [("Armenia", "talk", "Azerbaijan", False, False),
          ("Azerbaijan", "talk", "Armenia", False, False)], []),
        ("Clashes between Israel and Hezbollah intensified overnight.",
         [("Israel", "clash", "Hezbollah", False, False),
          ("Hezbollah", "clash", "Israel", False, False)], []),
        # only supposed
        ("A war between India and Pakistan would be catastrophic.",
         [("India", "war", "Pakistan", False, True),
          ("Pakistan", "war", "India", False, True)], []),
    ],
    "event noun made from a verb": [
        ("The dismissal of Valerii Zaluzhnyi by Volodymyr Zelensky surprised Western officials.",
         [("Volodymyr Zelensky", "dismiss", "Valerii Zaluzhnyi", False, False)],
         # what the dismissal did is not Zelensky's deed
         [("Volodymyr Zelensky", "Western officials")]),
        ("The imprisonment of Alexei Navalny by Russian authorities drew sanctions.",
         [("Russia", "imprison", "Alexei Navalny", False, False)], []),
        # goods a measure is laid on stand for their country, as "imports from Ukraine"
        ("Poland's blocking of Ukrainian grain imports angered Kyiv.",
         [("Poland", "block", "Ukraine", False, False)], [("Poland", "Kyiv")]),
        # parsed without its verb ("talks frustrated Brussels" as one phrase): nothing
        ("Hungary's blocking of Ukraine's accession talks frustrated Brussels.",
         [], [("Hungary", "Brussels")]),
    ],
    "by agent of an event noun hung on its patient, or a body that acts": [
        ("The arrest of Ousmane Sonko by security forces sparked protests in Dakar.",
         [("security forces", "arrest", "Ousmane Sonko", False, False)], []),
        ("The detention of Maria Ressa by police officers in Manila drew criticism.",
         [("police officers", "detain", "Maria Ressa", False, False)], []),
        ("The execution of Jamshid Sharmahd by the authorities was condemned in Berlin.",
         [("authorities", "execute", "Jamshid Sharmahd", False, False)], []),
        # a work's maker is no agent of what is done to it
        ("The sale of a Warhol portrait by Sotheby's set a record.",
         [], [("Sotheby's", "Warhol")]),
    ],
    "a second event joined to the patient of an event noun": [
        ("Amnesty condemned Iran's repression of women and its execution of protesters.",
         [("Iran", "repress", "women", False, False)], [("Iran", "execution")]),
        ("Beijing's detention of two Canadians and its ban on their imports angered Ottawa.",
         [("Beijing", "detain", "Canadians", False, False)], [("Beijing", "ban")]),
        ("Pompeo cited the Cuban government's repression of the Cuban people and its "
         "support for Nicolas Maduro.",
         [("Cuba", "repress", "Cuban people", False, False)], [("Cuba", "support")]),
    ],
    "what is given stands for its giver as the by-agent": [
        ("Backed by a $15 billion loan from the IMF, Egypt devalued its currency.",
         [("IMF", "back", "Egypt", False, False)], [("loan", "Egypt")]),
        ("Supported by funding from Qatar, Hamas rebuilt its tunnels.",
         [("Qatar", "support", "Hamas", False, False)], []),
        ("The hospital in Gaza was funded by a grant from the World Bank.",
         [("World Bank", "fund", "hospital in Gaza", False, False)], []),
        ("Backed by military aid from Washington, Kyiv launched a counteroffensive.",
         [("Washington", "back", "Kyiv", False, False)], [("aid", "Kyiv")]),
    ],
    "fronted participle with a by agent: the main subject": [
        ("Backed by Rwanda, M23 rebels seized Goma in January.",
         [("M23", "seize", "Goma", False, False), ("Rwanda", "back", "M23", False, False)],
         [("Rwanda", "Goma")]),
        ("Backed by Washington, Kurdish forces attacked Raqqa.",
         [("Kurdish forces", "attack", "Raqqa", False, False),
          ("Washington", "back", "Kurdish forces", False, False)], [("Washington", "Raqqa")]),
        ("Backed by Moscow, Wagner mercenaries attacked Moura in March.",
         [("Wagner mercenaries", "attack", "Moura", False, False)], [("Moscow", "Moura")]),
    ],
    "a named group acting on a thing of a named side": [
        ("Chinese coast guard vessels fired water cannon at a Philippine supply boat.",
         [("Chinese coast guard vessels", "fire at", "Philippine supply boat", False, False)],
         []),
        ("Iranian commandos seized a Greek tanker in the Gulf of Oman.",
         [("Iranian commandos", "seize", "Greek tanker", False, False)], []),
        ("Turkish police officers detained an Iraqi fishing crew near the border.",
         [("Turkish police officers", "detain", "Iraqi fishing crew", False, False)], []),
        # no event class: two descriptions say nothing about actors
        ("Chinese firms bought a German robot maker last year.",
         [], [("Chinese firms", "German robot maker")]),
    ],
    "outcome clause with a subject of its own": [
        ("Hezbollah fired rockets at Israel, leading to Israel striking Beirut.",
         [("Israel", "strike", "Beirut", False, False)],
         [("Hezbollah", "Beirut")]),
        ("Poll workers quit across Wisconsin, leading to Governor Tony Evers deploying the "
         "National Guard.", [("Tony Evers", "deploy", "National Guard", False, False)],
         [("poll workers", "Tony Evers"), ("poll workers", "National Guard")]),
        ("Russia cut gas supplies to Europe, leading to Germany reopening its coal plants.",
         # (the plants are the adjunct's own subject's, so labelled since session 41)
         [("Germany", "reopen", "Germany's coal plants", False, False)],
         [("Russia", "coal plants"), ("Russia", "Germany's coal plants")]),
    ],
    "a court upholding a judgement passes it": [
        ("A Seoul court on Friday upheld the conviction of former president Park Geun-hye.",
         [("Seoul court", "convict", "Park Geun-hye", False, False)], []),
        ("The appeals court upheld the conviction of Derek Chauvin for the murder of George "
         "Floyd.", [("appeals court", "convict", "Derek Chauvin", False, False)],
         [("appeals court", "George Floyd")]),
        # (the ban on Somali imports is aimed at Somalia, as one on imports from Somalia)
        ("Kenya's Supreme Court upheld the ban on Somali khat imports.",
         [("Supreme Court", "ban", "Somalia", False, False)], []),
    ],
    "crossing of a named place": [
        ("Polish farmers blocked the Dorohusk border crossing for a third week.",
         [("Polish farmers", "block", "Dorohusk", False, False)], []),
        ("Hungary reopened the Roszke crossing with Serbia.",
         [("Hungary", "reopen", "Roszke", False, False)], []),
        ("Egyptian authorities reopened the Rafah crossing on Saturday.",
         [("Egypt", "reopen", "Rafah", False, False)], []),
    ],
}

CASES = cases(CONSTRUCTIONS)


def test_each_construction_has_three_sentences():
    assert all(len(rows) >= 3 for rows in CONSTRUCTIONS.values())


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), CASES)
def test_construction(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "amount"), [
    ("The Competition and Markets Authority fined Sony 2 million pounds on Monday.",
     "2 million pounds"),
    ("Meta was fined 1.2 billion euros by Ireland's data regulator.", "1.2 billion euros"),
    ("The European Commission closed its inquiry on Wednesday, fining Google 2.4 billion "
     "euros.", "2.4 billion euros"),
    ("The World Bank lent Pakistan $500 million to rebuild flooded areas.", "$500 million"),
])
def test_the_amount_is_the_quantity_never_a_side(extractor, sentence, amount):
    (result,) = extractor.extract([Article("t", sentence)])
    given = [t for t in result.triples if t.relation.lemma in ("fine", "lend")]
    assert given and all(t.quantity == amount for t in given)
    assert not any(amount in (t.object.text, t.subject.text) for t in result.triples)


# -- "Backed by X, Y did Z": the subject the parser joins to the agent -------------------

#: "Backed by Rwanda, M23 rebels seized Goma" as the small model parses it: "rebels" a
#: conjunct of the agent "Rwanda" (no "and"), "seized" without a subject.
STRANDED = [
    ("Backed by Rwanda , M23 rebels seized Goma", "back", "seize",
     {"Rwanda": "GPE", "M23": "ORG", "Goma": "GPE"}, ("Rwanda", "rebels", "Goma")),
    ("Armed by Iran , Houthi militants attacked Eilat", "arm", "attack",
     {"Iran": "GPE", "Houthi": "ORG", "Eilat": "GPE"}, ("Iran", "militants", "Eilat")),
    ("Funded by Qatar , Hamas officials rebuilt Rafah", "fund", "rebuild",
     {"Qatar": "GPE", "Hamas": "ORG", "Rafah": "GPE"}, ("Qatar", "officials", "Rafah")),
]


@pytest.mark.parametrize(("text", "back", "act", "ents", "names"), STRANDED,
                         ids=[s[0][:20] for s in STRANDED])
def test_a_subject_stranded_on_the_agent_of_a_fronted_participle(text, back, act, ents, names):
    w = text.split(" ")
    doc = parse(text, f"""
        6 advcl VERB {back} VBN
        0 agent ADP by IN
        1 pobj PROPN {w[2]} NNP
        2 punct PUNCT , ,
        5 compound PROPN {w[4]} NNP
        2 conj NOUN {w[5]} NNS
        6 ROOT VERB {act} VBD
        6 dobj PROPN {w[7]} NNP
    """, ents=ents)
    backer, subject, place = names
    assert pairs(doc) == {(backer, back, subject), (subject, act, place)}
