"""The reading page, parsed: language, title, landmarks, one h1 and real controls."""

from bs4 import BeautifulSoup


def test_page_semantics(sample_output):
    soup = BeautifulSoup(sample_output.files["html"].read_text(encoding="utf-8"), "lxml")
    assert soup.html["lang"] == "en"
    assert soup.title.string == "North Korean forces join Russia's fight against Ukraine"
    assert soup.find("main", id="main") and soup.find("a", href="#main")
    assert len(soup.find_all("h1")) == 1
    sizes = soup.select("button.size")
    assert [b.get_text() for b in sizes][:4] == ["XS", "SM", "MD", "LG"]
    assert all(b["type"] == "button" and b.has_attr("aria-pressed") for b in sizes)
    assert soup.find(attrs={"role": "status"})
    assert soup.find("audio", controls=True)["src"].endswith(".mp3")


def test_page_is_self_contained(sample_output):
    html = sample_output.files["html"].read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "lxml")
    assert not soup.find_all("link", rel="stylesheet")
    assert not [s for s in soup.find_all("script") if s.get("src")]
