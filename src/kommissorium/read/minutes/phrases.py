"""The Danish phrasings the minutes reader knows, one table.

Each :class:`Phrasing` has a stable name (it is what :attr:`Source.pattern
<kommissorium.read.source.Source.pattern>` records), the kind of fact it reads, the regular
expression, and real examples of the wording; the test suite checks that every example is read
by its phrasing and the docs list them all. To teach the reader a new wording, add a phrasing
with its examples here (see "Read your municipality's minutes" in the docs).

Statements are matched from their start. A statement that a phrasing covers completely is read
with certainty ``pattern``; one where the phrasing is followed by more words than it covers
("Godkendt, idet udvalget ønsker en status i foråret") is read with certainty ``uncertain``. A
statement no phrasing matches is never given an outcome.

Examples:
    >>> outcome_of("Indstillingen godkendt.")[:2]
    (<Outcome.APPROVED: 'approved'>, 'outcome.approved')
    >>> outcome_of("Anbefales godkendt.")[0]
    <Outcome.RECOMMENDED: 'recommended'>
    >>> outcome_of("Godkendt med den ændring, at fristen er 1. maj.")[0]
    <Outcome.AMENDED: 'amended'>
    >>> outcome_of("Udvalget tog orienteringen til efterretning.")[0]
    <Outcome.NOTED: 'noted'>
    >>> outcome_of("Formanden orienterede om mødet med KL.") is None
    True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import time

import attrs

from kommissorium.model import AbsenceReason, Outcome, Stance, VoteOption
from kommissorium.read.dates import find_time
from kommissorium.read.names import (
    NAME,
    PARTY,
    PersonName,
    party_letters,
    people_in,
    person,
    split_people,
)

__all__ = [
    "PHRASINGS",
    "Found",
    "Phrasing",
    "attendance_in",
    "clause_segments",
    "majority_outcome",
    "not_in_items",
    "outcome_of",
    "phrasing",
    "positions_in",
    "remark_head",
    "statements",
    "votes_in",
]


@attrs.frozen(kw_only=True)
class Phrasing:
    """A wording the reader knows.

    Attributes:
        name: Stable name, ``"<kind>.<what>"`` (``"outcome.approved"``).
        kind: ``outcome``, ``clause``, ``vote``, ``position``, ``absence``, ``substitute``,
            ``remark``.
        pattern: The regular expression (case-insensitive), matched at a statement's start.
        examples: Real wordings it reads (from published minutes).
        meaning: What it reads, in a few words.
    """

    name: str
    kind: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    meaning: str


@attrs.frozen(kw_only=True)
class Found:
    """A fact a phrasing read, with offsets relative to the statement.

    Attributes:
        value: The fact.
        start: Offset of the evidence's start in the statement.
        end: Offset of its end.
        phrasing: The phrasing's name.
        covered: Whether the phrasing covered the statement completely.
    """

    value: object
    start: int
    end: int
    phrasing: str
    covered: bool = True


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# -- building blocks -------------------------------------------------------------------------

_PRE = r"(?:(?:herefter|derefter|hermed|således|endelig|enstemmigt|samlet|og)\s+)?"
_BODY = (
    r"(?:udvalget|byrådet|kommunalbestyrelsen|økonomiudvalget|borgerrepræsentationen|"
    r"regionsrådet|bestyrelsen|lokaludvalget|forretningsudvalget|styregruppen|rådet|"
    r"et\s+enigt\s+udvalg|et\s+enigt\s+byråd|(?:[a-zæøå]+-\s+og\s+|[a-zæøå]+,\s+)*"
    r"[a-zæøå-]+(?:udvalget|rådet|udvalg))"
)
_SUBJECT = rf"(?:{_BODY}\s+)"
_NOUN = (
    r"(?:(?:indstillingen|indstillingerne|sagen|punktet|forslaget|forslagene|orienteringen|"
    r"medlemsforslaget|ændringsforslaget|procedureforslaget|beslutningsforslaget|"
    r"dagsordenen|dagsordnen|dagsorden|tillægsdagsordenen|referatet|redegørelsen|status|statussen|"
    r"budgettet|planen|strategien|oplægget|regnskabet|ansøgningen|ansøgningerne|"
    r"anbefalingen|anbefalingerne|beslutningen|rammen|aftalen|udkastet|høringssvaret|"
    r"(?:administrationens|forvaltningens|direktionens)\s+indstilling)\s+)"
)
_BE = r"(?:(?:blev|bliver|er|var)\s+)?(?:(?:herefter|derefter|endeligt?|enstemmigt|således)\s+)?"
_CHANGE = r"med\s+(?:den|de|følgende|en|et)?\s*(?:ændring|ændringer|tilføjelse|tilføjelser|justering|justeringer|præcisering|præciseringer|rettelse|rettelser)"  # noqa: E501
_TAIL_OK = _re(
    r"^(?:som\s+indstillet|uden\s+bemærkninger|enstemmigt|i\s+overensstemmelse\s+med\s+"
    r"indstillingen|af\s+et\s+enigt\s+udvalg|med\s+\d+\s+stemmer.*|med\s+de\s+faldne\s+"
    r"bemærkninger|med\s+bemærkning(?:er)?)?[\s.,;:!]*$"
)


def _outcome(
    name: str, outcome: Outcome, meaning: str, examples: tuple[str, ...], *patterns: str
) -> tuple[Outcome, Phrasing]:
    joined = "|".join(f"(?:{p})" for p in patterns)
    return outcome, Phrasing(
        name=name,
        kind="outcome",
        pattern=_re(rf"^{_PRE}(?:{joined})(?![\wæøå])"),
        examples=examples,
        meaning=meaning,
    )


#: Outcome phrasings, in the order they are tried (the specific before the general).
_OUTCOMES: tuple[tuple[Outcome, Phrasing], ...] = (
    _outcome(
        "outcome.postponed-by-procedure",
        Outcome.POSTPONED,
        "a procedural proposal carried, and the case postponed",
        ("Procedureforslaget blev dermed tiltrådt og sagen udsat.",),
        r"(?:procedureforslaget|forslaget\s+om\s+udsættelse)\s+blev\s+(?:dermed\s+)?(?:tiltrådt|"
        r"vedtaget|godkendt)\s+og\s+sagen\s+(?:blev\s+)?udsat",
    ),
    _outcome(
        "outcome.rejected",
        Outcome.REJECTED,
        "not approved, rejected, fell",
        (
            "Ikke godkendt.",
            "Forslaget blev forkastet.",
            "Kan ikke anbefales.",
            "Faldt.",
            "Anbefales ikke godkendt.",
        ),
        rf"{_NOUN}?{_BE}ikke\s+(?:godkendt|vedtaget|tiltrådt|anbefalet)",
        rf"{_NOUN}?(?:kan\s+)?ikke\s+(?:godkendes|anbefales|tiltrædes|vedtages)",
        rf"{_NOUN}?(?:anbefales|indstilles)\s+ikke(?:\s+(?:godkendt|vedtaget|til\s+godkendelse))?",
        rf"{_NOUN}?{_BE}(?:forkastet|forkastes|afvist|afvises|faldt|bortfaldt)",
        rf"{_SUBJECT}(?:kan|kunne)\s+ikke\s+(?:anbefale|godkende|tiltræde)",
        rf"{_SUBJECT}(?:forkastede|afviste|godkendte\s+ikke|anbefalede\s+ikke)",
    ),
    _outcome(
        "outcome.amended",
        Outcome.AMENDED,
        "approved with a change the decision states",
        (
            "Godkendt med den ændring, at mødet flyttes til 1. juni.",
            "Indstillingen godkendt med følgende tilføjelse:",
        ),
        rf"{_NOUN}?{_BE}(?:godkendt|vedtaget|tiltrådt|anbefalet|anbefales|godkendes)\s*,?\s*{_CHANGE}",
        rf"{_SUBJECT}(?:godkendte|godkender|vedtog|anbefaler|anbefalede)\s+(?:\S+\s+){{0,3}}?{_CHANGE}",
    ),
    _outcome(
        "outcome.recommended",
        Outcome.RECOMMENDED,
        "recommended to the next body",
        ("Anbefales.", "Indstilles godkendt.", "Indstillingen anbefales.", "Kan anbefales."),
        rf"{_NOUN}?(?:kan\s+)?(?:anbefales|indstilles)(?:\s+(?:godkendt|vedtaget|til\s+godkendelse|"
        r"over\s+for\s+\S+|overfor\s+\S+))?",
        rf"{_NOUN}?{_BE}anbefalet",
        rf"{_SUBJECT}(?:kan\s+)?(?:anbefaler|anbefalede|anbefale|indstiller)",
    ),
    _outcome(
        "outcome.noted",
        Outcome.NOTED,
        "taken as read (taget til efterretning)",
        (
            "Taget til efterretning.",
            "Orienteringen blev taget til efterretning.",
            "Udvalget tog orienteringen til efterretning.",
            "Til orientering.",
        ),
        rf"{_NOUN}?{_BE}(?:taget|tages)\s+til\s+(?:efterretning|orientering)",
        rf"{_SUBJECT}(?:tog|tager)\s+(?:\S+\s+){{0,10}}?til\s+(?:efterretning|orientering)",
        r"(?:til\s+efterretning|til\s+orientering)",
        rf"{_SUBJECT}(?:blev|er)\s+orienteret",
    ),
    _outcome(
        "outcome.discussed",
        Outcome.DISCUSSED,
        "discussed without a decision",
        ("Drøftet.", "Sagen blev drøftet.", "Udvalget drøftede sagen."),
        rf"{_NOUN}?{_BE}(?:drøftet|drøftes|drøftedes)",
        rf"{_SUBJECT}(?:drøftede|drøfter|havde\s+en\s+drøftelse)",
    ),
    _outcome(
        "outcome.postponed",
        Outcome.POSTPONED,
        "postponed",
        ("Udsat.", "Sagen udsættes til næste møde.", "Punktet blev udsat."),
        rf"{_NOUN}?{_BE}(?:udsat|udsættes)",
        rf"{_SUBJECT}(?:udsatte|besluttede\s+at\s+udsætte)",
    ),
    _outcome(
        "outcome.referred",
        Outcome.REFERRED,
        "sent on to another body",
        (
            "Oversendes til Økonomiudvalget.",
            "Sagen sendes videre til Byrådet.",
            "Fremsendes til Social- og Beskæftigelsesudvalget til behandling.",
        ),
        rf"{_NOUN}?{_BE}(?:oversendes|oversendt|sendes\s+videre|henvises|henvist|fremsendes|"
        r"videresendes|sendes\s+tilbage)\s+til",
        rf"{_SUBJECT}(?:oversender|oversendte|besluttede\s+at\s+oversende)",
    ),
    _outcome(
        "outcome.withdrawn",
        Outcome.WITHDRAWN,
        "taken off the agenda",
        ("Udgår.", "Punktet udgik.", "Sagen blev trukket."),
        rf"{_NOUN}?(?:udgår|udgik|{_BE}trukket|trækkes|{_BE}taget\s+af\s+dagsordenen|tages\s+af\s+"
        r"dagsordenen)",
    ),
    _outcome(
        "outcome.approved",
        Outcome.APPROVED,
        "approved, adopted",
        (
            "Godkendt.",
            "Indstillingen godkendt.",
            "Godkendt som indstillet.",
            "Dagsordenen blev godkendt.",
            "Byrådet godkendte indstillingen.",
            "Vedtaget.",
            "Tiltrådt.",
        ),
        rf"{_NOUN}?{_BE}(?:enstemmigt\s+)?(?:godkendt|godkendes|vedtaget|vedtages|tiltrådt|"
        r"tiltrædes|følges|fulgt)",
        rf"{_SUBJECT}(?:godkendte|godkender|vedtog|vedtager|tiltrådte|tiltræder|besluttede\s+at\s+"
        r"godkende)",
    ),
)

#: "<something> blev <decided>": any subject, read with doubt (the subject is not one the
#: phrasings above know, so it may be only part of what was decided).
_DECIDED_WORDS: tuple[tuple[Outcome, str], ...] = (
    (Outcome.APPROVED, r"godkendt|tiltrådt|vedtaget|vedtoges|godkendtes|tiltrådtes"),
    (Outcome.NOTED, r"taget\s+til\s+efterretning|taget\s+til\s+orientering"),
    (Outcome.POSTPONED, r"udsat"),
    (Outcome.REJECTED, r"forkastet|afvist|forkastedes"),
    (Outcome.DISCUSSED, r"drøftet|drøftedes"),
)
_SUBJECT_DECIDED = _re(
    r"^(?P<subject>(?:[\wæøå,.%-]+\s+){1,8}?)(?:(?:blev|er|bliver)\s+)?(?:herefter\s+|"
    r"endeligt\s+|enstemmigt\s+)?(?P<word>"
    + "|".join(words for _, words in _DECIDED_WORDS)
    + r")(?![\wæøå])"
)
_CLAUSE = _re(
    r"(?:^|(?<=[\s.;,]))(?:ad\.?\s*(?:pkt\.?|punkt|at)?\s*|(?:indstillingens\s+)?(?:pkt\.?|punkt)\s*)"
    r"(?P<points>\d{1,2}(?:\s*(?:,|og|-|–)\s*\d{1,2})*)\s*(?:\.(?!\d)|:|\)|-|–)?\s*"
)
_NUMBERED = re.compile(r"^(?P<point>\d{1,2})\s*[.)]\s+")

# -- votes -------------------------------------------------------------------------------------

_OPTION_WORDS = (
    (VoteOption.AGAINST, r"imod"),
    (VoteOption.ABSTAIN, r"undlod\s+at\s+stemme|undlod|hverken\s+for\s+eller\s+imod|blank|blanke"),
    (VoteOption.FOR, r"for"),
)
_VOTE_HEAD_STRICT = _re(
    r"(?:^|(?<=[\s.;,]))(?P<opt>for|imod)\s+stemte\b\s*:?\s*|"
    r"(?:^|(?<=[\s.;,]))(?P<opt2>for|imod|undlod\s+at\s+stemme|hverken\s+for\s+eller\s+imod)\s*:\s*|"
    r"(?:^|(?<=[\s.;,]))(?P<opt3>undlod\s+at\s+stemme)\s+"
)
_COUNTED = _re(
    r"med\s+(?P<for>\d+)\s+(?:stemmer\s+)?(?:for\s+)?(?:\((?P<forp>[^)]*)\)\s*)?"
    r"(?:imod|mod|og|,)\s+(?P<against>\d+)(?:\s+stemmer)?(?:\s+imod)?\s*(?:\((?P<againstp>[^)]*)\))?"
    r"(?:\s*(?:,|og)\s+(?P<abstain>\d+)\s+(?:hverken\s+for\s+eller\s+imod|undlod|undlader|"
    r"blanke?|stemte\s+blankt)(?:\s+at\s+stemme)?\s*(?:\((?P<abstainp>[^)]*)\))?)?"
)
_WHO_VOTED = _re(
    r"^(?P<who>.{1,200}?)\s+(?:stemte|stemmer)\s+(?P<opt>for|imod)(?:\s+(?:indstillingen|"
    r"forslaget))?|"
    r"^(?P<who2>.{1,200}?)\s+(?:undlod|undlader)\s+at\s+stemme"
)

# -- positions ---------------------------------------------------------------------------------

_POSITION = _re(
    r"^(?P<who>.{1,200}?)\s+(?P<verb>kunne|kan|tiltræder|tiltrådte|støtter|støttede|tog|tager|"
    r"anbefaler|anbefalede|ønsker|ønskede)\s+(?P<neg>ikke\s+)?(?P<obj>tiltræde|anbefale|støtte|"
    r"godkende|forbehold|indstillingen|forslaget|at\s+tage\s+forbehold)\b"
)
_MEMBERS = _re(
    r"^(?:\d+\.\s+)?(?P<count>\d{1,2})\s+(?:medlemmer|medlem)\s*\((?P<who>[^)]{1,60})\)\s+(?P<verb>"
    r"anbefaler|anbefalede|godkender|godkendte|tiltræder|tiltrådte|støtter|kan\s+ikke\s+"
    r"anbefale|kunne\s+ikke\s+anbefale|stemmer\s+imod|stemte\s+imod|tager\s+forbehold|tog\s+"
    r"forbehold|afventer|undlader|undlod)\b"
)
_GROUP = _re(
    r"^(?:et\s+)?(?P<group>flertal|mindretal)\s*(?:\((?P<who1>[^)]*)\)|bestående\s+af\s+"
    r"(?P<who2>.+?)|af\s+(?P<who3>.+?))?\s*,?\s+(?P<verb>kan|kunne|anbefaler|anbefalede|stemmer|"
    r"stemte|godkender|godkendte|tiltræder|tiltrådte|ønsker|ønskede|går|gik|støtter|støttede|"
    r"er|var)\s+(?P<neg>ikke\s+)?(?P<rest>\S+)?"
)

# -- attendance --------------------------------------------------------------------------------

#: A party after a name, or the empty parentheses a list prints where the party is missing.
_AFTER = rf"(?:[ ]*(?:{PARTY.replace('?P<party>', '')}|\(\s*\)))?"
_PEOPLE = rf"{NAME}{_AFTER}(?:\s*(?:,|og)\s*{NAME}{_AFTER})*"
_ONE = (
    rf"{NAME}(?:[ ]*(?:{PARTY.replace('?P<party>', '')}|\((?-i:[A-ZÆØÅ])[\wæøå -]{{2,30}}\)|"
    r"\(\s*\)))?"
)
#: Titles printed before a member's name ("Borgmester Anne Vang").
_TITLES = (
    r"(?:(?:over|vice)?borgmester|rådmand|formand|næstformand|udvalgsformand|byrådsmedlem|"
    r"kommunalbestyrelsesmedlem|medlem|regionsrådsmedlem)"
)
_ITEMS = r"(?:punkt(?:erne)?|pkt\.?|dagsordenspunkt)\s*(?P<items>\d+(?:\s*(?:,|og|-|–)\s*\d+)*)"
_NOT_IN_ITEMS = _re(
    rf"^(?:deltog|deltager)\s+ikke\s+(?:under|i|ved)\s+(?:behandlingen\s+af\s+)?{_ITEMS}\.?$"
)
_ATTENDANCE: tuple[tuple[str, re.Pattern[str], tuple[str, ...], str], ...] = (
    (
        "substitute.for-absent",
        _re(rf"^(?P<absent>{_PEOPLE})\s*[-–]\s*(?P<sub>{_ONE})\s+mødte\s+som\s+stedfortræder"),
        ("Evan Lynnerup (V) - Marianne Kiærulff (V) mødte som stedfortræder.",),
        "an absent member and the substitute who met",
    ),
    (
        "substitute.instead",
        _re(
            rf"^(?P<absent>{_ONE})\s+havde\s+meldt\s+afbud,?\s+og\s+(?P<sub>{_ONE})\s+deltog\s+i\s+"
            r"stedet"
        ),
        ("Mikkel Houmann havde meldt afbud, og Peter Steffensen deltog i stedet.",),
        "apologies, and who took part instead",
    ),
    (
        "substitute.met",
        _re(
            rf"^(?P<sub>{_ONE})\s+(?:mødte|deltog|deltager|indtrådte|indtræder)(?:\s+i\s+(?:mødet|"
            r"byrådet|kommunalbestyrelsen|regionsrådet|borgerrepræsentationen|udvalget))?\s+"
            rf"(?:som\s+stedfortræder|i\s+stedet)(?:\s+for\s+(?P<absent>{_ONE}))?"
        ),
        (
            "Marianne Kiærulff (V) mødte som stedfortræder for Evan Lynnerup (V).",
            "Inger Andersen (A) deltog i mødet i stedet for Tanja Larsson (A).",
            "Sean Crawford (V) indtræder i Byrådet som stedfortræder for Kim Valentin.",
        ),
        "a substitute took part",
    ),
    (
        "substitute.called-in",
        _re(
            r"^(?:\d\.\s*)?(?:stedfortræder|suppleant)\s+(?:på|for)\s+liste\s+(?P<party>[A-ZÆØÅ]{1,3}),?"
            rf"\s+(?P<sub>{NAME}),?\s+(?:indkaldes|er\s+indkaldt|blev\s+indkaldt|var\s+indkaldt)"
        ),
        ("1. stedfortræder på liste V, Kim Østergaard, indkaldes til Byrådets møde",),
        "a called-in substitute of a party list",
    ),
    (
        "absence.called-in",
        _re(rf"^(?P<absent>{_PEOPLE}),\s*(?P<sub>{_ONE})\s+(?:indkaldt|deltog|mødte)\.?$"),
        ("Maria Bagger Grell, Merete Øverup indkaldt",),
        "absent members, and the substitute called in (in a Fraværende list)",
    ),
    (
        "absence.comma-party",
        _re(
            rf"^(?:{_TITLES}\s+)?(?P<who>{NAME}),\s*(?P<party>[A-ZÆØÅ]{{1,2}})\s*,?\s*"
            r"(?:\((?P<why>[^)]{1,60})\))?\s*,?\s*(?:(?P<arrived>ankom|kom)\s+(?:til\s+mødet\s+)?"
            r"kl\.?\s*(?P<until>\d{1,2}[.:]\s?\d{2})|(?P<left>forlod)\s+mødet\s+kl\.?\s*"
            r"(?P<since>\d{1,2}[.:]\s?\d{2}))?(?:\s+(?:under|efter|før|inden)\s+(?:behandlingen\s+af\s+)?"
            rf"{_ITEMS})?\.?$"
        ),
        (
            "Anette Holst Christensen, A, (sygdom)",
            "Jan Andreasen, A, ankom til mødet kl. 17.35 under behandlingen af punkt 2.",
        ),
        'an entry of a Fraværende list written "Name, P (reason)", with a late arrival',
    ),
    (
        "substitute.called-for",
        _re(
            rf"^(?:.*?\bat\s+)?(?P<sub>{_ONE})\s+(?:.*?\s)?(?:blev\s+|er\s+|var\s+)?indkaldt\s+som\s+"
            rf"stedfortræder\s+for\s+(?P<absent>{_ONE})"
        ),
        (
            "Der forelå anmodning fra Socialdemokraterne om, at Rene Rud Mikkelsen (A) i henhold "
            "til § 15, stk. 1. nr. 1 i lov om kommunernes styrelse (sygdom) blev indkaldt som "
            "stedfortræder for Anette Holst Christensen (A).",
        ),
        "a substitute called in for a named member",
    ),
    (
        "substitute.rightful",
        _re(
            rf"^(?:.*?,?\s+(?:og\s+)?at\s+)(?P<sub>{_ONE})\s+(?:var|er)\s+(?:rette|retmæssig)\s+stedfortræder"
        ),
        (
            "Borgerrepræsentationen konstaterede, at betingelserne for indkaldelse af "
            "stedfortræder var opfyldt, og at Rene Rud Mikkelsen var rette stedfortræder.",
        ),
        "the council found the called-in substitute lawful (approved)",
    ),
    (
        "substitute.apologies-from",
        _re(rf"^afbud\s+fra\s+(?P<absent>{_ONE}),?\s+stedfortræder\s+(?P<sub>{_ONE})"),
        ("Afbud fra Benthe Viola Holm stedfortræder Anders Liltorp",),
        "apologies from a member, and the substitute",
    ),
    (
        "substitute.for-member",
        _re(rf"^(?P<sub>{_ONE}),?\s+(?:suppleant|stedfortræder)\s+for\s+(?P<absent>{_ONE})"),
        ("Birgitte Glifberg (A), Suppleant for Brian Møller (A)",),
        "a substitute listed with the member it replaces",
    ),
    (
        "substitute.as-substitute",
        _re(rf"^(?:som\s+stedfortræder|i\s+stedet)\s+(?:deltog|mødte|indtrådte)\s+(?P<sub>{_ONE})"),
        (
            "Som stedfortræder deltog Helle Obenhausen Mortensen (A)",
            "I stedet deltog Kasper Langberg (B)",
        ),
        "a substitute (for the member named absent just before)",
    ),
    (
        "substitute.was-called",
        _re(
            rf"^(?P<sub>{_ONE})\s+(?:var|er|blev)\s+indkaldt\s+som\s+(?:stedfortræder|suppleant)"
            rf"(?:\s+for\s+(?P<absent>{_ONE}))?"
        ),
        (
            "Troels Toft (A) var indkaldt som stedfortræder.",
            "Brian Kofoed er indkaldt som suppleant for Carsten Scheibye.",
        ),
        "a substitute was called in",
    ),
    (
        "absence.lawful",
        _re(rf"^(?P<who>{_PEOPLE})\s+(?:havde|har)\s+(?:lovligt\s+)?forfald"),
        ("Tina Boel (F) havde lovligt forfald.",),
        "lawful absence (lovligt forfald)",
    ),
    (
        "absence.items-listed",
        _re(
            rf"^(?P<who>{_ONE}),\s*(?:sag|sager|punkt|punkterne|pkt\.?)\s*"
            r"(?P<items>\d+(?:\s*(?:,|og|-|–)\s*\d+)*)\.?$"
        ),
        ("Brian Møller (A), sag 129-138",),
        "absent from the items listed (in a Fraværende list)",
    ),
    (
        "absence.with-reason",
        _re(
            rf"^(?P<who>{NAME})\s*\((?P<partyname>(?-i:[A-ZÆØÅ])[\wæøå -]{{1,30}})\),?\s*"
            r"(?P<why>[a-zæøå][a-zæøå -]{2,30})\.?$"
        ),
        ("Ninna Hedeager Olsen (Enhedslisten), tjenesterejse.",),
        "an entry of a Fraværende list: name, party and reason",
    ),
    (
        "absence.disqualified",
        _re(
            rf"^(?P<who>{_PEOPLE})\s+(?:erklærede\s+sig|(?:blev|er|var)\s+erklæret|var|er|anså\s+sig\s+for)\s+"
            rf"inhabil(?:e)?(?:.*?{_ITEMS})?"
        ),
        (
            "Anne Hansen erklærede sig inhabil og deltog ikke i behandlingen af punktet.",
            "Kim Valentin (V) er erklæret inhabil i sager om forslag til Kommuneplantillæg nr. 10",
        ),
        "disqualified (inhabil) from the item",
    ),
    (
        "absence.disqualified-item",
        _re(
            rf"^(?P<who>{_PEOPLE})\s+(?:medvirkede|deltog)\s+ikke\s+(?:ved|i|under)\s+"
            rf"(?:behandlingen\s+af\s+)?{_ITEMS},?\s+idet\s+(?:han|hun|de)\s+var\s+inhabile?"
        ),
        ("Gunnar Nielsen medvirkede ikke ved behandlingen af pkt. 357, idet han var inhabil.",),
        "did not take part in an item because disqualified",
    ),
    (
        "absence.not-in-item",
        _re(
            rf"^(?P<who>{_PEOPLE})\s+(?:deltog|deltager)\s+ikke\s+(?:i|under)\s+(?:(?:udvalgets\s+)?behandlingen"
            rf"\s+af\s+|mødet\s+under\s+)?(?:{_ITEMS}|sagen|sagens\s+behandling|punktet|dette\s+punkt|"
            r"mødet)"
        ),
        ("Anne Hansen deltog ikke i behandlingen af punkt 5.",),
        "did not take part in an item, or the meeting",
    ),
    (
        "absence.prevented",
        _re(rf"^(?P<who>{_PEOPLE})\s+var\s+forhindret\s+i\s+at\s+deltage"),
        ("Anne Hansen var forhindret i at deltage i udvalgets behandling af sagen.",),
        "prevented from taking part",
    ),
    (
        "absence.left",
        _re(
            rf"^(?P<who>{_ONE})\s+(?:forlod|forlader)\s+mødet(?:\s+kl\.?\s*(?P<since>\d{{1,2}}[.:]\d{{2}}))?"
            rf"(?:.*?{_ITEMS})?"
        ),
        ("Jens Hansen forlod mødet kl. 20.15 under behandlingen af punkt 9.",),
        "left the meeting (from a time or an item on)",
    ),
    (
        "absence.arrived",
        _re(
            rf"^(?P<who>{_ONE})\s+(?:ankom|deltog\s+fra|kom)(?:\s+til\s+mødet)?(?:\s+kl\.?\s*"
            rf"(?P<until>\d{{1,2}}[.:]\d{{2}}))?(?:.*?{_ITEMS})?"
        ),
        ("Anne Hansen ankom kl. 17.15 under punkt 3.",),
        "arrived late (absent until a time or an item)",
    ),
    (
        "absence.partial",
        _re(
            rf"^(?P<who>{_ONE})\s+(?P<dir>til|fra)\s+kl\.?\s*(?P<time>\d{{1,2}}[.:]\d{{2}})"
            rf"(?:\s+(?:i|under)\s+{_ITEMS})?\.?$"
        ),
        ("Karoline Bendixen til kl. 18.40 i punkt 2",),
        "absent until or from a time (in a Fraværende list)",
    ),
    (
        "absence.was-absent",
        _re(rf"^(?P<who>{_PEOPLE})\s+(?:var|er)\s+fraværende(?:.*?{_ITEMS})?"),
        ("Martin Bech, Bettina Bøcker Kjeldsen og Niels Vestergaard Salling var fraværende.",),
        "was absent",
    ),
    (
        "absence.participant-status",
        _re(
            rf"^(?P<who>{NAME}(?:[ ]*{PARTY.replace('?P<party>', '')})?)(?:[ ]*\([^()]{{1,40}}\))?"
            r"\s*[-–]\s*(?P<status>afbud|forfald|fraværende|fravær|deltog\s+ikke|ikke\s+til\s+"
            r"stede)\.?$"
        ),
        ("Michael Jensen (O) - Afbud",),
        "an entry of a participant list with its status (Deltog / Afbud)",
    ),
    (
        "absence.apologies",
        _re(
            rf"^(?:der\s+(?:er|var)\s+)?afbud\s+fra\s+(?P<who>{_PEOPLE})|"
            rf"^(?P<who2>{_PEOPLE})\s+(?:havde\s+|har\s+)?meldt\s+afbud"
        ),
        ("Der er afbud fra Martin Bech.", "Cæcilie Ryhl Olsson havde meldt afbud."),
        "sent apologies (afbud)",
    ),
    (
        "absence.no-show",
        _re(rf"^(?P<who>{_PEOPLE})\s+udeblev"),
        ("Sheikh Mohammed udeblev uden afbud.",),
        "stayed away without apologies",
    ),
)

# -- remarks -------------------------------------------------------------------------------------

_REMARKS: tuple[tuple[str, str, re.Pattern[str], tuple[str, ...]], ...] = (
    (
        "remark.following",
        "remark",
        _re(
            r"^(?P<who>.{2,160}?)\s+(?:har|havde|fremsatte|gav)\s+følgende\s+(?:bemærkning(?:er)?|"
            r"kommentar(?:er)?)(?:\s+til\s+(?:punktet|sagen|protokollen|referatet|beslutningen))?"
            r"\s*:?\s*(?P<text>.*)$"
        ),
        ("Karoline Bergkvist Søgaard (A) har følgende bemærkninger til punktet:",),
    ),
    (
        "remark.protocol-from",
        "protocol",
        _re(
            r"^(?P<label>protokolbemærkning|protokoltilførsel|bemærkning\s+til\s+protokollen)\s+"
            r"(?:fra|af)\s+(?P<who>.{2,160}?)\s*:\s*(?P<text>.*)$|"
            r"^(?P<label2>protokolbemærkning|protokoltilførsel)\s+(?:fra|af)\s+(?P<who2>.{2,120}?)\.?$"
        ),
        ("Protokolbemærkning fra Enhedslisten (Ø): Vi ønsker …",),
    ),
    (
        "remark.minority",
        "minority",
        _re(
            r"^(?:mindretalsudtalelse|mindretalsbemærkning)\s+(?:fra|af)\s+(?P<who>.{2,160}?)\s*:?"
            r"\s*(?P<text>.*)$"
        ),
        ("Mindretalsudtalelse fra Venstre (V):",),
    ),
    (
        "remark.to-protocol",
        "protocol",
        _re(
            r"^(?P<who>.{2,160}?)\s+(?:ønskede|ønsker|bad\s+om\s+at\s+få|fik|får|ville\s+have)\s+"
            r"(?:følgende\s+)?(?:(?:protokol)?bemærkning(?:er)?\s+|udtalelse\s+)?"
            r"(?:ført|tilført|optaget|indført|noteret)\s*(?:til|i)?\s*"
            r"(?:protokol(?:len)?|referatet|beslutningsprotokollen)\s*(?:,\s*at)?\s*:?\s*"
            r"(?P<text>.*)$"
        ),
        (
            "Erik Jønsson ønskede følgende ført til protokol:",
            "Enhedslisten ønskede følgende bemærkning tilført beslutningsprotokollen:",
        ),
    ),
    (
        "remark.statement",
        "minority",
        _re(
            r"^(?P<who>.{2,300}?)\s+afgav\s+(?:følgende\s+)?(?:mindretalsudtalelse|"
            r"protokolbemærkning|protokoltilførsel)\s*:?\s*(?P<text>.*)$"
        ),
        ("Dansk Folkeparti afgav følgende mindretalsudtalelse:",),
    ),
)

#: Every phrasing, for the docs and the tests.
PHRASINGS: tuple[Phrasing, ...] = (
    *(p for _, p in _OUTCOMES),
    Phrasing(
        name="clause.ad",
        kind="clause",
        pattern=_CLAUSE,
        examples=("Ad 1. Godkendt. Ad 2. Godkendt.", "Pkt. 1 og 2 godkendt, pkt. 3 udsat."),
        meaning="a decision per clause of the indstilling",
    ),
    Phrasing(
        name="vote.stemte",
        kind="vote",
        pattern=_VOTE_HEAD_STRICT,
        examples=(
            "For stemte: A, F og Ø (12). Imod stemte: V og C (9). Undlod at stemme: O (2).",
            "For stemte A, V og F. Imod stemte Ø.",
        ),
        meaning="a vote by parties, names or numbers",
    ),
    Phrasing(
        name="vote.counted",
        kind="vote",
        pattern=_COUNTED,
        examples=(
            "Godkendt med 5 stemmer mod 2 (V).",
            "Anbefales med 7 stemmer for og 2 imod (Ø).",
        ),
        meaning="a vote by numbers (and parties in parentheses)",
    ),
    Phrasing(
        name="vote.group",
        kind="vote",
        pattern=_GROUP,
        examples=(
            "Et flertal (Hellen Hedemann, Bjarne Fey og Klaus Hansen) stemte for forslaget.",
            "Et mindretal (Finn Rudaizky) stemte imod.",
        ),
        meaning="a majority or minority that voted for or against",
    ),
    Phrasing(
        name="vote.who-voted",
        kind="vote",
        pattern=_WHO_VOTED,
        examples=("Ø stemte imod.", "Jens Hansen (O) undlod at stemme."),
        meaning="named members or parties voted for or against, or abstained",
    ),
    Phrasing(
        name="position.stated",
        kind="position",
        pattern=_POSITION,
        examples=(
            "V kunne ikke tiltræde indstillingen.",
            "Anne Hansen, Jens Jensen og Bo Ek kunne tiltræde indstillingen.",
            "W tog forbehold.",
        ),
        meaning="who could (not) support the proposal, or reserved their position",
    ),
    Phrasing(
        name="position.members",
        kind="position",
        pattern=_MEMBERS,
        examples=(
            "5 medlemmer (A+V+C) anbefaler forslaget.",
            "2 medlemmer (N+Ø) tager forbehold frem til behandlingen i KB.",
        ),
        meaning="a number of members, by party, and their position",
    ),
    Phrasing(
        name="position.group",
        kind="position",
        pattern=_GROUP,
        examples=(
            "Et flertal bestående af A og F anbefaler indstillingen.",
            "Et mindretal (Ø) kan ikke anbefale indstillingen.",
        ),
        meaning="a majority or minority and its position",
    ),
    *(
        Phrasing(
            name=name,
            kind="substitute" if name.startswith("substitute") else "absence",
            pattern=pattern,
            examples=examples,
            meaning=meaning,
        )
        for name, pattern, examples, meaning in _ATTENDANCE
    ),
    Phrasing(
        name="absence.not-in-items",
        kind="absence",
        pattern=_NOT_IN_ITEMS,
        examples=("Deltog ikke under punkterne 20-21",),
        meaning="a participant list's note: the member above missed these items",
    ),
    *(
        Phrasing(
            name=name,
            kind="remark",
            pattern=pattern,
            examples=examples,
            meaning=f"the start of a {kind} remark",
        )
        for name, kind, pattern, examples in _REMARKS
    ),
)


def phrasing(name: str) -> Phrasing:
    """The phrasing with this name.

    Raises:
        KeyError: No phrasing has that name.
    """
    for entry in PHRASINGS:
        if entry.name == name:
            return entry
    raise KeyError(name)


# -- statements -------------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    {"pkt", "kl", "nr", "jf", "jfr", "bl.a", "f.eks", "ca", "stk", "mio", "mia", "kr", "evt",
     "inkl", "ekskl", "vedr", "ift", "iht", "mht", "pga", "dvs", "mv", "m.v", "m.m", "mm",
     "bla", "ang", "tlf", "hhv", "fx", "el", "st", "t.o.m", "o.l", "udv", "afd", "ref",
     "dir", "adm", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "okt", "nov", "dec"}
)  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"“(]?[A-ZÆØÅ0-9])")


def statements(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    r"""The sentences of ``text[start:end]``, one line at a time, as offsets in ``text``.

    A full stop ends a sentence when an upper-case letter or a digit follows, except after an
    abbreviation ("pkt.", "kl.", "jf."), an initial ("Jens A. Hansen") or an ordinal ("26.").

    Examples:
        >>> text = "Ad 1. Godkendt. Jens A. Hansen (V) tog forbehold.\nFraværende: X"
        >>> [text[a:b] for a, b in statements(text)]
        ['Ad 1. Godkendt.', 'Jens A. Hansen (V) tog forbehold.', 'Fraværende: X']
    """
    stop = len(text) if end is None else end
    for begin, finish in _logical_lines(text, start, stop):
        for found in _SENTENCE_END.finditer(text, begin, finish):
            before = text[begin : found.start()].rsplit(None, 1)
            word = before[-1] if before else ""
            if _not_an_end(word, text, found.start()):
                continue
            yield from _trimmed(text, begin, found.end())
            begin = found.end()
        yield from _trimmed(text, begin, finish)


_CONTINUES = re.compile(r"^[a-zæøå0-9(]")


def _logical_lines(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """Lines, with a line that wraps mid-sentence joined to the next.

    A line continues on the next when it does not end with punctuation and the next line (with
    no blank line between) starts with a lower-case letter or a digit, as text copied from a
    PDF or a narrow page does ("Indstillingen blev godkendt med / 43 stemmer imod 5.").
    """
    raw = []
    position = start
    while position < stop:
        newline = text.find("\n", position, stop)
        line_end = stop if newline == -1 else newline
        raw.append((position, line_end))
        position = line_end + 1
    begin: int | None = None
    previous_end = start
    for index, (a, b) in enumerate(raw):
        line = text[a:b].strip()
        if begin is None:
            if not line:
                continue
            begin = a
        previous_end = b
        following = raw[index + 1] if index + 1 < len(raw) else None
        next_line = text[following[0] : following[1]].strip() if following else ""
        joins = (
            bool(line)
            and not line.endswith((".", ":", ";", "!", "?"))
            and bool(next_line)
            and _CONTINUES.match(next_line) is not None
            and _NUMBERED.match(next_line) is None
        )
        if not joins:
            yield begin, previous_end
            begin = None
    if begin is not None:
        yield begin, previous_end


def _not_an_end(word: str, text: str, at: int) -> bool:
    bare = word.lower().rstrip(".").lstrip("(")
    if bare in _ABBREVIATIONS:
        return True
    if len(bare) == 1 and bare.isalpha():
        return True  # an initial, or "Ad 1." is handled below
    if bare.isdigit():
        # "Ad 1. Godkendt" is an end (a clause number); "26. maj" is not (no capital)
        ahead = text[at - len(word) - 4 : at].lower()
        return "ad" not in ahead and "pkt" not in ahead and "punkt" not in ahead
    return False


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


# -- readers ----------------------------------------------------------------------------------


def outcome_of(statement: str) -> tuple[Outcome, str, bool, int] | None:
    """The outcome a statement states, or ``None`` if no phrasing matches.

    Returns:
        The outcome, the phrasing's name, whether the phrasing covers the statement completely,
        and where the phrasing's match ends.
    """
    text = statement.strip()
    for outcome, entry in _OUTCOMES:
        found = entry.pattern.match(text)
        if found is None:
            continue
        covered = _TAIL_OK.match(text[found.end() :].strip()) is not None
        return outcome, entry.name, covered, found.end()
    found = _SUBJECT_DECIDED.match(text)
    if found is not None and "ikke" not in found["subject"].casefold().split():
        # "Taksterne blev tiltrådt.", "Kirkeskatten vedtoges uændret": read, but with doubt
        word = found["word"].casefold()
        outcome = next(o for o, words in _DECIDED_WORDS if re.fullmatch(words, word))
        return outcome, "outcome.subject", False, found.end()
    return None


def clause_segments(text: str) -> list[tuple[tuple[int, ...], int, int]] | None:
    """Decisions per clause: ``(points, start, end)`` of each part.

    ``None`` when the text does not answer clause by clause.

    Examples:
        >>> text = "Ad 1. Godkendt. Ad 2. Udsat."
        >>> [(p, text[a:b]) for p, a, b in clause_segments(text)]
        [((1,), 'Godkendt.'), ((2,), 'Udsat.')]
        >>> text = "Pkt. 1 og 2 godkendt, pkt. 3 udsat."
        >>> [(p, text[a:b]) for p, a, b in clause_segments(text)]
        [((1, 2), 'godkendt,'), ((3,), 'udsat.')]
    """
    marks = [m for m in _CLAUSE.finditer(text) if _clause_starts_here(text, m)]
    if not marks:
        numbered = _numbered_lines(text)
        return numbered or None
    out = []
    for index, mark in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(text)
        points = tuple(int(n) for n in re.findall(r"\d+", mark["points"]))
        if "-" in mark["points"] or "–" in mark["points"]:
            first, last = points[0], points[-1]
            points = tuple(range(first, last + 1)) if 0 < last - first < 20 else points
        body_end = end
        while body_end > mark.end() and text[body_end - 1].isspace():
            body_end -= 1
        out.append((points, mark.end(), body_end))
    if marks[0].start() > 0 and text[: marks[0].start()].strip():
        return None  # words before the first clause: not a clause-by-clause decision
    return out


def _clause_starts_here(text: str, mark: re.Match[str]) -> bool:
    """A clause mark must start the text, a line or a sentence (not "jf. punkt 3 i aftalen")."""
    before = text[: mark.start()].rstrip()
    return (
        not before or before.endswith((".", ":", ";", ",", "\n")) or text[mark.start() - 1] == "\n"
    )


def _numbered_lines(text: str) -> list[tuple[tuple[int, ...], int, int]]:
    """Lines "1. Godkendt" / "2. Taget til efterretning" that each state an outcome."""
    out = []
    position = 0
    for raw in text.split("\n"):
        line_start = position
        position += len(raw) + 1
        stripped = raw.strip()
        if not stripped:
            continue
        found = _NUMBERED.match(stripped)
        offset = line_start + len(raw) - len(raw.lstrip())
        if found is None or outcome_of(stripped[found.end() :]) is None:
            return []
        point: tuple[int, ...] = (int(found["point"]),)
        out.append((point, offset + found.end(), offset + len(stripped)))
    return out if len(out) >= 2 else []


def _parties_and_count(text: str) -> tuple[tuple[str, ...], tuple[PersonName, ...], int | None]:
    """Parties, named people and a number in a vote group.

    Forms: "A, F og Ø (12)", "12: A, F", "20 (Bo Hilsted (A), Carsten Nielsen (A))",
    "Gruppe A og B".
    """
    text = text.strip()
    count = None
    lead = re.match(r"^(\d{1,3})\s*(?:stemmer)?\s*[:(]?\s*", text)
    if lead is not None:
        count = int(lead[1])
        text = text[lead.end() :]
        if text.endswith(")") and lead.group().rstrip().endswith("("):
            text = text[:-1]
    else:
        tail = re.search(r"\((\d{1,3})\)\s*$", text)
        if tail is not None:
            count = int(tail[1])
            text = text[: tail.start()]
    bare = re.sub(
        r"\b(?:stemmer|medlemmer|gruppe|liste|partierne|partiet)\b", " ", text, flags=re.IGNORECASE
    )
    bare = " ".join(bare.split()).strip(" ,.:")
    if not bare:
        return (), (), count
    if bare.startswith("(") and bare.endswith(")"):
        bare = bare[1:-1]
    letters = party_letters(bare)
    if letters is not None:
        return letters, (), count
    named = people_in(bare)
    if named is not None:
        return (), tuple(named), count
    parties, people = _who(bare)
    return parties, people, count


def votes_in(statement: str) -> list[Found]:
    """The votes a statement records (several options may share one statement).

    Examples:
        >>> [(f.value.option.value, f.value.parties, f.value.count)
        ...  for f in votes_in("For stemte: A, F og Ø (12). Imod stemte: V og C (9).")]
        [('for', ('A', 'F', 'Ø'), 12), ('against', ('V', 'C'), 9)]
        >>> [(f.value.option.value, f.value.count, f.value.parties)
        ...  for f in votes_in("Godkendt med 5 stemmer mod 2 (V).")]
        [('for', 5, ()), ('against', 2, ('V',))]
    """
    from kommissorium.read.minutes.result import ReadVote

    out: list[Found] = []
    heads = list(_VOTE_HEAD_STRICT.finditer(statement))
    for index, head in enumerate(heads):
        word = (head["opt"] or head["opt2"] or head["opt3"] or "").lower()
        option = _option(word)
        stop = heads[index + 1].start() if index + 1 < len(heads) else len(statement)
        group = statement[head.end() : stop]
        cut = re.search(r"(?<![\s,(][A-ZÆØÅ])\.(?:\s|$)", group)
        if cut is not None:
            group = group[: cut.start()]
        parties, people, count = _parties_and_count(group)
        if not parties and not people and count is None:
            continue
        out.append(
            Found(
                value=ReadVote(option=option, count=count, parties=parties, people=people),
                start=head.start(),
                end=head.end() + len(group),
                phrasing="vote.stemte",
            )
        )
    if out:
        return out
    counted = _COUNTED.search(statement)
    if counted is not None:
        for option, number, letters in (
            (VoteOption.FOR, counted["for"], counted["forp"]),
            (VoteOption.AGAINST, counted["against"], counted["againstp"]),
            (VoteOption.ABSTAIN, counted["abstain"], counted["abstainp"]),
        ):
            if number is None:
                continue
            letters_read = party_letters(letters) if letters else None
            out.append(
                Found(
                    value=ReadVote(option=option, count=int(number), parties=letters_read or ()),
                    start=counted.start(),
                    end=counted.end(),
                    phrasing="vote.counted",
                )
            )
        return out
    grouped = _GROUP.match(statement.strip())
    if grouped is not None and grouped["verb"].lower().startswith("stem"):
        rest = (grouped["rest"] or "").lower()
        who_text = grouped["who1"] or grouped["who2"] or grouped["who3"] or ""
        parties, people = _who(who_text) if who_text else ((), ())
        option = VoteOption.AGAINST if rest.startswith("imod") else VoteOption.FOR
        if (parties or people) and rest.startswith(("for", "imod")):
            return [
                Found(
                    value=ReadVote(option=option, parties=parties, people=people),
                    start=0,
                    end=grouped.end(),
                    phrasing="vote.group",
                )
            ]
    who = _WHO_VOTED.match(statement.strip())
    if who is not None:
        text = who["who"] if who["who"] is not None else who["who2"]
        option = _option(who["opt"].lower()) if who["opt"] else VoteOption.ABSTAIN
        parties, people = _who(text)
        if parties or people:
            out.append(
                Found(
                    value=ReadVote(option=option, parties=parties, people=people),
                    start=0,
                    end=who.end(),
                    phrasing="vote.who-voted",
                    covered=not statement.strip()[who.end() :].strip(" ."),
                )
            )
    return out


def _option(word: str) -> VoteOption:
    for option, pattern in _OPTION_WORDS:
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return option
    return VoteOption.FOR


_PARTY_NAMES = {
    "socialdemokratiet": "A", "radikale venstre": "B", "det radikale venstre": "B",
    "det konservative folkeparti": "C", "konservative": "C", "de konservative": "C",
    "nye borgerlige": "D", "sf": "F", "socialistisk folkeparti": "F", "liberal alliance": "I",
    "kristendemokraterne": "K", "moderaterne": "M", "dansk folkeparti": "O", "venstre": "V",
    "enhedslisten": "Ø", "alternativet": "Å", "danmarksdemokraterne": "Æ",
}  # fmt: skip


def _who(text: str) -> tuple[tuple[str, ...], tuple[PersonName, ...]]:
    """Parties and people named as the subject of a position or vote.

    Party names are read as their letters only where the name is printed with the letter
    ("Enhedslisten (Ø)") or is a name of a national party list.
    """
    text = re.sub(
        r"^(?:udvalgsmedlem(?:merne)?|byrådsmedlem(?:merne)?|medlem(?:merne)?|"
        r"kommunalbestyrelsesmedlem(?:merne)?|partiet|partierne|gruppen)\s+",
        "",
        text.strip(),
        flags=re.IGNORECASE,
    )
    letters = party_letters(text)
    if letters is not None:
        return letters, ()
    parts = split_people(text.strip(" ."))
    parties: list[str] = []
    people: list[PersonName] = []
    for part in parts:
        part = re.sub(r"\s*\((?:løsgænger|uden for partierne|udenfor parti|UP)\)$", "", part)
        named_party = re.fullmatch(rf"(?P<name>[A-Za-zÆØÅæøå ]+?)\s*{PARTY}", part)
        if named_party is not None and named_party["name"].lower() in _PARTY_NAMES:
            parties.append(named_party["party"])
            continue
        if part.lower() in _PARTY_NAMES:
            parties.append(_PARTY_NAMES[part.lower()])
            continue
        letters_part = party_letters(part)
        if letters_part is not None:
            parties.extend(letters_part)
            continue
        one = person(part)
        if one is None:
            return (), ()
        people.append(one)
    return tuple(parties), tuple(people)


def majority_outcome(statement: str) -> Outcome | None:
    """The outcome a majority's statement decides: "Et flertal (A+V) godkender indstillingen".

    A majority that approves or recommends carries the decision; a minority does not.

    Examples:
        >>> majority_outcome("Et flertal (A+V+C+N) godkender indstillingen.")
        <Outcome.APPROVED: 'approved'>
        >>> majority_outcome("Et mindretal (Ø) kan ikke anbefale indstillingen.") is None
        True
    """
    group = _GROUP.match(statement.strip())
    if group is None or group["group"].lower() != "flertal" or group["neg"]:
        return None
    verb = group["verb"].lower()
    if verb in ("godkender", "godkendte", "tiltræder", "tiltrådte"):
        return Outcome.APPROVED
    if verb in ("anbefaler", "anbefalede"):
        return Outcome.RECOMMENDED
    return None


def positions_in(statement: str) -> list[Found]:
    """The stated positions in a statement.

    Examples:
        >>> [(f.value.stance.value, f.value.parties) for f in positions_in(
        ...     "V kunne ikke tiltræde indstillingen.")]
        [('opposes', ('V',))]
        >>> [(f.value.stance.value, f.value.group, f.value.parties) for f in positions_in(
        ...     "Et mindretal (Ø) kan ikke anbefale indstillingen.")]
        [('opposes', 'minority', ('Ø',))]
    """
    from kommissorium.read.minutes.result import ReadPosition

    text = statement.strip()
    members = _MEMBERS.match(text)
    if members is not None:
        verb = members["verb"].lower()
        if "forbehold" in verb or verb.startswith(("afvent", "undl")):
            stance = Stance.RESERVATION
        elif "ikke" in verb or "imod" in verb:
            stance = Stance.OPPOSES
        else:
            stance = Stance.SUPPORTS
        parties, people = _who(members["who"].replace("+", ","))
        if parties or people:
            return [
                Found(
                    value=ReadPosition(stance=stance, parties=parties, people=people),
                    start=0,
                    end=members.end(),
                    phrasing="position.members",
                )
            ]
    group = _GROUP.match(text)
    if group is not None and group["verb"].lower().startswith("stem"):
        return []  # "Et flertal (…) stemte for": a vote (votes_in)
    if group is not None:
        who = group["who1"] or group["who2"] or group["who3"] or ""
        parties, people = _who(who) if who else ((), ())
        verb = group["verb"].lower()
        negative = group["neg"] is not None or (
            verb.startswith("stem") and ((group["rest"] or "").lower().startswith("imod"))
        )
        stance = Stance.OPPOSES if negative else Stance.SUPPORTS
        if verb in ("er", "var") and not (group["rest"] or "").lower().startswith(("imod", "for")):
            return []
        if verb in ("er", "var"):
            stance = Stance.OPPOSES if group["rest"].lower().startswith("imod") else Stance.SUPPORTS
        return [
            Found(
                value=ReadPosition(
                    stance=stance,
                    parties=parties,
                    people=people,
                    group="majority" if group["group"].lower() == "flertal" else "minority",
                ),
                start=0,
                end=group.end(),
                phrasing="position.group",
                covered=True,
            )
        ]
    found = _POSITION.match(text)
    if found is None:
        return []
    obj = found["obj"].lower()
    verb = found["verb"].lower()
    if "forbehold" in obj:
        if verb not in ("tog", "tager", "ønsker", "ønskede"):
            return []
        stance = Stance.RESERVATION
    elif verb in ("tog", "tager") or (verb in ("ønsker", "ønskede") and obj != "at tage forbehold"):
        return []
    else:
        stance = Stance.OPPOSES if found["neg"] else Stance.SUPPORTS
    parties, people = _who(found["who"])
    if not parties and not people:
        return []
    return [
        Found(
            value=ReadPosition(stance=stance, parties=parties, people=people),
            start=0,
            end=found.end(),
            phrasing="position.stated",
        )
    ]


def not_in_items(line: str) -> tuple[str, ...] | None:
    """The items a participant list's note leaves the member above out of; ``None`` if no note.

    Examples:
        >>> not_in_items("Deltog ikke under punkterne 20-21")
        ('20', '21')
        >>> not_in_items("Deltog") is None
        True
    """
    found = _NOT_IN_ITEMS.match(line.strip())
    return None if found is None else _items_of(found["items"])


def _items_of(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    numbers = re.findall(r"\d+", text)
    if (
        ("-" in text or "–" in text)
        and len(numbers) == 2
        and 0 < int(numbers[1]) - int(numbers[0]) < 40
    ):
        return tuple(str(n) for n in range(int(numbers[0]), int(numbers[1]) + 1))
    return tuple(numbers)


def _loose_person(text: str) -> PersonName | None:
    """A person, also when a party's name rather than its letter follows in parentheses."""
    return person(text) or person(re.sub(r"\s*\([^()]{1,40}\)\s*$", "", text))


def _clock(text: str | None) -> time | None:
    if not text:
        return None
    found = find_time("kl. " + text.replace(" ", ""))
    return None if found is None else found[0]


def attendance_in(statement: str, *, reason: AbsenceReason = AbsenceReason.UNKNOWN) -> list[Found]:
    """Absences and substitutes a statement records.

    A statement may record several in a row when the transcript lost the full stops between
    them ("… var fraværende. I stedet deltog Kasper Langberg (B) Jakob Engel-Schmidt (V) var
    fraværende."): after a phrasing matched, the rest of the statement is read again (at most
    :data:`_MAX_IN_A_ROW` times), and the facts found there keep their offsets in the statement.

    Args:
        statement: The statement (a sentence, or one entry of a Fraværende list).
        reason: The reason a list heading gives ("Afbud:", "Fraværende uden afbud:") for plain
            lists of names.

    Examples:
        >>> found = attendance_in("Evan Lynnerup (V) - Marianne Kiærulff (V) mødte som "
        ...                       "stedfortræder.")
        >>> [(type(f.value).__name__, f.value.person.name) for f in found]
        [('ReadAbsence', 'Evan Lynnerup'), ('ReadSubstitute', 'Marianne Kiærulff')]
        >>> [(f.value.person.name, f.value.until) for f in attendance_in(
        ...     "Karoline Bendixen til kl. 18.40 i punkt 2")]
        [('Karoline Bendixen', datetime.time(18, 40))]
        >>> [(type(f.value).__name__, f.value.person.name) for f in attendance_in(
        ...     "I stedet deltog Kasper Langberg (B) Jakob Engel-Schmidt (V) var fraværende.")]
        [('ReadSubstitute', 'Kasper Langberg'), ('ReadAbsence', 'Jakob Engel-Schmidt')]
    """
    found: list[Found] = []
    offset = 0
    for _ in range(_MAX_IN_A_ROW):
        rest = statement[offset:]
        shift = offset + len(rest) - len(rest.lstrip())
        facts = _attendance_first(rest.strip(), reason)
        if not facts:
            break
        found.extend(attrs.evolve(f, start=f.start + shift, end=f.end + shift) for f in facts)
        end = max(f.end for f in facts)
        if facts[0].covered or end <= 0:
            break
        offset = shift + end
    return found


#: How many records :func:`attendance_in` reads from one statement.
_MAX_IN_A_ROW = 8


#: Substitute phrasings that name the member replaced without saying the member was absent.
_REPLACES_ONLY = frozenset(
    {"substitute.met", "substitute.for-member", "substitute.called-for", "substitute.was-called"}
)


def _attendance_first(text: str, reason: AbsenceReason) -> list[Found]:
    """The facts of the first phrasing that matches the start of the stripped ``text``."""
    from kommissorium.read.minutes.result import ReadAbsence, ReadSubstitute

    for name, pattern, _, _ in _ATTENDANCE:
        found = pattern.match(text)
        if found is None:
            continue
        covered = not text[found.end() :].strip(" .,;")
        groups = found.groupdict()
        out: list[Found] = []
        if name == "substitute.rightful":
            sub = person(groups["sub"])
            if sub is None:
                continue
            return [
                Found(
                    value=ReadSubstitute(person=sub, approved=True),
                    start=found.start("sub"),
                    end=found.end(),
                    phrasing=name,
                    covered=covered,
                )
            ]
        if name == "absence.comma-party":
            who = person(groups["who"])
            if who is None:
                continue
            why = reason
            if groups.get("why") and reason is AbsenceReason.UNKNOWN:
                why = AbsenceReason.LEAVE
            value = ReadAbsence(
                person=PersonName(who.name, groups["party"]),
                reason=why,
                items=_items_of(groups.get("items")),
                since=_clock(groups.get("since")),
                until=_clock(groups.get("until")),
            )
            return [Found(value=value, start=0, end=found.end(), phrasing=name, covered=covered)]
        if name.startswith("substitute") or name == "absence.called-in":
            absent = [] if not groups.get("absent") else people_in(groups["absent"])
            if absent is None:
                continue
            sub = _loose_person(groups["sub"])
            if sub is None:
                continue
            if groups.get("party") and sub.party is None:
                sub = PersonName(sub.name, groups["party"])
            leave = AbsenceReason.LEAVE if "afbud" in text.lower() else reason
            out.extend(
                Found(
                    value=ReadAbsence(person=p, reason=leave),
                    start=found.start("absent"),
                    end=found.end("absent"),
                    phrasing=name,
                    covered=covered,
                )
                for p in absent
                if name not in _REPLACES_ONLY
            )
            replaces = absent[0] if len(absent) == 1 else None
            out.append(
                Found(
                    value=ReadSubstitute(person=sub, replaces=replaces),
                    start=found.start("sub"),
                    end=found.end(),
                    phrasing=name,
                    covered=covered,
                )
            )
            return out
        who_text = groups.get("who") or groups.get("who2")
        if who_text is None:
            continue
        named = people_in(who_text)
        if named is None:
            continue
        items = _items_of(groups.get("items"))
        since = until = None
        why = reason
        if name in ("absence.disqualified", "absence.disqualified-item"):
            why = AbsenceReason.DISQUALIFIED
        elif (
            name in ("absence.apologies", "absence.lawful")
            or (
                name == "absence.participant-status"
                and groups["status"].lower() in ("afbud", "forfald")
            )
            or (name == "absence.with-reason" and reason is AbsenceReason.UNKNOWN)
        ):
            why = AbsenceReason.LEAVE
        elif name == "absence.no-show":
            why = AbsenceReason.ABSENT
        elif name == "absence.left":
            since = _clock(groups.get("since"))
        elif name == "absence.arrived":
            until = _clock(groups.get("until"))
        elif name == "absence.partial":
            moment = _clock(groups["time"])
            if groups["dir"].lower() == "til":
                until = moment
            else:
                since = moment
        out.extend(
            Found(
                value=ReadAbsence(person=p, reason=why, items=items, since=since, until=until),
                start=0,
                end=found.end(),
                phrasing=name,
                covered=covered,
            )
            for p in named
        )
        return out
    return []


def remark_head(statement: str) -> tuple[str, str | None, str, str, int] | None:
    """A statement that opens a remark: ``(by, party, kind, phrasing, text_start)``.

    ``text_start`` is where the remark's own words begin in the statement (its length when they
    follow on the next lines).

    Examples:
        >>> remark_head("Karoline Bergkvist Søgaard (A) har følgende bemærkninger til punktet:")
        ('Karoline Bergkvist Søgaard', 'A', 'remark', 'remark.following', 69)
    """
    text = statement.rstrip()
    for name, kind, pattern, _ in _REMARKS:
        found = pattern.match(text)
        if found is None:
            continue
        groups = found.groupdict()
        who = (groups.get("who") or groups.get("who2") or "").strip(" ,.:")
        if not who or len(who.split()) > 40:
            continue
        party = None
        named = re.fullmatch(rf"(?P<name>.+?)\s*{PARTY}", who)
        if named is not None:
            who, party = named["name"], named["party"]
        text_start = found.start("text") if groups.get("text") is not None else len(text)
        return who, party, kind, name, text_start
    return None
