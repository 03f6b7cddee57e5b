"""The jurisdiction-neutral rules engine: rules, findings, reports and :func:`check`.

A :class:`Rule` has a stable code, a kebab-case name for the problem, a severity, a certainty
(how sure the law behind it is), its legal sources with the dates they apply between, message
templates in Danish and English, and documentation whose examples are run as tests. A rule's
``check`` function receives a :class:`Context` — the dossier, the check date and indexes built
once per check — and yields :class:`Hit` objects; the engine turns them into :class:`Finding`
objects, applies the dossier's accepted findings, and returns a :class:`Report` with every
finding in a deterministic order. It never stops at the first finding.

A hit with ``missing`` set means the rule could not be evaluated for lack of data; it becomes
an info finding that says what is missing, rather than a silent pass.

Examples:
    >>> from datetime import date
    >>> from kommissorium.model import Committee, Dossier
    >>> def no_name(ctx):
    ...     if not ctx.committee.name.strip():
    ...         yield Hit(path="committee.name")
    >>> rule = Rule(code="XMP101", name="committee-name-empty", severity=Severity.ERROR,
    ...             certainty=Certainty.HIGH, title_da="Udvalget har et navn",
    ...             title_en="The committee has a name", message_da="Udvalget mangler et navn.",
    ...             message_en="The committee has no name.", check=no_name)
    >>> profile = Profile(name="example", rules=(rule,))
    >>> report = check(Dossier(committee=Committee(id="u", name=" ")), on=date(2024, 1, 1),
    ...                profile=profile)
    >>> [(f.code, f.severity.value, f.path) for f in report.findings], report.has_errors
    ([('XMP101', 'error', 'committee.name')], True)
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any, Literal

import attrs

from kommissorium.errors import KommissoriumError
from kommissorium.model import (
    AcceptedFinding,
    Committee,
    Dossier,
    Membership,
    Person,
    Role,
)

__all__ = [
    "NO_LEGAL_SOURCE",
    "UNUSED_ACCEPTANCE",
    "Certainty",
    "Context",
    "Finding",
    "Hit",
    "Lang",
    "LegalSource",
    "Profile",
    "Report",
    "Rule",
    "RuleDoc",
    "RuleSelectionError",
    "Severity",
    "Skipped",
    "Text",
    "check",
    "format_value",
    "natural_key",
]

Lang = Literal["da", "en"]


class RuleSelectionError(KommissoriumError, ValueError):
    """A ``select``/``ignore`` code or prefix that matches no rule of the profile."""


class Severity(enum.StrEnum):
    """How serious a finding is."""

    ERROR = "error"
    """The committee as described breaks a rule of law."""
    WARNING = "warning"
    """Probably a problem, or legally fragile; look at it."""
    INFO = "info"
    """Worth knowing; also used when a rule could not be evaluated."""

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for info (the order reports use)."""
        return _SEVERITY_RANK[self.value]

    def label(self, lang: Lang) -> str:
        """The severity's name in Danish or English."""
        return _SEVERITY_LABELS[self.value][0 if lang == "da" else 1]


_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
_SEVERITY_LABELS = {
    "error": ("fejl", "error"),
    "warning": ("advarsel", "warning"),
    "info": ("info", "info"),
}


class Certainty(enum.StrEnum):
    """How sure the legal ground of a rule is (see the reference note's labels)."""

    HIGH = "high"
    """Statute text or an official ministry statement read in full."""
    MEDIUM = "medium"
    """Follows from the sources with one interpretive step, or consistent practice."""
    LOW = "low"
    """No authoritative source: a design decision or heuristic."""

    def label(self, lang: Lang) -> str:
        """The certainty's name in Danish or English."""
        return _CERTAINTY_LABELS[self.value][0 if lang == "da" else 1]


_CERTAINTY_LABELS = {"high": ("høj", "high"), "medium": ("middel", "medium"), "low": ("lav", "low")}


@attrs.frozen(kw_only=True)
class LegalSource:
    """A citation: a provision of a law or order, and/or the ministry statements behind a rule.

    Attributes:
        law: Short name of the law or order (``"kommunestyrelsesloven"``); ``None`` when the
            source is only ministry statements.
        consolidation: The consolidated text or order cited, with number and date
            (``"LBK nr. 13 af 5. januar 2026"``).
        paragraph: The paragraph (``"§ 17"``).
        stk: The subsection (stykke).
        pkt: The sentence (punktum).
        statements: Ministry or supervisory statements (``"IM resumé 01.1.6 (15-10-2001)"``).
        url: Where the text can be read.
        valid_from: First day the citation applies (inclusive); ``None`` for no lower bound.
        valid_to: Last day the citation applies (inclusive); ``None`` for no upper bound.

    Examples:
        >>> s = LegalSource(law="kommunestyrelsesloven",
        ...                 consolidation="LBK nr. 13 af 5. januar 2026",
        ...                 paragraph="§ 17", stk=4, pkt=2)
        >>> s.text
        'kommunestyrelsesloven § 17, stk. 4, 2. pkt. (LBK nr. 13 af 5. januar 2026)'
        >>> LegalSource(statements=("IM resumé 01.1.6 (15-10-2001)",)).text
        'IM resumé 01.1.6 (15-10-2001)'
    """

    law: str | None = None
    consolidation: str | None = None
    paragraph: str | None = None
    stk: int | None = None
    pkt: int | None = None
    statements: tuple[str, ...] = ()
    url: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None

    def applies_on(self, day: date) -> bool:
        """Whether the citation is the one to use for a check made for ``day``."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day <= self.valid_to

    @property
    def provision(self) -> str:
        """Law and provision without the consolidation (``kommunestyrelsesloven § 17, stk. 4``)."""
        parts = [p for p in (self.law, self.paragraph) if p]
        text = " ".join(parts)
        if self.stk is not None:
            text += f", stk. {self.stk}"
        if self.pkt is not None:
            text += f", {self.pkt}. pkt."
        return text

    @property
    def text(self) -> str:
        """The citation as one line of text."""
        text = self.provision
        if self.consolidation:
            text += f" ({self.consolidation})"
        if self.statements:
            text = "; ".join(([text] if text else []) + list(self.statements))
        return text


@attrs.frozen(kw_only=True)
class RuleDoc:
    """A rule's documentation. The examples are complete committee files and are run as tests.

    Attributes:
        what: What the rule checks.
        why: Why it matters, with the legal reasoning.
        fail_example: A committee file (TOML) that triggers the rule.
        pass_example: A committee file (TOML) that does not.
        example_on: The check date for both examples.
        references: Further references (the reference note's rule ids, web pages).
        unverified: What could not be verified about the rule's legal ground, if anything.
    """

    what: str
    why: str
    fail_example: str
    pass_example: str
    example_on: date
    references: tuple[str, ...] = ()
    unverified: str | None = None


@attrs.frozen
class Text:
    """A value that reads differently in Danish and English (for message arguments).

    Examples:
        >>> format_value(Text("formand", "chair"), "en")
        'chair'
    """

    da: str
    en: str


NO_LEGAL_SOURCE = Text("Ingen retskilde: datakonsistens", "No legal source: data consistency")
"""What a rule without legal sources (plan and data consistency: PLN, KOM) says instead."""


_SEATLESS_ROLES = (Role.SUBSTITUTE, Role.OBSERVER)
"""Roles whose memberships fill no seat, though they name one."""


@attrs.frozen(kw_only=True)
class Hit:
    """What a rule's check function yields: one problem at one place.

    Attributes:
        path: Where in the model (``"memberships[3]"``, ``"mandate.term"``).
        ids: Ids involved (people, committees, seats, phases).
        args: Values for the rule's message templates.
        missing: Non-empty when the rule could not be evaluated: the model paths whose data is
            missing (``("council.parties",)``).
    """

    path: str
    ids: tuple[str, ...] = ()
    args: Mapping[str, object] = attrs.field(factory=dict, eq=False, hash=False)
    missing: tuple[str, ...] = ()


CheckFunction = Callable[["Context"], Iterable[Hit]]


@attrs.frozen(kw_only=True)
class Rule:
    """A rule of the catalogue.

    Attributes:
        code: Stable code (``"STL301"``); never reused for another rule.
        name: Kebab-case name of the problem (``"term-beyond-election-period"``).
        severity: Severity of its findings (findings for missing data are always info).
        certainty: How sure its legal ground is.
        title_da: What the rule checks, one line in Danish.
        title_en: The same in English.
        message_da: Danish message template (``str.format`` fields from :attr:`Hit.args`).
        message_en: English message template.
        check: The function that yields hits.
        sources: Legal sources, each with the dates it applies between.
        valid_from: First day the rule applies; checks for earlier days skip it.
        valid_to: Last day the rule applies.
        doc: Documentation and examples.
        scope: Whether the rule applies to a dossier at all (``None``: always).
    """

    code: str
    name: str
    severity: Severity
    certainty: Certainty
    title_da: str
    title_en: str
    message_da: str
    message_en: str
    check: CheckFunction = attrs.field(eq=False, repr=False)
    sources: tuple[LegalSource, ...] = ()
    valid_from: date | None = None
    valid_to: date | None = None
    doc: RuleDoc | None = attrs.field(default=None, eq=False, repr=False)
    scope: Callable[[Context], bool] | None = attrs.field(default=None, eq=False, repr=False)

    def applies_on(self, day: date) -> bool:
        """Whether the rule applies to a check made for ``day``."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day <= self.valid_to

    def sources_on(self, day: date) -> tuple[LegalSource, ...]:
        """The legal sources to cite for a check made for ``day``."""
        return tuple(s for s in self.sources if s.applies_on(day))

    def title(self, lang: Lang) -> str:
        """The one-line title in Danish or English."""
        return self.title_da if lang == "da" else self.title_en

    @property
    def is_data_consistency(self) -> bool:
        """Whether the rule has no legal source: it checks the file's own consistency."""
        return not self.sources

    def basis_note(self, lang: Lang) -> str | None:
        """``"No legal source: data consistency"`` for such rules, else ``None``.

        Examples:
            >>> UNUSED_ACCEPTANCE.basis_note("en")
            'No legal source: data consistency'
        """
        if self.sources:
            return None
        return NO_LEGAL_SOURCE.da if lang == "da" else NO_LEGAL_SOURCE.en


@attrs.frozen(kw_only=True)
class Finding:
    """One finding of a check.

    Attributes:
        code: The rule's code.
        name: The rule's kebab-case name.
        severity: Severity (info when the rule could not be evaluated).
        certainty: The rule's certainty.
        message_da: The message in Danish.
        message_en: The message in English.
        path: Where in the model.
        ids: Ids involved.
        legal_basis: The sources cited, as they apply on the check date.
        evaluated: ``False`` when the rule could not be evaluated for lack of data.
        accepted: Whether the dossier records the finding as accepted.
        accepted_reason: The recorded reason, when accepted.
    """

    code: str
    name: str
    severity: Severity
    certainty: Certainty
    message_da: str
    message_en: str
    path: str
    ids: tuple[str, ...] = ()
    legal_basis: tuple[LegalSource, ...] = ()
    evaluated: bool = True
    accepted: bool = False
    accepted_reason: str | None = None

    def message(self, lang: Lang) -> str:
        """The message in Danish or English."""
        return self.message_da if lang == "da" else self.message_en

    @property
    def counts_as_error(self) -> bool:
        """Whether the finding is an error that is not accepted."""
        return self.severity is Severity.ERROR and not self.accepted


@attrs.frozen(kw_only=True)
class Skipped:
    """A rule that was not applied because the check date lies outside its validity.

    Attributes:
        code: The rule's code.
        reason_da: Why, in Danish.
        reason_en: Why, in English.
    """

    code: str
    reason_da: str
    reason_en: str

    def reason(self, lang: Lang) -> str:
        """The reason in Danish or English."""
        return self.reason_da if lang == "da" else self.reason_en


@attrs.frozen(kw_only=True)
class Report:
    """The result of :func:`check`.

    Attributes:
        on: The date the check was made for.
        profile: Name of the rule profile used.
        findings: Every finding, ordered by code, then path (numbers in paths compared as
            numbers), then ids.
        skipped: Rules not applied on this date.
    """

    on: date
    profile: str
    findings: tuple[Finding, ...] = ()
    skipped: tuple[Skipped, ...] = ()

    @property
    def has_errors(self) -> bool:
        """Whether any error is not accepted (the command line then exits 1)."""
        return any(f.counts_as_error for f in self.findings)

    @property
    def counts(self) -> dict[str, int]:
        """Numbers of unaccepted errors, warnings and infos, and of accepted findings."""
        out = {"error": 0, "warning": 0, "info": 0, "accepted": 0}
        for f in self.findings:
            out["accepted" if f.accepted else f.severity.value] += 1
        return out

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes of the findings, in report order (with repeats)."""
        return tuple(f.code for f in self.findings)

    def by_code(self, code: str) -> tuple[Finding, ...]:
        """The findings with this code."""
        return tuple(f for f in self.findings if f.code == code)


@attrs.frozen(kw_only=True)
class Profile:
    """A named set of rules (a catalogue).

    Attributes:
        name: The profile's name (``"dk"``).
        rules: The rules, in catalogue order.
        description: What the profile is.
    """

    name: str
    rules: tuple[Rule, ...]
    description: str = ""

    def rule(self, code: str) -> Rule:
        """The rule with this code.

        Raises:
            KeyError: No such rule.
        """
        for r in self.rules:
            if r.code == code:
                return r
        raise KeyError(code)


class Context:
    """What a rule's check function sees: the dossier, the date and indexes built once per check.

    The indexes are computed lazily and cached, so a check pays for each at most once however
    many rules use it. Catalogues can keep their own derived values with :meth:`memo`.

    Attributes:
        dossier: The dossier checked.
        on: The date the check is made for.
    """

    def __init__(self, dossier: Dossier, on: date) -> None:
        self.dossier = dossier
        self.on = on
        self._memo: dict[str, object] = {}
        self._active: dict[str, tuple[tuple[int, Membership], ...]] = {}
        self._with_role: dict[tuple[str, Role], tuple[tuple[int, Membership], ...]] = {}

    @property
    def committee(self) -> Committee:
        """The committee the dossier is about."""
        return self.dossier.committee

    @functools.cached_property
    def people(self) -> dict[str, Person]:
        """People by id."""
        return {p.id: p for p in self.dossier.people}

    @functools.cached_property
    def bodies(self) -> dict[str, Committee]:
        """Bodies by id, the committee included."""
        out = {b.id: b for b in self.dossier.bodies}
        out[self.dossier.committee.id] = self.dossier.committee
        return out

    @functools.cached_property
    def by_body(self) -> dict[str, tuple[tuple[int, Membership], ...]]:
        """Memberships by body id, each with its index in ``dossier.memberships``."""
        out: dict[str, list[tuple[int, Membership]]] = {}
        for index, m in enumerate(self.dossier.memberships):
            out.setdefault(m.committee, []).append((index, m))
        return {k: tuple(v) for k, v in out.items()}

    def memberships_of(self, body_id: str) -> tuple[tuple[int, Membership], ...]:
        """Memberships of a body with their indexes (all dates)."""
        return self.by_body.get(body_id, ())

    def active_memberships_of(self, body_id: str) -> tuple[tuple[int, Membership], ...]:
        """Memberships of a body running on the check date, with their indexes."""
        try:
            return self._active[body_id]
        except KeyError:
            pass
        on = self.on
        value = self._active[body_id] = tuple(
            (i, m)
            for i, m in self.memberships_of(body_id)
            if m.period is None
            or (m.period.start <= on and (m.period.end is None or on <= m.period.end))
        )
        return value

    @functools.cached_property
    def own(self) -> tuple[tuple[int, Membership], ...]:
        """Memberships of the dossier's committee (all dates)."""
        return self.memberships_of(self.dossier.committee.id)

    @functools.cached_property
    def own_active(self) -> tuple[tuple[int, Membership], ...]:
        """Memberships of the dossier's committee running on the check date."""
        return self.active_memberships_of(self.dossier.committee.id)

    @functools.cached_property
    def seat_holders(self) -> dict[str, tuple[tuple[int, Membership], ...]]:
        """Active memberships of the committee by the composition rule (seat) they fill.

        Substitutes and observers do not fill seats.
        """
        out: dict[str, list[tuple[int, Membership]]] = {}
        for i, m in self.own_active:
            if m.seat is not None and m.role not in _SEATLESS_ROLES:
                out.setdefault(m.seat, []).append((i, m))
        return {k: tuple(v) for k, v in out.items()}

    @functools.cached_property
    def recorded_seats(self) -> frozenset[str]:
        """Seat ids that at least one membership of the committee fills, on any date."""
        return frozenset(
            m.seat for _, m in self.own if m.seat is not None and m.role not in _SEATLESS_ROLES
        )

    def active_with_role(self, body_id: str, role: Role) -> tuple[tuple[int, Membership], ...]:
        """Active memberships of a body with one role (cached per check)."""
        key = (body_id, role)
        try:
            return self._with_role[key]
        except KeyError:
            value = self._with_role[key] = tuple(
                (i, m) for i, m in self.active_memberships_of(body_id) if m.role is role
            )
            return value

    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        """A value computed once per check and shared between rules."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = compute()
            return value


_MONTHS_DA = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def format_value(value: object, lang: Lang) -> str:
    """A message argument as text: dates spelled out, :class:`Text` in the right language.

    Examples:
        >>> from datetime import date
        >>> format_value(date(2018, 12, 31), "da"), format_value(date(2018, 12, 31), "en")
        ('31. december 2018', '31 December 2018')
        >>> format_value(("a", "b"), "en")
        'a, b'
    """
    if isinstance(value, Text):
        return value.da if lang == "da" else value.en
    if isinstance(value, date):
        if lang == "da":
            return f"{value.day}. {_MONTHS_DA[value.month - 1]} {value.year}"
        return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"
    if isinstance(value, tuple | list):
        return ", ".join(format_value(v, lang) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


class _Args(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _render(template: str, args: Mapping[str, object], lang: Lang) -> str:
    if not args:
        return template
    return template.format_map(_Args({k: format_value(v, lang) for k, v in args.items()}))


_NUMBER = re.compile(r"(\d+)")


def natural_key(path: str) -> tuple[object, ...]:
    """Sort key for model paths that compares numbers as numbers.

    Examples:
        >>> sorted(["memberships[10]", "memberships[2]"], key=natural_key)
        ['memberships[2]', 'memberships[10]']
    """
    return tuple(int(part) if part.isdigit() else part for part in _NUMBER.split(path))


def _finding(
    rule: Rule, hit: Hit, on: date, sources: tuple[LegalSource, ...] | None = None
) -> Finding:
    if sources is None:
        sources = rule.sources_on(on)
    if hit.missing:
        missing = ", ".join(hit.missing)
        return Finding(
            code=rule.code,
            name=rule.name,
            severity=Severity.INFO,
            certainty=rule.certainty,
            message_da=f"Kunne ikke vurderes ({rule.title_da}): der mangler data i {missing}.",
            message_en=f"Not evaluated ({rule.title_en}): no data at {missing}.",
            path=hit.path,
            ids=hit.ids,
            legal_basis=sources,
            evaluated=False,
        )
    return Finding(
        code=rule.code,
        name=rule.name,
        severity=rule.severity,
        certainty=rule.certainty,
        message_da=_render(rule.message_da, hit.args, "da"),
        message_en=_render(rule.message_en, hit.args, "en"),
        path=hit.path,
        ids=hit.ids,
        legal_basis=sources,
    )


def _unused_acceptance(_: Context) -> Iterable[Hit]:
    return ()


UNUSED_ACCEPTANCE = Rule(
    code="KOM101",
    name="unused-acceptance",
    severity=Severity.WARNING,
    certainty=Certainty.HIGH,
    title_da="Accepterede fund svarer til et fund",
    title_en="Accepted findings match a finding",
    message_da=(
        "Det accepterede fund {code} matcher ikke noget fund; fjern det, eller ret kode, sti "
        "eller id'er."
    ),
    message_en=(
        "The accepted finding {code} matches no finding; remove it or correct its code, path "
        "or ids."
    ),
    check=_unused_acceptance,
    doc=RuleDoc(
        what="Warns for each entry of `[[accepted]]` that matches no finding of the check: its "
        "code ran and produced no finding with that path and ids, or the code is not a rule code "
        "at all. Acceptances of codes left out by `select`/`ignore` are not judged.",
        why="A stale or mistyped acceptance hides nothing today but may hide the wrong finding "
        "tomorrow; like an unused `noqa`, it should be removed or corrected.",
        fail_example='[committee]\nid = "u"\nname = "U"\nkind = "special-17-4"\n[[accepted]]\n'
        'code = "STL601"\nreason = "Byrådet har besluttet åbne møder"\n',
        pass_example='[committee]\nid = "u"\nname = "U"\nkind = "special-17-4"\n'
        '[mandate.meetings]\npublic = true\n[[accepted]]\ncode = "STL601"\n'
        'reason = "Byrådet har besluttet åbne møder"\n',
        example_on=date(2024, 3, 1),
    ),
)
"""The engine's own rule: an accepted finding in the file that matches no finding.

Every profile gets it; the engine evaluates it after the other rules."""


def _selected(codes: Iterable[str], selectors: Iterable[str] | None, what: str) -> set[str]:
    all_codes = list(codes)
    if selectors is None:
        return set(all_codes)
    out: set[str] = set()
    for selector in selectors:
        sel = selector.strip().upper()
        if not sel:
            continue
        matched = {c for c in all_codes if sel == "ALL" or c.startswith(sel)}
        if not matched:
            raise RuleSelectionError(f"{what}: {selector!r} matches no rule code")
        out |= matched
    return out


def _resolve_profile(profile: Profile | str | None) -> Profile:
    if isinstance(profile, Profile):
        return profile
    from kommissorium.rules.profiles import get_profile

    return get_profile(profile or "dk")


def check(
    dossier: Dossier,
    *,
    on: date,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    profile: Profile | str | None = None,
) -> Report:
    """Check a dossier against every applicable rule of a profile.

    Args:
        dossier: The committee to check.
        on: The date the check is made for: which law applies, which memberships run, which
            council sits. There is no default; the command line derives one from the file.
        select: Codes or code prefixes to run (``"STL2"``, ``"PLN101"``, ``"ALL"``); ``None``
            for all.
        ignore: Codes or prefixes to leave out (applied after ``select``).
        profile: A :class:`Profile`, a profile name, or ``None`` for the Danish catalogue
            (``"dk"``).

    Returns:
        The report, with every finding in a deterministic order.

    Raises:
        RuleSelectionError: A selector matches no rule.
        KeyError: An unknown profile name.
    """
    prof = _resolve_profile(profile)
    plan = _plan(prof, select, ignore, on)
    ctx = Context(dossier, on)
    findings: list[Finding] = []
    scopes: dict[int, bool] = {}
    for rule, scope in plan.runnable:
        if scope is not None:
            key = id(scope)
            result = scopes.get(key)
            if result is None:
                result = scopes[key] = scope(ctx)
            if not result:
                continue
        hits = list(rule.check(ctx))
        if hits:
            sources = plan.sources[rule.code]
            findings.extend(_finding(rule, hit, on, sources) for hit in hits)
    findings = _apply_acceptances(findings, dossier.accepted, plan.chosen, on)
    findings.sort(key=_finding_key)
    return Report(on=on, profile=prof.name, findings=tuple(findings), skipped=plan.skipped)


def _finding_key(f: Finding) -> tuple[object, ...]:
    return (f.code, natural_key(f.path), f.ids, f.message_en)


@attrs.frozen
class _Plan:
    """What a check runs, worked out once per profile, selection and date."""

    profile: Profile
    chosen: frozenset[str]
    runnable: tuple[tuple[Rule, Callable[[Context], bool] | None], ...]
    skipped: tuple[Skipped, ...]
    sources: Mapping[str, tuple[LegalSource, ...]]


_PLANS: dict[tuple[object, ...], _Plan] = {}
_PLANS_MAX = 512


def _plan(
    prof: Profile, select: Iterable[str] | None, ignore: Iterable[str] | None, on: date
) -> _Plan:
    """The rules to run for one check; cached, since batch checks repeat the same arguments."""
    sel = None if select is None else tuple(select)
    ign = None if ignore is None else tuple(ignore)
    key = (id(prof), sel, ign, on)
    cached = _PLANS.get(key)
    if cached is not None and cached.profile is prof:
        return cached
    codes = [r.code for r in (*prof.rules, UNUSED_ACCEPTANCE)]
    chosen = _selected(codes, sel, "select")
    if ign is not None:
        chosen -= _selected(codes, ign, "ignore")
    runnable: list[tuple[Rule, Callable[[Context], bool] | None]] = []
    skipped: list[Skipped] = []
    for rule in prof.rules:
        if rule.code not in chosen:
            continue
        if not rule.applies_on(on):
            skipped.append(_skipped(rule, on))
            continue
        runnable.append((rule, rule.scope))
    plan = _Plan(
        profile=prof,
        chosen=frozenset(chosen),
        runnable=tuple(runnable),
        skipped=tuple(skipped),
        sources={rule.code: rule.sources_on(on) for rule, _ in runnable},
    )
    if len(_PLANS) >= _PLANS_MAX:
        _PLANS.clear()
    _PLANS[key] = plan
    return plan


def _skipped(rule: Rule, on: date) -> Skipped:
    start = rule.valid_from.isoformat() if rule.valid_from else "…"
    end = rule.valid_to.isoformat() if rule.valid_to else "…"
    return Skipped(
        code=rule.code,
        reason_da=f"gælder {start} – {end}, ikke {on.isoformat()}",
        reason_en=f"applies {start} – {end}, not on {on.isoformat()}",
    )


def _apply_acceptances(
    findings: list[Finding],
    accepted: tuple[AcceptedFinding, ...],
    chosen: frozenset[str],
    on: date,
) -> list[Finding]:
    if not accepted:
        return findings
    used = [False] * len(accepted)
    out: list[Finding] = []
    for f in findings:
        for index, a in enumerate(accepted):
            if a.matches(f.code, f.path, f.ids):
                used[index] = True
                f = attrs.evolve(f, accepted=True, accepted_reason=a.reason)
                break
        out.append(f)
    if UNUSED_ACCEPTANCE.code in chosen:
        for index, a in enumerate(accepted):
            if not used[index] and (a.code in chosen or a.code not in _known_codes(chosen)):
                hit = Hit(path=f"accepted[{index}]", ids=(a.code,), args={"code": a.code})
                out.append(_finding(UNUSED_ACCEPTANCE, hit, on))
    return out


def _known_codes(chosen: frozenset[str]) -> set[str]:
    from kommissorium.rules.codes import CODES

    return set(CODES) | chosen
