"""Decision powers of a special committee: KSTL § 17, stk. 1 and 4, § 18, stk. 3, IM 01.1.5.

Rules STL401–STL408. A special committee has no decision power by default. The council may
give it a right to decide only within a narrowly delimited area, without curtailing the finance
committee's or the standing committees' powers; never the immediate administration of an area
(§ 17, stk. 1), the finance committee's reserved tasks (§ 18, stk. 3), general administrative
functions, and — "navnlig" — hardly ever the exercise of public authority (IM resumé 01.1.5,
03-09-2001; the copy the reference note read was cut off in that paragraph).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

from kommissorium.model import PowerArea
from kommissorium.rules.dk._common import im, kstl, make
from kommissorium.rules.engine import Certainty, Context, Hit, Rule, RuleDoc, Severity

__all__ = ["RULES"]

_ON = date(2024, 3, 1)
_BASE = '[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n'
_IM_015 = im("01.1.5 (03-09-2001)")
# IM resumé 01.1.5 interprets the functions § 17, stk. 4, 1. pkt. allows a special committee.
_S174_1 = kstl("§ 17", 4, 1)


def _granted(ctx: Context) -> Iterator[Hit]:
    p = ctx.dossier.mandate.powers
    if p.granted:
        yield Hit(path="mandate.powers", args={"scope": p.scope or "—"})


def _undelimited(ctx: Context) -> Iterator[Hit]:
    p = ctx.dossier.mandate.powers
    if p.granted and not (p.scope and p.scope.strip()):
        yield Hit(path="mandate.powers.scope")


def _area(area: PowerArea) -> Callable[[Context], Iterator[Hit]]:
    def check(ctx: Context) -> Iterator[Hit]:
        p = ctx.dossier.mandate.powers
        if p.granted:
            for index, a in enumerate(p.areas):
                if a is area:
                    yield Hit(path=f"mandate.powers.areas[{index}]", ids=(a.value,))

    return check


def _permanent(ctx: Context) -> Iterator[Hit]:
    p = ctx.dossier.mandate.powers
    if p.granted and p.temporary is False:
        yield Hit(path="mandate.powers.temporary")


def _area_rule(
    code: str,
    name: str,
    area: PowerArea,
    certainty: Certainty,
    what_da: str,
    what_en: str,
    sources: tuple[object, ...],
    why: str,
    unverified: str | None = None,
) -> Rule:
    return make(
        code,
        name,
        Severity.ERROR,
        certainty,
        title=(
            f"Ingen beslutningskompetence vedrørende {what_da}",
            f"No decision power over {what_en}",
        ),
        message=(
            f"Udvalget er tillagt beslutningskompetence vedrørende {what_da}; det kan et særligt "
            "udvalg ikke få.",
            f"The committee is given decision power over {what_en}; a special committee cannot "
            "have that.",
        ),
        check=_area(area),
        sources=sources,  # type: ignore[arg-type]
        doc=RuleDoc(
            what=f"Reports an error when `mandate.powers.granted` is true and "
            f"`mandate.powers.areas` contains `{area.value}`.",
            why=why,
            fail_example=_BASE + '[mandate.powers]\ngranted = true\nscope = "Et afgrænset '
            f'område"\nareas = ["{area.value}"]\n',
            pass_example=_BASE + '[mandate.powers]\ngranted = true\nscope = "Et afgrænset '
            'område"\n',
            example_on=_ON,
            references=("Reference note R07", "Reference note R08"),
            unverified=unverified,
        ),
    )


RULES = (
    make(
        "STL401",
        "decision-power-granted",
        Severity.WARNING,
        Certainty.HIGH,
        title=("Udvalget har ingen beslutningskompetence", "The committee has no decision power"),
        message=(
            "Udvalget er tillagt beslutningskompetence ({scope}); den skal være snævert "
            "afgrænset og må ikke beskære økonomiudvalgets eller de stående udvalgs kompetence.",
            "The committee is given decision power ({scope}); it must be narrowly delimited and "
            "must not curtail the powers of the finance committee or the standing committees.",
        ),
        check=_granted,
        sources=kstl("§ 17", 4) + _IM_015,
        doc=RuleDoc(
            what="Warns whenever `mandate.powers.granted` is true.",
            why="Special committees are advisory by default. IM resumé 01.1.5: the room for "
            "giving one a right to decide is very limited, only within a precisely delimited "
            "area, and never at the expense of the finance committee or the standing committees. "
            "A warning invites a second look; STL402–STL408 catch the unlawful cases.",
            fail_example=_BASE + '[mandate.powers]\ngranted = true\nscope = "Fordeling af en '
            'pulje på 50.000 kr. til borgerinitiativer"\n',
            pass_example=_BASE + "[mandate.powers]\ngranted = false\n"
            'text = "Udvalget har ingen beslutningskompetence."\n',
            example_on=_ON,
            references=("Reference note R07",),
        ),
    ),
    make(
        "STL402",
        "decision-power-not-delimited",
        Severity.ERROR,
        Certainty.MEDIUM,
        title=("Beslutningskompetencen er afgrænset", "The decision power is delimited"),
        message=(
            "Udvalget er tillagt beslutningskompetence, men kommissoriet afgrænser den ikke.",
            "The committee is given decision power, but the mandate does not delimit it.",
        ),
        check=_undelimited,
        sources=_S174_1 + _IM_015,
        doc=RuleDoc(
            what="Reports an error when `mandate.powers.granted` is true and "
            "`mandate.powers.scope` is empty.",
            why="IM resumé 01.1.5 allows a right to decide only within a specific, delimited "
            "area. An undelimited grant cannot satisfy that. Reading a missing scope as unlawful "
            "(rather than merely undocumented) is an interpretive step, hence medium.",
            fail_example=_BASE + "[mandate.powers]\ngranted = true\n",
            pass_example=_BASE + '[mandate.powers]\ngranted = true\nscope = "Valg af '
            'oplægsholdere til temadagen"\n',
            example_on=_ON,
            references=("Reference note R07",),
        ),
    ),
    _area_rule(
        "STL403",
        "power-over-immediate-administration",
        PowerArea.IMMEDIATE_ADMINISTRATION,
        Certainty.MEDIUM,
        "den umiddelbare forvaltning",
        "the immediate administration",
        kstl("§ 17", 1) + im("06.1.3 (07-11-2006)", "07.1.2 (16-05-2007)"),
        "KSTL § 17, stk. 1 gives the immediate administration of the municipality's affairs to "
        "the finance committee and the standing committees; moving it needs a change of the "
        "bylaws, and even a thematic standing committee without it needed a § 65 c "
        "dispensation (IM resumé 06.1.3, 07.1.2). The statute is certain; applying it to "
        "special committees is one step of interpretation (medium).",
    ),
    _area_rule(
        "STL404",
        "power-over-finance-committee-tasks",
        PowerArea.FINANCE_COMMITTEE_TASKS,
        Certainty.HIGH,
        "økonomiudvalgets opgaver",
        "the finance committee's reserved tasks",
        kstl("§ 18", 3) + _IM_015,
        "KSTL § 18, stk. 3 gives the finance committee the immediate administration of cash and "
        "accounts and of pay and staff matters; IM resumé 01.1.5 adds that a special committee's "
        "powers must not curtail the finance committee's.",
    ),
    _area_rule(
        "STL405",
        "power-over-appropriations",
        PowerArea.APPROPRIATIONS,
        Certainty.MEDIUM,
        "bevillinger",
        "appropriations",
        _S174_1 + _IM_015,
        "Appropriations are decided by the council and administered by the finance committee "
        "and the standing committees. The reference note lists appropriations among the areas a "
        "special committee must not decide, as part of the limits in IM resumé 01.1.5; no "
        "statement on exactly this was found, hence medium.",
        unverified="No statute provision or ministry statement specifically on special "
        "committees and appropriations was read; the rule follows the reference note's advice.",
    ),
    _area_rule(
        "STL406",
        "power-over-public-authority",
        PowerArea.PUBLIC_AUTHORITY,
        Certainty.MEDIUM,
        "myndighedsudøvelse",
        "the exercise of public authority",
        _S174_1 + _IM_015,
        "IM resumé 01.1.5: the room for decision powers is narrower still — 'navnlig' — for "
        "the exercise of public authority (binding decisions towards citizens); the example was "
        "an unlawful parking-appeals board. The copy read was cut off in that paragraph, so the "
        "rule is medium.",
        unverified="The end of IM resumé 01.1.5's paragraph on myndighedsudøvelse was not read.",
    ),
    _area_rule(
        "STL407",
        "power-over-general-administration",
        PowerArea.GENERAL_ADMINISTRATION,
        Certainty.HIGH,
        "almindelige administrerende funktioner",
        "general administrative functions",
        kstl("§ 17", 1) + _S174_1 + _IM_015,
        "IM resumé 01.1.5: a special committee may be given defined administrative functions "
        "under the finance committee or a standing committee with guidelines and control, but "
        "never general administrative functions.",
    ),
    make(
        "STL408",
        "decision-power-not-temporary",
        Severity.WARNING,
        Certainty.HIGH,
        title=("Beslutningskompetencen er midlertidig", "The decision power is temporary"),
        message=(
            "Udvalgets beslutningskompetence er ikke midlertidig; adgangen til at tillægge "
            "kompetence er da yderligere begrænset.",
            "The committee's decision power is not temporary; the room for giving such power is "
            "then narrower still.",
        ),
        check=_permanent,
        sources=_S174_1 + _IM_015,
        doc=RuleDoc(
            what="Warns when `mandate.powers.granted` is true and `mandate.powers.temporary` is "
            "false.",
            why="IM resumé 01.1.5: decision powers that are not of a temporary character are "
            "even more restricted.",
            fail_example=_BASE + '[mandate.powers]\ngranted = true\nscope = "Tildeling af '
            'lokaler"\ntemporary = false\n',
            pass_example=_BASE + '[mandate.powers]\ngranted = true\nscope = "Tildeling af '
            'lokaler"\ntemporary = true\n',
            example_on=_ON,
            references=("Reference note R06", "Reference note R07"),
        ),
    ),
)
