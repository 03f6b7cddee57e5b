"""The committee's term against the election calendar (KRVL § 6, § 97).

Rules STL301–STL302. The council's mandate ends on 31 December of the election year (KRVL § 6,
stk. 3, § 97); the new council is not bound by its predecessor's internal organisation. No
ministry or supervisory statement was found that forbids or allows a § 17, stk. 4 committee to
run past that day, so the term rule is a warning with LOW certainty (reference note R18).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from kommissorium.rules.dk._common import krvl, kstl, make, setup_day, setup_period
from kommissorium.rules.engine import Certainty, Context, Hit, RuleDoc, Severity, Text

__all__ = ["RULES"]

_BASE = '[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n'


def _beyond(ctx: Context) -> Iterator[Hit]:
    term = ctx.dossier.mandate.term
    if term is None or term.end is None:
        return  # STL110 reports a missing end
    period = setup_period(ctx)
    if period is None:
        yield Hit(
            path="mandate.term", missing=("mandate.established_by.date", "mandate.term.start")
        )
        return
    if term.end > period.last_day:
        yield Hit(
            path="mandate.term.end",
            args={
                "end": term.end,
                "label": period.label,
                "last": period.last_day,
                "text": f" ({term.text})" if term.text else "",
            },
        )


def _after_election(ctx: Context) -> Iterator[Hit]:
    dated = [
        (d.due.end or d.due.start, i, d)
        for i, d in enumerate(ctx.dossier.mandate.deliverables)
        if d.due is not None
    ]
    if not dated:
        return
    due, index, deliverable = max(dated, key=lambda x: (x[0], x[1]))
    period = setup_period(ctx)
    if period is None:
        if setup_day(ctx) is None:
            yield Hit(
                path=f"mandate.deliverables[{index}]",
                missing=("mandate.established_by.date", "mandate.term.start"),
            )
        return
    if due <= period.next_election_day:
        return
    if due <= period.last_day:
        who = Text("en afgående kommunalbestyrelse", "an outgoing council")
    else:
        who = Text(
            "den nye kommunalbestyrelse, som ikke har nedsat udvalget",
            "the new council, which did not set the committee up",
        )
    yield Hit(
        path=f"mandate.deliverables[{index}].due",
        ids=(deliverable.id,),
        args={
            "title": deliverable.title,
            "due": due,
            "election": period.next_election_day,
            "who": who,
        },
    )


RULES = (
    make(
        "STL301",
        "term-beyond-election-period",
        Severity.WARNING,
        Certainty.LOW,
        title=(
            "Funktionsperioden ligger inden for valgperioden",
            "The term lies within the election period",
        ),
        message=(
            "Udvalgets funktionsperiode slutter {end}{text}, efter at valgperioden {label}, "
            "som udvalget blev nedsat i, udløber {last}; den nye kommunalbestyrelse er ikke "
            "bundet af udvalget. (Retsgrundlaget er usikkert.)",
            "The committee's term ends on {end}{text}, after the election period {label} it "
            "was set up in ends on {last}; the new council is not bound by it. (The legal "
            "ground is uncertain.)",
        ),
        check=_beyond,
        sources=krvl("§ 6", 3) + krvl("§ 97", 1) + kstl("§ 17", 3),
        doc=RuleDoc(
            what="Warns when `mandate.term.end` falls after 31 December of the election year "
            "of the election period the committee was set up in. That period is found from "
            "`mandate.established_by.date`, else `mandate.term.start` (the council's own "
            "`election_period` when it contains that day).",
            why="No statement forbids a special committee to outlive the council that set it "
            "up (§ 17, stk. 3, which ties committee elections to the council's term, covers "
            "only stk. 1–2 committees). But the council's mandate ends on 31 December of the "
            "election year, the new council may dissolve or reorganise the committee, and "
            "councillor seats end with the council seat. Practice keeps these committees "
            "within the term. Hence a warning with low certainty.",
            fail_example=_BASE + "[mandate]\nterm = { start = 2016-06-29, end = 2018-12-31, "
            'text = "til udgangen af 2018" }\n',
            pass_example=_BASE + "[mandate]\nterm = { start = 2016-06-29, end = 2017-12-31 }\n",
            example_on=date(2016, 6, 29),
            references=("Reference note R17", "Reference note R18"),
            unverified="No ministry or Ankestyrelsen statement on a § 17, stk. 4 committee "
            "running past the election period was found.",
        ),
    ),
    make(
        "STL302",
        "final-report-after-election",
        Severity.WARNING,
        Certainty.MEDIUM,
        title=(
            "Den afsluttende leverance når den kommunalbestyrelse, der nedsatte udvalget",
            "The final deliverable reaches the council that set the committee up",
        ),
        message=(
            "Den sidste leverance '{title}' har frist senest {due}, efter kommunalvalget "
            "{election}; afleveres den efter valgdagen, når den {who}.",
            "The last deliverable '{title}' is due by {due}, after the municipal election on "
            "{election}; if it arrives after election day, it reaches {who}.",
        ),
        check=_after_election,
        sources=krvl("§ 6", 2) + krvl("§ 97", 1),
        doc=RuleDoc(
            what="Takes the deliverable with the latest due day (the end of its `due` period) "
            "and warns when that day falls after the next election day of the period the "
            "committee was set up in: before 1 January it reaches an outgoing council, after "
            "it a new council.",
            why="After the election the outgoing council sits until 31 December (KRVL § 97, "
            "stk. 1) and rarely takes new decisions; a new council is not bound by its "
            "predecessor's committee. The calendar is certain; the consequence is a planning "
            "risk, not a legal defect (medium).",
            fail_example=_BASE + '[mandate]\nterm = "2024-25"\n[[mandate.deliverables]]\n'
            'id = "rapport"\ntitle = "Afrapportering"\ndue = "fjerde kvartal 2025"\n',
            pass_example=_BASE + '[mandate]\nterm = "2024-25"\n[[mandate.deliverables]]\n'
            'id = "rapport"\ntitle = "Afrapportering"\ndue = "tredje kvartal 2025"\n',
            example_on=date(2024, 1, 1),
            references=("Reference note R18", "Reference note § 3"),
        ),
    ),
)
