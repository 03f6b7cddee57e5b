r"""Writing output files atomically (private to the library and the command line).

Every file kommissorium writes (calendars, exports, pictures, reports, committee files) goes
through :func:`write_atomic`: the bytes go to a temporary file in the target's own folder
(``.NAME.PID.N.tmp``), which is then renamed over the target. A failure at any point (a
missing folder, a full disk, an error while a picture is drawn) removes the temporary file and
leaves the target as it was: never a partial or empty file. The new file gets the permissions
of the file it replaces, else those the process's umask gives. A target that exists and is not
a regular file (``/dev/null``, a named pipe) is written directly, since it cannot be replaced.
A symbolic link is followed: the file it points to is replaced.

Examples:
    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     out = write_atomic(pathlib.Path(tmp) / "a.txt", "hej\n")
    ...     out.read_text(), sorted(p.name for p in pathlib.Path(tmp).iterdir())
    ('hej\n', ['a.txt'])
    >>> write_atomic("no-such-folder/a.txt", b"x")
    Traceback (most recent call last):
    ...
    kommissorium.errors.OutputError: cannot write no-such-folder/a.txt: the folder ...
"""

from __future__ import annotations

import contextlib
import itertools
import os
import stat
from collections.abc import Callable
from pathlib import Path

from kommissorium.errors import OutputError

__all__ = ["check_output", "write_atomic"]

_COUNTER = itertools.count()


def _name(path: str | os.PathLike[str], what: str | None) -> str:
    return f"{os.fspath(path)} ({what})" if what else os.fspath(path)


def check_output(path: str | os.PathLike[str], *, what: str | None = None) -> Path:
    """The file to write for ``path``, checked before any work is done.

    Follows a symbolic link to the file it names; refuses a folder, and a path whose folder
    does not exist or is not a folder.

    Args:
        path: The output file.
        what: How the file was asked for, for the message (such as ``"-o"``).

    Returns:
        The path to write (the target of a symbolic link).

    Raises:
        OutputError: The file cannot be written there.
    """
    given = Path(path)
    target = Path(os.path.realpath(given)) if given.is_symlink() else given
    name = _name(path, what)
    if target.is_dir():
        raise OutputError(name, "it is a folder; give the name of a file")
    folder = target.parent
    if not folder.exists():
        raise OutputError(name, f"the folder {folder} does not exist")
    if not folder.is_dir():
        raise OutputError(name, f"{folder} is not a folder")
    return target


def write_atomic(
    path: str | os.PathLike[str],
    data: bytes | str | Callable[[Path], object],
    *,
    what: str | None = None,
) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename (see the module docs).

    Args:
        path: The output file.
        data: The bytes, a text (written as UTF-8), or a function that writes the file at the
            path it is given (such as a figure's ``savefig``).
        what: How the file was asked for, for the message (such as ``"-o"``).

    Returns:
        ``path`` as a :class:`~pathlib.Path`.

    Raises:
        OutputError: The file cannot be written (nothing is left behind).
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    target = check_output(path, what=what)
    name = _name(path, what)
    try:
        existing = target.stat()
    except OSError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        _write_in_place(target, raw, name)
        return Path(path)
    temp = _create_temp(target, name)
    try:
        if callable(raw):
            raw(temp)
        else:
            with temp.open("wb") as out:
                out.write(raw)
                out.flush()
                os.fsync(out.fileno())
        if existing is not None:
            os.chmod(temp, stat.S_IMODE(existing.st_mode))
        os.replace(temp, target)
    except OSError as exc:
        _remove(temp)
        raise OutputError(name, exc.strerror or str(exc)) from None
    except BaseException:
        _remove(temp)
        raise
    return Path(path)


def _create_temp(target: Path, name: str) -> Path:
    """A new empty file beside ``target``, with the permissions the umask gives."""
    while True:
        temp = target.with_name(f".{target.name}.{os.getpid()}.{next(_COUNTER)}.tmp")
        try:
            descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise OutputError(name, exc.strerror or str(exc)) from None
        os.close(descriptor)
        return temp


def _write_in_place(target: Path, raw: bytes | Callable[[Path], object], name: str) -> None:
    try:
        if callable(raw):
            raw(target)
        else:
            with target.open("wb") as out:
                out.write(raw)
    except OSError as exc:
        raise OutputError(name, exc.strerror or str(exc)) from None


def _remove(temp: Path) -> None:
    with contextlib.suppress(OSError):  # already gone, or the folder vanished
        temp.unlink()
