"""Finish WeasyPrint's tagging with pikepdf: what PDF/UA asks for that it leaves out."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterator

import pikepdf

from access.render.pdf.glyphs import marked_texts

SCOPE_BY_PARENT = {"/THead": "/Column", "/TBody": "/Row", "/TFoot": "/Column"}
# WeasyPrint starts these again on every page; one element of each is what the reader wants.
CONTINUED_ACROSS_PAGES = frozenset({"/Art"})
# A <figure> becomes a NonStruct; holding a Figure and its Caption it is a Div (grouping).
GROUP_TAG = pikepdf.Name("/Div")
LONE_CAPTION_TAG = pikepdf.Name("/P")
# Elements that can stand for a whole block, and so carry its language.
LANGUAGE_TAGS = frozenset({"/P", "/H1", "/H2", "/H3", "/H4", "/H5", "/H6", "/BlockQuote", "/L",
                           "/Table", "/Div", "/NonStruct", "/Caption", "/Figure"})


def _struct_children(node: pikepdf.Dictionary) -> list[pikepdf.Dictionary]:
    kids = node.get("/K")
    if kids is None:
        return []
    kids = kids if isinstance(kids, pikepdf.Array) else [kids]
    return [kid for kid in kids if isinstance(kid, pikepdf.Dictionary) and "/S" in kid]


def _elements(node: pikepdf.Dictionary) -> Iterator[pikepdf.Dictionary]:
    for child in _struct_children(node):
        yield child
        yield from _elements(child)


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


def _join_page_pieces(document: pikepdf.Dictionary) -> None:
    """Consecutive Art elements (one per page from WeasyPrint) become one."""
    kept: list = []
    for kid in list(document.K):
        previous = kept[-1] if kept else None
        if (previous is not None and str(kid.get("/S")) in CONTINUED_ACROSS_PAGES
                and previous.get("/S") == kid.get("/S")):
            for grandchild in _struct_children(kid):
                grandchild.P = previous
            previous.K.extend(list(kid.K))
            continue
        kept.append(kid)
    document.K = pikepdf.Array(kept)


def _group_figures(root: pikepdf.Dictionary) -> None:
    """Captions sit with their Figure in a Div; a caption with no picture is a paragraph."""
    for element in list(_elements(root)):
        if element.S != "/NonStruct":
            continue
        tags = [str(child.S) for child in _struct_children(element)]
        if "/Caption" not in tags:
            continue
        if "/Figure" in tags:
            element.S = GROUP_TAG
        else:
            for child in _struct_children(element):
                if child.S == "/Caption":
                    child.S = LONE_CAPTION_TAG


def _nest_lists(root: pikepdf.Dictionary) -> None:
    """A list nested in an item goes inside that item's body (L > LI > LBody > L): WeasyPrint
    makes it the next child of the outer list, beside the items, where a reader would take it
    for a list of its own."""
    for element in list(_elements(root)):
        if element.S != "/L" or not isinstance(element.get("/K"), pikepdf.Array):
            continue
        kept: list = []
        for kid in list(element.K):
            body = _last_body(kept[-1]) if kept and _is_list(kid) else None
            if body is None:
                kept.append(kid)
                continue
            if not isinstance(body.get("/K"), pikepdf.Array):
                body.K = pikepdf.Array([body.K] if "/K" in body else [])
            body.K.append(kid)
            kid.P = body
        element.K = pikepdf.Array(kept)


def _is_list(node: object) -> bool:
    return isinstance(node, pikepdf.Dictionary) and node.get("/S") == "/L"


def _last_body(item: object) -> pikepdf.Dictionary | None:
    """A list item's LBody (its last), or None for anything but a list item."""
    if not isinstance(item, pikepdf.Dictionary) or item.get("/S") != "/LI":
        return None
    bodies = [child for child in _struct_children(item) if child.S == "/LBody"]
    return bodies[-1] if bodies else None


def _same_address(href: str, target: str) -> bool:
    """An href as written (maybe relative, maybe "#anchor") and the annotation's target."""
    written = href.lstrip("#")
    return bool(written) and (target == href or target.endswith(written))


def _link_descriptions(pdf: pikepdf.Pdf, link_texts: list[tuple[str, str]]) -> None:
    """Each link annotation's Contents says what the link's text says (not just its URL).

    ``link_texts`` is (href, text) for every link in reading order; the pieces of one link
    broken over lines are consecutive Link elements with the same address.
    """
    queue = list(link_texts)
    previous: tuple[object, str] | None = None
    text = ""
    for element in _elements(pdf.Root.StructTreeRoot):
        if element.S != "/Link":
            continue
        annots = [k.Obj for k in element.K if isinstance(k, pikepdf.Dictionary) and "/Obj" in k]
        if not annots:
            continue
        action = annots[0].get("/A", {})
        target = str(action.get("/URI", annots[0].get("/Dest", "")))
        continued = previous == (element.P.objgen, target)
        if not continued:
            found = next((i for i, (href, _) in enumerate(queue) if _same_address(href, target)),
                         None)
            text = queue[found][1] if found is not None else ""
            del queue[:0 if found is None else found + 1]
        previous = (element.P.objgen, target)
        for annot in annots:
            annot.Contents = pikepdf.String(f"{text} ({target})" if text else target)


def _tree_members(root: pikepdf.Dictionary) -> set[tuple[int, int]]:
    return {element.objgen for element in _elements(root)}


def _margin_boxes_as_artifacts(pdf: pikepdf.Pdf) -> None:
    """Page numbers and other @page margin boxes become pagination artifacts.

    WeasyPrint tags a margin box's text with MCIDs whose elements it leaves outside the
    structure tree (PDF/UA-1 has no artifact element); here that marked content becomes
    ``/Artifact <</Type /Pagination>>`` and its ParentTree slots are emptied.
    """
    root = pdf.Root.StructTreeRoot
    in_tree = _tree_members(root)
    parents = pikepdf.NumberTree(root.ParentTree)
    for page in pdf.pages:
        if "/StructParents" not in page.obj:
            continue
        owners = parents.get(int(page.obj.StructParents))
        if owners is None:
            continue
        outside = {mcid for mcid, owner in enumerate(owners)
                   if isinstance(owner, pikepdf.Dictionary) and owner.objgen not in in_tree}
        if not outside:
            continue
        commands = []
        for operands, operator in pikepdf.parse_content_stream(page):
            props = operands[1] if str(operator) == "BDC" and len(operands) == 2 else None
            if isinstance(props, pikepdf.Dictionary) and int(props.get("/MCID", -1)) in outside:
                operands = [pikepdf.Name.Artifact, pikepdf.Dictionary(Type=pikepdf.Name.Pagination)]
            commands.append(pikepdf.ContentStreamInstruction(operands, operator))
        page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(commands))
        for mcid in outside:
            owners[mcid] = None  # a null: no element owns it now
        parents[int(page.obj.StructParents)] = owners


def _element_text(element: pikepdf.Dictionary, pages: dict, texts: dict) -> str:
    """The text an element's marked content draws, its children's included."""
    out = []
    page = pages.get(element.Pg.objgen) if "/Pg" in element else None
    kids = element.get("/K")
    for kid in (kids if isinstance(kids, pikepdf.Array) else [] if kids is None else [kids]):
        if isinstance(kid, int):
            out.append(texts.get((page, int(kid)), ""))
        elif isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            out.append(_element_text(kid, pages, texts))
        elif isinstance(kid, pikepdf.Dictionary) and "/MCID" in kid:
            kid_page = pages.get(kid.Pg.objgen) if "/Pg" in kid else page
            out.append(texts.get((kid_page, int(kid.MCID)), ""))
    return "".join(out)


def _letters(text: str) -> Counter[str]:
    return Counter(c for c in text if not c.isspace())


def _mark_languages(pdf: pikepdf.Pdf, languages: list[tuple[str, str]]) -> None:
    """A Lang on each element drawing a block in another language than the document's.

    ``languages`` is (lang, text) of each such block. An element is that block's (or a piece of
    it, split over pages) when the letters it draws are among the block's: compared as counts,
    since right-to-left text is drawn in visual order."""
    if not languages:
        return
    pages = {page.obj.objgen: index for index, page in enumerate(pdf.pages)}
    texts = marked_texts(pdf)
    wanted = [(lang, _letters(text)) for lang, text in languages]

    def visit(node: pikepdf.Dictionary) -> None:
        for element in _struct_children(node):
            if str(element.S) in LANGUAGE_TAGS:
                drawn = _letters(_element_text(element, pages, texts))
                lang = next((lang for lang, letters in wanted if drawn and not drawn - letters), "")
                if lang:
                    element.Lang = pikepdf.String(lang)
                    continue
            visit(element)

    visit(pdf.Root.StructTreeRoot)


def finish_tagging(pdf_bytes: bytes, link_texts: list[tuple[str, str]] | None = None,
                   direction: str = "ltr", languages: list[tuple[str, str]] | None = None) -> bytes:
    """The PDF with one article element, grouped figures, header scopes, link texts, its page
    numbers as artifacts and the language of each block written in another; a right-to-left
    article tells viewers to lay pages out right to left."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        _mark_languages(pdf, languages or [])
        if direction == "rtl":
            preferences = pdf.Root.get("/ViewerPreferences") or pikepdf.Dictionary()
            preferences.Direction = pikepdf.Name.R2L
            pdf.Root.ViewerPreferences = preferences
        root = pdf.Root.StructTreeRoot
        for document in _struct_children(root):
            _join_page_pieces(document)
        _group_figures(root)
        _nest_lists(root)
        _add_header_scopes(root)
        _link_descriptions(pdf, link_texts or [])
        _margin_boxes_as_artifacts(pdf)
        out = io.BytesIO()
        pdf.save(out, deterministic_id=False)
        return out.getvalue()
