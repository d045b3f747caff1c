"""Errors of the Label Studio round trip: each one is a single line the CLI prints, never with the token in it."""
from __future__ import annotations

from builder.errors import KutipanError


class AnnotationError(KutipanError):
    """Base of every error of `kutipan serve`, `push` and `pull`."""


class ServerError(AnnotationError):
    """The local Label Studio cannot be started, stopped or reached."""


class ConnectionFailed(AnnotationError):
    """The server did not answer (down, wrong URL, timeout)."""


class AuthError(AnnotationError):
    """The server refused the token (401/403)."""


class ConfigError(AnnotationError):
    """No URL or token configured, or a config file that cannot be read."""


class ProjectError(AnnotationError):
    """A project name that matches several projects, or none when one is needed."""


class ValidationFailed(AnnotationError):
    """A prediction does not fit the labeling config or its article text."""


class ApiFailure(AnnotationError):
    """The server answered a request with an unexpected error status."""
