"""The layout of a minutes text: the meeting header, the agenda items and their sections.

Danish minutes follow one template whatever system prints them: a header (body, date, place,
attendance), then one block per agenda item — a number and title, the case number with "Åben
sag"/"Lukket punkt", and sections under headings such as Resume, Sagsfremstilling, Sagsgang,
Indstilling, Beslutning, Fraværende and Bilag. This module finds those blocks in plain text by
their headings; it reads no facts.

Examples:
    >>> text = '''Byrådet - Referat
    ... Dato: 29. januar 2020
    ...
    ... 1. Fraværende
    ... Resume
    ... Sagsforløb: BY
    ... Beslutning
    ... Martin Bech var fraværende.
    ...
    ... 2. Godkendelse af dagsorden
    ... Indstilling
    ... 1. at dagsordenen godkendes
    ... Beslutning
    ... Godkendt.
    ... '''
    >>> page = layout(text)
    >>> [(text[i.number[0]:i.number[1]], text[i.title[0]:i.title[1]]) for i in page.items]
    [('1', 'Fraværende'), ('2', 'Godkendelse af dagsorden')]
    >>> [s.kind for s in page.items[1].sections]
    ['proposal', 'decision']
    >>> text[page.header[0]:page.header[1]].splitlines()[0]
    'Byrådet - Referat'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

__all__ = [
    "BULLET",
    "CASE_LINE",
    "HEADINGS",
    "HEAD_CASE",
    "ItemBlock",
    "Layout",
    "Line",
    "Section",
    "layout",
    "lines_of",
]

#: Section headings, by the kind of section they open. A line that is one of these (with or
#: without a colon) starts a section; for the kinds marked inline below, "Heading: text" on one
#: line does too.
HEADINGS: dict[str, tuple[str, ...]] = {
    "resume": ("resume", "resumé", "sagsresume", "kort resume", "resume og indstilling"),
    "case": (
        "sagsfremstilling", "supplerende sagsfremstilling", "sagens indhold", "sagsbeskrivelse",
        "baggrund", "beskrivelse", "beslutningstema", "tidligere beslutninger", "lovgrundlag",
        "lovgrundlag og beslutningskompetence", "retsgrundlag", "økonomi",
        "økonomiske konsekvenser", "økonomi og finansiering", "bevillingsmæssige konsekvenser",
        "høring", "kommunikation", "personale", "miljøvurdering", "vurdering",
        "administrationens vurdering", "forvaltningens vurdering", "videre proces", "tidsplan",
        "borgerinddragelse", "politisk behandling", "beslutningskompetence",
        "sammenhæng til andre politikker/strategier og fagområder", "sagsbehandling",
        "konsekvenser", "bemærkninger", "tilbagemelding", "orientering", "sagen",
        "historik", "begrundelse", "handicappolitiske konsekvenser", "klimakonsekvenser",
        "afledt drift", "økonomiske og personalemæssige konsekvenser", "problemstilling",
        "løsning", "alternativer", "risici", "risikovurdering", "sagens kerne", "formål",
        "indkomne spørgsmål", "inddragelse og høring", "sagens baggrund", "sammenfatning",
        "sagstema", "redegørelse", "andre konsekvenser", "politiske beslutninger og aftaler",
        "klima-, miljø- og bæredygtighedsmæssige konsekvenser", "sagsbeskrivelse og vurdering",
    ),
    "route": (
        "sagsgang", "sagsforløb", "behandlingsforløb", "beslutningsproces",
        "sagsgang og sagstype", "høring og sagsgang",
    ),
    "proposal": (
        "indstilling", "indstillinger", "forslag til beslutning", "administrationens indstilling",
        "forvaltningens indstilling", "direktionens indstilling", "indstilling til beslutning",
        "forslag", "anbefaling", "indstilling og beslutning",
    ),
    "decision": (
        "beslutning", "beslutninger", "udvalgets beslutning", "byrådets beslutning",
        "kommunalbestyrelsens beslutning", "afgørelse", "beslutning og bemærkninger",
        "udvalgets behandling", "behandling", "referat", "protokol", "beslutningsprotokol",
    ),
    "absence": (
        "fraværende", "afbud", "fraværende med afbud", "fraværende uden afbud", "fravær",
        "fremmøde og inhabilitet", "fraværende i mødet", "inhabilitet", "fraværende/afbud",
        "fravær og inhabilitet", "afbud/fravær", "afbud/fraværende", "stedfortræder",
        "stedfortrædere", "ikke til stede", "ikke tilstede", "afbud fra", "fraværende fra mødet",
    ),
    "present": (
        "deltagere", "til stede", "tilstede", "medlemmer", "mødedeltagere", "deltager",
        "udvalgsmedlemmer", "fremmødte",
    ),
    "attachments": ("bilag", "bilagsfortegnelse", "vedlagte bilag", "bilagsliste"),
    "remark": ("protokolbemærkning", "protokolbemærkninger", "protokoltilførsel",
               "mindretalsudtalelse"),
}  # fmt: skip
_INLINE = frozenset({"route", "absence", "present", "decision", "proposal"})
# A heading run together with its first words ("BeslutningGodkendt.", "Fraværende- Hans …").
_GLUED = re.compile(
    r"^(?P<word>Beslutning|Indstilling|Fraværende|Sagsfremstilling|Resume|Bilag|Afbud)"
    r"(?P<sep>-\s*|(?=[A-ZÆØÅ]))\S"
)
# "Fraværende i Thisted Kommunalbestyrelse - 29. marts 2022:"
_ABSENT_IN = re.compile(r"^(?:fraværende|afbud)\s+(?:i|fra|ved)\s+.{3,100}:$", re.IGNORECASE)
_BY_WORDS = {words: kind for kind, names in HEADINGS.items() for words in names}

# "Beslutning i Voksen- og plejeudvalget den 26-10-2023", "Beslutning Økonomiudvalget den …",
# "Beslutning den 26-10-2023".
_DECISION_IN = re.compile(
    r"^(?:beslutning|behandling|referat)\s*:?(?:\s+i|\s+fra)?(?:\s+(?P<body>.+?))?\s+(?:den|d\.)\s+"
    r"(?P<date>\S.*?)\s*:?$|"
    r"^(?P<body2>[A-ZÆØÅ].{2,80}?)s\s+(?:beslutning|behandling)(?:\s+i\s+mødet)?\s+(?:den|d\.)\s+"
    r"(?P<date2>\S.*?)\s*:?$",
    re.IGNORECASE,
)
# "Kultur- og Idrætsudvalget, 03-04-2019, pkt. 44" (Roskilde), also with a Danish date; an
# optional ": text" after it is the decision itself ("…, pkt. 153: Indstilles godkendt.").
_BODY_DATE_ITEM = re.compile(
    r"^(?P<body>[A-ZÆØÅ][^,:]{2,80}?),\s+(?:den\s+)?(?P<date>\d{1,2}[-./]\d{1,2}[-./]\d{4}|"
    r"\d{1,2}\.\s+[a-zæøå]+\.?\s+\d{4}|\d{4}-\d{2}-\d{2}),?\s+(?:pkt|punkt)\.?\s*"
    r"(?P<item>\d+[a-z]?)\s*[.:]?(?:\s+(?P<rest>\S.*))?$",
)
_ITEM_PKT = re.compile(
    r"^(?:[•·*-]\s*)?(?P<toc>Indholdsfortegnelse)?(?-i:Pkt|PKT|Punkt|PUNKT|Dagsordenspunkt|Nr|"
    r"Sag\s+nr)\.?\s*(?P<num>\d{1,3}(?:\.\d{1,2})?[a-z]?)\b(?![)/,])[.:]?\s*(?:[-–]\s+)?"
    r"(?P<title>.*)$",
    re.IGNORECASE,
)
_ITEM_NUM = re.compile(
    r"^(?P<bullet>[•·*]\s*)?(?P<toc>Indholdsfortegnelse)?(?P<num>\d{1,3}(?:\.\d{1,2})?[a-z]?)"
    r"(?:[.)]|\s*[-:]|(?(bullet)(?:\s(?=[A-ZÆØÅ])|$)|(?!)))\s*(?P<title>\S.{1,250})?$"
)
BULLET = re.compile(r"^[•·*▪◦-]\s+")
#: A case number line: "Sagsnr. 299835", "Sagsnummer: 23/2079", or "23/2079 Åben Sag".
CASE_LINE = re.compile(
    r"^(?:(?:Sagsnr|Sagsnummer|Sags\s*nr|Sagsid|Sags-id|J\.\s*nr|Journalnr)\.?\s*:?\s*"
    r"(?P<num>[\w][\w./:-]*)|(?P<bare>\d{2}/\d{2,7}|\d{2}\.\d{2}\.\d{2}-[A-ZØ]\d{2}-\d+-\d{2}|"
    r"\d{4}-\d{4,8})\s+(?=(?:Åben|Åbent|Lukket)\b)|\((?P<paren>[A-ZÆØÅ]{2,5}\s+\d{1,5}/\d{2,4})\))"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
#: A case-number label on a line of its own, with the number on the next line.
CASE_LABEL = re.compile(r"^(?:Sagsnummer|Sagsnr|Sags\s*nr|Sagsid|Sag)\.?\s*:?\s*$", re.IGNORECASE)
#: A committee's case number printed before the title: "Nr. 28 BR 40/04. Aftale om salg".
HEAD_CASE = re.compile(r"^(?P<case>[A-ZÆØÅ]{2,5}\s+\d{1,5}/\d{2,4})\.\s+")
_OPEN = re.compile(r"\b(?P<state>Åben|Åbent|Lukket)\s+(?:sag|punkt|dagsordenspunkt)\b", re.I)


@attrs.frozen
class Line:
    """A line of the text: its content (without surrounding blanks) and offsets."""

    start: int
    end: int
    text: str


@attrs.frozen(kw_only=True)
class Section:
    """A section of an item: its kind, its heading and its body.

    Attributes:
        kind: ``resume``, ``case``, ``route``, ``proposal``, ``decision``, ``absence``,
            ``present``, ``attachments``, ``remark`` or ``earlier`` (a heading naming an
            earlier body, day and item).
        heading: Offsets of the heading text.
        body: Offsets of the section's text after the heading (on the same line for
            "Heading: text" forms).
        body_name: Offsets of the body named by a decision heading, if any.
        date: Offsets of the date named by a decision heading, if any.
        item: Offsets of the item number named by an "earlier" heading, if any.
    """

    kind: str
    heading: tuple[int, int]
    body: tuple[int, int]
    body_name: tuple[int, int] | None = None
    date: tuple[int, int] | None = None
    item: tuple[int, int] | None = None


@attrs.frozen(kw_only=True)
class ItemBlock:
    """One agenda item's block of text.

    Attributes:
        start: Offset of the item's first line.
        end: Offset just after the item.
        number: Offsets of the item number, if printed.
        title: Offsets of the title, if found.
        header: Offsets of the lines between the title and the first section (case number,
            "Åben sag", the body's name …).
        sections: The sections in order.
        case_number: Offsets of a case number printed before the title ("Nr. 28 BR 40/04.
            Aftale om salg"), if any.
    """

    start: int
    end: int
    number: tuple[int, int] | None = None
    title: tuple[int, int] | None = None
    header: tuple[int, int]
    sections: tuple[Section, ...] = ()
    case_number: tuple[int, int] | None = None


@attrs.frozen(kw_only=True)
class Layout:
    """The blocks of a minutes text.

    Attributes:
        header: Offsets of the text before the first item (the meeting header).
        header_sections: Sections inside the meeting header ("Fraværende: …", "Deltagere:").
        items: The items in order.
    """

    header: tuple[int, int]
    header_sections: tuple[Section, ...] = ()
    items: tuple[ItemBlock, ...] = ()


def lines_of(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The non-blank lines of ``text[start:end]`` with their offsets in ``text``."""
    stop = len(text) if end is None else end
    out = []
    position = start
    while position < stop:
        newline = text.find("\n", position, stop)
        line_end = stop if newline == -1 else newline
        raw = text[position:line_end]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            first = position + lead
            out.append(Line(first, first + len(stripped), stripped))
        position = line_end + 1
    return out


def _heading(line: Line) -> Section | None:
    """The section a line opens, if it is a heading (a bullet before it is allowed)."""
    bullet = BULLET.match(line.text)
    if bullet is not None:
        line = Line(line.start + bullet.end(), line.end, line.text[bullet.end() :])
    text = line.text
    bare = text.rstrip(":|").rstrip().casefold()
    kind = _BY_WORDS.get(bare)
    if kind is not None:
        return Section(kind=kind, heading=(line.start, line.end), body=(line.end, line.end))
    glued = _GLUED.match(text)
    if glued is not None:
        # "BeslutningGodkendt.", "Fraværende- Hans Østergaard ()": a page's text run together
        word = glued["word"]
        rest = len(word) + len(glued["sep"])
        return Section(
            kind=_BY_WORDS[word.casefold()],
            heading=(line.start, line.start + len(word)),
            body=(line.start + rest, line.end),
        )
    absent_in = _ABSENT_IN.match(text)
    if absent_in is not None:
        return Section(kind="absence", heading=(line.start, line.end), body=(line.end, line.end))
    found = _DECISION_IN.match(text)
    if found is not None and len(text) <= 140:
        which = "" if found["date"] is not None else "2"
        named = found.span("body" + which) if found["body" + which] else None
        day = found.span("date" + which)
        return Section(
            kind="decision",
            heading=(line.start, line.end),
            body=(line.end, line.end),
            body_name=None if named is None else (line.start + named[0], line.start + named[1]),
            date=(line.start + day[0], line.start + day[1]),
        )
    found = _BODY_DATE_ITEM.match(text)
    if found is not None:
        rest_start = found.start("rest") if found["rest"] else len(text)
        return Section(
            kind="earlier",
            heading=(line.start, line.start + rest_start),
            body=(line.start + rest_start, line.end),
            body_name=(line.start + found.start("body"), line.start + found.end("body")),
            date=(line.start + found.start("date"), line.start + found.end("date")),
            item=(line.start + found.start("item"), line.start + found.end("item")),
        )
    colon = text.find(":")
    if 0 < colon <= 40:
        head = text[:colon].strip().casefold()
        kind = _BY_WORDS.get(head)
        if kind in _INLINE:
            after = colon + 1
            while after < len(text) and text[after] == " ":
                after += 1
            return Section(
                kind=kind,
                heading=(line.start, line.start + colon + 1),
                body=(line.start + after, line.end),
            )
    return None


def _opens_item(
    lines: list[Line], index: int, headings: dict[int, Section], *, in_proposal: bool
) -> bool:
    """Whether the lines after a numbered line look like the start of an item.

    The next line must be a case number, "Åben/Lukket sag", or a heading that opens an item;
    one line between them is allowed when it is short and not a sentence (a body's name, a
    title's second line). Inside an Indstilling a numbered line is a clause unless a case
    number or an item-opening heading other than Beslutning follows it.
    """
    openers: tuple[str, ...] = (
        "resume",
        "case",
        "route",
        "proposal",
        "decision",
        "earlier",
        "absence",
    )
    if in_proposal:
        openers = ("resume", "case", "route", "proposal")
    following = [x for x in lines[index + 1 : index + 6] if not _FURNITURE.match(x.text)]
    for step, look in enumerate(following[:2]):
        if CASE_LINE.match(look.text) or _OPEN.search(look.text) or CASE_LABEL.match(look.text):
            return True
        section = headings.get(look.start)
        if section is not None:
            return section.kind in openers
        if step == 0 and (
            len(look.text) > 90
            or look.text.endswith(".")
            or _ITEM_NUM.match(look.text)
            or _ITEM_PKT.match(look.text)
        ):
            return False
    return False


def _number_value(number: str) -> float | None:
    found = re.match(r"\d+(?:\.\d+)?", number)
    return float(found.group()) if found else None


def _items(text: str, lines: list[Line], headings: dict[int, Section]) -> list[ItemBlock]:
    heads: list[tuple[int, tuple[int, int], tuple[int, int] | None, tuple[int, int] | None]] = []
    last_number: float | None = None
    in_proposal = False
    for index, line in enumerate(lines):
        section = headings.get(line.start)
        if section is not None:
            in_proposal = section.kind == "proposal"
            continue
        found = _ITEM_PKT.match(line.text)
        explicit = found is not None
        if found is None:
            found = _ITEM_NUM.match(line.text)
            explicit = found is not None and found["bullet"] is not None
        if found is None:
            continue
        title = (found["title"] or "").strip()
        if title.casefold().startswith(("at ", "at:", "godkendt", "ad ")):
            continue
        if title and len(re.findall(r"[^\W\d_]", title)) < 2:
            continue  # "16.8.2016", "1. 2." : a date or a number, not an item
        if title.endswith(".") and len(title.split()) >= 3 and not found.groupdict().get("bullet"):
            continue  # "Punkt 9 behandles som punkt 5.": a sentence, not a title
        if not explicit and not _opens_item(lines, index, headings, in_proposal=in_proposal):
            continue
        value = _number_value(found["num"])
        if (
            not explicit
            and last_number is not None
            and value is not None
            and value <= last_number
            and not found["bullet"]
        ):
            continue
        number = (line.start + found.start("num"), line.start + found.end("num"))
        title_span = (line.start + found.start("title"), line.end) if title else None
        head_start = line.start
        if (
            explicit
            and not title
            and line.text.lower().startswith("sag")
            and index > 0
            and lines[index - 1].start not in headings
            and len(lines[index - 1].text) <= 200
            and not lines[index - 1].text.endswith((".", ":"))
        ):
            # "Spørgetid / Sag nr. 129" (Rødovre): the title is the line above
            title_span = (lines[index - 1].start, lines[index - 1].end)
            head_start = lines[index - 1].start
        case_span = None
        if title_span is not None:
            # the title ends before trailing markers such as "( )"
            title_text = re.sub(r"\s*\(\s*\)\s*$", "", text[title_span[0] : title_span[1]])
            title_span = (title_span[0], title_span[0] + len(title_text))
            head_case = HEAD_CASE.match(title_text)
            if head_case is not None:
                case_span = (title_span[0], title_span[0] + head_case.end("case"))
                title_span = (title_span[0] + head_case.end(), title_span[1])
        heads.append((head_start, number, title_span, case_span))
        if value is not None:
            last_number = value
        in_proposal = False
    blocks = []
    for position, (start, number, title, case_span) in enumerate(heads):
        end = heads[position + 1][0] if position + 1 < len(heads) else len(text)
        block = _block(text, lines, headings, start, end, number, title)
        blocks.append(attrs.evolve(block, case_number=case_span))
    return _drop_contents_entries(text, blocks)


def _drop_contents_entries(text: str, blocks: list[ItemBlock]) -> list[ItemBlock]:
    """Drop table-of-contents entries: an empty block whose number comes again later."""
    kept = []
    for index, block in enumerate(blocks):
        number = None if block.number is None else text[block.number[0] : block.number[1]]
        later = {
            text[b.number[0] : b.number[1]] for b in blocks[index + 1 :] if b.number is not None
        }
        if number is not None and number in later and not block.sections:
            continue
        kept.append(block)
    return kept


def _block(
    text: str,
    lines: list[Line],
    headings: dict[int, Section],
    start: int,
    end: int,
    number: tuple[int, int] | None,
    title: tuple[int, int] | None,
    *,
    head_line: bool = True,
) -> ItemBlock:
    """An item's block; ``head_line`` says whether its first line is the item's heading."""
    inside = [line for line in lines if start <= line.start < end]
    first_line_end = inside[0].end if inside and head_line else start
    if head_line and title is None and len(inside) > 1 and inside[1].start not in headings:
        candidate = inside[1]
        if not CASE_LINE.match(candidate.text):
            title = (candidate.start, candidate.end)
            first_line_end = candidate.end
    sections = _sections(text, inside[1:] if head_line else inside, headings, end)
    header_end = sections[0].heading[0] if sections else end
    return ItemBlock(
        start=start,
        end=end,
        number=number,
        title=title,
        header=(min(first_line_end, header_end), header_end),
        sections=tuple(sections),
    )


def _sections(
    text: str, lines: Iterable[Line], headings: dict[int, Section], end: int
) -> list[Section]:
    opened = [headings[line.start] for line in lines if line.start in headings]
    out = []
    for index, section in enumerate(opened):
        stop = opened[index + 1].heading[0] if index + 1 < len(opened) else end
        if section.body[0] != section.body[1] or section.kind == "earlier":
            # "Heading: text": the body runs from the text on the heading's line on
            body = (section.body[0], stop) if section.body[1] < stop else section.body
            if section.kind == "earlier" and section.body[0] == section.body[1]:
                body = (section.heading[1], stop)
        else:
            body = (section.heading[1], stop)
        out.append(attrs.evolve(section, body=(body[0], max(body[0], body[1]))))
    return out


#: Page furniture that precedes an item's title on some sites.
_FURNITURE = re.compile(
    r"^(?:søg|se alle bilag|udskriv|print|you are here|du er her|til toppen|til top|menu|luk|"
    r"gå ikke glip af.*|accepter cookies|vi bruger cookies.*|fold alle ud|skip navigationen|"
    r"kopier link til punktet.*|skip til hoved indholdet)$",
    re.IGNORECASE,
)
_OPEN_ALONE = re.compile(r"^(?:Åben|Åbent|Lukket)(?:\s+(?:sag|punkt))?$", re.IGNORECASE)
_FIELD = re.compile(r"^[A-ZÆØÅ][\wæøå .-]{1,30}:\s+\S")


def _single_item(text: str, lines: list[Line], headings: dict[int, Section]) -> ItemBlock:
    """A document with no numbered items: one item.

    Header fields ("Mødedato: …") and page furniture before it belong to the meeting; the item's
    title is the first other line when a case number follows it (the seeds' form: title, then
    "23/2079 Åben Sag"), or a short line above the first heading; a document that starts with
    a heading has no title.
    """
    index = 0
    while index < len(lines) - 1 and (
        _FURNITURE.match(lines[index].text)
        or (_FIELD.match(lines[index].text) and lines[index].start not in headings)
    ):
        index += 1
    body = lines[index:]
    first = body[0]
    if first.start in headings:
        return _block(text, body, headings, first.start, len(text), None, None, head_line=False)
    title = None
    for step in range(1, min(3, len(body))):
        if CASE_LINE.match(body[step].text) or _OPEN.search(body[step].text):
            title = (first.start, first.end)
            break
    following = [line for line in body[1:4] if not _FURNITURE.match(line.text)]
    if (
        title is None
        and following
        and (following[0].start in headings or any(line.start in headings for line in body[1:6]))
        and len(first.text) <= 200
        and not first.text.endswith((".", ":"))
    ):
        title = (first.start, first.end)
    return _block(text, body, headings, first.start, len(text), None, title)


def _items_by_case_number(
    text: str, lines: list[Line], headings: dict[int, Section]
) -> list[ItemBlock]:
    """Items that pages print without numbers or titles, one per case-number line.

    Some pages (Aabenraa's) start each item with "Sagsid.: 20/33839, …" alone; with two or
    more such lines and decisions in the text, each starts an item.
    """
    starts = [
        line
        for line in lines
        if line.start not in headings
        and (CASE_LINE.match(line.text) or _OPEN_ALONE.match(line.text))
    ]
    if len(starts) < 2 or not any(s.kind == "decision" for s in headings.values()):
        return []
    blocks = []
    for index, line in enumerate(starts):
        end = starts[index + 1].start if index + 1 < len(starts) else len(text)
        inside = [x for x in lines if line.start <= x.start < end]
        sections = _sections(text, inside[1:], headings, end)
        header_end = sections[0].heading[0] if sections else end
        blocks.append(
            ItemBlock(
                start=line.start,
                end=end,
                header=(line.start, header_end),
                sections=tuple(sections),
            )
        )
    return blocks


def layout(text: str) -> Layout:
    """The meeting header and item blocks of a minutes text."""
    lines = lines_of(text)
    headings = {line.start: s for line in lines if (s := _heading(line)) is not None}
    items = _items(text, lines, headings)
    if not items:
        items = _items_by_case_number(text, lines, headings)
    if not items and lines and any(s.kind in ("decision", "proposal") for s in headings.values()):
        single = _single_item(text, lines, headings)
        header_lines = [line for line in lines if line.start < single.start]
        return Layout(
            header=(0, single.start),
            header_sections=tuple(_sections(text, header_lines, headings, single.start)),
            items=(single,),
        )
    header_end = items[0].start if items else len(text)
    header_lines = [line for line in lines if line.start < header_end]
    return Layout(
        header=(0, header_end),
        header_sections=tuple(_sections(text, header_lines, headings, header_end)),
        items=tuple(items),
    )
