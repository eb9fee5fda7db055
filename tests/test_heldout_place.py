"""benchmarks.heldout --misses: where a missed snippet stands against the kept body."""

from benchmarks.heldout import place

RAW = "Menu Home Headline here Standfirst sits here. First para. A dropped line. Last para. Comments"
KEPT = ["First para.", "Last para."]


def test_a_missed_snippet_is_placed_against_the_kept_body():
    assert place("Standfirst sits", RAW, KEPT, "headline here") == "above(22)"
    assert place("A dropped line.", RAW, KEPT, "headline here") == "inside"
    assert place("Comments", RAW, KEPT, "headline here") == "below(1)"
    assert place("Headline here", RAW, KEPT, "Headline here") == "title"
    assert place("Not on the page", RAW, KEPT, "") == "absent"
