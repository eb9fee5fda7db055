"""An article is refused only when it holds no prose at all."""

from access.clean import has_prose
from access.document import Document, Paragraph, Table, runs

SENTENCES = ("Earlier this month, NASA announced the newest milestone in the development of its "
             "long-awaited rocket. Workers at the assembly facility completed its core stage.")


def test_an_article_laid_out_in_table_cells_is_an_article():
    """Old sites set the whole article in a layout table: its cells hold the prose."""
    doc = Document("Seeking a bigger role for a big rocket",
                   [Table(header=[], rows=[[SENTENCES], ["by Jeff Foust"]])])
    assert has_prose(doc)


def test_a_run_of_menu_words_is_no_article():
    doc = Document("Site map", [Paragraph(runs("Home World Politics Business Tech Science")),
                                Table(header=[], rows=[["Home", "Contact", "About", "Help"]])])
    assert not has_prose(doc)
