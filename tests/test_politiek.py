# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The politiek detector: opinions on politics and policy, calls to vote, insults."""

from __future__ import annotations

import pytest

from conftest import run_detector
from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO
from meedoen.core.detectors.builtin.politiek import PolitiekDetector
from meedoen.core.text.opinion import find_opinions, lookup

IN_FUNCTION = {"capacity": "in-functie"}

POSITIVE = [
    # (text, context, expected span fragment, severity)
    ("Ik vind het kabinet belachelijk bezig met dit stikstofplan.", None, "kabinet", RISICO),
    ("Wat een prutsers in dit kabinet.", None, "prutsers", ERNSTIG),
    ("Het kabinet heeft het weer eens verprutst 🤦", None, "kabinet", RISICO),
    ("Dit coronabeleid is echt waardeloos.", None, "coronabeleid", RISICO),
    ("De minister moet aftreden na deze blunder.", None, "minister", RISICO),
    ("Het beleid van de staatssecretaris is onverantwoord en laks.", None, "onverantwoord", RISICO),
    ("Onze minister is echt waardeloos.", IN_FUNCTION, "Onze minister", ERNSTIG),
    ("Onze minister is echt waardeloos.", None, "minister", RISICO),
    ("Die wethouder is een leugenaar.", None, "leugenaar", ERNSTIG),
    ("Geert Wilders is weer onuitstaanbaar vandaag.", None, "Geert Wilders", RISICO),
    ("De VVD heeft er een puinhoop van gemaakt.", None, "VVD", ERNSTIG),
    ("Totale onzin, die motie van de PVV.", None, "PVV", RISICO),
    (
        "Triest dat de gemeenteraad het voorstel heeft afgewezen, echt schandalig.",
        None,
        "gemeenteraad",
        RISICO,
    ),
    ("De Tweede Kamer debatteerde vandaag. Wat een schande.", None, "Tweede Kamer", RISICO),
    ("Schandalig hoe de regering met de toeslagenouders omgaat.", None, "regering", RISICO),
    # praise is a political opinion too
    ("Chapeau voor de VVD, eindelijk een partij met lef!", None, "VVD", RISICO),
    ("Ik vind dat de minister gelijk heeft over de huren.", None, "minister", RISICO),
    ("Stem op D66!", IN_FUNCTION, "Stem op", ERNSTIG),
    ("Stem op D66!", None, "Stem op", RISICO),
    ("Stem niet op de PVV", None, "Stem niet op", RISICO),
    ("Morgen allemaal wegstemmen die handel.", None, "wegstemmen", RISICO),
    # English, as Dutch civil servants write it
    ("The government is incompetent.", None, "government", RISICO),
    ("I think the prime minister should resign.", None, "prime minister", RISICO),
    ("Vote for GroenLinks-PvdA on Wednesday!", None, "Vote for", RISICO),
    ("This cabinet is a disgrace.", None, "cabinet", RISICO),
]

NEGATIVE = [
    ("De Tweede Kamer debatteerde vandaag over de begroting.", None),
    ("Slecht nieuws: de subsidieregeling van het ministerie stopt per 1 januari.", None),
    ("Belachelijk vroeg op vandaag voor het werkbezoek van de staatssecretaris.", None),
    ("Wat een mooie dag! Samen met de wethouder de nieuwe school geopend.", IN_FUNCTION),
    ("Great job by the team on the new policy website!", None),
    ("Stem op wie je wilt, maar ga stemmen!", None),
    ("Respect voor de minister-president, hij doet dat uitstekend!", None),
    ("Respect voor onze burgemeester die de hele nacht in touw was.", IN_FUNCTION),
    ("Ik vind het fijn dat de minister vandaag langskwam.", IN_FUNCTION),
    ("De minister presenteerde het plan in Den Haag.", None),
    ("Kabinet ondersteunt ondernemers in de coronacrisis.", None),
    ("Mooi werkbezoek vandaag met de minister aan de haven van Rotterdam.", None),
    ("Trots op ons team dat het nieuwe beleid zo zorgvuldig uitvoert.", IN_FUNCTION),
    ("Vandaag sprak de burgemeester de nieuwe inwoners toe in het stadhuis.", None),
    ("De staatssecretaris beantwoordde Kamervragen over de uitvoering.", None),
    ("Het kabinet heeft vandaag besloten de regels te versoepelen.", None),
    ("Ik stem op 22 november, jij ook?", None),
    ("Stem op onze foto in de fotowedstrijd!", None),
    ("Den Haag is prachtig in de lente.", None),
    ("Wat een mooie dag in Den Haag!", None),
    ("Minister: 'dit is een schande voor ons land' zei hij vandaag.", None),
    ("Ik vind het heerlijk weer vandaag, tijd voor een fietstocht.", None),
    ("Wat een enorm domme fout van mij #persconferentie #coronamaatregelen", None),
    ("The minister presented the plan to parliament today.", None),
    ("Het kabinet ligt niet wakker van de lente; de Kamer vergadert morgen.", None),
    ("De gemeenteraad vergadert donderdag over de begroting 2026.", None),
]


@pytest.mark.parametrize(("text", "context", "fragment", "severity"), POSITIVE)
def test_opinions_on_politics_are_found(text, context, fragment, severity):
    hits = run_detector(PolitiekDetector, text, context=context)
    assert hits, text
    assert any(fragment in h.text for h in hits), [h.text for h in hits]
    assert max(h.evidence.severity for h in hits) == severity
    assert all(h.evidence.rule == "aw2017.art10.v1" for h in hits)


@pytest.mark.parametrize(("text", "context"), NEGATIVE)
def test_neutral_mentions_are_not_opinions(text, context):
    assert run_detector(PolitiekDetector, text, context=context) == []


def test_own_organisation_from_profile_and_officials():
    org = {"name": "Gemeente Utrecht", "officials": [{"name": "Jan Jansen", "role": "wethouder"}]}
    hits = run_detector(
        PolitiekDetector, "Jan Jansen is echt incompetent.", context=IN_FUNCTION, organisation=org
    )
    assert hits and hits[0].evidence.severity == ERNSTIG
    assert "Jan Jansen" in hits[0].text


def test_message_reflects_capacity():
    private = run_detector(PolitiekDetector, "Stem op de SP!")[0].evidence
    work = run_detector(PolitiekDetector, "Stem op de SP!", context=IN_FUNCTION)[0].evidence
    assert "privépersoon" in private.message and "in je functie" in work.message


@pytest.mark.parametrize(
    ("word", "base"),
    [("belachelijke", "belachelijk"), ("domme", "dom"), ("boze", "boos"), ("slechtste", "slecht")],
)
def test_lexicon_inflections(word, base):
    assert lookup(word) == lookup(base) is not None


def test_negation_flips_polarity():
    (neg,) = [o for o in find_opinions("Ik vind het niet slecht.") if o.kind == "lexicon"]
    assert neg.polarity > 0


def test_positive_adjective_alone_is_no_opinion():
    assert [o for o in find_opinions("Een geweldig werkbezoek.") if o.kind == "lexicon"] == []


MORE_POSITIVE = [
    ("Ik vind de VVD een prima partij.", None, "VVD", RISICO),
    ("Ik vind de PVV een gevaar voor de rechtsstaat.", None, "PVV", RISICO),
    (
        "Persoonlijk vind ik de spreidingswet een historische vergissing.",
        None,
        "spreidingswet",
        RISICO,
    ),
    ("De minister snapt helemaal niets van de stikstofaanpak.", None, "minister", ERNSTIG),
    (
        "De Participatiewet van dit kabinet is een drama voor mensen.",
        None,
        "kabinet",
        RISICO,
    ),
    (
        "Het provinciebestuur gaat de verkeerde kant op met dit coalitieakkoord.",
        None,
        "provinciebestuur",
        RISICO,
    ),
    ("Ik stem dit keer VVD.", None, "Ik stem", RISICO),
    ("Morgen stemmen, en wie op de PVV stemt, stemt voor chaos.", None, "PVV", RISICO),
    ("Ik help vrijdag flyeren voor de lokale partij.", None, "flyeren voor", RISICO),
    (
        "Helemaal mee eens, het is schandalig wat we doen.",
        {"reply_to": {"author_role": "politicus", "text": "Boeren worden kapotgemaakt!"}},
        "schandalig",
        RISICO,
    ),
]

# verdicts in an idiom ("er niks van terechtbrengen / bakken")
MORE_POSITIVE += [
    (
        "Dit kabinet heeft er in twee jaar niks van terechtgebracht.",
        None,
        "niks van terechtgebracht",
        RISICO,
    ),
    ("De minister brengt er niets van terecht.", None, "brengt er niets van terecht", RISICO),
    (
        "De wethouder heeft er weinig van gebakken met die nieuwe parkeerregels.",
        None,
        "weinig van gebakken",
        RISICO,
    ),
]

MORE_NEGATIVE = [
    ("Ik heb er vandaag niks van terechtgebracht, morgen beter.", None),
    ("Tijd voor nieuwe verkiezingen bij de voetbalclub.", None),
    ("Wat triest dat oud-minister Jansen is overleden. Rust zacht.", None),
    ("Ik vind de nieuwe minister een inspirerende leider.", IN_FUNCTION),
    ("Helemaal mee eens, wat een mooie foto!", {"reply_to": {"author_role": "burger"}}),
    ("Ik vind het belangrijk dat iedereen gaat stemmen.", None),
    ("De ramp in Limburg raakt veel mensen; de minister bezocht het gebied.", None),
    ("Ik stem op 18 maart gewoon in mijn eigen wijk.", None),
]


@pytest.mark.parametrize(("text", "context", "fragment", "severity"), MORE_POSITIVE)
def test_more_opinion_forms(text, context, fragment, severity):
    hits = run_detector(PolitiekDetector, text, context=context)
    assert hits, text
    assert any(fragment in h.text for h in hits), [h.text for h in hits]
    assert max(h.evidence.severity for h in hits) == severity


@pytest.mark.parametrize(("text", "context"), MORE_NEGATIVE)
def test_more_neutral_forms(text, context):
    assert run_detector(PolitiekDetector, text, context=context) == []


GEMEENTE = {"organisation": "Gemeente Zwolle"}
PROVINCIE = {"organisation": "Provincie Drenthe"}
POLITICIAN_REPLY = {
    "reply_to": {"author_role": "politicus", "text": "Het nieuwe asielbeleid faalt!"}
}
CITIZEN_REPLY = {
    "reply_to": {"author_role": "burger", "text": "Dit kabinet is echt belachelijk bezig."}
}

CALIBRATION = [
    # (text, profile, context, fragment, severity)
    # derision and contempt of politicians or government: ernstig, also privately
    ("Die staatssecretaris is een lachertje.", None, None, "lachertje", ERNSTIG),
    ("Het coalitieakkoord is een puinhoop.", None, None, "puinhoop", ERNSTIG),
    ("Die minister bakt er helemaal niks van.", None, None, "minister", ERNSTIG),
    ("De wethouder maakt er een potje van, echt.", None, None, "potje", ERNSTIG),
    (
        "Wat een poppenkast, dat Kamerdebat van gisteren in de Tweede Kamer.",
        None,
        None,
        "poppenkast",
        ERNSTIG,
    ),
    ("Die fractievoorzitter is een hypocriete draaikont.", None, None, "draaikont", ERNSTIG),
    ("Het kabinet snapt er echt niks van.", None, None, "kabinet", ERNSTIG),
    ("This government is a joke.", None, None, "government", ERNSTIG),
    # implicit opinions: a risk
    ("Dit kabinetsbeleid is niet vol te houden.", None, None, "kabinetsbeleid", RISICO),
    (
        "De bezuinigingen op de bibliotheken zijn een ramp voor kinderen.",
        None,
        None,
        "bezuinigingen",
        RISICO,
    ),
    ("The cuts to the aid budget are a disgrace.", None, None, "cuts", RISICO),
    (
        "Het ministerie trekt veel te weinig geld uit voor jeugdzorg.",
        None,
        None,
        "ministerie",
        RISICO,
    ),
    (
        "Eerlijk gezegd vind ik het woonplan van het kabinet veel te voorzichtig.",
        None,
        None,
        "veel te voorzichtig",
        RISICO,
    ),
    ("The government's climate policy is far too timid.", None, None, "far too timid", RISICO),
    # a wrapped line does not end the sentence
    ("Ik vind het plan van het kabinet veel te\nvoorzichtig.", None, None, "voorzichtig", RISICO),
    # criticism of the executive of one's own gemeente or provincie: ernstig, also privately
    (
        "De wethouder van Zwolle faalt met het armoedebeleid.",
        GEMEENTE,
        None,
        "faalt",
        ERNSTIG,
    ),
    (
        "Het provinciebestuur gaat met Drenthe de verkeerde kant op.",
        PROVINCIE,
        None,
        "provinciebestuur",
        ERNSTIG,
    ),
    (
        "Ik vind het plan van de minister van Financiën niet ver genoeg gaan.",
        {"organisation": "Ministerie van Financiën"},
        None,
        "niet ver genoeg",
        ERNSTIG,
    ),
    (
        "De staatssecretaris van IenW faalt met de dijkversterking.",
        {"organisation": "Ministerie van Infrastructuur en Waterstaat"},
        None,
        "faalt",
        ERNSTIG,
    ),
    (
        "Ik vind het plan van de minister van Defensie niet ver genoeg gaan.",
        {"organisation": "Ministerie van Financiën"},
        None,
        "niet ver genoeg",
        RISICO,
    ),
    # praise of a politician or own office-holder around an election: campaigning
    (
        "Vlak voor de verkiezingen: chapeau voor onze burgemeester!",
        None,
        IN_FUNCTION,
        "burgemeester",
        RISICO,
    ),
    (
        "Onze wethouder heeft het goed gedaan, dat mag best eens gezegd worden. Ga stemmen bij de verkiezingen!",
        None,
        IN_FUNCTION,
        "wethouder",
        RISICO,
    ),
    # agreeing with a politician or with a political judgement
    ("Helemaal mee eens!", None, POLITICIAN_REPLY, "mee eens", RISICO),
    ("Zo is het.", None, CITIZEN_REPLY, "Zo is het", RISICO),
    ("Agreed, 100%.", None, POLITICIAN_REPLY, "Agreed", RISICO),
]

CALIBRATION_NEGATIVE = [
    # polite disagreement and neutral text are not escalated
    ("De minister heeft vandaag veel te doen in Brussel.", None, None),
    ("Het kabinet\nBelachelijk vroeg op vandaag, koffie!", None, None),
    ("Ik vind het plan van de wethouder van Zwolle niet ver genoeg gaan.", None, None),
    ("Vandaag een potje voetbal met collega's van de gemeente.", None, None),
    ("Wat een bende in de keuken na het verjaardagsfeest!", None, None),
    ("Chapeau voor onze burgemeester die de hele nacht in touw was.", None, IN_FUNCTION),
    (
        "Helemaal mee eens, mooie foto!",
        None,
        {"reply_to": {"author_role": "burger", "text": "Zonsondergang bij de dijk."}},
    ),
    (
        "Helemaal mee eens!",
        None,
        {"reply_to": {"author_role": "burger", "text": "Fietsen is gezond."}},
    ),
    ("De verkiezingen zijn op 18 maart; stembureaus zijn open van 7.30 tot 21.00 uur.", None, None),
]


@pytest.mark.parametrize(("text", "profile", "context", "fragment", "severity"), CALIBRATION)
def test_severity_calibration(text, profile, context, fragment, severity):
    hits = run_detector(PolitiekDetector, text, profile=profile, context=context)
    assert hits, text
    assert any(fragment.lower() in h.text.lower() for h in hits), [h.text for h in hits]
    assert max(h.evidence.severity for h in hits) == severity


@pytest.mark.parametrize(("text", "profile", "context"), CALIBRATION_NEGATIVE)
def test_calibration_near_misses(text, profile, context):
    hits = run_detector(PolitiekDetector, text, profile=profile, context=context)
    assert all(h.evidence.severity < ERNSTIG for h in hits), [h.text for h in hits]
    if "wethouder van Zwolle" not in text:
        assert hits == [], [h.text for h in hits]


# Round 2: curses, praise, strong words, votes in more forms, long clauses, groups.
WMO = {
    "function": "Wmo-consulent",
    "organisation": "Gemeente Utrecht",
    "level": "uitvoering",
    "dossiers": [{"name": "Wmo", "keywords": ["Wmo", "scootmobiel", "huishoudelijke hulp"]}],
}
MEST = {
    "function": "beleidsmedewerker mest",
    "organisation": "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur",
    "level": "beleid",
    "dossiers": [{"name": "mest", "keywords": ["mestregels", "mest", "derogatie"]}],
}
FAR_TEXT = "Ik vind dat de regering wat sneller mag zijn met de dijkversterking."
ROUND2 = [
    # (text, profile, context, fragment, severity)
    ("Ik stem dit jaar op een partij die klimaat serieus neemt.", None, None, "Ik stem", RISICO),
    ("Krijg de tering met je bezuinigingen, kabinet.", None, None, "tering", ERNSTIG),
    ("Pleur op met dat beleid, minister.", None, None, "Pleur op", ERNSTIG),
    ("Goed dat het kabinet eindelijk iets doet aan de huren.", None, None, "kabinet", RISICO),
    (
        "Fijn dat de regering de kinderopvang gratis maakt, dat werd tijd.",
        None,
        None,
        "regering",
        RISICO,
    ),
    ("Dit nieuwe asielbeleid is je reinste waanzin.", None, None, "waanzin", RISICO),
    ("Ik schaam me voor het beleid van dit kabinet.", None, None, "schaam", RISICO),
    (
        "Ik ga dit keer voor Stadsbelang Noord, stemmen doe je woensdag!",
        None,
        None,
        "Ik ga dit keer voor",
        RISICO,
    ),
    (
        "Stem op 15 maart op de partij die de buurthuizen openhoudt!",
        None,
        IN_FUNCTION,
        "Stem op",
        ERNSTIG,
    ),
    ("I'm voting for Volt next week.", None, None, "voting for", RISICO),
    ("Stem niet op die corrupte wethouder!", None, None, "Stem niet op", ERNSTIG),
    ("Goed punt @tk_devries, dank voor uw inzet in het debat!", None, None, "Goed punt", RISICO),
    (
        "Wat de minister nu voorstelt met de huurbevriezing, na maanden gesteggel en drie "
        "moties, is volgens mij volkomen onverantwoord.",
        None,
        None,
        "onverantwoord",
        RISICO,
    ),
    ("Al die asielzoekers moeten gewoon het land uit.", None, None, "asielzoekers", ERNSTIG),
    # a personal view on one's own policy field: polite is a point of attention, sharp a risk
    ("Mijn mening: de mestregels gaan boeren kapotmaken.", MEST, None, "Mijn mening", LET_OP),
    (
        "Persoonlijk vind ik de nieuwe mestregels echt waardeloos.",
        MEST,
        None,
        "Persoonlijk",
        RISICO,
    ),
    # factor a: a polite private opinion far from one's work weighs little, except for top
    (FAR_TEXT, WMO, None, "Ik vind dat", LET_OP),
    (FAR_TEXT, {**WMO, "level": "top"}, None, "Ik vind dat", RISICO),
    (
        FAR_TEXT,
        {**WMO, "dossiers": [{"name": "dijken", "keywords": ["dijkversterking"]}]},
        None,
        "Ik vind dat",
        RISICO,
    ),
    ("De regering is echt waardeloos bezig met de dijken.", WMO, None, "waardeloos", RISICO),
]
ROUND2_NEGATIVE = [
    ("Trots op mijn dochter die vandaag slaagde!", None, None),
    ("Ik ga voor de gezelligheid naar de markt, stemmen doe ik later.", None, None),
    ("Vandaag gelopen voor KWF Kankerbestrijding, mooi initiatief!", None, None),
    ("Goed punt van mijn collega in het teamoverleg vandaag.", None, None),
    ("Mooi dat het weer zo lekker is, tijd voor een terrasje!", None, None),
    ("Volgens mij debatteert de Tweede Kamer morgen over de begroting.", None, None),
    ("Mijn mening over de nieuwe koffieautomaat: prima!", MEST, None),
]


@pytest.mark.parametrize(("text", "profile", "context", "fragment", "severity"), ROUND2)
def test_round2_families(text, profile, context, fragment, severity):
    hits = run_detector(PolitiekDetector, text, profile=profile, context=context)
    assert hits, text
    assert any(fragment.lower() in h.text.lower() for h in hits), [h.text for h in hits]
    assert max(h.evidence.severity for h in hits) == severity


@pytest.mark.parametrize(("text", "profile", "context"), ROUND2_NEGATIVE)
def test_round2_near_misses(text, profile, context):
    assert run_detector(PolitiekDetector, text, profile=profile, context=context) == []
