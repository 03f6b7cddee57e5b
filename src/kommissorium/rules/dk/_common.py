"""Shared helpers of the Danish catalogue: legal sources with dates, scopes and look-ups."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta

from kommissorium.model import (
    CommitteeKind,
    ElectionPeriod,
    Function,
    Person,
    PersonKind,
)
from kommissorium.rules.engine import (
    Certainty,
    Context,
    Hit,
    LegalSource,
    Rule,
    RuleDoc,
    Severity,
)
from kommissorium.time import election_period
from kommissorium.time.elections import ElectionYearError

__all__ = [
    "GROUP_KINDS",
    "bek",
    "has_collegial_powers",
    "holds_position",
    "im",
    "is_special",
    "krvl",
    "kstl",
    "make",
    "not_special",
    "setup_day",
    "setup_period",
]

# Consolidations of lov om kommunernes styrelse whose § 17, stk. 4 the reference note compared
# (identical in all). Each is cited from its own date until the day before the next one; the
# date of a consolidation is not the day its amendments came into force, so near the edges the
# citation names the consolidation current on the day, not necessarily the text then in force.
# LBK 13/2026 is cited from 8 January 2026, the day retsinformation marks LBK 69/2024 repealed.
_KSTL: tuple[tuple[date, str], ...] = (
    (date(2008, 6, 27), "LBK nr. 696 af 27. juni 2008"),
    (date(2009, 6, 24), "LBK nr. 581 af 24. juni 2009"),
    (date(2010, 11, 1), "LBK nr. 1440 af 1. november 2010"),
    (date(2012, 8, 29), "LBK nr. 885 af 29. august 2012"),
    (date(2013, 7, 25), "LBK nr. 971 af 25. juli 2013"),
    (date(2014, 2, 19), "LBK nr. 186 af 19. februar 2014"),
    (date(2015, 6, 9), "LBK nr. 769 af 9. juni 2015"),
    (date(2017, 3, 28), "LBK nr. 318 af 28. marts 2017"),
    (date(2018, 1, 4), "LBK nr. 2 af 4. januar 2018"),
    (date(2018, 7, 6), "LBK nr. 1031 af 6. juli 2018"),
    (date(2019, 1, 15), "LBK nr. 47 af 15. januar 2019"),
    (date(2024, 1, 23), "LBK nr. 69 af 23. januar 2024"),
    (date(2026, 1, 8), "LBK nr. 13 af 5. januar 2026"),
)
_ONE_DAY = timedelta(days=1)


def _dated(
    editions: tuple[tuple[date, str], ...],
    law: str,
    paragraph: str,
    stk: int | None,
    pkt: int | None,
    *,
    before: bool,
    stk_from: date | None = None,
) -> tuple[LegalSource, ...]:
    out: list[LegalSource] = []
    if before:
        out.append(
            LegalSource(
                law=law,
                paragraph=paragraph,
                stk=stk if stk_from is None else None,
                pkt=pkt,
                valid_to=editions[0][0] - _ONE_DAY,
            )
        )
    for index, (start, consolidation) in enumerate(editions):
        end = editions[index + 1][0] - _ONE_DAY if index + 1 < len(editions) else None
        use_stk = stk if stk_from is None or start >= stk_from else None
        out.append(
            LegalSource(
                law=law,
                consolidation=consolidation,
                paragraph=paragraph,
                stk=use_stk,
                pkt=pkt,
                valid_from=start,
                valid_to=end,
            )
        )
    return tuple(out)


def kstl(
    paragraph: str, stk: int | None = None, pkt: int | None = None, *, stk_from: date | None = None
) -> tuple[LegalSource, ...]:
    """Citations of lov om kommunernes styrelse, one per consolidation, each with its dates.

    Before 27 June 2008 the law is cited without a consolidation (earlier texts not verified).
    ``stk_from`` drops the stk. number for consolidations before that date (where the numbering
    of the subsection was different or is not verified).
    """
    return _dated(
        _KSTL, "kommunestyrelsesloven", paragraph, stk, pkt, before=True, stk_from=stk_from
    )


# Consolidations of lov om kommunale og regionale valg (KRVL) whose § 6 text was read in the
# retsinformation dataset the reference note used (identical wording in all three): LBK 585/2008
# (issued 23 June 2008), LBK 771/2017 (issued 21 June 2017, in force 22 June 2017, marked
# repealed on 26 September 2017) and LBK 1135/2025 (issued 22 September 2025, in force
# 25 September 2025). Consolidations issued between 2008 and 2017 were not checked, so LBK
# 585/2008 is cited until LBK 771/2017; the consolidations that replaced LBK 771/2017 before
# 2025 were not found, so that period names no number and says so. Each is cited from its date
# of issue, like the kommunestyrelsesloven table above.
_KRVL: tuple[tuple[date, str], ...] = (
    (date(2008, 6, 23), "LBK nr. 585 af 23. juni 2008"),
    (date(2017, 6, 21), "LBK nr. 771 af 21. juni 2017"),
    (date(2017, 9, 26), "LBK afløst efter nr. 771 af 21. juni 2017 (nummer ikke verificeret)"),
    (date(2025, 9, 22), "LBK nr. 1135 af 22. september 2025"),
)


def krvl(paragraph: str, stk: int | None = None) -> tuple[LegalSource, ...]:
    """Citations of lov om kommunale og regionale valg, one per consolidation, with dates.

    LBK 585/2008, LBK 771/2017 and LBK 1135/2025 (the ones whose § 6 was read); between
    26 September 2017 and 21 September 2025 the consolidation in force was not verified and
    the citation says so; before 23 June 2008 no consolidation is named.

    Examples:
        >>> from datetime import date
        >>> [s.text for s in krvl("§ 6", 3) if s.applies_on(date(2016, 6, 29))]
        ['lov om kommunale og regionale valg § 6, stk. 3 (LBK nr. 585 af 23. juni 2008)']
        >>> [s.consolidation for s in krvl("§ 6", 3) if s.applies_on(date(2026, 1, 1))]
        ['LBK nr. 1135 af 22. september 2025']
    """
    return _dated(_KRVL, "lov om kommunale og regionale valg", paragraph, stk, None, before=True)


#: Vederlagsbekendtgørelsen: the two orders whose § 7 text was read (same wording). Each is cited
#: from its date of issue; their in-force dates were not verified.
BEK_VALID_FROM = date(2021, 10, 28)


def bek(paragraph: str, stk: int | None = None) -> tuple[LegalSource, ...]:
    """Citations of the vederlagsbekendtgørelse: BEK 2001/2021, then BEK 1325/2025."""
    return _dated(
        (
            (BEK_VALID_FROM, "BEK nr. 2001 af 28. oktober 2021"),
            (date(2025, 11, 13), "BEK nr. 1325 af 13. november 2025"),
        ),
        "vederlagsbekendtgørelsen",
        paragraph,
        stk,
        None,
        before=False,
    )


def im(*statements: str) -> tuple[LegalSource, ...]:
    """Interior Ministry statements (resumédatabasen), such as ``"01.1.6 (15-10-2001)"``."""
    return (LegalSource(statements=tuple(f"IM resumé {s}" for s in statements)),)


GROUP_KINDS = frozenset({CommitteeKind.WORKING_GROUP, CommitteeKind.POLITICAL_STEERING_GROUP})
"""Kinds that are § 17, stk. 4 committees in law when they have collegial powers (R02)."""


def has_collegial_powers(ctx: Context) -> bool:
    """Whether the mandate gives the body decision powers or lets it make recommendations.

    Recommendations are recognised by deliverables addressed to a body or a reporting line.
    """
    m = ctx.dossier.mandate
    if m.powers.granted:
        return True
    if any(d.to for d in m.deliverables):
        return True
    return m.reporting is not None and bool(m.reporting.to)


def is_special(ctx: Context) -> bool:
    """Whether the committee is a § 17, stk. 4 committee (by kind, or by its powers: R02)."""

    def compute() -> bool:
        kind = ctx.committee.kind
        if kind is CommitteeKind.SPECIAL_17_4:
            return True
        return kind in GROUP_KINDS and has_collegial_powers(ctx)

    result: bool = ctx.memo("dk.special", compute)
    return result


def not_special(ctx: Context) -> bool:
    """The opposite of :func:`is_special`."""
    return not is_special(ctx)


def setup_day(ctx: Context) -> date | None:
    """The day the committee was set up: the establishing decision's date, else the term start."""
    m = ctx.dossier.mandate
    if m.established_by is not None and m.established_by.date is not None:
        return m.established_by.date
    if m.term is not None:
        return m.term.start
    return None


def setup_period(ctx: Context) -> ElectionPeriod | None:
    """The election period the committee was set up in (``None`` without a date).

    The council's own election period is used when it contains the set-up day; otherwise the
    regular period from KRVL § 6.
    """

    def compute() -> ElectionPeriod | None:
        day = setup_day(ctx)
        if day is None:
            return None
        council = ctx.dossier.council
        if council is not None and day in council.election_period:
            return council.election_period
        try:
            return election_period(day)
        except ElectionYearError:
            return None

    result: ElectionPeriod | None = ctx.memo("dk.setup_period", compute)
    return result


def holds_position(person: Person, position: str) -> bool:
    """Whether the person holds a named position (``positions`` or ``title``, any case)."""
    if position in person.positions or person.title == position:
        return True  # the exact spelling: no need to normalise
    wanted = position.casefold().strip()
    if any(p.casefold().strip() == wanted for p in person.positions):
        return True
    return person.title is not None and person.title.casefold().strip() == wanted


def is_employee(person: Person) -> bool:
    """Whether the person is a municipal employee."""
    return person.kind is PersonKind.EMPLOYEE


ADVISORY_FUNCTIONS = frozenset({Function.PREPARATORY, Function.ADVISORY})


def make(
    code: str,
    name: str,
    severity: Severity,
    certainty: Certainty,
    *,
    title: tuple[str, str],
    message: tuple[str, str],
    check: Callable[[Context], Iterable[Hit]],
    sources: tuple[LegalSource, ...],
    doc: RuleDoc,
    scope: Callable[[Context], bool] | None = is_special,
    valid_from: date | None = None,
    valid_to: date | None = None,
) -> Rule:
    """Build a rule of the Danish catalogue (special committees only unless ``scope`` says so)."""
    return Rule(
        code=code,
        name=name,
        severity=severity,
        certainty=certainty,
        title_da=title[0],
        title_en=title[1],
        message_da=message[0],
        message_en=message[1],
        check=check,
        sources=sources,
        valid_from=valid_from,
        valid_to=valid_to,
        doc=doc,
        scope=scope,
    )
