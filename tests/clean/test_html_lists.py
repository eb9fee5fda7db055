"""Nested lists on saved pages: each item's own text once, the inner items after their parent,
one level deeper."""

from access.clean.html import clean_html
from access.document import ListBlock, plain

# An excerpt of a real blog post (anarc.at, 2020-10-18, "cdpath replacement"), one list
# nested in another's third item.
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>CDPATH replacements - anarcat</title></head><body>
<nav><ul><li><a href="/">anarcat</a></li><li><a href="/blog/">blog</a></li></ul></nav>
<div id="content">
<h1>CDPATH replacements</h1>
<p>This allows me to quickly jump into projects from my home dir, or the
"source code" (<code>~/src</code>), "work" (<code>src/tor</code>), or wiki checkouts
(<code>~/wikis</code>) directories. It works well from the shell, but
unfortunately it's very static: if I want a new directory, I need to
edit my config file, restart shells, etc. It also doesn't work from my
text editor.</p>
<h1 id="shell-jumpers">Shell jumpers</h1>
<p>Those are commandline tools that can be used from a shell, generally
with built-in shell integration so that a shell alias will find the
right directory magically, usually by keeping track of the directories
visited with <code>cd</code>.</p>
<p>Some of those may or may not have integration in Emacs.</p>
<h2 id="fasd">fasd</h2>
<ul>
<li><a href="https://github.com/clvv/fasd">home page</a></li>
<li>upstream packaged in Debian</li>
<li>emacs extensions, not in Debian:

<ul>
<li><a href="https://github.com/ajsalminen/helm-fasd">helm integration</a> (not in melpa?)</li>
<li><a href="https://framagit.org/steckerhalter/emacs-fasd">more direct</a></li>
</ul>
</li>
</ul>
<h2 id="fzf">fzf</h2>
<ul>
<li><a href="https://github.com/junegunn/fzf">home page</a></li>
<li>the original "fuzzer". uses <code>find</code> by default, so no notion of
frequency.</li>
<li><a href="https://github.com/bling/fzf.el">emacs integration</a></li>
</ul>
</div>
<footer><p>Created 2020-10-18. Edited 2020-10-19.</p></footer>
</body></html>"""


def test_a_nested_list_says_each_item_once_after_its_parent():
    """The outer item took all its descendants' text ('…not in Debian: helm integration (not
    in melpa?)more direct'), and the inner items came again after it: read twice."""
    doc = clean_html(PAGE, url="https://anarc.at/blog/2020-10-18-cdpath-replacement/")
    lists = [b for b in doc.blocks if isinstance(b, ListBlock)]
    assert [plain(item) for item in lists[0].items] == [
        "home page", "upstream packaged in Debian", "emacs extensions, not in Debian:",
        "helm integration (not in melpa?)", "more direct"]
    assert sum(b.text.count("more direct") for b in doc.blocks) == 1
    assert lists[0].levels == [0, 0, 0, 1, 1] and lists[0].numbered == []  # all bullets


def test_three_levels_keep_three_copies_not_six():
    """Each level repeated everything below it: three nested items were six copies."""
    deep = PAGE.replace("<li>upstream packaged in Debian</li>",
                        "<li>upstream packaged<ol><li>in Debian<ol><li>since buster</li></ol>"
                        "</li></ol></li>")
    doc = clean_html(deep, url="https://anarc.at/blog/2020-10-18-cdpath-replacement/")
    items = [plain(item) for item in next(b for b in doc.blocks if isinstance(b, ListBlock)).items]
    assert items[:4] == ["home page", "upstream packaged", "in Debian", "since buster"]
    assert sum(b.text.count("since buster") for b in doc.blocks) == 1


def test_each_item_keeps_its_depth_and_its_own_list_kind():
    """Numbered lists inside a bulleted one: levels 0, 1, 2, back to 0, and each item knows
    whether the list holding it is ordered."""
    deep = PAGE.replace("<li>upstream packaged in Debian</li>",
                        "<li>upstream packaged<ol><li>in Debian<ol><li>since buster</li></ol>"
                        "</li></ol></li>")
    doc = clean_html(deep, url="https://anarc.at/blog/2020-10-18-cdpath-replacement/")
    listing = next(b for b in doc.blocks if isinstance(b, ListBlock))
    assert not listing.ordered
    assert listing.levels == [0, 0, 1, 2, 0, 1, 1]
    assert listing.numbered == [False, False, True, True, False, False, False]


def test_an_item_without_text_of_its_own_is_no_level():
    """An outer item holding only a nested list (a page indenting with lists): its items take
    its place, rather than hanging under the item before it."""
    bare = PAGE.replace('<li>emacs extensions, not in Debian:\n', "<li>")
    doc = clean_html(bare, url="https://anarc.at/blog/2020-10-18-cdpath-replacement/")
    listing = next(b for b in doc.blocks if isinstance(b, ListBlock))
    assert [plain(item) for item in listing.items][2:] == [
        "helm integration (not in melpa?)", "more direct"]
    assert listing.levels == []
