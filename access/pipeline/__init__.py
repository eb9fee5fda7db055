"""The pipeline: one article (``convert``), many (``batch``, a local pool or Dask), manifests."""

from access.pipeline.convert import FORMATS, Options, Progress, Result, convert, load

__all__ = ["FORMATS", "Options", "Progress", "Result", "convert", "load"]
