"""`kutipan serve`: a local Label Studio (SQLite, 127.0.0.1 only) that a person or a test can start and stop.

The data folder keeps everything the server needs across restarts: the SQLite
database, Label Studio's own `.env` (its SECRET_KEY signs the API token, so a
copied folder keeps a valid token), the admin's password and the API token
(files readable by the owner only), the pid and the log. Starting a copy of an
already migrated folder skips the ~50 s of first-run migrations.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import httpx

from annotation.errors import ServerError

ADMIN_EMAIL: Final[str] = "admin@kutipan.local"
STATE_FILE: Final[str] = "kutipan-server.json"
CONNECTION_FILE: Final[str] = "connection.json"
CREDENTIALS_FILE: Final[str] = "credentials.json"
LOG_FILE: Final[str] = "server.log"
START_TIMEOUT: Final[float] = 240.0
STOP_TIMEOUT: Final[float] = 15.0
# Label Studio feature flags (read from the environment) for the servers we start. The batched
# predictions import skips the server's per-region re-check, which only logs (our push validates
# everything before sending) and costs half of an import: 10,000 articles in ~30 s instead of ~50 s.
SERVER_FLAGS: Final[dict[str, str]] = {
    "fflag_fix_back_4620_memory_efficient_predictions_import_08012025_short": "true",
}


def default_data_dir() -> Path:
    """Where `kutipan serve` keeps its server unless --data or KUTIPAN_LS_DATA says otherwise."""
    env = os.environ.get("KUTIPAN_LS_DATA")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "kutipan" / "label-studio"


@dataclass(frozen=True)
class Server:
    """A running server: where it listens, its pid, and how to log in (password stays in its file)."""

    url: str
    pid: int
    data_dir: Path
    email: str
    seconds: float

    @property
    def credentials_file(self) -> Path:
        return self.data_dir / CREDENTIALS_FILE

    @property
    def connection_file(self) -> Path:
        return self.data_dir / CONNECTION_FILE


def write_private(path: Path, payload: dict) -> None:
    """Write a secret file atomically, readable by its owner only (0600 from creation, not chmod after)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(payload, f, indent=1, sort_keys=True)
        f.write("\n")
    os.replace(tmp, path)


def _read_json(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def free_port() -> int:
    """A port free on 127.0.0.1 right now (Label Studio silently moves to port+1 when its port is busy)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _label_studio_bin() -> str:
    here = Path(sys.executable).parent / "label-studio"
    found = str(here) if here.exists() else shutil.which("label-studio")
    if not found:
        raise ServerError("the label-studio package is not installed: pip install 'kutipan[test]' or pip install label-studio")
    return found


def _alive(pid: int) -> bool:
    """True if `pid` is a live Label Studio process (a reused pid of another program does not count)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        return True
    return b"label-studio" in cmdline or b"label_studio" in cmdline


def _healthy(url: str) -> bool:
    try:
        return httpx.get(url + "/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def running(data_dir: Path) -> Server | None:
    """The server this data folder's state file names, if it is still up."""
    state = _read_json(data_dir / STATE_FILE)
    if not state:
        return None
    pid, url = int(state.get("pid", 0)), str(state.get("url", ""))
    if pid > 0 and _alive(pid) and _healthy(url):
        return Server(url=url, pid=pid, data_dir=data_dir, email=str(state.get("email", ADMIN_EMAIL)), seconds=0.0)
    return None


def _credentials(data_dir: Path) -> tuple[str, str]:
    creds = _read_json(data_dir / CREDENTIALS_FILE)
    if creds and creds.get("email") and creds.get("password"):
        return str(creds["email"]), str(creds["password"])
    email, password = ADMIN_EMAIL, secrets.token_urlsafe(18)
    write_private(data_dir / CREDENTIALS_FILE, {"email": email, "password": password})
    return email, password


def start(data_dir: Path, *, template: Path | None = None, timeout: float = START_TIMEOUT) -> Server:
    """Start Label Studio on a free loopback port (or return the one already running) and make sure a token exists."""
    data_dir = Path(data_dir).resolve()
    if template is not None and not (data_dir / "label_studio.sqlite3").exists():
        if data_dir.exists():
            shutil.rmtree(data_dir)
        shutil.copytree(template, data_dir, ignore=shutil.ignore_patterns(STATE_FILE, LOG_FILE))
    data_dir.mkdir(parents=True, exist_ok=True)
    email, password = _credentials(data_dir)
    already = running(data_dir)
    if already:
        ensure_token(data_dir, already.url, email, password)
        return already
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LABEL_STUDIO_", "HEARTEX_"))}
    for bare in ("USERNAME", "PASSWORD", "USER_TOKEN", "HOST"):  # LS reads bare names too (get_env fallback)
        env.pop(bare, None)
    env.update(
        LABEL_STUDIO_BASE_DATA_DIR=str(data_dir),
        LABEL_STUDIO_USERNAME=email,
        LABEL_STUDIO_PASSWORD=password,
        LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK="true",
        LABEL_STUDIO_LATEST_VERSION_CHECK="false",
        LABEL_STUDIO_COLLECT_ANALYTICS="false",
        DJANGO_DB="sqlite",
        PYTHONUNBUFFERED="1",
        **SERVER_FLAGS,
    )
    t0 = time.monotonic()
    with open(data_dir / LOG_FILE, "ab") as log:
        proc = subprocess.Popen(
            [_label_studio_bin(), "start", "--no-browser", "--internal-host", "127.0.0.1", "--port", str(port)],
            env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
            cwd=data_dir,
        )
    state = {"pid": proc.pid, "url": url, "email": email}
    (data_dir / STATE_FILE).write_text(json.dumps(state, sort_keys=True) + "\n", encoding="utf-8")
    while not _healthy(url):
        if proc.poll() is not None:
            raise ServerError(f"label-studio exited with code {proc.returncode} while starting; see {data_dir / LOG_FILE}")
        if time.monotonic() - t0 > timeout:
            _terminate(proc.pid)
            raise ServerError(f"label-studio did not answer on {url} within {timeout:.0f} s; see {data_dir / LOG_FILE}")
        time.sleep(0.25)
    try:
        ensure_token(data_dir, url, email, password)
    except BaseException:
        _terminate(proc.pid)
        raise
    return Server(url=url, pid=proc.pid, data_dir=data_dir, email=email, seconds=time.monotonic() - t0)


def ensure_token(data_dir: Path, url: str, email: str, password: str) -> None:
    """Keep `connection.json` (url + API token, 0600) current; a token is created only once (LS allows one per user)."""
    conn = _read_json(data_dir / CONNECTION_FILE)
    token = conn.get("api_key") if conn else None
    if not token:
        token = create_personal_access_token(url, email, password)
    write_private(data_dir / CONNECTION_FILE, {"url": url, "api_key": token})


def login_session(url: str, email: str, password: str) -> httpx.Client:
    """An httpx client logged in through the web form (what a browser does); the caller closes it."""
    client = httpx.Client(base_url=url, follow_redirects=False, timeout=30)
    try:
        client.get("/user/login/")
        r = client.post("/user/login/", data={"csrfmiddlewaretoken": client.cookies.get("csrftoken", ""),
                                               "email": email, "password": password},
                        headers={"Referer": url + "/user/login/"})
    except httpx.HTTPError as exc:
        client.close()
        raise ServerError(f"cannot log in to {url}: {type(exc).__name__}") from None
    if r.status_code != 302:
        client.close()
        raise ServerError(f"cannot log in to {url} as {email}: the login form was refused (HTTP {r.status_code})")
    return client


def create_personal_access_token(url: str, email: str, password: str) -> str:
    """Session login, then POST /api/token/: a personal access token without any prompt or UI."""
    c = login_session(url, email, password)
    try:
        r = c.post("/api/token/", json={}, headers={"X-CSRFToken": c.cookies.get("csrftoken", ""), "Referer": url + "/"})
    except httpx.HTTPError as exc:
        raise ServerError(f"could not create an API token on {url}: {type(exc).__name__}") from None
    finally:
        c.close()
    if r.status_code not in (200, 201):
        raise ServerError(f"could not create an API token on {url} (HTTP {r.status_code})")
    return str(r.json()["token"])


def _terminate(pid: int) -> None:
    """SIGTERM the process group we created for the server, then SIGKILL if it lingers."""
    for sig, wait in ((signal.SIGTERM, STOP_TIMEOUT), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(pid, sig)
        except ProcessLookupError:
            return
        except PermissionError:
            os.kill(pid, sig)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                done = 0 if _exists(pid) else pid
            if done == pid or not _exists(pid):
                return
            time.sleep(0.1)


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie of ours still answers kill(0)
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def stop(data_dir: Path) -> bool:
    """Stop the server this data folder started (by the pid it recorded); False if none was running."""
    data_dir = Path(data_dir).resolve()
    state = _read_json(data_dir / STATE_FILE)
    if not state:
        return False
    pid = int(state.get("pid", 0))
    was = pid > 0 and _alive(pid)
    if was:
        _terminate(pid)
    (data_dir / STATE_FILE).unlink(missing_ok=True)
    return was
