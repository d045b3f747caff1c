"""Publish an exported dataset folder to the Hugging Face Hub exactly as it is on disk.

The folder is uploaded file by file, unchanged, so what researchers download is
byte for byte what `kutipan rebuild` checked. Nothing here runs without a token.
"""
from __future__ import annotations

import os
from pathlib import Path

from builder.errors import InputError, KutipanError
from exports.export import CARD_NAME


class HubError(KutipanError):
    """Publishing to the Hub failed."""


def upload_plan(folder: Path) -> list[str]:
    """The relative paths that would be uploaded: every file of the exported folder, nothing else."""
    if not folder.is_dir():
        raise InputError(f"dataset folder {folder}: not found (run `kutipan export -o {folder}` first)")
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    if CARD_NAME not in files:
        raise InputError(f"dataset folder {folder}: no {CARD_NAME}; is it a `kutipan export` folder?")
    return files


def resolve_token(token: str | None) -> str:
    """The token to publish with: the argument, HF_TOKEN, or the one `huggingface-cli login` saved."""
    if token:
        return token
    if os.environ.get("HF_TOKEN"):
        return os.environ["HF_TOKEN"]
    from huggingface_hub import get_token

    saved = get_token()
    if not saved:
        raise HubError("push to the Hub: no token; set HF_TOKEN or run `huggingface-cli login` first")
    return saved


def push_to_hub(folder: Path, repo_id: str, *, token: str | None = None, private: bool = False) -> str:
    """Upload `folder` to the dataset repository `repo_id`; returns the commit URL."""
    upload_plan(folder)
    if repo_id.count("/") != 1 or not all(repo_id.split("/")):
        raise InputError(f"--push-to-hub: repository id must be OWNER/NAME, got {repo_id!r}")
    key = resolve_token(token)
    from huggingface_hub import HfApi

    api = HfApi(token=key)
    try:
        api.create_repo(repo_id, repo_type="dataset", private=private, exist_ok=True)
        info = api.upload_folder(folder_path=str(folder), repo_id=repo_id, repo_type="dataset",
                                 commit_message="Upload kutipan export")
    except Exception as exc:  # noqa: BLE001 - any transport or API error is one line for the user
        raise HubError(f"push to {repo_id}: {type(exc).__name__}: {' '.join(str(exc).split())}") from None
    return str(getattr(info, "commit_url", info))
