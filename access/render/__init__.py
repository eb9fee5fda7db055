"""Render: turn a Document into the outputs people read or hear (html, pdf, audio)."""
