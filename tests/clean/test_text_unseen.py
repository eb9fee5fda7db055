"""The copied-text cleaner on kinds of page its dev set lacks (seen on unseen sites): each kind
pinned by a small hand-written text shaped like it."""

from access.clean.text import clean_text
from access.document import ListBlock, Paragraph

CODE = ["import ctypes", "def deref(addr, kind):", "    return ctypes.cast(addr, ctypes.POINTER(kind))",
        "deref(id(29), ctypes.c_int)[4] = 100", ">>> 29", "100", ">>> 29 * 100", "10000", ">>> 25 + 4", "100"]
FORM = ["Name (required)", "E-Mail (not displayed)", "Website:", "Reply to:", "Cancel reply", "Post",
        "Notify me of new posts", "Save my name",
        "Please note: comment moderation is enabled on this blog and may delay your comment by a day."]


def paragraphs(doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Paragraph)]


def test_code_between_two_paragraphs_does_not_cut_the_article():
    """A blog post split by a code block: the paragraph above it is the article too (the
    safety net: the body kept held under half of the densest run of running text)."""
    first = ("I could not resist sharing this small example, which shows how Python keeps one copy of "
             "each small integer and how ctypes can change it.")
    second = ("Note that depending on the version of Python the value may be stored at another offset "
              "in the object, so try both of them.")
    text = "\n".join(["Four Years Remaining", "Interning of small integers in Python",
                      "Posted by Konstantin 21.10.2019", "", first, "", *CODE, "", second, "",
                      "No Comments", "Leave a comment", "", "\n\n".join(FORM), "", "Calendar",
                      "October 2019", "M T W T F S S", "1 2 3 4 5 6"])
    doc = clean_text(text)
    assert doc.title == "Interning of small integers in Python"
    kept = paragraphs(doc)
    assert kept[0] == first and kept[-1] == second
    assert not any("moderation" in p for p in kept)


def test_posted_by_line_under_a_short_article_is_its_signature():
    """A "posted by" line closing a short article, comments below: the article stays."""
    body = [
        "Google has now closed the profiles of several users who had not signed up with their "
        "real names, and I am not sure that this practice is lawful under German law at all.",
        "The rule looks clear at first sight, but only as long as one assumes that a profile on "
        "the network is not itself a service that falls under the telemedia act.",
        "Against this background it seems legally doubtful to me when the company asks every user "
        "to register with the name on their passport before they may post anything.",
    ]
    text = "\n\n".join(["Internet-Law\nDoes banning pseudonyms break German law?", *body,
                        "posted by Stadler at 12:53\nComments (35)\n35 Comments »",
                        "Put plainly: anyone who takes part for more than private reasons would need a "
                        "legal notice on the profile, which nobody can seriously expect of them at all.",
                        "I disagree with the post: a social network is a platform, and the profiles on it "
                        "are not services of their own, so the telemedia act does not reach them here."])
    doc = clean_text(text)
    assert paragraphs(doc) == body
    assert doc.title == "Does banning pseudonyms break German law?"


def test_german_comment_form_and_share_bar_end_the_article():
    """The widgets and comment prompts of other languages are chrome as the English ones are."""
    body = [
        "Die Stadt hat am Dienstag beschlossen, das Busnetz in drei neue Stadtteile zu erweitern, "
        "was nach Angaben der Verwaltung die Wege für Tausende Pendler verkürzen soll.",
        "Der Abstimmung waren monatelange Bürgerversammlungen vorausgegangen, in denen über die "
        "Strecken, die Kosten der Fahrzeuge und den Zeitplan gestritten wurde.",
    ]
    text = "\n\n".join(["Stadt erweitert das Busnetz", "Veröffentlicht am 6. Dezember 2022", *body,
                        "Artikel teilen\nDrucken", "Schreibe einen Kommentar",
                        "Deine E-Mail-Adresse wird nicht veröffentlicht, und Pflichtfelder sind mit "
                        "einem Stern markiert, damit wir dir antworten können.",
                        "Name *", "E-Mail *", "Website"])
    doc = clean_text(text)
    assert paragraphs(doc) == body
    assert doc.title == "Stadt erweitert das Busnetz" and doc.date == "2022-12-06"


def test_cookie_dialog_below_the_article_is_chrome():
    """A consent dialog copied as long paragraphs under a short article is not its body."""
    body = [
        "The battery maker says it will invest another 275 million dollars in its plant in Spring "
        "Hill, which should raise the output of the site by more than forty per cent.",
        "When all three of its plants run at full capacity by the end of the decade, it expects to "
        "make cells for well over a million electric cars a year.",
    ]
    dialog = [
        "We may request cookies to be set on your device. We use cookies to let us know when you "
        "visit our website, how you interact with us, to enrich your user experience and to "
        "customise your relationship with our website.",
        "Click on the different category headings to find out more. You can also change some of your "
        "preferences. Note that blocking some types of cookies may impact your experience on our "
        "website and the services we are able to offer.",
        "These cookies are strictly necessary to provide you with services available through our "
        "website and to use some of its features, so refusing them will have an impact on how our "
        "site works for you.",
        "We fully respect if you want to refuse cookies, but to avoid asking you again and again "
        "kindly allow us to store a cookie for that in your browser.",
    ]
    text = "\n\n".join(["Battery maker expands its plant", *body, "Share this article\nTwitter\nLinkedIn",
                        "Privacy settings", *dialog, "Necessary cookies", "Google Analytics cookies"])
    doc = clean_text(text)
    assert paragraphs(doc) == body


def test_numbered_steps_with_the_number_on_its_own_line_are_one_list():
    """A recipe's steps copied as "1." on one line and the step on the next: one list, kept
    with the numbers typed (innerText gives no list markers)."""
    steps = ["Put the dry ingredients in a large bowl and sift them twice.",
             "Mix quickly and add the egg and the soft butter to the bowl.",
             "Knead with a firm spoon or your fingertips until the dough is smooth.",
             "Shape small balls and bake them at 180 degrees for about twenty minutes.",
             "Once the biscuits are cold, melt the chocolate and dip half of each one."]
    intro = ("These little biscuits melt in the mouth and take less than an hour from the bowl to "
             "the plate, which makes them the quickest thing to bake for a visit.")
    numbered = "\n".join(f"{n}.\n{step}" for n, step in enumerate(steps, 1))
    text = "\n\n".join(["Recipes /\nBiscuits /\nChocolate biscuits", "Chocolate biscuits", intro,
                        "Ingredients\n1 cup of corn starch\n3/4 cup of flour\n1/4 cup of sugar\n1 egg",
                        "Method\n" + numbered, "You may also like"])
    doc = clean_text(text)
    lists = [b for b in doc.blocks if isinstance(b, ListBlock)]
    assert [item[0].text for item in lists[-1].items] == [f"{n}. {step}" for n, step in enumerate(steps, 1)]


def test_two_word_headline_is_the_title():
    """Short headlines are headlines ("Kite repairs"), their words back in the opening."""
    body = ["Kite repairs are what we have done in our small workshop by the harbour since 2006, for "
            "riders who would rather mend a torn canopy than buy a new one.",
            "Bring the kite in dry and folded, tell us where it tore, and in most cases you can "
            "collect it again within a week, checked and ready for the water."]
    text = "\n".join(["Ben Wilson Surf Shop", "Home", "Boards", "Wetsuits", "Contact us",
                      "Kite repairs", "", "\n\n".join(body), "", "Book now", "Prices", "Imprint"])
    assert clean_text(text).title == "Kite repairs"


def test_lead_packed_above_the_paragraphs_is_kept():
    """A radio report's lead, copied without a blank line under it and parted from the body by
    a short line, is the article's first paragraph."""
    lead = ("Anchor: After heavy downpours on Monday, Tuesday morning was met with strong, cold winds "
            "that brought early winter temperatures to most of the country.")
    body = [
        "Report: People out on the streets were seen wearing layers throughout the day as the "
        "temperatures felt as though winter had suddenly arrived in the capital.",
        "The first cold wave alert of the season was in effect on Tuesday, with the inflow of cold "
        "air from the northwest of the peninsula bringing frost to the mountains.",
        "The weather agency expects the cold snap to peak on Wednesday before temperatures climb "
        "back up on Thursday, though it warned of strong winds along the coast.",
    ]
    text = "\n".join(["World Radio News", "Home", "Weather", "",
                      "Early winter temperatures sweep the country", "",
                      "Written: 2023-11-07 15:03:30", "", "Share", "Print", "", lead,
                      "Max Lee has more.", "", "\n\n".join(body), "", "Max Lee, World Radio News.",
                      "", "Most viewed", "Weather outlook for the weekend"])
    doc = clean_text(text)
    kept = paragraphs(doc)
    assert kept[0] == lead and all(p in kept for p in body)
    assert doc.title == "Early winter temperatures sweep the country"
