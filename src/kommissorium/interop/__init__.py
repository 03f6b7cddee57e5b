"""Interchange with the civic data standards OParl 1.1 and Popolo.

- :func:`to_oparl` / :func:`dumps_oparl`: a dossier as an OParl 1.1 bundle.
- :func:`to_popolo` / :func:`dumps_popolo`: a dossier as Popolo JSON.
- :func:`read_roster` / :func:`with_roster`: bootstrap a council roster from an OParl
  Organization/Person/Membership listing.
"""

from kommissorium.interop._common import EXTENSION, ExportError
from kommissorium.interop.oparl import OPARL_NAMESPACE, dumps_oparl, to_oparl
from kommissorium.interop.oparl_import import Roster, loads_roster, read_roster, with_roster
from kommissorium.interop.popolo import dumps_popolo, to_popolo

__all__ = [
    "EXTENSION",
    "OPARL_NAMESPACE",
    "ExportError",
    "Roster",
    "dumps_oparl",
    "dumps_popolo",
    "loads_roster",
    "read_roster",
    "to_oparl",
    "to_popolo",
    "with_roster",
]
