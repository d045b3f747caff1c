"""A small Label Studio API client: where the server is, how to authenticate, and one clear error per failure.

Plain httpx rather than the SDK's generated client: we need exact control over
retries (a retried import duplicates tasks), and every failure must become one
line without the token. Works with personal access tokens (JWT refresh tokens,
exchanged for short-lived access tokens) and with legacy `Token` keys.
"""
from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import httpx

from annotation.errors import ApiFailure, AuthError, ConfigError, ConnectionFailed, ProjectError
from annotation.server import CONNECTION_FILE, default_data_dir, running

ENV_URL: Final[str] = "LABEL_STUDIO_URL"
ENV_KEY: Final[str] = "LABEL_STUDIO_API_KEY"
ENV_CONFIG: Final[str] = "KUTIPAN_LS_CONFIG"
TIMEOUT: Final[float] = 900.0
PAGE_SIZE: Final[int] = 5000


@dataclass(frozen=True)
class Connection:
    """Where the server is and the token to use; `repr` never shows the token."""

    url: str
    api_key: str
    source: str

    def __repr__(self) -> str:
        return f"Connection(url={self.url!r}, source={self.source!r})"


def _load_file(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"Label Studio config {path}: cannot read: {exc.strerror or exc}") from None
    try:
        if path.suffix.lower() == ".toml":
            import tomllib

            data = tomllib.loads(raw)
        else:
            data = json.loads(raw)
    except ValueError:
        raise ConfigError(f"Label Studio config {path}: not valid {'TOML' if path.suffix == '.toml' else 'JSON'}") from None
    if not isinstance(data, dict) or not data.get("url") or not data.get("api_key"):
        raise ConfigError(f"Label Studio config {path}: needs the keys url and api_key")
    return data


def resolve_connection(config_file: Path | None = None) -> Connection:
    """URL and token from, in order: --ls-config FILE, the environment, $KUTIPAN_LS_CONFIG, the `kutipan serve` server."""
    if config_file is not None:
        data = _load_file(config_file)
        return Connection(str(data["url"]).rstrip("/"), str(data["api_key"]), str(config_file))
    url, key = os.environ.get(ENV_URL), os.environ.get(ENV_KEY)
    if url or key:
        if not (url and key):
            missing = ENV_KEY if url else ENV_URL
            raise ConfigError(f"{missing} is not set (set both {ENV_URL} and {ENV_KEY})")
        return Connection(url.rstrip("/"), key, "environment")
    if os.environ.get(ENV_CONFIG):
        path = Path(os.environ[ENV_CONFIG])
        data = _load_file(path)
        return Connection(str(data["url"]).rstrip("/"), str(data["api_key"]), str(path))
    data_dir = default_data_dir()
    conn_file = data_dir / CONNECTION_FILE
    if conn_file.exists() and running(data_dir):
        data = _load_file(conn_file)
        return Connection(str(data["url"]).rstrip("/"), str(data["api_key"]), str(conn_file))
    raise ConfigError(f"no Label Studio configured: set {ENV_URL} and {ENV_KEY}, give --ls-config FILE, "
                      "or start a local one with `kutipan serve`")


def _is_jwt(token: str) -> bool:
    parts = token.split(".")
    if len(parts) != 3:
        return False
    try:
        head = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
    except ValueError:
        return False
    return isinstance(head, dict) and "alg" in head


class Client:
    """One authenticated session with a Label Studio server; errors are AnnotationError lines without the token."""

    def __init__(self, conn: Connection, timeout: float = TIMEOUT) -> None:
        if not conn.url.startswith(("http://", "https://")):
            raise ConfigError(f"Label Studio URL must start with http:// or https://, got {conn.url!r}")
        self.url = conn.url
        self._key = conn.api_key
        self._jwt = _is_jwt(conn.api_key)
        self._http = httpx.Client(base_url=conn.url, timeout=timeout, follow_redirects=False,
                                  headers={"Accept": "application/json"})
        self._access: str | None = None

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _redact(self, text: str) -> str:
        return text.replace(self._key, "***") if self._key else text

    def _send(self, method: str, path: str, **kw: Any) -> httpx.Response:
        try:
            return self._http.request(method, path, **kw)
        except httpx.ConnectError:
            raise ConnectionFailed(f"cannot reach Label Studio at {self.url}: connection refused or unknown host "
                                   "(is the server running? is the URL right?)") from None
        except httpx.TimeoutException:
            raise ConnectionFailed(f"Label Studio at {self.url} did not answer {method} {path} in time") from None
        except httpx.HTTPError as exc:
            raise ConnectionFailed(self._redact(f"Label Studio at {self.url}: {type(exc).__name__} on {method} {path}")) from None

    def _auth_header(self, refresh: bool = False) -> dict[str, str]:
        if not self._jwt:
            return {"Authorization": f"Token {self._key}"}
        if self._access is None or refresh:
            r = self._send("POST", "/api/token/refresh/", json={"refresh": self._key})
            self._check_auth(r)
            if r.status_code != 200:
                raise self._failure(r, "POST", "/api/token/refresh/")
            try:
                self._access = str(r.json()["access"])
            except (ValueError, KeyError):
                raise ApiFailure(f"{self.url} is not a Label Studio server (token refresh gave no access token)") from None
        return {"Authorization": f"Bearer {self._access}"}

    def _check_auth(self, r: httpx.Response) -> None:
        if r.status_code in (401, 403):
            raise AuthError(f"Label Studio at {self.url} refused the API token (HTTP {r.status_code}): "
                            f"check {ENV_KEY} or the config file")

    def _failure(self, r: httpx.Response, method: str, path: str) -> ApiFailure:
        detail = ""
        try:
            body = r.json()
            if isinstance(body, dict):
                detail = " ".join(str(body[k]) for k in ("detail", "validation_errors", "message") if body.get(k))
        except ValueError:
            if r.status_code == 404:
                detail = "not found: is this a Label Studio URL?"
        detail = " ".join(self._redact(detail).split())[:300]
        return ApiFailure(f"Label Studio at {self.url}: {method} {path} failed with HTTP {r.status_code}"
                          + (f": {detail}" if detail else ""))

    def request(self, method: str, path: str, *, ok: tuple[int, ...] = (200, 201, 204), **kw: Any) -> httpx.Response:
        """One API call, never retried; an expired access token is refreshed once."""
        extra = kw.pop("headers", None) or {}
        r = self._send(method, path, headers={**extra, **self._auth_header()}, **kw)
        if r.status_code == 401 and self._jwt:
            r = self._send(method, path, headers={**extra, **self._auth_header(refresh=True)}, **kw)
        self._check_auth(r)
        if r.status_code not in ok:
            raise self._failure(r, method, path)
        return r

    def json(self, method: str, path: str, **kw: Any) -> Any:
        r = self.request(method, path, **kw)
        if r.status_code == 204 or not r.content:
            return None
        try:
            return r.json()
        except ValueError:
            raise ApiFailure(f"{self.url} answered {method} {path} with something that is not JSON: "
                             "is this a Label Studio URL?") from None

    # --- the calls push and pull need -------------------------------------------------------------

    def check(self) -> str:
        """Fail early with a clear line if the URL is not a Label Studio or the token is refused; returns its version."""
        r = self._send("GET", "/api/version")
        if r.status_code != 200:
            raise ApiFailure(f"{self.url} is not a Label Studio server (GET /api/version gave HTTP {r.status_code})")
        try:
            version = str(r.json().get("release") or r.json().get("label-studio-os-package", {}).get("version", "?"))
        except (ValueError, AttributeError):
            raise ApiFailure(f"{self.url} is not a Label Studio server (GET /api/version is not JSON)") from None
        self.json("GET", "/api/current-user/whoami")
        return version

    def projects(self) -> list[dict]:
        out: list[dict] = []
        page = 1
        while True:
            data = self.json("GET", "/api/projects/", params={"page": page, "page_size": 1000,
                                                               "include": "id,title"})
            if isinstance(data, list):
                return data
            out.extend(data.get("results", []))
            if not data.get("next"):
                return out
            page += 1

    def find_project(self, title: str) -> dict | None:
        """The one project with exactly this title; two or more is an error (we would not know which to write to)."""
        hits = [p for p in self.projects() if p.get("title") == title]
        if len(hits) > 1:
            ids = ", ".join(str(p["id"]) for p in sorted(hits, key=lambda p: p["id"]))
            raise ProjectError(f"project name {title!r} matches {len(hits)} projects on {self.url} (ids {ids}); "
                               "rename all but one in Label Studio")
        return hits[0] if hits else None

    def iter_tasks(self, project_id: int, include: str = "id,data,total_annotations,total_predictions") -> Iterator[dict]:
        """Every task of a project, a page at a time (data-manager API, no predictions or annotations)."""
        page, seen = 1, 0
        while True:
            data = self.json("GET", "/api/tasks", ok=(200, 404), params={
                "project": project_id, "page": page, "page_size": PAGE_SIZE, "fields": "task_only", "include": include})
            tasks = (data or {}).get("tasks", []) if isinstance(data, dict) else []
            yield from tasks
            seen += len(tasks)
            if not tasks or seen >= int((data or {}).get("total", 0)):
                return
            page += 1

    def dm_action(self, project_id: int, action: str, task_ids: list[int]) -> None:
        """Run a data-manager action (delete tasks, delete their predictions) on the given tasks in one call."""
        if task_ids:
            self.json("POST", "/api/dm/actions", params={"id": action, "project": project_id},
                      json={"selectedItems": {"all": False, "included": sorted(task_ids)}})
