"""Load Hedensted's 2016 kommissorium for Social Omsorg (seed 001) and check it.

The committee was set up on 29 June 2016 in the 2014–2017 election period and runs "til
udgangen af 2018", so the checker warns that its term runs past the election period (STL301,
low certainty) and that its councillor seats outlast the council term (STL218). The party list
and the councillors in the file are illustrative placeholders (see the file's header).
"""

from __future__ import annotations

import sys
from pathlib import Path

import kommissorium as k
from kommissorium.report.check import report_text
from kommissorium.rules import check, default_check_date

HERE = Path(__file__).resolve().parent


def main() -> int:
    dossier = k.load(HERE / "hedensted-social-omsorg-2016.toml")
    on = default_check_date(dossier)
    assert on is not None
    report = check(dossier, on=on)
    sys.stdout.write(report_text(report, source="hedensted-social-omsorg-2016.toml", lang="da"))
    return 1 if report.has_errors else 0


if __name__ == "__main__":
    sys.exit(main())
