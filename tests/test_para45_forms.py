"""One-sentence paraphrase forms whose sides the parse puts in the wrong place (issue 12,
session 45).

* a "by" phrase the parser hung on the active gerund after a passive verb with no agent of
  its own (or on the gerund's object) is the passive verb's agent, also when the NER left
  the name untyped ("was stripped of hosting rights by Concacaf"), and no owner of the
  gerund's object: "Chelsea were barred from signing new players by FIFA" is FIFA's ban,
  not a "sign player" aimed at FIFA (:func:`~extract.rules.base.passive_gerund`); a "by"
  phrase after the object of an active verb keeps its reading ("to protest the arrest of X
  by police");
* the first of two verbs of an act always done to someone shares the second's object also
  across an adverb of time between "and" and the second (``[sequence_adverbs]``): "the
  Taliban detained and later released two aid workers" (detain them too, as "arrested and
  charged three men" already did); a first verb with an object or phrase of its own, or one
  that may stand alone ("advanced and then captured X"), shares nothing;
* an -ing word with a possessor and a "by" phrase that the parser read as a verb is the
  noun of an act done to the possessor (``hygiene._possessed_gerund``): "Kyiv's shelling
  by Russian forces" is Russia's shelling of Kyiv, never the other way round, as
  "Mariupol's bombing by Russian jets", parsed as a noun, already was; a "by" phrase that
  names no one ("by video link") still makes no agent;
* a bare "the group" (an organisation's description) in apposition to a named
  organisation stands for it when a relative clause right after it, with no comma, says
  which group it is (``actors._restrictive_relative``): "Hamas, the group that attacked
  Israel, ..." makes Hamas the attacker (not a vague "group"); "the company, which sued
  X, said" (an aside) is left as it was;
* a "which" whose clause the parser hung on a person named in the "of" phrase of a noun
  stands for that noun, never the person (``base._thing_antecedent``): "the arrest of
  Imran Khan, which sparked clashes" is no clash Khan sparked, "the killing of X, which
  Iran blamed on Israel" no blame of X; "who" after a person keeps the person;
* a subject the parser hung on a verb of saying set off by commas right after it is the
  clause's again (``hygiene._subject_before_aside``): "Russian forces, Ukraine's military
  said, shelled Kherson" (Russia shell Kherson, not a subject-less clause), also when the
  speaker was read as the subject's apposition ("Israeli jets, Lebanon's health ministry
  said, struck X"); a true apposition closed by a comma, and a speaker after the clause,
  keep their readings;
* a relative pronoun that is the subject of the clause a relative clause of saying
  reports stands for the noun that clause is hung on (``base.said_in_relative``): "the
  Houthis, who Washington says are armed by Iran, ..." is Iran arm the Houthis (it was
  no triple: "who" stood for no one);
* the named ones a phrase of company set off by commas after a subject joins to it do what
  it does (``base.accompanying``, ``[accompanying_phrases]``): "Britain, along with the
  United States, sanctioned X" (the United States too), "together with", "alongside"; a
  phrase after the object ("sanctioned X along with their deputies") and an unnamed
  companion ("along with his wife") add no one;
* the subject pronoun of a claim that a verb of denial rejects stands for the one denying
  also when that one is itself a pronoun ("X said it rejected Moscow's accusation that *it*
  had attacked Y": X, as the denying "it"), and for no one when the one denying is a name
  the NER missed ("Kyiv rejected Moscow's accusation that it had attacked Y"), never for
  the claimant, whom the nearest name gave (``coref.denying_subject``): the deed was told
  the wrong way round;
* an "it"/"they" subject of a clause of cause or occasion ("because", "after", ...:
  ``[motive_marks]``) after an act on a named or singular object that agrees with it may
  be that object as well as the doer, so it stands for no one
  (``Coreference._either_party``): "the EU fined Apple because it had blocked rival
  services" is no blocking by the EU (it stood for the EU, the subject);
* a name the parser read as the object of "said", set off by a comma, is the subject of the
  reported clause after a second comma, and the participle between the commas its
  adjunct (``hygiene._reported_subject_read_as_object``): "researchers said Sandworm,
  having hacked Ukrenergo, waited ..." is Sandworm's hack, not the researchers'; "told
  Netanyahu, speaking by phone, that ..." (an addressee) is left as it was;
* an -ing verb with only a prepositional object that the parser made the object of a verb
  of denial or an aspectual verb is its complement (``hygiene._gerund_complement_read_as_
  object``): "China denied spying on Tibetan exiles" is a negated "spy on", as "denied
  firing on X", parsed as a complement, already was; "denied the spying on X" (a noun)
  and "denied wrongdoing" stay;
* a root event noun with a named possessor whose sentence verb the parser read as a
  modifier after the comma that closes a participle set off after the noun or its "of"
  phrase still names its act (``nominal._owned_swallowing``): "the Commission's
  compensation of Greek fishermen, approved on Monday, angered growers" (compensate), as
  without the participle; the noun the swallowed verb is hung on stays no target.

Each construction is run through the model on news-style sentences written for these
tests (none is from an evaluation set); rows as in :mod:`tests.test_forms_para`:
(sentence, present triples as (subject label, relation lemma, object label, negated,
hedged), absent (subject, object) pairs).
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import cases, check_construction

CONSTRUCTIONS = {
    "a by agent hung on the gerund after a passive verb": [
        ("Chelsea were barred from signing new players by FIFA for two transfer windows.",
         [("FIFA", "bar", "Chelsea", False, False)], [("Chelsea", "FIFA")]),
        ("Mexico was stripped of hosting rights for the Gold Cup by Concacaf on Friday.",
         [("Concacaf", "strip", "Mexico", False, False)], [("Mexico", "Concacaf")]),
        ("Belarus was barred from sending athletes to the Olympics by the IOC on Thursday.",
         [("IOC", "bar", "Belarus", False, False)], [("Belarus", "IOC")]),
        ("Lufthansa was banned from flying over Russian territory by Moscow in 2022.",
         [("Moscow", "ban", "Lufthansa", False, False)], [("Lufthansa", "Moscow")]),
    ],
    "guard: a by agent after the object of an active verb": [
        ("Opposition parties boycotted parliament to protest the arrest of Imran Khan by "
         "Pakistani police.", [("Pakistan", "arrest", "Imran Khan", False, False)], []),
        ("Thousands of students marched in Dhaka to protest the detention of Omar Khalid by "
         "Bangladeshi police.",
         [("Bangladeshi police", "detain", "Omar Khalid", False, False)], []),
        ("Sweden rejected calls by Ankara to extradite the journalist.", [],
         [("Ankara", "Sweden")]),
    ],
    "two verbs sharing one object across an adverb of time": [
        ("The Taliban detained and later released two British aid workers in Kabul.",
         [("Taliban", "detain", "British aid workers", False, False),
          ("Taliban", "release", "British aid workers", False, False)], []),
        ("Hungarian police arrested and then deported three Syrian men.",
         [("Hungary", "arrest", "Syrian men", False, False),
          ("Hungary", "deport", "Syrian men", False, False)], []),
        ("Rebels captured and subsequently executed a Nigerien soldier near Tillaberi.",
         [("rebels", "capture", "Nigerien soldier", False, False)], []),
        ("Russia invaded and later annexed Crimea.",
         [("Russia", "invade", "Crimea", False, False)], []),
    ],
    "guard: a first verb with an object of its own, or one that may stand alone": [
        ("Egyptian police arrested dozens of students on Friday and later released Ahmed "
         "Saleh.", [("Egypt", "release", "Ahmed Saleh", False, False)], []),
        ("Turkish troops advanced and then captured the town of Afrin.",
         [("Turkey", "capture", "Afrin", False, False)], []),
        ("The army retreated and later attacked the town.", [], [("army", "town")]),
    ],
    "an -ing word with a possessor and a by agent": [
        ("Kyiv's shelling by Russian forces continued overnight.",
         [("Russia", "shell", "Kyiv", False, False)], []),
        ("Odesa's shelling by Russia damaged the port.",
         [("Russia", "shell", "Odesa", False, False)], []),
        ("Zaporizhzhia's shelling by Russian troops cut power to the plant.",
         [("Russia", "shell", "Zaporizhzhia", False, False)], []),
        ("Navalny's jailing by a Moscow court drew condemnation.",
         [("Moscow court", "jail", "Navalny", False, False)], []),
    ],
    "guard: a possessor's own act, a by phrase that names no one": [
        ("Biden's meeting by video link with Xi Jinping lasted two hours.",
         [("Biden", "meet", "Xi Jinping", False, False)], []),
        ("Mariupol's bombing by Russian jets killed hundreds.",
         [("Russia", "bomb", "Mariupol", False, False)], []),
        ("The party's winning by a landslide surprised analysts.", [], []),
    ],
    "a named organisation's description with a relative clause": [
        ("Hamas, the group that attacked Israel on October 7, released four hostages.",
         [("Hamas", "attack", "Israel", False, False)], [("group", "Israel")]),
        ("JNIM, the group which kidnapped the aid worker, demanded a ransom.",
         [("JNIM", "kidnap", "aid worker", False, False)], []),
        ("Apollo Global, the firm which bought Yahoo, sold its stake.",
         [("Apollo Global", "buy", "Yahoo", False, False)], []),
    ],
    "guard: an aside set off by a comma": [
        ("Shell, the company, which sued Greenpeace last year, said it would appeal.", [],
         [("Shell", "Greenpeace")]),
        ("Hamas, the militant group, released four hostages.",
         [("Hamas", "release", "hostages", False, False)], []),
        ("Wagner, the group that fought in Bakhmut, recruited prisoners.",
         [("Wagner", "recruit", "prisoners", False, False)], []),
    ],
    "which after a person in a noun's of phrase": [
        ("Riots followed the arrest of Imran Khan, which sparked clashes in Lahore.", [],
         [("Imran Khan", "clashes"), ("Imran Khan", "Lahore")]),
        ("Rights groups condemned the jailing of Joshua Wong, which sparked protests in Hong "
         "Kong.", [], [("Joshua Wong", "protests")]),
        ("Washington condemned the sentencing of Evan Gershkovich, which drew criticism from "
         "Berlin.", [], [("Evan Gershkovich", "criticism"), ("Evan Gershkovich", "Berlin")]),
        ("Iran vowed revenge for the killing of Ismail Haniyeh, which it blamed on Israel.",
         [("Israel", "kill", "Ismail Haniyeh", False, True)], []),
    ],
    "guard: who after a person": [
        ("Thousands mourned Hassan Nasrallah, who was killed by Israel on Friday.",
         [("Israel", "kill", "Hassan Nasrallah", False, False)], []),
        ("Kenyan police arrested Boniface Mwangi, an activist who had criticised President "
         "Ruto, at his home.", [("Kenya", "arrest", "Boniface Mwangi", False, False)], []),
        ("The UN welcomed the release of Olivier Dubois, who had been held for two years.",
         [], [("release", "Olivier Dubois")]),
    ],
    "a subject before a parenthesis of saying": [
        ("Russian forces, Ukraine's military said, shelled Kherson overnight.",
         [("Russia", "shell", "Kherson", False, False)], []),
        ("Israeli jets, Lebanon's health ministry said, struck the town of Nabatieh.",
         [("Israel", "strike", "Nabatieh", False, False)],
         [("Lebanon's health ministry", "Nabatieh")]),
        ("Russian troops, Kyiv's general staff said, captured the village of "
         "Novomykhailivka.", [("Russia", "capture", "Novomykhailivka", False, False)], []),
    ],
    "guard: a true apposition, a speaker after the clause": [
        ("Hamas, the militant group, said it had fired the rockets at Ashkelon.",
         [("Hamas", "fire at", "Ashkelon", False, False)], []),
        ("Iranian commandos seized the tanker in the Gulf of Oman, the U.S. Navy said.",
         [("Iranian commandos", "seize", "tanker", False, False)], []),
        ("The convoy, witnesses said, was attacked by gunmen on motorbikes.",
         [("gunmen", "attack", "convoy", False, False)], []),
    ],
    "a relative pronoun in the clause a relative clause of saying reports": [
        ("The Houthis, who Washington says are armed by Iran, attacked a British tanker.",
         [("Iran", "arm", "Houthis", False, False),
          ("Houthis", "attack", "British tanker", False, False)], []),
        ("Volt Typhoon, which Microsoft says is backed by China, targeted US ports.",
         [("China", "back", "Volt Typhoon", False, False)], []),
        ("Hezbollah, which Israel says is funded by Tehran, fired rockets at Haifa.",
         [("Tehran", "fund", "Hezbollah", False, False),
          ("Hezbollah", "fire at", "Haifa", False, False)], []),
    ],
    "guard: a relative pronoun of the clause of saying itself": [
        ("Hamas, which said it had fired the rockets, warned Israel.",
         [("Hamas", "warn", "Israel", False, False)], []),
        ("Kenya, which Washington praised for its mission in Haiti, hosted the talks.",
         [("Washington", "praise", "Kenya", False, False)], []),
        ("The Houthis attacked a British tanker, Washington says.",
         [("Houthis", "attack", "British tanker", False, False)], []),
        # the main clause's verb read into the relative clause is not the pronoun's
        ("Egypt's detention of the Vega Star, which the navy said had smuggled weapons, drew "
         "protests from Athens.", [("Egypt", "detain", "Vega Star", False, False)],
         [("Vega Star", "Athens"), ("Vega Star", "smuggled weapons")]),
        ("Turkey's seizure of the Lina Sun, which officials said had violated the embargo, "
         "drew protests from Greece.", [], [("Lina Sun", "Greece"), ("Lina Sun", "protests")]),
    ],
    "a subject's companions set off by commas": [
        ("Britain, along with the United States, sanctioned three Iranian generals.",
         [("United States", "sanction", "Iranian generals", False, False),
          ("United Kingdom", "sanction", "Iranian generals", False, False)], []),
        ("Britain, together with France, recognised the Palestinian state.",
         [("France", "recognise", "Palestine", False, False)], []),
        ("Russia, alongside Iran, armed the Syrian army.",
         [("Iran", "arm", "Syria", False, False)], []),
        ("Canada, along with Australia and New Zealand, condemned the crackdown in Hong "
         "Kong.", [("New Zealand", "condemn", "crackdown", False, False)], []),
    ],
    "guard: a companion after the object, an unnamed companion": [
        ("Britain sanctioned three Iranian generals along with their deputies.",
         [("United Kingdom", "sanction", "Iranian generals", False, False)],
         [("deputies", "Iranian generals")]),
        ("Mexico's president, along with his wife, visited the Pope in Rome.",
         [], [("wife", "Pope")]),
        ("Britain sanctioned Iran alongside the United States.",
         [("United Kingdom", "sanction", "Iran", False, False)], [("United States", "Iran")]),
    ],
    "a pronoun in a denied claim, the one denying a pronoun or a missed name": [
        ("Ukraine's foreign ministry said on Friday that it rejected Moscow's accusation that "
         "it had attacked the concert hall.",
         [("Ukraine", "attack", "concert hall", True, True)],
         [("Moscow", "concert hall")]),
        ("North Korea said it dismissed Seoul's claim that it had planted landmines near the "
         "border.", [("North Korea", "plant", "landmines", True, True)],
         [("Seoul", "landmines")]),
        ("Kyiv rejected Moscow's accusation that it had attacked the concert hall.", [],
         [("Moscow", "concert hall")]),
    ],
    "guard: a named one denying": [
        ("The Kremlin rejected Kyiv's claim that it had shelled the dam.",
         [("Kremlin", "shell", "dam", True, True)], [("Kyiv", "dam")]),
        ("Ukraine rejected Moscow's accusation that it had attacked the concert hall.",
         [("Ukraine", "attack", "concert hall", True, True)], []),
        ("Pyongyang dismissed Seoul's claim that it had planted landmines near the border.",
         [("Pyongyang", "plant", "landmines", True, True)], []),
    ],
    "it in a clause of cause or occasion after an act on someone": [
        ("The EU fined Apple because it had blocked rival music services.",
         [("European Union", "fine", "Apple", False, False)],
         [("European Union", "rival music services")]),
        ("Washington sanctioned the bank because it had financed Hamas.",
         [("Washington", "sanction", "bank", False, False)], [("Washington", "Hamas")]),
        ("China warned the Philippines after it rammed a Chinese vessel.",
         [("China", "warn", "Philippines", False, False)], [("China", "Chinese vessel")]),
    ],
    "guard: a named doer in the clause, no object before it": [
        ("Israel struck Gaza after Hamas fired rockets at Ashkelon.",
         [("Hamas", "fire at", "Ashkelon", False, False)], []),
        ("Boeing said it would appeal after it lost the case.",
         [("Boeing", "lose", "case", False, False)], []),
        ("Britain sanctioned Wagner because the group had recruited fighters in Mali.",
         [("United Kingdom", "sanction", "Wagner", False, False)],
         [("United Kingdom", "fighters")]),
        # the act on a thing, with no subject of its own: the one banned
        ("Harbor Robotics was barred by Washington from selling chips in the US after it "
         "shipped processors to Huawei.",
         [("Harbor Robotics", "ship", "processors", False, False)], []),
    ],
    "a reported subject read as the object of said": [
        ("Investigators said Lazarus, having breached Bybit weeks earlier, waited for the "
         "right moment to move the funds.", [("Lazarus", "breach", "Bybit", False, False)],
         [("investigators", "Bybit")]),
        ("Analysts said Hamas, having fired rockets at Tel Aviv for weeks, agreed to a truce.",
         [("Hamas", "fire at", "Tel Aviv", False, False)], [("analysts", "Tel Aviv")]),
        ("Officials said Wagner, having seized the airport on Monday, withdrew on Friday.",
         [("Wagner", "seize", "airport", False, False)], [("officials", "airport")]),
    ],
    "guard: a reported clause with its own subject, an addressee": [
        ("The minister said Iran, backed by Russia, had armed the Houthis.",
         [("Iran", "arm", "Houthis", False, False)], []),
        ("Police said Ahmed Saleh, the suspect, had fled to Libya.",
         [("Ahmed Saleh", "flee to", "Libya", False, False)], []),
        ("Biden told Netanyahu, speaking by phone on Monday, that the strikes must stop.",
         [("Biden", "tell", "Netanyahu", False, False)], []),
    ],
    "a gerund with a prepositional object read as the object of a denial": [
        ("China denied spying on Tibetan exiles.",
         [("China", "spy on", "Tibetan exiles", True, False)], []),
        ("Russia denied spying on British lawmakers.",
         [("Russia", "spy on", "United Kingdom", True, False)], []),
        ("Pakistan denied spying on Indian diplomats in Islamabad.",
         [("Pakistan", "spy on", "India", True, False)], []),
    ],
    "guard: a noun of spying, a gerund already a complement": [
        ("China denied the spying on Tibetan exiles.", [],
         [("China", "Tibetan exiles")]),
        ("Russia denied wrongdoing in the case.", [], [("Russia", "case")]),
        ("North Korea denied firing on South Korean soldiers.",
         [("North Korea", "fire on", "South Korea", True, False)], []),
    ],
    "a swallowed verb after a participle set off after the noun": [
        ("The European Commission's compensation of Greek fishermen, approved in Brussels on "
         "Monday, angered growers in Italy.",
         [("European Commission", "compensate", "Greek fishermen", False, False)], []),
        ("Iran's execution of Jamshid Sharmahd, announced by state media on Monday, angered "
         "Berlin.", [("Iran", "execute", "Jamshid Sharmahd", False, False)],
         [("Iran", "Berlin")]),
        ("Egypt's arrest of Alaa Abdel Fattah, confirmed by his lawyers on Sunday, angered "
         "London.", [("Egypt", "arrest", "Alaa Abdel Fattah", False, False)],
         [("Egypt", "London")]),
    ],
    "guard: a verb read as a verb, a participle with no swallowed verb": [
        ("Russia's expulsion of the Estonian ambassador, ordered on Friday, drew protests "
         "from Tallinn.", [("Russia", "expel", "Estonian ambassador", False, False)],
         [("Russia", "Tallinn")]),
        ("Hungary's veto of the aid package, announced in Brussels on Thursday, frustrated "
         "Kyiv.", [("Hungary", "veto", "aid package", False, False)], [("Hungary", "Kyiv")]),
        ("Iran's execution of Jamshid Sharmahd angered Berlin.",
         [("Iran", "execute", "Jamshid Sharmahd", False, False)], [("Iran", "Berlin")]),
    ],
}


def test_tables_have_rows_each():
    assert all(len(rows) >= 3 for rows in CONSTRUCTIONS.values())


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CONSTRUCTIONS))
def test_construction(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


def test_no_arrest_of_the_one_released_after_a_first_object(extractor):
    (result,) = extractor.extract([Article("t", "Egyptian police arrested dozens of students "
                                                "on Friday and later released Ahmed Saleh.")])
    assert not any(t.relation.lemma == "arrest" and t.object.label == "Ahmed Saleh"
                   for t in result.triples)


def test_no_blame_of_the_one_killed(extractor):
    (result,) = extractor.extract([Article("t", "Iran vowed revenge for the killing of Ismail "
                                                "Haniyeh, which it blamed on Israel.")])
    assert not any(t.relation.lemma == "blame" and t.object.label == "Ismail Haniyeh"
                   for t in result.triples)
