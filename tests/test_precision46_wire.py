"""Wire triples an analyst would mark wrong, dropped by construction (session 46).

* a clause that puts a count at a figure (:func:`~extract.rules.verbal._count_put_at`,
  :data:`~extract.lexicon.FIGURE_PLACING_VERBS`): "the Chamber of Mines put the number of
  strikers at 150,000" says how many, no act on the strikers ("put | strikers" goes); a
  count acted on elsewhere ("arrested a number of protesters at the rally") and a verb
  with a sense of its own ("estimated the death toll at 40", "sets the number of
  justices at nine") keep their triples;
* the trade in unnamed goods that an order only asked for would stop
  (:func:`~extract.rules.verbal._barred_by_sought_order`): "the suit seeks an injunction
  barring Minolta from selling the cameras" gives no "Minolta | sell | cameras" triple
  (hedged, it read as neither the news nor a stated sale: "selling is stated fact; event
  is injunction sought"); an act with no object or a named one ("preventing Shell from
  drilling in the Arctic", session 38's "preventing Microsoft from buying Activision"), a
  clause of preventing asked for ("asked a judge to bar Ryanair from hiring ...") and a
  bar imposed ("barred Meta from using ...") keep theirs;
* the "at" phrase of a gathering (:data:`~extract.lexicon.GATHERING_NOUNS`: talks, a
  meeting, a summit) is where it is held, no party to it (``is_target_prep`` in
  :mod:`extract.rules.base`): "refused to attend the meeting at the Louvre" is "refuse to
  attend" the meeting, not "refuse to attend meeting" the Louvre (the judges: "object is
  venue, not meeting"); an attack "at" a place still hits it, and talks "with" someone
  keep their partner. A gathering with no name of its own is no recipient either
  (:func:`~extract.rules.base.generic_recipient`): "did not send a delegate to the
  meeting" sends no one to a party ("to the African Union summit" still names one).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

COUNT_PUT_AT = {
    "a count put at a figure": [
        ("The Home Ministry put the number of arrests at 2,139.",
         [], [("Home Ministry", "arrests")]),
        ("The Chamber of Mines put the number of strikers at 150,000 on Monday.",
         [], [("Chamber of Mines", "put", "strikers")]),
        ("The Kenyan Red Cross put the number of flood victims at 3,000 on Friday.",
         [], [("Kenyan Red Cross", "flood victims")]),
    ],
    "guard: a count acted on, or reckoned by a verb of its own": [
        ("The Kenyan health ministry estimated the death toll at about 40.",
         [("Kenya", "estimate", "death toll")], []),
        ("The Judiciary Act of 1869 sets the number of Supreme Court justices at nine.",
         [("Judiciary Act", "set", "Supreme Court justices")], []),
        ("Police arrested a number of protesters at the rally.",
         [("police", "arrest", "protesters")], []),
        ("Iran raised the number of centrifuges at Natanz to 5,000.",
         [("Iran", "raise", "centrifuges")], []),
    ],
}

SOUGHT_ORDER = {
    "the trade in unnamed goods an order asked for would stop": [
        ("Honeywell is seeking damages and an injunction barring Minolta from selling the "
         "cameras in the United States.", [],
         [("Minolta", "cameras"), ("Minolta", "United States")]),
        ("The lawsuit seeks damages and an injunction barring Nordic Foods from selling its "
         "frozen pizzas.", [], [("Nordic Foods", "Nordic Foods' frozen pizzas")]),
        ("Vantage asked the court for an order blocking Polaris from marketing the "
         "controllers.", [], [("Polaris", "controllers")]),
    ],
    "guard: a party or act named, a clause of preventing, a bar imposed": [
        ("Greenpeace is seeking an order preventing Shell from drilling in the Arctic.",
         [("Shell", "drill in", "Arctic")], []),
        ("The union asked a judge to bar Ryanair from hiring replacement crews.",
         [("Ryanair", "hire", "replacement crews")], []),
        ("A federal judge barred Meta from using the data of European users.",
         [("Meta", "use", "data of European users")], []),
    ],
}

GATHERING_AT = {
    "where a gathering is held": [
        ("Italy refused to attend the meeting at the Louvre, complaining that it had been "
         "excluded.", [("Italy", "refuse to attend", "meeting")], [("Italy", "Louvre")]),
        ("Lee gave the instruction during a meeting with economic ministers at the "
         "presidential office.", [("Lee", "meeting", "economic ministers")],
         [("Lee", "presidential office")]),
        ("The foreign ministers held talks at the Elysee Palace on Tuesday.",
         [], [("foreign ministers", "Elysee Palace")]),
        ("Kenya boycotted the summit at the African Union headquarters in Addis Ababa.",
         [("Kenya", "boycott", "summit")], [("Kenya", "African Union headquarters")]),
    ],
    "a gathering sent to": [
        ("Iran, which did not send a delegate to the meeting, has rejected the resolutions.",
         [("Iran", "send", "delegate")], [("Iran", "meeting")]),
        ("Egypt sent a senior delegation to the negotiations, officials said.",
         [("Egypt", "send", "senior delegation")], [("Egypt", "negotiations")]),
        ("Greece sent a team of experts to the meeting.",
         [("Greece", "send", "experts")], [("Greece", "meeting")]),
        ("Pakistan sent two ministers to the conference, officials said.",
         [], [("Pakistan", "conference")]),
    ],
    "guard: an attack at a place, talks with a partner, a named summit": [
        ("Kenya sent a delegation to the African Union summit in Addis Ababa.",
         [("Kenya", "send delegation to", "African Union summit")], []),
        ("Ukraine will send a delegation to the Vatican for talks.",
         [("Ukraine", "send delegation to", "Vatican")], []),
        ("Iraqi warplanes launched an attack at Kharg Island on Tuesday.",
         [("Iraq", "attack", "Kharg Island")], []),
        ("Blinken held talks with Netanyahu at his office in Jerusalem.",
         [("Blinken", "talk", "Netanyahu")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent",
                         cases(COUNT_PUT_AT, SOUGHT_ORDER, GATHERING_AT))
def test_no_wrong_wire_triple(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
