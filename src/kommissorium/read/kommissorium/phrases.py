r"""The Danish phrasings the kommissorium reader knows, one table.

Each :class:`Phrasing` has a stable name (it is what :attr:`Source.pattern
<kommissorium.read.source.Source.pattern>` records for a fact it read), the field it reads, the
regular expression and real examples of the wording from published Danish kommissorier and
council decisions (the seeds and the labelled corpus); the test suite checks that every example
is matched by its phrasing, and the how-to page lists them all. To teach the reader a new
wording, add a phrasing here with a real example.

A phrasing is applied to a sentence (or, for ``lead-in`` phrasings, to the sentence or heading
that introduces a list). Sentences that speak of committees in general — the law's own words
("Stk. 4. I øvrigt kan kommunalbestyrelsen nedsætte særlige udvalg …"), "Et opgaveudvalg
består typisk af …" — are recognised by :func:`is_generic` and never read.

Examples:
    >>> phrasing("chair.holder").pattern.search(
    ...     "Formanden for Udvalget for Social Omsorg er formand for udvalget.")["office"]
    'Formanden for Udvalget for Social Omsorg'
    >>> committees_in("medlemmer fra Udvalget for Social Omsorg og Socialudvalget")
    ['Udvalget for Social Omsorg', 'Socialudvalget']
    >>> split_clauses("to repræsentanter fra Byrådet, lokale borgere og fagpersoner")
    ['to repræsentanter fra Byrådet', 'lokale borgere', 'fagpersoner']
    >>> is_generic("Et opgaveudvalg består typisk af ti borgere og fem lokalpolitikere.")
    True
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from kommissorium.errors import PeriodParseError
from kommissorium.model import Period
from kommissorium.time.periods import PeriodContext, parse_period

__all__ = [
    "COMMITTEE",
    "COUNCIL",
    "COUNCIL_GEN",
    "LEGAL_REF",
    "NUMBER_WORDS",
    "PARTY_NAMES",
    "PHRASINGS",
    "FoundPeriod",
    "Phrasing",
    "committee_name",
    "committees_in",
    "count_of",
    "find_periods",
    "is_generic",
    "phrasing",
    "split_clauses",
    "split_titles",
]


@attrs.frozen(kw_only=True)
class Phrasing:
    """A wording the reader knows.

    Attributes:
        name: Stable name, ``"<field>.<what>"`` (``"chair.holder"``).
        field: The field it reads (``"chair"``, ``"composition"``, ``"term"`` …).
        pattern: The regular expression.
        examples: Real wordings it reads, from published documents.
        meaning: What it reads, in a few words.
    """

    name: str
    field: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    meaning: str


# -- building blocks -------------------------------------------------------------------------

_UP = "A-ZÆØÅÉÜÖÄ"
#: A reference to § 17, stk. 4 as documents write it: "§ 17, stk. 4", "§17, stk.4",
#: "§ 17 stk. 4", "paragraf 17 stk. 4", "§ 17.4", "§ 17.stk 4".
LEGAL_REF = r"(?:§|[Pp]aragraf)[ ]*17(?:[ ]*[,.][ ]*|[ ]+)(?:[Ss]tk\.?[ ]*\d+|\d\b)"
#: The council, as a subject: "Byrådet", "Kommunalbestyrelsen", "Borgerrepræsentationen",
#: "Gladsaxe Byråd", "Odder byråd", "Byrådet i Odsherred Kommune", "byrådet i Allerød".
COUNCIL = (
    rf"(?:[{_UP}][a-zæøå]+[ ]+[Bb]yråd\b|[Bb]yrådet\b|[Kk]ommunalbestyrelsen\b|"
    rf"Borgerrepræsentationen\b)(?:[ ]+i[ ]+[{_UP}][a-zæøå]+(?:[ ]+Kommune)?)?"
)
#: The council in the genitive ("byrådets møde").
COUNCIL_GEN = r"(?:[Bb]yrådets|[Kk]ommunalbestyrelsens|Borgerrepræsentationens)"
_HYPHEN_WORD = r"(?!\w*udvalg(?:et|ets)?,)\w+(?:-,?|,)(?:og\b)?"
#: A committee named by a compound: "Socialudvalget", "Kultur-, Sundheds- og
#: Beskæftigelsesudvalget", "Erhvervs-, natur og teknikudvalget", also in the genitive.
_COMPOUND = (
    rf"(?=[{_UP}])(?:{_HYPHEN_WORD}[ ]*(?:(?:og|samt)[ ]+)?|[a-zæøå]+[ ]+og[ ]+)*"
    r"\w*udvalg(?:et|ets)\b"
)
_FOR_NAME = (
    rf"[Uu]dvalget[ ]+(?:for|om)[ ]+[{_UP}][\w&-]*"
    rf"(?:[ ]+(?:(?:og|&)[ ]+)?(?![\w-]*udvalg)[{_UP}][\w&-]*)*"
)
#: Another committee, by name: "Udvalget for Social Omsorg" or a compound ("Socialudvalget").
COMMITTEE = rf"(?:{_FOR_NAME}|{_COMPOUND})"
_COMMITTEE_RE = re.compile(COMMITTEE)
_SPECIAL_NOUN = rf"{LEGAL_REF}[ -]*udvalg(?:et)?"
_SPECIFIER = r"(?:for|om|vedrørende|vedr\.)"
_TAIL = (
    r"[^.,;:()\n]+?(?=[ ]+(?:i|er|har|blev|skal|kan|der|som|med|til|jf\.)[ ]|[ ]*[.,;:()]|[ ]*$)"
)
_OWN_COMPOUND = rf"[{_UP}][\w-]*?udvalg(?:et)?"
#: The committee's own name: "§ 17, stk. 4-udvalget vedrørende gentænkning af socialområdet",
#: "Opgaveudvalget for Verdensmålene", "Klimaudvalget for Odder Kommune", "Musikbyudvalget".
OWN_NAME = (
    rf"(?:(?:{_SPECIAL_NOUN}|[Oo]pgaveudvalg(?:et)?|[Aa]rbejdsgruppen?|Udvalget)[ ]+"
    rf"{_SPECIFIER}[ ]+{_TAIL}"
    rf"|{_OWN_COMPOUND}(?:[ ]+{_SPECIFIER}[ ]+{_TAIL})?)"
)
_GENERIC_NAMES = re.compile(
    r"^(?:[Uu]dvalg(?:et)?|[Oo]pgaveudvalg(?:et)?|[Ss]tående udvalg|[Øø]konomiudvalg(?:et)?)$"
)
#: Danish number words, as counts are printed ("to repræsentanter", "syv borgere").
NUMBER_WORDS = {
    "en": 1, "én": 1, "et": 1, "ét": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6,
    "syv": 7, "otte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13,
    "fjorten": 14, "femten": 15,
}  # fmt: skip
_COUNT = r"(?:\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
#: Party names printed instead of list letters ("Niels Heinel, Miljølisten").
PARTY_NAMES = (
    "Socialdemokratiet", "Venstre", "Det Konservative Folkeparti", "Konservative",
    "Dansk Folkeparti", "Radikale Venstre", "Det Radikale Venstre", "SF",
    "Socialistisk Folkeparti", "Enhedslisten", "Liberal Alliance", "Nye Borgerlige",
    "Kristendemokraterne", "Alternativet", "Danmarksdemokraterne", "Moderaterne",
    "Slesvigsk Parti", "Borgernes Parti",
)  # fmt: skip
_MONTHS = "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"


def _re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


_I = re.IGNORECASE

# -- the table -------------------------------------------------------------------------------

PHRASINGS: tuple[Phrasing, ...] = (
    # name -------------------------------------------------------------------------------
    Phrasing(
        name="name.is",
        field="name",
        pattern=_re(
            rf"^(?P<name>{OWN_NAME})(?:[ ]*\([^)]*\))?(?:[ ]+i[ ]+[{_UP}]\w+[ ]+Kommune)?"
            r"[ ]+(?:er|blev)[ ]+(?:et[ ]+|en[ ]+|nu[ ]+)?(?:nedsat|midlertidigt|særligt|"
            r"såkaldt|paragraf|§|opgaveudvalg|udvalg)"
        ),
        examples=(
            "Opgaveudvalget for Verdensmålene (OV) i Allerød Kommune er et midlertidigt "
            "udvalg, nedsat af byrådet i Allerød",
            "Ældreudvalget er et paragraf 17 stk. 4 udvalg",
            "Landdistriktsudvalget er nedsat efter styrelseslovens § 17 stk. 4",
            "Musikbyudvalget blev nedsat i 2016",
            "Udvalget om undersøgelseskommissioner blev nedsat den 4. november 2016.",
        ),
        meaning="the committee's name, in a sentence saying what it is or that it was set up",
    ),
    Phrasing(
        name="name.heading",
        field="name",
        pattern=_re(rf"^(?:{LEGAL_REF}[ ]+)?(?P<name>{OWN_NAME})(?:[ ]*\([^)]*\))?$"),
        examples=(
            "Musikbyudvalget (§ 17 stk. 4)",
            "§ 17.4 Landdistriktsudvalget",
            "Opgaveudvalg for Søborg Skole",
            "Klimaudvalget for Odder Kommune",
        ),
        meaning="a heading that is nothing but the committee's name",
    ),
    Phrasing(
        name="name.kommissorium-for",
        field="name",
        pattern=_re(
            r"[Kk]ommissori(?:um|et)[ ]+(?:for|til)[ ]+(?:det[ ]+nye[ ]+)?"
            rf"(?P<name>{OWN_NAME})"
        ),
        examples=(
            "Forslag til kommissorium for § 17, stk. 4-udvalg om boligplacering af flygtninge",
            "kommissoriet til det nye Erhvervskoordinationsudvalg (§17, stk. 4 udvalg)",
            "Godkende rammekommissoriet for §17, stk. 4-udvalget for grøn omstilling og "
            "bæredygtig udvikling",
        ),
        meaning="the name of the committee a kommissorium is for",
    ),
    Phrasing(
        name="name.special-committee",
        field="name",
        pattern=_re(rf"(?P<name>{_SPECIAL_NOUN}[ ]+{_SPECIFIER}[ ]+{_TAIL})"),
        examples=(
            "Notat vedrørende rammerne for det kommende arbejde i § 17, stk. 4 udvalget "
            "vedrørende gentænkning af socialområdet i Hedensted Kommune",
        ),
        meaning="a § 17, stk. 4 committee named by its subject",
    ),
    Phrasing(
        name="name.subject",
        field="name",
        pattern=_re(
            r"[Kk]ommissori(?:um|et)[ ]+for[ ]+(?:arbejdet[ ]+med[ ]+)?(?P<subject>[^.\n]+?)"
            r"(?=[.]|$)"
        ),
        examples=(
            "Baggrund og kommissorium for udredningsarbejde omkring Social Omsorg",
            "Byrådet har den 2. oktober 2019 godkendt kommissorium for arbejdet med "
            "strategisporet- En kommune hvor alle er med.",
        ),
        meaning="what the kommissorium is for; with the committee noun the text uses, a "
        "name to check",
    ),
    # legal basis --------------------------------------------------------------------------
    Phrasing(
        name="legal-basis.paragraph",
        field="legal_basis",
        pattern=_re(
            r"(?P<ref>(?:§|[Pp]aragraf)[ ]*17(?:[ ]*[,.][ ]*|[ ]+)(?:[Ss]tk\.?[ ]*(?P<stk>\d+)"
            r"|(?P<short>\d)\b))"
        ),
        examples=(
            "jfr. Styrelseslovens § 17, stk. 4",
            "et såkaldt §17, stk.4-udvalg",
            "Musikbyudvalget (§ 17 stk. 4)",
            "Ældreudvalget er et paragraf 17 stk. 4 udvalg",
            "§ 17.4 Landdistriktsudvalget",
        ),
        meaning="the paragraph the committee is set up under",
    ),
    # established by -----------------------------------------------------------------------
    Phrasing(
        name="established.council-decided",
        field="established_by",
        pattern=_re(
            rf"(?P<council>{COUNCIL})[ ]+(?:har[ ]+)?(?:derfor[ ]+)?(?:på[ ]+sit[ ]+møde[ ]+)?"
            r"(?:(?:mandag|tirsdag|onsdag|torsdag|fredag)[ ]+)?(?:den[ ]+)?"
            rf"(?:\d{{1,2}}\.[ ]*(?:{_MONTHS})(?:[ ]+\d{{4}})?[ ]+)?"
            r"(?P<verb>besluttede|besluttet|vedtog|vedtaget|godkendte|godkendt|nedsatte|nedsat)\b"
        ),
        examples=(
            "Byrådet besluttede den 29. juni 2016, at der skal ske en bred forankring af "
            "analysen af og arbejdet med Kerneområdet Social Omsorg.",
            "Byrådet har den 2. oktober 2019 godkendt kommissorium for arbejdet med "
            "strategisporet- En kommune hvor alle er med.",
            "Gladsaxe Byråd vedtog 29. januar 2020 at nedsætte et opgaveudvalg",
            "Byrådet i Odsherred Kommune godkendte tirsdag den 15. december 2020 kommissoriet",
            "Odder byråd har derfor besluttet at der skal sammensættes et midlertidigt "
            "klimaudvalg.",
            "Byrådet har nedsat et såkaldt §17, stk.4-udvalg omkring borgerdialog",
        ),
        meaning="the council decided, approved the kommissorium or set the committee up "
        "(with the date where the sentence gives one)",
    ),
    Phrasing(
        name="established.council-inverted",
        field="established_by",
        pattern=_re(rf"\bhar[ ]+(?P<council>{COUNCIL})[ ]+(?P<verb>nedsat|besluttet)\b"),
        examples=(
            "Som følge af mangel på midlertidige og permanente boliger til flygtninge har "
            "Kommunalbestyrelsen nedsat et særligt politisk udvalg",
        ),
        meaning="the council set the committee up (inverted word order)",
    ),
    Phrasing(
        name="established.set-up-by",
        field="established_by",
        pattern=_re(rf"\b(?:er[ ]+)?nedsat[ ]+af[ ]+(?P<council>{COUNCIL})"),
        examples=(
            "§17, stk. 4 udvalget for grøn omstilling og bæredygtig udvikling er nedsat af "
            "byrådet til at drøfte",
            "et midlertidigt udvalg, nedsat af byrådet i Allerød",
        ),
        meaning="the committee was set up by the council",
    ),
    Phrasing(
        name="established.constitution",
        field="established_by",
        pattern=_re(
            r"konstitueringen[ ]+af[ ]+den[ ]+(?:nuværende|nye)[ ]+"
            r"(?P<council>[Kk]ommunalbestyrelse|[Bb]yråd)[ ]+blev[ ]+det[ ]+besluttet[ ]+at[ ]+"
            r"nedsætte"
        ),
        examples=(
            "I forbindelse med konstitueringen af den nuværende Kommunalbestyrelse blev det "
            "besluttet at nedsætte et udvalg",
        ),
        meaning="the council decided it when it constituted itself",
    ),
    Phrasing(
        name="established.approved-at-meeting",
        field="established_by",
        pattern=_re(
            rf"^(?:Kommissoriet[ ]+(?:blev[ ]+|er[ ]+)?)?[Gg]odkendt[ ]+på[ ]+(?P<council>"
            rf"{COUNCIL_GEN})[ ]+møde[ ]+den[ ]+\d"
        ),
        examples=("Godkendt på byrådets møde den 20. marts 2018.",),
        meaning="the kommissorium was approved at the council's meeting on a day",
    ),
    Phrasing(
        name="established.agenda-item",
        field="established_by",
        pattern=_re(
            r"beslutningen[ ]+om[ ]+at[ ]+(?:etablere|nedsætte)[^.]{0,80}?[ ]+i[ ]+"
            rf"(?P<council>{COUNCIL_GEN})[ ]+dagsorden(?:s)?punkt"
        ),
        examples=(
            "beslutningen om at etablere det politiske udvalg i Kommunalbestyrelsens "
            "dagsordenpunkt fra den 23/3-2015, punkt 3",
        ),
        meaning="the council's agenda item that set the committee up, with its date",
    ),
    Phrasing(
        name="established.year",
        field="established_by",
        pattern=_re(r"\b(?:blev|er)[ ]+nedsat[ ]+(?:i[ ]+(?P<year>(?:19|20)\d\d)\b|den[ ]+\d)"),
        examples=(
            "Musikbyudvalget blev nedsat i 2016",
            "Udvalget om undersøgelseskommissioner blev nedsat den 4. november 2016.",
        ),
        meaning="when it was set up, the body not named",
    ),
    # function -----------------------------------------------------------------------------
    Phrasing(
        name="function.functions",
        field="functions",
        pattern=_re(
            r"\b(?:med|have|har|udføre|udfører|varetage|varetager)[ ]+(?P<first>forberedende|"
            r"rådgivende)(?:[ ]+og[ ]+(?P<second>forberedende|rådgivende))?[ ]+funktion(?:er)?"
            rf"(?:[ ]+(?:til|for)[ ]+(?P<served>begge[ ]+udvalg|{COMMITTEE}|{COUNCIL}))?"
        ),
        examples=(
            "hvorfor udvalget nedsættes med forberedende og rådgivende funktioner til begge "
            "udvalg.",
            "vil udvalget have rådgivende funktioner til Økonomi- og planudvalget",
        ),
        meaning="preparatory and/or advisory functions, and for whom",
    ),
    Phrasing(
        name="function.advisor",
        field="functions",
        pattern=_re(
            r"\b(?:fungerer|fungere)[ ]+(?:altså[ ]+|dermed[ ]+|derfor[ ]+)?som[ ]+"
            r"(?:et[ ]+|en[ ]+)?rådgive(?:r|nde)\b(?:[ ]+(?!for\b)\w+)?"
            rf"(?:[ ]+for[ ]+(?P<served>{COUNCIL}|{COMMITTEE}))?"
        ),
        examples=(
            "Opgaveudvalget har ikke nogen beslutningskompetence, og fungerer altså som "
            "rådgiver for byrådet.",
            "Klimaudvalget skal fungere som et rådgivende samarbejdsforum",
        ),
        meaning="an advisory function",
    ),
    Phrasing(
        name="serves.under",
        field="serves",
        pattern=_re(
            rf"\b(?:kommer[ ]+til[ ]+at[ ]+)?høre(?:r)?[ ]+under[ ]+(?P<served>{COMMITTEE})"
        ),
        examples=("Udvalget kommer til at høre under Miljø-, Teknik- og Klimaudvalget.",),
        meaning="the committee it sits under and works for",
    ),
    Phrasing(
        name="predecessor.follows",
        field="predecessor",
        pattern=_re(
            r"^(?:[Uu]dvalget|[Oo]pgaveudvalget|[Aa]rbejdsgruppen)[ ]+(?:efterfølger|afløser)"
            r"[ ]+(?P<predecessor>.+?)\.?$"
        ),
        examples=(
            "Udvalget efterfølger et andet § 17, stk. 4 udvalg, der i valgperiodens første to "
            "år har arbejdet med udvikling af en strategi for Hedensted kommunes ungeindsats.",
        ),
        meaning="the committee whose work it continues",
    ),
    # chair --------------------------------------------------------------------------------
    Phrasing(
        name="chair.holder",
        field="chair",
        pattern=_re(
            rf"^(?P<office>(?:[Ff]ormand(?:en)?[ ]+for[ ]+{COMMITTEE})|[Bb]orgmester(?:en)?|"
            rf"[Vv]iceborgmester(?:en)?|[Rr]ådmand(?:en)?|(?:[Dd]irektøren|[Cc]hefen|[Ll]ederen)"
            rf"[ ]+(?:for|af)[ ]+[{_UP}][\w&-]*(?:[ ]+[{_UP}][\w&-]*)*)[ ]+er[ ]+"
            r"(?P<born>født[ ]+)?"
            r"(?P<role>næstformand|formand)\b"
        ),
        examples=(
            "Formanden for Udvalget for Social Omsorg er formand for udvalget.",
            "Formanden for Kultur- og Fritidsudvalget er født formand for Musikudvalget.",
            "Direktøren for Ankestyrelsen er formand for udvalget.",
        ),
        meaning="the holder of an office (the chair of a named committee, the mayor, a "
        "director) chairs",
    ),
    Phrasing(
        name="chair.named",
        field="chair",
        pattern=_re(
            rf"^(?P<person>[{_UP}][\w'’-]+(?:[ ]+[{_UP}][\w'’.-]*){{1,4}})[ ]*"
            rf"(?:\((?P<party>[{_UP}]{{1,3}})[ ]*\))?[ ]+er[ ]+(?P<role>næstformand|formand)\b"
        ),
        examples=("Birgit Jakobsen (KD) er formand for udvalget.",),
        meaning="a named person chairs",
    ),
    Phrasing(
        name="chair.named-as",
        field="chair",
        pattern=_re(
            rf"\bmed[ ]+(?P<person>[{_UP}][\w'’-]+(?:[ ]+[{_UP}][\w'’.-]*){{1,4}})[ ]*"
            rf"(?:\((?P<party>[{_UP}]{{1,3}})[ ]*\))?[ ]+som[ ]+(?P<role>næstformand|formand)\b"
        ),
        examples=(
            "Det klimaudvalg er nu nedsat med Kresten Bjerre (R) som formand og Martin "
            "Mikkelsen (C ) og Ditte-Marie Thejsen (Ø) som medlemmer udpeget af byrådet.",
        ),
        meaning="set up with a named person as chair",
    ),
    Phrasing(
        name="chair.chosen-by",
        field="chair",
        pattern=_re(
            rf"(?:^|,[ ]+|[ ]+og[ ]+)(?:(?P<council>{COUNCIL})|(?P<self>[Uu]dvalget|"
            r"[Oo]pgaveudvalget|[Aa]rbejdsgruppen))?[ ]*(?:(?:skal|vil)[ ]+)?(?:samt[ ]+)?"
            r"(?:udpeger|udpege|vælger|vælge|konstituerer|konstituere)[ ]+(?:selv[ ]+)?"
            r"(?:sig[ ]+(?:selv[ ]+)?(?:med[ ]+)?|sin[ ]+|udvalgets[ ]+)?(?P<role>næstformand|"
            r"formand)(?:en)?\b"
        ),
        examples=(
            "Byrådet udpeger formanden for udvalget.",
            "Godkende rammekommissoriet for §17, stk. 4-udvalget for grøn omstilling og "
            "bæredygtig udvikling, samt udpege udvalgets formand og dets medlemmer.",
        ),
        meaning="who chooses the chair: the council, or the committee itself",
    ),
    # secretary and secretariat ------------------------------------------------------------
    Phrasing(
        name="secretary.is",
        field="secretary",
        pattern=_re(
            r"^(?P<secretary>(?:[Cc]hefen|[Ll]ederen|[Dd]irektøren|[Kk]onsulenten)[ ]+"
            r"(?:for|af|i)[ ]+[^.]+?)[ ]+er[ ]+sekretær\b"
        ),
        examples=("Chefen for Social Omsorg er sekretær for udvalget.",),
        meaning="the position that acts as the committee's secretary",
    ),
    Phrasing(
        name="secretariat.served-by",
        field="secretariat",
        pattern=_re(
            r"^(?:[Uu]dvalget|[Oo]pgaveudvalget|[Aa]rbejdsgruppen|[\wæøå]+udvalget)[ ]+"
            r"(?:understøttes|betjenes|sekretariatsbetjenes)[ ]+af[ ]+(?P<secretariat>[^.,]+)"
        ),
        examples=("Udvalget understøttes af forvaltningen.",),
        meaning="the department that serves the committee",
    ),
    # composition --------------------------------------------------------------------------
    Phrasing(
        name="composition.lead-in",
        field="composition",
        pattern=_re(
            r"(?:sammensættes|sammensat|består|bestående|beman[dn]es|[Ss]ammensætning(?:en|er)?)"
            r"(?:[ ]+[^:]*)?:$|^(?:[Mm]edlemmer(?:[ ]+af[ ]+[^:]*)?|[Uu]dvalgets[ ]+\d+[ ]+"
            r"medlemmer|[Pp]olitiske[ ]+deltagere[^:]*):?$"
        ),
        examples=(
            "Udvalget sammensættes af:",
            "Sammensætningen af § 17, stk. 4-udvalget er:",
            "Center for Miljø og Teknik har på den baggrund udarbejdet et udkast til et "
            "rammekommissorium for udvalgets arbejde (Bilag 1) og foreslår, at sammensætninger "
            "af udvalget er:",
            "Medlemmer af Musikbyudvalget:",
            "Udvalgets 9 medlemmer",
        ),
        meaning="introduces a list of seats or members",
    ),
    Phrasing(
        name="composition.consists-of",
        field="composition",
        pattern=_re(
            r"\b(?:sammensættes|er[ ]+sammensat|består|bestående|beman[dn]es(?:[ ]+desuden)?)"
            r"[ ]+(?:af|med)[ ]+(?P<clauses>.+)$"
        ),
        examples=(
            "Udvalget består af syv borgere  - og syv byrådsmedlemmer:",
            "Musikudvalget er sammensat af 5 kommunalbestyrelsesmedlemmer og 5 repræsentanter "
            "fra musiklivet i kommunen.",
            "Opgaveudvalget består af 11 medlemmer, heraf tre repræsentanter fra Byrådet samt "
            "medlemmer af skolebestyrelsen, lokale borgere og fagpersoner med relevante "
            "kompetencer.",
            "Udvalget bemannes desuden med direktør for Social Omsorg, Ann Hermansen samt en "
            "sekretær.",
        ),
        meaning="a sentence listing the seats",
    ),
    Phrasing(
        name="composition.one-from-each",
        field="composition",
        pattern=_re(
            rf"(?P<count>{_COUNT})[ ]+(?:politiker|udvalgsmedlem(?:mer)?|medlem(?:mer)?|"
            r"repræsentant(?:er)?)[ ]+fra[ ]+(?:hvert[ ]+af[ ]+(?:de[ ]+)?(?:\w+[ ]+)?udvalg\w*"
            r"|henholdsvis)\b[ ]*:?[ ]*(?P<committees>.*)$",
            _I,
        ),
        examples=(
            "Konkret foreslås, at der, foruden formanden for udvalget, udpeges en politiker fra "
            "hvert af de fire udvalg:",
            "forankret i en arbejdsgruppe bestående af to udvalgsmedlemmer fra henholdsvis "
            "Socialudvalget, Kultur-, Sundheds- og Beskæftigelsesudvalget samt Undervisnings- "
            "og Børneudvalget.",
        ),
        meaning="so many members from each of several named committees",
    ),
    Phrasing(
        name="composition.chosen-among",
        field="composition",
        pattern=_re(
            rf"(?P<count>{_COUNT})[ ]+medlemmer[ ]+(?:skal[ ]+)?vælges[ ]+blandt[ ]+"
            rf"(?P<committee>{COMMITTEE})[ ]+medlemmer"
        ),
        examples=(
            "Ifølge vedtægternes § 2, stk. 1 skal disse 3 medlemmer vælges blandt Kultur- og "
            "Fritidsudvalgets medlemmer.",
        ),
        meaning="so many members chosen among a named committee's members",
    ),
    Phrasing(
        name="composition.places-taken",
        field="composition",
        pattern=_re(
            rf"(?:(?P<count>{_COUNT})[ ]+)?pladser[^.]*?besat[ ]+af[ ]+medlemme(?:r|rne)[ ]+"
            rf"(?:fra|af)[ ]+(?P<committee>{COMMITTEE})",
            _I,
        ),
        examples=(
            "De første 5 pladser i udvalget er allerede besat af medlemmerne fra Social- og "
            "Seniorudvalget.",
        ),
        meaning="seats held by the members of a named committee",
    ),
    Phrasing(
        name="composition.also-chosen",
        field="composition",
        pattern=_re(
            r"^(?:[Hh]erudover|[Dd]erudover|[Dd]esuden)[ ]+(?:vælges|udpeges)[ ]+(?:der[ ]+)?"
            r"(?P<clauses>.+)$"
        ),
        examples=("Herudover vælges der eksterne interessenter og borgere.",),
        meaning="further seats, by group",
    ),
    Phrasing(
        name="composition.represented",
        field="composition",
        pattern=_re(
            r"\brepræsentanter[ ]+(?:for|fra)[ ]+(?P<what>.+?)[ ]+repræsenteres[ ]+i[ ]+"
            r"udvalget"
        ),
        examples=(
            "Desuden skal repræsentanter for erhvervslivet, forsyningsselskaberne, RenoSyd, de "
            "grønne organisationer, skolerne, ungebyrådet m.fl. repræsenteres i udvalget.",
        ),
        meaning="organisations to be represented",
    ),
    Phrasing(
        name="composition.nominated",
        field="composition",
        pattern=_re(
            r"^(?:De[ ]+)?(?:resterende|øvrige)[ ]+medlemmer\b.*?\budpeges\b.*?\befter[ ]+"
            r"indstilling[ ]+fra\b[ ]*(?P<what>.*?)\.?$"
        ),
        examples=(
            "De resterende medlemmer af Musikudvalget udpeges i henhold til vedtægternes § 2, "
            "stk. 2 af Borgerrepræsentationen efter indstilling fra repræsentantskabet og "
            "publikum.",
            "De øvrige medlemmer udpeges af Ankestyrelsen efter indstilling fra",
        ),
        meaning="the other members, nominated by organisations",
    ),
    Phrasing(
        name="composition.optional-councillors",
        field="composition",
        pattern=_re(
            r"\bmulighed[ ]+for,?[ ]+at[ ]+(?:enkelte[ ]+)?(?:øvrige[ ]+)?(?P<who>politikere|"
            r"byrådsmedlemmer|kommunalbestyrelsesmedlemmer)[ ]+kan[ ]+få[ ]+plads"
        ),
        examples=(
            "I det tilfælde, at der er øvrige politikere, der har en særlig interesse for "
            "udvalgets arbejde, vil der være mulighed for, at enkelte øvrige politikere kan få "
            "plads i udvalget.",
        ),
        meaning="optional further seats for councillors",
    ),
    # term ---------------------------------------------------------------------------------
    Phrasing(
        name="term.period",
        field="term",
        pattern=_re(
            r"\b(?:funktionsperiode|udvalgsperiode|tidsramme|arbejde[ ]+i[ ]+valgperiodens|"
            r"fortsætte[ ]+i|igennem[ ]+perioden|i[ ]+perioden)\b"
        ),
        examples=(
            "Tidsramme for § 17, stk. 4-udvalgets funktionsperiode er til udgangen af 2018",
            "Det forestående § 17, stk. 4 udvalg vedrørende det samlede socialområde skal "
            "således arbejde i valgperiodens to sidste år, 2024-25.",
            "Opgaveudvalgets funktionsperiode løber fra 1. februar 2019 til 31. januar 2020.",
            "det er besluttet at udvalget skal fortsætte i byrådsperioden 2018 - 2021",
            "Arbejdsgruppen har igennem perioden januar 2020- april 2021 arbejdet med opgaverne.",
        ),
        meaning="the term: the period the committee works in",
    ),
    Phrasing(
        name="term.starts",
        field="term",
        pattern=_re(
            r"\b(?:[Aa]rbejdet|[Uu]dvalget|[Oo]pgaveudvalget|[Oo]pgaveudvalgets[ ]+arbejde|"
            r"[Uu]dvalgets[ ]+arbejde)\b[^.]{0,60}?\b(?:begynder|starter(?:[ ]+op)?|er[ ]+"
            r"påbegyndt|påbegyndes)\b"
        ),
        examples=(
            "Arbejdet i selve opgaveudvalget begynder i august 2018.",
            "Arbejdet med at udvikle konceptet starter op den 1. marts 2022",
            "Opgaveudvalgets arbejde er påbegyndt i november 2018 og afsluttes april 2020",
        ),
        meaning="when the work starts (and, in the same sentence, when it ends)",
    ),
    Phrasing(
        name="term.ends",
        field="term",
        pattern=_re(
            r"\b(?:[Aa]rbejdet|[Uu]dvalget|[Oo]pgaveudvalget|[\wæøå]+udvalget)\b[^.]{0,40}?"
            r"\b(?:afslutte(?:r)?[ ]+sit[ ]+arbejde|skal[ ]+være[ ]+i[ ]+mål|afsluttes|ophører|"
            r"nedlægges)\b"
        ),
        examples=(
            "Udvalget afslutter sit arbejde og afrapporterer sine anbefalinger til Miljø-, "
            "Teknik- og Klimaudvalget samt byrådet i sommeren 2021.",
            "Arbejdet skal være i mål i juni 2023.",
            "Udvalget skal så vidt muligt afslutte sit arbejde i løbet af foråret 2018.",
        ),
        meaning="when the work ends",
    ),
    Phrasing(
        name="term.election-period",
        field="term",
        pattern=_re(
            r"(?P<condition>valgperioden[ ]+ud|følger[^.]{0,40}?(?:den[ ]+kommunale[ ]+)?"
            r"valgperiode|slutte[r]?[ ]+ved[ ]+udgangen[ ]+af[ ]+(?:[Bb]yråds|[Vv]alg|"
            r"[Kk]ommunalbestyrelses)perioden)",
            _I,
        ),
        examples=(
            "Udvalgets funktionsperiode følger ifølge vedtægternes § 5 den kommunale valgperiode.",
            "Første møde i udvalget kan ske i foråret i år og slutte ved udgangen af "
            "Byrådsperioden.",
        ),
        meaning="a term bound to the election period, without dates",
    ),
    # meetings -----------------------------------------------------------------------------
    Phrasing(
        name="meetings.own-plan",
        field="meetings",
        pattern=_re(
            r"\b(?:fastsætter|fastlægger|tilrettelægger|planlægger)[ ]+selv[ ]+sin(?:e)?[ ]+"
            r"(?:mødeplan|møder|mødekalender)"
        ),
        examples=("Udvalget fastsætter selv sin mødeplan.",),
        meaning="the committee sets its own meeting plan",
    ),
    Phrasing(
        name="meetings.per-year",
        field="meetings",
        pattern=_re(
            rf"\b(?:holder|afholder|mødes)\b[^.]{{0,30}}?(?P<count>{_COUNT})[ ]+(?:møder|gange)"
            r"[ ]+(?:om|pr\.?|per|i)[ ]+året\b",
            _I,
        ),
        examples=(
            "Musikudvalget holder som udgangspunkt fire møder om året - fordelt i hvert hvartal.",
        ),
        meaning="the number of meetings a year",
    ),
    # plan ---------------------------------------------------------------------------------
    Phrasing(
        name="phases.lead-in",
        field="phases",
        pattern=_re(
            rf"\b(?:inddelt|opdelt|delt)[ ]+i[ ]+(?P<count>{_COUNT})[ ]+faser\b|"
            r"\b(?:procesplan|faseplan|tidsplan|skitse)\b[^:]*:$",
            _I,
        ),
        examples=(
            "Udvalgets arbejde er inddelt i 3 faser:",
            "En foreløbig skitse kunne se sådan ud:",
        ),
        meaning="introduces the phases",
    ),
    Phrasing(
        name="themes.lead-in",
        field="themes",
        pattern=_re(
            r"(?:\btema(?:er|erne|tikker)?|\bfokusområder|\bemner|\bindsatsområder|"
            r"\bfokus[ ]+på|\bindenfor|\binden[ ]+for)[ ]*:$",
            _I,
        ),
        examples=(
            "Musikudvalget arbejder med følgende fokusområder:",
            "Udvalget skal arbejde med initiativer og ændringer af politiker der understøtter "
            "landdistrikterne indenfor:",
            "Klimaudvalget skal tillige komme med forslag til, hvordan Byrådet kan arbejde med "
            "FN’s verdensmål, med særligt fokus på:",
        ),
        meaning="introduces a list of themes",
    ),
    Phrasing(
        name="themes.headings",
        field="themes",
        pattern=_re(rf"\bafsæt[ ]+i[ ]+(?P<count>{_COUNT})[ ]+tematikker\b", _I),
        examples=(
            "Virkeliggørelsen af disse ambitioner i det kommende § 17, stk. 4 udvalg kan tage "
            "afsæt i tre tematikker som en struktur/ramme for arbejdet:",
        ),
        meaning="announces so many themes, given as the headings that follow",
    ),
    Phrasing(
        name="themes.included",
        field="themes",
        pattern=_re(
            r"^I[ ]+arbejdet[ ]+(?:vil|skal)[^.]*?\bindgå\b[^.]*?,[ ]*herunder[ ]+(?P<list>[^.]+)"
        ),
        examples=(
            "I arbejdet vil således indgå overvejelser om området bredt set, herunder service, "
            "organisation, procedurer, økonomisk styring, ledelse, kompetencer, nye indsatser, "
            "samarbejder i organisationen.",
        ),
        meaning="the areas the work includes",
    ),
    Phrasing(
        name="aims.lead-in",
        field="aims",
        pattern=_re(
            r"^(?P<title>(?:[Pp]ejlemærke(?:r|rne)?|[Ss]trategiske[ ]+sigtepunkter|"
            r"[Ss]igtepunkter(?:ne)?|[Ff]ormål(?:et)?|[Mm]ål(?:ene)?)\b[^:]*?)(?:[ ]+er)?[ ]*:$"
        ),
        examples=("Pejlemærkerne for velfærdsperspektivet er:", "Formål:"),
        meaning="introduces a list of aims (pejlemærker, formål)",
    ),
    Phrasing(
        name="aims.council",
        field="aims",
        pattern=_re(
            r"(?P<owner>[A-ZÆØÅ]\w+?)s[ ]+strategiske[ ]+(?:sigtepunkter|pejlemærker)[;:][ ]*"
            r"(?P<list>[^.]+)"
        ),
        examples=(
            "udvalgets arbejde tager afsæt i og understøtter operationaliseringen af "
            "Kommunalbestyrelsens strategiske sigtepunkter; Forpligtende Fællesskaber, Vækst i "
            "Balance og Smidige og effektive processer.",
        ),
        meaning="another body's strategic aims the work supports",
    ),
    # tasks --------------------------------------------------------------------------------
    Phrasing(
        name="tasks.lead-in",
        field="tasks",
        pattern=_re(
            r"(?:\bopgaver(?:ne)?(?:[ ]+er)?|^[Ff]astlagte[ ]+opgaver|^(?:[Uu]dvalget|"
            r"[Oo]pgaveudvalget|[Aa]rbejdsgruppen)[ ]+skal(?:[ ]+derfor)?(?:[ ]+sammen)?|"
            r"\bskal\b[^:]*,[ ]*herunder)[ ]*:?$"
        ),
        examples=(
            "Opgaveudvalgets opgaver er:",
            "Fastlagte opgaver",
            "Udvalget skal derfor sammen:",
        ),
        meaning="introduces a list of tasks",
    ),
    Phrasing(
        name="tasks.numbered",
        field="tasks",
        pattern=_re(rf"\bnedenstående[ ]+(?P<count>{_COUNT})[ ]+opgaver\b", _I),
        examples=(
            "I kommissoriet er fastlagt nedenstående fem opgaver for de tre udvalgs arbejde "
            "med strategisporet.",
        ),
        meaning="announces so many numbered tasks",
    ),
    Phrasing(
        name="tasks.has-task",
        field="tasks",
        pattern=_re(
            r"^(?:[\wæøå-]+[ ]+)?(?:[Uu]dvalget|[Oo]pgaveudvalget|[Aa]rbejdsgruppen|"
            r"[\wæøå]+udvalget|[\wæøå]+udvalg)[ ]+har[ ]+til[ ]+(?:opgave|formål)[ ]+at[ ]+"
            r"(?P<task>.+)$"
        ),
        examples=(
            "Udvalget har til opgave at undersøge og komme med forslag til placering af boliger "
            "til flygtninge i Hørsholm Kommune.",
            "Frederiksberg Musikudvalg har til opgave at fremme musiklivet i kommunen og "
            "bevilge støtte til lokale musikformål.",
        ),
        meaning="the committee's task",
    ),
    Phrasing(
        name="tasks.task-is",
        field="tasks",
        pattern=_re(
            r"^(?:[Uu]dvalgets|[Oo]pgaveudvalgets|[Aa]rbejdsgruppens)[ ]+opgave[ ]+er\b"
            r"(?P<rest>.*)$"
        ),
        examples=(
            "Udvalgets opgave er – med baggrund i analysen samt det efterfølgende arbejde – at "
            "facilitere, at der i Byrådet kan ske en drøftelse af Kerneområdets "
            "opgavevaretagelse",
            "Udvalgets opgave er jf. kommissoriet følgende:",
        ),
        meaning="the committee's task (the sentence, or the paragraph after it)",
    ),
    Phrasing(
        name="tasks.asked",
        field="tasks",
        pattern=_re(
            rf"^(?P<council>{COUNCIL})[ ]+har[ ]+bedt[ ]+(?:op)?(?:gave)?udvalget[ ]+om[ ]+at"
            r"[ ]+(?P<task>.+)$"
        ),
        examples=(
            "Byrådet har bedt opgaveudvalget om at udarbejde anbefalinger hvordan Allerød "
            "Kommune skal koble til verdensmål",
        ),
        meaning="the task the council asked the committee to carry out",
    ),
    Phrasing(
        name="tasks.shall",
        field="tasks",
        pattern=_re(
            r"^(?:[Uu]dvalget|[Oo]pgaveudvalget|[Aa]rbejdsgruppen)[ ]+skal[ ]+(?!arbejde[ ]+"
            r"med\b)(?!.*\bafslutte[ ]+sit[ ]+arbejde\b)(?P<task>[a-zæøå].+[^:])$"
        ),
        examples=(
            "Udvalget skal analysere begrænsninger og muligheder for udviklingen af "
            "landområderne i Næstved Kommune, og udarbejde forslag og initiativer der skal "
            "styrke bosætning, servicering og udvikling af landområderne i kommunen.",
            "Udvalget skal udarbejde forslag til eventuelle lovændringer i overensstemmelse med "
            "udvalgets anbefalinger.",
        ),
        meaning="what the committee shall do (read with certainty 'uncertain')",
    ),
    # deliverables -------------------------------------------------------------------------
    Phrasing(
        name="deliverables.deliver",
        field="deliverables",
        pattern=_re(
            r"\b(?:skal[ ]+(?:aflevere|levere|fremlægge|præsentere|forelægge)|afrapporterer|"
            r"med[ ]+fremlæggelse[ ]+af|skal[ ]+have(?=[^.]*?[ ]klar\b))[ ]+(?P<what>.+?)"
            r"(?:[ ]+klar)?"
            rf"(?:[ ]+(?:til|for)[ ]+(?P<to>{COMMITTEE}(?:[ ]+samt[ ]+{COUNCIL})?|{COUNCIL}))?"
            r"(?=[ ]+(?:allerede[ ]+|senest[ ]+)?(?:i[ ]+|inden[ ]+)?(?:\d|januar|februar|marts|"
            r"april|maj|juni|juli|august|september|oktober|november|december|sommer|forår|"
            r"efterår|vinter|udgangen|første|andet|tredje|fjerde|primo|medio|ultimo|ved)|[.,]|$)"
        ),
        examples=(
            "Opgaveudvalget skal aflevere udkast til politik sommer 2019.",
            "udvalget skal have en plan klar til Byrådet allerede juni 2022",
            "afsluttes april 2020, med fremlæggelse af de samlede anbefalinger for Teknik- "
            "Erhverv, Plan-og Miljøudvalget",
        ),
        meaning="something the committee delivers, and when",
    ),
    Phrasing(
        name="deliverables.deadline",
        field="deliverables",
        pattern=_re(r"\bskal[ ]+der[ ]+ske[ ]+en[ ]+(?P<what>\w+[ ]+af[ ]+[^.]+?)[ ]+(?=senest\b)"),
        examples=(
            "Gennem en drøftelse i Byrådet skal der ske en fastlæggelse af de økonomiske "
            "rammevilkår senest ved udgangen af 2016.",
        ),
        meaning="something to be done by a deadline",
    ),
    # reporting ----------------------------------------------------------------------------
    Phrasing(
        name="reporting.reports-to",
        field="reporting",
        pattern=_re(
            r"\b(?:rapporterer|afrapporterer|refererer|forelægges|fremlægges)\b[^.]*?"
            rf"(?:[ ]+til[ ]+)?(?P<to>(?:{COMMITTEE}|{COUNCIL}|de[ ]+relevante[ ]+stående[ ]+"
            rf"udvalg)(?:[ ]+(?:samt|og)[ ]+(?:{COMMITTEE}|{COUNCIL}))?)"
        ),
        examples=(
            "Udvalget rapporterer med passende mellemrum til Byrådet.",
            "Forslagene forelægges de relevante stående udvalg",
        ),
        meaning="whom the committee reports to",
    ),
    Phrasing(
        name="reporting.recommends",
        field="reporting",
        pattern=_re(
            rf"\b(?:indstiller|fremsendt|fremsender)[ ]+(?:nedenstående[ ]+)?anbefalinger(?:ne)?"
            rf"[ ]+til[ ]+(?:(?P<to_gen>{COUNCIL_GEN})[ ]+beslutning|(?P<to>{COMMITTEE}|"
            rf"{COUNCIL}))(?:[ ]+med[ ]+henblik[ ]+på[ ]+behandling[ ]+i[ ]+(?P<then>{COUNCIL}))?"
        ),
        examples=(
            "Udvalget har ikke beslutningskompetence, men indstiller anbefalinger til "
            "Kommunalbestyrelsens beslutning.",
            "har arbejdsgruppen fremsendt nedenstående anbefalinger til Socialudvalget med "
            "henblik på behandling i Byrådet.",
        ),
        meaning="recommendations sent to a body",
    ),
    Phrasing(
        name="reporting.status-meetings",
        field="reporting",
        pattern=_re(rf"\btemamøder[ ]+med[ ]+(?P<to>{COUNCIL})[ ]+for[ ]+status\b"),
        examples=(
            "I perioden kan udvalget have temamøder med Byrådet for status for udvalgets arbejde.",
        ),
        meaning="status given to a body at theme meetings",
    ),
    # powers -------------------------------------------------------------------------------
    Phrasing(
        name="powers.none",
        field="powers",
        pattern=_re(
            r"\bhar[ ]+ikke[ ]+(?:nogen[ ]+)?(?:selvstændig[ ]+)?beslutningskompetence\b|"
            rf"\b[Dd]et[ ]+er[ ]+(?:også[ ]+)?(?:{COUNCIL}),[ ]+der[ ]+(?:tager|træffer)[ ]+"
            r"(?:de[ ]+(?:relevante[ ]+)?)?beslutninger"
        ),
        examples=(
            "Opgaveudvalget har ikke nogen beslutningskompetence",
            "Det er også Byrådet, der tager de relevante beslutninger, idet arbejdet overordnet "
            "set er forankret her.",
        ),
        meaning="no decision power",
    ),
    Phrasing(
        name="powers.grants",
        field="powers",
        pattern=_re(r"\b(?:bevilge|bevilger|uddele|uddeler)[ ]+(?:støtte|tilskud|midler)\b"),
        examples=(
            "Frederiksberg Musikudvalg har til opgave at fremme musiklivet i kommunen og "
            "bevilge støtte til lokale musikformål.",
        ),
        meaning="decision power: the committee grants money",
    ),
    # pay ----------------------------------------------------------------------------------
    Phrasing(
        name="pay.allowances",
        field="pay",
        pattern=_re(
            r"\bbesluttet,?[ ]+at[ ]+der[ ]+(?:kan|kunne|skal)[ ]+ydes[ ]+(?P<what>[^.]*?"
            r"(?:diæter|vederlag|honorar|tabt[ ]+arbejdsfortjeneste)[^.]*)"
        ),
        examples=(
            "Amtsrådet havde endvidere besluttet, at der kunne ydes diæter og erstatning for "
            "dokumenteret tabt arbejdsfortjeneste til de bestyrelsesmedlemmer, som amtsrådet "
            "har udpeget.",
        ),
        meaning="pay decided for members: diæter, tabt arbejdsfortjeneste, vederlag",
    ),
)

_BY_NAME = {p.name: p for p in PHRASINGS}


def phrasing(name: str) -> Phrasing:
    """The phrasing with this name.

    Raises:
        KeyError: There is none.
    """
    return _BY_NAME[name]


# -- generic sentences -----------------------------------------------------------------------

_GENERIC = re.compile(
    r"\b(?:kan|kunne)\b[^.]{0,80}?\bnedsætte(?:s)?\b|\bkan[ ]+nedsættes\b|"
    r"\bmulighed[ ]+for[ ]+at[ ]+nedsætte\b|\btypisk\b|\bi[ ]+så[ ]+fald\b|"
    r"^(?:Et|En)[ ]+(?:særligt[ ]+|såkaldt[ ]+|midlertidigt[ ]+)?(?:§|[Pp]aragraf|"
    r"opgaveudvalg|udvalg\b|\w+udvalg\b)|^Stk\.[ ]*\d|^§[ ]*\d+\.[ ]|"
    r"^Opgaveudvalg[ ]+(?:\([^)]*\)[ ]+)?(?:er|kan)\b|\bNavnet[ ]+refererer\b|"
    r"^(?:Opgaveudvalgene|Opgaveudvalgenes|Udvalgene|Udvalgenes|Opgavegrupper(?:ne)?|"
    r"Arbejdsgrupper(?:ne)?|Disse[ ]+(?:særlige[ ]+)?udvalg|De[ ]+særlige|Særlige[ ]+udvalg)\b|"
    r"\bnedsat[ ]+en[ ]+række\b|^Vi[ ]+kalder\b"
)


def is_generic(sentence: str) -> bool:
    """Whether a sentence speaks of committees in general rather than of this one.

    The law's own wording, what a council *can* set up, and what such a committee *typically*
    is are not facts about the committee the text sets up.

    Examples:
        >>> is_generic("Byrådet har mulighed for at nedsætte særlige udvalg til at varetage "
        ...            "bestemte opgaver eller udføre rådgivende funktioner for byrådet.")
        True
        >>> is_generic("Stk. 4. I øvrigt kan kommunalbestyrelsen nedsætte særlige udvalg.")
        True
        >>> is_generic("Byrådet har nedsat et § 17, stk. 4 udvalg til at forestå arbejdet.")
        False
    """
    return _GENERIC.search(sentence) is not None


# -- names and lists -------------------------------------------------------------------------


def committee_name(text: str) -> str:
    """A committee's name in the nominative ("Kultur- og Fritidsudvalgets" → "…udvalget").

    Examples:
        >>> committee_name("Kultur- og Fritidsudvalgets")
        'Kultur- og Fritidsudvalget'
    """
    text = " ".join(text.split()).strip(" ,.")
    if text.endswith("udvalgets"):
        text = text[:-1]
    return text


def committees_in(text: str) -> list[str]:
    """The committees named in a text, in order, in the nominative."""
    return [committee_name(found.group(0)) for found in _COMMITTEE_RE.finditer(text)]


_LIST_SPLIT = re.compile(r"(?<![-–])[ ]*,[ ]+|[ ]+-[ ]+og[ ]+|[ ]+[–-][ ]+|[ ]+(?:og|samt)[ ]+")


def split_clauses(text: str) -> list[str]:
    """The parts of a Danish enumeration, keeping compound names whole.

    A comma or "og" after a word ending in a hyphen ("Kultur-, Sundheds- og …") belongs to
    the name and does not split it.
    """
    text = " ".join(text.split()).strip().rstrip(".:;")
    parts: list[str] = []
    start = 0
    for found in _LIST_SPLIT.finditer(text):
        before = text[start : found.start()]
        if before.endswith("-") or not before.strip():
            continue
        parts.append(before.strip())
        start = found.end()
    tail = text[start:].strip()
    if tail:
        parts.append(tail)
    return [p for p in parts if p]


def split_titles(text: str) -> list[str]:
    """The titles of a list, split at commas and at the last part's "og" before a capital.

    For "Forpligtende Fællesskaber, Vækst i Balance og Smidige og effektive processer".

    Examples:
        >>> split_titles("Forpligtende Fællesskaber, Vækst i Balance og Smidige og effektive "
        ...              "processer")
        ['Forpligtende Fællesskaber', 'Vækst i Balance', 'Smidige og effektive processer']
    """
    text = " ".join(text.split()).strip().rstrip(".:;")
    parts = [p.strip() for p in re.split(r"(?<!-),[ ]+", text) if p.strip()]
    if not parts:
        return []
    last = parts.pop()
    found = re.search(r"[ ]+og[ ]+(?=[A-ZÆØÅ])", last) or (
        re.search(r"[ ]+og[ ]+", last) if parts else None
    )
    if found is not None:
        parts += [last[: found.start()], last[found.end() :]]
    else:
        parts.append(last)
    return [p.strip() for p in parts if p.strip()]


def count_of(text: str) -> int | None:
    """A count written as digits or a Danish number word at the start of a text.

    Examples:
        >>> count_of("syv borgere"), count_of("5 repræsentanter"), count_of("borgere")
        (7, 5, None)
    """
    found = re.match(rf"(?:de[ ]+første[ ]+)?({_COUNT})\b", text.strip(), re.IGNORECASE)
    if found is None:
        return None
    word = found.group(1).casefold()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


# -- periods inside sentences ----------------------------------------------------------------

_PERIOD_START = re.compile(
    rf"(?<![\w-])(?:\d{{1,2}}\.?[ ]|\d{{4}}|\d{{1,2}}/\d|(?:{_MONTHS})\b|"
    r"(?:første|andet|anden|tredje|fjerde|1\.|2\.|3\.|4\.)[ ]+(?:og[ ]+\w+[ ]+)?(?:kvartal|halvår)|"
    r"udgangen\b|"
    r"resten\b|primo\b|medio\b|ultimo\b|foråret\b|sommeren\b|efteråret\b|vinteren\b|"
    r"sommer\b|forår\b|efterår\b|vinter\b|fra[ ]|senest\b)",
    re.IGNORECASE,
)


@attrs.frozen
class FoundPeriod:
    """A period expression found in a sentence.

    Attributes:
        period: The period it reads as.
        start: Offset of the expression in the sentence.
        end: Offset just after it.
    """

    period: Period
    start: int
    end: int

    @property
    def text(self) -> str:
        """The expression as printed."""
        return self.period.text or ""


def _try(text: str, context: PeriodContext | None) -> Period | None:
    try:
        return parse_period(text, context=context)
    except PeriodParseError:
        return None


def find_periods(text: str, context: PeriodContext | None = None) -> Iterator[FoundPeriod]:
    """The period expressions in a sentence, left to right, each as long as it reads.

    At every place where a period can start (a day, a month, a year, "første kvartal",
    "udgangen af" …) the longest run of up to nine words that
    :func:`~kommissorium.time.periods.parse_period` reads is taken.

    Examples:
        >>> [f.text for f in find_periods("skal således arbejde i valgperiodens to sidste år, "
        ...                               "2024-25.")]
        ['2024-25']
        >>> [f.text for f in find_periods("er påbegyndt i november 2018 og afsluttes april "
        ...                               "2020")]
        ['november 2018', 'april 2020']
    """
    position = 0
    while True:
        found = _PERIOD_START.search(text, position)
        if found is None:
            return
        start = found.start()
        words = list(re.finditer(r"\S+", text[start:]))[:9]
        best: FoundPeriod | None = None
        for count in range(len(words), 0, -1):
            end = start + words[count - 1].end()
            candidate = text[start:end].rstrip('.,;:)”"')
            period = _try(candidate, context)
            if period is not None:
                best = FoundPeriod(period, start, start + len(candidate))
                break
        if best is not None:
            yield best
            position = best.end
        else:
            position = found.end()
