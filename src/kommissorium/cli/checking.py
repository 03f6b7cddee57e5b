"""The ``check`` and ``rules`` commands.

``kommissorium check FILE… [--on DATE] [--select CODES] [--ignore CODES] [--format
text|json|sarif] [--lang da|en]`` exits 0 when no file has an unaccepted error, 1 when one has,
and 2 for bad input. Without ``--on`` each file is checked for its own default date: the date
of the establishing decision, else the first day of the term; a file with neither needs
``--on``.

Examples:
    >>> main = __import__("kommissorium.cli", fromlist=["main"]).main
    >>> main(["rules", "STL301", "--lang", "en"])  # doctest: +ELLIPSIS
    STL301 term-beyond-election-period
    ...
    0
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from datetime import date
from typing import Any

from kommissorium.cli._args import ArgumentError, parse_day
from kommissorium.errors import LoadError
from kommissorium.io import MAX_FILE_BYTES, load
from kommissorium.io._read import read_file
from kommissorium.report.check import report_json, report_sarif, report_text
from kommissorium.rules import (
    PROFILE_NAMES,
    Report,
    Rule,
    all_rules,
    check,
    default_check_date,
)
from kommissorium.rules.engine import Lang

__all__ = ["register", "rule_doc_text"]


def register(sub: Any) -> None:
    """Add the ``check`` and ``rules`` sub-commands."""
    p = sub.add_parser("check", help="check committee files against the § 17, stk. 4 rules")
    p.add_argument("files", nargs="+", metavar="FILE", help="committee files (.toml or .json)")
    p.add_argument("--on", help="check date YYYY-MM-DD (default: decision date, else term start)")
    p.add_argument("--select", help="comma-separated codes or prefixes to run (e.g. STL2,PLN)")
    p.add_argument("--ignore", help="comma-separated codes or prefixes to leave out")
    p.add_argument("--format", choices=("text", "json", "sarif"), default="text")
    p.add_argument("--lang", choices=("da", "en"), default="da")
    p.add_argument("--profile", choices=PROFILE_NAMES, default="dk")
    p.set_defaults(func=_check)

    r = sub.add_parser("rules", help="list the rule catalogue, or show one rule")
    r.add_argument("code", nargs="?", help="a rule code such as STL301")
    r.add_argument("--lang", choices=("da", "en"), default="da")
    r.add_argument("--profile", choices=PROFILE_NAMES, default="dk")
    r.set_defaults(func=_rules)


def _codes(text: str | None) -> list[str] | None:
    if text is None:
        return None
    return [c.strip() for c in text.split(",") if c.strip()]


def _check(args: argparse.Namespace) -> int:
    on: date | None = None
    if args.on:
        on = parse_day(args.on, "--on")
    reports: list[tuple[str, Report]] = []
    for name in args.files:
        dossier = load(name)
        day = on or default_check_date(dossier)
        if day is None:
            raise ArgumentError(
                f"{name}: no check date: the file has no mandate.established_by.date and no "
                "mandate.term; give --on YYYY-MM-DD"
            )
        reports.append(
            (
                name,
                check(
                    dossier,
                    on=day,
                    select=_codes(args.select),
                    ignore=_codes(args.ignore),
                    profile=args.profile,
                ),
            )
        )
    if args.format == "text":
        sys.stdout.write("\n".join(report_text(r, source=s, lang=args.lang) for s, r in reports))
    elif args.format == "json":
        sys.stdout.write(json.dumps(report_json(reports), ensure_ascii=False, indent=2) + "\n")
    else:
        texts: dict[str, str] = {}
        for name, _ in reports:
            # Already loaded once; without the text, results point at line 1.
            with contextlib.suppress(LoadError, UnicodeDecodeError):
                texts[name] = read_file(name, MAX_FILE_BYTES).decode("utf-8")
        data = report_sarif(reports, all_rules(args.profile), lang=args.lang, texts=texts)
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return 1 if any(r.has_errors for _, r in reports) else 0


_HEADINGS = {
    "severity": ("Alvor", "Severity"),
    "certainty": ("Sikkerhed", "Certainty"),
    "applies": ("Gælder for kontroller pr.", "Applies to checks made for"),
    "message": ("Meddelelse", "Message"),
    "what": ("Hvad reglen kontrollerer", "What it does"),
    "why": ("Hvorfor", "Why"),
    "english_only": (
        "(Reglens dokumentation findes kun på engelsk.)",
        "",
    ),
    "unverified": ("Ikke verificeret", "Not verified"),
    "basis": ("Retsgrundlag", "Legal basis"),
    "fail": (
        "Eksempel, der udløser reglen (kontrolleret pr. {on})",
        "Failing example (checked for {on})",
    ),
    "pass": ("Eksempel, der ikke udløser reglen", "Passing example"),
}


def _h(key: str, da: bool) -> str:
    return _HEADINGS[key][0 if da else 1]


def rule_doc_text(rule: Rule, lang: str = "da") -> str:
    """One rule's documentation as plain text (what ``kommissorium rules CODE`` prints).

    Headings, title, severity, certainty and the message template are in the language asked
    for; the explanatory text (what the rule does, why) is written in English only, which the
    Danish output says.

    Examples:
        >>> from kommissorium.rules import get_profile
        >>> text = rule_doc_text(get_profile("dk").rule("STL502"), "da")
        >>> "Retsgrundlag:" in text and "Alvor: fejl" in text and "Legal basis" not in text
        True
    """
    da = lang == "da"
    lng: Lang = "da" if da else "en"
    out = [
        f"{rule.code} {rule.name}",
        rule.title(lng),
        "",
        f"{_h('severity', da)}: {rule.severity.label(lng)}    "
        f"{_h('certainty', da)}: {rule.certainty.label(lng)}",
    ]
    if rule.valid_from or rule.valid_to:
        out.append(f"{_h('applies', da)}: {rule.valid_from or '…'} – {rule.valid_to or '…'}")
    out += ["", f"{_h('message', da)}:", rule.message_da if da else rule.message_en]
    doc = rule.doc
    if doc is not None:
        out += ["", f"{_h('what', da)}:"]
        if da:
            out.append(_h("english_only", da))
        out += [doc.what, "", f"{_h('why', da)}:", doc.why]
        if doc.unverified:
            out += ["", f"{_h('unverified', da)}:", doc.unverified]
    out += ["", f"{_h('basis', da)}:"]
    note = rule.basis_note(lng)
    if note is not None:
        out.append(f"  {note}")
    out += [
        f"  {s.text}"
        + (f"  [{s.valid_from or '…'} – {s.valid_to or '…'}]" if s.valid_from or s.valid_to else "")
        for s in rule.sources
    ]
    if doc is not None:
        out += [
            "",
            _h("fail", da).format(on=doc.example_on.isoformat()) + ":",
            doc.fail_example,
            _h("pass", da) + ":",
            doc.pass_example,
        ]
    return "\n".join(out).rstrip() + "\n"


def _rules(args: argparse.Namespace) -> int:
    rules = all_rules(args.profile)
    if args.code:
        code = args.code.strip().upper()
        for rule in rules:
            if rule.code == code:
                sys.stdout.write(rule_doc_text(rule, args.lang))
                return 0
        raise ArgumentError(f"no rule with code {args.code!r}; run `kommissorium rules`")
    for rule in rules:
        print(
            f"{rule.code}  {rule.severity.value:<7}  {rule.certainty.value:<6}  {rule.name}  "
            f"— {rule.title(args.lang)}"
        )
    return 0
