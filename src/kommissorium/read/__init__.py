"""Readers of what municipalities publish: minutes, agendas and kommissorier."""
