"""The roster against the composition the council fixed (KSTL § 17, stk. 4, 2. pkt., § 17, stk. 6).

Rules STL204–STL218. The council fixes the composition; the actual memberships must fill it:
each "one from each of …" seat exactly, each "members of X" seat with X's members, each "one
from each party not represented in X" seat with one councillor from exactly those parties
(computed from ``council.parties``, the councillors' party letters and X's memberships), the
chair and secretary as the mandate says, nobody twice, and councillor seats no longer than the
council term (IM resumé 95.8.7, by analogy). Memberships count when they run on the check
date. When a seat cannot be evaluated — no party list, no roster of X — an info finding says
what is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from kommissorium.model import (
    ChairRuleKind,
    Membership,
    PersonKind,
    RepresentedKind,
    Role,
    SeatBasis,
    SeatRule,
    SeatRuleKind,
)
from kommissorium.rules.dk._common import holds_position, im, kstl, make, setup_day
from kommissorium.rules.engine import Certainty, Context, Hit, RuleDoc, Severity, Text
from kommissorium.time import election_period
from kommissorium.time.elections import ElectionYearError

__all__ = ["RULES"]

_ON = date(2024, 3, 1)
_S174_2 = kstl("§ 17", 4, 2)

_COUNCIL = """\
[council]
id = "kb"
name = "Byrådet"
election_period = "2022-2025"
municipality = { name = "Hedensted", code = "766" }
parties = [{ letter = "A", name = "Socialdemokratiet" }, { letter = "V", name = "Venstre" }]
"""
_BASE = _COUNCIL + '[committee]\nid = "u"\nname = "Opgaveudvalget"\nkind = "special-17-4"\n'
_SO = '[[bodies]]\nid = "so"\nname = "Udvalget for Social Omsorg"\nkind = "standing"\n'


def _person(
    pid: str, name: str, kind: str = "councillor", party: str | None = None, extra: str = ""
) -> str:
    text = f'[[people]]\nid = "{pid}"\nname = "{name}"\nkind = "{kind}"\n'
    if party:
        text += f'party = "{party}"\n'
    return text + extra


def _member(pid: str, committee: str = "u", role: str = "member", extra: str = "") -> str:
    return (
        f'[[memberships]]\nperson = "{pid}"\ncommittee = "{committee}"\nrole = "{role}"\n' + extra
    )


Pair = tuple[int, Membership]

_MEMBER_ROLES = (Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER)


def _is_seat_role(role: Role) -> bool:
    """``role.is_member`` by identity (enum hashing and equality are slow in a hot loop)."""
    return role is Role.MEMBER or role is Role.CHAIR or role is Role.VICE_CHAIR


def _members(ctx: Context, body: str) -> tuple[Pair, ...]:
    """Running memberships with seat roles of a body (cached per check)."""

    def compute() -> tuple[Pair, ...]:
        return tuple((i, m) for i, m in ctx.active_memberships_of(body) if m.role in _MEMBER_ROLES)

    result: tuple[Pair, ...] = ctx.memo(f"dk.members.{body}", compute)
    return result


def _roster(ctx: Context, body: str) -> frozenset[str]:
    """Person ids of :func:`_members` (cached per check)."""

    def compute() -> frozenset[str]:
        return frozenset(m.person for _, m in _members(ctx, body))

    result: frozenset[str] = ctx.memo(f"dk.roster.{body}", compute)
    return result


def _seat_label(rule: SeatRule) -> str:
    return rule.id


def _behalf(m: Membership, kind: RepresentedKind) -> str | None:
    b = m.on_behalf_of
    return b.ref if b is not None and b.kind is kind else None


def _count_hit(
    ctx: Context,
    index: int,
    rule: SeatRule,
    sub: str | None,
    sub_label: Text | None,
    filled: int,
    low: int | None,
    high: int | None,
) -> Iterator[tuple[str, Hit]]:
    """Yield ("under"|"over", hit) when ``filled`` is outside [low, high]."""
    under = low is not None and filled < low and not rule.optional
    over = high is not None and filled > high
    if not (under or over):
        return
    ids = (rule.id,) if sub is None else (rule.id, sub)
    where = sub_label or Text("", "")
    args = {
        "seat": _seat_label(rule),
        "for": Text(
            f" for {where.da}" if sub_label else "", f" for {where.en}" if sub_label else ""
        ),
        "filled": filled,
        "on": ctx.on,
    }
    path = f"mandate.composition[{index}]"
    if under:
        yield "under", Hit(path=path, ids=ids, args={**args, "expected": low})
    if over:
        yield "over", Hit(path=path, ids=ids, args={**args, "expected": high})


def _seat_counts(ctx: Context) -> list[tuple[str, Hit]]:
    """Every under- or over-filled seat, and seats that cannot be evaluated ("missing").

    A seat for which the file records no membership at all (on any date) is missing data, not
    an empty seat: its "under" hits become one "missing" hit for the rule.
    """

    def compute() -> list[tuple[str, Hit]]:
        out: list[tuple[str, Hit]] = []
        recorded = ctx.recorded_seats
        holders = ctx.seat_holders
        for index, rule in enumerate(ctx.dossier.mandate.composition):
            kind = rule.kind
            # Fast paths for the common seat shapes that are exactly filled or not counted.
            if kind is SeatRuleKind.POSITION:
                if len(holders.get(rule.id, ())) == (rule.count or 1):
                    continue
            elif (
                kind is not SeatRuleKind.ONE_FROM_EACH
                and kind not in _ROSTER_KINDS
                and (rule.count is None or len(holders.get(rule.id, ())) == rule.count)
            ):
                continue
            hits = list(_one_rule(ctx, index, rule))
            if rule.id not in recorded and any(k == "under" for k, _ in hits):
                hits = [(k, h) for k, h in hits if k != "under"]
                hits.append(
                    (
                        "missing",
                        Hit(
                            path=f"mandate.composition[{index}]",
                            ids=(rule.id,),
                            missing=(f"memberships (seat = {rule.id!r})",),
                        ),
                    )
                )
            out.extend(hits)
        return out

    result: list[tuple[str, Hit]] = ctx.memo("dk.seat_counts", compute)
    return result


_ROSTER_KINDS = frozenset({SeatRuleKind.MEMBERS_OF, SeatRuleKind.PARTIES_NOT_REPRESENTED})


def _body_label(ctx: Context, body: str) -> Text:
    name = ctx.dossier.body_name(body)
    return Text(name, name)


def _source_committee(ctx: Context, rule: SeatRule, m: Membership) -> str | None:
    """The committee a `one-from-each` holder represents.

    ``on_behalf_of`` when it names a committee; otherwise the one source committee whose
    running roster includes the holder; ``None`` when that is none or several of them.
    """
    named = _behalf(m, RepresentedKind.COMMITTEE)
    if named is not None:
        return named
    candidates = [c for c in rule.committees if m.person in _roster(ctx, c)]
    return candidates[0] if len(candidates) == 1 else None


def _one_from_each(
    ctx: Context, index: int, rule: SeatRule, holders: tuple[Pair, ...], n: int
) -> Iterator[tuple[str, Hit]]:
    by_committee: dict[str, int] = dict.fromkeys(rule.committees, 0)
    unknown = 0
    for i, m in holders:
        c = _source_committee(ctx, rule, m)
        if c is None:
            unknown += 1
            missing = [f"memberships[{i}].on_behalf_of"] + [
                f"memberships (committee = {c!r})" for c in rule.committees if not _roster(ctx, c)
            ]
            yield (
                "missing",
                Hit(path=f"memberships[{i}]", ids=(rule.id, m.person), missing=tuple(missing)),
            )
        elif c in by_committee:
            by_committee[c] += 1
        # A holder on behalf of a committee the rule does not name fills none of its seats.
    for c in rule.committees:
        filled = by_committee[c]
        # With holders of unknown committee, a short committee may be one of theirs.
        if filled > n or (filled < n and unknown == 0):
            low = n if unknown == 0 else None
            yield from _count_hit(ctx, index, rule, c, _body_label(ctx, c), filled, low, n)


def _one_rule(ctx: Context, index: int, rule: SeatRule) -> Iterator[tuple[str, Hit]]:
    holders = ctx.seat_holders.get(rule.id, ())
    path = f"mandate.composition[{index}]"
    n = rule.count or 1
    if rule.kind is SeatRuleKind.ONE_FROM_EACH:
        yield from _one_from_each(ctx, index, rule, holders, n)
    elif rule.kind is SeatRuleKind.MEMBERS_OF:
        for c in rule.committees:
            roster = _roster(ctx, c)
            if not roster:
                yield (
                    "missing",
                    Hit(path=path, ids=(rule.id, c), missing=(f"memberships (committee = {c!r})",)),
                )
                continue
            have = {m.person for _, m in holders}
            yield from _count_hit(
                ctx, index, rule, c, _body_label(ctx, c), len(have & roster), len(roster), None
            )
    elif rule.kind is SeatRuleKind.PARTIES_NOT_REPRESENTED:
        yield from _parties(ctx, index, rule, holders, n)
    elif rule.kind is SeatRuleKind.POSITION:
        label = Text(rule.position, rule.position) if rule.position else None
        yield from _count_hit(ctx, index, rule, None, label, len(holders), n, n)
    elif rule.count is not None:
        yield from _count_hit(ctx, index, rule, None, None, len(holders), rule.count, rule.count)


def _expected_parties(ctx: Context, rule: SeatRule) -> tuple[list[str], tuple[str, ...]] | None:
    """(parties to be represented, missing data) or None when evaluable trivially."""
    council = ctx.dossier.council
    if council is None or not council.parties:
        return [], ("council.parties",)
    represented: set[str] = set()
    missing: list[str] = []
    for c in rule.committees:
        roster = _members(ctx, c)
        if not roster:
            missing.append(f"memberships (committee = {c!r})")
            continue
        for _, m in roster:
            person = ctx.people[m.person]
            if person.party is None:
                missing.append(f"people (id = {person.id!r}).party")
            else:
                represented.add(person.party)
    if missing:
        return [], tuple(missing)
    return [p.letter for p in council.parties if p.letter not in represented], ()


def _holder_party(ctx: Context, m: Membership) -> str | None:
    return _behalf(m, RepresentedKind.PARTY) or ctx.people[m.person].party


def _parties(
    ctx: Context, index: int, rule: SeatRule, holders: tuple[Pair, ...], n: int
) -> Iterator[tuple[str, Hit]]:
    expected, missing = _expected_parties(ctx, rule) or ([], ())
    path = f"mandate.composition[{index}]"
    if missing:
        yield "missing", Hit(path=path, ids=(rule.id,), missing=missing)
        return
    for letter in expected:
        count = sum(1 for _, m in holders if _holder_party(ctx, m) == letter)
        yield from _count_hit(
            ctx, index, rule, letter, Text(f"parti {letter}", f"party {letter}"), count, n, n
        )
    for i, m in holders:
        party = _holder_party(ctx, m)
        if party is None or party not in expected:
            yield (
                "represented",
                Hit(
                    path=f"memberships[{i}]",
                    ids=(rule.id, m.person),
                    args={
                        "person": ctx.people[m.person].name,
                        "party": party or "—",
                        "seat": rule.id,
                    },
                ),
            )


def _under(ctx: Context) -> Iterator[Hit]:
    for kind, hit in _seat_counts(ctx):
        if kind in ("under", "missing"):
            yield hit


def _over(ctx: Context) -> Iterator[Hit]:
    for kind, hit in _seat_counts(ctx):
        if kind == "over":
            yield hit


def _represented(ctx: Context) -> Iterator[Hit]:
    for kind, hit in _seat_counts(ctx):
        if kind == "represented":
            yield hit


def _not_member_of(ctx: Context) -> Iterator[Hit]:
    for rule in ctx.dossier.mandate.composition:
        if rule.kind not in (SeatRuleKind.ONE_FROM_EACH, SeatRuleKind.MEMBERS_OF):
            continue
        for i, m in ctx.seat_holders.get(rule.id, ()):
            c = _behalf(m, RepresentedKind.COMMITTEE)
            if c is None and len(rule.committees) == 1:
                c = rule.committees[0]
            if c is None:
                continue
            roster = _roster(ctx, c)
            if not roster:
                yield Hit(
                    path=f"memberships[{i}]",
                    ids=(m.person, c),
                    missing=(f"memberships (committee = {c!r})",),
                )
            elif m.person not in roster:
                yield Hit(
                    path=f"memberships[{i}]",
                    ids=(m.person, c),
                    args={"person": ctx.people[m.person].name, "body": ctx.dossier.body_name(c)},
                )


def _position_mismatch(ctx: Context) -> Iterator[Hit]:
    for rule in ctx.dossier.mandate.composition:
        if rule.kind is not SeatRuleKind.POSITION or not rule.position:
            continue
        for i, m in ctx.seat_holders.get(rule.id, ()):
            person = ctx.people[m.person]
            if rule.role is Role.CHAIR and m.role is Role.CHAIR:
                continue  # "formanden for udvalget": the seat is this committee's chair
            if not holds_position(person, rule.position):
                yield Hit(
                    path=f"memberships[{i}]",
                    ids=(m.person, rule.id),
                    args={"person": person.name, "position": rule.position},
                )


def _chairs(ctx: Context) -> tuple[Pair, ...]:
    return ctx.active_with_role(ctx.committee.id, Role.CHAIR)


def _chair_missing(ctx: Context) -> Iterator[Hit]:
    if not _chairs(ctx):
        yield Hit(path="memberships", args={"on": ctx.on})


def _chair_rule(ctx: Context) -> Iterator[Hit]:
    rule = ctx.dossier.mandate.chair
    if rule is None:
        return
    for i, m in _chairs(ctx):
        name = ctx.people[m.person].name
        if rule.kind is ChairRuleKind.NAMED and rule.person and m.person != rule.person:
            yield Hit(
                path=f"memberships[{i}]",
                ids=(m.person, rule.person),
                args={
                    "person": name,
                    "rule": Text(
                        f"{ctx.people[rule.person].name} er formand",
                        f"{ctx.people[rule.person].name} is the chair",
                    ),
                },
            )
        elif rule.kind is ChairRuleKind.CHAIR_OF and rule.committee:
            other = ctx.active_with_role(rule.committee, Role.CHAIR)
            if not other:
                yield Hit(
                    path=f"memberships[{i}]",
                    ids=(m.person, rule.committee),
                    missing=(f"memberships (committee = {rule.committee!r}, role = 'chair')",),
                )
            elif m.person not in {x.person for _, x in other}:
                body = ctx.dossier.body_name(rule.committee)
                yield Hit(
                    path=f"memberships[{i}]",
                    ids=(m.person, rule.committee),
                    args={
                        "person": name,
                        "rule": Text(
                            f"formanden for {body} er formand", f"the chair of {body} is the chair"
                        ),
                    },
                )
        elif (
            rule.kind is ChairRuleKind.POSITION
            and rule.position
            and not holds_position(ctx.people[m.person], rule.position)
        ):
            yield Hit(
                path=f"memberships[{i}]",
                ids=(m.person,),
                args={
                    "person": name,
                    "rule": Text(
                        f"{rule.position} er formand", f"the {rule.position} is the chair"
                    ),
                },
            )


def _several_chairs(ctx: Context) -> Iterator[Hit]:
    chairs = _chairs(ctx)
    if len(chairs) > 1:
        people = tuple(sorted({m.person for _, m in chairs}))
        yield Hit(
            path=f"memberships[{chairs[1][0]}]",
            ids=people,
            args={"names": tuple(ctx.people[p].name for p in people), "on": ctx.on},
        )


def _secretaries(ctx: Context) -> tuple[Pair, ...]:
    return ctx.active_with_role(ctx.committee.id, Role.SECRETARY)


def _secretary_missing(ctx: Context) -> Iterator[Hit]:
    if ctx.dossier.mandate.secretary_position and not _secretaries(ctx):
        yield Hit(path="memberships", args={"on": ctx.on})


def _secretary_mismatch(ctx: Context) -> Iterator[Hit]:
    position = ctx.dossier.mandate.secretary_position
    if not position:
        return
    for i, m in _secretaries(ctx):
        person = ctx.people[m.person]
        if not holds_position(person, position):
            yield Hit(
                path=f"memberships[{i}]",
                ids=(m.person,),
                args={"person": person.name, "position": position},
            )


def _overlap(a: Membership, b: Membership) -> bool:
    if a.period is None or b.period is None:
        return True
    return a.period.overlaps(b.period)


def _twice(ctx: Context) -> Iterator[Hit]:
    seen: dict[str, list[Membership]] = {}
    for i, m in ctx.own:
        if not _is_seat_role(m.role):
            continue
        earlier = seen.get(m.person)
        if earlier is None:
            seen[m.person] = [m]
            continue
        if any(_overlap(e, m) for e in earlier):
            yield Hit(
                path=f"memberships[{i}]",
                ids=(m.person,),
                args={"person": ctx.people[m.person].name},
            )
        earlier.append(m)


_COUNCILLOR_SEATS = frozenset(
    {
        SeatRuleKind.ONE_FROM_EACH,
        SeatRuleKind.MEMBERS_OF,
        SeatRuleKind.PARTIES_NOT_REPRESENTED,
        SeatRuleKind.COUNCILLORS,
    }
)


def _not_councillor(ctx: Context) -> Iterator[Hit]:
    for rule in ctx.dossier.mandate.composition:
        if rule.kind not in _COUNCILLOR_SEATS and rule.basis is not SeatBasis.BORN:
            continue
        for i, m in ctx.seat_holders.get(rule.id, ()):
            person = ctx.people[m.person]
            if not person.is_councillor:
                yield Hit(
                    path=f"memberships[{i}]",
                    ids=(m.person, rule.id),
                    args={"person": person.name, "seat": rule.id},
                )


def _ex_officio(ctx: Context) -> Iterator[Hit]:
    for i, m in ctx.own_active:
        if m.basis is SeatBasis.EX_OFFICIO and ctx.people[m.person].kind is not PersonKind.EMPLOYEE:
            yield Hit(
                path=f"memberships[{i}]",
                ids=(m.person,),
                args={"person": ctx.people[m.person].name},
            )


def _chairs_elsewhere(ctx: Context) -> set[str]:
    def compute() -> set[str]:
        return {
            m.person
            for m in ctx.dossier.memberships
            if m.role is Role.CHAIR and m.committee != ctx.committee.id
        }

    result: set[str] = ctx.memo("dk.chairs_elsewhere", compute)
    return result


def _born(ctx: Context) -> Iterator[Hit]:
    for i, m in ctx.own_active:
        if m.basis is not SeatBasis.BORN:
            continue
        person = ctx.people[m.person]
        mayor = holds_position(person, "borgmester") or holds_position(person, "mayor")
        if not (person.is_councillor and (mayor or m.person in _chairs_elsewhere(ctx))):
            yield Hit(path=f"memberships[{i}]", ids=(m.person,), args={"person": person.name})


def _beyond_term(ctx: Context) -> Iterator[Hit]:
    term = ctx.dossier.mandate.term
    council = ctx.dossier.council
    late: list[str] = []
    last_days: set[date] = set()
    term_start = term.start if term else setup_day(ctx)
    term_end = term.end if term else None
    last_by_start: dict[date, date | None] = {}
    people = ctx.people
    for _, m in ctx.own:
        if not _is_seat_role(m.role) or not people[m.person].is_councillor:
            continue
        period = m.period
        start = period.start if period is not None else term_start
        end = period.end if period is not None and period.end else term_end
        if start is None or end is None:
            continue
        if start not in last_by_start:
            if council is not None and start in council.election_period:
                last_by_start[start] = council.election_period.last_day
            else:
                try:
                    last_by_start[start] = election_period(start).last_day
                except ElectionYearError:
                    last_by_start[start] = None
        last = last_by_start[start]
        if last is not None and end > last:
            late.append(m.person)
            last_days.add(last)
    if late:
        people_late = tuple(sorted(set(late)))
        yield Hit(
            path="memberships",
            ids=people_late,
            args={
                "count": len(people_late),
                "last": min(last_days),
                "names": tuple(people[p].name for p in people_late),
            },
        )


_OVER_MSG = (
    "Sædet '{seat}'{for} er besat af {filled} pr. {on}, men kommissoriet fastsætter højst "
    "{expected}.",
    "The seat '{seat}'{for} has {filled} holder(s) on {on}, but the mandate fixes at most "
    "{expected}.",
)

RULES = (
    make(
        "STL204",
        "seat-unfilled",
        Severity.WARNING,
        Certainty.HIGH,
        title=(
            "Alle pladser i sammensætningen er besat",
            "Every seat of the composition is filled",
        ),
        message=(
            "Sædet '{seat}'{for} er besat af {filled} pr. {on}, men kommissoriet fastsætter "
            "{expected}; filen registrerer medlemmer for sædet, men ikke nok på datoen.",
            "The seat '{seat}'{for} has {filled} holder(s) on {on}, but the mandate fixes "
            "{expected}; the file records holders for the seat, but not enough on that date.",
        ),
        check=_under,
        sources=_S174_2,
        doc=RuleDoc(
            what="For each composition rule, counts the memberships of the committee that fill "
            "it (`seat` = the rule's id) and run on the check date, and warns when there are "
            "fewer than the rule requires: per committee for `one-from-each`, every member of "
            "the named committee for `members-of`, one per party not represented in the named "
            "committee for `parties-not-represented`, and `count` for `position`, `councillors` "
            "and `other`. Optional rules are exempt. A `one-from-each` holder counts for the "
            "committee in its `on_behalf_of`, or else for the one source committee whose roster "
            "includes the holder; a holder who is on none or several of those rosters gives an "
            "info finding (which committee the holder represents is missing). Missing data is "
            "never reported as an empty seat: when the file records no membership at all for a "
            "seat (on any date) — typically a frame note written before the members were "
            "appointed — or lacks the party list or the named committee's roster, an info "
            "finding says the rule could not be evaluated. The warning is for a seat the file "
            "records holders for, but too few on the check date.",
            why="The council fixes the composition (§ 17, stk. 4, 2. pkt.). Before the committee "
            "meets every seat should be filled or the gap explained.",
            fail_example=_BASE + _SO + '[[mandate.composition]]\nid = "fra-so"\n'
            'kind = "one-from-each"\ncommittees = ["so"]\n'
            + _person("a", "Byrådsmedlem 1 (A)", party="A")
            + _member(
                "a", extra='seat = "fra-so"\nperiod = { start = 2022-01-01, end = 2023-12-31 }\n'
            )
            + _member("a", "so"),
            pass_example=_BASE + _SO + '[[mandate.composition]]\nid = "fra-so"\n'
            'kind = "one-from-each"\ncommittees = ["so"]\n'
            + _person("a", "Byrådsmedlem 1 (A)", party="A")
            + _member("a", extra='seat = "fra-so"\n')
            + _member("a", "so"),
            example_on=_ON,
            references=("Reference note R04",),
        ),
    ),
    make(
        "STL205",
        "seat-overfilled",
        Severity.ERROR,
        Certainty.HIGH,
        title=(
            "Ingen plads har flere medlemmer end fastsat",
            "No seat has more holders than fixed",
        ),
        message=_OVER_MSG,
        check=_over,
        sources=_S174_2,
        doc=RuleDoc(
            what="Reports an error when more memberships fill a composition rule than it allows "
            "(per committee for `one-from-each`, per party for `parties-not-represented`, "
            "`count` for `position`, `councillors` and `other`).",
            why="Extra members change the composition the council decided (§ 17, stk. 4, "
            "2. pkt.); only the council can do that.",
            fail_example=_BASE + '[[mandate.composition]]\nid = "politikere"\n'
            'kind = "councillors"\ncount = 1\n'
            + _person("a", "Byrådsmedlem 1 (A)", party="A")
            + _person("b", "Byrådsmedlem 2 (V)", party="V")
            + _member("a", extra='seat = "politikere"\n')
            + _member("b", extra='seat = "politikere"\n'),
            pass_example=_BASE + '[[mandate.composition]]\nid = "politikere"\n'
            'kind = "councillors"\ncount = 2\n'
            + _person("a", "Byrådsmedlem 1 (A)", party="A")
            + _person("b", "Byrådsmedlem 2 (V)", party="V")
            + _member("a", extra='seat = "politikere"\n')
            + _member("b", extra='seat = "politikere"\n'),
            example_on=_ON,
            references=("Reference note R04",),
        ),
    ),
    make(
        "STL206",
        "seat-holder-not-member-of-committee",
        Severity.ERROR,
        Certainty.HIGH,
        title=(
            "Pladser fra et udvalg besættes af udvalgets medlemmer",
            "Seats from a committee are held by its members",
        ),
        message=(
            "{person} har en plads fra {body}, men er ikke medlem af {body}.",
            "{person} holds a seat from {body} but is not a member of {body}.",
        ),
        check=_not_member_of,
        sources=_S174_2,
        doc=RuleDoc(
            what="For seats of the shapes `one-from-each` and `members-of`, reports an error "
            "when the holder is not among the running members of the committee the seat comes "
            "from. Needs that committee's memberships in the file; otherwise an info finding.",
            why="A seat the council reserved for a member of a given committee is filled "
            "contrary to the composition if its holder is not on that committee.",
            fail_example=_BASE + _SO + '[[mandate.composition]]\nid = "fra-so"\n'
            'kind = "one-from-each"\ncommittees = ["so"]\n'
            + _person("a", "Byrådsmedlem 1 (A)", party="A")
            + _person("b", "Byrådsmedlem 2 (V)", party="V")
            + _member(
                "a", extra='seat = "fra-so"\non_behalf_of = { kind = "committee", ref = "so" }\n'
            )
            + _member("b", "so"),
            pass_example=_BASE + _SO + '[[mandate.composition]]\nid = "fra-so"\n'
            'kind = "one-from-each"\ncommittees = ["so"]\n'
            + _person("a", "Byrådsmedlem 1 (A)", party="A")
            + _member(
                "a", extra='seat = "fra-so"\non_behalf_of = { kind = "committee", ref = "so" }\n'
            )
            + _member("a", "so"),
            example_on=_ON,
            references=("Reference note R04",),
        ),
    ),
    make(
        "STL207",
        "position-seat-holder-mismatch",
        Severity.WARNING,
        Certainty.MEDIUM,
        title=(
            "Stillingspladser besættes af stillingens indehaver",
            "Position seats are held by the position's holder",
        ),
        message=(
            "{person} har pladsen for '{position}', men filen viser ikke, at personen har den "
            "stilling (people.positions eller title).",
            "{person} holds the seat of '{position}', but the file does not show that the person "
            "holds that position (people.positions or title).",
        ),
        check=_position_mismatch,
        sources=_S174_2,
        doc=RuleDoc(
            what="For seats of the shape `position`, warns when the holder's `positions` and "
            "`title` do not include the rule's `position` (compared without regard to case).",
            why="A seat for 'kommunaldirektør' or 'chefen for Økonomi' belongs to whoever holds "
            "that post. A mismatch is usually a data slip, sometimes a substitute; medium.",
            fail_example=_BASE + '[[mandate.composition]]\nid = "direktoer"\nkind = "position"\n'
            'position = "kommunaldirektør"\nbasis = "ex-officio"\n'
            + _person("x", "Ansat 1", "employee", extra='title = "økonomichef"\n')
            + _member("x", extra='seat = "direktoer"\nbasis = "ex-officio"\n'),
            pass_example=_BASE + '[[mandate.composition]]\nid = "direktoer"\nkind = "position"\n'
            'position = "kommunaldirektør"\nbasis = "ex-officio"\n'
            + _person("x", "Ansat 1", "employee", extra='positions = ["kommunaldirektør"]\n')
            + _member("x", extra='seat = "direktoer"\nbasis = "ex-officio"\n'),
            example_on=_ON,
            references=("Reference note R12",),
        ),
    ),
    make(
        "STL208",
        "party-seat-for-represented-party",
        Severity.ERROR,
        Certainty.HIGH,
        title=(
            "Partipladser går til partier, der ikke er repræsenteret",
            "Party seats go to parties not represented",
        ),
        message=(
            "{person} (parti {party}) har en plads i '{seat}', som er forbeholdt partier, der "
            "ikke er repræsenteret i det nævnte udvalg.",
            "{person} (party {party}) holds a seat of '{seat}', which is reserved for parties not "
            "represented in the named committee.",
        ),
        check=_represented,
        sources=_S174_2,
        doc=RuleDoc(
            what="For seats of the shape `parties-not-represented`, computes the parties not "
            "represented in the named committee (the council's `parties` minus the party letters "
            "of that committee's running members) and reports an error for each holder whose "
            "party (from `on_behalf_of` or the person's `party`) is not among them.",
            why="The seat exists to give the unrepresented parties a voice; a holder from a "
            "represented party fills it contrary to the composition the council fixed.",
            fail_example=_BASE + _SO + '[[mandate.composition]]\nid = "partier"\n'
            'kind = "parties-not-represented"\ncommittees = ["so"]\n'
            + _person("a", "Byrådsmedlem 1 (A)", party="A")
            + _person("a2", "Byrådsmedlem 2 (A)", party="A")
            + _member("a", "so")
            + _member("a2", extra='seat = "partier"\n'),
            pass_example=_BASE + _SO + '[[mandate.composition]]\nid = "partier"\n'
            'kind = "parties-not-represented"\ncommittees = ["so"]\n'
            + _person("a", "Byrådsmedlem 1 (A)", party="A")
            + _person("v", "Byrådsmedlem 2 (V)", party="V")
            + _member("a", "so")
            + _member("v", extra='seat = "partier"\n'),
            example_on=_ON,
            references=("Reference note R12",),
        ),
    ),
    make(
        "STL209",
        "chair-missing",
        Severity.WARNING,
        Certainty.MEDIUM,
        title=("Udvalget har en formand", "The committee has a chair"),
        message=(
            "Ingen er registreret som formand for udvalget pr. {on}.",
            "Nobody is recorded as the committee's chair on {on}.",
        ),
        check=_chair_missing,
        sources=_S174_2 + kstl("§ 22", 1),
        doc=RuleDoc(
            what="Warns when no membership of the committee with the role `chair` runs on the "
            "check date.",
            why="The council decides who appoints the chair (or the committee elects one, as "
            "§ 22, stk. 1 provides for committees in general). A committee without a chair "
            "cannot convene; whether § 22 binds special committees is uncertain, hence medium.",
            fail_example=_BASE,
            pass_example=_BASE
            + _person("a", "Byrådsmedlem 1 (A)", party="A")
            + _member("a", role="chair"),
            example_on=_ON,
            references=("Reference note R11",),
        ),
    ),
    make(
        "STL210",
        "chair-inconsistent-with-rule",
        Severity.ERROR,
        Certainty.HIGH,
        title=("Formanden er den, kommissoriet udpeger", "The chair is who the mandate names"),
        message=(
            "{person} er registreret som formand, men kommissoriet fastsætter, at {rule}.",
            "{person} is recorded as chair, but the mandate provides that {rule}.",
        ),
        check=_chair_rule,
        sources=_S174_2,
        doc=RuleDoc(
            what="Compares each running chair with `mandate.chair`: for `named` the person must "
            "be `mandate.chair.person`; for `chair-of` the person must be a running chair of "
            "`mandate.chair.committee` (info finding when that committee's chair is not in the "
            "file); for `position` the person must hold the position.",
            why="The chair rule is part of the working rules the council laid down (§ 17, "
            "stk. 4, 2. pkt.); a different chair breaks them.",
            fail_example=_BASE
            + _SO
            + '[mandate.chair]\nkind = "chair-of"\ncommittee = "so"\n'
            + _person("a", "Byrådsmedlem 1 (A)", party="A")
            + _person("v", "Byrådsmedlem 2 (V)", party="V")
            + _member("a", "so", "chair")
            + _member("v", role="chair"),
            pass_example=_BASE
            + _SO
            + '[mandate.chair]\nkind = "chair-of"\ncommittee = "so"\n'
            + _person("a", "Byrådsmedlem 1 (A)", party="A")
            + _member("a", "so", "chair")
            + _member("a", role="chair"),
            example_on=_ON,
            references=("Reference note R11",),
        ),
    ),
    make(
        "STL211",
        "several-chairs",
        Severity.WARNING,
        Certainty.LOW,
        title=("Udvalget har én formand", "The committee has one chair"),
        message=(
            "Flere er registreret som formand pr. {on}: {names}. Kontrollér, at kommissoriet "
            "giver udvalget flere formænd; ellers registrér de øvrige som næstformænd.",
            "Several people are recorded as chair on {on}: {names}. Check that the mandate "
            "provides for co-chairs; otherwise record the others as vice-chairs.",
        ),
        check=_several_chairs,
        sources=_S174_2,
        doc=RuleDoc(
            what="Warns when more than one membership with the role `chair` runs on the check "
            "date.",
            why="No rule of law says a special committee has exactly one chair: the council "
            "decides its composition and working rules, the chair arrangement included (§ 17, "
            "stk. 4, 2. pkt.; reference note R11 and R22). The data model's convention is one "
            "chair and, for co-chairs, vice-chairs; several chairs are usually a data slip, "
            "sometimes a deliberate co-chair arrangement. Hence a warning with low certainty, "
            "which a file can record as accepted with the council's decision as reason.",
            fail_example=_BASE
            + _person("a", "Byrådsmedlem 1 (A)", party="A")
            + _person("v", "Byrådsmedlem 2 (V)", party="V")
            + _member("a", role="chair")
            + _member("v", role="chair"),
            pass_example=_BASE
            + _person("a", "Byrådsmedlem 1 (A)", party="A")
            + _person("v", "Byrådsmedlem 2 (V)", party="V")
            + _member("a", role="chair")
            + _member("v", role="vice-chair"),
            example_on=_ON,
        ),
    ),
    make(
        "STL212",
        "secretary-missing",
        Severity.WARNING,
        Certainty.MEDIUM,
        title=(
            "Udvalget har den sekretær, kommissoriet nævner",
            "The committee has the secretary the mandate names",
        ),
        message=(
            "Kommissoriet forudser en sekretær, men ingen er registreret som sekretær pr. {on}.",
            "The mandate provides for a secretary, but nobody is recorded as secretary on {on}.",
        ),
        check=_secretary_missing,
        sources=kstl("§ 20", 4),
        doc=RuleDoc(
            what="When the mandate names a secretary position (`mandate.secretary_position`), "
            "warns if no membership with the role `secretary` runs on the check date. (A "
            "composition seat with the role `secretary` is counted by STL204 instead.)",
            why="The secretariat is part of the working rules (R05, R23); medium because the "
            "duty to have one is practice.",
            fail_example=_BASE + '[mandate]\nsecretary_position = "chefen for Social Omsorg"\n',
            pass_example=_BASE
            + '[mandate]\nsecretary_position = "chefen for Social Omsorg"\n'
            + _person(
                "x", "Ansat 1", "employee", extra='positions = ["chefen for Social Omsorg"]\n'
            )
            + _member("x", role="secretary", extra='basis = "staff"\n'),
            example_on=_ON,
            references=("Reference note R23",),
        ),
    ),
    make(
        "STL213",
        "secretary-inconsistent",
        Severity.WARNING,
        Certainty.MEDIUM,
        title=(
            "Sekretæren har den stilling, kommissoriet nævner",
            "The secretary holds the position the mandate names",
        ),
        message=(
            "{person} er sekretær, men kommissoriet siger, at {position} er sekretær.",
            "{person} is the secretary, but the mandate says the {position} is.",
        ),
        check=_secretary_mismatch,
        sources=kstl("§ 20", 4),
        doc=RuleDoc(
            what="When `mandate.secretary_position` is set, warns for each running secretary "
            "who does not hold that position.",
            why="The mandate fixed who serves as secretary; a different person is a departure "
            "from the working rules, or a data slip.",
            fail_example=_BASE
            + '[mandate]\nsecretary_position = "chefen for Social Omsorg"\n'
            + _person("x", "Ansat 1", "employee", extra='title = "konsulent"\n')
            + _member("x", role="secretary", extra='basis = "staff"\n'),
            pass_example=_BASE
            + '[mandate]\nsecretary_position = "chefen for Social Omsorg"\n'
            + _person("x", "Ansat 1", "employee", extra='title = "chefen for Social Omsorg"\n')
            + _member("x", role="secretary", extra='basis = "staff"\n'),
            example_on=_ON,
            references=("Reference note R23",),
        ),
    ),
    make(
        "STL214",
        "person-seated-twice",
        Severity.ERROR,
        Certainty.HIGH,
        title=("Ingen har to pladser i udvalget", "Nobody holds two seats"),
        message=(
            "{person} har mere end én plads i udvalget i samme periode.",
            "{person} holds more than one seat on the committee at the same time.",
        ),
        check=_twice,
        sources=_S174_2,
        doc=RuleDoc(
            what="Reports an error when the same person has two memberships of the committee "
            "with seat roles (chair, vice-chair, member) whose periods overlap. Serving as "
            "secretary besides a seat is allowed.",
            why="Each seat is one vote; one person in two seats changes the composition.",
            fail_example=_BASE
            + _person("a", "Byrådsmedlem 1 (A)", party="A")
            + _member("a", role="chair")
            + _member("a"),
            pass_example=_BASE
            + _person("a", "Byrådsmedlem 1 (A)", party="A")
            + _member("a", role="chair"),
            example_on=_ON,
            references=("Reference note R12",),
        ),
    ),
    make(
        "STL215",
        "councillor-seat-held-by-non-councillor",
        Severity.WARNING,
        Certainty.MEDIUM,
        title=(
            "Politikerpladser besættes af kommunalbestyrelsesmedlemmer",
            "Councillor seats are held by councillors",
        ),
        message=(
            "{person} har en plads i '{seat}', som efter sin form er en plads for et "
            "kommunalbestyrelsesmedlem, men er ikke registreret som medlem af "
            "kommunalbestyrelsen.",
            "{person} holds a seat of '{seat}', which by its shape is a councillor's seat, but "
            "is not recorded as a councillor.",
        ),
        check=_not_councillor,
        sources=_S174_2,
        doc=RuleDoc(
            what="For seats of the shapes `one-from-each`, `members-of`, "
            "`parties-not-represented` and `councillors`, and for born seats, warns when the "
            "holder's kind is not `councillor`.",
            why="Those seat shapes describe politicians. Non-councillors may sit on special "
            "committees (IM resumé 01.1.6), but not in seats designed for councillors; medium "
            "because a mandate can word such a seat loosely.",
            fail_example=_BASE + '[[mandate.composition]]\nid = "politikere"\n'
            'kind = "councillors"\ncount = 1\n'
            + _person("c", "Borger 1", "citizen")
            + _member("c", extra='seat = "politikere"\n'),
            pass_example=_BASE + '[[mandate.composition]]\nid = "politikere"\n'
            'kind = "councillors"\ncount = 1\n'
            + _person("a", "Byrådsmedlem 1 (A)", party="A")
            + _member("a", extra='seat = "politikere"\n'),
            example_on=_ON,
            references=("Reference note R10", "Reference note R12"),
        ),
    ),
    make(
        "STL216",
        "ex-officio-holder-not-employee",
        Severity.WARNING,
        Certainty.MEDIUM,
        title=("Tjenstlige medlemmer er ansatte", "Ex officio members are employees"),
        message=(
            "{person} sidder tjenstligt (ex officio), men er ikke registreret som ansat.",
            "{person} sits ex officio but is not recorded as an employee.",
        ),
        check=_ex_officio,
        sources=_S174_2 + kstl("§ 25", 1) + im("01.1.6 (15-10-2001)"),
        doc=RuleDoc(
            what="Warns for each running membership with basis `ex-officio` whose person's kind "
            "is not `employee`.",
            why="IM resumé 01.1.6 lets a majority make municipal employees members by virtue of "
            "their post. Other members by position — the mayor, a committee chair — are born "
            "members (basis `born`).",
            fail_example=_BASE
            + _person("m", "Borgmester (A)", party="A", extra='positions = ["borgmester"]\n')
            + _member("m", extra='basis = "ex-officio"\n'),
            pass_example=_BASE
            + _person("m", "Borgmester (A)", party="A", extra='positions = ["borgmester"]\n')
            + _member("m", extra='basis = "born"\n'),
            example_on=_ON,
            references=("Reference note R12", "Reference note R15"),
        ),
    ),
    make(
        "STL217",
        "born-member-not-mayor-or-chair",
        Severity.WARNING,
        Certainty.MEDIUM,
        title=(
            "Fødte medlemmer er borgmester eller udvalgsformand",
            "Born members are the mayor or a committee chair",
        ),
        message=(
            "{person} er født medlem, men filen viser ikke, at personen er borgmester eller "
            "formand for et udvalg.",
            "{person} is a born member, but the file does not show that the person is the mayor "
            "or a committee chair.",
        ),
        check=_born,
        sources=kstl("§ 25", 2) + im("01.1.6 (15-10-2001)"),
        doc=RuleDoc(
            what="Warns for each running membership with basis `born` whose person is not a "
            "councillor holding the position `borgmester`, or the chair of another body in the "
            "file.",
            why="By majority the council may make the mayor or a committee chair a born member "
            "(IM resumé 01.1.6; the seat counts toward the person's group, § 25, stk. 2). Other "
            "born seats would be a departure from proportional election. Medium: the file may "
            "simply not record the position.",
            fail_example=_BASE
            + _person("a", "Byrådsmedlem 1 (A)", party="A")
            + _member("a", extra='basis = "born"\n'),
            pass_example=_BASE
            + _person("m", "Borgmester (A)", party="A", extra='positions = ["borgmester"]\n')
            + _member("m", extra='basis = "born"\n'),
            example_on=_ON,
            references=("Reference note R12",),
        ),
    ),
    make(
        "STL218",
        "councillor-seat-beyond-council-term",
        Severity.WARNING,
        Certainty.MEDIUM,
        title=(
            "Politikerpladser ophører med kommunalbestyrelsens valgperiode",
            "Councillor seats end with the council's term",
        ),
        message=(
            "{count} kommunalbestyrelsesmedlem(mer) ({names}) har plads i udvalget ud over "
            "valgperiodens udløb {last}; pladser, der forudsætter medlemskab af "
            "kommunalbestyrelsen, ophører senest da.",
            "{count} councillor(s) ({names}) hold seats beyond the end of the council term on "
            "{last}; seats that presuppose council membership end then at the latest.",
        ),
        check=_beyond_term,
        sources=im("95.8.7 (19-12-1995)") + kstl("§ 28", 1),
        doc=RuleDoc(
            what="For each councillor membership of the committee (its own period, else the "
            "committee's term), warns when it runs past the last day of the election period in "
            "which it starts. One finding lists all such councillors.",
            why="A councillor who leaves the council must leave bodies where the seat "
            "presupposed council membership (IM resumé 95.8.7, about loss of eligibility — "
            "applied here by analogy, hence medium). The whole council leaves on 31 December of "
            "the election year (KRVL § 6, stk. 3).",
            fail_example=_BASE
            + "[mandate]\nterm = { start = 2024-01-01, end = 2026-06-30 }\n"
            + _person("a", "Byrådsmedlem 1 (A)", party="A")
            + _member("a"),
            pass_example=_BASE
            + "[mandate]\nterm = { start = 2024-01-01, end = 2025-12-31 }\n"
            + _person("a", "Byrådsmedlem 1 (A)", party="A")
            + _member("a"),
            example_on=_ON,
            references=("Reference note R16",),
        ),
    ),
)
