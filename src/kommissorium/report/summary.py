"""A plain-text summary of a dossier, as ``kommissorium show`` prints it.

Examples:
    >>> from kommissorium.io import loads
    >>> d = loads('''
    ... [committee]
    ... id = "u"
    ... name = "Udvalget"
    ... kind = "special-17-4"
    ... [[people]]
    ... id = "a"
    ... name = "Anna"
    ... [[memberships]]
    ... person = "a"
    ... committee = "u"
    ... role = "chair"
    ... ''')
    >>> print(summary_text(d, lang="en"))
    Udvalget
    ========
    Kind: special committee (§ 17(4))
    Legal basis: kommunestyrelsesloven § 17, stk. 4
    <BLANKLINE>
    Members
      chair: Anna
    <BLANKLINE>
"""

from __future__ import annotations

from typing import Literal

from kommissorium.model import Dossier, Period, Role
from kommissorium.model.sectors import sector_info
from kommissorium.time import format_period

__all__ = ["summary_text"]

Lang = Literal["da", "en"]

_T = {
    "kind": ("Type", "Kind"),
    "council": ("Kommune", "Municipality"),
    "period": ("Valgperiode", "Election period"),
    "legal": ("Hjemmel", "Legal basis"),
    "established": ("Nedsat af", "Established by"),
    "purpose": ("Formål", "Purpose"),
    "function": ("Funktion", "Function"),
    "serves": ("Betjener", "Serves"),
    "term": ("Funktionsperiode", "Term"),
    "end_condition": ("Ophør", "Ends when"),
    "powers": ("Beslutningskompetence", "Decision powers"),
    "none": ("ingen", "none"),
    "reporting": ("Rapporterer til", "Reports to"),
    "tasks": ("Opgaver", "Tasks"),
    "composition": ("Sammensætning", "Composition"),
    "members": ("Medlemmer", "Members"),
    "phases": ("Faser", "Phases"),
    "milestones": ("Milepæle", "Milestones"),
    "themes": ("Temaer", "Themes"),
    "aims": ("Pejlemærker", "Strategic aims"),
    "deliverables": ("Leverancer", "Deliverables"),
    "stakeholders": ("Interessenter", "Stakeholders"),
    "predecessor": ("Forgænger", "Predecessor"),
    "secretariat": ("Sekretariat", "Secretariat"),
}


def _t(key: str, lang: Lang) -> str:
    da, en = _T[key]
    return da if lang == "da" else en


def _period(period: Period | None, lang: Lang) -> str:
    if period is None:
        return "–"
    rendered = format_period(period, lang=lang)
    if period.text and period.text != rendered:
        return f"{rendered} ({period.text})"
    return rendered


def summary_text(dossier: Dossier, *, lang: Lang = "da") -> str:
    """A readable summary: committee, mandate, members by role, phases with resolved dates.

    Args:
        dossier: The dossier.
        lang: ``"da"`` or ``"en"``.

    Returns:
        The summary, ending in a newline.
    """
    d, m = dossier, dossier.mandate
    kind = d.committee.kind
    out = [d.committee.name, "=" * len(d.committee.name)]
    out.append(f"{_t('kind', lang)}: {kind.label_da if lang == 'da' else kind.label_en}")
    if d.council is not None:
        c = d.council
        out.append(
            f"{_t('council', lang)}: {c.municipality.name} ({c.municipality.code}), {c.name}"
        )
        out.append(f"{_t('period', lang)}: {c.election_period.label}")
    if d.committee.predecessor:
        out.append(f"{_t('predecessor', lang)}: {d.body_name(d.committee.predecessor)}")
    if kind.value.startswith("special") or m.established_by or m.purpose:
        out.append(f"{_t('legal', lang)}: {m.legal_basis.law} {m.legal_basis.paragraph}")
    if m.established_by is not None:
        when = f" {m.established_by.date.isoformat()}" if m.established_by.date else ""
        out.append(f"{_t('established', lang)}: {d.body_name(m.established_by.body)}{when}")
    if m.purpose:
        out.append(f"{_t('purpose', lang)}: {m.purpose}")
    if m.function is not None:
        out.append(f"{_t('function', lang)}: {m.function.label(lang)}")
    if m.serves:
        out.append(f"{_t('serves', lang)}: " + ", ".join(d.body_name(b) for b in m.serves))
    if m.term is not None:
        out.append(f"{_t('term', lang)}: {_period(m.term, lang)}")
    if m.end_condition:
        out.append(f"{_t('end_condition', lang)}: {m.end_condition}")
    if m.secretariat:
        out.append(f"{_t('secretariat', lang)}: {m.secretariat}")
    powers = m.powers.scope if m.powers.granted and m.powers.scope else None
    if m.powers.granted or m.established_by is not None:
        out.append(
            f"{_t('powers', lang)}: {powers or (_t('none', lang) if not m.powers.granted else '?')}"
        )
    if m.reporting is not None and m.reporting.to:
        out.append(f"{_t('reporting', lang)}: " + ", ".join(d.body_name(b) for b in m.reporting.to))

    if m.tasks:
        out += ["", _t("tasks", lang)]
        out += [f"  {t.number}. {t.title or t.text}" for t in m.tasks]
    if m.composition:
        out += ["", _t("composition", lang)]
        for rule in m.composition:
            label = rule.text or rule.describe(lang=lang, body_name=d.body_name)
            out.append(f"  - {label}")

    members = d.memberships_of(d.committee.id)
    if members:
        out += ["", _t("members", lang)]
        for role in Role:
            people = [d.person(ms.person) for ms in members if ms.role is role]
            if not people:
                continue
            names = []
            for p in people:
                extra = p.party or p.title
                # A name that already carries the party, "Navn (V)", is not labelled twice.
                shown = extra and f"({extra})" not in p.name
                names.append(f"{p.name} ({extra})" if shown else p.name)
            label = role.label_da if lang == "da" else role.label_en
            out.append(f"  {label}: " + ", ".join(names))

    if m.themes:
        out += ["", _t("themes", lang)]
        out += [f"  - {t.title}" for t in m.themes]
    if m.aims:
        out += ["", _t("aims", lang)]
        for aim in m.aims:
            out.append(f"  - {aim.title}")
            stack = [(p, 2) for p in reversed(aim.points)]
            while stack:
                point, depth = stack.pop()
                out.append("  " * depth + f"- {point.text}")
                stack.extend((sub, depth + 1) for sub in reversed(point.points))
    if m.deliverables:
        out += ["", _t("deliverables", lang)]
        out += [f"  - {x.title}: {_period(x.due, lang)}" for x in m.deliverables]

    if d.plan.phases:
        out += ["", _t("phases", lang)]
        for phase in d.plan.phases:
            out.append(f"  {phase.id}  {_period(phase.period, lang)}")
            out.append(f"      {phase.title}")
    if d.plan.milestones:
        out += ["", _t("milestones", lang)]
        for ms in d.plan.milestones:
            # A milestone the document dates loosely ("ultimo november") keeps its words and
            # shows the range they resolve to; ms.date is only the range's first day.
            when = _period(ms.period or Period(ms.date, ms.date), lang)
            out.append(f"  {when}  {ms.title}")
    if d.stakeholders:
        out += ["", _t("stakeholders", lang)]
        sectors = sector_info(d.sectors)
        out += [f"  - {s.name} [{sectors.label(s.sector, lang)}]" for s in d.stakeholders]
    return "\n".join(out) + "\n"
