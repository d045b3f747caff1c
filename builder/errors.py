"""Typed errors: library code raises them, only the CLI turns them into exit codes."""


class KutipanError(Exception):
    """Base of every error kutipan reports to a user as one line."""


class InputError(KutipanError):
    """An input file or record cannot be read as articles."""


class LexiconError(KutipanError):
    """A lexicon file is malformed (duplicate or empty entry)."""


class OutputError(KutipanError):
    """An output cannot be written."""
