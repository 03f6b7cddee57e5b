"""Named rule profiles (catalogues) that :func:`~kommissorium.rules.check` can use.

Examples:
    >>> get_profile("dk").name
    'dk'
    >>> get_profile("xx")
    Traceback (most recent call last):
    ...
    kommissorium.rules.engine.RuleSelectionError: unknown profile 'xx'; known profiles: dk
"""

from __future__ import annotations

import importlib

from kommissorium.rules.engine import Profile, RuleSelectionError

__all__ = ["PROFILE_NAMES", "get_profile"]

#: Profile name → module whose ``PROFILE`` it is (imported on first use).
_MODULES = {"dk": "kommissorium.rules.dk"}

PROFILE_NAMES = tuple(sorted(_MODULES))
"""The names :func:`get_profile` knows."""


def get_profile(name: str) -> Profile:
    """The profile with this name.

    Raises:
        RuleSelectionError: No such profile.
    """
    try:
        module = _MODULES[name]
    except KeyError:
        raise RuleSelectionError(
            f"unknown profile {name!r}; known profiles: {', '.join(PROFILE_NAMES)}"
        ) from None
    profile: Profile = importlib.import_module(module).PROFILE
    return profile
