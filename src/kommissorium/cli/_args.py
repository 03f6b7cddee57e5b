"""Argument helpers shared by the sub-commands (private to the command line).

Examples:
    >>> parse_day("2024-04-01", "--on")
    datetime.date(2024, 4, 1)
    >>> parse_day("1. april", "--on")
    Traceback (most recent call last):
    ...
    kommissorium.cli._args.ArgumentError: --on: expected a date as YYYY-MM-DD, got '1. april'
    >>> parse_stamp("2025-01-06T09:00:00Z")
    datetime.datetime(2025, 1, 6, 9, 0, tzinfo=datetime.timezone.utc)
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime

from kommissorium._write import check_output, write_atomic
from kommissorium.errors import KommissoriumError, LoadError
from kommissorium.interop.stamp import default_stamp
from kommissorium.io import MAX_FILE_BYTES
from kommissorium.io._read import read_file
from kommissorium.model import Dossier

__all__ = [
    "ArgumentError",
    "check_output_option",
    "export_stamp",
    "parse_day",
    "parse_stamp",
    "read_input",
    "series_in",
    "write_output",
]


class ArgumentError(KommissoriumError, ValueError):
    """A command-line argument that cannot be used (exit code 2)."""


def parse_day(text: str, option: str) -> date:
    """A date given as ``YYYY-MM-DD`` on the command line."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ArgumentError(f"{option}: expected a date as YYYY-MM-DD, got {text!r}") from None


def export_stamp(
    text: str | None,
    dossiers: Sequence[Dossier],
    sources: Sequence[str],
    *,
    environ: Mapping[str, str] | None = None,
) -> datetime:
    """The time stamp of an export of ``dossiers``: ``--stamp``, ``SOURCE_DATE_EPOCH`` or the files.

    Without ``--stamp`` (``text``) and without ``SOURCE_DATE_EPOCH`` the stamp is taken from the
    files themselves: midnight UTC of :func:`kommissorium.interop.stamp.stamp_day` (the latest
    day a file records something happening, else its earliest phase or meeting start), the
    latest such day over all ``dossiers``. Only when no file has any such date does it stop with
    :class:`ArgumentError` naming the files (``sources``). ``environ`` is the environment to
    read ``SOURCE_DATE_EPOCH`` from (default :data:`os.environ`).

    Examples:
        >>> from kommissorium.model import Committee, Dossier, Meeting
        >>> from datetime import timedelta
        >>> start = datetime(2025, 3, 3, 15, tzinfo=UTC)
        >>> m = Meeting(id="m", committee="u", start=start, end=start + timedelta(hours=2))
        >>> d = Dossier(committee=Committee(id="u", name="U"), meetings=(m,))
        >>> export_stamp("2025-01-06T09:00:00Z", [d], ["u.toml"]).isoformat()
        '2025-01-06T09:00:00+00:00'
        >>> export_stamp(None, [d], ["u.toml"], environ={"SOURCE_DATE_EPOCH": "0"}).isoformat()
        '1970-01-01T00:00:00+00:00'
        >>> export_stamp(None, [d], ["u.toml"], environ={}).isoformat()
        '2025-03-03T00:00:00+00:00'
        >>> empty = Dossier(committee=Committee(id="u", name="U"))
        >>> export_stamp(None, [empty], ["u.toml"], environ={})
        Traceback (most recent call last):
        ...
        kommissorium.cli._args.ArgumentError: u.toml: no date to stamp the export with ...
    """
    env = os.environ if environ is None else environ
    if text is not None or "SOURCE_DATE_EPOCH" in env:
        return parse_stamp(text, environ=env)
    stamps = [s for s in (default_stamp(d) for d in dossiers) if s is not None]
    if not stamps:
        raise ArgumentError(
            f"{', '.join(sources)}: no date to stamp the export with (no decision, history, "
            "hearing answer, case step, phase or meeting date); give --stamp DATETIME "
            "(e.g. 2025-01-06T09:00:00Z) or set SOURCE_DATE_EPOCH"
        )
    return max(stamps)


def parse_stamp(text: str | None, *, environ: Mapping[str, str] | None = None) -> datetime:
    """The DTSTAMP/created time of an export: ``--stamp`` or ``SOURCE_DATE_EPOCH``.

    Exports never read the clock, so the same input always gives the same bytes. Commands that
    have the dossier at hand use :func:`export_stamp`, which falls back to a day in the file.
    """
    if text is None:
        epoch = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH")
        if epoch is None:
            raise ArgumentError(
                "give --stamp DATETIME (e.g. 2025-01-06T09:00:00Z) or set SOURCE_DATE_EPOCH; "
                "the export does not read the clock, so that output is reproducible"
            )
        try:
            return datetime.fromtimestamp(int(epoch), tz=UTC)
        except (ValueError, OverflowError):
            raise ArgumentError(
                f"SOURCE_DATE_EPOCH: expected whole seconds, got {epoch!r}"
            ) from None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise ArgumentError(
            f"--stamp: expected an ISO datetime such as 2025-01-06T09:00:00Z, got {text!r}"
        ) from None
    if value.tzinfo is None:
        raise ArgumentError(f"--stamp: {text!r} has no offset; add Z (UTC) or +01:00")
    return value


def read_input(path: str, option: str) -> bytes:
    """The bytes of a file named on the command line (a regular file of at most 10 MB).

    Examples:
        >>> read_input("/dev/zero", "--previous")
        Traceback (most recent call last):
        ...
        kommissorium.cli._args.ArgumentError: --previous: /dev/zero: expected a regular file, \
got a character device
    """
    try:
        return read_file(path, MAX_FILE_BYTES, "a file")
    except LoadError as exc:
        raise ArgumentError(f"{option}: {exc}") from None


@contextmanager
def series_in(dossiers: Sequence[Dossier], sources: Sequence[str]) -> Iterator[None]:
    """Name the file and the place of a series that cannot be expanded.

    A :class:`~kommissorium.ical.series.SeriesRuleError` raised inside (a series past the
    expansion window, say) becomes an :class:`ArgumentError` that starts with the file and
    ``series[N]``.
    """
    from kommissorium.ical.series import SeriesRuleError

    try:
        yield
    except SeriesRuleError as exc:
        for dossier, source in zip(dossiers, sources, strict=False):
            for index, series in enumerate(dossier.series):
                if series.id == exc.series:
                    raise ArgumentError(f"{source}: series[{index}]: {exc}") from None
        raise ArgumentError(f"{', '.join(sources)}: {exc}") from None


def check_output_option(output: str | None, option: str = "-o") -> None:
    """Refuse an output file that cannot be written, before any work is done.

    Standard output (``None`` or ``"-"``) is always accepted.

    Raises:
        OutputError: A folder, or a file in a folder that does not exist.
    """
    if output not in (None, "-"):
        check_output(output, what=option)


def write_output(data: bytes | str, output: str | None, option: str = "-o") -> None:
    """Write to the file ``output``, or to standard output for ``None`` or ``"-"``.

    A file is written atomically (:func:`kommissorium._write.write_atomic`): a failure leaves
    no partial file behind and raises :class:`~kommissorium.errors.OutputError`, which names
    the file and ``option``.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if output in (None, "-"):
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:  # a text-only stream (doctest, some IDEs): our text is UTF-8
            sys.stdout.write(raw.decode("utf-8"))
        else:
            sys.stdout.flush()
            buffer.write(raw)
        sys.stdout.flush()
        return
    write_atomic(output, raw, what=option)
