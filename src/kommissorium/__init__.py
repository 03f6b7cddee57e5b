"""kommissorium: Danish municipal committees as typed data.

Model a committee set up under kommunestyrelseslovens § 17, stk. 4 — its kommissorium,
members, phase plan, meetings and stakeholders — load it from TOML or JSON, save it as JSON, and
read the Danish period expressions and election periods real documents use.

Examples:
    >>> import kommissorium as k
    >>> d = k.loads('''
    ... [committee]
    ... id = "u"
    ... name = "Udvalget"
    ... kind = "special-17-4"
    ... ''')
    >>> d.committee.kind is k.CommitteeKind.SPECIAL_17_4
    True
    >>> k.parse_period("første kvartal 2024").end
    datetime.date(2024, 3, 31)
"""

from kommissorium.errors import (
    IntegrityError,
    KommissoriumError,
    LoadError,
    ModelError,
    PeriodParseError,
    TransitionError,
)
from kommissorium.io import (
    dump,
    dumps,
    json_schema,
    load,
    loads,
)
from kommissorium.model import (
    AimPoint,
    ChairRule,
    ChairRuleKind,
    Committee,
    CommitteeKind,
    Council,
    DecisionPowers,
    Deliverable,
    Dossier,
    ElectionPeriod,
    EstablishingDecision,
    Function,
    Involvement,
    LegalBasis,
    Mandate,
    Meeting,
    MeetingRules,
    MeetingSeries,
    MeetingStatus,
    Membership,
    Milestone,
    MilestoneKind,
    Municipality,
    OnBehalfOf,
    Party,
    PayDecision,
    PayKind,
    Period,
    Person,
    PersonKind,
    Phase,
    PhasePlan,
    PowerArea,
    Reporting,
    RepresentedKind,
    Role,
    SeatBasis,
    SeatRule,
    SeatRuleKind,
    Sector,
    SectorDef,
    Stakeholder,
    StrategicAim,
    Task,
    Theme,
    Tie,
    TieType,
)
from kommissorium.time import (
    PeriodContext,
    danish_holidays,
    election_day,
    election_period,
    format_period,
    parse_period,
)

__version__ = "0.1.0.dev0"

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
    "IntegrityError",
    "Involvement",
    "KommissoriumError",
    "LegalBasis",
    "LoadError",
    "Mandate",
    "Meeting",
    "MeetingRules",
    "MeetingSeries",
    "MeetingStatus",
    "Membership",
    "Milestone",
    "MilestoneKind",
    "ModelError",
    "Municipality",
    "OnBehalfOf",
    "Party",
    "PayDecision",
    "PayKind",
    "Period",
    "PeriodContext",
    "PeriodParseError",
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
    "TransitionError",
    "__version__",
    "danish_holidays",
    "dump",
    "dumps",
    "election_day",
    "election_period",
    "format_period",
    "json_schema",
    "load",
    "loads",
    "parse_period",
]
