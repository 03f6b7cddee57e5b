"""Meetings and procedure: KSTL § 10 (open council meetings only), § 20 (committee procedure).

Rules STL601–STL603. Only council meetings are public by statute (§ 10); committee meetings
are closed unless the council decides otherwise, and committees cannot on their own publish
their business (IM resumé 84.1.5, 87.1.8). Whether § 20 (meetings, quorum of half the members,
majority voting, minutes) binds a special committee by force of law is uncertain; the council
may set its own rules (§ 17, stk. 4, 2. pkt.), so the § 20 defaults are assumed when the
mandate is silent.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from kommissorium.rules.dk._common import im, kstl, make
from kommissorium.rules.engine import Certainty, Context, Hit, RuleDoc, Severity

__all__ = ["RULES"]

_ON = date(2024, 3, 1)
_BASE = '[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n'


def _public(ctx: Context) -> Iterator[Hit]:
    rules = ctx.dossier.mandate.meetings
    if rules is not None and rules.public is True:
        yield Hit(path="mandate.meetings.public")


def _openness_silent(ctx: Context) -> Iterator[Hit]:
    rules = ctx.dossier.mandate.meetings
    if rules is None or rules.public is None:
        yield Hit(path="mandate.meetings.public" if rules else "mandate.meetings")


def _procedure_silent(ctx: Context) -> Iterator[Hit]:
    rules = ctx.dossier.mandate.meetings
    if rules is None or not rules.rules_of_procedure:
        yield Hit(path="mandate.meetings.rules_of_procedure" if rules else "mandate.meetings")


RULES = (
    make(
        "STL601",
        "meetings-public",
        Severity.INFO,
        Certainty.MEDIUM,
        title=(
            "Møderne er lukkede, medmindre kommunalbestyrelsen har besluttet andet",
            "Meetings are closed unless the council decided otherwise",
        ),
        message=(
            "Udvalgets møder er offentlige. Det er kommunalbestyrelsens valg; tavshedspligt og "
            "fortrolige sager skal stadig håndteres.",
            "The committee's meetings are public. That is the council's choice; duties of "
            "confidentiality and confidential matters must still be handled.",
        ),
        check=_public,
        sources=kstl("§ 10", 1)
        + kstl("§ 20", 7)
        + im("84.1.5 (10-05-1984)", "87.1.8 (20-10-1987)"),
        doc=RuleDoc(
            what="Notes when `mandate.meetings.public` is true.",
            why="The statutory openness rule covers only council meetings (§ 10). The council "
            "may decide that a committee announces its agenda and decisions (IM resumé 84.1.5); "
            "opening the meetings themselves is a choice that must respect confidentiality.",
            fail_example=_BASE + "[mandate.meetings]\npublic = true\n",
            pass_example=_BASE + "[mandate.meetings]\npublic = false\n",
            example_on=_ON,
            references=("Reference note R21",),
        ),
    ),
    make(
        "STL602",
        "openness-not-decided",
        Severity.INFO,
        Certainty.MEDIUM,
        title=(
            "Kommissoriet tager stilling til mødernes offentlighed",
            "The mandate decides whether meetings are public",
        ),
        message=(
            "Kommissoriet siger ikke, om møderne er offentlige; de antages at være lukkede.",
            "The mandate does not say whether meetings are public; they are assumed closed.",
        ),
        check=_openness_silent,
        sources=kstl("§ 10", 1) + im("84.1.5 (10-05-1984)"),
        doc=RuleDoc(
            what="Notes when `mandate.meetings` or its `public` field is missing.",
            why="Without a council decision a committee's meetings are closed (reference note "
            "R21); the note makes that assumption visible.",
            fail_example=_BASE,
            pass_example=_BASE + "[mandate.meetings]\npublic = false\n",
            example_on=_ON,
            references=("Reference note R21",),
        ),
    ),
    make(
        "STL603",
        "procedure-defaults-assumed",
        Severity.INFO,
        Certainty.LOW,
        title=("Kommissoriet fastsætter forretningsorden", "The mandate sets rules of procedure"),
        message=(
            "Kommissoriet fastsætter ikke en forretningsorden; § 20's regler (møder, "
            "beslutningsdygtighed ved halvdelen, flertal, beslutningsprotokol) antages.",
            "The mandate sets no rules of procedure; the § 20 defaults (meetings, quorum of "
            "half, majority voting, minutes) are assumed.",
        ),
        check=_procedure_silent,
        sources=kstl("§ 20", 1, 1) + kstl("§ 20", 2) + kstl("§ 20", 3),
        doc=RuleDoc(
            what="Notes when `mandate.meetings.rules_of_procedure` is empty (or there are no "
            "meeting rules at all).",
            why="Whether § 20 binds special committees by force of law is uncertain (low); the "
            "council may lay down its own rules under § 17, stk. 4, 2. pkt. The checker assumes "
            "the § 20 defaults and says so.",
            fail_example=_BASE,
            pass_example=_BASE + '[mandate.meetings]\nrules_of_procedure = "Byrådets '
            'forretningsorden § 7 finder tilsvarende anvendelse"\n',
            example_on=_ON,
            references=("Reference note R22",),
            unverified="No ministry statement on whether §§ 20, 22 and 23 bind special "
            "committees was found.",
        ),
    ),
)
