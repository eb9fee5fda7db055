"""The web app: the form, a job's progress and result, the history, the JSON API, the outputs."""

from __future__ import annotations

import contextlib
import time
from functools import cache
from importlib.resources import files
from pathlib import Path

import jinja2
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import Scope

from access.read.fetch import TIMEOUT_SECONDS
from access.render.html import page_css
from access.render.theme import load_tokens
from access.web import forms
from access.web.guard import MAX_BODY, Guard
from access.web.jobs import Job, JobQueue

REFRESH_SECONDS = 2
STAGES = {"queued": "Waiting for a free worker", "starting": "Starting",
          "reading": "Reading and cleaning the article", "narrating": "Narrating",
          "html": "Making the reading page", "pdf": "Making the PDF", "epub": "Making the EPUB",
          "json": "Writing the document as JSON", "writing": "Saving the files", "done": "Done",
          "failed": "Failed"}
CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".pdf": "application/pdf",
                 ".mp3": "audio/mpeg", ".wav": "audio/wav", ".vtt": "text/vtt; charset=utf-8",
                 ".json": "application/json", ".epub": "application/epub+zip"}
APP_CSP = ("default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self'; "
           "script-src 'self'; media-src 'self'; frame-src 'self'; frame-ancestors 'self'; "
           "form-action 'self'; base-uri 'none'")
# "no-referrer" would make Chromium send "Origin: null" with the form, which the guard refuses
COMMON_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin"}
STATIC = files("access.web") / "static"
LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1"}

templates = jinja2.Environment(loader=jinja2.PackageLoader("access.web", "templates"),
                               autoescape=True, trim_blocks=True, lstrip_blocks=True)
templates.filters["isotime"] = lambda t: time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(t))
templates.filters["clock"] = lambda t: time.strftime("%H:%M:%S", time.localtime(t))


def create_app(out_dir: Path, allow_private_urls: bool = False, loopback_only: bool = True,
               workers: int | None = None, timeout: float = TIMEOUT_SECONDS) -> Guard:
    """The ASGI app, its jobs written under ``out_dir``; wrapped in the origin and size guard."""
    jobs = JobQueue(out_dir, allow_private_urls, workers, timeout)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        yield
        jobs.close()

    routes = [Route("/", home), Route("/convert", convert_form, methods=["POST"]),
              Route("/history", history), Route("/jobs/{job_id}", job_page),
              Route("/jobs/{job_id}/{name}", job_file),
              Route("/api/convert", api_convert, methods=["POST"]),
              Route("/api/jobs/{job_id}", api_job), Route("/static/{name}", static)]
    app = Starlette(routes=routes, lifespan=lifespan,
                    exception_handlers={HTTPException: http_error, Exception: server_error})
    app.state.jobs = jobs
    return Guard(app, refusal, MAX_BODY, LOOPBACK_NAMES if loopback_only else None)


# Pages


async def home(request: Request) -> Response:
    chosen = prefs(request)  # the form starts from the theme and size chosen last
    values = {**forms.defaults(), "theme": chosen["theme"], "text_size": chosen["size"]}
    return page(request, "home.html.j2", values=values, errors={}, **form_choices())


async def convert_form(request: Request) -> Response:
    form = await request.form(max_part_size=MAX_BODY)
    sub = await forms.check(form)
    if sub.errors:
        return page(request, "home.html.j2", status_code=400, values=sub.values, errors=sub.errors,
                    title_prefix="Error: ", **form_choices())
    job = _jobs(request).submit(sub.input, sub.options)
    response = RedirectResponse(f"/jobs/{job.id}", status_code=303)
    _remember_prefs(response, sub.values)
    return response


async def job_page(request: Request) -> Response:
    job = _job(request)
    response = page(request, "job.html.j2", job=job, message=status_message(request, job),
                    percent=round(job.progress * 100), files=file_list(job))
    if not job.finished and "js" not in request.cookies:
        response.headers["Refresh"] = str(REFRESH_SECONDS)
    return response


async def history(request: Request) -> Response:
    return page(request, "history.html.j2", jobs=_jobs(request).history(), stages=STAGES)


async def job_file(request: Request) -> Response:
    """A job's output, found by its name among the job's files: no path is built from the URL."""
    path = _job(request).file_named(request.path_params["name"])
    if path is None or not path.is_file():
        raise HTTPException(404, "There is no such file in this conversion.")
    headers = {**COMMON_HEADERS, "Content-Security-Policy": "frame-ancestors 'self'"}
    return FileResponse(path, media_type=CONTENT_TYPES.get(path.suffix, "application/octet-stream"),
                        headers=headers)


async def static(request: Request) -> Response:
    name = request.path_params["name"]
    if name == "app.css":
        return Response(app_css(), media_type="text/css", headers=COMMON_HEADERS)
    if name == "app.js":
        return Response(STATIC.joinpath("app.js").read_text(encoding="utf-8"),
                        media_type="text/javascript", headers=COMMON_HEADERS)
    raise HTTPException(404, "There is no such file.")


# The JSON API


async def api_convert(request: Request) -> Response:
    form = await request.form(max_part_size=MAX_BODY)
    sub = await forms.check(form)
    if sub.errors:
        return JSONResponse({"error": next(iter(sub.errors.values())), "errors": sub.errors},
                            status_code=400)
    job = _jobs(request).submit(sub.input, sub.options)
    status_url = str(request.url_for("api_job", job_id=job.id))
    return JSONResponse({"id": job.id, "status_url": status_url}, status_code=202,
                        headers={"Location": status_url})


async def api_job(request: Request) -> Response:
    job = _job(request)
    base = str(request.base_url).rstrip("/")
    return JSONResponse({
        "id": job.id, "status": job.status, "progress": round(job.progress, 3),
        "stage": job.stage, "message": status_message(request, job), "title": job.title,
        "files": {kind: f"{base}/jobs/{job.id}/{path.name}" for kind, path in job.files.items()},
        "error": job.error, "warnings": job.warnings, "started": job.started, "ended": job.ended,
    })


# Errors: a page or JSON with one line, never a traceback


async def http_error(request: Request, exc: HTTPException) -> Response:
    message = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else (
        "There is nothing at this address.")
    if exc.status_code == 405:
        message = "That address does not take this kind of request."
    return refusal(request.scope, exc.status_code, message)


async def server_error(request: Request, exc: Exception) -> Response:
    return refusal(request.scope, 500, "Something went wrong in the server; please try again.")


def refusal(scope: Scope, status: int, message: str) -> Response:
    """The answer for a refused or failed request: JSON for the API, a page for a person."""
    if scope["path"].startswith("/api/"):
        return JSONResponse({"error": message}, status_code=status, headers=COMMON_HEADERS)
    request = Request(scope)
    headings = {400: "That request was not understood", 403: "Refused", 404: "Not found",
                413: "Too large", 500: "Something went wrong"}
    return page(request, "error.html.j2", status_code=status, message=message,
                heading=headings.get(status, "Refused"))


# Helpers


def page(request: Request, template: str, status_code: int = 200, **context) -> Response:
    html = templates.get_template(template).render(prefs=prefs(request), path=request.url.path,
                                                   **context)
    return Response(html, status_code=status_code, media_type="text/html",
                    headers={**COMMON_HEADERS, "Content-Security-Policy": APP_CSP})


def prefs(request: Request) -> dict[str, str]:
    """The theme and text size this person chose last (cookies), else the reading page's defaults."""
    tokens = load_tokens()
    theme = request.cookies.get("theme", "")
    size = request.cookies.get("size", "")
    return {"theme": theme if theme in forms.theme_names() else tokens.default_theme,
            "size": size if size in forms.size_names() else tokens.default_size}


def _remember_prefs(response: Response, values: dict) -> None:
    for cookie, field in (("theme", "theme"), ("size", "text_size")):
        response.set_cookie(cookie, str(values[field]), max_age=365 * 86400, samesite="strict")


def form_choices() -> dict:
    return {"sizes": forms.size_names(), "themes": forms.theme_names(),
            "page_sizes": {size: size for size in forms.PAGE_SIZES}, "formats": forms.format_names(),
            "voices": forms.voices()}


def status_message(request: Request, job: Job) -> str:
    stage = STAGES.get(job.stage, job.stage.capitalize())
    if job.status == "queued":
        ahead = _jobs(request).ahead_of(job)
        return f"{stage}: {ahead} ahead of this one." if ahead else f"{stage}."
    if job.status == "running":
        return f"{stage}: {round(job.progress * 100)}% done."
    if job.status == "failed":
        return f"Failed: {job.error}"
    return f"Done: {len(job.files)} files are ready below."


def file_list(job: Job) -> list[dict]:
    """The downloads, in the order of the form's formats, with their size."""
    labels = {**forms.format_names(), "vtt": "Captions (WebVTT)", "timings": "Sentence timings (JSON)",
              "wav": "Narration (WAV)", "manifest": "List of the files (JSON)"}
    return [{"kind": kind, "name": path.name, "url": f"/jobs/{job.id}/{path.name}",
             "label": labels.get(kind, kind), "size": _size(path.stat().st_size)}
            for kind, path in job.files.items() if path.is_file()]


def _size(count: int) -> str:
    return f"{count / 2**20:.1f} MB" if count >= 2**20 else f"{max(1, round(count / 1024))} KB"


@cache
def app_css() -> str:
    return page_css() + "\n" + STATIC.joinpath("app.css").read_text(encoding="utf-8")


def _jobs(request: Request) -> JobQueue:
    return request.app.state.jobs


def _job(request: Request) -> Job:
    job = _jobs(request).get(request.path_params["job_id"])
    if job is None:
        raise HTTPException(404, "There is no such conversion on this server.")
    return job
