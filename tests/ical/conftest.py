from __future__ import annotations

import pytest
from ical_data import make_dossier

from kommissorium.model import Dossier


@pytest.fixture
def dossier() -> Dossier:
    return make_dossier()
