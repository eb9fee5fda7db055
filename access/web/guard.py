"""ASGI guard in front of the app: refuses cross-origin posts and bodies over the limit."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY = 20 * 1024 * 1024
DRAIN_LIMIT = 5 * MAX_BODY  # read and drop this much of a too-large body so the client hears 413
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
Refusal = Callable[[Scope, int, str], Response]


class BodyTooLarge(Exception):
    pass


class Guard:
    """Wraps the whole app (outside Starlette's own error handling) so a refusal is always
    the answer, whatever the app was doing with the body when it grew too large."""

    def __init__(self, app: ASGIApp, refuse: Refusal, max_body: int = MAX_BODY,
                 hosts: set[str] | None = None) -> None:
        self.app, self.refuse, self.max_body, self.hosts = app, refuse, max_body, hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if self.hosts is not None and host_name(headers) not in self.hosts:
            # a loopback server answers only to its own names: a page on another site whose
            # name was pointed at 127.0.0.1 (DNS rebinding) cannot read it
            await self._answer(scope, receive, send, 400,
                               "Refused: this server answers only to localhost and 127.0.0.1.")
            return
        if scope["method"] not in SAFE_METHODS and not same_origin(scope, headers):
            await self._answer(scope, receive, send, 403,
                               "Refused: this form was sent from another site. "
                               "Open the converter's own page and send it from there.")
            return
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.max_body:
            await _drain(receive)
            await self._answer(scope, receive, send, 413, self._too_large())
            return
        await self._limited(scope, receive, send)

    async def _limited(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Count a body of unknown length as it arrives; over the limit, answer 413 instead."""
        received = 0
        over = started = ended = False

        async def counted() -> Message:
            nonlocal received, over, ended
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                ended = not message.get("more_body", False)
                if received > self.max_body:
                    over = True
                    raise BodyTooLarge
            return message

        async def sending(message: Message) -> None:
            nonlocal started
            if over:
                return  # the app's own answer to the broken body is replaced by the 413
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, sending)
        except BodyTooLarge:
            pass
        except Exception:
            if not over:
                raise
        if over and not started:
            if not ended:
                await _drain(receive)
            await self._answer(scope, receive, send, 413, self._too_large())

    def _too_large(self) -> str:
        return (f"Refused: that is more than {self.max_body // 2**20} MB. "
                "An article is far smaller; send the article alone.")

    async def _answer(self, scope: Scope, receive: Receive, send: Send, status: int,
                      message: str) -> None:
        await self.refuse(scope, status, message)(scope, receive, send)


def host_name(headers: Headers) -> str:
    try:
        return (urlsplit("//" + headers.get("host", "")).hostname or "").casefold()
    except ValueError:
        return ""


def same_origin(scope: Scope, headers: Headers) -> bool:
    """True without an Origin header (a script, curl) or when it names this very server."""
    origin = headers.get("origin")
    if origin is None:
        return True
    own = f"{scope.get('scheme', 'http')}://{headers.get('host', '')}"
    return origin.rstrip("/").casefold() == own.casefold()


async def _drain(receive: Callable[[], Awaitable[Message]]) -> None:
    seen = 0
    while seen < DRAIN_LIMIT:
        message = await receive()
        if message["type"] != "http.request":
            return
        seen += len(message.get("body", b""))
        if not message.get("more_body", False):
            return
