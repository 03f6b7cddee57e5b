"""Election of the members: proportional election unless the council is unanimous (KSTL §§ 24–26).

Rules STL201–STL203. The council elects the members of a special committee by proportional
election (d'Hondt, § 24, stk. 3; one election per committee, § 25, stk. 1; councillors and
others in one election, § 26). A majority may add ex officio employees, make the mayor or a
committee chair a born member, and set qualifications; anything else that departs from
proportional election — one seat per party, members designated by standing committees — needs
a unanimous council (IM resumé 01.1.6, 15-10-2001).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from kommissorium.model import AppointmentMethod, SeatBasis, SeatRuleKind
from kommissorium.rules.dk._common import im, kstl, make
from kommissorium.rules.engine import Certainty, Context, Hit, RuleDoc, Severity, Text

__all__ = ["RULES"]

_ON = date(2024, 3, 1)
_BASE = '[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n'
_SOURCES = kstl("§ 24", 3) + kstl("§ 25", 1) + kstl("§ 26") + im("01.1.6 (15-10-2001)")

_DEPARTING_KINDS = frozenset(
    {SeatRuleKind.ONE_FROM_EACH, SeatRuleKind.MEMBERS_OF, SeatRuleKind.PARTIES_NOT_REPRESENTED}
)
_MAJORITY_BASES = frozenset(
    {SeatBasis.EX_OFFICIO, SeatBasis.BORN, SeatBasis.STAFF, SeatBasis.PHASE_INVITED}
)
_METHOD = {
    AppointmentMethod.AGREED: Text("en aftalt sammensætning", "an agreed composition"),
    AppointmentMethod.DESIGNATED_BY_BODIES: Text(
        "udpegning ved andre organer", "designation by other bodies"
    ),
}


def _departing_seats(ctx: Context) -> tuple[str, ...]:
    """Seat rules whose shape departs from a proportional election among the council's groups."""
    return tuple(
        r.id
        for r in ctx.dossier.mandate.composition
        if r.kind in _DEPARTING_KINDS and r.basis not in _MAJORITY_BASES
    )


def _elected_seats(ctx: Context) -> bool:
    return any(
        r.basis not in _MAJORITY_BASES and r.kind is not SeatRuleKind.POSITION
        for r in ctx.dossier.mandate.composition
    )


def _seats_text(ctx: Context, seats: tuple[str, ...]) -> Text:
    a = ctx.dossier.mandate.appointment
    listed = ", ".join(seats)
    if a is not None and a.method is AppointmentMethod.PROPORTIONAL:
        return Text(
            f"sammensætningsreglerne {listed}, selv om metoden er angivet som forholdstalsvalg",
            f"composition rules {listed}, although the method is given as proportional",
        )
    return Text(f"sammensætningsreglerne {listed}", f"composition rules {listed}")


def _not_unanimous(ctx: Context) -> Iterator[Hit]:
    a = ctx.dossier.mandate.appointment
    if a is None or a.unanimous is not False:
        return
    if a.method is not AppointmentMethod.PROPORTIONAL:
        yield Hit(path="mandate.appointment", args={"method": _METHOD[a.method]})
        return
    # Declared proportional, but the seat design departs from it (reference note R12).
    seats = _departing_seats(ctx)
    if seats:
        yield Hit(path="mandate.appointment", ids=seats, args={"method": _seats_text(ctx, seats)})


def _unconfirmed(ctx: Context) -> Iterator[Hit]:
    a = ctx.dossier.mandate.appointment
    if a is not None and a.method is not AppointmentMethod.PROPORTIONAL:
        if a.unanimous is None:
            yield Hit(path="mandate.appointment.unanimous", args={"why": _METHOD[a.method]})
        return
    # No method recorded, or "proportional": the seat shapes decide, whatever is declared.
    if a is not None and a.unanimous is not None:
        return  # unanimous: lawful; not unanimous: STL201
    seats = _departing_seats(ctx)
    if seats:
        yield Hit(path="mandate.appointment", ids=seats, args={"why": _seats_text(ctx, seats)})


def _not_recorded(ctx: Context) -> Iterator[Hit]:
    if (
        ctx.dossier.mandate.appointment is None
        and not _departing_seats(ctx)
        and _elected_seats(ctx)
    ):
        yield Hit(path="mandate.appointment")


RULES = (
    make(
        "STL201",
        "departure-from-proportional-election-not-unanimous",
        Severity.ERROR,
        Certainty.HIGH,
        title=(
            "Fravigelse af forholdstalsvalg kræver enstemmighed",
            "A departure from proportional election needs unanimity",
        ),
        message=(
            "Medlemmerne udpeges ved {method}, og beslutningen var ikke enstemmig; "
            "forholdstalsvalg "
            "kan kun fraviges, hvis kommunalbestyrelsen er enig.",
            "The members are appointed by {method} and the decision was not unanimous; "
            "proportional election can be set aside only if the council is unanimous.",
        ),
        check=_not_unanimous,
        sources=_SOURCES,
        doc=RuleDoc(
            what="Reports an error when `mandate.appointment.unanimous` is false and either "
            "`mandate.appointment.method` is not `proportional`, or it is `proportional` but the "
            "composition has seats whose shape departs from proportional election (see STL202).",
            why="IM resumé 01.1.6: a council that was not unanimous let two standing committees "
            "appoint the members of a steering group set up as a special committee; that was "
            "unlawful, because a majority cannot restrict the minority's proportional share.",
            fail_example=_BASE + '[mandate.appointment]\nmethod = "designated-by-bodies"\n'
            "unanimous = false\n",
            pass_example=_BASE + '[mandate.appointment]\nmethod = "designated-by-bodies"\n'
            "unanimous = true\ndecided_on = 2024-01-10\n",
            example_on=_ON,
            references=("Reference note R12",),
        ),
    ),
    make(
        "STL202",
        "departure-from-proportional-election-unconfirmed",
        Severity.WARNING,
        Certainty.MEDIUM,
        title=(
            "En fravigelse af forholdstalsvalg er bekræftet enstemmig",
            "A departure from proportional election is confirmed unanimous",
        ),
        message=(
            "Udpegningen ({why}) fraviger forholdstalsvalg, men filen angiver ikke, at "
            "kommunalbestyrelsens beslutning var enstemmig (mandate.appointment.unanimous).",
            "The appointment ({why}) departs from proportional election, but the file does not "
            "record that the council's decision was unanimous (mandate.appointment.unanimous).",
        ),
        check=_unconfirmed,
        sources=_SOURCES,
        doc=RuleDoc(
            what="Warns when the appointment departs from proportional election and unanimity "
            "is not recorded: either `mandate.appointment.method` is not `proportional` and "
            "`unanimous` is unset, or — whatever method is declared, `proportional` included — "
            "the composition has seats of the shapes `one-from-each`, `members-of` or "
            "`parties-not-represented` that are not ex officio or born seats and `unanimous` is "
            "unset. The seat shapes are checked regardless of the declared method.",
            why="Such seat designs fill councillor seats by committee or party rather than by a "
            "proportional election among the groups, which needs a unanimous council (IM resumé "
            "01.1.6; the reference note advises flagging them for confirmation). Whether a "
            "particular design departs from proportionality is an interpretive step (medium). "
            "When the council was unanimous, record it in `mandate.appointment`, or record the "
            "finding as accepted with the decision as reason.",
            fail_example=_BASE + '[[mandate.composition]]\nid = "partier"\n'
            'kind = "parties-not-represented"\ncommittees = ["so"]\n[[bodies]]\nid = "so"\n'
            'name = "Udvalget for Social Omsorg"\nkind = "standing"\n',
            pass_example=_BASE + '[[mandate.composition]]\nid = "partier"\n'
            'kind = "parties-not-represented"\ncommittees = ["so"]\n[[bodies]]\nid = "so"\n'
            'name = "Udvalget for Social Omsorg"\nkind = "standing"\n[mandate.appointment]\n'
            'method = "agreed"\nunanimous = true\n',
            example_on=_ON,
            references=("Reference note R12",),
        ),
    ),
    make(
        "STL203",
        "appointment-method-not-recorded",
        Severity.INFO,
        Certainty.MEDIUM,
        title=("Udpegningsmåden er angivet", "The appointment method is recorded"),
        message=(
            "Filen angiver ikke, hvordan medlemmerne vælges; forholdstalsvalg efter §§ 24-26 "
            "forudsættes.",
            "The file does not say how the members are chosen; proportional election under "
            "§§ 24–26 is assumed.",
        ),
        check=_not_recorded,
        sources=_SOURCES,
        doc=RuleDoc(
            what="Notes, when the composition has elected seats whose shape does not itself "
            "depart from proportional election and `mandate.appointment` is missing, that "
            "proportional election is assumed.",
            why="Proportional election is the statutory default (§ 25, stk. 1); the note makes "
            "the assumption visible instead of passing silently.",
            fail_example=_BASE + '[[mandate.composition]]\nid = "politikere"\n'
            'kind = "councillors"\ncount = 5\n',
            pass_example=_BASE + '[[mandate.composition]]\nid = "politikere"\n'
            'kind = "councillors"\ncount = 5\n[mandate.appointment]\nmethod = "proportional"\n',
            example_on=_ON,
            references=("Reference note R12",),
        ),
    ),
)
