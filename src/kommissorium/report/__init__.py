"""Human-readable reports about a dossier."""

from kommissorium.report.summary import summary_text

__all__ = ["summary_text"]
