"""`kutipan` command line: a thin layer that checks arguments and calls one library function.

Every failure a user can cause ends as one `kutipan: error: ...` line on stderr and
a non-zero exit code: 2 for bad usage or input, 1 for anything else, 130 for Ctrl-C.
Set KUTIPAN_DEBUG=1 to get the traceback of an unexpected error instead.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from contextlib import ExitStack
from importlib import metadata, resources
from pathlib import Path
from typing import Any, Final

from builder.errors import InputError, KutipanError
from builder.outputs import FORMATS

PROG: Final[str] = "kutipan"
CONFIG_KEYS: Final[dict[str, type]] = {"target": str, "jobs": int, "format": str}
_TYPE_NAMES: Final[dict[type, str]] = {str: "string", int: "integer"}
EXIT_USAGE: Final[int] = 2
EXIT_FAILURE: Final[int] = 1
EXIT_INTERRUPTED: Final[int] = 130
EXIT_BROKEN_PIPE: Final[int] = 141
ENV_DISTRIBUTIONS: Final[tuple[str, ...]] = ("kutipan", "regex", "polars", "datasets", "pyarrow")


class UsageError(KutipanError):
    """Bad command-line arguments."""


class _Parser(argparse.ArgumentParser):
    """argparse prints usage plus an error over several lines and exits; we want one line, raised."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description="Quote, speaker and stance records from Indonesian news.")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    b = sub.add_parser("build", help="extract quotes from articles into OUT/articles.* and OUT/quotes.*",
                       description="Extract quotes from articles. INPUT is a .jsonl, .txt, .html/.htm or .parquet "
                                   "file, a folder of them, or - for JSONL on stdin.")
    b.add_argument("inputs", nargs="*", metavar="INPUT")
    b.add_argument("-o", "--out", required=True, type=Path, metavar="OUT", help="output folder")
    b.add_argument("--format", choices=FORMATS, default=None, help="output format (default parquet)")
    b.add_argument("--jobs", type=int, default=None, metavar="N", help="worker processes (default: all CPUs)")
    b.add_argument("--target", default=None, metavar="TEXT",
                   help="stance target for articles that have no `target` field of their own")
    b.add_argument("--config", type=Path, default=None, metavar="FILE",
                   help="JSON or TOML file with optional keys target, jobs, format (flags win)")
    b.add_argument("--sample", action="store_true", help="also read the bundled sample articles")
    b.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    b.set_defaults(run=_cmd_build)

    r = sub.add_parser("rules", help="list the quote rules and what each one matches")
    r.set_defaults(run=_cmd_rules)
    e = sub.add_parser("env", help="print the versions kutipan runs with")
    e.set_defaults(run=_cmd_env)

    from annotation.commands import register as register_review_commands  # serve, push, pull

    register_review_commands(sub)

    from exports.cli import register as register_export_commands  # export, rebuild

    register_export_commands(sub)
    return p


def load_config(path: Path) -> dict[str, Any]:
    """Build defaults from a JSON or TOML file; unknown keys are errors, so typos do not pass silently."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"config {path}: cannot read: {exc.strerror or exc}") from exc
    try:
        if path.suffix.lower() == ".toml":
            import tomllib

            cfg = tomllib.loads(data.decode("utf-8"))
        else:
            cfg = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        kind = "TOML" if path.suffix.lower() == ".toml" else "JSON"
        raise InputError(f"config {path}: not valid {kind}: {str(exc).splitlines()[0]}") from None
    if not isinstance(cfg, dict):
        raise InputError(f"config {path}: expected a table of keys {', '.join(CONFIG_KEYS)}")
    for key, value in cfg.items():
        want = CONFIG_KEYS.get(key)
        if want is None:
            raise InputError(f"config {path}: unknown key {key!r}; expected {', '.join(CONFIG_KEYS)}")
        if not isinstance(value, want) or isinstance(value, bool):
            raise InputError(f"config {path}: {key!r} must be a {_TYPE_NAMES[want]}, got {type(value).__name__}")
    if "format" in cfg and cfg["format"] not in FORMATS:
        raise InputError(f"config {path}: 'format' must be one of {', '.join(FORMATS)}, got {cfg['format']!r}")
    return cfg


def sample_paths(stack: ExitStack) -> list[str]:
    """The bundled sample articles as file paths, wherever the package is installed."""
    folder = resources.files("builder") / "samples"
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".txt")), key=lambda f: f.name)
    if not files:
        raise InputError("no bundled sample articles found in builder/samples")
    return [str(stack.enter_context(resources.as_file(f))) for f in files]


def _cmd_build(args: argparse.Namespace) -> int:
    from builder.build import build, format_summary

    cfg = load_config(args.config) if args.config else {}
    fmt = args.format or cfg.get("format", "parquet")
    jobs = args.jobs if args.jobs is not None else cfg.get("jobs")
    if jobs is not None and jobs < 1:
        raise UsageError(f"--jobs must be at least 1, got {jobs}")
    target = args.target if args.target is not None else cfg.get("target")
    with ExitStack() as stack:
        inputs = list(args.inputs) + (sample_paths(stack) if args.sample else [])
        if not inputs:
            raise UsageError("build: give at least one INPUT, or --sample")
        if inputs.count("-") > 1:
            raise UsageError("build: stdin (-) can be read only once")
        progress = not args.quiet and sys.stderr.isatty()
        summary = build(inputs, args.out, fmt=fmt, jobs=jobs, target=target, progress=progress)
    if not args.quiet:
        print(format_summary(summary), file=sys.stderr)
    return 0


def _cmd_rules(args: argparse.Namespace) -> int:
    from builder.quotes import RULES

    width = max(map(len, RULES), default=0)
    for rule_id, (_, description) in RULES.items():
        print(f"{rule_id:<{width}}  {description}")
    return 0


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def _cmd_env(args: argparse.Namespace) -> int:
    print(f"python    {platform.python_version()} ({sys.executable})")
    for dist in ENV_DISTRIBUTIONS:
        print(f"{dist:<9} {_version(dist)}")
    return 0


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand; returns the exit code (errors are one stderr line, never a traceback)."""
    try:
        args = _parser().parse_args(argv)
        return args.run(args)
    except SystemExit as exc:  # --help / --version from argparse
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else EXIT_USAGE)
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `kutipan rules | head`: the reader left; nothing to report
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except (UsageError, InputError) as exc:
        _error(_one_line(exc))
        return EXIT_USAGE
    except KutipanError as exc:
        _error(_one_line(exc))
        return EXIT_FAILURE
    except OSError as exc:
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        _error(f"{where}{exc.strerror or _one_line(exc)}")
        return EXIT_FAILURE
    except Exception as exc:
        if os.environ.get("KUTIPAN_DEBUG"):
            raise
        _error(f"internal error: {type(exc).__name__}: {_one_line(exc)} (set KUTIPAN_DEBUG=1 for a traceback)")
        return EXIT_FAILURE


def _silence_stdout() -> None:
    # so the interpreter's final flush of stdout does not raise again at exit
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _error(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
