"""The one-article pipeline's old address: ``access.pipeline.convert`` is where it lives."""

from access.pipeline.convert import (
    FORMATS,
    STAGE_SHARE,
    Options,
    Progress,
    Rendered,
    Result,
    convert,
    load,
    render,
    write,
)

__all__ = ["FORMATS", "STAGE_SHARE", "Options", "Progress", "Rendered", "Result", "convert",
           "load", "render", "write"]
