"""People and party letters as Danish minutes write them.

Minutes name people as "Jens Kannegaard Lundager (O)", list them with commas and "og"
("Martin Bech, Bettina Bøcker Kjeldsen og Niels Vestergaard Salling") and name parties by their
list letters ("For stemte A, F og Ø"). This module reads such lists; it returns what is written
and never completes a name or guesses a party.

Examples:
    >>> [(p.name, p.party) for p in people_in("Evan Lynnerup (V) og Marianne Kiærulff (V)")]
    [('Evan Lynnerup', 'V'), ('Marianne Kiærulff', 'V')]
    >>> party_letters("A, F og Ø")
    ('A', 'F', 'Ø')
    >>> party_letters("Jens Hansen") is None
    True
"""

from __future__ import annotations

import re
import unicodedata

import attrs

__all__ = [
    "NAME",
    "PARTY",
    "PersonName",
    "name_key",
    "party_letters",
    "people_in",
    "person",
    "slug",
    "split_list",
    "split_people",
]

_UPPER = "A-ZÆØÅÉÈÜÖÄÁÍÓÚÇ"
_WORD = rf"[{_UPPER}][\w'’`´-]*\.?"
_PARTICLE = r"(?:af|von|van|der|den|de|la|le|du|di|da|el|al|bin|ibn|zu)"
#: A person's name: capitalised words, with initials and name particles ("Mette la Cour").
NAME = rf"(?-i:{_WORD}(?:[ ]+(?:{_PARTICLE}[ ]+)*{_WORD})*)"
#: A party (list) letter in parentheses after a name: "(V)", "(Ø)", "(ALT)", "(UP)".
PARTY = rf"\((?P<party>(?-i:[{_UPPER}]{{1,3}}))\)"

_PERSON = re.compile(rf"^(?P<name>{NAME})(?:[ ]*{PARTY})?$")
_LETTERS = re.compile(rf"^[{_UPPER}]{{1,2}}$")
_SPLIT = re.compile(r"\s*(?:,|;|\bog\b|\bsamt\b|&|\+)\s*")
# Words that begin with a capital in a sentence but are not names.
_NOT_NAMES = frozenset(
    {"Fraværende", "Afbud", "Udvalget", "Byrådet", "Kommunalbestyrelsen", "Formanden",
     "Borgmesteren", "Mødet", "Punktet", "Sagen", "Indstillingen", "Der", "Det", "Den", "De",
     "For", "Imod", "Ingen", "Alle", "Godkendt", "Et", "En", "Under", "Efter", "Før", "Kl",
     "Medlemmerne", "Næstformanden", "Stedfortræder", "Suppleant", "Beslutning", "Dagsorden",
     "Referat", "Bilag", "Indstilling", "Resume", "Sagsfremstilling"}
)  # fmt: skip


@attrs.frozen
class PersonName:
    """A person as the minutes name them.

    Attributes:
        name: The name as printed.
        party: The party letter printed after it, if any.
    """

    name: str
    party: str | None = None


def split_list(text: str) -> list[str]:
    """The parts of a Danish list ("A, B og C"), trimmed, empty parts dropped.

    Examples:
        >>> split_list("Martin Bech, Bettina Bøcker Kjeldsen og Niels Salling.")
        ['Martin Bech', 'Bettina Bøcker Kjeldsen', 'Niels Salling']
    """
    text = text.strip().rstrip(".:;")
    return [part.strip() for part in _SPLIT.split(text) if part and part.strip()]


def person(text: str) -> PersonName | None:
    """One person, "Name (P)" or "Name"; ``None`` when the text is not a name.

    Examples:
        >>> person("Karoline Bergkvist Søgaard (A)")
        PersonName(name='Karoline Bergkvist Søgaard', party='A')
        >>> person("til kl. 18.40") is None, person("ÅBNE SAGER") is None
        (True, True)
    """
    text = " ".join(text.split())
    text = text.removesuffix("()").rstrip()  # "Hans Østergaard ()": a party left empty
    found = _PERSON.match(text)
    if found is None:
        return None
    name = found["name"]
    if name.split()[0].rstrip(".") in _NOT_NAMES:
        return None
    if " " not in name and found["party"] is None:
        return None  # one word alone is not read as a person ("Dagsorden", "Socialchefen")
    if _LETTERS.match(name) and found["party"] is None:
        return None  # a bare party letter is not a person
    if found["party"] is None and all(w.isupper() and len(w) > 1 for w in name.split()):
        return None  # a heading in capitals ("ÅBNE SAGER"), not a name
    return PersonName(name, found["party"])


def people_in(text: str) -> list[PersonName] | None:
    """The people of a list, or ``None`` when any part of it is not a name.

    Examples:
        >>> people_in("Jens Andersen") == [PersonName("Jens Andersen")]
        True
        >>> people_in("Jens Andersen og et medlem") is None
        True
    """
    parts = split_people(text)
    if not parts:
        return None
    found = [person(part) or person(_OTHER_LIST.sub("", part)) for part in parts]
    if any(p is None for p in found):
        return None
    return [p for p in found if p is not None]


_OTHER_LIST = re.compile(r"\s*\([^()]{1,40}\)\s*$")


def split_people(text: str) -> list[str]:
    """A list split at commas and "og" outside parentheses.

    Examples:
        >>> split_people("Bo Hilsted (A), Knud Løkke Rasmussen (Frie Liberale) og Flemming Rømer")
        ['Bo Hilsted (A)', 'Knud Løkke Rasmussen (Frie Liberale)', 'Flemming Rømer']
    """
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    text = text.strip().rstrip(".:;")
    index = 0
    while index < len(text):
        char = text[index]
        depth += char == "("
        depth -= char == ")" and depth > 0
        if depth == 0 and (char in ",;&+" or text.startswith((" og ", " samt "), index)):
            parts.append("".join(current))
            current = []
            index += 1 if char in ",;&+" else (4 if text.startswith(" og ", index) else 6)
            continue
        current.append(char)
        index += 1
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def party_letters(text: str) -> tuple[str, ...] | None:
    """The party letters of a list ("A, F og Ø"), or ``None`` when it is not one."""
    parts = split_list(text.replace("(", " ").replace(")", " "))
    if not parts or not all(_LETTERS.match(part) for part in parts):
        return None
    return tuple(parts)


def name_key(name: str) -> str:
    """A name reduced for comparison: case, accents of foreign letters and spacing ignored.

    Danish letters (æ, ø, å) are kept: "Søren" and "Soren" are different spellings.

    Examples:
        >>> name_key("  Jens   KANNEGAARD Lundager ") == name_key("jens kannegaard lundager")
        True
    """
    kept = []
    for char in unicodedata.normalize("NFC", name.casefold()):
        if char in "æøå":
            kept.append(char)
            continue
        decomposed = unicodedata.normalize("NFD", char)
        kept.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return " ".join("".join(kept).replace(".", ". ").split())


def slug(text: str) -> str:
    """An id made of a name: lower case ASCII, æ→ae, ø→oe, å→aa, words joined by hyphens.

    Examples:
        >>> slug("Karoline Bergkvist Søgaard"), slug("Voksen- og Plejeudvalget")
        ('karoline-bergkvist-soegaard', 'voksen-og-plejeudvalget')
    """
    text = text.casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text)) or "x"
