"""Finish WeasyPrint's tagging with pikepdf: what PDF/UA asks for that it leaves out."""

from __future__ import annotations

import io

import pikepdf

SCOPE_BY_PARENT = {"/THead": "/Column", "/TBody": "/Row", "/TFoot": "/Column"}


def _struct_children(node: pikepdf.Dictionary) -> list[pikepdf.Dictionary]:
    kids = node.get("/K")
    if kids is None:
        return []
    kids = kids if isinstance(kids, pikepdf.Array) else [kids]
    return [kid for kid in kids if isinstance(kid, pikepdf.Dictionary) and "/S" in kid]


def _add_header_scopes(node: pikepdf.Dictionary, section: str = "/THead") -> None:
    """Every TH gets a Scope: Column in a table head, Row in its body."""
    for child in _struct_children(node):
        kind = str(child.S)
        if kind == "/TH":
            attributes = child.get("/A")
            if not isinstance(attributes, pikepdf.Dictionary):
                attributes = pikepdf.Dictionary(O=pikepdf.Name.Table)
                child.A = attributes
            attributes.Scope = pikepdf.Name(SCOPE_BY_PARENT.get(section, "/Column"))
        _add_header_scopes(child, kind if kind in SCOPE_BY_PARENT else section)


def finish_tagging(pdf_bytes: bytes) -> bytes:
    """The PDF with table header scopes added; everything else left as WeasyPrint made it."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        _add_header_scopes(pdf.Root.StructTreeRoot)
        out = io.BytesIO()
        pdf.save(out, deterministic_id=False)
        return out.getvalue()
