# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Contact with journalists, MPs and citizens: referrals, offers and promises.

Shared by the ``pers`` and ``kamerlid`` detectors. A *referral* sends the
other person to the press office, the spokesperson, a functional mailbox or
the minister; that is the right behaviour and never a finding. (The patterns of
promises on behalf of the organisation live in :mod:`meedoen.core.text.org_promise`.) What is left
of a reply after removing referrals, greetings and thanks is *substantive*
when it still has a few words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from meedoen.core import rx

_W = r"(?<!\w)"
_E = r"(?!\w)"

REFERRAL_RE = rx.compile(
    _W + r"(?:"
    r"(?:kunt\s+u|kun\s+je|kan\s+je|kunt\s+u\s+zich|wend\s+u|neem|neemt\s+u)\s+(?:\w+\s+){0,6}?"
    r"(?:terecht|contact\s+op|wenden|richten|mailen|bellen)\s+(?:\w+\s+){0,3}?"
    r"(?:bij|met|tot|naar|via)\s+(?:\w+\s+){0,4}?"
    r"(?:pers\w*|woordvoer\w*|voorlicht\w*|communicatie\w*|afdeling\s+communicatie|"
    r"minister\w*|ministerie|press\s+office|parlement\w*\s+(?:contactpersoon|contact|zaken))|"
    r"(?:de\s+)?(?:woordvoerder|woordvoering|persvoorlicht\w*|persdienst|persvoorlichting|"
    r"afdeling\s+communicatie|directie\s+communicatie|press\s+office)\s+(?:\w+\s+){0,4}?"
    r"(?:beantwoordt|kan\s+u|kan\s+je|helpt|staat\s+u|is\s+bereikbaar|te\s+woord)|"
    r"(?:verwijs|verwijzen)\s+(?:ik\s+|wij\s+|we\s+)?(?:u|je|jou|jullie)?\s*(?:graag\s+)?(?:door\s+)?naar|"
    r"(?:door)?verwezen\s+naar|"
    r"(?:zij|ze|die)\s+(?:helpen|staan)\s+(?:u|je|jou|jullie)\s+(?:graag\s+)?(?:verder|te\s+woord)|"
    r"zij\s+kunnen\s+(?:u|je|jou|jullie)\s+(?:\w+\s+){0,2}?(?:vertellen|helpen|"
    r"verder\s+helpen|informeren|te\s+woord\s+staan)|doorgestuurd\s+naar\s+(?:de\s+)?(?:woordvoer|persvoorlicht|minister)|"
    r"via\s+(?:de\s+)?(?:woordvoer\w*|persvoorlicht\w*|minister|afdeling\s+communicatie)|"
    r"\w[\w.+-]*@[\w-]+(?:\.[\w-]+)+|"
    r"please\s+contact\s+(?:our\s+|the\s+)?press\s+office|"
    r"de\s+minister\s+informeert\s+(?:de\s+kamer|u|jullie)|"
    r"(?:ik\s+)?kan\s+(?:hier|daar)\s+(?:\w+\s+)?niet\s+op\s+vooruitlopen|"
    r"via\s+de\s+(?:voortgangs|kamer)?brief|(?:via\s+)?de\s+gebruikelijke\s+(?:weg|kanalen)|"
    r"(?:ik\s+)?(?:kan|mag|wil|ga)\s+(?:hier|daar|er)\s+(?:\w+\s+){0,4}?niet\s+(?:\w+\s+)?"
    r"(?:op\s+)?(?:ingaan|in|reageren|over\s+zeggen)|aan\s+de\s+minister\s+(?:te\s+)?stellen|"
    r"(?:ik\s+ben|i'?m|i\s+am)\s+(?:niet\s+de\s+(?:juiste|aangewezen)\s+persoon|"
    r"not\s+the\s+(?:right|best)\s+person)|daar\s+ga\s+ik\s+niet\s+over|"
    r"(?:i\s+)?(?:can'?t|cannot|can\s+not|am\s+not\s+able\s+to)\s+comment|no\s+comment|"
    r"please\s+(?:contact|reach\s+out\s+to|get\s+in\s+touch\s+with)\s+(?:our\s+|the\s+)?"
    r"(?:press|media|communications?)\s+(?:office|team|desk)|"
    r"press\s+(?:officers?|office|team)\s+(?:\w+\s+){0,2}?(?:can|will)\s+help|press\s+contact\s+page|"
    r"not\s+mine\s+to\s+answer|woordvoerders?\s+(?:van\s+(?:het\s+|de\s+)?\w+\s+)?wel|"
    r"(?:referred|sent|directed|forwarded|passed)\s+(?:him|her|them|you|it)\s+(?:on\s+)?to\s+"
    r"(?:our\s+|the\s+)?(?:press|media|communications?)(?:\s+(?:office|team|desk|department))?|"
    r"contact\s+voor\s+(?:de\s+)?pers|"
    # passing the question on: "ik heb uw vraag doorgezet naar onze parlementaire contactpersoon"
    r"(?:doorgezet|doorgestuurd)\s+naar\s+(?:onze|de|het|ons)\s+(?:\w+\s+)?(?:contactpersoon|"
    r"woordvoer\w*|minister\w*|afdeling|collega'?s?|loket)|"
    r"(?:staan|staat|zijn|is)\s+openbaar\s+(?:in|op|bij)|"
    # pointing to what is already public: "de cijfers staan in de Kamerbrief van februari"
    r"(?:staan|staat|vindt\s+u|vind\s+je|is\s+te\s+vinden|zijn\s+te\s+vinden)\s+(?:\w+\s+){0,3}?"
    r"(?:in|op)\s+(?:de\s+|het\s+)?(?:kamerbrief|website|site|webpagina|rijksoverheid\.nl|"
    # (a public web page by its address: "de planning staat op rijkswaterstaat.nl/a27")
    r"openbare\s+\w+|[\w-]+\.(?:nl|eu|org|com)(?=/|\s|$|[.,;:!?)]))"
    r")" + _E,
    re.IGNORECASE,
)
# Only politeness: does not make a reply substantive.
FILLER_RE = rx.compile(
    _W + r"(?:dank(?:je|jewel|u|\s+u|\s+je)?(?:\s+wel)?|bedankt|hoi|hallo|beste|dag|geachte|"
    r"goedemorgen|goedemiddag|goedenavond|groet(?:en)?|met\s+vriendelijke\s+groet|mvg|"
    r"vriendelijke\s+groet|succes|graag\s+gedaan|fijne\s+dag|thanks|thank\s+you|hi|"
    r"voor\s+(?:uw|je|jouw)\s+(?:vraag|bericht|interesse)|(?:thanks\s+)?for\s+reaching\s+out|"
    r"for\s+your\s+(?:question|message|interest)|"
    r"u|je|jij|uw|ik|wij|we|de|het|een|en|met|voor|dit|deze|die|dat|is|zijn|hierover|daarover|"
    r"daar|hier|vragen|vraag)" + _E,
    re.IGNORECASE,
)
# The @ first (then "not after a word character or @"): lets the scan jump to each @.
MENTION_RE = rx.compile(r"@(?<![\w@]@)\w{2,}")
URL_RE = rx.compile(r"https?://\S+")
WORD_RE = rx.compile(r"\w{2,}")
MIN_SUBSTANTIVE_WORDS = 4

# Invitations and offers to meet, call, send material or talk outside the record.
OFFER_RE = rx.compile(
    _W + r"(?:"
    r"(?:zullen\s+we|zin\s+om|zin\s+in|kom\s+(?:eens|gerust)|laten\s+we)\s+(?:\w+\s+){0,4}?"
    r"(?:koffie|kopje|lunch|afspreken|bellen|praten|spreken|een\s+keer\s+langs)|"
    r"(?:zou|wil|zouden|willen)\s+(?:\w+\s+)?graag\s+(?:eens\s+|een\s+keer\s+)?(?:koffie\s+drinken|"
    r"afspreken|kennismaken|sparren|bijpraten|van\s+gedachten\s+wisselen)|"
    r"(?:ik\s+)?(?:stuur|mail|app|deel|geef)\s+(?:ik\s+)?(?:u|je|jou|jullie)\s+(?:\w+\s+){0,6}?"
    r"(?:stukken|stuk|documenten|rapport|notitie|nota|memo|informatie|gegevens|cijfers|tabellen|"
    r"tabel|overzicht|bijlage|spreadsheet|bestand|link|details)|"
    r"(?:ik\s+)?(?:heb|had)\s+(?:een|wat|nog\s+een|nog\s+wat)\s+(?:\w+\s+){0,2}?(?:verhaal|tip|tips|"
    r"primeur|scoop|nieuwtje|informatie|info)\s+voor\s+(?:je|jou|u|jullie)|"
    r"(?:i\s+)?(?:have|'ve\s+got|got)\s+(?:a|an|some)\s+(?:\w+\s+){0,2}?(?:story|scoop|tip|"
    r"tips|info)\s+for\s+you|happy\s+to\s+(?:send|share|brief|help|chat|talk|walk|explain|meet)(?:\s+you)?(?:\s+through)?|"
    r"(?:zin\s+in\s+)?(?:een\s+)?(?:kop(?:je)?\s+)?koffie\s*\?|"
    r"bel\s+(?:me|mij)(?:\s+(?:even|gerust|maar|op))?|(?:mag|kunt|kan)\s+(?:u|je)\s+"
    r"(?:me|mij)\s+(?:altijd\s+|gerust\s+)?(?:bellen|mailen|appen)|"
    r"(?:stuur|stuurt)\s+(?:me|mij)\s+(?:een|maar\s+een|gerust\s+een)\s+(?:dm|pb|pm|privébericht|"
    r"berichtje|mail|appje)|dm\s+(?:me|mij)|mijn\s+dm(?:'s)?\s+(?:staat|staan)\s+open|"
    r"(?:ik\s+)?(?:kan|wil)\s+(?:u|je|jou)\s+(?:er\s+)?(?:meer|alles)\s+(?:over\s+)?vertellen|"
    r"(?:ik\s+)?(?:kan|wil)\s+(?:u|je|jou|jullie)\s+(?:\w+\s+){0,4}?(?:sturen|mailen|doorsturen|"
    r"geven|laten\s+zien|uitleggen|meenemen|toesturen)|wilt\s+u\s+(?:eens\s+)?langskomen|"
    r"kom\s+(?:eens\s+|gerust\s+){1,2}langs|"
    r"let'?s\s+(?:grab\s+a\s+coffee|talk)|call\s+me|dm\s+me|happy\s+to\s+chat|"
    r"(?:would|i'?d)\s+love\s+to\s+(?:grab\s+a\s+coffee|meet|catch\s+up|talk)|"
    r"walk\s+you\s+through|let\s+me\s+know\s+if\s+you\s+(?:want|need|'d\s+like|would\s+like)|"
    r"laat\s+(?:het\s+|maar\s+|gerust\s+)?(?:even\s+)?weten\s+als\s+(?:je|u|jullie)\s+(?:\w+\s+){0,4}?"
    r"(?:wilt|wil|nodig\s+hebt|nodig\s+heeft)|"
    r"(?:dan\s+)?leg\s+ik\s+(?:het\s+)?(?:u|je|jou|jullie)?\s*(?:het\s+)?(?:graag\s+|even\s+)?uit|"
    r"(?:ik\s+)?(?:kan|wil)\s+(?:u|je|jou|jullie)\s+(?:\w+\s+){0,3}?bijpraten|"
    r"(?:i\s+)?(?:can|could|will|'ll)\s+(?:\w+\s+){0,2}?(?:send|show|brief)\s+you|"
    r"(?:zal|kan|mag)\s+ik\s+(?:u|je|jou|jullie)\s+(?:\w+\s+){0,6}?(?:sturen|mailen|doorsturen|"
    r"geven|toesturen|laten\s+zien|uitleggen|bijpraten)|"
    r"(?:zullen|kunnen)\s+we\s+(?:\w+\s+){0,3}?(?:afspreken|bellen|koffie\s+drinken)|"
    r"dm\s*\?"
    r")" + _E,
    re.IGNORECASE,
)


# Offers of material or explanation (not just of contact): sharing what one knows from work.
MATERIAL_RE = rx.compile(
    r"stuk|document|rapport|notitie|nota|memo|informatie|gegevens|cijfers|tabel|bestand|sturen|"
    r"mailen|bijpraten|vertel|walk\s+you|send|brief\s+you|figures|numbers|documents|"
    r"verhaal|story|scoop|primeur|background|achtergrond|intern|info|doorrekening|raming|"
    # an unnamed something about a subject: "heb iets voor je over die aanbesteding"
    r"(?:iets|wat)\s+(?:\w+\s+)?(?:voor\s+(?:je|jou|u|jullie)\s+)?over\s|"
    r"something\s+(?:for\s+you\s+)?(?:on|about)\s",
    re.IGNORECASE,
)
# Urging an MP or party to act: "stel daar eens Kamervragen over".
URGE_RE = rx.compile(
    _W + r"(?:stel\s+(?:daar\s+|hier\s+|er\s+)?(?:\w+\s+){0,2}?(?:kamervragen|vragen\s+aan\s+de\s+"
    r"minister)|(?:dien|kom)\s+(?:\w+\s+){0,2}?(?:met\s+)?een\s+motie|roep\s+de\s+minister\s+"
    r"ter\s+verantwoording|zet\s+(?:dit|het|dat)\s+(?:eens\s+)?op\s+de\s+(?:agenda|kamer\w*)|"
    r"vraag\s+(?:de\s+minister|de\s+staatssecretaris)\s+(?:\w+\s+){0,3}?(?:naar|om|waarom)|"
    r"(?:ask|table|file|submit|propose)\s+(?:\w+\s+){0,2}?(?:parliamentary\s+questions|"
    r"an?\s+(?:motion|amendment))|hold\s+the\s+minister\s+to\s+account|"
    r"stel\s+(?:\w+\s+){0,5}?(?:vragen|een\s+vraag)\s+over|"
    r"vraag\s+(?:\w+\s+){0,4}?(?:in\s+het\s+(?:\w+)?debat|in\s+de\s+(?:commissie|kamer)|"
    r"bij\s+het\s+vragenuur)\s+(?:\w+\s+){0,2}?(?:naar|om|waarom|hoe)|"
    r"(?:dien|kom)\s+(?:\w+\s+){0,2}?(?:met\s+)?een\s+amendement|"
    r"(?:zou|kunt|wilt|kun|wil)\s+(?:u|je|jij)\s+(?:\w+\s+){0,5}?(?:kamervragen|een\s+motie|"
    r"een\s+amendement|(?:door)?vragen\s+naar)|ask\s+(?:the\s+minister|(?:\w+\s+){0,3}?in\s+the\s+debate))"
    + _E,
    re.IGNORECASE,
)
# Confirming facts or a timeline of unpublished work to the press or an MP.
CONFIRM_RE = rx.compile(
    _W + r"(?:(?:ik\s+)?kan\s+(?:u\s+|je\s+|jou\s+)?(?:wel\s+|alvast\s+)?"
    r"bevestigen|kan\s+ik\s+(?:u\s+|je\s+)?(?:wel\s+|alvast\s+)?bevestigen|(?:i\s+)?can\s+confirm|"
    r"(?:is|werd)\s+intern\s+(?:al\s+)?besloten|dat\s+is\s+(?:intern\s+)?al\s+besloten|"
    r"(?:brief|kamerbrief|nota|rapport|besluit|plan|wetsvoorstel|evaluatie|regeling|letter|report)"
    r"\s+(?:komt|verschijnt|wordt\s+(?:\w+\s+)?(?:verstuurd|gepubliceerd))\s+(?:er\s+)?"
    r"(?:echt\s+|zeker\s+|gewoon\s+|pas\s+|nog\s+)?(?:eind|begin|half|medio|volgende|deze|voor|"
    r"vóór|na|binnen|op|in|over|rond)|ik\s+zit\s+er\s+(?:zelf\s+)?bovenop|"
    r"er\s+wordt\s+(?:hard\s+)?aan\s+gewerkt)" + _E,
    re.IGNORECASE,
)

# "Ja, …" as the answer to a journalist's question confirms it.
YES_RE = rx.compile(
    r"\s*(?:ja|jazeker|yes|klopt|dat\s+klopt|het\s+klopt|correct|inderdaad|that'?s\s+right)"
    r"\s*[,.!:]",
    re.IGNORECASE,
)

# Signs that a reply draws on the author's work (private replies to MPs weigh more then).
WORK_SIGNAL_RE = rx.compile(
    _W + r"(?:ministerie|gemeente|provincie|kamervragen|intern\w*|cijfers|dossier|"
    r"in\s+mijn\s+werk|ik\s+werk|ik\s+zie\s+(?:elke\s+dag|dagelijks)|op\s+mijn\s+werk|"
    r"mijn\s+(?:afdeling|team|collega'?s)|onze\s+(?:systemen|afdeling|dienst|cijfers)|"
    r"really\s+land|internal|my\s+(?:team|department|work)|i\s+work\s+on)" + _E,
    re.IGNORECASE,
)


def strip_referrals(text: str, extra: Iterable[str] = ()) -> str:
    """The text without referrals, functional mailboxes, mentions and links."""
    out = REFERRAL_RE.sub(" ", text)
    for term in extra:
        if term:
            out = re.sub(re.escape(term), " ", out, flags=re.IGNORECASE)
    out = URL_RE.sub(" ", out)
    return MENTION_RE.sub(" ", out)


# A full stop inside a word (pers@gemeente.nl, rijksoverheid.nl) does not end a sentence.
_SENTENCE_RE = rx.compile(r"(?:[^.!?\n]|[.!?](?=\w))+[.!?]*")


def substantive_words(text: str, extra: Iterable[str] = ()) -> int:
    """Words left once referring sentences, politeness and function words are removed.

    A sentence that contains a referral (or a functional mailbox) is all
    referral: "Mail naar pers@…, dan helpen ze je verder" says nothing of substance.
    """
    terms = [t.lower() for t in extra if t]
    count = 0
    for m in _SENTENCE_RE.finditer(text):
        sentence = m.group()
        low = sentence.lower()
        if REFERRAL_RE.search(sentence) or any(t in low for t in terms):
            continue
        rest = FILLER_RE.sub(" ", MENTION_RE.sub(" ", URL_RE.sub(" ", sentence)))
        count += len(WORD_RE.findall(rest))
    return count


def is_referral(text: str, extra: Iterable[str] = ()) -> bool:
    """True when the text refers the reader on and says little else."""
    lowered = text.lower()
    has_ref = REFERRAL_RE.search(text) is not None or any(t and t.lower() in lowered for t in extra)
    return has_ref and substantive_words(text, extra) < MIN_SUBSTANTIVE_WORDS


# Contradicting one's own minister ("de cijfers in de Kamerbrief kloppen niet") to an MP.
CONTRA_RE = rx.compile(
    _W + r"(?:(?:niet|nooit)\s+(?:kloppen|klopt|juist|correct|waar)|(?:kloppen|klopt|deugen|deugt)"
    r"\s+(?:echt\s+|helemaal\s+|gewoon\s+|dus\s+)?(?:niet|niets|geen\s+moer)|onjuist|incorrect|"
    r"misleidend|rammel(?:t|en)|zit(?:ten)?\s+ernaast|heeft\s+het\s+mis|"
    r"(?:are|is)\s+(?:\w+\s+)?(?:off|wrong|incorrect|misleading|not\s+right)|don'?t\s+add\s+up)"
    + _E,
    re.IGNORECASE,
)
MINISTER_REF_RE = rx.compile(
    _W + r"(?:minister\w*|staatssecretaris|kamerbrief\w*|beantwoording|kabinet\w*|regering|"
    r"ministerie|ministry|government|cabinet|minister'?s)" + _E,
    re.IGNORECASE,
)


def contradicts_minister(text: str) -> re.Match[str] | None:
    """A sentence that says the minister's figures or letter are wrong."""
    for m in _SENTENCE_RE.finditer(text):
        sentence = m.group()
        c = CONTRA_RE.search(text, m.start(), m.end())
        if c is not None and MINISTER_REF_RE.search(sentence):
            return c
    return None


def find_offer(text: str) -> re.Match[str] | None:
    """The first offer that does not stand in a referring sentence ("please contact our
    press office, they're happy to help" offers nothing of one's own)."""
    for m in OFFER_RE.finditer(text):
        sentence = next(
            (x.group() for x in _SENTENCE_RE.finditer(text) if x.start() <= m.start() < x.end()),
            "",
        )
        if REFERRAL_RE.search(sentence) is None:
            return m
    return None
