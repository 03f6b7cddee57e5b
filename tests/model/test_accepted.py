from __future__ import annotations

import pytest

import kommissorium as k
from kommissorium.errors import LoadError

TOML = """
[committee]
id = "u"
name = "U"
[mandate.appointment]
method = "agreed"
unanimous = true
decided_on = 2016-06-29
[[accepted]]
code = "STL202"
path = "mandate.appointment"
ids = ["a"]
reason = "Enstemmig beslutning"
decided_on = 2016-06-29
"""


def test_round_trip() -> None:
    d = k.loads(TOML)
    assert d.accepted[0].reason == "Enstemmig beslutning"
    assert d.mandate.appointment is not None
    assert d.mandate.appointment.unanimous is True
    assert k.loads(k.dumps(d)) == d


def test_schema_has_new_fields() -> None:
    schema = k.json_schema()
    assert "accepted" in schema["properties"]
    assert "AcceptedFinding" in schema["$defs"]
    assert "Appointment" in schema["$defs"]


def test_empty_reason_refused() -> None:
    with pytest.raises(LoadError, match=r"accepted\[0\]\.reason"):
        k.loads('[committee]\nid = "u"\nname = "U"\n[[accepted]]\ncode = "X"\nreason = " "\n')
