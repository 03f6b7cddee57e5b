"""The HTML report of objects built in Python: control characters never reach the page raw."""

from __future__ import annotations

import re
from datetime import date

import attrs

import kommissorium as k
from kommissorium.report.html import html_report

BAD = "A\x00B\x07C\x0bD\x1bE\x7fF\x85G\ud800H"


def test_control_characters_are_replaced_in_the_report() -> None:
    d = k.load("examples/skanderborg-alle-med-network.toml")
    d = attrs.evolve(
        d,
        committee=attrs.evolve(d.committee, name="Udvalg " + BAD),
        stakeholders=tuple(attrs.evolve(s, name=s.name + BAD) for s in d.stakeholders),
    )
    page = html_report(d, on=date(2021, 4, 30))
    page.encode("utf-8")  # no lone surrogate
    assert re.findall("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]", page) == []
    assert "Udvalg A\ufffdB\ufffdC\nD\ufffdE\ufffdF\nG\ufffdH" in page
