"""Plan and data consistency (PLN codes): phases, deliverables, memberships and involvement.

Rules PLN101–PLN111 (PLN108 retired: phase coverage is PLN112 in :mod:`.plan_coverage`). These
are not legal rules but checks that the plan fits the mandate: phases inside the term and in
order, no overlaps or gaps between consecutive phases, deliverables due before the end,
memberships inside the term, phase-invited participants tied to phases, and dates that agree with
each other. An overlap or gap that is intended is explained by recording the finding as accepted in
``[[accepted]]`` with the reason: it stays visible in the report, marked accepted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta

from kommissorium.model import SeatBasis
from kommissorium.rules.dk._common import make, setup_day
from kommissorium.rules.engine import (
    Certainty,
    Context,
    Hit,
    LegalSource,
    Rule,
    RuleDoc,
    Severity,
)

__all__ = ["RULES"]

_ON = date(2024, 3, 1)
_BASE = '[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n'
_TERM = '[mandate]\nterm = "2024-25"\n'
_NONE: tuple[LegalSource, ...] = ()
_ONE_DAY = timedelta(days=1)


def _phase(pid: str, period: str, extra: str = "") -> str:
    return f'[[plan.phases]]\nid = "{pid}"\ntitle = "Fase {pid}"\nperiod = "{period}"\n{extra}'


def _outside(ctx: Context) -> Iterator[Hit]:
    term = ctx.dossier.mandate.term
    phases = ctx.dossier.plan.phases
    if not phases:
        return
    if term is None:
        yield Hit(path="plan.phases", missing=("mandate.term",))
        return
    for i, p in enumerate(phases):
        if not term.contains_period(p.period):
            yield Hit(path=f"plan.phases[{i}].period", ids=(p.id,), args={"phase": p.title})


def _order(ctx: Context) -> Iterator[Hit]:
    phases = ctx.dossier.plan.phases
    for i in range(1, len(phases)):
        if phases[i].period.start < phases[i - 1].period.start:
            yield Hit(
                path=f"plan.phases[{i}]",
                ids=(phases[i - 1].id, phases[i].id),
                args={"phase": phases[i].title, "previous": phases[i - 1].title},
            )


def _pairs(ctx: Context) -> Iterator[tuple[int, date, date]]:
    """(index, end of the previous phase, start of this phase) for consecutive phases in order."""
    phases = ctx.dossier.plan.phases
    for i in range(1, len(phases)):
        prev, cur = phases[i - 1].period, phases[i].period
        if cur.start >= prev.start and prev.end is not None:
            yield i, prev.end, cur.start


def _overlap(ctx: Context) -> Iterator[Hit]:
    phases = ctx.dossier.plan.phases
    for i, prev_end, start in _pairs(ctx):
        if start <= prev_end:
            yield Hit(
                path=f"plan.phases[{i}].period",
                ids=(phases[i - 1].id, phases[i].id),
                args={
                    "phase": phases[i].title,
                    "previous": phases[i - 1].title,
                    "days": (prev_end - start).days + 1,
                },
            )


def _gap(ctx: Context) -> Iterator[Hit]:
    phases = ctx.dossier.plan.phases
    for i, prev_end, start in _pairs(ctx):
        if start > prev_end + _ONE_DAY:
            yield Hit(
                path=f"plan.phases[{i}].period",
                ids=(phases[i - 1].id, phases[i].id),
                args={
                    "phase": phases[i].title,
                    "previous": phases[i - 1].title,
                    "days": (start - prev_end).days - 1,
                },
            )


def _deliverable_late(ctx: Context) -> Iterator[Hit]:
    term = ctx.dossier.mandate.term
    for i, d in enumerate(ctx.dossier.mandate.deliverables):
        if d.due is None:
            continue
        if term is None:
            yield Hit(path=f"mandate.deliverables[{i}]", ids=(d.id,), missing=("mandate.term",))
            continue
        due = d.due.end or d.due.start
        if term.end is not None and due > term.end:
            yield Hit(
                path=f"mandate.deliverables[{i}].due",
                ids=(d.id,),
                args={"title": d.title, "due": due, "end": term.end},
            )


def _membership_outside(ctx: Context) -> Iterator[Hit]:
    term = ctx.dossier.mandate.term
    for i, m in ctx.own:
        if m.period is None:
            continue
        if term is None:
            yield Hit(path=f"memberships[{i}].period", ids=(m.person,), missing=("mandate.term",))
        elif not term.contains_period(m.period):
            yield Hit(
                path=f"memberships[{i}].period",
                ids=(m.person,),
                args={"person": ctx.people[m.person].name},
            )


def _invited_without_phase(ctx: Context) -> Iterator[Hit]:
    for i, m in ctx.own:
        if m.basis is SeatBasis.PHASE_INVITED and not m.phases:
            yield Hit(
                path=f"memberships[{i}].phases",
                ids=(m.person,),
                args={"person": ctx.people[m.person].name},
            )


def _term_before_setup(ctx: Context) -> Iterator[Hit]:
    m = ctx.dossier.mandate
    decided = m.established_by.date if m.established_by is not None else None
    if m.term is not None and decided is not None and m.term.start < decided:
        yield Hit(
            path="mandate.term.start",
            args={"start": m.term.start, "decided": decided},
        )


def _outside_council_period(ctx: Context) -> Iterator[Hit]:
    council = ctx.dossier.council
    day = setup_day(ctx)
    if council is not None and day is not None and day not in council.election_period:
        yield Hit(
            path="council.election_period",
            args={"day": day, "label": council.election_period.label},
        )


def _areas_without_grant(ctx: Context) -> Iterator[Hit]:
    p = ctx.dossier.mandate.powers
    if not p.granted and (p.areas or p.scope):
        yield Hit(path="mandate.powers")


def _pln(
    code: str,
    name: str,
    severity: Severity,
    title: tuple[str, str],
    message: tuple[str, str],
    check: Callable[[Context], Iterable[Hit]],
    what: str,
    why: str,
    fail: str,
    ok: str,
    certainty: Certainty = Certainty.HIGH,
) -> Rule:
    return make(
        code,
        name,
        severity,
        certainty,
        title=title,
        message=message,
        check=check,
        sources=_NONE,
        scope=None,
        doc=RuleDoc(what=what, why=why, fail_example=fail, pass_example=ok, example_on=_ON),
    )


RULES = (
    _pln(
        "PLN101",
        "phase-outside-term",
        Severity.WARNING,
        ("Faserne ligger inden for funktionsperioden", "Phases lie within the term"),
        (
            "Fasen '{phase}' ligger ikke inden for udvalgets funktionsperiode.",
            "The phase '{phase}' does not lie within the committee's term.",
        ),
        _outside,
        "Warns for each phase whose period is not inside `mandate.term`; an info finding "
        "when there are phases but no term.",
        "Work planned outside the term is work the committee has no mandate for.",
        _BASE + _TERM + _phase("p1", "første kvartal 2026"),
        _BASE + _TERM + _phase("p1", "første kvartal 2024"),
    ),
    _pln(
        "PLN102",
        "phases-out-of-order",
        Severity.WARNING,
        ("Faserne står i tidsorden", "Phases are in date order"),
        (
            "Fasen '{phase}' begynder før den foregående fase '{previous}'.",
            "The phase '{phase}' starts before the previous phase '{previous}'.",
        ),
        _order,
        "Warns when a phase starts before the phase listed before it.",
        "The plan is read in file order (calendar export, reports); out-of-order phases are "
        "usually a typo in a period.",
        _BASE + _TERM + _phase("p1", "andet kvartal 2024") + _phase("p2", "første kvartal 2024"),
        _BASE + _TERM + _phase("p1", "første kvartal 2024") + _phase("p2", "andet kvartal 2024"),
    ),
    _pln(
        "PLN103",
        "phases-overlap",
        Severity.WARNING,
        ("Faserne overlapper ikke", "Phases do not overlap"),
        (
            "Fasen '{phase}' overlapper den foregående fase '{previous}' med {days} dag(e).",
            "The phase '{phase}' overlaps the previous phase '{previous}' by {days} day(s).",
        ),
        _overlap,
        "Warns when a phase starts on or before the last day of the phase before it. An "
        "intended overlap is explained by an accepted finding (`[[accepted]]` with code "
        "PLN103, the phase's path and the reason).",
        "Overlapping phases split the committee's attention and the participants' invitations; "
        "when intended, the reason should be on record.",
        _BASE + _TERM + _phase("p1", "første halvår 2024") + _phase("p2", "andet kvartal 2024"),
        _BASE + _TERM + _phase("p1", "første halvår 2024") + _phase("p2", "andet halvår 2024"),
    ),
    _pln(
        "PLN104",
        "gap-between-phases",
        Severity.WARNING,
        ("Der er ingen huller mellem faserne", "No gaps between phases"),
        (
            "Der er {days} dag(e) uden fase mellem '{previous}' og '{phase}'.",
            "There are {days} day(s) without a phase between '{previous}' and '{phase}'.",
        ),
        _gap,
        "Warns when a phase starts more than one day after the phase before it ends. An "
        "intended gap (a summer break) is explained by an accepted finding.",
        "A gap is often a period read wrongly; when intended, say why.",
        _BASE + _TERM + _phase("p1", "første kvartal 2024") + _phase("p2", "tredje kvartal 2024"),
        _BASE + _TERM + _phase("p1", "første kvartal 2024") + _phase("p2", "andet kvartal 2024"),
    ),
    _pln(
        "PLN105",
        "deliverable-after-term",
        Severity.WARNING,
        (
            "Leverancer forfalder inden funktionsperiodens udløb",
            "Deliverables are due before the term ends",
        ),
        (
            "Leverancen '{title}' har frist {due}, efter funktionsperiodens udløb {end}.",
            "The deliverable '{title}' is due on {due}, after the term ends on {end}.",
        ),
        _deliverable_late,
        "Warns for each deliverable whose due day (end of its `due` period) is after the end "
        "of `mandate.term`.",
        "A deliverable due after the committee has ended has nobody to deliver it.",
        _BASE + _TERM + '[[mandate.deliverables]]\nid = "d"\ntitle = "Rapport"\n'
        'due = "første kvartal 2026"\n',
        _BASE + _TERM + '[[mandate.deliverables]]\nid = "d"\ntitle = "Rapport"\n'
        'due = "fjerde kvartal 2025"\n',
    ),
    _pln(
        "PLN106",
        "membership-outside-term",
        Severity.WARNING,
        (
            "Medlemsperioder ligger inden for funktionsperioden",
            "Membership periods lie within the term",
        ),
        (
            "{person}s medlemsperiode ligger ikke inden for udvalgets funktionsperiode.",
            "The membership period of {person} does not lie within the committee's term.",
        ),
        _membership_outside,
        "Warns for each membership of the committee with its own `period` that is not inside "
        "`mandate.term`.",
        "A membership cannot outlast (or precede) the committee itself.",
        _BASE + _TERM + '[[people]]\nid = "a"\nname = "Person 1"\n[[memberships]]\n'
        'person = "a"\ncommittee = "u"\nperiod = { start = 2023-06-01, end = 2024-06-30 }\n',
        _BASE + _TERM + '[[people]]\nid = "a"\nname = "Person 1"\n[[memberships]]\n'
        'person = "a"\ncommittee = "u"\nperiod = { start = 2024-01-01, end = 2024-06-30 }\n',
    ),
    _pln(
        "PLN107",
        "phase-invited-without-phases",
        Severity.WARNING,
        ("Faseinviterede er knyttet til faser", "Phase-invited participants have phases"),
        (
            "{person} er inviteret til faser, men ingen fase er angivet.",
            "{person} is invited to phases, but no phase is given.",
        ),
        _invited_without_phase,
        "Warns for each membership with basis `phase-invited` and no `phases`.",
        "A phase invitation without a phase cannot be put in a calendar or a coverage analysis.",
        _BASE + _TERM + '[[people]]\nid = "a"\nname = "Person 1"\n[[memberships]]\n'
        'person = "a"\ncommittee = "u"\nbasis = "phase-invited"\n',
        _BASE + _TERM + _phase("p1", "første kvartal 2024") + '[[people]]\nid = "a"\n'
        'name = "Person 1"\n[[memberships]]\nperson = "a"\ncommittee = "u"\n'
        'basis = "phase-invited"\nphases = ["p1"]\n',
    ),
    _pln(
        "PLN109",
        "term-starts-before-establishment",
        Severity.WARNING,
        (
            "Funktionsperioden begynder ikke før beslutningen",
            "The term does not start before the decision",
        ),
        (
            "Funktionsperioden begynder {start}, før udvalget blev nedsat {decided}.",
            "The term starts on {start}, before the committee was set up on {decided}.",
        ),
        _term_before_setup,
        "Warns when `mandate.term.start` is before `mandate.established_by.date`.",
        "A committee cannot work before it exists; usually one of the dates is wrong.",
        '[council]\nid = "kb"\nname = "Byrådet"\nelection_period = "2022-2025"\n'
        'municipality = { name = "Hedensted", code = "766" }\n'
        + _BASE
        + '[mandate]\nterm = "2024-25"\n[mandate.established_by]\nbody = "kb"\n'
        "date = 2024-02-01\n",
        '[council]\nid = "kb"\nname = "Byrådet"\nelection_period = "2022-2025"\n'
        'municipality = { name = "Hedensted", code = "766" }\n'
        + _BASE
        + '[mandate]\nterm = "2024-25"\n[mandate.established_by]\nbody = "kb"\n'
        "date = 2023-12-14\n",
    ),
    _pln(
        "PLN110",
        "setup-outside-council-period",
        Severity.WARNING,
        (
            "Udvalget er nedsat i rådets valgperiode",
            "The committee was set up in the council's election period",
        ),
        (
            "Udvalget er nedsat {day}, uden for den valgperiode ({label}), som filens "
            "kommunalbestyrelse er angivet for.",
            "The committee was set up on {day}, outside the election period ({label}) the file's "
            "council is given for.",
        ),
        _outside_council_period,
        "Warns when the set-up day (`mandate.established_by.date`, else `mandate.term.start`) "
        "is outside `council.election_period`.",
        "The council context (parties, roster) then describes another council than the one "
        "that set the committee up, and roster-based rules would check against the wrong "
        "council.",
        '[council]\nid = "kb"\nname = "Byrådet"\nelection_period = "2018-2021"\n'
        'municipality = { name = "Hedensted", code = "766" }\n' + _BASE + _TERM,
        '[council]\nid = "kb"\nname = "Byrådet"\nelection_period = "2022-2025"\n'
        'municipality = { name = "Hedensted", code = "766" }\n' + _BASE + _TERM,
    ),
    _pln(
        "PLN111",
        "powers-described-but-not-granted",
        Severity.WARNING,
        ("Kompetenceafsnittet er konsistent", "The powers section is consistent"),
        (
            "mandate.powers beskriver et område eller en afgrænsning, men granted er false.",
            "mandate.powers describes areas or a scope, but granted is false.",
        ),
        _areas_without_grant,
        "Warns when `mandate.powers.granted` is false but `areas` or `scope` is set.",
        "Either the committee was given powers (and STL401–STL408 should check them) or the "
        "areas and scope are stray data.",
        _BASE + '[mandate.powers]\nscope = "Tildeling af midler"\n',
        _BASE + '[mandate.powers]\ngranted = true\nscope = "Tildeling af midler"\n',
    ),
)
