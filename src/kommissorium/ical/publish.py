r"""Publish an exported calendar to a CalDAV server (needs the ``caldav`` extra).

The calendar is split into one CalDAV resource per UID — a series and its overrides travel
together, as RFC 4791 § 4.1 requires — each with the Europe/Copenhagen VTIMEZONE and without
``METHOD`` (which calendar collections do not allow). Resources that already hold a UID are
updated in place; new UIDs are created; with ``prune=True`` resources whose UID is no longer in
the calendar are deleted. The ``caldav`` package finds the collection and its resources; the
resources themselves are written with a plain ``PUT`` of the exported bytes, because caldav's
own save raises ``SEQUENCE`` and "fixes up" the text (it drops trailing blanks of lines and
backslashes before quote characters, which loses data in TEXT values).

Credentials never come from the committee file or the command line: :func:`credentials_for`
reads ``KOMMISSORIUM_CALDAV_USER`` and ``KOMMISSORIUM_CALDAV_PASSWORD`` from the environment,
else the ``~/.netrc`` entry for the server's host. A URL with a login in it
(``https://user:pw@host/…``) is refused (:func:`check_url`), so a password never lands in the
shell history or in the command's output.

:func:`download_calendar` reads what the collection holds now; ``kommissorium publish`` passes
it to the export as ``previous``, so ``SEQUENCE`` rises for every item whose time, recurrence or
status changed since the last upload and ``LAST-MODIFIED`` stays for items that did not change.

Examples:
    >>> split = split_by_uid(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n"
    ...     b"METHOD:PUBLISH\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20240101T000000Z\r\n"
    ...     b"DTSTART;VALUE=DATE:20240101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    >>> list(split), b"METHOD" in split["a"]
    (['a'], False)
"""

from __future__ import annotations

import contextlib
import netrc
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import attrs
from icalendar import Calendar

from kommissorium.errors import KommissoriumError
from kommissorium.ical.export import PRODID
from kommissorium.ical.identity import CalendarReadError

__all__ = [
    "PASSWORD_VARIABLE",
    "USER_VARIABLE",
    "Credentials",
    "PublishError",
    "PublishResult",
    "check_url",
    "credentials_for",
    "download_calendar",
    "publish_calendar",
    "split_by_uid",
]

USER_VARIABLE = "KOMMISSORIUM_CALDAV_USER"
"""Environment variable with the CalDAV user name."""
PASSWORD_VARIABLE = "KOMMISSORIUM_CALDAV_PASSWORD"
"""Environment variable with the CalDAV password."""


class PublishError(KommissoriumError, RuntimeError):
    """The calendar could not be published (server unreachable, refused, or caldav missing)."""


@attrs.frozen
class Credentials:
    """A CalDAV login. The password is left out of ``repr``.

    Attributes:
        username: User name.
        password: Password.
        source: Where they came from (``"environment"`` or the netrc path).
    """

    username: str
    password: str = attrs.field(repr=False)
    source: str = "environment"


@attrs.frozen(kw_only=True)
class PublishResult:
    """What :func:`publish_calendar` did, by UID (sorted).

    Attributes:
        created: UIDs of new resources.
        updated: UIDs of resources that were replaced.
        deleted: UIDs of resources removed by ``prune``.
    """

    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()


def check_url(url: str) -> str:
    """Refuse a CalDAV URL that carries a login, or that is not http(s).

    Args:
        url: The URL as given.

    Returns:
        The URL, unchanged.

    Raises:
        PublishError: The URL has a user name or password in it (the message does not repeat
            them), or is not an ``http``/``https`` URL with a host.

    Examples:
        >>> check_url("https://dav.example/sek/social/")
        'https://dav.example/sek/social/'
        >>> check_url("https://sek:hemmelig@dav.example/sek/social/")
        Traceback (most recent call last):
        ...
        kommissorium.ical.publish.PublishError: the CalDAV URL https://dav.example/... ...
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname
        port = parts.port
    except ValueError:
        raise PublishError("the CalDAV URL cannot be read; give http(s)://host/path/") from None
    if parts.scheme not in ("http", "https") or not host:
        raise PublishError(
            f"the CalDAV URL must start with http:// or https:// and name a host, got scheme "
            f"{parts.scheme or 'none'!r}"
        )
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        shown = f"{parts.scheme}://{host}{'' if port is None else f':{port}'}/..."
        raise PublishError(
            f"the CalDAV URL {shown} has a login in it; leave it out of the URL (it would end "
            f"up in the shell history) and set {USER_VARIABLE} and {PASSWORD_VARIABLE}, or put "
            "the login in ~/.netrc"
        )
    return url


def credentials_for(
    url: str,
    *,
    environ: Mapping[str, str] | None = None,
    netrc_file: str | Path | None = None,
) -> Credentials | None:
    """The login for a CalDAV URL: the environment first, then netrc.

    Args:
        url: The server or calendar URL (its host selects the netrc entry).
        environ: The environment (default ``os.environ``).
        netrc_file: The netrc file (default ``~/.netrc``; a missing file is no error).

    Returns:
        The credentials, or ``None`` when neither source has any.

    Raises:
        PublishError: Only one of the two variables is set, or the netrc file is malformed.

    Examples:
        >>> credentials_for("https://dav.example/x/", environ={USER_VARIABLE: "sek",
        ...     PASSWORD_VARIABLE: "hemmelig"}, netrc_file="/nonexistent")
        Credentials(username='sek', source='environment')
    """
    env = os.environ if environ is None else environ
    user, password = env.get(USER_VARIABLE), env.get(PASSWORD_VARIABLE)
    if user is not None or password is not None:
        if user is None or password is None:
            raise PublishError(
                f"set both {USER_VARIABLE} and {PASSWORD_VARIABLE}, or neither (then ~/.netrc "
                "is used)"
            )
        return Credentials(user, password)
    path = Path(netrc_file) if netrc_file is not None else Path.home() / ".netrc"
    if not path.is_file():
        return None
    try:
        entry = netrc.netrc(str(path)).authenticators(urlsplit(url).hostname or "")
    except (netrc.NetrcParseError, OSError) as exc:
        raise PublishError(f"{path} cannot be read: {exc}") from None
    if entry is None:
        return None
    login, _, secret = entry
    return Credentials(login or "", secret or "", str(path))


def split_by_uid(data: bytes | str | Calendar) -> dict[str, bytes]:
    """One VCALENDAR per UID, with the time zones and without ``METHOD``.

    Args:
        data: An exported calendar.

    Returns:
        UID → iCalendar bytes, in first-appearance order.

    Raises:
        CalendarReadError: ``data`` cannot be read or has a component without UID.
    """
    if isinstance(data, Calendar):
        calendar = data
    else:
        try:
            calendar = Calendar.from_ical(data)
        except ValueError as exc:
            raise CalendarReadError(f"not an iCalendar file: {exc}") from None
    timezones = list(calendar.walk("VTIMEZONE"))
    groups: dict[str, list[Any]] = {}
    for component in calendar.subcomponents:
        if component.name in ("VEVENT", "VTODO", "VJOURNAL"):
            uid = component.get("UID")
            if uid is None:
                raise CalendarReadError(f"a {component.name} has no UID")
            groups.setdefault(str(uid), []).append(component)
    result: dict[str, bytes] = {}
    for uid, components in groups.items():
        resource = Calendar()
        resource.add("VERSION", "2.0")
        resource.add("PRODID", str(calendar.get("PRODID", PRODID)))
        for timezone in timezones:
            resource.add_component(timezone)
        for component in components:
            resource.add_component(component)
        result[uid] = resource.to_ical()
    return result


def _collection_exists(client: Any, url: str) -> bool:
    from caldav.lib.error import NotFoundError

    try:
        client.calendar(url=url).get_properties([])
    except NotFoundError:
        return False
    return True


def _put(client: Any, target: str, body: bytes, *, create: bool) -> None:
    # A plain PUT: caldav's own save() runs its "fix-up" of the text first, which drops
    # backslashes before quotes and trailing blanks of lines — data loss for TEXT values.
    headers = {"Content-Type": "text/calendar; charset=utf-8"}
    if create:
        headers["If-None-Match"] = "*"
    response = client.put(target, body.decode("utf-8"), headers)
    if response.status not in (200, 201, 204):
        raise PublishError(f"PUT {target}: HTTP {response.status} {response.reason}")


def _caldav() -> tuple[Any, type[Exception]]:
    try:
        import caldav
        from caldav.lib.error import DAVError
    except ImportError:  # pragma: no cover - depends on the installation
        raise PublishError(
            "publishing needs the caldav package: pip install 'kommissorium[caldav]'"
        ) from None
    return caldav, DAVError


def _auth(credentials: Credentials | None) -> dict[str, str]:
    if credentials is None:
        return {}
    return {"username": credentials.username, "password": credentials.password}


def _existing(collection: Any) -> dict[str, Any]:
    existing: dict[str, Any] = {}
    for obj in collection.search(event=True) + collection.search(todo=True):
        uid = obj.icalendar_component.get("UID")
        if uid is not None:
            existing[str(uid)] = obj
    return existing


@contextlib.contextmanager
def _session(
    url: str, credentials: Credentials | None, timeout: float
) -> Iterator[tuple[Any, str, type[Exception]]]:
    """Connect to the CalDAV collection at ``url``.

    Yields the client, the URL with a closing ``/`` and caldav's error class; the server's
    refusals and network errors inside the block become :class:`PublishError`.
    """
    check_url(url)
    caldav, dav_error = _caldav()
    if not url.endswith("/"):
        url += "/"
    try:
        client_class: Any = caldav.DAVClient
        with client_class(url=url, timeout=int(timeout), **_auth(credentials)) as client:
            yield client, url, dav_error
    except dav_error as exc:
        raise PublishError(f"CalDAV server at {url} refused: {exc}") from None
    except OSError as exc:
        raise PublishError(f"cannot reach the CalDAV server at {url}: {exc}") from None


def download_calendar(
    url: str, *, credentials: Credentials | None, timeout: float = 30.0
) -> bytes | None:
    """What the CalDAV collection at ``url`` holds now, as one calendar.

    The resources are read with a plain ``GET`` (caldav's parser "fixes up" the text) and
    their events and to-dos are put into one VCALENDAR, in UID order.

    Args:
        url: The URL of the calendar collection.
        credentials: The login, or ``None``.
        timeout: Seconds to wait for the server.

    Returns:
        The calendar, or ``None`` when the collection does not exist yet.

    Raises:
        PublishError: The URL carries a login, ``caldav`` is missing, or the server refuses.
    """
    merged = Calendar()
    merged.add("VERSION", "2.0")
    merged.add("PRODID", PRODID)
    with _session(url, credentials, timeout) as (client, url, _):
        if not _collection_exists(client, url):
            return None
        existing = _existing(client.calendar(url=url))
        for uid in sorted(existing):
            raw = client.request(str(existing[uid].url), "GET").raw
            try:
                resource = Calendar.from_ical(raw)
            except ValueError as exc:
                raise PublishError(
                    f"{existing[uid].url} on the server cannot be read: {exc}"
                ) from None
            for component in resource.subcomponents:
                if component.name in ("VEVENT", "VTODO"):
                    merged.add_component(component)
    data: bytes = merged.to_ical()
    return data


def publish_calendar(
    data: bytes | str | Calendar,
    url: str,
    *,
    credentials: Credentials | None,
    prune: bool = False,
    timeout: float = 30.0,
) -> PublishResult:
    """Upload a calendar to the CalDAV collection at ``url`` (created if it does not exist).

    Args:
        data: The exported calendar.
        url: The URL of the calendar collection, for example
            ``https://dav.example/sekretariat/social/``.
        credentials: The login (see :func:`credentials_for`), or ``None`` for none.
        prune: Delete resources whose UID is not in ``data``.
        timeout: Seconds to wait for the server.

    Returns:
        What was created, updated and deleted.

    Raises:
        PublishError: The URL carries a login, the ``caldav`` package is missing or the server
            refuses.
        CalendarReadError: ``data`` is not iCalendar.
    """
    created: list[str] = []
    updated: list[str] = []
    deleted: list[str] = []
    with _session(url, credentials, timeout) as (client, url, dav_error):
        resources = split_by_uid(data)
        if not _collection_exists(client, url):
            with contextlib.suppress(dav_error):
                client.principal()  # some servers (Radicale) create the user's home here
            response = client.mkcalendar(url)
            if response.status not in (200, 201):
                raise PublishError(
                    f"cannot create the calendar {url}: HTTP {response.status} {response.reason}"
                )
        existing = _existing(client.calendar(url=url))
        for uid, text in resources.items():
            obj = existing.get(uid)
            if obj is None:
                _put(client, f"{url}{quote(uid, safe='')}.ics", text, create=True)
                created.append(uid)
            else:
                _put(client, str(obj.url), text, create=False)
                updated.append(uid)
        if prune:
            for uid in sorted(set(existing) - set(resources)):
                existing[uid].delete()
                deleted.append(uid)
    return PublishResult(
        created=tuple(sorted(created)),
        updated=tuple(sorted(updated)),
        deleted=tuple(sorted(deleted)),
    )
