"""The `serve`, `push` and `pull` subcommands, registered into `builder.cli`'s parser.

Kept here so the review commands live beside their code; heavy imports happen
inside the handlers, so `kutipan build` does not pay for them.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def register(sub: argparse._SubParsersAction) -> None:
    """Add serve, push and pull to the `kutipan` subcommands."""
    s = sub.add_parser("serve", help="start (or --stop) a local Label Studio for reviewing quotes",
                       description="Start a local Label Studio (SQLite, 127.0.0.1 only) in the background, with an "
                                   "admin user and an API token kept in the data folder. push and pull find it.")
    s.add_argument("--data", type=Path, default=None, metavar="DIR",
                   help="data folder (default $KUTIPAN_LS_DATA or ~/.local/share/kutipan/label-studio)")
    s.add_argument("--stop", action="store_true", help="stop the server this data folder started")
    s.set_defaults(run=_cmd_serve)

    p = sub.add_parser("push", help="send a build's articles and the rules' quotes to a Label Studio project",
                       description="Create or find the project NAME and import one task per article with the "
                                   "rules' quotes as predictions. Safe to repeat and to resume.")
    p.add_argument("out", type=Path, metavar="OUT", help="output folder of `kutipan build`")
    p.add_argument("--project", required=True, metavar="NAME", help="project title (exact match)")
    p.add_argument("--ls-config", type=Path, default=None, metavar="FILE",
                   help="JSON or TOML file with url and api_key (default: $LABEL_STUDIO_URL and "
                        "$LABEL_STUDIO_API_KEY, else the server `kutipan serve` started)")
    p.add_argument("--batch", type=int, default=None, metavar="N", help="tasks per import call (default 5000)")
    p.set_defaults(run=_cmd_push)

    q = sub.add_parser("pull", help="export a project's reviews into reviewed quote records",
                       description="Export a full JSON snapshot of project NAME into ANNOTATIONS/snapshots/ and "
                                   "write ANNOTATIONS/reviewed.jsonl, articles.jsonl and report.json.")
    q.add_argument("--project", required=True, metavar="NAME", help="project title (exact match)")
    q.add_argument("-o", "--out", required=True, type=Path, metavar="ANNOTATIONS", help="output folder")
    q.add_argument("--ls-config", type=Path, default=None, metavar="FILE", help="as for push")
    q.set_defaults(run=_cmd_pull)


def _cmd_serve(args: argparse.Namespace) -> int:
    from annotation import server

    data = args.data or server.default_data_dir()
    if args.stop:
        stopped = server.stop(data)
        print(f"stopped the Label Studio of {data}" if stopped else f"no Label Studio running for {data}")
        return 0
    running = server.running(data.resolve()) if data.exists() else None
    if not running and not (data / "label_studio.sqlite3").exists():
        _err("first start: creating the database takes about a minute...")
    srv = server.start(data)
    print(f"Label Studio {'is running' if running else 'started'} at {srv.url} (pid {srv.pid})")
    print(f"log in as {srv.email}; the password is in {srv.credentials_file}")
    print(f"push and pull use this server; its URL and API token are in {srv.connection_file} (owner-only file)")
    print(f"stop it with: kutipan serve --stop{'' if args.data is None else f' --data {args.data}'}")
    return 0


def _cmd_push(args: argparse.Namespace) -> int:
    from annotation.client import resolve_connection
    from annotation.push import BATCH, push
    from builder.cli import UsageError

    if args.batch is not None and args.batch < 1:
        raise UsageError(f"--batch must be at least 1, got {args.batch}")
    conn = resolve_connection(args.ls_config)
    t0 = time.monotonic()
    summary = push(conn, args.out, args.project, batch=args.batch or BATCH, progress=_err)
    print(summary.line(args.project) + f" in {time.monotonic() - t0:.1f} s")
    return 0


def _cmd_pull(args: argparse.Namespace) -> int:
    from annotation.client import resolve_connection
    from annotation.convert import progress_lines
    from annotation.pull import pull

    conn = resolve_connection(args.ls_config)
    converted, saved = pull(conn, args.project, args.out, progress=_err)
    for line in progress_lines(converted.report):
        print(line)
    print(f"snapshot {saved}; {len(converted.records)} records in {args.out / 'reviewed.jsonl'}")
    return 0
