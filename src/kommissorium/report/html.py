r"""The report people read: one self-contained HTML page about a committee.

:func:`html_report` writes a single page with the committee and its council context, the
mandate (kommissorium), the members by role, the phase plan as a timeline, the stakeholder
network picture, the checker's findings with links to the rule pages, the recommendations with
their state and the decisions as minutes print them.

The page is **self-contained**: the CSS is inline, both pictures are inline SVG drawn by our own
code (:mod:`kommissorium.report.timeline`, :mod:`kommissorium.report.netsvg`), and there are no
scripts, web fonts or images to fetch, so it can be opened from a file, mailed, or archived.
By default there are no links out at all: a rule code is shown with the rule's title and a
``kommissorium rules CODE`` hint; give ``rules_url`` to link the codes to rule pages.

It is **deterministic**: the same dossier, day and options give the same bytes. Nothing reads
the clock; the only date on the page is the report day ``on``.

Every string from the dossier is escaped with :func:`html.escape`, so a name such as
``<script>`` is shown as text, never run; control characters (in objects built in Python) are
first replaced by the rule of :func:`~kommissorium.model.text.export_text`.

Examples:
    >>> from datetime import date
    >>> import kommissorium as k
    >>> d = k.load("examples/hedensted-social-2024.toml")
    >>> page = html_report(d, on=date(2024, 1, 1), lang="en")
    >>> page.startswith('<!DOCTYPE html>\n<html lang="en">')
    True
    >>> 'id="timeline"' in page and 'id="network"' in page and 'id="findings"' in page
    True
    >>> page == html_report(d, on=date(2024, 1, 1), lang="en")
    True
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Literal

from kommissorium.model import (
    ChairRule,
    Dossier,
    Membership,
    Period,
    Polarity,
    Role,
    SeatBasis,
    SeatRule,
    StrategicAim,
    status_report,
)
from kommissorium.model.mandate import AimPoint
from kommissorium.model.text import export_text
from kommissorium.report.minutes import decision_text
from kommissorium.report.netsvg import network_svg
from kommissorium.report.timeline import timeline_svg
from kommissorium.rules import Finding, Report, Severity, check
from kommissorium.time import format_period

__all__ = ["DEFAULT_RULES_URL", "html_report"]

Lang = Literal["da", "en"]

DEFAULT_RULES_URL = ""
"""Where rule codes link to by default: nowhere (the empty template).

No public site serves the rule pages, so by default a code is not a link: the page shows the
code with the rule's title, and a line above the findings says that ``kommissorium rules CODE``
prints the rule. Give a template (``{code}`` is replaced by the code; a template without it
gets the code appended), for example ``"site/rules/{code}/index.html"`` to link to a local build
of the documentation (``mkdocs build``) placed next to the report, so that the links work
offline, or the address where your organisation publishes the documentation.
"""

_T: dict[str, tuple[str, str]] = {
    "report": ("Rapport", "Report"),
    "on": ("pr.", "as of"),
    "source": ("Kilde", "Source"),
    "contents": ("Indhold", "Contents"),
    "context": ("Udvalget og kommunen", "The committee and its council"),
    "mandate": ("Kommissorium", "Mandate"),
    "members": ("Medlemmer", "Members"),
    "plan": ("Procesplan", "Phase plan"),
    "network": ("Interessenter", "Stakeholders"),
    "findings": ("Kontrol efter reglerne", "Checked against the rules"),
    "recommendations": ("Anbefalinger", "Recommendations"),
    "decisions": ("Beslutninger", "Decisions"),
    "kind": ("Type", "Kind"),
    "short_name": ("Forkortelse", "Abbreviation"),
    "description": ("Beskrivelse", "Description"),
    "municipality": ("Kommune", "Municipality"),
    "council": ("Kommunalbestyrelse", "Council"),
    "election_period": ("Valgperiode", "Election period"),
    "election_day": ("Valgdag", "Election day"),
    "next_election": ("Næste valg", "Next election"),
    "seats": ("Pladser", "Seats"),
    "parties": ("Partier", "Parties"),
    "letter": ("Liste", "List"),
    "party": ("Parti", "Party"),
    "predecessor": ("Forgænger", "Predecessor"),
    "serves": ("Betjener", "Serves"),
    "parent": ("Hører under", "Sits under"),
    "legal": ("Hjemmel", "Legal basis"),
    "established": ("Nedsat af", "Established by"),
    "purpose": ("Formål", "Purpose"),
    "function": ("Funktion", "Function"),
    "term": ("Funktionsperiode", "Term"),
    "end_condition": ("Ophør", "Ends when"),
    "composition": ("Sammensætning", "Composition"),
    "appointment": ("Udpegning", "Appointment"),
    "chair": ("Formand", "Chair"),
    "secretariat": ("Sekretariat", "Secretariat"),
    "secretary": ("Sekretær", "Secretary"),
    "powers": ("Beslutningskompetence", "Decision powers"),
    "no_powers": ("Ingen – udvalget er rådgivende/forberedende", "None (advisory/preparatory)"),
    "reporting": ("Rapportering", "Reporting"),
    "meetings": ("Møder", "Meetings"),
    "pay": ("Vederlag", "Pay"),
    "invites": ("Inviterer", "Invites"),
    "tasks": ("Opgaver", "Tasks"),
    "deliverables": ("Leverancer", "Deliverables"),
    "aims": ("Pejlemærker", "Strategic aims"),
    "themes": ("Temaer", "Themes"),
    "title": ("Titel", "Title"),
    "due": ("Frist", "Due"),
    "to": ("Til", "To"),
    "task": ("Opgave", "Task"),
    "role": ("Rolle", "Role"),
    "name": ("Navn", "Name"),
    "party_title": ("Parti / stilling", "Party / position"),
    "basis": ("Grundlag", "Basis"),
    "behalf": ("Repræsenterer", "Represents"),
    "phases_col": ("Faser", "Phases"),
    "no_members": ("Filen nævner ingen medlemmer.", "The file names no members."),
    "no_timeline": (
        "Filen har ingen daterede faser, leverancer eller milepæle.",
        "The file has no dated phases, deliverables or milestones.",
    ),
    "phase": ("Fase", "Phase"),
    "period": ("Periode", "Period"),
    "participants": ("Deltagere", "Participants"),
    "milestones": ("Milepæle", "Milestones"),
    "date": ("Dato", "Date"),
    "what": ("Hvad", "What"),
    "no_network": (
        "Filen nævner ingen aktører ud over udvalget.",
        "The file names no actors besides the committee.",
    ),
    "actors_list": ("Aktørerne som tabel", "The actors as a table"),
    "sector": ("Sektor", "Sector"),
    "ei": (
        "E-I-indeks (forbindelser på tværs af sektorer minus inden for, delt med alle)",
        "E-I index (ties across sectors minus within, over all ties)",
    ),
    "errors": ("Fejl", "Errors"),
    "warnings": ("Advarsler", "Warnings"),
    "info": ("Info", "Info"),
    "accepted": ("Accepterede fund", "Accepted findings"),
    "accepted_reason": ("Accepteret", "Accepted"),
    "code": ("Kode", "Code"),
    "message": ("Fund", "Finding"),
    "path": ("Sted i filen", "Where in the file"),
    "certainty": ("Sikkerhed", "Certainty"),
    "checked": (
        "Kontrolleret pr. {on} med profilen {profile}.",
        "Checked for {on} with the profile {profile}.",
    ),
    "no_findings": ("Ingen fund.", "No findings."),
    "rules_hint": (
        "Kommandoen kommissorium rules KODE viser en regel med dens hjemmel.",
        "The command kommissorium rules CODE shows a rule with its legal basis.",
    ),
    "skipped": ("Regler, der ikke gælder på datoen ({n})", "Rules not in force on the date ({n})"),
    "legal_basis": ("Hjemmel", "Legal basis"),
    "state": ("Status", "State"),
    "progress": ("Fremdrift", "Progress"),
    "last_move": ("Seneste skridt", "Last move"),
    "overdue": ("Overskredet", "Overdue"),
    "text": ("Tekst", "Text"),
    "not_do": ("ikke", "do not"),
    "no_recommendations": ("Filen har ingen anbefalinger.", "The file has no recommendations."),
    "by_state": ("Efter status", "By state"),
    "no_decisions": ("Filen har ingen beslutninger.", "The file has no decision records."),
    "made_with": ("Lavet med kommissorium {version}", "Made with kommissorium {version}"),
    "yes": ("ja", "yes"),
    "no": ("nej", "no"),
    "unanimous": ("enstemmigt", "unanimous"),
    "not_unanimous": ("ikke enstemmigt", "not unanimous"),
    "per_year": ("{n} gange om året", "{n} times a year"),
    "public": ("Offentlige møder", "Public meetings"),
    "overview": ("Overblik", "Overview"),
    "n_members": ("medlemmer", "members"),
    "n_phases": ("faser", "phases"),
    "n_recs": ("anbefalinger", "recommendations"),
    "n_errors": ("fejl", "errors"),
    "n_warnings": ("advarsler", "warnings"),
    "n_info": ("info", "info"),
    "n_accepted": ("accepterede", "accepted"),
}

_FUNCTIONS = {
    "specific-task": ("varetagelse af bestemte hverv", "a specific task"),
    "preparatory": ("forberedende", "preparatory"),
    "advisory": ("rådgivende", "advisory"),
}

_BASES = {
    SeatBasis.ELECTED: ("valgt", "elected"),
    SeatBasis.EX_OFFICIO: ("tjenstligt medlem", "ex officio"),
    SeatBasis.BORN: ("født medlem", "born member"),
    SeatBasis.APPOINTED: ("udpeget", "appointed"),
    SeatBasis.PHASE_INVITED: ("inviteret til faser", "invited to phases"),
    SeatBasis.STAFF: ("betjener udvalget", "serves the committee"),
}

_CSS = """
:root{--ink:#0f172a;--muted:#475569;--line:#e2e8f0;--bg:#f8fafc;--accent:#1d4ed8;
--err:#b91c1c;--err-bg:#fef2f2;--warn:#92400e;--warn-bg:#fffbeb;--info:#1e40af;--info-bg:#eff6ff;
--ok:#166534;--ok-bg:#f0fdf4}
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;
color:var(--ink);background:#fff;line-height:1.45;font-size:15px}
body{margin:0}
header.top{background:#0f2a4a;color:#fff;padding:28px 0 22px}
header.top p{margin:.2em 0;color:#cbd5e1}
.wrap{max-width:1120px;margin:0 auto;padding:0 28px}
h1{font-size:1.9rem;margin:.1em 0 .2em;line-height:1.2}
h2{font-size:1.35rem;margin:2.2rem 0 .8rem;padding-bottom:.3rem;border-bottom:2px solid var(--line)}
h3{font-size:1.08rem;margin:1.4rem 0 .5rem}
a{color:var(--accent)}
nav.toc{background:var(--bg);border-bottom:1px solid var(--line);padding:10px 0;font-size:.92rem}
nav.toc ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 18px}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:18px 0 0;padding:0;list-style:none}
.cards li{background:rgba(255,255,255,.1);border:1px solid rgba(255,255,255,.25);border-radius:8px;
padding:8px 14px;min-width:108px}
.cards b{display:block;font-size:1.5rem;color:#fff}
.cards span{font-size:.85rem;color:#cbd5e1}
.cards .c-error b{color:#fca5a5}.cards .c-warning b{color:#fcd34d}
dl.facts{display:grid;grid-template-columns:minmax(150px,230px) 1fr;gap:6px 18px;margin:0}
dl.facts dt{font-weight:600;color:var(--muted)}
dl.facts dd{margin:0}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.93rem}
caption{text-align:left;font-weight:600;padding:4px 0;color:var(--muted)}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:var(--bg);font-weight:600}
td.code{white-space:nowrap;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
td.path{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem;
color:var(--muted);overflow-wrap:anywhere;min-width:9em}
.sev-error th{background:var(--err-bg);color:var(--err)}
.sev-warning th{background:var(--warn-bg);color:var(--warn)}
.sev-info th{background:var(--info-bg);color:var(--info)}
.sev-accepted th{background:var(--ok-bg);color:var(--ok)}
h3.sev-error{color:var(--err)}h3.sev-warning{color:var(--warn)}h3.sev-info{color:var(--info)}
h3.sev-accepted{color:var(--ok)}
.small{font-size:.85rem;color:var(--muted)}
.badge{display:inline-block;border-radius:999px;padding:1px 9px;font-size:.82rem;
background:var(--bg);border:1px solid var(--line);white-space:nowrap}
.badge.neg{background:var(--err-bg);border-color:#fecaca;color:var(--err)}
.figure{border:1px solid var(--line);border-radius:8px;padding:10px;background:#fff;margin:.6rem 0}
.figure svg{display:block;width:100%;height:auto}
.minutes{white-space:pre-wrap;font-family:inherit;background:var(--bg);border:1px solid var(--line);
border-radius:8px;padding:12px 16px;margin:.5rem 0 1rem;font-size:.92rem}
ul.aims,ol.tasks{margin:.2rem 0 .8rem;padding-left:1.4rem}
details{margin:.4rem 0 1rem}
summary{cursor:pointer;color:var(--accent)}
footer{margin:3rem 0 0;padding:1rem 0 2rem;border-top:1px solid var(--line);color:var(--muted);
font-size:.85rem}
@media (max-width:700px){dl.facts{grid-template-columns:1fr}}
@media print{
@page{size:A4;margin:14mm}
html{font-size:11pt}
header.top{background:none;color:var(--ink);padding:0}
header.top p,.cards span{color:var(--muted)}
.cards li{border-color:var(--line)}.cards b{color:var(--ink)}
nav.toc{display:none}
h2{break-after:avoid}
.figure,tr{break-inside:avoid}
details{display:block}
a{color:inherit;text-decoration:none}
}
""".strip()


def _e(text: object) -> str:
    return html.escape(export_text(str(text)), quote=True)


class _Page:
    """A small builder that keeps the language and the dossier at hand."""

    def __init__(self, dossier: Dossier, lang: Lang) -> None:
        self.d = dossier
        self.lang: Lang = lang
        self.out: list[str] = []

    def t(self, key: str, **kwargs: object) -> str:
        da, en = _T[key]
        text = en if self.lang == "en" else da
        return text.format(**kwargs) if kwargs else text

    def pair(self, pair: tuple[str, str]) -> str:
        return pair[1] if self.lang == "en" else pair[0]

    def day(self, day: date) -> str:
        return format_period(Period(day, day), lang=self.lang)

    def period(self, period: Period | None) -> str:
        if period is None:
            return "–"
        rendered = format_period(period, lang=self.lang)
        if period.text and period.text != rendered:
            return f"{rendered} ({period.text})"
        return rendered

    def bodies(self, ids: Iterable[str]) -> str:
        return ", ".join(self.d.body_name(i) for i in ids)

    def add(self, *parts: str) -> None:
        self.out.extend(parts)

    def facts(self, rows: Sequence[tuple[str, str | None]]) -> None:
        """A definition list of label → already-escaped HTML, skipping empty values."""
        kept = [(label, value) for label, value in rows if value]
        if not kept:
            return
        self.add('<dl class="facts">')
        for label, value in kept:
            self.add(f"<dt>{_e(label)}</dt><dd>{value}</dd>")
        self.add("</dl>")

    def table(
        self,
        header: Sequence[str],
        rows: Iterable[Sequence[str]],
        *,
        caption: str | None = None,
        cls: str = "",
        cell_classes: Sequence[str] = (),
    ) -> None:
        """A table; ``rows`` hold already-escaped HTML."""
        self.add(f'<table class="{cls}">' if cls else "<table>")
        if caption:
            self.add(f"<caption>{_e(caption)}</caption>")
        self.add(
            "<thead><tr>"
            + "".join(f'<th scope="col">{_e(h)}</th>' for h in header)
            + "</tr></thead>"
        )
        self.add("<tbody>")
        for row in rows:
            cells = []
            for i, cell in enumerate(row):
                c = cell_classes[i] if i < len(cell_classes) and cell_classes[i] else ""
                cells.append(f'<td class="{c}">{cell}</td>' if c else f"<td>{cell}</td>")
            self.add("<tr>" + "".join(cells) + "</tr>")
        self.add("</tbody></table>")


def _person_label(page: _Page, person_id: str) -> tuple[str, str]:
    person = page.d.person(person_id)
    extra = " · ".join(x for x in (person.party, person.title) if x)
    return person.name, extra


def _seat_rule_text(page: _Page, rule: SeatRule) -> str:
    if rule.text:
        return _e(rule.text)
    return _e(rule.describe(lang=page.lang, body_name=page.d.body_name))


def _chair_text(page: _Page, chair: ChairRule) -> str:
    if chair.text:
        return _e(chair.text)
    text = chair.kind.label(page.lang)
    if chair.person is not None:
        text = page.d.person(chair.person).name
    elif chair.committee is not None:
        text += " " + page.d.body_name(chair.committee)
    elif chair.position is not None:
        text += f": {chair.position}"
    return _e(text)


def _aim_points(points: Sequence[AimPoint]) -> str:
    if not points:
        return ""
    items = "".join(f"<li>{_e(p.text)}{_aim_points(p.points)}</li>" for p in points)
    return f'<ul class="aims">{items}</ul>'


def _aim(aim: StrategicAim) -> str:
    head = _e(aim.title)
    if aim.perspective:
        head = f"{_e(aim.perspective)}: {head}"
    if aim.source:
        head += f' <span class="small">({_e(aim.source)})</span>'
    return f"<li><b>{head}</b>{_aim_points(aim.points)}</li>"


def _context(page: _Page) -> None:
    d = page.d
    c = d.committee
    page.add(
        f'<section id="context" aria-labelledby="h-context"><h2 id="h-context">'
        f"{_e(page.t('context'))}</h2>"
    )
    rows: list[tuple[str, str | None]] = [
        (page.t("kind"), _e(c.kind.label_en if page.lang == "en" else c.kind.label_da)),
        (page.t("short_name"), _e(c.short_name) if c.short_name else None),
        (page.t("description"), _e(c.description) if c.description else None),
        (page.t("serves"), _e(page.bodies(c.serves)) if c.serves else None),
        (page.t("parent"), _e(d.body_name(c.parent)) if c.parent else None),
        (page.t("predecessor"), _e(d.body_name(c.predecessor)) if c.predecessor else None),
    ]
    if d.council is not None:
        council = d.council
        term = council.election_period
        rows += [
            (
                page.t("municipality"),
                _e(f"{council.municipality.name} ({council.municipality.code})"),
            ),
            (page.t("council"), _e(council.name)),
            (page.t("election_period"), _e(f"{term.label}: {page.period(term.period)}")),
            (page.t("election_day"), _e(page.day(term.election_day))),
            (page.t("next_election"), _e(page.day(term.next_election_day))),
            (page.t("seats"), _e(council.seats) if council.seats is not None else None),
        ]
    page.facts(rows)
    if d.council is not None and d.council.parties:
        page.add(f"<h3>{_e(page.t('parties'))}</h3>")
        page.table(
            (page.t("letter"), page.t("party")),
            ((_e(p.letter), _e(p.name)) for p in d.council.parties),
        )
    page.add("</section>")


def _mandate(page: _Page) -> None:
    d, m = page.d, page.d.mandate
    page.add(
        f'<section id="mandate" aria-labelledby="h-mandate"><h2 id="h-mandate">'
        f"{_e(page.t('mandate'))}</h2>"
    )
    legal = f"{m.legal_basis.law} {m.legal_basis.paragraph}"
    if m.legal_basis.consolidation:
        legal += f" ({m.legal_basis.consolidation})"
    established = None
    if m.established_by is not None:
        e = m.established_by
        parts = [d.body_name(e.body)]
        if e.date is not None:
            parts.append(page.day(e.date))
        if e.agenda_ref:
            parts.append(e.agenda_ref)
        established = _e(", ".join(parts))
        if e.text:
            established += f'<br><span class="small">{_e(e.text)}</span>'
    composition = None
    if m.composition or m.composition_text:
        items = "".join(f"<li>{_seat_rule_text(page, r)}</li>" for r in m.composition)
        composition = (_e(m.composition_text) if m.composition_text else "") + (
            f"<ul>{items}</ul>" if items else ""
        )
    appointment = None
    if m.appointment is not None:
        a = m.appointment
        text = a.method.value
        if a.unanimous is not None:
            text += " – " + page.t("unanimous" if a.unanimous else "not_unanimous")
        appointment = _e(a.text or text)
    secretariat = " · ".join(x for x in (m.secretariat, m.secretary_position) if x) or None
    powers: str
    if m.powers.granted:
        powers = _e(m.powers.text or m.powers.scope or page.t("yes"))
        if m.powers.areas:
            powers += '<br><span class="small">' + _e(", ".join(a.value for a in m.powers.areas))
            powers += "</span>"
    else:
        powers = _e(m.powers.text or page.t("no_powers"))
    reporting = None
    if m.reporting is not None:
        r = m.reporting
        bits = [page.bodies(r.to)] if r.to else []
        if r.times_per_year is not None:
            bits.append(page.t("per_year", n=r.times_per_year))
        reporting = _e(" – ".join(bits)) if bits else ""
        if r.text:
            reporting += (" " if reporting else "") + f'<span class="small">{_e(r.text)}</span>'
    meetings = None
    if m.meetings is not None:
        mr = m.meetings
        bits = []
        if mr.public is not None:
            bits.append(f"{page.t('public')}: {page.t('yes' if mr.public else 'no')}")
        if mr.meetings_per_year is not None:
            bits.append(page.t("per_year", n=mr.meetings_per_year))
        if mr.text:
            bits.append(mr.text)
        meetings = _e(" · ".join(bits)) or None
    pay = None
    if m.pay:
        pay = "<br>".join(_e(p.text or p.kind.value) for p in m.pay)
    page.facts(
        [
            (page.t("legal"), _e(legal)),
            (page.t("established"), established),
            (page.t("purpose"), _e(m.purpose) if m.purpose else None),
            (
                page.t("function"),
                _e(page.pair(_FUNCTIONS[m.function.value])) if m.function else None,
            ),
            (page.t("serves"), _e(page.bodies(m.serves)) if m.serves else None),
            (page.t("term"), _e(page.period(m.term)) if m.term else None),
            (page.t("end_condition"), _e(m.end_condition) if m.end_condition else None),
            (page.t("composition"), composition),
            (page.t("appointment"), appointment),
            (page.t("chair"), _chair_text(page, m.chair) if m.chair else None),
            (page.t("secretariat"), _e(secretariat) if secretariat else None),
            (page.t("powers"), powers),
            (page.t("reporting"), reporting),
            (page.t("meetings"), meetings),
            (page.t("pay"), pay),
            (page.t("invites"), _e(m.invites) if m.invites else None),
        ]
    )
    if m.tasks:
        page.add(f"<h3>{_e(page.t('tasks'))}</h3>", '<ol class="tasks">')
        for task in m.tasks:
            title = f"<b>{_e(task.title)}.</b> " if task.title else ""
            page.add(f'<li value="{task.number}">{title}{_e(task.text)}</li>')
        page.add("</ol>")
    if m.deliverables:
        page.add(f"<h3>{_e(page.t('deliverables'))}</h3>")
        page.table(
            (page.t("title"), page.t("due"), page.t("to"), page.t("tasks")),
            (
                (
                    _e(x.title),
                    _e(page.period(x.due)),
                    _e(page.bodies(x.to)) or "–",
                    _e(", ".join(str(n) for n in x.tasks)) or "–",
                )
                for x in m.deliverables
            ),
        )
    if m.aims:
        page.add(f"<h3>{_e(page.t('aims'))}</h3>", '<ul class="aims">')
        page.add(*(_aim(aim) for aim in m.aims))
        page.add("</ul>")
    if m.themes:
        page.add(f"<h3>{_e(page.t('themes'))}</h3>")
        page.facts([(t.title, _e(t.description or "–")) for t in m.themes])
    page.add("</section>")


def _members(page: _Page) -> None:
    d = page.d
    page.add(
        f'<section id="members" aria-labelledby="h-members"><h2 id="h-members">'
        f"{_e(page.t('members'))}</h2>"
    )
    memberships = d.memberships_of(d.committee.id)
    if not memberships:
        page.add(f"<p>{_e(page.t('no_members'))}</p></section>")
        return
    order = {role: i for i, role in enumerate(Role)}
    ranked: list[tuple[int, int, Membership]] = sorted(
        ((order[ms.role], i, ms) for i, ms in enumerate(memberships)), key=lambda x: (x[0], x[1])
    )
    rows = []
    for _, _, ms in ranked:
        name, extra = _person_label(page, ms.person)
        behalf = ""
        if ms.on_behalf_of is not None:
            ref = ms.on_behalf_of.ref
            if ms.on_behalf_of.kind.value == "committee":
                behalf = d.body_name(ref)
            elif ms.on_behalf_of.kind.value == "organisation":
                behalf = next((s.name for s in d.stakeholders if s.id == ref), ref)
            else:
                party = d.council.party(ref) if d.council is not None else None
                behalf = party.name if party is not None else ref
        phases = ", ".join(ms.phases)
        rows.append(
            (
                _e(ms.role.label_en if page.lang == "en" else ms.role.label_da),
                _e(name),
                _e(extra) or "–",
                _e(page.pair(_BASES[ms.basis])),
                _e(behalf) or "–",
                _e(phases) or "–",
            )
        )
    page.table(
        (
            page.t("role"),
            page.t("name"),
            page.t("party_title"),
            page.t("basis"),
            page.t("behalf"),
            page.t("phases_col"),
        ),
        rows,
    )
    page.add("</section>")


def _plan(page: _Page, on: date) -> None:
    d = page.d
    page.add(
        f'<section id="plan" aria-labelledby="h-plan"><h2 id="h-plan">{_e(page.t("plan"))}</h2>'
    )
    svg = timeline_svg(d, lang=page.lang, on=on)
    if svg is None:
        page.add(f"<p>{_e(page.t('no_timeline'))}</p></section>")
        return
    page.add(f'<div class="figure">{svg}</div>')
    if d.plan.phases:
        page.table(
            (page.t("phase"), page.t("title"), page.t("period"), page.t("participants")),
            (
                (
                    _e(p.id),
                    _e(p.title),
                    _e(page.period(p.period)),
                    _e(", ".join(d.actor_name(a) for a in p.participants)) or "–",
                )
                for p in d.plan.phases
            ),
            cell_classes=("code",),
        )
    if d.plan.milestones:
        page.table(
            (page.t("date"), page.t("what"), page.t("to")),
            (
                (
                    _e(page.period(m.period) if m.period else page.day(m.date)),
                    _e(m.title),
                    _e(page.bodies(m.bodies)) or "–",
                )
                for m in sorted(d.plan.milestones, key=lambda m: (m.date, m.id))
            ),
            caption=page.t("milestones"),
        )
    page.add("</section>")


def _network(page: _Page, seed: int) -> None:
    from kommissorium.network import ei_index, sector_info, stakeholder_graph

    d = page.d
    page.add(
        f'<section id="stakeholders" aria-labelledby="h-network"><h2 id="h-network">'
        f"{_e(page.t('network'))}</h2>"
    )
    graph = stakeholder_graph(d)
    if graph.number_of_nodes() <= 1:
        page.add(f"<p>{_e(page.t('no_network'))}</p></section>")
        return
    info = sector_info(d.sectors)
    title = ("Interessentnetværk: " if page.lang != "en" else "Stakeholder network: ") + (
        d.committee.name
    )
    page.add(
        '<div class="figure">'
        + network_svg(graph, info=info, seed=seed, title=title, lang=page.lang, svg_id="network")
        + "</div>"
    )
    if graph.number_of_edges():
        ei = ei_index(graph)
        page.add(f'<p class="small">{_e(page.t("ei"))}: {ei.index:.3f}</p>')
    nodes = sorted(
        graph.nodes(data=True), key=lambda item: (str(item[1].get("sector")), str(item[0]))
    )
    page.add(f"<details><summary>{_e(page.t('actors_list'))}</summary>")
    page.table(
        (page.t("name"), page.t("sector"), page.t("kind")),
        (
            (
                _e(data.get("name", node)),
                _e(info.label(str(data.get("sector", "other")), page.lang)),
                _e(data.get("kind", "")) or "–",
            )
            for node, data in nodes
        ),
    )
    page.add("</details></section>")


def _rule_titles(profile: str, lang: Lang) -> dict[str, str]:
    """``{code: title}`` of the profile's rules in the page's language (empty if unknown)."""
    from kommissorium.rules import all_rules

    try:
        rules = all_rules(profile)
    except (KeyError, ValueError):
        return {}
    return {r.code: r.title(lang) for r in rules}


def _rule_link(rules_url: str, code: str, titles: dict[str, str] | None = None) -> str:
    """The code as a link to its rule page, or (empty template) as text with the rule's title."""
    if not rules_url:
        title = (titles or {}).get(code)
        hint = f' title="kommissorium rules {_e(code)}"'
        text = f'<span class="rule-code"{hint}>{_e(code)}</span>'
        return text + (f'<br><span class="small">{_e(title)}</span>' if title else "")
    href = rules_url.replace("{code}", code) if "{code}" in rules_url else rules_url + code
    return f'<a href="{_e(href)}">{_e(code)}</a>'


def _finding_rows(
    page: _Page, findings: Sequence[Finding], rules_url: str, titles: dict[str, str]
) -> list[list[str]]:
    rows = []
    for f in findings:
        message = _e(f.message(page.lang))
        sources = "; ".join(s.text for s in f.legal_basis)
        if sources:
            message += f'<br><span class="small">{_e(page.t("legal_basis"))}: {_e(sources)}</span>'
        if f.accepted:
            message += (
                f'<br><span class="small"><b>{_e(page.t("accepted_reason"))}:</b> '
                f"{_e(f.accepted_reason or '')}</span>"
            )
        rows.append(
            [
                _rule_link(rules_url, f.code, titles),
                message,
                _e(f.path).replace(".", ".<wbr>"),
                _e(f.certainty.label(page.lang)),
            ]
        )
    return rows


def _findings(page: _Page, report: Report, rules_url: str) -> None:
    page.add(
        f'<section id="findings" aria-labelledby="h-findings"><h2 id="h-findings">'
        f"{_e(page.t('findings'))}</h2>"
    )
    page.add(f"<p>{_e(page.t('checked', on=page.day(report.on), profile=report.profile))}</p>")
    titles = {} if rules_url else _rule_titles(report.profile, page.lang)
    if not rules_url and (report.findings or report.skipped):
        page.add(f'<p class="small">{_e(page.t("rules_hint"))}</p>')
    header = (page.t("code"), page.t("message"), page.t("path"), page.t("certainty"))
    classes = ("code", "", "path", "")
    groups = [
        (Severity.ERROR, "errors", "sev-error"),
        (Severity.WARNING, "warnings", "sev-warning"),
        (Severity.INFO, "info", "sev-info"),
    ]
    any_shown = False
    for severity, key, cls in groups:
        found = [f for f in report.findings if f.severity is severity and not f.accepted]
        if not found:
            continue
        any_shown = True
        page.add(f'<h3 class="{cls}">{_e(page.t(key))} ({len(found)})</h3>')
        rows = _finding_rows(page, found, rules_url, titles)
        page.table(header, rows, cls=cls, cell_classes=classes)
    accepted = [f for f in report.findings if f.accepted]
    if accepted:
        any_shown = True
        page.add(f'<h3 class="sev-accepted">{_e(page.t("accepted"))} ({len(accepted)})</h3>')
        page.table(
            header,
            _finding_rows(page, accepted, rules_url, titles),
            cls="sev-accepted",
            cell_classes=classes,
        )
    if not any_shown:
        page.add(f"<p>{_e(page.t('no_findings'))}</p>")
    if report.skipped:
        page.add(f"<details><summary>{_e(page.t('skipped', n=len(report.skipped)))}</summary><ul>")
        page.add(
            *(
                f"<li>{_rule_link(rules_url, s.code, titles)}: {_e(s.reason(page.lang))}</li>"
                for s in report.skipped
            )
        )
        page.add("</ul></details>")
    page.add("</section>")


def _recommendations(page: _Page, on: date) -> None:
    d = page.d
    page.add(
        f'<section id="recommendations" aria-labelledby="h-recs"><h2 id="h-recs">'
        f"{_e(page.t('recommendations'))}</h2>"
    )
    if not d.recommendations:
        page.add(f"<p>{_e(page.t('no_recommendations'))}</p></section>")
        return
    report = status_report(d, on=on)
    chips = []
    for _key, rows in report.by_state():
        label = rows[0].state_en if page.lang == "en" else rows[0].state_da
        chips.append(f'<span class="badge">{_e(label)}: {len(rows)}</span>')
    page.add(f"<p>{_e(page.t('by_state'))} ({_e(page.day(on))}): " + " ".join(chips) + "</p>")
    tasks = {t.number: t for t in d.mandate.tasks}
    for key, rows in report.by_task():
        if key != "-":
            task = tasks.get(int(key))
            title = task.title or task.text if task is not None else ""
            page.add(f"<h3>{_e(page.t('task'))} {_e(key)}. {_e(title)}</h3>")
        else:
            page.add("<h3>–</h3>")
        table_rows = []
        for row in rows:
            state = _e(row.state_en if page.lang == "en" else row.state_da)
            text = _e(row.text)
            if row.polarity == Polarity.DO_NOT.value:
                text = f'<span class="badge neg">{_e(page.t("not_do"))}</span> ' + text
            overdue = "<br>".join(f"{_e(o.what)} ({_e(page.day(o.due))})" for o in row.overdue)
            table_rows.append(
                (
                    _e(row.id),
                    text,
                    f'<span class="badge">{state}</span>',
                    _e(page.bodies(row.addressees)) or "–",
                    f"{row.progress} %" if row.progress is not None else "–",
                    _e(page.day(row.last_move)) if row.last_move else "–",
                    overdue or "–",
                )
            )
        page.table(
            (
                "#",
                page.t("text"),
                page.t("state"),
                page.t("to"),
                page.t("progress"),
                page.t("last_move"),
                page.t("overdue"),
            ),
            table_rows,
            cell_classes=("code",),
        )
    page.add("</section>")


def _decisions(page: _Page) -> None:
    d = page.d
    if not d.decisions:
        return
    page.add(
        f'<section id="decisions" aria-labelledby="h-decisions"><h2 id="h-decisions">'
        f"{_e(page.t('decisions'))}</h2>"
    )
    for record in d.decisions:
        page.add(
            f"<h3>{_e(d.body_name(record.body))}, {_e(page.day(record.date))}</h3>",
            f'<div class="minutes">{_e(decision_text(d, record, lang=page.lang).rstrip())}</div>',
        )
    page.add("</section>")


def html_report(
    dossier: Dossier,
    *,
    on: date,
    lang: Lang = "da",
    source: str | None = None,
    report: Report | None = None,
    rules_url: str = DEFAULT_RULES_URL,
    seed: int = 0,
) -> str:
    """The committee as one self-contained, deterministic HTML page.

    Args:
        dossier: The dossier.
        on: The report day: the check date, the day the recommendations' state is read for, and
            the "report day" line on the timeline.
        lang: ``"da"`` or ``"en"``.
        source: Name of the committee file, shown in the header and footer.
        report: A check report to show; by default :func:`kommissorium.rules.check` is run for
            ``on`` with the ``dk`` profile.
        rules_url: Link template for rule codes; ``{code}`` is replaced by the code (without
            it, the code is appended). Empty (the default, :data:`DEFAULT_RULES_URL`): no links,
            the code is shown with the rule's title and a ``kommissorium rules CODE`` hint.
        seed: Seed of the network layout.

    Returns:
        The page, starting with ``<!DOCTYPE html>`` and ending with a newline.

    Examples:
        >>> from datetime import date
        >>> import kommissorium as k
        >>> d = k.Dossier(committee=k.Committee(id="u", name="<script>alert(1)</script> & co"))
        >>> page = html_report(d, on=date(2024, 1, 1))
        >>> "<script>" in page, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page
        (False, True)
    """
    if lang not in ("da", "en"):
        raise ValueError(f"lang must be 'da' or 'en', got {lang!r}")
    from kommissorium import __version__

    report = report if report is not None else check(dossier, on=on)
    page = _Page(dossier, lang)
    name = dossier.committee.name
    title = f"{name} – {page.t('report').lower()} {page.t('on')} {page.day(on)}"
    page.add(
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="kommissorium {_e(__version__)}">',
        f"<title>{_e(title)}</title>",
        f"<style>\n{_CSS}\n</style>",
        "</head>",
        "<body>",
        '<header class="top"><div class="wrap">',
        f"<p>{_e(page.t('report'))} {_e(page.t('on'))} {_e(page.day(on))}"
        + (f" · {_e(page.t('source'))}: {_e(source)}" if source else "")
        + "</p>",
        f"<h1>{_e(name)}</h1>",
    )
    kind = dossier.committee.kind
    where = ""
    if dossier.council is not None:
        where = f" · {dossier.council.municipality.name} Kommune"
    page.add(f"<p>{_e(kind.label_en if lang == 'en' else kind.label_da)}{_e(where)}</p>")
    counts = report.counts
    cards = [
        ("c-error", counts["error"], page.t("n_errors")),
        ("c-warning", counts["warning"], page.t("n_warnings")),
        ("c-info", counts["info"], page.t("n_info")),
        ("c-accepted", counts["accepted"], page.t("n_accepted")),
        ("", len(dossier.memberships_of(dossier.committee.id)), page.t("n_members")),
        ("", len(dossier.plan.phases), page.t("n_phases")),
        ("", len(dossier.recommendations), page.t("n_recs")),
    ]
    page.add(f'<ul class="cards" aria-label="{_e(page.t("overview"))}">')
    for cls, number, label in cards:
        attr = f' class="{cls}"' if cls else ""
        page.add(f"<li{attr}><b>{number}</b><span>{_e(label)}</span></li>")
    page.add("</ul></div></header>")
    sections = [
        ("context", "context"),
        ("members", "members"),
        ("plan", "plan"),
        ("stakeholders", "network"),
        ("findings", "findings"),
        ("recommendations", "recommendations"),
    ]
    if dossier.decisions:
        sections.append(("decisions", "decisions"))
    sections.append(("mandate", "mandate"))
    page.add(
        f'<nav class="toc" aria-label="{_e(page.t("contents"))}"><div class="wrap"><ol>'
        + "".join(f'<li><a href="#{anchor}">{_e(page.t(key))}</a></li>' for anchor, key in sections)
        + "</ol></div></nav>",
        '<main class="wrap">',
    )
    _context(page)
    _members(page)
    _plan(page, on)
    _network(page, seed)
    _findings(page, report, rules_url)
    _recommendations(page, on)
    _decisions(page)
    _mandate(page)
    page.add(
        "</main>",
        '<footer><div class="wrap">'
        + _e(page.t("made_with", version=__version__))
        + (f" · {_e(source)}" if source else "")
        + f" · {_e(page.t('report'))} {_e(page.t('on'))} {_e(page.day(on))}</div></footer>",
        "</body>",
        "</html>",
    )
    return "\n".join(page.out) + "\n"
