"""KSTL § 17, stk. 4: establishment of a special committee and the content of its mandate.

Rules STL100–STL112. The provision (identical in every consolidation from LBK 696/2008 to
LBK 13/2026) lets the council set up special committees for specific tasks or for preparatory
or advisory functions for the council, the finance committee or the standing committees, and
makes the council fix their composition and working rules. IM resumé 92.1.2 (25-06-1992) adds
that only the council can set one up, and that a working group with voting or recommending
powers is such a committee whatever it is called.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from kommissorium.model import CommitteeKind, Role
from kommissorium.rules.dk._common import (
    ADVISORY_FUNCTIONS,
    GROUP_KINDS,
    im,
    kstl,
    make,
    not_special,
)
from kommissorium.rules.engine import Certainty, Context, Hit, RuleDoc, Severity, Text

__all__ = ["RULES"]

_S174 = kstl("§ 17", 4, 1)
_S174_2 = kstl("§ 17", 4, 2)
_ON = date(2024, 3, 1)

_COUNCIL = """\
[council]
id = "kb"
name = "Kommunalbestyrelsen"
election_period = "2022-2025"
municipality = { name = "Hedensted", code = "766" }
"""


def _not_special(ctx: Context) -> Iterator[Hit]:
    kind = ctx.committee.kind
    yield Hit(
        path="committee.kind",
        ids=(ctx.committee.id,),
        args={"kind": Text(kind.label_da, kind.label_en)},
    )


def _council_ids(ctx: Context) -> set[str]:
    ids = {b.id for b in ctx.dossier.bodies if b.kind is CommitteeKind.COUNCIL}
    if ctx.dossier.council is not None:
        ids.add(ctx.dossier.council.id)
    return ids


def _established_by(ctx: Context) -> Iterator[Hit]:
    decision = ctx.dossier.mandate.established_by
    if decision is None:
        return  # STL102 reports the missing decision
    if decision.body not in _council_ids(ctx):
        body = ctx.dossier.body_name(decision.body)
        yield Hit(path="mandate.established_by.body", ids=(decision.body,), args={"body": body})


def _decision_missing(ctx: Context) -> Iterator[Hit]:
    decision = ctx.dossier.mandate.established_by
    if decision is None:
        yield Hit(
            path="mandate.established_by",
            args={
                "what": Text(
                    "Kommissoriet angiver ikke, hvem der har nedsat udvalget",
                    "The mandate does not say who set the committee up",
                )
            },
        )
    elif decision.date is None:
        # The decision is on record; only its date is not: missing data, an info finding.
        yield Hit(path="mandate.established_by.date", missing=("mandate.established_by.date",))


def _group(ctx: Context) -> Iterator[Hit]:
    kind = ctx.committee.kind
    if kind in GROUP_KINDS:
        yield Hit(
            path="committee.kind",
            ids=(ctx.committee.id,),
            args={"kind": Text(kind.label_da, kind.label_en)},
        )


def _function(ctx: Context) -> Iterator[Hit]:
    if ctx.dossier.mandate.function is None:
        yield Hit(path="mandate.function")


def _served(ctx: Context) -> Iterator[Hit]:
    m = ctx.dossier.mandate
    if m.function in ADVISORY_FUNCTIONS and not m.serves and not ctx.committee.serves:
        yield Hit(path="mandate.serves", args={"function": m.function.value if m.function else ""})


_SERVABLE = frozenset(
    {CommitteeKind.COUNCIL, CommitteeKind.FINANCE_COMMITTEE, CommitteeKind.STANDING}
)


def _serves_scope(ctx: Context) -> Iterator[Hit]:
    council = ctx.dossier.council
    m = ctx.dossier.mandate
    for where, served in (("mandate.serves", m.serves), ("committee.serves", ctx.committee.serves)):
        for index, ref in enumerate(served):
            if council is not None and ref == council.id:
                continue
            body = ctx.bodies.get(ref)
            if body is not None and body.kind not in _SERVABLE:
                yield Hit(
                    path=f"{where}[{index}]",
                    ids=(ref,),
                    args={"body": body.name, "kind": Text(body.kind.label_da, body.kind.label_en)},
                )


def _composition(ctx: Context) -> Iterator[Hit]:
    m = ctx.dossier.mandate
    if not m.composition and not m.composition_text:
        yield Hit(path="mandate.composition")


_WORKING_RULES = (
    ("chair", Text("hvem der er formand", "who chairs")),
    ("meetings", Text("regler for møderne", "rules for meetings")),
    ("reporting", Text("afrapportering", "reporting")),
)


def _working_rules(ctx: Context) -> Iterator[Hit]:
    m = ctx.dossier.mandate
    for field, label in _WORKING_RULES:
        if getattr(m, field) is None:
            yield Hit(path=f"mandate.{field}", args={"item": label})


def _secretariat(ctx: Context) -> Iterator[Hit]:
    m = ctx.dossier.mandate
    if m.secretariat or m.secretary_position:
        return
    if any(r.role is Role.SECRETARY for r in m.composition):
        return
    if any(ms.role is Role.SECRETARY for _, ms in ctx.own):
        return
    yield Hit(path="mandate.secretariat")


def _end(ctx: Context) -> Iterator[Hit]:
    m = ctx.dossier.mandate
    if (m.term is None or m.term.end is None) and not m.end_condition:
        yield Hit(path="mandate.term")


def _dated_deliverable(ctx: Context) -> Iterator[Hit]:
    if not any(d.due is not None for d in ctx.dossier.mandate.deliverables):
        yield Hit(path="mandate.deliverables")


def _norm(text: str) -> str:
    return "".join(text.casefold().split()).replace(".", "")


_LAW_NAMES = frozenset({"kommunestyrelsesloven", "styrelsesloven", "lovomkommunernesstyrelse"})
_S174_TEXT = _norm("§ 17, stk. 4")


def _legal_basis(ctx: Context) -> Iterator[Hit]:
    basis = ctx.dossier.mandate.legal_basis
    if basis.law == "kommunestyrelsesloven" and basis.paragraph == "§ 17, stk. 4":
        return  # the default, spelled exactly
    if _norm(basis.law) not in _LAW_NAMES or _norm(basis.paragraph) != _S174_TEXT:
        yield Hit(path="mandate.legal_basis", args={"basis": f"{basis.law} {basis.paragraph}"})


RULES = (
    make(
        "STL100",
        "not-a-special-committee",
        Severity.INFO,
        Certainty.HIGH,
        title=("Udvalget er et § 17, stk. 4-udvalg", "The committee is a § 17(4) committee"),
        message=(
            "Udvalget er et {kind}, ikke et § 17, stk. 4-udvalg; STL-reglerne er ikke anvendt.",
            "The committee is a {kind}, not a § 17(4) committee; the STL rules were not applied.",
        ),
        check=_not_special,
        sources=_S174,
        scope=not_special,
        doc=RuleDoc(
            what="Reports that the STL rules were not applied because the committee is not a "
            "special committee: its kind is not `special-17-4`, and it is not a working group or "
            "political steering group with decision or recommending powers (see STL103).",
            why="The STL rules describe § 17, stk. 4 committees. Standing committees, statutory "
            "councils and MED committees have their own legal bases; checking them against § 17, "
            "stk. 4 would give false findings, and saying nothing would look like a pass.",
            fail_example='[committee]\nid = "so"\nname = "Udvalget for Social Omsorg"\n'
            'kind = "standing"\n',
            pass_example='[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n',
            example_on=_ON,
            references=("Reference note R27",),
        ),
    ),
    make(
        "STL101",
        "not-established-by-council",
        Severity.ERROR,
        Certainty.HIGH,
        title=(
            "Udvalget er nedsat af kommunalbestyrelsen",
            "The committee was set up by the council",
        ),
        message=(
            "Udvalget er nedsat af {body}; kun kommunalbestyrelsen kan nedsætte et særligt "
            "udvalg efter § 17, stk. 4.",
            "The committee was set up by {body}; only the council can set up a special "
            "committee under § 17(4).",
        ),
        check=_established_by,
        sources=_S174 + im("92.1.2 (25-06-1992)"),
        doc=RuleDoc(
            what="Checks that the body recorded in `mandate.established_by.body` is the council "
            "(the dossier's `council.id`, or a body of kind `council`).",
            why="§ 17, stk. 4 gives the power to the council alone. The finance committee or a "
            "standing committee cannot set up a committee to advise itself (IM resumé 92.1.2); "
            "the council can, however, set one up to serve them.",
            fail_example=_COUNCIL + '[committee]\nid = "u"\nname = "Arbejdsgruppen"\n'
            'kind = "special-17-4"\n[[bodies]]\nid = "so"\nname = "Udvalget for Social Omsorg"\n'
            'kind = "standing"\n[mandate.established_by]\nbody = "so"\ndate = 2024-01-10\n',
            pass_example=_COUNCIL + '[committee]\nid = "u"\nname = "Opgaveudvalget"\n'
            'kind = "special-17-4"\n[mandate.established_by]\nbody = "kb"\ndate = 2024-01-10\n',
            example_on=_ON,
            references=(
                "Reference note R01",
                "Erik Harder, Dansk "
                "Kommunalforvaltning 1, 5. udg., s. 272 (cited by IM resumé 92.1.2)",
            ),
        ),
    ),
    make(
        "STL102",
        "establishing-decision-missing",
        Severity.WARNING,
        Certainty.MEDIUM,
        title=(
            "Beslutningen om at nedsætte udvalget er angivet",
            "The decision setting the committee up is recorded",
        ),
        message=("{what}.", "{what}."),
        check=_decision_missing,
        sources=_S174,
        doc=RuleDoc(
            what="Warns when `mandate.established_by` is missing. When the decision is recorded "
            "but without a date, gives an info finding that the date is missing (the rules "
            "that depend on it, such as STL301, then fall back on the term's start).",
            why="Whether the committee was set up lawfully (STL101) and which election period "
            "it belongs to (STL301) depend on the decision and its date. A kommissorium "
            "normally cites the council's decision and agenda item; that it must is practice, "
            "not statute, hence medium certainty.",
            fail_example='[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n',
            pass_example=_COUNCIL + '[committee]\nid = "u"\nname = "Opgaveudvalget"\n'
            'kind = "special-17-4"\n[mandate.established_by]\nbody = "kb"\ndate = 2024-01-10\n'
            'agenda_ref = "punkt 7"\n',
            example_on=_ON,
            references=("Reference note, checklist item 2",),
        ),
    ),
    make(
        "STL103",
        "group-acts-as-special-committee",
        Severity.WARNING,
        Certainty.HIGH,
        title=(
            "En arbejdsgruppe med beføjelser er et § 17, stk. 4-udvalg",
            "A working group with powers is a § 17(4) committee",
        ),
        message=(
            "Gruppen er registreret som {kind}, men har beslutnings- eller indstillingsbeføjelser; "
            "den er derfor et særligt udvalg efter § 17, stk. 4 og skal nedsættes af "
            "kommunalbestyrelsen.",
            "The group is recorded as a {kind} but has decision or recommending powers; it is "
            "therefore a special committee under § 17(4) and must be set up by the council.",
        ),
        check=_group,
        sources=_S174 + im("92.1.2 (25-06-1992)"),
        doc=RuleDoc(
            what="Warns when a body of kind `working-group` or `political-steering-group` has "
            "decision powers (`mandate.powers.granted`) or makes recommendations (deliverables "
            "addressed to a body, or a reporting line). Such a body is then checked by all STL "
            "rules as a § 17, stk. 4 committee, including STL101.",
            why="IM resumé 92.1.2: a working or steering group that acts as a collegial body with "
            "set powers — deciding, if need be by vote, or making recommendations — is a special "
            "committee and only the council can set it up. A forum for exchanging information "
            "needs no council decision. Telling the two apart from data is a heuristic: a "
            "deliverable addressed to a body is read as a recommendation.",
            fail_example=_COUNCIL + '[committee]\nid = "g"\nname = "Styregruppen"\n'
            'kind = "political-steering-group"\n[mandate.reporting]\nto = ["kb"]\n',
            pass_example='[committee]\nid = "g"\nname = "Styregruppen"\n'
            'kind = "political-steering-group"\n',
            example_on=_ON,
            references=("Reference note R02",),
        ),
    ),
    make(
        "STL104",
        "function-missing",
        Severity.WARNING,
        Certainty.MEDIUM,
        title=("Udvalgets funktion er angivet", "The committee's function is stated"),
        message=(
            "Kommissoriet angiver ikke udvalgets funktion (bestemte hverv, forberedende eller "
            "rådgivende).",
            "The mandate does not state the committee's function (specific task, preparatory "
            "or advisory).",
        ),
        check=_function,
        sources=_S174,
        doc=RuleDoc(
            what="Warns when `mandate.function` is not set.",
            why="§ 17, stk. 4, 1. pkt. allows special committees only for specific tasks or for "
            "preparatory or advisory functions. Stating which keeps the committee inside the "
            "provision; that the kommissorium must state it is good practice (medium).",
            fail_example='[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n',
            pass_example='[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n'
            '[mandate]\nfunction = "specific-task"\n',
            example_on=_ON,
            references=("Reference note R03",),
        ),
    ),
    make(
        "STL105",
        "served-body-missing",
        Severity.WARNING,
        Certainty.MEDIUM,
        title=("Det betjente organ er angivet", "The body served is named"),
        message=(
            "Udvalget har en forberedende eller rådgivende funktion, men kommissoriet angiver "
            "ikke, hvem det betjener (kommunalbestyrelsen, økonomiudvalget eller et stående "
            "udvalg).",
            "The committee has a preparatory or advisory function but the mandate does not say "
            "whom it serves (the council, the finance committee or a standing committee).",
        ),
        check=_served,
        sources=_S174,
        doc=RuleDoc(
            what="Warns when `mandate.function` is `preparatory` or `advisory` and neither "
            "`mandate.serves` nor `committee.serves` names a body.",
            why="§ 17, stk. 4 speaks of preparatory or advisory functions *for* the council, the "
            "finance committee or the standing committees; naming the body served is what makes "
            "the reporting line clear. Requiring it is best practice (medium).",
            fail_example='[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n'
            '[mandate]\nfunction = "advisory"\n',
            pass_example=_COUNCIL + '[committee]\nid = "u"\nname = "Opgaveudvalget"\n'
            'kind = "special-17-4"\n[mandate]\nfunction = "advisory"\nserves = ["kb"]\n',
            example_on=_ON,
            references=("Reference note R03",),
        ),
    ),
    make(
        "STL106",
        "serves-body-outside-scope",
        Severity.WARNING,
        Certainty.HIGH,
        title=(
            "Udvalget betjener kommunalbestyrelsen, ØU eller stående udvalg",
            "The committee serves the council, the finance committee or standing committees",
        ),
        message=(
            "Udvalget betjener {body} ({kind}); § 17, stk. 4 nævner kun kommunalbestyrelsen, "
            "økonomiudvalget og de stående udvalg.",
            "The committee serves {body} ({kind}); § 17(4) names only the council, the finance "
            "committee and the standing committees.",
        ),
        check=_serves_scope,
        sources=_S174,
        doc=RuleDoc(
            what="Warns for each served body (`mandate.serves`, `committee.serves`) whose kind "
            "is not council, finance committee or standing committee.",
            why="The provision's wording lists the bodies a special committee can prepare for or "
            "advise. Serving, say, another special committee or an external body falls outside "
            "the text.",
            fail_example='[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n'
            '[mandate]\nserves = ["forening"]\n[[bodies]]\nid = "forening"\n'
            'name = "Idrætsforeningen"\nkind = "external-body"\n',
            pass_example='[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n'
            '[mandate]\nserves = ["so"]\n[[bodies]]\nid = "so"\nname = "Udvalget for Social '
            'Omsorg"\nkind = "standing"\n',
            example_on=_ON,
            references=("Reference note R03",),
        ),
    ),
    make(
        "STL107",
        "composition-missing",
        Severity.ERROR,
        Certainty.HIGH,
        title=("Sammensætningen er fastsat", "The composition is fixed"),
        message=(
            "Kommissoriet fastsætter ikke udvalgets sammensætning.",
            "The mandate does not fix the committee's composition.",
        ),
        check=_composition,
        sources=_S174_2,
        doc=RuleDoc(
            what="Reports an error when the mandate has neither composition rules "
            "(`mandate.composition`) nor a written composition (`mandate.composition_text`).",
            why="§ 17, stk. 4, 2. pkt.: the council decides the special committee's composition. "
            "A mandate without it leaves that decision unmade.",
            fail_example='[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n',
            pass_example='[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n'
            '[[mandate.composition]]\nid = "politikere"\nkind = "councillors"\ncount = 5\n',
            example_on=_ON,
            references=("Reference note R04",),
        ),
    ),
    make(
        "STL108",
        "working-rules-missing",
        Severity.WARNING,
        Certainty.MEDIUM,
        title=("Arbejdsreglerne er fastsat", "The working rules are laid down"),
        message=(
            "Kommissoriet fastsætter ikke {item}.",
            "The mandate does not lay down {item}.",
        ),
        check=_working_rules,
        sources=_S174_2,
        doc=RuleDoc(
            what="Warns once for each of chair (`mandate.chair`), meeting rules "
            "(`mandate.meetings`) and reporting (`mandate.reporting`) that the mandate lacks. "
            "The secretariat is STL109.",
            why="§ 17, stk. 4, 2. pkt.: the council lays down rules for the committee's work. "
            "That the council must is certain; which items the rules must cover is practice "
            "(medium).",
            fail_example='[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n',
            pass_example=_COUNCIL + '[committee]\nid = "u"\nname = "Opgaveudvalget"\n'
            'kind = "special-17-4"\n[mandate.chair]\nkind = "elected-by-committee"\n'
            '[mandate.meetings]\nplan_set_by = "committee"\n[mandate.reporting]\nto = ["kb"]\n',
            example_on=_ON,
            references=("Reference note R05",),
        ),
    ),
    make(
        "STL109",
        "secretariat-missing",
        Severity.WARNING,
        Certainty.MEDIUM,
        title=("Sekretariatet er angivet", "The secretariat is named"),
        message=(
            "Kommissoriet angiver ikke, hvilken del af forvaltningen der er sekretariat for "
            "udvalget.",
            "The mandate does not say which part of the administration serves as the "
            "committee's secretariat.",
        ),
        check=_secretariat,
        sources=kstl("§ 20", 4),
        doc=RuleDoc(
            what="Warns when the mandate names no secretariat (`mandate.secretariat`), no "
            "secretary position, no seat with the role `secretary`, and no membership has that "
            "role.",
            why="Administrative support comes from the administration; KSTL § 20, stk. 4 lets "
            "employees attend to act as secretariat. Naming the department is practice "
            "(medium); whether § 20 binds special committees at all is uncertain.",
            fail_example='[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n',
            pass_example='[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n'
            '[mandate]\nsecretariat = "Social Omsorg"\n',
            example_on=_ON,
            references=("Reference note R23",),
        ),
    ),
    make(
        "STL110",
        "no-end-date-or-condition",
        Severity.WARNING,
        Certainty.MEDIUM,
        title=(
            "Udvalget har en slutdato eller et ophørskriterium",
            "The committee has an end date or end condition",
        ),
        message=(
            "Kommissoriet angiver hverken en slutdato eller et ophørskriterium.",
            "The mandate gives neither an end date nor an end condition.",
        ),
        check=_end,
        sources=_S174_2 + im("01.1.5 (03-09-2001)"),
        doc=RuleDoc(
            what="Warns when `mandate.term` has no end and `mandate.end_condition` is empty.",
            why="The council sets the term as part of the rules for the committee's work (§ 17, "
            "stk. 4, 2. pkt.; reference note R17). Special committees are meant to be temporary, "
            "and powers that are not temporary are even more restricted (IM resumé 01.1.5). "
            "There is no statutory duty to set an end date, so this is a warning with medium "
            "certainty.",
            fail_example='[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n',
            pass_example='[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n'
            '[mandate]\nend_condition = "Når udvalget har afleveret sin anbefaling"\n',
            example_on=_ON,
            references=("Reference note R06", "Reference note R18"),
        ),
    ),
    make(
        "STL111",
        "no-dated-deliverable",
        Severity.WARNING,
        Certainty.MEDIUM,
        title=("Mindst én leverance har en frist", "At least one deliverable has a due date"),
        message=(
            "Kommissoriet har ingen leverance med en frist.",
            "The mandate has no deliverable with a due date.",
        ),
        check=_dated_deliverable,
        sources=_S174_2,
        doc=RuleDoc(
            what="Warns when no entry of `mandate.deliverables` has a `due` period.",
            why="The council lays down the rules for the committee's work (§ 17, stk. 4, 2. pkt.), "
            "reporting included. That those rules should give at least one dated deliverable is "
            "municipal practice, not statute (reference note R09: Gentofte, Albertslund and "
            "Nyborg route a written recommendation or report to the body served), hence a "
            "warning with medium certainty. A dated deliverable lets the body served plan its "
            "decision.",
            fail_example='[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n',
            pass_example='[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n'
            '[[mandate.deliverables]]\nid = "rapport"\ntitle = "Anbefalinger"\n'
            'due = "fjerde kvartal 2025"\n',
            example_on=_ON,
            references=("Reference note R09",),
        ),
    ),
    make(
        "STL112",
        "legal-basis-mismatch",
        Severity.WARNING,
        Certainty.HIGH,
        title=("Hjemlen er § 17, stk. 4", "The legal basis is § 17(4)"),
        message=(
            "Udvalget er registreret som § 17, stk. 4-udvalg, men kommissoriet angiver hjemlen "
            "{basis}.",
            "The committee is recorded as a § 17(4) committee, but the mandate gives the legal "
            "basis {basis}.",
        ),
        check=_legal_basis,
        sources=kstl("§ 17", 4) + kstl("§ 65 d"),
        doc=RuleDoc(
            what="Warns when `mandate.legal_basis` is not kommunestyrelsesloven § 17, stk. 4.",
            why="Other committee forms need other legal bases: local committees with decision "
            "powers (§ 65 d), departures approved under § 65 c, the German-minority committee "
            "(§ 17, stk. 5). A mismatch means either the kind or the basis is wrong, and the "
            "catalogue may be checking the wrong rules.",
            fail_example='[committee]\nid = "u"\nname = "Lokaludvalget"\nkind = "special-17-4"\n'
            '[mandate.legal_basis]\nparagraph = "§ 65 d"\n',
            pass_example='[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n'
            '[mandate.legal_basis]\nparagraph = "§ 17, stk. 4"\n'
            'consolidation = "LBK nr. 13 af 5. januar 2026"\n',
            example_on=_ON,
            references=("Reference note R27", "Reference note R28"),
        ),
    ),
)
