"""`caseload forms`: the consent form templates, with no vault and no passphrase.

    caseload forms list
    caseload forms blank TEMPLATE --language es [--large-print] [--version N] > form.pdf

A blank form holds no client data, so it may be written where the worker redirects it; it is
never written to a terminal.
"""

from __future__ import annotations

import argparse
import sys

from app.cli_io import CliError, PassphraseSource
from app.core.consent_forms import TemplateError
from app.documents.templates import available_templates, load_template, vocabulary

HELP = "consent form templates: list them, or print a blank form to fill by hand"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `forms` subcommands (`list`, `blank`) under the `forms` parser of app/cli.py."""
    actions = parser.add_subparsers(dest="forms_action", metavar="ACTION", required=True)
    actions.add_parser("list", help="one template per line: id, version, kind, language, title")
    blank = actions.add_parser(
        "blank", help="write a blank form as PDF to standard output (redirect it to a file)"
    )
    blank.add_argument("template", metavar="TEMPLATE", help="template id, e.g. consent-services")
    blank.add_argument("--language", default="en", help="form language (default: %(default)s)")
    blank.add_argument("--large-print", action="store_true", help="18 pt text")
    blank.add_argument("--version", dest="form_version", metavar="N", help="default: newest")


def cmd_forms(args: argparse.Namespace, _source: PassphraseSource) -> int:
    try:
        if args.forms_action == "list":
            return _list()
        return _blank(args)
    except TemplateError as error:
        raise CliError(str(error)) from None


def _list() -> int:
    for info in available_templates():
        print(f"{info.id:<24}{info.version:<4}{info.kind:<24}{info.language:<4}{info.title}")
    return 0


def _blank(args: argparse.Namespace) -> int:
    template = load_template(args.template, args.language, args.form_version)
    words = vocabulary(args.language)
    if sys.stdout.isatty():
        raise CliError(
            "refusing to write a PDF to the terminal; redirect to a file: caseload forms blank "
            f"{args.template} --language {args.language} > form.pdf"
        )
    from app.documents.consent_pdf import blank_form_pdf  # reportlab: only when printing

    sys.stdout.buffer.write(blank_form_pdf(template, words, large_print=args.large_print))
    sys.stdout.buffer.flush()
    return 0
