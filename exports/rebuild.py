"""`kutipan rebuild`: regenerate the dataset from the committed sources and check it against the manifest.

Sources: the bundled sample articles (builder/samples) and the annotation snapshot
in exports/sources/. The manifest, exports/manifest.sha256, lists every file of
the dataset as `sha256  relative/path` (sorted; `sha256sum -c` reads it). Same
sources and pinned library versions give the same bytes, so any difference means
a source, the code or a version changed; `--update` records the new state.
"""
from __future__ import annotations

import hashlib
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from builder.build import build
from builder.errors import KutipanError
from exports.export import export

HERE: Final[Path] = Path(__file__).resolve().parent
ROOT: Final[Path] = HERE.parent
SOURCES: Final[Path] = HERE / "sources"
MANIFEST: Final[Path] = HERE / "manifest.sha256"
SAMPLES: Final[Path] = ROOT / "builder" / "samples"
TARGET: Final[str] = "hubungan dan kerja sama Rusia–Korea Utara"
SNAPSHOT_NOTE: Final[str] = (
    "**Demonstration snapshot.** The reviews in this build come from `exports/sources/` of the kutipan "
    "repository, a small snapshot made by `exports/sources/make_snapshot.py` from the rules' output on the five "
    "bundled sample articles with deliberate changes (most quotes accepted, one boundary corrected, one quote "
    "added, one rejected, stances set); its annotator names and agreement figures are invented. It shows the "
    "format and will be replaced by real reviews pulled from Label Studio."
)


class ManifestMismatch(KutipanError):
    """The rebuilt dataset differs from the committed manifest."""


@dataclass(frozen=True)
class RebuildResult:
    out_dir: Path
    hashes: dict[str, str]
    differences: tuple[str, ...]


def file_hashes(folder: Path) -> dict[str, str]:
    """relative path -> sha256 of every file under `folder`."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            out[p.relative_to(folder).as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def format_manifest(hashes: dict[str, str]) -> str:
    return "".join(f"{h}  {path}\n" for path, h in sorted(hashes.items()))


def read_manifest(path: Path) -> dict[str, str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise KutipanError(f"manifest {path}: missing; run `kutipan rebuild --update` to create it") from None
    out = {}
    for n, line in enumerate(lines, 1):
        digest, sep, rel = line.partition("  ")
        if not sep or len(digest) != 64 or not rel:
            raise KutipanError(f"manifest {path} line {n}: expected `<sha256>  <path>`")
        out[rel] = digest
    return out


def compare(expected: dict[str, str], actual: dict[str, str]) -> tuple[str, ...]:
    """One line per differing file: changed, missing from the rebuild, or new."""
    diffs = []
    for path in sorted(set(expected) | set(actual)):
        if path not in actual:
            diffs.append(f"missing from the rebuild: {path}")
        elif path not in expected:
            diffs.append(f"not in the manifest: {path}")
        elif expected[path] != actual[path]:
            diffs.append(f"differs: {path} (manifest {expected[path][:12]}, rebuilt {actual[path][:12]})")
    return tuple(diffs)


def regenerate(out: Path, *, sources: Path = SOURCES, samples: Path = SAMPLES) -> dict[str, str]:
    """Build the samples and export them with the snapshot into `out`; returns the file hashes."""
    with tempfile.TemporaryDirectory(prefix="kutipan-rebuild-") as tmp:
        built = Path(tmp) / "build"
        inputs = sorted(str(p) for p in samples.glob("*.txt"))
        if not inputs:
            raise KutipanError(f"{samples}: no sample articles to rebuild from")
        build(inputs, built, fmt="parquet", jobs=1, target=TARGET)
        export(out=out, build=built, annotations=sources, snapshot_note=SNAPSHOT_NOTE)
    return file_hashes(out)


def rebuild(*, out: Path | None = None, update: bool = False, manifest: Path = MANIFEST,
            sources: Path = SOURCES, samples: Path = SAMPLES) -> RebuildResult:
    """Regenerate the dataset (into `out`, else a temporary folder) and compare it with, or write, the manifest."""
    tmp = None
    if out is None:
        tmp = Path(tempfile.mkdtemp(prefix="kutipan-dataset-"))
        out = tmp / "dataset"
    try:
        hashes = regenerate(out, sources=sources, samples=samples)
        if update:
            manifest.write_text(format_manifest(hashes), encoding="utf-8", newline="\n")
            return RebuildResult(out, hashes, ())
        diffs = compare(read_manifest(manifest), hashes)
        if diffs:
            raise ManifestMismatch(f"the rebuilt dataset differs from {manifest.name} in {len(diffs)} file(s): "
                                   + "; ".join(diffs)
                                   + ". If the change is intended, run `kutipan rebuild --update` and commit the manifest")
        return RebuildResult(out, hashes, ())
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
