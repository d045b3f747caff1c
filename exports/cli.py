"""The `export` and `rebuild` subcommands, registered on the `kutipan` parser by builder/cli.py.

Kept here so the CLI module only gains two lines; each command checks its arguments
and calls one library function, and errors reach the user as one line.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from builder.errors import InputError
from exports.stories import DEFAULT_RATIOS


def _ratios(text: str) -> tuple[float, float, float]:
    try:
        parts = tuple(float(x) for x in text.split("/"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected TRAIN/VALIDATION/TEST such as 80/10/10, got {text!r}") from None
    if len(parts) != 3 or any(p < 0 for p in parts) or sum(parts) <= 0:
        raise argparse.ArgumentTypeError(f"expected three non-negative numbers such as 80/10/10, got {text!r}")
    return parts  # type: ignore[return-value]


def register(sub: argparse._SubParsersAction) -> None:
    """Add `export` and `rebuild` to the `kutipan` subcommands."""
    e = sub.add_parser("export", help="write a Hugging Face dataset folder from a build and/or annotations",
                       description="Write DATASET/ (configs quotes, articles, tokens; train/validation/test by "
                                   "story; README.md card) from a build folder and/or a pulled annotation snapshot.")
    e.add_argument("--build", type=Path, default=None, metavar="OUT", help="a `kutipan build` output folder")
    e.add_argument("--annotations", type=Path, default=None, metavar="ANNOTATIONS",
                   help="a `kutipan pull` folder (reviewed.jsonl, articles.jsonl)")
    e.add_argument("-o", "--out", type=Path, default=None, metavar="DATASET", help="dataset folder to write")
    e.add_argument("--splits", type=_ratios, default=DEFAULT_RATIOS, metavar="T/V/T",
                   help="split proportions by story (default 80/10/10)")
    e.add_argument("--push-to-hub", default=None, metavar="REPO",
                   help="upload DATASET/ unchanged to this Hub dataset repository (needs HF_TOKEN or a login)")
    e.add_argument("--private", action="store_true", help="with --push-to-hub: create the repository private")
    e.add_argument("--quiet", action="store_true", help="no summary")
    e.set_defaults(run=_cmd_export)

    r = sub.add_parser("rebuild", help="regenerate the committed dataset and compare it with exports/manifest.sha256",
                       description="Build the sample articles, export them with the committed annotation snapshot "
                                   "(exports/sources/) and compare every file's sha256 with exports/manifest.sha256.")
    mode = r.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="compare with the manifest (the default)")
    mode.add_argument("--update", action="store_true", help="rewrite the manifest from this rebuild")
    r.add_argument("-o", "--out", type=Path, default=None, metavar="DATASET",
                   help="keep the rebuilt dataset here (default: a temporary folder)")
    r.set_defaults(run=_cmd_rebuild)


def _cmd_export(args: argparse.Namespace) -> int:
    from exports.export import export
    from exports.hub import push_to_hub

    if args.out is None:
        raise InputError("export: give the dataset folder with -o DATASET/")
    if args.build is None and args.annotations is None:
        raise InputError("export: give --build OUT/, --annotations ANNOTATIONS/, or both")
    summary = export(out=args.out, build=args.build, annotations=args.annotations, ratios=args.splits)
    if not args.quiet:
        parts = ", ".join(f"{c} " + "/".join(str(n) for n in rows.values()) for c, rows in summary.rows.items())
        print(f"kutipan: wrote {summary.out_dir} ({parts} train/validation/test rows; "
              f"{summary.reviewed_articles} reviewed articles)", file=sys.stderr)
    if args.push_to_hub:
        url = push_to_hub(summary.out_dir, args.push_to_hub, private=args.private)
        print(f"kutipan: pushed {summary.out_dir} to {url}", file=sys.stderr)
    return 0


def _cmd_rebuild(args: argparse.Namespace) -> int:
    from exports.rebuild import MANIFEST, rebuild

    result = rebuild(out=args.out, update=args.update)
    verb = "wrote" if args.update else "matches"
    print(f"kutipan: rebuild {verb} {MANIFEST.name} ({len(result.hashes)} files)", file=sys.stderr)
    return 0
