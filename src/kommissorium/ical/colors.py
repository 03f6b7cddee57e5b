"""Calendar colours: the CSS3 colour names that RFC 7986 § 5.9 allows in ``COLOR``.

``COLOR`` takes a CSS3 colour *name* (``"steelblue"``), never a hex value; Apple's
``X-APPLE-CALENDAR-COLOR`` takes ``#rrggbb``. :func:`check_color` tells the two apart.

Examples:
    >>> len(CSS3_COLOR_NAMES)
    148
    >>> check_color("SteelBlue"), check_color("#1F6FEB"), check_color("#abc")
    ('steelblue', '#1f6feb', '#aabbcc')
"""

from __future__ import annotations

import re

from kommissorium.errors import KommissoriumError

__all__ = ["CSS3_COLOR_NAMES", "ColorError", "check_color"]

CSS3_COLOR_NAMES: frozenset[str] = frozenset(
    (
        "aliceblue",
        "antiquewhite",
        "aqua",
        "aquamarine",
        "azure",
        "beige",
        "bisque",
        "black",
        "blanchedalmond",
        "blue",
        "blueviolet",
        "brown",
        "burlywood",
        "cadetblue",
        "chartreuse",
        "chocolate",
        "coral",
        "cornflowerblue",
        "cornsilk",
        "crimson",
        "cyan",
        "darkblue",
        "darkcyan",
        "darkgoldenrod",
        "darkgray",
        "darkgreen",
        "darkgrey",
        "darkkhaki",
        "darkmagenta",
        "darkolivegreen",
        "darkorange",
        "darkorchid",
        "darkred",
        "darksalmon",
        "darkseagreen",
        "darkslateblue",
        "darkslategray",
        "darkslategrey",
        "darkturquoise",
        "darkviolet",
        "deeppink",
        "deepskyblue",
        "dimgray",
        "dimgrey",
        "dodgerblue",
        "firebrick",
        "floralwhite",
        "forestgreen",
        "fuchsia",
        "gainsboro",
        "ghostwhite",
        "gold",
        "goldenrod",
        "gray",
        "green",
        "greenyellow",
        "grey",
        "honeydew",
        "hotpink",
        "indianred",
        "indigo",
        "ivory",
        "khaki",
        "lavender",
        "lavenderblush",
        "lawngreen",
        "lemonchiffon",
        "lightblue",
        "lightcoral",
        "lightcyan",
        "lightgoldenrodyellow",
        "lightgray",
        "lightgreen",
        "lightgrey",
        "lightpink",
        "lightsalmon",
        "lightseagreen",
        "lightskyblue",
        "lightslategray",
        "lightslategrey",
        "lightsteelblue",
        "lightyellow",
        "lime",
        "limegreen",
        "linen",
        "magenta",
        "maroon",
        "mediumaquamarine",
        "mediumblue",
        "mediumorchid",
        "mediumpurple",
        "mediumseagreen",
        "mediumslateblue",
        "mediumspringgreen",
        "mediumturquoise",
        "mediumvioletred",
        "midnightblue",
        "mintcream",
        "mistyrose",
        "moccasin",
        "navajowhite",
        "navy",
        "oldlace",
        "olive",
        "olivedrab",
        "orange",
        "orangered",
        "orchid",
        "palegoldenrod",
        "palegreen",
        "paleturquoise",
        "palevioletred",
        "papayawhip",
        "peachpuff",
        "peru",
        "pink",
        "plum",
        "powderblue",
        "purple",
        "rebeccapurple",
        "red",
        "rosybrown",
        "royalblue",
        "saddlebrown",
        "salmon",
        "sandybrown",
        "seagreen",
        "seashell",
        "sienna",
        "silver",
        "skyblue",
        "slateblue",
        "slategray",
        "slategrey",
        "snow",
        "springgreen",
        "steelblue",
        "tan",
        "teal",
        "thistle",
        "tomato",
        "turquoise",
        "violet",
        "wheat",
        "white",
        "whitesmoke",
        "yellow",
        "yellowgreen",
    )
)
"""The 148 colour keywords of CSS Color Module Level 4 § 6.1 (the 147 of CSS3 plus
``rebeccapurple``), lower case."""

_HEX = re.compile(r"^#(?:[0-9a-f]{3}|[0-9a-f]{6})$")


class ColorError(KommissoriumError, ValueError):
    """A calendar colour that is neither a CSS3 colour name nor ``#rrggbb``."""


def check_color(value: str) -> str:
    """Normalise a calendar colour: a CSS3 name in lower case, or ``#rrggbb``.

    Args:
        value: A CSS3 colour name (any case) or a hex colour ``#rgb``/``#rrggbb``.

    Returns:
        The name in lower case, or the hex colour as ``#rrggbb`` in lower case.

    Raises:
        ColorError: Anything else.

    Examples:
        >>> check_color("light blue")
        Traceback (most recent call last):
        ...
        kommissorium.ical.colors.ColorError: calendar colour: expected a CSS3 colour name ...
    """
    text = value.strip().lower()
    if text in CSS3_COLOR_NAMES:
        return text
    if _HEX.match(text):
        if len(text) == 4:
            text = "#" + "".join(ch * 2 for ch in text[1:])
        return text
    raise ColorError(
        f"calendar colour: expected a CSS3 colour name (such as 'steelblue') or a hex colour "
        f"'#rrggbb', got {value!r}"
    )
