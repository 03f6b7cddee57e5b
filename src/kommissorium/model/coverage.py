"""Phase coverage: who takes part in each phase, and who the mandate wants but is missing.

Ansell & Gash (2008) name *participatory inclusiveness* as a condition of collaborative
governance. For a committee it is a concrete question: for each phase, which sectors and which
of the stakeholders the kommissorium names (``mandate.involve``) take part?

**Who takes part in a phase** (direct participation, read from the dossier):

* the committee's members whose membership runs in the phase (no ``phases``, or the phase
  listed; an undated membership or one whose period overlaps the phase's);
* the phase's ``participants``;
* actors with an explicit tie to the committee that belongs to the phase, except reporting
  ties (the body a committee reports to does not take part in its work by that);
* through representation: the organisation or committee a participating person represents
  (``Person.organisation`` or a membership's ``on_behalf_of``).

**When a requirement is met.** An :class:`~kommissorium.model.Involvement` for a phase names
stakeholders and sectors. A stakeholder is covered when it takes part, or when one of its
sub-stakeholders does (``Stakeholder.parent``, followed upwards), so "foreninger" is covered by
any association filed under it. A sector is covered when at least one participant is in it
(sectors as :func:`~kommissorium.model.sectors.actor_attributes` assigns them). An
involvement without a phase concerns the whole work: it is met by taking part in any phase or
in the committee itself.

These are plain data functions without networkx, used by reports, by
:func:`kommissorium.network.network_summary` and by the checker's rule PLN112
(``mandated-involvement-missing``): every gap has the path of the requirement in the file.
:mod:`kommissorium.network.coverage` re-exports them.

References:
    Ansell, C. & Gash, A. (2008). Collaborative governance in theory and practice. *Journal of
    Public Administration Research and Theory* 18(4), 543–571. doi:10.1093/jopart/mum032.

Examples:
    >>> import kommissorium as k
    >>> d = k.load("examples/hedensted-social-2024.toml")
    >>> [c.phase for c in phase_coverage(d) if "civil-society" in c.sectors]
    ['p2']
    >>> phase_coverage_findings(d)
    ()
"""

from __future__ import annotations

from collections.abc import Container, Iterator

import attrs

from kommissorium.model.dossier import Dossier
from kommissorium.model.membership import RepresentedKind
from kommissorium.model.period import Period
from kommissorium.model.sectors import actor_attributes, sector_info
from kommissorium.model.stakeholder import TieType

__all__ = [
    "CoverageGap",
    "PhaseCoverage",
    "phase_coverage",
    "phase_coverage_findings",
    "phase_participants",
]


@attrs.frozen(kw_only=True)
class PhaseCoverage:
    """Who takes part in one phase, and what the mandate requires for it.

    Attributes:
        phase: Phase id; ``None`` for the whole work.
        title: Phase title (or ``"hele arbejdet"`` for the whole work).
        participants: Ids of the actors taking part, sorted.
        sectors: Sectors of the participants, in sector order.
        required_stakeholders: Stakeholders the mandate names for the phase, in file order.
        required_sectors: Sectors the mandate names for the phase, in file order.
        missing_stakeholders: Required stakeholders not taking part.
        missing_sectors: Required sectors without a participant.
    """

    phase: str | None
    title: str
    participants: tuple[str, ...]
    sectors: tuple[str, ...]
    required_stakeholders: tuple[str, ...]
    required_sectors: tuple[str, ...]
    missing_stakeholders: tuple[str, ...]
    missing_sectors: tuple[str, ...]

    @property
    def complete(self) -> bool:
        """Whether every requirement is met."""
        return not self.missing_stakeholders and not self.missing_sectors


@attrs.frozen(kw_only=True)
class CoverageGap:
    """One requirement of ``mandate.involve`` that the phase does not meet.

    Attributes:
        phase: Phase id; ``None`` for the whole work.
        phase_title: Phase title.
        kind: ``"stakeholder"`` or ``"sector"``.
        ref: The stakeholder id or sector name that is missing.
        name: Readable name of ``ref`` (stakeholder name, or the sector's Danish label).
        path: Where the requirement is in the file (``mandate.involve[0].stakeholders[1]``).
        text: The involvement's text as written, if any.
    """

    phase: str | None
    phase_title: str
    kind: str
    ref: str
    name: str
    path: str
    text: str | None = None

    def message(self, lang: str = "da") -> str:
        """A one-line description in Danish (``"da"``) or English (``"en"``).

        Examples:
            >>> gap = CoverageGap(phase="p2", phase_title="Fase 2", kind="stakeholder",
            ...                   ref="ngoer", name="NGO'er", path="mandate.involve[0]")
            >>> gap.message("en")
            "NGO'er (ngoer) should be involved in phase p2 (Fase 2) but takes no part in it"
        """
        where_da = f"fase {self.phase} ({self.phase_title})" if self.phase else "arbejdet"
        where_en = f"phase {self.phase} ({self.phase_title})" if self.phase else "the work"
        if self.kind == "sector":
            if lang == "en":
                return f"sector {self.ref} should be involved in {where_en} but has no participant"
            return (
                f"sektoren {self.name} skal inddrages i {where_da}, men ingen deltager er fra den"
            )
        if lang == "en":
            return (
                f"{self.name} ({self.ref}) should be involved in {where_en} but takes no part in it"
            )
        return f"{self.name} ({self.ref}) skal inddrages i {where_da}, men deltager ikke"


def _runs(period: Period | None, phase_period: Period | None) -> bool:
    return period is None or phase_period is None or period.overlaps(phase_period)


def phase_participants(dossier: Dossier, phase: str | None = None) -> tuple[str, ...]:
    """Ids of the actors taking part in a phase (``None``: in any part of the work), sorted.

    Raises:
        KeyError: ``phase`` is not the id of a phase.

    Examples:
        >>> import kommissorium as k
        >>> d = k.load("examples/hedensted-social-2024.toml")
        >>> "ngoer" in phase_participants(d, "p2"), "ngoer" in phase_participants(d, "p3")
        (True, False)
    """
    committee = dossier.committee.id
    selected = dossier.plan.phase(phase) if phase is not None else None
    period = selected.period if selected is not None else None

    def in_phase(phases: tuple[str, ...]) -> bool:
        return phase is None or not phases or phase in phases

    found: set[str] = set()
    for m in dossier.memberships:
        if m.committee == committee and in_phase(m.phases) and _runs(m.period, period):
            found.add(m.person)
    for planned in dossier.plan.phases:
        if phase is None or planned.id == phase:
            found.update(planned.participants)
    for tie in dossier.ties:
        if tie.type is TieType.REPORTING or committee not in (tie.source, tie.target):
            continue
        if in_phase(tie.phases) and _runs(tie.period, period):
            found.add(tie.target if tie.source == committee else tie.source)
    # What each participating person represents: their organisation and the bodies or
    # organisations any of their memberships is on behalf of (parties excepted). One pass
    # over the memberships, not one per person.
    organisations = {p.id: p.organisation for p in dossier.people}
    represented: set[str] = set()
    for person_id in found & organisations.keys():
        organisation = organisations[person_id]
        if organisation is not None:
            represented.add(organisation)
    for m in dossier.memberships:
        behalf = m.on_behalf_of
        if (
            behalf is not None
            and behalf.kind is not RepresentedKind.PARTY
            and m.person in found
            and m.person in organisations
        ):
            represented.add(behalf.ref)
    found |= represented
    found.discard(committee)
    return tuple(sorted(found))


def _covered(dossier: Dossier, participants: set[str]) -> set[str]:
    """Participants plus every stakeholder above one of them in the ``parent`` chain."""
    parents = {s.id: s.parent for s in dossier.stakeholders}
    covered = set(participants)
    for start in participants:
        current = parents.get(start)
        seen = {start}
        while current is not None and current not in seen:
            covered.add(current)
            seen.add(current)
            current = parents.get(current)
    return covered


def _coverages(
    dossier: Dossier, *, required_only: bool = False
) -> Iterator[tuple[PhaseCoverage, list[CoverageGap]]]:
    """Coverage and gaps per phase; ``required_only`` skips phases nothing is required of."""
    attributes = actor_attributes(dossier)
    info = sector_info(dossier.sectors)
    names = {key: value["name"] for key, value in attributes.items()}
    phases: list[tuple[str | None, str]] = [(p.id, p.title) for p in dossier.plan.phases]
    if any(inv.phase is None for inv in dossier.mandate.involve):
        phases.append((None, "hele arbejdet"))
    if required_only:
        wanted = {inv.phase for inv in dossier.mandate.involve}
        phases = [(phase_id, title) for phase_id, title in phases if phase_id in wanted]
    for phase_id, title in phases:
        participants = phase_participants(dossier, phase_id)
        covered = _covered(dossier, set(participants))
        sectors = info.order(attributes[a]["sector"] for a in participants if a in attributes)
        required_s: list[str] = []
        required_c: list[str] = []
        gaps: list[CoverageGap] = []
        for index, inv in enumerate(dossier.mandate.involve):
            if inv.phase != phase_id:
                continue
            required_s.extend(inv.stakeholders)
            required_c.extend(inv.sectors)
            checks: tuple[tuple[str, tuple[str, ...], Container[str]], ...] = (
                ("stakeholder", inv.stakeholders, covered),
                ("sector", inv.sectors, sectors),
            )
            for kind, refs, met in checks:
                for i, ref in enumerate(refs):
                    if ref in met:
                        continue
                    name = names.get(ref, ref) if kind == "stakeholder" else info.label(ref, "da")
                    gaps.append(
                        CoverageGap(
                            phase=phase_id,
                            phase_title=title,
                            kind=kind,
                            ref=ref,
                            name=name,
                            path=f"mandate.involve[{index}].{kind}s[{i}]",
                            text=inv.text,
                        )
                    )
        unique_s = tuple(dict.fromkeys(required_s))
        unique_c = tuple(dict.fromkeys(required_c))
        coverage = PhaseCoverage(
            phase=phase_id,
            title=title,
            participants=participants,
            sectors=sectors,
            required_stakeholders=unique_s,
            required_sectors=unique_c,
            missing_stakeholders=tuple(s for s in unique_s if s not in covered),
            missing_sectors=tuple(s for s in unique_c if s not in sectors),
        )
        yield coverage, gaps


def phase_coverage(dossier: Dossier) -> tuple[PhaseCoverage, ...]:
    """Coverage of every phase in plan order, then the whole work if the mandate asks for it.

    Examples:
        >>> import kommissorium as k
        >>> d = k.load("examples/hedensted-social-2024.toml")
        >>> p2 = phase_coverage(d)[1]
        >>> p2.required_stakeholders, p2.complete
        (('ngoer', 'lokalraad'), True)
    """
    return tuple(coverage for coverage, _ in _coverages(dossier))


def phase_coverage_findings(dossier: Dossier) -> tuple[CoverageGap, ...]:
    """Every requirement of ``mandate.involve`` that is not met, in phase and file order.

    Meant for a checker rule: each gap carries the path of the requirement, the phase, and a
    message in Danish and English (:meth:`CoverageGap.message`).

    Examples:
        >>> import attrs
        >>> import kommissorium as k
        >>> d = k.load("examples/hedensted-social-2024.toml")
        >>> p2 = d.plan.phases[1]
        >>> without = attrs.evolve(p2, participants=("frivillige",))
        >>> plan = attrs.evolve(d.plan, phases=(d.plan.phases[0], without, *d.plan.phases[2:]))
        >>> gaps = phase_coverage_findings(attrs.evolve(d, plan=plan))
        >>> [(g.ref, g.path) for g in gaps]  # doctest: +NORMALIZE_WHITESPACE
        [('ngoer', 'mandate.involve[0].stakeholders[0]'),
         ('lokalraad', 'mandate.involve[0].stakeholders[1]'),
         ('civil-society', 'mandate.involve[0].sectors[0]')]
    """
    if not dossier.mandate.involve:
        return ()
    return tuple(gap for _, gaps in _coverages(dossier, required_only=True) for gap in gaps)
