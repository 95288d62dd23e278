"""Coreference and stand-ins on hand-built parses: which actor a mention is."""

from __future__ import annotations

from actorgraph.extract.actors import ActorResolver

from tests.docs import parse


def resolved(doc, i):
    m = ActorResolver(doc).resolve(doc[i])
    return None if m is None else (m.label, m.type, m.via)


def test_pronoun_subject_of_reported_clause_is_the_reporter():
    doc = parse("Hungary said it will support the resolution", """
        1 nsubj PROPN Hungary
        1 ROOT VERB say VBD
        4 nsubj PRON it PRP
        4 aux AUX will MD
        1 ccomp VERB support VB
        6 det DET the
        4 dobj NOUN resolution
    """, ents={"Hungary": "GPE"})
    assert resolved(doc, 2) == ("Hungary", "GPE", "pronoun")


def test_he_is_not_the_plural_reporter_but_the_last_person():
    doc = parse("Shukr was killed . Israeli officials said he planned the attack", """
        2 nsubjpass PROPN Shukr
        2 auxpass AUX be
        2 ROOT VERB kill VBN
        2 punct PUNCT .
        5 amod ADJ israeli JJ
        6 nsubj NOUN official NNS
        6 ROOT VERB say VBD
        8 nsubj PRON he PRP
        6 ccomp VERB plan VBD
        10 det DET the
        8 dobj NOUN attack
    """, ents={"Shukr": "PERSON", "Israeli": "NORP"})
    assert resolved(doc, 7) == ("Shukr", "PERSON", "pronoun")


def test_personal_pronoun_prefers_the_previous_subject_and_skips_coarguments():
    doc = parse("Blinken met Netanyahu . He urged him", """
        1 nsubj PROPN Blinken
        1 ROOT VERB meet VBD
        1 dobj PROPN Netanyahu
        1 punct PUNCT .
        5 nsubj PRON he PRP
        5 ROOT VERB urge VBD
        5 dobj PRON him PRP
    """, ents={"Blinken": "PERSON", "Netanyahu": "PERSON"})
    assert resolved(doc, 4)[0] == "Blinken"
    # "him" cannot be whoever "he" is, the subject of the same verb
    assert resolved(doc, 6)[0] == "Netanyahu"


def test_pronoun_too_far_back_is_not_resolved():
    rows = ["1 nsubj PROPN Blinken", "1 ROOT VERB leave VBD", "1 punct PUNCT ."]
    text = ["Blinken left ."]
    for _ in range(3):
        base = len(" ".join(text).split(" "))
        rows += [f"{base + 1} nsubj NOUN talk NNS", f"{base + 1} ROOT VERB end VBD",
                 f"{base + 1} punct PUNCT ."]
        text.append("Talks ended .")
    base = len(" ".join(text).split(" "))
    rows += [f"{base + 1} nsubj PRON he PRP", f"{base + 1} ROOT VERB return VBD"]
    text.append("He returned")
    doc = parse(" ".join(text), "\n".join(rows), ents={"Blinken": "PERSON"})
    assert resolved(doc, len(doc) - 2) is None


def test_impersonal_it_is_not_resolved():
    doc = parse("Hezbollah fired . it is believed that Iran helped", """
        1 nsubj PROPN Hezbollah
        1 ROOT VERB fire VBD
        1 punct PUNCT .
        5 nsubjpass PRON it PRP
        5 auxpass AUX be
        5 ROOT VERB believe VBN
        8 mark SCONJ that
        8 nsubj PROPN Iran
        5 ccomp VERB help VBD
    """, ents={"Hezbollah": "ORG", "Iran": "GPE"})
    assert resolved(doc, 3) is None


def test_it_takes_the_previous_organisation_subject():
    doc = parse("Hezbollah fired rockets . it denied responsibility", """
        1 nsubj PROPN Hezbollah
        1 ROOT VERB fire VBD
        1 dobj NOUN rocket NNS
        1 punct PUNCT .
        5 nsubj PRON it PRP
        5 ROOT VERB deny VBD
        5 dobj NOUN responsibility
    """, ents={"Hezbollah": "ORG"})
    assert resolved(doc, 4) == ("Hezbollah", "ORG", "pronoun")


def test_definite_description_takes_the_last_actor_of_its_type():
    doc = parse("Israel blamed Hezbollah , and the group denied it", """
        1 nsubj PROPN Israel
        1 ROOT VERB blame VBD
        1 dobj PROPN Hezbollah
        1 punct PUNCT ,
        1 cc CCONJ and
        6 det DET the
        7 nsubj NOUN group
        1 conj VERB deny VBD
        7 dobj PRON it PRP
    """, ents={"Israel": "GPE", "Hezbollah": "ORG"})
    assert resolved(doc, 6) == ("Hezbollah", "ORG", "description")


def test_nationality_and_role_of_a_description_must_fit():
    doc = parse(
        "Qatari Prime Minister Al Thani met Egyptian President Sisi . "
        "The Qatari leader spoke", """
        3 amod ADJ qatari JJ
        2 compound PROPN Prime
        4 compound PROPN Minister
        4 compound PROPN Al
        5 nsubj PROPN Thani
        5 ROOT VERB meet VBD
        8 amod ADJ egyptian JJ
        8 compound PROPN President
        5 dobj PROPN Sisi
        5 punct PUNCT .
        12 det DET the
        12 amod ADJ qatari JJ
        13 nsubj NOUN leader
        13 ROOT VERB speak VBD
    """, ents={"Qatari": "NORP", "Al Thani": "PERSON", "Egyptian": "NORP", "Sisi": "PERSON"})
    assert resolved(doc, 12) == ("Al Thani", "PERSON", "description")


def test_description_with_no_fitting_antecedent_stays_unresolved():
    doc = parse("Israel struck . the newspaper said", """
        1 nsubj PROPN Israel
        1 ROOT VERB strike VBD
        1 punct PUNCT .
        4 det DET the
        5 nsubj NOUN newspaper
        5 ROOT VERB say VBD
    """, ents={"Israel": "GPE"})
    assert resolved(doc, 4) is None


def test_state_institutions_with_a_nationality_stand_for_the_country():
    doc = parse("the German government and Israeli forces acted", """
        2 det DET the
        2 amod ADJ german JJ
        6 nsubj NOUN government
        2 cc CCONJ and
        5 amod ADJ israeli JJ
        2 conj NOUN force NNS
        6 ROOT VERB act VBD
    """, ents={"German": "NORP", "Israeli": "NORP"})
    assert resolved(doc, 2) == ("Germany", "GPE", "standin")
    assert resolved(doc, 5) == ("Israel", "GPE", "standin")


def test_rebels_with_a_nationality_do_not_stand_for_the_country():
    doc = parse("Fijian rebels acted", """
        1 amod ADJ fijian JJ
        2 nsubj NOUN rebel NNS
        2 ROOT VERB act VBD
    """, ents={"Fijian": "NORP"})
    assert resolved(doc, 1) == ("Fijian rebels", "CONCEPT", "concept")


def test_members_and_led_groups_stand_for_their_organisation():
    doc = parse("Hamas militants and members of Hezbollah and Hamas - led terrorists", """
        1 compound PROPN Hamas
        1 ROOT NOUN militant NNS
        1 cc CCONJ and
        1 conj NOUN member NNS
        3 prep ADP of
        4 pobj PROPN Hezbollah
        3 cc CCONJ and
        9 npadvmod PROPN Hamas
        9 punct PUNCT -
        10 amod VERB lead VBN
        3 conj NOUN terrorist NNS
    """, ents={"Hamas": "ORG", "Hezbollah": "ORG"})
    assert resolved(doc, 1) == ("Hamas", "ORG", "standin")
    assert resolved(doc, 3) == ("Hezbollah", "ORG", "standin")
    assert resolved(doc, 10) == ("Hamas", "ORG", "standin")


def test_nationality_acting_as_an_actor_is_its_country():
    doc = parse("the Israelis struck", """
        1 det DET the
        2 nsubj PROPN Israelis NNPS
        2 ROOT VERB strike VBD
    """, ents={"Israelis": "NORP"})
    assert resolved(doc, 1) == ("Israel", "GPE", "standin")


def test_a_group_of_people_is_the_people():
    doc = parse("a group of Moroccan diplomats met", """
        1 det DET a
        5 nsubj NOUN group
        1 prep ADP of
        4 amod ADJ moroccan JJ
        2 pobj NOUN diplomat NNS
        5 ROOT VERB meet VBD
    """, ents={"Moroccan": "NORP"})
    assert resolved(doc, 1) == ("Morocco", "GPE", "standin")


def test_the_country_is_a_country_and_the_city_is_not():
    doc = parse("Israel struck Beirut . the country said the city burned", """
        1 nsubj PROPN Israel
        1 ROOT VERB strike VBD
        1 dobj PROPN Beirut
        1 punct PUNCT .
        5 det DET the
        6 nsubj NOUN country
        6 ROOT VERB say VBD
        8 det DET the
        9 nsubj NOUN city
        6 ccomp VERB burn VBD
    """, ents={"Israel": "GPE", "Beirut": "GPE"})
    assert resolved(doc, 5)[0] == "Israel"
    assert resolved(doc, 8)[0] == "Beirut"


def test_object_it_reflexives_and_we_are_left_alone():
    doc = parse("Hezbollah said we can do it and devoted itself", """
        1 nsubj PROPN Hezbollah
        1 ROOT VERB say VBD
        4 nsubj PRON we PRP
        4 aux AUX can MD
        1 ccomp VERB do VB
        4 dobj PRON it PRP
        4 cc CCONJ and
        4 conj VERB devote VBD
        7 dobj PRON itself PRP
    """, ents={"Hezbollah": "ORG"})
    assert resolved(doc, 2) is None
    assert resolved(doc, 4) is None
    assert resolved(doc, 8) is None


def test_plural_or_restricted_descriptions_do_not_point_back():
    doc = parse("Hamas fired . the first groups and the group that fled", """
        1 nsubj PROPN Hamas
        1 ROOT VERB fire VBD
        1 punct PUNCT .
        6 det DET the
        5 amod ADJ first JJ
        6 ROOT NOUN group NNS
        5 cc CCONJ and
        8 det DET the
        5 conj NOUN group NN
        10 nsubj PRON that WDT
        8 relcl VERB flee VBD
    """, ents={"Hamas": "ORG"})
    resolver = ActorResolver(doc)
    assert not resolver._is_anaphor(doc[5])
    assert not resolver._is_anaphor(doc[8])
    assert resolved(doc, 5) == ("groups", "CONCEPT", "concept")


def test_he_prefers_the_last_subject_over_later_objects():
    doc = parse("Hickenlooper ran . his views clashed with Sanders and Warren ; he spoke", """
        1 nsubj PROPN Hickenlooper
        1 ROOT VERB run VBD
        1 punct PUNCT .
        4 poss PRON his PRP$
        5 nsubj NOUN view NNS
        5 ROOT VERB clash VBD
        5 prep ADP with
        6 pobj PROPN Sanders
        7 cc CCONJ and
        7 conj PROPN Warren
        5 punct PUNCT ;
        12 nsubj PRON he PRP
        5 conj VERB speak VBD
    """, ents={"Hickenlooper": "PERSON", "Sanders": "PERSON", "Warren": "PERSON"})
    assert resolved(doc, 11)[0] == "Hickenlooper"
    assert ActorResolver(doc).resolve(doc[3]).label == "Hickenlooper"


def test_a_group_of_coordinated_actors_stands_for_each():
    doc = parse("the navies of China , India and Russia", """
        1 det DET the
        1 ROOT NOUN navy NNS
        1 prep ADP of
        2 pobj PROPN China
        3 punct PUNCT ,
        3 conj PROPN India
        5 cc CCONJ and
        5 conj PROPN Russia
    """, ents={"China": "GPE", "India": "GPE", "Russia": "GPE"})
    mentions = ActorResolver(doc).resolve_all(doc[1])
    assert [(m.label, m.via) for m in mentions] == [
        ("China", "standin"), ("India", "standin"), ("Russia", "standin")]
    assert {m.text for m in mentions} == {"navies"}


def test_the_newspaper_is_the_last_organisation():
    doc = parse("The Jakarta Post reported the sinking . the newspaper said", """
        2 det DET the
        2 compound PROPN Jakarta
        3 nsubj PROPN Post
        3 ROOT VERB report VBD
        5 det DET the
        3 dobj NOUN sinking
        3 punct PUNCT .
        8 det DET the
        9 nsubj NOUN newspaper
        9 ROOT VERB say VBD
    """, ents={"The Jakarta Post": "ORG"})
    assert resolved(doc, 8) == ("Jakarta Post", "ORG", "description")


def test_she_is_never_a_man_named_by_title():
    for title, man in (("Mr", "Schumer"), ("Sir", "Starmer")):
        for woman in (["Pelosi"], ["Nancy", "Pelosi"]):
            n = len(woman)
            words = " ".join(woman)
            compound = "".join(f"\n{n - 1} compound PROPN {w}" for w in woman[:-1])
            doc = parse(f"{words} spoke . {title} {man} met unions . She left", compound + f"""
                {n} nsubj PROPN {woman[-1]}
                {n} ROOT VERB speak VBD
                {n} punct PUNCT .
                {n + 3} compound PROPN {title}
                {n + 4} nsubj PROPN {man}
                {n + 4} ROOT VERB meet VBD
                {n + 4} dobj NOUN union NNS
                {n + 4} punct PUNCT .
                {n + 8} nsubj PRON she PRP
                {n + 8} ROOT VERB leave VBD
            """, ents={words: "PERSON", man: "PERSON"})
            # the man is the most recent subject, but "she" is not him; Pelosi of
            # unknown gender is not guessed past him, "Nancy Pelosi" is a woman
            wanted = None if n == 1 else ("Nancy Pelosi", "PERSON", "pronoun")
            assert resolved(doc, n + 7) == wanted, (title, words)


def test_given_name_decides_between_two_subjects():
    doc = parse("Scott Morrison met Jacinda Ardern . She left", """
        2 compound PROPN Scott
        2 nsubj PROPN Morrison
        2 ROOT VERB meet VBD
        5 compound PROPN Jacinda
        2 dobj PROPN Ardern
        2 punct PUNCT .
        7 nsubj PRON she PRP
        7 ROOT VERB leave VBD
    """, ents={"Scott Morrison": "PERSON", "Jacinda Ardern": "PERSON"})
    assert resolved(doc, 6)[0] == "Jacinda Ardern"


def test_pronoun_before_the_named_subject_of_its_sentence_is_not_taken_back():
    doc = parse("Warren spoke . Before she left , Klobuchar won", """
        1 nsubj PROPN Warren
        1 ROOT VERB speak VBD
        1 punct PUNCT .
        5 mark SCONJ before IN
        5 nsubj PRON she PRP
        8 advcl VERB leave VBD
        8 punct PUNCT ,
        8 nsubj PROPN Klobuchar
        8 ROOT VERB win VBD
    """, ents={"Warren": "PERSON", "Klobuchar": "PERSON"})
    assert resolved(doc, 4) is None


def test_an_interview_speaker_tag_is_no_antecedent():
    rows = """
        2 punct PUNCT (
        2 punct PUNCT (
        2 ROOT PROPN WN
        2 punct PUNCT )
        2 punct PUNCT )
        8 aux AUX have VBZ
        7 det DET the
        8 nsubj NOUN group
        8 ROOT VERB meet VBN
        8 dobj PROPN Reed
        8 punct PUNCT ?
    """
    doc = parse("( ( WN ) ) Has the group met Reed ?", rows, ents={"WN": "ORG", "Reed": "PERSON"})
    assert resolved(doc, 7) is None
    # the same name as a clause's subject is one
    doc = parse("WN spoke . Has the group met Reed ?", """
        1 nsubj PROPN WN
        1 ROOT VERB speak VBD
        1 punct PUNCT .
        6 aux AUX have VBZ
        5 det DET the
        6 nsubj NOUN group
        6 ROOT VERB meet VBN
        6 dobj PROPN Reed
        6 punct PUNCT ?
    """, ents={"WN": "ORG", "Reed": "PERSON"})
    assert resolved(doc, 5) == ("WN", "ORG", "description")


def _missed_surname_doc(third: str):
    return parse(f"Joe Biden spoke . Harris left . {third} prepared . He attacked Powell", """
        1 compound PROPN Joe
        2 nsubj PROPN Biden
        2 ROOT VERB speak VBD
        2 punct PUNCT .
        5 nsubj PROPN Harris
        5 ROOT VERB leave VBD
        5 punct PUNCT .
        8 nsubj NOUN x NN
        8 ROOT VERB prepare VBD
        8 punct PUNCT .
        11 nsubj PRON he PRP
        11 ROOT VERB attack VBD
        11 dobj PROPN Powell
    """, ents={"Joe Biden": "PERSON", "Harris": "PERSON", "Powell": "PERSON"})


def test_a_surname_subject_the_ner_missed_competes_for_he():
    # "Biden prepared" with Biden read as a common noun: "He" may be Biden, not Harris
    assert resolved(_missed_surname_doc("Biden"), 10) is None
    # a word that is no one's surname does not compete
    assert resolved(_missed_surname_doc("Staff"), 10) == ("Harris", "PERSON", "pronoun")


def _platform_doc(head: str):
    return parse(f"Reed runs the page of Instagram . the {head} helped Lagos", f"""
        1 nsubj PROPN Reed
        1 ROOT VERB run VBZ
        3 det DET the
        1 dobj NOUN page
        3 prep ADP of
        4 pobj PROPN Instagram
        1 punct PUNCT .
        8 det DET the
        9 nsubj NOUN {head} NN
        9 ROOT VERB help VBD
        9 dobj PROPN Lagos
    """, ents={"Reed": "PERSON", "Instagram": "ORG", "Lagos": "GPE"})


def test_a_platform_named_as_a_medium_is_only_the_company():
    organisation = _platform_doc("organisation")
    assert resolved(organisation, 8) is None  # "the page of Instagram": no organisation
    company = _platform_doc("company")
    assert resolved(company, 8) == ("Instagram", "ORG", "description")


def test_a_surname_read_as_a_common_noun_mid_sentence_is_the_person():
    def doc(second: str, lead: str = "Then"):
        return parse(f"Joe Biden spoke . {lead} {second} left", f"""
            1 compound PROPN Joe
            2 nsubj PROPN Biden
            2 ROOT VERB speak VBD
            2 punct PUNCT .
            6 advmod ADV {lead.lower()}
            6 nsubj NOUN {second.lower()} NNS
            6 ROOT VERB leave VBD
        """, ents={"Joe Biden": "PERSON"})
    assert resolved(doc("Biden"), 5) == ("Joe Biden", "PERSON", "name")
    # a word the NER typed a person nowhere stays a concept
    assert resolved(doc("Lakers"), 5)[1] == "CONCEPT"
