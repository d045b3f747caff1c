"""The README documents what the code does: every rule id, every record column, the CI command."""
from __future__ import annotations

import re
from pathlib import Path

from builder.quotes import RULES
from builder.schema import QUOTE_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_lists_every_rule_id() -> None:
    listed = set(re.findall(r"^\| `([a-z]+\.[a-z_]+)` \|", README, flags=re.M))
    assert listed == set(RULES)


def test_readme_documents_every_quote_column() -> None:
    table = README.split("## Records", 1)[1].split("## Rules", 1)[0]
    documented = set(re.findall(r"`([a-z_]+)`", table))
    assert set(QUOTE_COLUMNS) <= documented


def test_ci_runs_the_readme_test_command() -> None:
    commands = re.findall(r"```bash\n(.+?)\n```", README)
    assert len(commands) >= 2
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci
