"""Composition clauses and member lines: the seat a clause describes, the person a line names.

A composition clause is one part of an enumeration of seats ("syv borgere", "medlemmer fra
Udvalget for Social Omsorg", "chefen for Økonomi"); :func:`seat_of` says which seat it is, or
that it is none. A member line names one person with what is printed beside the name: a party
letter or name, a role, a title ("Lars Abel (C), formand", "Erik Nørreby, Venstre",
"Formand for Kultur- og Idrætsudvalget Claus Larsen"); :func:`person_line` reads it. Neither
completes anything the text does not print.

Examples:
    >>> seat_of("to repræsentanter for lokalsamfundene")
    ReadSeat(kind=<SeatRuleKind.OTHER: 'other'>, group='organisations', committees=(), count=2, \
position=None, optional=False, role=<Role.MEMBER: 'member'>, basis=None, holder=None)
    >>> read, seat = person_line("Thor Temte - formand (Ø)", member=True)
    >>> read.name, read.role.value, seat
    (PersonName(name='Thor Temte', party='Ø'), 'chair', None)
    >>> is_name("Social Omsorg") is None, is_name("Jan H. Klit")
    (True, PersonName(name='Jan H. Klit', party=None))
"""

from __future__ import annotations

import re

from kommissorium.model import PersonKind, Role, SeatBasis, SeatRuleKind
from kommissorium.read.kommissorium.phrases import (
    COMMITTEE,
    COUNCIL,
    NUMBER_WORDS,
    PARTY_NAMES,
    committee_name,
    count_of,
)
from kommissorium.read.kommissorium.result import ReadPerson, ReadSeat
from kommissorium.read.names import PersonName, person

__all__ = ["ROLE_WORDS", "is_name", "person_line", "seat_of"]

_UP = "A-ZÆØÅÉÜÖÄ"


_NOT_NAME_WORDS = frozenset(
    {"udvalget", "byrådet", "kommune", "kommunalbestyrelsen", "borgmester", "formand",
     "formanden", "næstformand", "medlem", "medlemmer", "repræsentant", "repræsentanter",
     "rådet", "social", "omsorg", "læring", "beskæftigelse", "fællesskab", "referat",
     "dagsorden", "bilag", "kontakt", "kommissorium", "baggrund", "formål", "opgaver",
     "møde", "mødet", "forslag", "sagsfremstilling", "indstilling", "beslutning",
     "økonomi", "kultur", "sundhed", "teknik", "miljø", "plan", "erhverv", "politik",
     "strategi", "udvikling", "advokat", "professor", "lektor", "rektor", "kommitteret",
     "konsulent", "direktør", "chef", "landsdommer", "højesteretsdommer", "dommer"}
)  # fmt: skip


#: Words that end a word which is no part of a person's name (an office or an authority).
_NOT_NAME_ENDINGS = ("udvalget", "rådet", "kommune", "udvalg", "ministeriet", "styrelsen")


ROLE_WORDS = {
    "formand": Role.CHAIR,
    "næstformand": Role.VICE_CHAIR,
    "sekretær": Role.SECRETARY,
    "medlem": Role.MEMBER,
}


_OFFICE_PREFIX = re.compile(
    rf"^(?:(?P<role>Formand|Næstformand)|(?P<councillor>Byrådsmedlem|"
    rf"Kommunalbestyrelsesmedlem|Rådmand|Borgmester|Viceborgmester)|(?P<office>"
    rf"(?:Formand|Næstformand|Formanden)[ ]+for[ ]+{COMMITTEE}))[ ]+(?=[{_UP}])"
)


_POSITION = re.compile(
    r"^(?P<position>(?:vice)?borgmester(?:en)?|kommunaldirektør(?:en)?|"
    r"(?:(?:center|fag|social|sekretariats|afdelings)?(?:chef|direktør|leder)(?:en)?|"
    r"formand(?:en)?|næstformand(?:en)?)[ ]+(?:for|af|i)[ ]+.+)$",
    re.IGNORECASE,
)


_EMPLOYEE_TITLE = re.compile(r"(?:chef|direktør|leder|konsulent|medarbejder|sekretær)", re.I)


_GROUPS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "citizens",
        re.compile(
            r"\bborger(?:e|medlemmer|repræsentanter)?\b|\bikke[ ]+(?:er[ ]+)?valgt[ ]+til[ ]+"
            r"(?:byrådet|kommunalbestyrelsen)",
            re.IGNORECASE,
        ),
    ),
    (
        "experts",
        re.compile(
            r"\b(?:eksperter|ekspert|fagpersoner|fagperson|specialister|sagkyndige|forskere)\b",
            re.I,
        ),
    ),
    (
        "employees",
        re.compile(
            r"\b(?:medarbejdere|ledere|ansatte|nøglepersoner[ ]+fra[ ]+administrationen)\b", re.I
        ),
    ),
    ("youth", re.compile(r"\b(?:unge|ungdomsråd\w*|elever)\b", re.IGNORECASE)),
    (
        "organisations",
        re.compile(
            r"\b\w*repræsentant(?:er)?\b|\b(?:interessenter|interesseorganisationer|"
            r"organisationer|foreninger)\b",
            re.IGNORECASE,
        ),
    ),
)


_COUNT_WORD = r"(?:\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"


_TOTAL = re.compile(
    rf"^{_COUNT_WORD}[ ]+medlemmer(?:[ ]+med[ ]+bopæl\b.*)?$|^følgende\b", re.IGNORECASE
)


_COUNCILLORS = re.compile(
    rf"^(?:(?P<count>{_COUNT_WORD})[ ]+)?(?:øvrige[ ]+|enkelte[ ]+)?(?:kommunalbestyrelsesmedlemmer"
    rf"|byrådsmedlemmer|politikere|lokalpolitikere|repræsentanter[ ]+(?:fra|for)[ ]+(?:{COUNCIL})"
    rf"|medlemmer[ ]+(?:af|fra)[ ]+(?:{COUNCIL}))\b",
    re.IGNORECASE,
)


_MEMBERS_OF = re.compile(
    rf"^(?:de[ ]+(?:første[ ]+)?)?(?:(?P<count>{_COUNT_WORD})[ ]+)?medlemme(?:r|rne)[ ]+(?:fra|af)"
    rf"[ ]+(?P<committee>{COMMITTEE})",
    re.IGNORECASE,
)


_NOT_REPRESENTED = re.compile(
    rf"repræsentant.*?\bpartie?r?\b.*?\bikke[ ]+(?:måtte[ ]+)?(?:være[ ]+|er[ ]+)?"
    rf"repræsenteret[ ]+i[ ]+(?P<committee>{COMMITTEE})"
)


_OTHER_MEMBERS = re.compile(r"^(?:\w+[ ]+)?medlemmer[ ]+(?:af|fra|med)[ ]", re.IGNORECASE)


_SECRETARY_SEAT = re.compile(r"^(?:en|én|1)[ ]+sekretær$", re.IGNORECASE)


def is_name(text: str) -> PersonName | None:
    """A person's name of two to five words, none of them a word names do not contain."""
    found = person(text)
    if found is None:
        return None
    words = found.name.split()
    if not 2 <= len(words) <= 5:
        return None
    for word in words:
        low = word.casefold().strip(".")
        if low in _NOT_NAME_WORDS or low.endswith(_NOT_NAME_ENDINGS):
            return None
        if len(word) > 1 and word.isalpha() and word.isupper():
            return None  # an acronym ("DJØF"), not a name
    return found


def seat_of(clause: str) -> ReadSeat | None:
    """The seat one composition clause describes, or ``None``."""
    clause = clause.strip(" .:;")
    if not clause or _TOTAL.match(clause):
        return None
    found = _NOT_REPRESENTED.search(clause)
    if found is not None:
        return ReadSeat(
            kind=SeatRuleKind.PARTIES_NOT_REPRESENTED,
            committees=(committee_name(found["committee"]),),
            count=count_of(clause),
            basis=SeatBasis.ELECTED,
        )
    found = _MEMBERS_OF.match(clause)
    if found is not None:
        return ReadSeat(
            kind=SeatRuleKind.MEMBERS_OF,
            committees=(committee_name(found["committee"]),),
            count=count_of(found["count"]) if found["count"] else None,
            basis=SeatBasis.ELECTED,
        )
    found = _COUNCILLORS.match(clause)
    if found is not None:
        return ReadSeat(
            kind=SeatRuleKind.COUNCILLORS,
            count=count_of(found["count"]) if found["count"] else None,
            basis=SeatBasis.ELECTED,
        )
    if _SECRETARY_SEAT.match(clause):
        return ReadSeat(
            kind=SeatRuleKind.OTHER,
            group="other",
            count=1,
            role=Role.SECRETARY,
            basis=SeatBasis.STAFF,
        )
    found = _POSITION.match(clause) or re.match(
        r"^(?P<position>(?:vice)?borgmester(?:en)?|kommunaldirektør(?:en)?)$", clause, re.I
    )
    if found is not None:
        position = found["position"]
        holder: PersonName | None = None
        tail = re.search(
            rf"^(?P<office>.*?(?:udvalget|[{_UP}][\w&-]*))[ ]+(?P<name>[{_UP}][\w'’-]+(?:[ ]+"
            rf"[{_UP}][\w'’-]+){{1,3}})$",
            position,
        )
        if tail is not None and re.search(r"udvalget$", tail["office"]):
            who = is_name(tail["name"])
            if who is not None:
                position, holder = tail["office"], who
        low = position.casefold()
        born = low.startswith(("borgmester", "viceborgmester", "formand", "næstformand"))
        return ReadSeat(
            kind=SeatRuleKind.POSITION,
            position=position,
            basis=SeatBasis.BORN if born else SeatBasis.EX_OFFICIO,
            holder=holder,
        )
    count = count_of(clause)
    for group, pattern in _GROUPS:
        if pattern.search(clause):
            return ReadSeat(kind=SeatRuleKind.OTHER, group=group, count=count)
    if _OTHER_MEMBERS.match(clause):
        return ReadSeat(kind=SeatRuleKind.OTHER, group="other", count=count)
    return None


def person_line(text: str, *, member: bool) -> tuple[ReadPerson, ReadSeat | None] | None:
    """One person on a line of their own, with the seat the line names, if any.

    Lines such as "Lars Abel (C), formand", "Erik Nørreby, Venstre" and "Formand for Kultur-
    og Idrætsudvalget Claus Larsen".
    """
    text = text.strip(" .;")
    if not text or len(text) > 160:
        return None
    role: Role | None = Role.MEMBER if member else None
    kind = PersonKind.OTHER
    seat: ReadSeat | None = None
    position: str | None = None
    prefix = _OFFICE_PREFIX.match(text)
    if prefix is not None:
        if prefix["role"]:
            role = ROLE_WORDS[prefix["role"].casefold()]
        elif prefix["councillor"]:
            kind = PersonKind.COUNCILLOR
            if prefix["councillor"].casefold() in ("borgmester", "viceborgmester"):
                position = prefix["councillor"].casefold()
        else:
            position = prefix["office"]
            kind = PersonKind.COUNCILLOR
        text = text[prefix.end() :]
    party: str | None = None
    letters: str | None = None
    titles: list[str] = []
    for paren in re.findall(r"\(([^)]*)\)", text):
        inner = " ".join(paren.split())
        if re.fullmatch(rf"[{_UP}]{{1,3}}", inner):
            letters = letters or inner
        elif inner.casefold() in ROLE_WORDS:
            role = ROLE_WORDS[inner.casefold()]
        elif inner.casefold().startswith("formand") or inner.casefold().startswith("næstformand"):
            role = ROLE_WORDS[inner.split()[0].casefold()]
        elif not re.fullmatch(r"udpeget af \w+", inner.casefold()):
            titles.append(inner)
    bare = re.sub(r"\([^)]*\)", " ", text)
    parts = [p.strip() for p in re.split(r"[ ]*(?:,|[ ][-–][ ]|\|)[ ]*", bare) if p.strip()]
    if not parts:
        return None
    who = is_name(parts[0])
    if who is None and member and count_of(text) is None and "repræsentant" not in text:
        who, parts, leading = _title_first(parts)
        if leading:
            titles.append(leading)
    if who is None:
        return None
    for part in parts[1:]:
        low = part.casefold()
        first = low.split()[0] if low.split() else ""
        if first in ROLE_WORDS and (len(low.split()) == 1 or low.startswith(first + " for")):
            role = ROLE_WORDS[first]
        elif part in PARTY_NAMES or re.fullmatch(rf"[{_UP}][\w]*[ ]?[Ll]isten", part):
            party = party or part
        elif re.fullmatch(r"valggruppe[ ]+\d+", low):
            continue
        elif re.match(r"medlem af (?:byrådet|kommunalbestyrelsen)", low):
            kind = PersonKind.COUNCILLOR
        else:
            titles.append(part)
    if letters or party:
        kind = PersonKind.COUNCILLOR
    title = titles[0] if titles else None
    if kind is PersonKind.OTHER and title is not None and _EMPLOYEE_TITLE.search(title):
        kind = PersonKind.EMPLOYEE
    if position is not None and prefix is not None and prefix["office"]:
        seat = ReadSeat(
            kind=SeatRuleKind.POSITION,
            position=position,
            basis=SeatBasis.BORN,
            holder=PersonName(who.name, letters),
        )
    read = ReadPerson(
        name=PersonName(who.name, letters),
        party=party,
        role=role,
        kind=kind,
        title=title,
        position=position,
    )
    return read, seat


def _title_first(parts: list[str]) -> tuple[PersonName | None, list[str], str]:
    """A name after a title, the parts from the name on, and the title.

    For lines such as "Professor, dr.jur. Karsten Revsbech" and "Landsdommer Mikael Sjöberg".
    """
    for at, part in enumerate(parts):
        tail = re.search(rf"(?:^|[ ])(?P<name>[{_UP}][\w'’-]+(?:[ ]+[{_UP}][\w'’-]+)+)$", part)
        if tail is None:
            continue
        words = tail["name"].split()
        for skip in range(len(words) - 1):
            candidate = is_name(" ".join(words[skip:]))
            if candidate is not None:
                title = " ".join([part[: tail.start("name")].strip(), *words[:skip]]).strip()
                title = ", ".join([*parts[:at], title]).strip(", ")
                return candidate, [candidate.name, *parts[at + 1 :]], title
        return None, parts, ""
    return None, parts, ""
