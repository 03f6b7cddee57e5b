"""Pay for special committees: vederlagsbekendtgørelsen § 7 (BEK 2001/2021, BEK 1325/2025).

Rules STL501–STL503. The council may pay committee pay to councillor members of a special
committee (§ 7, stk. 1) and a fee to a councillor who chairs one (stk. 3), each office at most
40 % of the mayor's pay (stk. 5). The reference note and this module read the § 7 text of BEK
nr. 2001 af 28. oktober 2021 and BEK nr. 1325 af 13. november 2025 (same wording). Earlier
orders were not read, so the rules apply from 28 October 2021; checks for earlier dates skip
them (and say so in the report). The orders' in-force dates were not verified; each is cited
from its date of issue. Magistrate municipalities (BEK § 14: at most 10 %) are not modelled.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from kommissorium.model import PayDecision, PayKind, Role
from kommissorium.rules.dk._common import BEK_VALID_FROM, bek, make
from kommissorium.rules.engine import Certainty, Context, Hit, RuleDoc, Severity, Text

__all__ = ["RULES", "recipients"]

_ON = date(2024, 3, 1)
_CAP = 40.0
_BASE = """\
[committee]
id = "u"
name = "Opgaveudvalget"
kind = "special-17-4"
[[people]]
id = "a"
name = "Byrådsmedlem 1"
kind = "councillor"
[[people]]
id = "c"
name = "Borger 1"
kind = "citizen"
"""
_CHAIR_FEES = frozenset({PayKind.CHAIR_FEE, PayKind.VICE_CHAIR_FEE})
_ROLE_NAMES = {
    "chair": Role.CHAIR,
    "vice-chair": Role.VICE_CHAIR,
    "member": Role.MEMBER,
    "secretary": Role.SECRETARY,
}


def recipients(ctx: Context, pay: PayDecision) -> tuple[str, ...] | None:
    r"""Person ids a pay decision goes to; ``None`` when a role it names has no holder on file.

    Recipients may be person ids or role names. An empty list means the chair for chair fees,
    the vice-chair for vice-chair fees, the running members who are councillors for committee
    pay (BEK 1325/2025 § 7, stk. 7 splits committee pay among the members the council appointed
    from its own members; the note names no exclusion of a chair paid a fee, so none is made),
    and all running members otherwise.

    Examples:
        >>> from datetime import date
        >>> import kommissorium as k
        >>> from kommissorium.model import PayKind
        >>> d = k.loads(_BASE + '[[memberships]]\nperson = "a"\ncommittee = "u"\n'
        ...             '[[memberships]]\nperson = "c"\ncommittee = "u"\n'
        ...             '[[mandate.pay]]\nkind = "committee-pay"\n')
        >>> recipients(Context(d, _ON), d.mandate.pay[0])
        ('a',)
    """
    names = pay.recipients
    if not names:
        if pay.kind is PayKind.CHAIR_FEE:
            names = ("chair",)
        elif pay.kind is PayKind.VICE_CHAIR_FEE:
            names = ("vice-chair",)
        else:
            members = {m.person for _, m in ctx.own_active if m.role.is_member}
            if pay.kind is PayKind.COMMITTEE_PAY:
                members = {
                    pid for pid in members if pid in ctx.people and ctx.people[pid].is_councillor
                }
            return tuple(sorted(members))
    out: list[str] = []
    for name in names:
        if name in ctx.people:
            out.append(name)
        elif name in _ROLE_NAMES:
            holders = ctx.active_with_role(ctx.committee.id, _ROLE_NAMES[name])
            if not holders:
                return None
            out.extend(m.person for _, m in holders)
    return tuple(out)


def _chair_fee(ctx: Context) -> Iterator[Hit]:
    for index, pay in enumerate(ctx.dossier.mandate.pay):
        if pay.kind not in _CHAIR_FEES:
            continue
        people = recipients(ctx, pay)
        if people is None:
            yield Hit(
                path=f"mandate.pay[{index}].recipients",
                missing=("memberships (role = 'chair' or 'vice-chair')",),
            )
            continue
        for pid in people:
            if not ctx.people[pid].is_councillor:
                yield Hit(
                    path=f"mandate.pay[{index}]", ids=(pid,), args={"person": ctx.people[pid].name}
                )


def _cap(ctx: Context) -> Iterator[Hit]:
    for index, pay in enumerate(ctx.dossier.mandate.pay):
        percent = pay.percent_of_mayor
        if pay.kind in _CHAIR_FEES and percent is not None and percent > _CAP:
            yield Hit(
                path=f"mandate.pay[{index}].percent_of_mayor",
                args={
                    "percent": pay.percent_of_mayor,
                    "kind": Text(
                        "formandsvederlaget"
                        if pay.kind is PayKind.CHAIR_FEE
                        else "næstformandsvederlaget",
                        "the chair's fee"
                        if pay.kind is PayKind.CHAIR_FEE
                        else "the vice-chair's fee",
                    ),
                },
            )


def _committee_pay(ctx: Context) -> Iterator[Hit]:
    for index, pay in enumerate(ctx.dossier.mandate.pay):
        if pay.kind is not PayKind.COMMITTEE_PAY:
            continue
        people = recipients(ctx, pay) or ()
        for pid in people:
            if not ctx.people[pid].is_councillor:
                yield Hit(
                    path=f"mandate.pay[{index}]", ids=(pid,), args={"person": ctx.people[pid].name}
                )


RULES = (
    make(
        "STL501",
        "chair-fee-to-non-councillor",
        Severity.ERROR,
        Certainty.HIGH,
        title=(
            "Formandsvederlag kun til en formand fra kommunalbestyrelsen",
            "A chair's fee only for a councillor chair",
        ),
        message=(
            "Der er besluttet (næst)formandsvederlag til {person}, som ikke er medlem af "
            "kommunalbestyrelsen.",
            "A (vice-)chair's fee is decided for {person}, who is not a councillor.",
        ),
        check=_chair_fee,
        sources=bek("§ 7", 3),
        valid_from=BEK_VALID_FROM,
        doc=RuleDoc(
            what="For each pay decision of kind `chair-fee` or `vice-chair-fee`, reports an error "
            "for each recipient who is not a councillor. Recipients are person ids or role "
            "names (`chair`, `vice-chair`); without recipients the running chair (vice-chair) "
            "is meant, and an info finding is given when there is none on file.",
            why="§ 7, stk. 3 allows the fee only to councillors who chair (or vice-chair) a "
            "special committee. A non-councillor chair is lawful (reference note R11) but cannot "
            "receive this fee.",
            fail_example=_BASE + '[[memberships]]\nperson = "c"\ncommittee = "u"\nrole = "chair"\n'
            '[[mandate.pay]]\nkind = "chair-fee"\npercent_of_mayor = 10\n',
            pass_example=_BASE + '[[memberships]]\nperson = "a"\ncommittee = "u"\nrole = "chair"\n'
            '[[mandate.pay]]\nkind = "chair-fee"\npercent_of_mayor = 10\n',
            example_on=_ON,
            references=("Reference note R11", "Reference note R19"),
            unverified="Only BEK 2001/2021 and BEK 1325/2025 were read; the rule is not applied "
            "before 28 October 2021. In-force dates of both orders were not verified.",
        ),
    ),
    make(
        "STL502",
        "fee-above-cap",
        Severity.ERROR,
        Certainty.HIGH,
        title=(
            "(Næst)formandsvederlag højst 40 % af borgmesterens vederlag",
            "A (vice-)chair's fee is at most 40 % of the mayor's pay",
        ),
        message=(
            "{kind} er sat til {percent} % af borgmesterens vederlag; højst 40 % er tilladt.",
            "{kind} is set at {percent} % of the mayor's pay; at most 40 % is allowed.",
        ),
        check=_cap,
        sources=bek("§ 7", 5),
        valid_from=BEK_VALID_FROM,
        doc=RuleDoc(
            what="Reports an error when a `chair-fee` or `vice-chair-fee` decision has "
            "`percent_of_mayor` above 40. Exactly 40 passes.",
            why="§ 7, stk. 5: the pay for a single office under stk. 2 and 3 is a percentage of "
            "the mayor's pay, at most 40 %. (Committee pay under stk. 1 is limited by the "
            "overall pool in stk. 4 instead, which needs the population and is not checked.)",
            fail_example=_BASE + '[[memberships]]\nperson = "a"\ncommittee = "u"\nrole = "chair"\n'
            '[[mandate.pay]]\nkind = "chair-fee"\npercent_of_mayor = 40.5\n',
            pass_example=_BASE + '[[memberships]]\nperson = "a"\ncommittee = "u"\nrole = "chair"\n'
            '[[mandate.pay]]\nkind = "chair-fee"\npercent_of_mayor = 40\n',
            example_on=_ON,
            references=("Reference note R19",),
            unverified="Only BEK 2001/2021 and BEK 1325/2025 were read. Magistrate "
            "municipalities (BEK § 14, stk. 5: at most 10 %) are not modelled.",
        ),
    ),
    make(
        "STL503",
        "committee-pay-to-non-councillor",
        Severity.ERROR,
        Certainty.HIGH,
        title=(
            "Udvalgsvederlag kun til kommunalbestyrelsesmedlemmer",
            "Committee pay only for councillors",
        ),
        message=(
            "Der er besluttet udvalgsvederlag til {person}, som ikke er medlem af "
            "kommunalbestyrelsen.",
            "Committee pay is decided for {person}, who is not a councillor.",
        ),
        check=_committee_pay,
        sources=bek("§ 7", 1) + bek("§ 7", 7),
        valid_from=BEK_VALID_FROM,
        doc=RuleDoc(
            what="For each pay decision of kind `committee-pay` that names its recipients, "
            "reports an error for each recipient who is not a councillor. A decision without "
            "recipients goes to the running members who are councillors (§ 7, stk. 7), so it "
            "never triggers the rule, however many citizens sit on the committee.",
            why="§ 7, stk. 1 allows committee pay to members of the council for membership of "
            "a special committee, and stk. 7 splits it among the members appointed from the "
            "council's own members. Others are paid under KSTL § 16 a (STL504, STL505).",
            fail_example=_BASE + '[[memberships]]\nperson = "c"\ncommittee = "u"\n'
            '[[mandate.pay]]\nkind = "committee-pay"\nrecipients = ["c"]\n',
            pass_example=_BASE + '[[memberships]]\nperson = "a"\ncommittee = "u"\n'
            '[[mandate.pay]]\nkind = "committee-pay"\nrecipients = ["a"]\n',
            example_on=_ON,
            references=("Reference note R19",),
            unverified="Only BEK 2001/2021 and BEK 1325/2025 were read.",
        ),
    ),
)
