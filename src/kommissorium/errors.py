"""The error family of kommissorium.

Every error the library raises on purpose derives from :class:`KommissoriumError`, and each
subclass also derives from the builtin exception it means, so callers can catch either.

Examples:
    >>> from kommissorium.errors import KommissoriumError, LoadError
    >>> err = LoadError("udvalg.toml", "memberships[3].role", "one of chair, member", "'boss'")
    >>> isinstance(err, KommissoriumError), isinstance(err, ValueError)
    (True, True)
    >>> print(err)
    udvalg.toml: memberships[3].role: expected one of chair, member, got 'boss'
"""

from __future__ import annotations

__all__ = [
    "BodyNotAllowedError",
    "IntegrityError",
    "KommissoriumError",
    "LoadError",
    "ModelError",
    "OutputError",
    "PeriodParseError",
    "TransitionError",
]


class KommissoriumError(Exception):
    """Root of every error kommissorium raises on purpose."""


class ModelError(KommissoriumError, ValueError):
    """A model object cannot exist as given (for example a period that ends before it starts).

    Legal problems are never raised: they are findings of the rules engine.

    Attributes:
        field: The attribute the problem is in, when it is one attribute (``"end"``), or a
            path below it (``"tasks[2]"``).
        expected: What the attribute should hold, when the error says so on its own
            (``"a task number from 1 to 9999"``); a file loader shows it as "expected …".
        got: What it holds instead, as a file author would name it (``"-3"``).

    Examples:
        >>> err = ModelError("task number must be from 1 to 9999, got -3", field="number",
        ...                  expected="a task number from 1 to 9999", got="-3")
        >>> err.field, err.expected, err.got
        ('number', 'a task number from 1 to 9999', '-3')
    """

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        expected: str | None = None,
        got: str | None = None,
    ) -> None:
        self.field = field
        self.expected = expected
        self.got = got
        super().__init__(message)


class IntegrityError(ModelError):
    """A dossier whose ids clash or whose references do not resolve.

    Attributes:
        path: Where the problem is, such as ``memberships[3].person``.
        expected: What should be there (``"the id of a person"``).
        got: What is there.
    """

    expected: str
    got: str

    def __init__(self, path: str, expected: str, got: str) -> None:
        self.path = path
        super().__init__(f"{path}: expected {expected}, got {got}", expected=expected, got=got)


class PeriodParseError(KommissoriumError, ValueError):
    """A Danish period expression could not be read.

    Attributes:
        text: The text that was given.
        reason: Why it could not be read.
        known_forms: Examples of the forms the parser knows.
    """

    def __init__(self, text: str, reason: str, known_forms: tuple[str, ...] = ()) -> None:
        self.text = text
        self.reason = reason
        self.known_forms = known_forms
        message = f"cannot read period {text!r}: {reason}"
        if known_forms:
            message += "; known forms: " + "; ".join(known_forms)
        super().__init__(message)


class LoadError(KommissoriumError, ValueError):
    """A committee file could not be loaded.

    Attributes:
        source: The file name (or ``"<string>"``) the data came from.
        path: Where inside the data the problem is, such as ``memberships[3].role``;
            empty for the whole document.
        expected: What was expected there.
        got: A short description of what was found, or ``None``.
    """

    def __init__(self, source: str, path: str, expected: str, got: str | None = None) -> None:
        self.source = source
        self.path = path
        self.expected = expected
        self.got = got
        where = f"{source}: {path}" if path else source
        message = f"{where}: expected {expected}"
        if got is not None:
            message += f", got {got}"
        super().__init__(message)


class OutputError(KommissoriumError, OSError):
    """An output file could not be written; nothing was left behind at its place.

    Attributes:
        target: The file that was to be written, as given.
        reason: Why it could not be written.

    Examples:
        >>> err = OutputError("missing/report.html", "the folder missing does not exist")
        >>> print(err)
        cannot write missing/report.html: the folder missing does not exist
        >>> isinstance(err, OSError)
        True
    """

    def __init__(self, target: str, reason: str) -> None:
        self.target = target
        self.reason = reason
        super().__init__(f"cannot write {target}: {reason}")

    def __str__(self) -> str:
        return str(self.args[0])


class TransitionError(KommissoriumError, ValueError):
    """A lifecycle move that the workflow does not allow.

    Attributes:
        subject: What was to move (for example a recommendation id).
        from_state: The current state.
        to_state: The requested state.
        allowed: The states that may be reached from ``from_state``.
    """

    def __init__(
        self, subject: str, from_state: str, to_state: str, allowed: tuple[str, ...]
    ) -> None:
        self.subject = subject
        self.from_state = from_state
        self.to_state = to_state
        self.allowed = allowed
        options = ", ".join(allowed) if allowed else "none (final state)"
        super().__init__(
            f"{subject}: cannot move from {from_state!r} to {to_state!r}; allowed: {options}"
        )


class BodyNotAllowedError(TransitionError):
    """A lifecycle move that exists in the workflow but not for the body attempting it.

    Attributes:
        body: Id of the body that attempted the move (``None`` when no body was given).
        permitted: Ids and kinds of the bodies that may make the move.

    Examples:
        >>> err = BodyNotAllowedError("R1", "considered", "approved", ("approved",),
        ...                           body="arbejdsgruppe", permitted=("standing",))
        >>> print(err)
        R1: body 'arbejdsgruppe' may not move from 'considered' to 'approved'; permitted: standing
        >>> isinstance(err, TransitionError)
        True
    """

    def __init__(
        self,
        subject: str,
        from_state: str,
        to_state: str,
        allowed: tuple[str, ...],
        *,
        body: str | None,
        permitted: tuple[str, ...],
    ) -> None:
        super().__init__(subject, from_state, to_state, allowed)
        self.body = body
        self.permitted = permitted
        if body is None:
            message = (
                f"{subject}: moving from {from_state!r} to {to_state!r} needs an acting body; "
                f"permitted: {', '.join(permitted)}"
            )
        else:
            message = (
                f"{subject}: body {body!r} may not move from {from_state!r} to {to_state!r}; "
                f"permitted: {', '.join(permitted)}"
            )
        self.args = (message,)

    def __str__(self) -> str:
        return str(self.args[0])
