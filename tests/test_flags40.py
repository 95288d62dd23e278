"""Session 40's negated and hedged flags, on real parses (one batch for the module):

- an event noun that a verb of ending takes, when the ending is only the infinitive of an
  attempt, intent or request ("is working to halt the clashes between X and Y", "asked Y
  to halt the strikes by X on Z"), was going on: it is neither called off (negated) nor
  hedged, as when the attempt's own modality is hedged ("sought to halt"); a halt or
  suspension stated still calls its event off ("suspended talks with X");
- a relative clause on how a report characterises people, on the attribute of a reported
  copula ("the Israeli military says the men were Islamic Jihad fighters who had opened
  fire on Israeli soldiers") or on the noun of a describing verb ("described the men as
  fighters who had ..."), is part of that claim: hedged; not a relative clause on another
  noun of the report ("said the gang members who had robbed X were arrested"), nor one on
  an attribute no one reports, nor what the party says of its own ("said the drones were
  models that it had sold to X"), nor a report that confirms or admits it ("police
  confirmed the suspects were gang members who had robbed X");
- the "not" of a verb of implying denies its complement clause, as that of a verb of
  opinion does: "the swap does not mean that the United States recognises Maduro",
  "the visit does not signal that Japan supports X" (negated; not "the swap means that",
  nor a person, body or state that "did not signal that X would V");
- a report coordinated with the rejection of a charge is a counter-claim (hedged) only when
  it tells of another party: "Iraq denied the charge, and a spokesman said Iraqi forces had
  repulsed the Iranian troops" is Iraq's statement of its own forces' act, as the grounds
  of a denial are ("denied the charge, saying Turkish jets had bombed only PKK camps"); a
  nationality's militants, gangs or dissidents are another party (hedged);
- the "that" clause of a noun of evidence or a finding that a negated verb takes is not
  established: "the panel did not reach a conclusion that Boeing had misled the
  regulators", "have not produced proof that X financed Y" (hedged, as "found no evidence
  that" is; not a conclusion reached, nor a finding not disputed, questioned, overturned
  or published: only a verb that would find, reach or stand by it).
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

pytestmark = pytest.mark.model

#: (sentence, (subject, relation lemma, object), negated, hedged)
_ATTEMPTED_HALTS = [
    ("Turkey is working to halt the clashes between Serbia and Kosovo.",
     ("Serbia", "clash", "Kosovo"), False, False),
    ("Egyptian mediators are working to halt the clashes between Hamas and Fatah.",
     ("Hamas", "clash", "Fatah"), False, False),
    ("The African Union is trying to halt the fighting between Ethiopia and Eritrea.",
     ("Ethiopia", "fight", "Eritrea"), False, False),
    ("The Pentagon urged Riyadh to halt the air strikes by Saudi jets on Yemen.",
     ("Saudi Arabia", "strike", "Yemen"), False, False),
    # guards: a stated suspension or calling off calls its event off
    ("Khartoum suspended talks with the RSF.", ("Khartoum", "talk", "RSF"), True, False),
    ("Israel called off talks with Hamas.", ("Israel", "talk", "Hamas"), True, False),
]

_CHARACTERISATIONS = [
    ("The Israeli military says the men were Islamic Jihad fighters who had opened fire on "
     "Israeli soldiers.", ("Islamic Jihad", "fire", "Israel"), False, True),
    ("Police say the suspects were gang members who had robbed the Central Bank.",
     ("gang members", "rob", "Central Bank"), False, True),
    ("The army said the dead were rebels who had ambushed a convoy of the Malian army.",
     ("rebels", "ambush", "convoy of Malian army"), False, True),
    ("Moscow claims the saboteurs were Ukrainian agents who blew up the Nord Stream "
     "pipeline.", ("Ukraine", "blow up", "Nord Stream pipeline"), False, True),
    ("Officials said the man was a Hamas commander who had planned the attack on Israel.",
     ("Hamas commander", "attack", "Israel"), False, True),
    ("Israel described the men as fighters who had opened fire on Israeli soldiers.",
     ("fighters", "fire", "Israel"), False, True),
    # guards: a relative clause on the report's subject, an attribute no one reports
    ("Police said the gang members who had robbed the Central Bank were arrested.",
     ("gang members", "rob", "Central Bank"), False, False),
    ("The army said rebels who had ambushed the Malian army were killed.",
     ("rebels", "ambush", "Mali"), False, False),
    ("The men were Islamic Jihad fighters who had opened fire on Israeli soldiers.",
     ("Islamic Jihad", "fire", "Israel"), False, False),
    # review: what a party says of its own (a pronoun as the clause's subject or the noun's
    # owner), and a report that confirms or admits the characterisation, are stated
    ("Iran said the drones were old models that it had sold to Russia before the war.",
     ("Iran", "sell", "old models"), False, False),
    ("Russia said the men were its own soldiers who had crossed into Estonia by mistake.",
     ("soldiers", "cross into", "Estonia"), False, False),
    ("Police confirmed the suspects were gang members who had robbed the Central Bank.",
     ("gang members", "rob", "Central Bank"), False, False),
    ("The army acknowledged the victims were farmers whom Malian soldiers had shot.",
     ("Mali", "shoot", "farmers"), False, False),
    ("Israel admitted the dead were aid workers whom Israeli drones had struck in Gaza.",
     ("Israel", "strike", "aid workers"), False, False),
    # (another party's act in the characterisation stays the claim's)
    ("The army said the soldiers were reservists whom Hamas had captured in October.",
     ("Hamas", "capture", "reservists"), False, True),
]

_IMPLYING_NOT = [
    ("Washington says the swap does not mean that the United States recognises Maduro's "
     "government.", ("United States", "recognise", "Maduro's government"), True, False),
    ("The talks do not mean that Seoul recognises North Korea, officials said.",
     ("Seoul", "recognise", "North Korea"), True, False),
    ("The visit does not signal that Japan supports Taiwan's independence.",
     ("Japan", "support", "Taiwan's independence"), True, False),
    ("The agreement does not imply that Ankara accepts Cyprus's claim.",
     ("Ankara", "accept", "Cyprus's claim"), True, False),
    # guard: what a verb of implying says, not negated
    ("The swap means that the United States recognises Maduro.",
     ("United States", "recognise", "Maduro"), False, False),
    # review: a person, body or state that does not signal, imply or mean something has
    # said nothing of it (only a thing or an event that does not imply it denies it)
    ("Biden did not signal that Washington would lift the sanctions on Cuba.",
     ("Washington", "lift sanction", "Cuba"), False, True),
    ("The Kremlin did not imply that Moscow had ordered the strike on Kyiv.",
     ("Moscow", "strike", "Kyiv"), False, False),
    ("The minister did not mean that Turkey would leave NATO.",
     ("Turkey", "leave", "NATO"), False, True),
    ("Netanyahu has not signalled that Israel will halt the offensive in Rafah.",
     ("Israel", "halt", "offensive"), False, True),
    ("I did not mean that Russia attacked Ukraine.",
     ("Russia", "attack", "Ukraine"), False, False),
    ("Scholz did not mean that Germany would send troops to Ukraine.",
     ("Germany", "send", "troops"), False, True),
    ("The layoffs do not mean that Intel is leaving Ireland.",
     ("Intel", "leave", "Ireland"), True, False),
    ("The truce does not mean that Israel has withdrawn from Gaza.",
     ("Israel", "withdraw from", "Gaza"), True, False),
]

_OWN_FORCES_COUNTERCLAIMS = [
    ("Iraq denied the charge, and a spokesman said Iraqi forces had repulsed the Iranian "
     "troops.", ("Iraq", "repulse", "Iran"), False, False),
    ("Pakistan rejected the accusation and said Pakistani troops had repulsed an Indian "
     "attack near Kargil.", ("Pakistan", "repulse attack", "India"), False, False),
    ("Colombia dismissed the report and said Colombian soldiers had captured ELN "
     "commanders.", ("Colombia", "capture", "ELN commanders"), False, False),
    ("Turkey dismissed the allegations and said Turkish troops had shelled PKK positions in "
     "Iraq.", ("Turkey", "shell", "PKK positions"), False, False),
    # guards: what the party says the other side did is its counter-claim
    ("Russia rejected the report and said Ukrainian forces had shelled the Zaporizhzhia "
     "plant.", ("Ukraine", "shell", "Zaporizhzhia plant"), False, True),
    ("Iraq denied the charge, and a spokesman said Iranian forces had attacked Basra.",
     ("Iran", "attack", "Basra"), False, True),
    # review: a nationality's non-state party (militants, gangs, mercenaries, dissidents) is
    # another party, not the denier's own forces: still its counter-claim
    ("Pakistan rejected the charge and said Pakistani militants had attacked the Indian "
     "convoy.", ("Pakistani militants", "attack", "Indian convoy"), False, True),
    ("Venezuela dismissed the allegation and said Venezuelan gangs had smuggled the weapons "
     "into Colombia.", ("Venezuelan gangs", "smuggle into", "Colombia"), False, True),
    ("Russia denied the claim, and officials said Russian mercenaries had seized the gold "
     "mine in Mali.", ("Russian mercenaries", "seize in", "Mali"), False, True),
    ("Iran denied the charge and said Iranian dissidents had planted the bomb in Tehran.",
     ("Iranian dissidents", "plant in", "Tehran"), False, True),
    ("Iran rejected the accusation, saying Iranian exiles had bombed the embassy.",
     ("Iranian exiles", "bomb", "embassy"), False, True),
    # (its own troops or police: its statement)
    ("Ethiopia denied the claim and said Ethiopian troops had captured Tigrayan fighters.",
     ("Ethiopia", "capture", "Tigrayan"), False, False),
    ("Serbia rejected the accusation and said Serbian police had arrested Kosovo Albanian "
     "fighters.", ("Serbia", "arrest", "Kosovo Albanian"), False, False),
]

_UNESTABLISHED_FINDINGS = [
    ("The panel did not reach a conclusion that Boeing had misled the regulators.",
     ("Boeing", "mislead", "regulators"), False, True),
    ("Prosecutors have not produced proof that Hezbollah financed the Hamas cell.",
     ("Hezbollah", "finance", "Hamas cell"), False, True),
    ("The inquiry did not reach the conclusion that the police had shot the protesters.",
     ("police", "shoot", "protesters"), False, True),
    ("The audit did not support a finding that Siemens had bribed Greek officials.",
     ("Siemens", "bribe", "Greece"), False, True),
    # guards: a conclusion reached, a finding not disputed, evidence found
    ("The panel reached a conclusion that Boeing had misled the regulators.",
     ("Boeing", "mislead", "regulators"), False, False),
    ("The court did not dispute the finding that Boeing had misled the regulators.",
     ("Boeing", "mislead", "regulators"), False, False),
    ("Investigators found evidence that Iran had supplied the drones to the Houthis.",
     ("Iran", "supply", "drones"), False, False),
    # review: a finding not questioned, contested, overturned, published or shared was
    # made: its clause is not left unestablished
    ("The judge did not question the finding that Google had abused its dominance.",
     ("Google", "abuse", "Google's dominance"), False, False),
    ("The court did not overturn the finding that Meta had violated EU privacy law.",
     ("Meta", "violate", "European Union privacy law"), False, False),
    ("The ministry did not contest the conclusion that its troops had shot civilians.",
     ("troops", "shoot", "civilians"), False, False),
    ("The commission did not publish its conclusion that the army had killed the "
     "protesters.", ("army", "kill", "protesters"), False, False),
    ("NATO did not share the indication that Russia had moved missiles to Belarus.",
     ("Russia", "move", "missiles"), False, False),
    # (evidence not found or not provided: not established)
    ("The inquiry did not find evidence that Russia had poisoned Navalny.",
     ("Russia", "poison", "Navalny"), False, True),
    ("Prosecutors have not provided any evidence that Huawei stole T-Mobile's technology.",
     ("Huawei", "steal", "T-Mobile technology"), False, True),
]

_TABLES = {
    "attempted halt": _ATTEMPTED_HALTS,
    "characterisation": _CHARACTERISATIONS,
    "implying not": _IMPLYING_NOT,
    "own forces in a counter-claim": _OWN_FORCES_COUNTERCLAIMS,
    "unestablished finding": _UNESTABLISHED_FINDINGS,
}
_ROWS = [(name, *row) for name, rows in _TABLES.items() for row in rows]
_SENTENCES = sorted({row[1] for row in _ROWS})


@pytest.fixture(scope="module")
def found(extractor):
    """Every (subject, relation lemma, object) of each sentence with its flags."""
    results = extractor.extract([Article(f"t{i}", s) for i, s in enumerate(_SENTENCES)])
    return {s: {(t.subject.label, t.relation.lemma, t.object.label): (t.negated, t.hedged)
                for t in r.triples} for s, r in zip(_SENTENCES, list(results), strict=True)}


@pytest.mark.parametrize("name,sentence,triple,negated,hedged", _ROWS,
                         ids=[f"{row[0]}: {row[1][:40]}" for row in _ROWS])
def test_flags(found, name, sentence, triple, negated, hedged):
    got = found[sentence]
    assert triple in got, sorted(got)
    assert got[triple] == (negated, hedged), (triple, got[triple])
