"""Interchange with the civic data standards OParl 1.1 and Popolo.

- :func:`to_oparl` / :func:`dumps_oparl`: a dossier as an OParl 1.1 bundle.
- :func:`to_popolo` / :func:`dumps_popolo`: a dossier as Popolo JSON.
- :func:`read_roster` / :func:`with_roster`: bootstrap a council roster from an OParl
  Organization/Person/Membership listing.
- :func:`default_stamp` / :func:`stamp_day`: the time stamp an export gets when the user gives
  none, read from the dossier's own dates.
"""

from kommissorium.interop._common import EXTENSION, ExportError
from kommissorium.interop.oparl import OPARL_NAMESPACE, dumps_oparl, to_oparl
from kommissorium.interop.oparl_import import Roster, loads_roster, read_roster, with_roster
from kommissorium.interop.popolo import dumps_popolo, to_popolo
from kommissorium.interop.stamp import default_stamp, recorded_days, stamp_day

__all__ = [
    "EXTENSION",
    "OPARL_NAMESPACE",
    "ExportError",
    "Roster",
    "default_stamp",
    "dumps_oparl",
    "dumps_popolo",
    "loads_roster",
    "read_roster",
    "recorded_days",
    "stamp_day",
    "to_oparl",
    "to_popolo",
    "with_roster",
]
