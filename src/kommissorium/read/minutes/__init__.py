"""The minutes reader."""
