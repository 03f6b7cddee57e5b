"""Decision records printed the way Danish minutes (beslutningsprotokoller) print them.

The layout follows the minutes in the seed documents: the agenda item number and title
("7. Status …"; the title alone when the record has no number), the case number with "Åben
Sag" or "Lukket Sag", the route (Sagsgang, with what a body recommends the next one: "ØU
(anbefaler: godkendt)"), the indstilling, the heading "Beslutning i
<udvalg> den DD-MM-YYYY", the outcome per point ("Ad. 1 Godkendt.") each followed by its own
vote counts and named votes, protocol remarks, the absentees ("Fraværende:") and the
attachments ("Bilag:") with document id and record number.
English output uses the same layout with English headings; names and quoted text stay as
recorded.

Examples:
    >>> from datetime import date
    >>> from kommissorium.model import (AgendaItem, Committee, DecisionRecord, Dossier,
    ...     Outcome, PointOutcome)
    >>> d = Dossier(committee=Committee(id="vpu", name="Voksen- og Plejeudvalget"),
    ...     decisions=(DecisionRecord(id="x", body="vpu", date=date(2025, 4, 28),
    ...         item=AgendaItem(title="Status", case_number="22/6043"),
    ...         outcomes=(PointOutcome(outcome=Outcome.APPROVED),)),))
    >>> print(minutes_text(d), end="")
    Status
    22/6043 Åben Sag
    <BLANKLINE>
    Beslutning i Voksen- og Plejeudvalget den 28-04-2025
    Godkendt.
"""

from __future__ import annotations

from datetime import date

from kommissorium.model import DecisionRecord, Dossier, EarlierTreatment, Proposal

__all__ = ["decision_text", "minutes_text"]

_WORDS = {
    "da": {
        "open": "Åben Sag",
        "closed": "Lukket Sag",
        "route": "Sagsgang",
        "recommends": "anbefaler",
        "proposal": "Indstilling",
        "proposes": "indstiller, at",
        "anonymous": "Det indstilles, at",
        "decision": "Beslutning i {body} den {date}",
        "remarks": "{name} har følgende bemærkninger til punktet:",
        "earlier": "Tidligere behandling",
        "positions": "Tilkendegivelser:",
        "substitutes": "Stedfortrædere:",
        "replaces": "for",
        "approved_sub": "godkendt",
        "since": "fra kl.",
        "until": "til kl.",
        "absent": "Fraværende:",
        "attachments": "Bilag:",
        "att_open": "Åben",
        "att_closed": "Lukket",
        "separator": "-" * 72,
    },
    "en": {
        "open": "Open case",
        "closed": "Closed case",
        "route": "Route",
        "recommends": "recommends",
        "proposal": "Recommendation",
        "proposes": "recommends that",
        "anonymous": "It is recommended that",
        "decision": "Decision in {body} on {date}",
        "remarks": "{name} made the following remarks on the item:",
        "earlier": "Earlier treatment",
        "positions": "Positions:",
        "substitutes": "Substitutes:",
        "replaces": "for",
        "approved_sub": "approved",
        "since": "from",
        "until": "until",
        "absent": "Absent:",
        "attachments": "Attachments:",
        "att_open": "Open",
        "att_closed": "Closed",
        "separator": "-" * 72,
    },
}


def _day(day: date, lang: str) -> str:
    return day.strftime("%d-%m-%Y") if lang == "da" else day.isoformat()


def _person(dossier: Dossier, person_id: str, party: str | None = None) -> str:
    try:
        person = dossier.person(person_id)
    except KeyError:
        return person_id
    letter = party if party is not None else person.party
    return f"{person.name} ({letter})" if letter else person.name


def _proposal_lines(proposal: Proposal, words: dict[str, str]) -> list[str]:
    lead = proposal.text or (
        f"{proposal.proposer} {words['proposes']}" if proposal.proposer else words["anonymous"]
    )
    if len(proposal.points) == 1:
        point = proposal.points[0]
        return [f"{lead} {point}" + ("" if point.endswith(".") else ".")]
    lines = [lead.rstrip(":") + ":"]
    lines.extend(f"{n}. {point}" for n, point in enumerate(proposal.points, start=1))
    return lines


def _earlier_line(treatment: EarlierTreatment, lang: str) -> str:
    parts = [treatment.body_name]
    if treatment.date is not None:
        parts.append(_day(treatment.date, lang))
    if treatment.item is not None:
        parts.append(f"{'item' if lang == 'en' else 'pkt.'} {treatment.item}")
    line = ", ".join(parts)
    said = treatment.text or (treatment.outcome.label(lang) if treatment.outcome else None)
    return f"{line}: {said}" if said else line


def decision_text(dossier: Dossier, record: DecisionRecord, *, lang: str = "da") -> str:
    """One decision record as minutes print it (ends with a newline).

    Args:
        dossier: The dossier the record belongs to (for names of bodies and people).
        record: The record.
        lang: ``"da"`` or ``"en"``.
    """
    words = _WORDS["en" if lang == "en" else "da"]
    item = record.item
    out = [f"{item.number}. {item.title}" if item.number else item.title]
    status = words["open"] if item.public else words["closed"]
    out.append(f"{item.case_number} {status}" if item.case_number else status)
    case = next((c for c in dossier.cases if c.id == record.case), None)
    if case is not None and case.route:
        names = []
        for step in case.route:
            try:
                body = dossier.body(step.body)
                name = body.short_name or body.name
            except KeyError:
                name = dossier.body_name(step.body)
            if step.recommends is not None:
                label = step.recommends.label_en if lang == "en" else step.recommends.label_da
                name += f" ({words['recommends']}: {label.lower()})"
            names.append(name)
        out += ["", words["route"], " → ".join(names)]
    if record.earlier:
        out += ["", words["earlier"]]
        out.extend(_earlier_line(treatment, lang) for treatment in record.earlier)
    if record.proposal is not None:
        out += ["", words["proposal"], *_proposal_lines(record.proposal, words)]
    try:
        body_name = record.minutes_name or dossier.body(record.body).name
    except KeyError:
        body_name = dossier.body_name(record.body)
    out += ["", words["decision"].format(body=body_name, date=_day(record.date, lang))]
    for outcome in record.outcomes:
        out.append(outcome.minutes_text(lang))
        for count in outcome.counts:
            label = count.option.label_en if lang == "en" else count.option.label_da
            who = [*count.parties, *(_person(dossier, p) for p in count.people)]
            number = "" if count.count is None else f" {count.count}"
            listed = f" ({', '.join(who)})" if who else ""
            out.append(f"  {label}:{number}{listed}")
        for vote in outcome.votes:
            label = vote.option.label_en if lang == "en" else vote.option.label_da
            out.append(f"  {_person(dossier, vote.person)}: {label}")
    for remark in record.remarks:
        if remark.person is not None:
            name = _person(dossier, remark.person, remark.party)
        else:
            name = remark.on_behalf_of or remark.party or "?"
            if remark.party and remark.on_behalf_of:
                name += f" ({remark.party})"
        out += ["", words["remarks"].format(name=name)]
        for paragraph in remark.paragraphs:
            out += ["", paragraph]
    if record.positions:
        out += ["", words["positions"]]
        for position in record.positions:
            who = [*(_person(dossier, p) for p in position.people), *position.parties]
            line = f"{', '.join(who) or '–'}: {position.stance.label(lang)}"
            if position.point is not None:
                line += f" ({'Re' if lang == 'en' else 'ad.'} {position.point})"
            out.append(line)
    if record.absentees:
        out += ["", words["absent"]]
        for absence in record.absentees:
            line = _person(dossier, absence.person)
            if absence.reason.value != "unknown":
                reason = absence.reason.label_en if lang == "en" else absence.reason.label_da
                line += f" ({reason})"
            if absence.since is not None:
                line += f" {words['since']} {absence.since:%H.%M}"
            if absence.until is not None:
                line += f" {words['until']} {absence.until:%H.%M}"
            if absence.points:
                line += (
                    " – "
                    + ("Re " if lang == "en" else "ad. ")
                    + ", ".join(str(p) for p in absence.points)
                )
            out.append(line)
    if record.substitutes:
        out += ["", words["substitutes"]]
        for sub in record.substitutes:
            line = _person(dossier, sub.person)
            if sub.replaces is not None:
                line += f" {words['replaces']} {_person(dossier, sub.replaces)}"
            if sub.approved:
                line += f" ({words['approved_sub']})"
            out.append(line)
    if record.attachments:
        out += ["", words["attachments"]]
        for att in record.attachments:
            status = words["att_open"] if att.public else words["att_closed"]
            line = f"{att.number} - {status}  {att.title}"
            if att.document_id:
                line += f" ({att.document_id})"
            if att.mark:
                line += f" {att.mark}"
            out.append(line)
            if att.record_number:
                out.append(f"    {att.record_number}")
    return "\n".join(out) + "\n"


def minutes_text(dossier: Dossier, *, lang: str = "da") -> str:
    """All decision records of the dossier as minutes, in file order, separated by a rule."""
    words = _WORDS["en" if lang == "en" else "da"]
    parts = [decision_text(dossier, record, lang=lang) for record in dossier.decisions]
    return ("\n" + words["separator"] + "\n\n").join(parts)
