"""Structural PDF/UA-1 checks on a finished PDF (what veraPDF would look at, as far as we can)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

import pikepdf

# Operators that put ink on the page: they must sit inside marked content or an artifact.
PAINTING = frozenset({"Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*",
                      "sh", "Do", "EI"})
MARKED_OPEN = frozenset({"BDC", "BMC"})
HEADINGS = {f"/H{level}": level for level in range(1, 7)}


@dataclass
class StructElem:
    """One structure element, flattened: its tag, depth and the PDF dictionary."""

    tag: str
    depth: int
    node: pikepdf.Dictionary = field(repr=False)


def kids(node: pikepdf.Object) -> list:
    value = node.get("/K") if isinstance(node, pikepdf.Dictionary) else None
    if value is None:
        return []
    return list(value) if isinstance(value, pikepdf.Array) else [value]


def is_elem(node: object) -> bool:
    return isinstance(node, pikepdf.Dictionary) and "/S" in node


def walk(node: pikepdf.Object, depth: int = 0) -> Iterator[StructElem]:
    """Every structure element under ``node``, in reading (tree) order."""
    for kid in kids(node):
        if is_elem(kid):
            yield StructElem(str(kid.S), depth, kid)
            yield from walk(kid, depth + 1)


def outline_titles(pdf: pikepdf.Pdf) -> list[str]:
    with pdf.open_outline() as outline:
        def flatten(items) -> Iterator[str]:
            for item in items:
                yield item.title
                yield from flatten(item.children)
        return list(flatten(outline.root))


def unmarked_painting(pdf: pikepdf.Pdf) -> list[str]:
    """Painting operators outside any marked-content sequence, page by page."""
    found = []
    for number, page in enumerate(pdf.pages, start=1):
        depth = 0
        for _operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in MARKED_OPEN:
                depth += 1
            elif op == "EMC":
                depth -= 1
            elif op in PAINTING and depth <= 0:
                found.append(f"page {number}: {op} outside marked content")
    return found


def _mcids_on_page(page: pikepdf.Page) -> list[int]:
    out = []
    for operands, operator in pikepdf.parse_content_stream(page):
        if str(operator) == "BDC" and len(operands) == 2:
            props = operands[1]
            if isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                out.append(int(props.MCID))
    return out


def parent_tree_problems(pdf: pikepdf.Pdf) -> list[str]:
    """Each page's MCIDs map, through the ParentTree, to an element that claims them."""
    tree = pikepdf.NumberTree(pdf.Root.StructTreeRoot.ParentTree)
    in_tree = {e.node.objgen for e in walk(pdf.Root.StructTreeRoot)}
    problems = []
    for number, page in enumerate(pdf.pages, start=1):
        mcids = _mcids_on_page(page)
        if not mcids:
            continue
        if "/StructParents" not in page.obj:
            problems.append(f"page {number}: no StructParents")
            continue
        owners = tree.get(int(page.obj.StructParents))
        for mcid in mcids:
            if owners is None or mcid >= len(owners):
                problems.append(f"page {number}: MCID {mcid} missing from the ParentTree")
                continue
            owner = owners[mcid]
            claimed = [int(k) for k in kids(owner) if isinstance(k, int)] + [
                int(k.MCID) for k in kids(owner)
                if isinstance(k, pikepdf.Dictionary) and "/MCID" in k]
            if mcid not in claimed:
                problems.append(f"page {number}: MCID {mcid} not claimed by {owner.get('/S')}")
            elif owner.objgen not in in_tree:  # e.g. a page number WeasyPrint left untagged
                problems.append(f"page {number}: MCID {mcid} is outside the structure tree")
        for annot in page.obj.get("/Annots", []):
            if "/StructParent" not in annot:
                problems.append(f"page {number}: annotation without StructParent")
                continue
            owner = tree.get(int(annot.StructParent))
            if owner is None or not any(
                    isinstance(k, pikepdf.Dictionary) and k.get("/Obj") == annot
                    for k in kids(owner)):
                problems.append(f"page {number}: annotation not in its structure element")
    return problems


def unembedded_fonts(pdf: pikepdf.Pdf) -> list[str]:
    names = []
    for page in pdf.pages:
        fonts = page.obj.get("/Resources", {}).get("/Font", {})
        for font in fonts.values():
            descendants = font.get("/DescendantFonts")
            target = descendants[0] if descendants is not None else font
            descriptor = target.get("/FontDescriptor", {})
            if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                names.append(str(font.get("/BaseFont")))
    return sorted(set(names))


def heading_problems(pdf: pikepdf.Pdf) -> list[str]:
    levels = [HEADINGS[e.tag] for e in walk(pdf.Root.StructTreeRoot) if e.tag in HEADINGS]
    problems = [] if levels[:1] == [1] else ["the first heading is not H1"]
    problems += [f"heading level jumps from H{a} to H{b}"
                 for a, b in itertools.pairwise(levels) if b > a + 1]
    return problems


def audit(pdf: pikepdf.Pdf) -> list[str]:
    """Every PDF/UA-1 problem these checks find; an empty list means none."""
    root = pdf.Root
    problems = []
    if not bool(root.get("/MarkInfo", {}).get("/Marked", False)):
        problems.append("MarkInfo Marked is not true")
    if "/StructTreeRoot" not in root:
        return [*problems, "no StructTreeRoot"]
    if not str(root.get("/Lang", "")):
        problems.append("no catalog Lang")
    if not bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)):
        problems.append("DisplayDocTitle is not true")
    with pdf.open_metadata() as meta:
        if not meta.get("dc:title"):
            problems.append("no dc:title in XMP")
    if b'pdfuaid:part="1"' not in root.Metadata.read_bytes():
        problems.append("no PDF/UA identification in XMP")
    elements = list(walk(root.StructTreeRoot))
    problems += [f"Figure without Alt ({e.node.get('/A')})" for e in elements
                 if e.tag == "/Figure" and not str(e.node.get("/Alt", "")).strip()]
    problems += [f"{e.tag} holds a Caption outside a Figure or Table" for e in elements
                 if any(is_elem(k) and k.S == "/Caption" for k in kids(e.node))
                 and e.tag not in ("/Figure", "/Table", "/Div")]
    problems += heading_problems(pdf)
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            if annot.get("/Subtype") == "/Link" and not str(annot.get("/Contents", "")).strip():
                problems.append("a link annotation has no Contents")
        if page.obj.get("/Annots") and page.obj.get("/Tabs") != "/S":
            problems.append("a page with annotations lacks Tabs /S")
    problems += unmarked_painting(pdf)
    problems += parent_tree_problems(pdf)
    problems += [f"font not embedded: {name}" for name in unembedded_fonts(pdf)]
    return problems
