"""Lexicon files: every one loads, with no duplicate or empty entry; duplicates raise LexiconError."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
import regex

import builder.lexicon as lexicon_module
from builder.errors import LexiconError
from builder.lexicon import LEXICON_NAMES, load_list, load_set, with_nya

LEXICON_DIR = Path(lexicon_module.__file__).resolve().parent / "lexicons"
FILE_NAMES = sorted(p.stem for p in LEXICON_DIR.glob("*.txt"))
ALL_NAMES = sorted(set(LEXICON_NAMES) | set(FILE_NAMES))
#: lexicons whose entries are regular expressions (builder/clean.py compiles them)
REGEX_LEXICONS = ("boilerplate", "captions")


def _entries(raw: str) -> list[str]:
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.strip().startswith("#")]


def test_lexicon_files_exist() -> None:
    assert FILE_NAMES, f"no lexicon files under {LEXICON_DIR}"


def test_lexicon_names_cover_every_file() -> None:
    assert sorted(set(FILE_NAMES) - set(LEXICON_NAMES)) == []


def test_lexicon_names_all_have_files() -> None:
    assert sorted(set(LEXICON_NAMES) - set(FILE_NAMES)) == []


def test_lexicon_names_unique() -> None:
    assert len(LEXICON_NAMES) == len(set(LEXICON_NAMES))


@pytest.mark.parametrize("name", ALL_NAMES)
def test_lexicon_loads_without_duplicates_or_empty_entries(name: str) -> None:
    entries = load_list(name)
    assert entries, f"{name}.txt has no entries"
    assert all(e and e == e.strip() for e in entries)
    lowered = [e.lower() for e in entries]
    assert len(lowered) == len(set(lowered))
    assert load_set(name) == frozenset(lowered)
    # the file read independently of the loader agrees with it
    assert tuple(_entries((LEXICON_DIR / f"{name}.txt").read_text(encoding="utf-8"))) == entries


@pytest.mark.parametrize("name", REGEX_LEXICONS)
def test_regex_lexicon_entries_compile(name: str) -> None:
    for entry in load_list(name):
        regex.compile(entry)


def test_with_nya_adds_nya_forms() -> None:
    forms = with_nya(("kata", "ujar", "akunya"))
    assert set(forms) == {"kata", "katanya", "ujar", "ujarnya", "akunya"}
    assert [len(f) for f in forms] == sorted((len(f) for f in forms), reverse=True)


def test_unknown_lexicon_raises() -> None:
    with pytest.raises(LexiconError):
        load_list.__wrapped__("no_such_lexicon_xyz")


def _fake_package(monkeypatch: pytest.MonkeyPatch, root: Path) -> None:
    """Point the loader's `resources.files("builder")` at a temporary package directory."""
    monkeypatch.setattr(lexicon_module, "resources", SimpleNamespace(files=lambda _pkg: root))


def _write(root: Path, name: str, body: str) -> None:
    (root / "lexicons").mkdir(parents=True, exist_ok=True)
    (root / "lexicons" / f"{name}.txt").write_text(body, encoding="utf-8")


def test_duplicate_entry_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path, "dupes", "# a comment\nkata\nujar\n\nkata\n")
    _fake_package(monkeypatch, tmp_path)
    with pytest.raises(LexiconError, match="kata"):
        load_list.__wrapped__("dupes")


def test_duplicate_differing_in_case_and_blanks_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path, "dupes", "Kremlin\n  kremlin  \n")
    _fake_package(monkeypatch, tmp_path)
    with pytest.raises(LexiconError):
        load_list.__wrapped__("dupes")


def test_comments_and_blank_lines_are_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path, "ok", "# header\n\n  kata  \n\t\n# kata\nujar\n")
    _fake_package(monkeypatch, tmp_path)
    assert load_list.__wrapped__("ok") == ("kata", "ujar")
