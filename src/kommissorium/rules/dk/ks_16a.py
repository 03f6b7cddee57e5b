"""Allowances for members who are not councillors: KSTL § 16 a.

Rules STL504–STL505. The council may pay daily allowances (diæter) and compensation for
documented lost earnings to people who take part without being councillors (§ 16 a, stk. 1;
both for the same meeting, IM resumé 20.5.1); not when a special fee is paid (§ 16 a, stk. 5 in
LBK 13/2026; the subsection numbering of earlier consolidations differs and is cited without
stk.). Councillors are paid under § 16 and the vederlagsbekendtgørelse instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from kommissorium.model import PayKind
from kommissorium.rules.dk._common import im, kstl, make
from kommissorium.rules.dk.vederlag_7 import recipients
from kommissorium.rules.engine import Certainty, Context, Hit, RuleDoc, Severity

__all__ = ["RULES"]

_ON = date(2024, 3, 1)
_ALLOWANCES = frozenset({PayKind.DAILY_ALLOWANCE, PayKind.LOST_EARNINGS})
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
[[memberships]]
person = "a"
committee = "u"
[[memberships]]
person = "c"
committee = "u"
basis = "appointed"
"""


def _to_councillor(ctx: Context) -> Iterator[Hit]:
    for index, pay in enumerate(ctx.dossier.mandate.pay):
        if pay.kind in _ALLOWANCES and pay.recipients:
            for pid in recipients(ctx, pay) or ():
                if ctx.people[pid].is_councillor:
                    yield Hit(
                        path=f"mandate.pay[{index}]",
                        ids=(pid,),
                        args={"person": ctx.people[pid].name},
                    )


def _with_fee(ctx: Context) -> Iterator[Hit]:
    pay = ctx.dossier.mandate.pay
    fee: set[str] = set()
    for p in pay:
        if p.kind is PayKind.SPECIAL_FEE:
            fee.update(recipients(ctx, p) or ())
    if not fee:
        return
    for index, p in enumerate(pay):
        if p.kind in _ALLOWANCES:
            for pid in recipients(ctx, p) or ():
                if pid in fee:
                    yield Hit(
                        path=f"mandate.pay[{index}]",
                        ids=(pid,),
                        args={"person": ctx.people[pid].name},
                    )


RULES = (
    make(
        "STL504",
        "allowance-to-councillor",
        Severity.WARNING,
        Certainty.MEDIUM,
        title=(
            "Diæter og tabt arbejdsfortjeneste efter § 16 a kun til ikke-medlemmer",
            "§ 16 a allowances only for non-councillors",
        ),
        message=(
            "{person} er medlem af kommunalbestyrelsen og får ikke diæter eller tabt "
            "arbejdsfortjeneste efter § 16 a; medlemmers vederlag følger § 16.",
            "{person} is a councillor and is not paid allowances or lost earnings under § 16 a; "
            "councillors are paid under § 16.",
        ),
        check=_to_councillor,
        sources=kstl("§ 16 a", 1),
        doc=RuleDoc(
            what="For pay decisions of kind `daily-allowance` or `lost-earnings` that name "
            "recipients, warns for each recipient who is a councillor.",
            why="§ 16 a, stk. 1 covers those who take part 'uden at være medlem af "
            "kommunalbestyrelsen'. Councillors' meetings are covered by their fixed pay (§ 16, "
            "stk. 1, litra a) and their own lost-earnings rules; medium because a councillor "
            "may be paid under those rules and the file may name the wrong kind.",
            fail_example=_BASE + '[[mandate.pay]]\nkind = "daily-allowance"\nrecipients = ["a"]\n',
            pass_example=_BASE + '[[mandate.pay]]\nkind = "daily-allowance"\nrecipients = ["c"]\n',
            example_on=_ON,
            references=("Reference note R20",),
        ),
    ),
    make(
        "STL505",
        "allowance-with-special-fee",
        Severity.ERROR,
        Certainty.HIGH,
        title=("Ingen diæter ved særligt honorar", "No allowances with a special fee"),
        message=(
            "{person} får både særligt honorar og diæter/tabt arbejdsfortjeneste; ved særligt "
            "honorar ydes der ikke diæter eller erstatning efter § 16 a.",
            "{person} gets both a special fee and allowances/lost earnings; with a special fee "
            "no allowances or compensation are paid under § 16 a.",
        ),
        check=_with_fee,
        sources=kstl("§ 16 a", 5, stk_from=date(2026, 1, 8)) + im("20.5.1 (12-11-2020)"),
        doc=RuleDoc(
            what="Reports an error for each person who is a recipient of a `special-fee` "
            "decision and of a `daily-allowance` or `lost-earnings` decision.",
            why="§ 16 a, stk. 5 (LBK 13/2026): allowances and compensation are not paid to "
            "someone who receives a special fee for the task.",
            fail_example=_BASE + '[[mandate.pay]]\nkind = "special-fee"\nrecipients = ["c"]\n'
            '[[mandate.pay]]\nkind = "daily-allowance"\nrecipients = ["c"]\n',
            pass_example=_BASE + '[[mandate.pay]]\nkind = "daily-allowance"\nrecipients = ["c"]\n'
            '[[mandate.pay]]\nkind = "lost-earnings"\nrecipients = ["c"]\n',
            example_on=_ON,
            references=("Reference note R20",),
            unverified="The subsection numbering of § 16 a before LBK 13/2026 was not verified "
            "(it was stk. 4–7 in LBK 47/2019); earlier consolidations are cited without stk.",
        ),
    ),
)
