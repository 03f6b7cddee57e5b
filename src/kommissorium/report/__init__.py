"""Human-readable reports about a dossier."""

from kommissorium.report.minutes import decision_text, minutes_text
from kommissorium.report.recommendations import (
    CSV_COLUMNS,
    latest_recorded_date,
    recommendations_csv,
    recommendations_data,
    recommendations_json,
    recommendations_text,
)
from kommissorium.report.summary import summary_text

__all__ = [
    "CSV_COLUMNS",
    "decision_text",
    "latest_recorded_date",
    "minutes_text",
    "recommendations_csv",
    "recommendations_data",
    "recommendations_json",
    "recommendations_text",
    "summary_text",
]
