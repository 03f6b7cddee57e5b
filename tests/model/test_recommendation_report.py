"""Recommendation reports: groupings, target groups, sub-points, proposer, next status due."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

import kommissorium as k
from kommissorium.cli import main
from kommissorium.model import next_status_reports
from kommissorium.report.recommendations import (
    CSV_COLUMNS,
    default_report_date,
    recommendations_csv,
    recommendations_data,
    recommendations_text,
)

ROOT = Path(__file__).resolve().parent.parent.parent
SKB = k.load(ROOT / "examples" / "skanderborg-alle-med-2021.toml")
N2025 = k.load(ROOT / "examples" / "norddjurs-status-2025-decision.toml")


def test_text_by_addressee_lists_a_recommendation_under_each_addressee() -> None:
    text = recommendations_text(SKB, on=date(2021, 4, 30), by="addressee")
    assert "Til Socialudvalget:" in text
    assert "Til Byrådet:" in text
    sections = text.split("\n\n")
    to_soc = next(s for s in sections if s.startswith("Til Socialudvalget:"))
    to_kb = next(s for s in sections if s.startswith("Til Byrådet:"))
    assert "  1.1  " in to_soc
    assert "  1.1  " not in to_kb
    assert "  1.3  " in to_kb
    assert "  1.3  " not in to_soc
    # grouped by addressee, the addressee line is not repeated under each row
    assert "        til: " not in to_soc


def test_text_by_state_and_an_unknown_grouping() -> None:
    text = recommendations_text(SKB, on=date(2021, 4, 30), by="state")
    assert "\nindstillet:\n" in text
    with pytest.raises(ValueError, match="by must be one of"):
        recommendations_text(SKB, on=date(2021, 4, 30), by="party")


def test_text_shows_proposer_target_groups_and_points() -> None:
    text = recommendations_text(SKB, on=date(2021, 4, 30))
    block = text[text.index("  2.1  ") : text.index("  2.2  ")]
    assert "foreslået af: Arbejdsgruppen" in block
    assert "målgrupper: mennesker med psykisk sårbarhed" in block
    assert "        1) at Handicaprådet udvides" in block


def test_json_has_the_documented_keys() -> None:
    data = recommendations_data(SKB, on=date(2021, 4, 30))
    assert list(data) == ["on", "grouping", "recommendations", "status_reports"]
    row = data["recommendations"][3]
    assert row["id"] == "2.1"
    assert row["target_groups"] == ["mennesker med psykisk sårbarhed"]
    assert row["proposed_by"] == "arbejdsgruppe"
    assert len(row["points"]) == 3
    assert row["recorded_state"] == row["state"] == "proposed"


def test_csv_has_the_new_columns_at_the_end() -> None:
    rows = list(csv.reader(io.StringIO(recommendations_csv(SKB, on=date(2021, 4, 30)))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert CSV_COLUMNS[-3:] == ("proposed_by", "target_groups", "points")
    by_id = {r[0]: dict(zip(CSV_COLUMNS, r, strict=True)) for r in rows[1:]}
    assert by_id["2.1"]["target_groups"] == "mennesker med psykisk sårbarhed"
    assert by_id["2.1"]["points"].startswith("at Handicaprådet udvides")


def test_next_status_report_on_both_sides_of_a_known_date() -> None:
    before = dict(next_status_reports(N2025, on=date(2025, 4, 28)))["status-2025"]
    after = dict(next_status_reports(N2025, on=date(2025, 4, 29)))["status-2025"]
    assert before is not None
    assert after is not None
    assert (before.period.start, before.period.end) == (date(2025, 4, 28), date(2025, 4, 28))
    assert (after.period.start, after.period.end) == (date(2025, 7, 1), date(2025, 12, 31))
    assert dict(next_status_reports(N2025, on=date(2026, 1, 1)))["status-2025"] is None


def test_text_and_json_show_the_next_status_due() -> None:
    text = recommendations_text(N2025, on=date(2025, 4, 29))
    assert "Næste status:" in text
    assert "forfalder 2025-07-01 – 2025-12-31" in text
    data = recommendations_data(N2025, on=date(2025, 4, 29))
    nxt = {s["schedule"]: s["next"] for s in data["status_reports"]}
    assert nxt["status-2025"] == {"start": "2025-07-01", "end": "2025-12-31", "kind": "window"}


def test_text_says_when_the_file_records_a_later_state() -> None:
    text = recommendations_text(N2025, on=date(2020, 1, 1))
    assert "senere registreret: under implementering" in text
    assert "senere registreret" not in recommendations_text(N2025, on=date(2022, 11, 15))


def test_default_report_date_order() -> None:
    assert default_report_date(N2025) == (date(2025, 4, 28), "seneste dato filen registrerer")
    assert default_report_date(SKB) == (date(2021, 4, 30), "kommissoriets slutdato")


def test_cli_by_addressee(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(ROOT / "examples" / "skanderborg-alle-med-2021.toml")
    assert main(["recommendations", path, "--by", "addressee"]) == 0
    assert "Til Socialudvalget:" in capsys.readouterr().out
    assert main(["recommendations", path, "--by", "addressee", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["grouping"] == "addressee"


def test_an_approximate_date_replaces_only_the_window_it_lies_in() -> None:
    from kommissorium.model import Committee, Dossier, Period, StatusSchedule, status_report_dates

    def items(*months: Period) -> list[tuple[date, date]]:
        d = Dossier(
            committee=Committee(id="u", name="U"),
            status_schedules=(
                StatusSchedule(
                    id="s",
                    title="Status",
                    per_year=2,
                    period=Period(date(2024, 1, 1), date(2024, 12, 31)),
                    approximate_dates=months,
                ),
            ),
        )
        out = []
        for item in status_report_dates(d):
            assert item.period.end is not None
            out.append((item.period.start, item.period.end))
        return out

    june = Period(date(2024, 6, 1), date(2024, 6, 30), "juni 2024")
    assert items(june) == [
        (date(2024, 6, 1), date(2024, 6, 30)),
        (date(2024, 7, 1), date(2024, 12, 31)),
    ]
    # a period across two windows replaces neither
    across = Period(date(2024, 6, 15), date(2024, 7, 15))
    assert items(across) == [
        (date(2024, 1, 1), date(2024, 6, 30)),
        (date(2024, 6, 15), date(2024, 7, 15)),
        (date(2024, 7, 1), date(2024, 12, 31)),
    ]
