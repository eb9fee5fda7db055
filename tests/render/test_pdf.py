"""The PDF, parsed: tagged structure, language, title and the text in reading order."""

import pikepdf


def test_pdf_is_tagged_with_language_and_title(sample_output):
    with pikepdf.open(sample_output.files["pdf"]) as pdf:
        root = pdf.Root
        assert root.MarkInfo.Marked is True
        assert "/StructTreeRoot" in root and "/ParentTree" in root.StructTreeRoot
        assert str(root.Lang).startswith("en")
        assert bool(root.ViewerPreferences.DisplayDocTitle)
        meta = pdf.open_metadata()
        assert meta["dc:title"] == "North Korean forces join Russia's fight against Ukraine"
        assert "pdfuaid:part" in str(pdf.Root.Metadata.read_bytes())


def test_pdf_has_heading_tags(sample_output):
    with pikepdf.open(sample_output.files["pdf"]) as pdf:
        tags = []

        def walk(node):
            if isinstance(node, pikepdf.Dictionary) and "/S" in node:
                tags.append(str(node.S))
            kids = node.get("/K") if isinstance(node, pikepdf.Dictionary) else None
            for kid in (kids if isinstance(kids, pikepdf.Array) else [kids] if kids else []):
                if isinstance(kid, pikepdf.Dictionary):
                    walk(kid)

        walk(pdf.Root.StructTreeRoot)
    assert "/H1" in tags and "/H2" in tags and tags.count("/P") > 20
