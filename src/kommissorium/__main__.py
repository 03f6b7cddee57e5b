"""``python -m kommissorium`` runs the command line."""

from kommissorium.cli import run

run()
