"""Bare armed and police agents as sides (session 49, state50).

A phrase that is a state's armed or police agent and nothing else ("Troops", "Government
troops", "Riot police", "security forces", "two jets": one agent phrase of the MIL or COP
sectors in the Phoenix agent dictionary, :func:`~extract.actors.state_agent`) is the
article's country, as a bare "the government" is, when the article leaves no doubt
(:meth:`~extract.actors.ActorResolver._home_agent`): the story is filed from that country
(its dateline) and nothing before the agent or in its sentence names another state, a place
of another state or a body of states, and no coup or mutiny is told. Otherwise the side stays
as written: two states in play, a foreign dateline, no dateline, soldiers against their state,
rebel soldiers, and the armed groups and people outside a state ("gunmen", "students",
"protesters") are never given a state.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article


def _subjects(extractor, text: str) -> set[tuple[str, str]]:
    """The (label, text) of each triple's subject."""
    result = next(extractor.extract([Article(id="t", text=text)]))
    return {(t.subject.label, t.subject.text) for t in result.triples}


OWNED = [
    ("KAMPALA, March 4 - Rebels burned a market town near the northern border overnight, a "
     "spokesman said. Government troops chased the attackers into the bush and killed nine "
     "rebels, the spokesman said.", ("Uganda", "Government troops")),
    ("LIMA, Aug 9 - Guerrillas blew up two electricity pylons outside the capital, police "
     "said. Soldiers detained 20 suspects in a sweep of nearby shantytowns.",
     ("Peru", "Soldiers")),
    ("MANILA, Jan 12 - Riot police dispersed about 2,000 striking bus drivers outside the "
     "labour ministry, witnesses said.", ("Philippines", "Riot police")),
    ("DHAKA, Nov 3 - Security forces arrested 40 opposition activists before a general "
     "strike called for Monday, officials said.", ("Bangladesh", "Security forces")),
    ("BOGOTA, Feb 6 - Leftist rebels occupied a village in the south on Friday. The rebels "
     "withdrew after troops surrounded the square, the mayor said.", ("Colombia", "troops")),
]


@pytest.mark.parametrize("text, side", OWNED, ids=[t[:24] for t, _ in OWNED])
def test_a_bare_agent_is_the_dateline_country(extractor, text, side):
    assert side in _subjects(extractor, text)


UNOWNED = [
    # two states in play: another named before (by nationality), or a foreign place
    ("SEOUL, Feb 2 - North Korean patrol boats crossed the sea border on Tuesday, the defence "
     "ministry said. Troops captured two sailors after a brief exchange of fire.", "Troops"),
    ("ISLAMABAD, May 3 - Afghan helicopters attacked a border post in the northwest, officials "
     "said. Two jets later bombed a refugee camp nearby.", "Two jets"),
    ("NICOSIA, June 3 - Troops shelled Kurdish villages near the northern border, Baghdad "
     "radio said.", "Troops"),
    ("BEIRUT, July 8 - The United Nations said troops had evacuated 300 civilians from the "
     "south.", "troops"),
    # soldiers against their own state
    ("SUVA, May 14 - Soldiers stormed parliament and detained the prime minister in a coup, "
     "witnesses said.", "Soldiers"),
    # no dateline: the one country of the lead may be either side
    ("Troops arrested 34 suspects in a dawn raid near the capital.", "Troops"),
    ("North Korean boats crossed the sea border. Troops captured two sailors after a brief "
     "exchange of fire.", "Troops"),
    # a side of no state, or not an agent phrase of a state
    ("MONROVIA, Sept 9 - Rebel soldiers seized the radio station and a bridge on the edge of "
     "the capital.", "Rebel soldiers"),
    ("LA PAZ, Oct 2 - Gunmen ambushed a police patrol outside the capital, police said.",
     "Gunmen"),
    ("LA PAZ, Oct 2 - Protesters stoned the presidential palace, and students blocked the "
     "main highway.", "Protesters"),
    ("HARARE, April 2 - Workers occupied three mines in the east, union officials said.",
     "Workers"),
    ("CAIRO, June 1 - Gunmen posing as police kidnapped two engineers from their hotel.",
     "Gunmen"),
]


@pytest.mark.parametrize("text, written", UNOWNED, ids=[t[:24] for t, _ in UNOWNED])
def test_an_agent_in_doubt_is_no_state(extractor, text, written):
    subjects = _subjects(extractor, text)
    owned = {label for label, said in subjects if said == written}
    assert owned, sorted(subjects)  # the side is there, as written
    assert all(label.lower() == written.lower() or label.lower() in written.lower()
               for label in owned), sorted(subjects)


def test_force_and_the_acted_on_are_no_agents(extractor):
    """A mass noun ("used force") and what is acted on ("sent troops", "killed four
    policemen") keep their labels."""
    for text, obj in [
        ("SEOUL, Aug 2 - The government used force to break up the strike at the shipyard.",
         "force"),
        ("BOGOTA, Sept 3 - The government sent troops to help with the evacuation.", "troops"),
        ("LIMA, March 2 - Guerrillas killed four policemen in an ambush, officials said.",
         "policemen"),
    ]:
        result = next(extractor.extract([Article(id="t", text=text)]))
        objects = {(t.object.label, t.object.text) for t in result.triples}
        assert any(label.lower().endswith(obj) for label, _ in objects), sorted(objects)
