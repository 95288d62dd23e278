"""Summary sentences of two clauses joined by a semicolon, and headline verbs the small
model read as nouns (session 52).

* a semicolon ends a clause for the headline verbs as a clause opener does
  (:mod:`~extract.headline`): in "Police arrest X in Y; Z requests his extradition" the
  verb after the semicolon does not make "arrest" a word of its subject, so "arrest" is
  re-read as the verb; a capitalised word right after a name is the rest of the name,
  no verb that follows ("sentences former minister Ayham Sayed/VBD to ..."); a plural
  noun the tagger gave as a present tense may end the subject ("coast guard vessels/VBZ
  fire water cannon at ..."); and "police", "people", "personnel" are plural subjects
  whatever their tag (``[plural_without_s]``);
* a clause before a semicolon that the parser hung on the verb after it as its
  complement is not what that verb demands (:func:`~extract.rules.complements
  ._before_semicolon`): "Police arrest X; Greece requests his extradition" asks nothing
  of the police;
* of two subjects the parser gave one verb, the one before a semicolon before the verb is
  the subject of the clause before it (:func:`~extract.rules.base._this_side_of_semicolon`):
  "A court sentences journalist X to a year in prison; the union condemns the verdict"
  does not make X condemn the verdict;
* a hyphenated headline verb ("test-fires", ``[hyphen_verb_prefixes]``) is re-read with
  the modal before its prefix ("will test - fire"), and is a clause's own verb, so that
  "the launch" a later sentence condemns points back to it.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

_ROWS = {
    "semicolon ends the clause of a headline verb": [
        ("A military court sentences opposition figure Hamid Lahouari to ten years in "
         "prison; his lawyers appeal the verdict.",
         [("military court", "sentence", "Hamid Lahouari", False, False)],
         [("lawyers", "military court")]),
        ("Turkish police arrest a Syrian smuggler in Izmir; Greece requests his extradition.",
         [("Turkey", "arrest", "Syrian smuggler", False, False)], [("Greece", "Turkey")]),
        ("Egyptian police arrest an activist in Cairo; Amnesty International demands her "
         "release.", [("Egypt", "arrest", "activist", False, False)],
         [("Amnesty International", "Egypt")]),
        ("Colombian National Police arrest a Gulf Clan leader in Medellín; the United "
         "States requests his extradition.",
         [("Colombian National Police", "arrest", "Gulf Clan leader", False, False)],
         [("United States", "Colombian National Police")]),
    ],
    "capitalised word after a name is no verb": [
        ("An Iraqi court sentences former minister Ayham Sayed to seven years in prison.",
         [("Iraqi court", "sentence", "Ayham Sayed", False, False)], []),
        ("A Jordanian court sentences former mayor Omar Sayed to four years in prison.",
         [("Jordanian court", "sentence", "Omar Sayed", False, False)], []),
        ("A Belgrade court sentences activist Marko Rashed to a year in prison; the European "
         "Union condemns the verdict.",
         [("European Union", "condemn", "verdict", False, False)],
         [("Marko", "year"), ("Marko Rashed", "year")]),
    ],
    "plural noun tagged as a present tense ends the subject": [
        ("Coast guard vessels fire water cannon at a Vietnamese fishing boat near the "
         "Paracel Islands.",
         [("Coast guard vessels", "fire at", "Vietnamese fishing boat", False, False)],
         [("Coast guard vessels", "Paracel Islands")]),
        ("Vietnamese coast guard vessels fire water cannon at a Chinese survey ship in the "
         "Gulf of Tonkin.",
         [("Vietnamese coast guard vessels", "fire at", "Chinese survey ship", False, False)],
         []),
    ],
    "subject before a semicolon belongs to the clause before": [
        ("A Tunisian court sentences journalist Mourad Zeghidi to one year in prison; the "
         "union condemns the verdict.", [], [("Mourad Zeghidi", "verdict")]),
    ],
    "hyphenated headline verb": [
        ("Iran test-fires a ballistic missile over the Gulf. Israel and the United States "
         "condemn the launch.",
         [("Iran", "fire", "ballistic missile", False, False),
          ("Israel", "condemn", "Iran's launch", False, False),
          ("United States", "condemn", "Iran's launch", False, False)], []),
        ("North Korea test-fires three cruise missiles into the Yellow Sea. Seoul and Tokyo "
         "condemn the launches.",
         [("North Korea", "fire", "cruise missiles", False, False),
          ("Seoul", "condemn", "North Korea's launches", False, False)], []),
        ("Pakistan test-fires a nuclear-capable cruise missile. India condemns the launch.",
         [("Pakistan", "fire", "nuclear-capable cruise missile", False, False),
          ("India", "condemn", "Pakistan's launch", False, False)], []),
    ],
    "guards": [
        # a hyphen after another word joins no verb
        ("The president-elect meets Putin in Moscow. Kyiv condemns the meeting.",
         [], [("Kyiv", "Putin")]),
        ("Anti-war protests spread to Saint Petersburg.", [], []),
        # a semicolon between two clauses the parser reads right changes nothing
        ("Israeli troops raid the Jenin camp; Palestinian officials condemn the operation.",
         [], [("Palestinian officials", "Israel")]),
        # a verb after a name that is a verb stays the verb
        ("A Kenyan court convicts businessman Peter Jones of fraud.",
         [("Kenyan court", "convict", "Peter Jones", False, False)], []),
        # one subject before a semicolon is kept when the verb has no other
        ("Germany, France and Italy; all three condemn the coup.", [], []),
        ("The European Union demands that Belarus release the jailed activists.",
         [("European Union", "demand", "Belarus", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_ROWS))
def test_summary_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
