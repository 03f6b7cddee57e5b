"""The typed committee model: frozen attrs classes, no I/O.

Examples:
    >>> from kommissorium.model import Committee, CommitteeKind
    >>> Committee(id="u", name="Udvalget", kind=CommitteeKind.SPECIAL_17_4).kind.label_en
    'special committee (§ 17(4))'
"""

from kommissorium.model.committee import Committee, CommitteeKind
from kommissorium.model.council import Council, ElectionPeriod, Municipality, Party
from kommissorium.model.dossier import Dossier
from kommissorium.model.mandate import (
    AimPoint,
    ChairRule,
    ChairRuleKind,
    DecisionPowers,
    Deliverable,
    EstablishingDecision,
    Function,
    Involvement,
    LegalBasis,
    Mandate,
    MeetingRules,
    PayDecision,
    PayKind,
    PowerArea,
    Reporting,
    SeatRule,
    SeatRuleKind,
    StrategicAim,
    Task,
    Theme,
)
from kommissorium.model.meeting import Meeting, MeetingSeries, MeetingStatus
from kommissorium.model.membership import (
    Membership,
    OnBehalfOf,
    RepresentedKind,
    Role,
    SeatBasis,
)
from kommissorium.model.people import Person, PersonKind
from kommissorium.model.period import Period
from kommissorium.model.phase import Milestone, MilestoneKind, Phase, PhasePlan
from kommissorium.model.stakeholder import Sector, SectorDef, Stakeholder, Tie, TieType

__all__ = [
    "AimPoint",
    "ChairRule",
    "ChairRuleKind",
    "Committee",
    "CommitteeKind",
    "Council",
    "DecisionPowers",
    "Deliverable",
    "Dossier",
    "ElectionPeriod",
    "EstablishingDecision",
    "Function",
    "Involvement",
    "LegalBasis",
    "Mandate",
    "Meeting",
    "MeetingRules",
    "MeetingSeries",
    "MeetingStatus",
    "Membership",
    "Milestone",
    "MilestoneKind",
    "Municipality",
    "OnBehalfOf",
    "Party",
    "PayDecision",
    "PayKind",
    "Period",
    "Person",
    "PersonKind",
    "Phase",
    "PhasePlan",
    "PowerArea",
    "Reporting",
    "RepresentedKind",
    "Role",
    "SeatBasis",
    "SeatRule",
    "SeatRuleKind",
    "Sector",
    "SectorDef",
    "Stakeholder",
    "StrategicAim",
    "Task",
    "Theme",
    "Tie",
    "TieType",
]
