"""The copied-text cleaner's weights and switches, each judged by site cross-validation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from access.clean.rules import Rules
from access.clean.text.lines import Lines


@dataclass(frozen=True)
class Weights:
    """How much a line counts as prose; tuned on the dev set by site, see benchmarks/text_sitecv.py."""

    long_words: int = 18  # a line this long is a paragraph
    per_word: float = 0.2
    cap: float = 8.0
    sentence_words: int = 7  # a shorter sentence still counts a little
    sentence: float = 0.5
    short: float = -1.5
    short_paragraph: float = 0.6  # a short line set apart like a paragraph
    packed_factor: float = 0.2  # long lines packed without blank lines (cards, comments)
    residue: float = -2.5


WEIGHTS = Weights()


@dataclass(frozen=True)
class HeaderSettings:
    """How the title, byline and date are found around the body's start; each choice judged on
    held-out sites by benchmarks/metadata_sitecv.py."""

    lookback: int = 45  # lines above the body searched for the headline
    distance_cost: float = 0.5  # per line between a candidate and the body
    full_words: int = 15  # a longer line is no more a headline for it
    max_words: int = 30  # a longer line is no headline at all (a standfirst, a paragraph)
    opening_weight: float = 5.0  # per headline word found again in the article's opening
    opening_lines: int = 1
    opening_wide: float = 5.0  # per headline word found again in the opening's first lines …
    wide_lines: int = 6  # … this many
    far_lookback: int = 150  # no line in reach reads as a headline (none scores ``opening_weight``):
    # the search goes this far up, distance not counted (the body found far under it; 0: off) …
    far_score: float = 15.0  # … for a line scoring this at least (the opening's words in it)
    near_repeat: float = 5.0  # a candidate said again close by (a sticky header's or its image's
    # copy) scores this more (0: off) …
    repeat_reach: int = 3  # … this many lines from it at most
    tag_prefix: bool = True  # a headline may open with a tag in brackets: "[Review] …", "(Video) …"
    name_lines: bool = True  # a line holding only a person's name near the title is the byline
    name_lookahead: int = 0  # … or this many lines into the body span (short, it scores little)
    name_runs: bool = True  # … with the names listed under it ("David Brand" / "and" / "Ramsey Khalifeh")
    name_after_title: int = 45  # … and at most this many lines below the title
    name_apart: int = 7  # … set apart from a list of short lines: a line of this many words at least
    # just above or below it (its run of names), or a date line within 3 lines ("Kleine Schafskunde" /
    # "Mäscot", "Slashdot" / "Stack Overflow" / "Startpage" are a menu's items; 0: off)
    signature: bool = True  # no byline above the body: one just below it (a blog's signature)
    written_dates: bool = True  # "Nov. 19, 2019 8:03 am ET" read by fields.dates.written_date
    day_first: bool = True  # 03/05/2022 is 3 May unless the page or its English says otherwise
    header_date_words: int = 30  # a longer line between the title and the body still dates it
    opening_days: bool = True  # … and none: a line from the title to just into the body opening
    # with a day, however long ("20. April 2017 Matthias Weber Amazon, Big Data, …")
    within_day: bool = True  # no date line at all: "vor 2 Stunden", "6 hours ago", "dzisiaj, 08:07"
    # about the header dates the piece the page's newest day
    yearless_dates: bool = True  # … else a day without its year there ("Nov 18") in the copyright's year
    listed_dates: bool = True  # … else the day after the headline on a line opening with it, the piece's
    # item in a list of recent posts ("3 Jahre legalisierte Genitalverstümmelung 12 Dezember, 2015")
    published_first: bool = True  # an "Updated …" line yields to another date line
    published_elsewhere: bool = True  # … and the day taken from one yields to its line's other day or a
    # "Published …" line from the header to just below the body
    body_dates: bool = True  # no date line at the header: a line of only a day in the body
    meta_top: bool = True  # a byline or a short date line among the body's first lines is its header's
    stopped_dates: bool = True  # a date line may end in a stop when it holds nothing but the day
    # ("12 марта 2024 г.", "12. март 2024.", "2024. március 12.")
    title_in_span: bool = True  # the headline may be above a byline or date line opening the body span
    above_byline: float = 5.0  # a line just above a byline or date line is more likely the headline
    quoted_stop: bool = True  # a line ending in a full stop inside quotes ('"… das mir."') is none either
    symbol_stop: bool = True  # ... nor one whose stop an emoji or symbol follows ("… durchkämmen. 💈")
    title_case_stop: bool = True  # a Title-Cased line ending in a full stop may still be a headline
    repeat_by_byline: bool = True  # of the headline's repeats (a gallery's), the one above its byline
    labels: bool = True  # a line of only label words ("Sign up now") is no headline
    dek_words: int = 15  # a candidate this long is the standfirst of a shorter one just above …
    dek_headline_words: int = 5  # … of at least this many words (not a section label) …
    dek_reach: int = 2  # … this many lines above at most
    dek_below: bool = True  # … and the line just under it, scoring more, when it yields to one above
    dek_nearest: bool = True  # … the nearest candidate above only (not past a shorter headline)
    dek_score: float = 5.0  # … scoring this at least, what one word of the opening gives (a section
    # label over a long headline, "Editorial y Puntos de Vista", shares none; 0: off)
    meta_reach: int = 6  # the best below a byline or date line yields to a headline above it this near
    meta_block: bool = True  # … a share bar not counted, the block's name line passed
    standfirst_words: int = 4  # a shorter candidate just above the best, this long at least, is
    # the headline over its standfirst (0: off) …
    between_copies: bool = True  # … never a line between the best and its copy just above ("Heulage: Besser
    # als ihr Ruf?" / "Leseprobe: Das perfekte Dinner" / "Heulage: Besser als ihr Ruf?")
    said_above: bool = True  # … and one of any length just above, said before on the page, the best never
    kicker_words: int = 3  # … and the best this short (a kicker) yields to a longer candidate …
    kicker_reach: int = 2  # … this many lines below it at most (0 words: off) …
    kicker_names: bool = True  # … and so does a label naming whom an interview is with ("Interview mit …")
    lone_word: bool = True  # no line reads as a headline (none scores ``opening_weight``): a word
    # alone just over the body is the headline ("Zeitphilosophie", "Hope!")
    head_shared: int = 2  # … when that line shares this many of the opening's words
    one_line_meta: bool = True  # a headline copied with its byline and day on one line is cut there
    meta_split_score: bool = True  # … and scored as a candidate without them
    trail_end: float = 20.0  # the page names it twice: a candidate ends a longer line above the body
    trail_words: int = 4  # … and has this many words at least ("Home » News » headline")
    quoted_repeat: float = 20.0  # … and (as much) when the page quotes it whole elsewhere, trail_words
    # long at least ("4 Gedanken zu „<headline>“", "20 thoughts on “<headline>”": a blog's comments)
    span_trail: bool = True  # … and among the body's first lines, just under that trail, it is a candidate
    span_quoted: bool = True  # … and among the body's first lines, one the page quotes whole is one
    post_links: bool = True  # a link to the previous or next post ("← Older post") is no headline
    tag_cloud: int = 6  # a line of this many words or more without a capital letter is tags, no headline
    menu_line: int = 12  # … and one of this many words or more, each capitalised, no punctuation and at
    # most one a sentence's word, is a menu copied on one line ("Baba-mama Diéták Egészséges Játékok …")
    year_digits: bool = True  # a year ("Fünf HR-Trends 2023") is not counted among a headline's digits
    numbered_over_byline: bool = True  # a line with more digits than a headline's (NUMBERED_DIGITS at
    # most) is one over a byline ("Where and How to Buy an RTX 3080, 3090 or 3070" over "By …")
    stop_over_meta: int = 15  # a line of this many words at most ending in a full stop is a headline
    # when a byline or date line is just below it ("Nebelsuppe." over "Veröffentlicht am …"; 0: off)
    stop_under: bool = True  # … and (``under_meta``) the body's first line under one, over its running
    # text ("Laufen im Winter: Von „bäh!“ zu „yeah!“ in 12 Monaten." under "Veröffentlicht am …")
    chrome_over_meta: bool = True  # a line a chrome pattern matches ("VIDEO: …", "Scherenschnitt (3)")
    # is a headline when a byline or date line is just below it
    colon_end: bool = True  # a line ending in a colon announces what follows: no headline
    taglines: bool = True  # a blog's tagline (residue.toml [taglines]: "Ein Blog über …") is no headline
    trail_label: bool = True  # the line under a breadcrumb trail's label ("Sie sind hier:") is its trail
    # copied on one line ("hessenschau.de Kultur Buchmesse Bücher & Autoren") or its first step: no headline
    colon_kicker: int = 3  # … but one of this many words at least, shaped as a headline, just over
    # the headline is its first part, split over two lines ("Tanz in der St. Galler Lokremise:" over
    # "Mit allen Wassern gewaschen"): the title joins them (0: off)
    recipe_labels: bool = True  # a recipe card's label ("Zutaten für", "Zubereitung"): no headline
    span_lines: int = 3  # the body's first lines, before its running text, may be the headline
    # when a byline or date line is just below (the body's start is a guess)
    under_meta: bool = True  # … or just above (its first line only, over its running text: the
    # header's line over the headline, "Swantje Bernsmann 11/08/2020 Feelings")
    under_reach: int = 3  # … or this many lines below it at most, a share bar or a caption between ("Social
    # Share"), when it shares ``head_shared`` words with the opening
    dated_meta: bool = True  # a short line naming a day is a date line ("5. November 2021 admin")
    bracket_notes: bool = True  # … and one closing on a short note in brackets ("2020年3月5日（木）",
    # "5. März 2020 (aktualisiert)"): the bracket ends no sentence there
    written_bylines: bool = True  # a "by" anywhere in a short line after a label or a date
    # ("Geschrieben von …", "02.02.2022, 11:30 Uhr von …"), and no e-mail address or handle kept
    outlet_bylines: bool = True  # … and after an outlet's name glued to a reporter's word of a script
    # written without spaces ("半月谈记者 史卫燕")
    listed_by: bool = True  # … but no "by" word a comma follows: a list's item ("av, consoles,
    # entertainment", an article's tags opening on the Swedish "av")
    name_shape: bool = True  # a byline's names look like names: "Von Risiken und Nebenwirkungen" is none
    newsroom_by: bool = True  # … but a "by" naming the newsroom is a byline ("By STAFF AND NEWS SERVICE
    # REPORTS", "Autor: Die Redaktion")
    dated_names: bool = True  # a date line naming its writer without a "by" ("Christian Kahle, 03.11.2023")
    day_word_end: bool = True  # … a day's word closing its name of three words or more the day's ("Joe Wee
    # Monday, February 29, 2016": "Joe Wee"; "Dominique Wehrmann am 4. Februar 2022": no name before)
    relative_names: bool = True  # … or a line of a name and how long ago ("Alex Perry 1 day ago",
    # "Jacobo Betancur Peláez | Publicado hace 3 horas")
    agency_yields: bool = True  # … and one naming a news agency yields to a line of a person's name
    # just above or below it, its reporter ("NATALIYA VASILYEVA" over "Associated PressDecember 2, 2016")
    glued_days: bool = True  # a day glued to a byline's last name is parted from it ("by Lucas Nolan22 Dec
    # 2016": not "Lucas")
    piped_by: bool = True  # … and a "by" opening a part of a line parted by bars is one, whatever is before
    # ("Ciclismo | Por: Juan Diego | Actualizado el: 19 abril 2022", "yas! | By Cara Stiles | April 13, 2020")
    above_title: int = 3  # a byline may stand this many lines above the title
    by_over_name: bool = True  # … or a line of a name under a line of only a "by" ("Von" / "Ernst Lohoff")
    mailed_names: bool = True  # none found: a line of a name over a line of only an e-mail address
    author_links: bool = True  # … or over a link to the writer's other pieces ("Heinz Steiner" over
    # "Weitere Beiträge", "Tapio Nurminen" over "Ota yhteyttä" over "Kirjoittajan muut jutut")
    bracketed_role: bool = True  # under a "by" or a writer's label, a name with a role in brackets
    # after it is that name ("Autor*in" / "Brit Weirich (Medizinredakteurin. M.A. …)")
    reviewer_by: bool = True  # a reviewer's label alone over a name ("Verified by" / "Marisa Figat")
    # credits who checked the article: no byline
    loose_by_names: bool = True  # … that line any two to four words of letters opening with a capital
    body_lines: int = 6  # … or among the body's first lines, under a standfirst
    name_by_date: bool = True  # … and there a line of a name beside a date line ("Verónica De Vita"
    # over "miércoles, 4 de mayo de 2022")
    signed_by_date: bool = True  # none found: a dash and a name beside a date line closing the body
    # or just below it signs it ("28. November 2022" over "- Nadja Podbregar")
    closing_byline: bool = True  # … or a "by" line closing the body ("Posted by Alex Durán, AMP
    # Project Marketing, Google" under the last paragraph)
    people_only: bool = True  # a byline's closing comma parts that name no person are dropped
    # ("Grant Tinsley, PhD", "Rob Picheta, CNN": fields.bylines.people_only)
    untitled: bool = True  # … and an occupation's title before its name ("Rechtsanwalt Sebastian
    # Einbock"; bylines.toml occupation_titles)
    dated_body: int = 2  # a date line naming its writer may be among the body's first lines
    beside_date: bool = True  # … else a news agency or newsroom named alone under the title beside
    # a date line ("Reuters, Washington," over "Nov 20 2019, 11:06am", "Redacción" over "26.04.2022")
    relative_days: bool = True  # a line of how long ago ("vor 2 Stunden", "3 hours ago") beside a
    # line of a name dates it as a date line does (name_by_date, name_over_title)
    thread_starter: bool = True  # no byline in the header: a forum's thread-starter label and the
    # handle after it, from the header's lines to just below the body ("Thread starter Tiberius")
    thread_title: bool = True  # a forum thread's title stands over its starter's label, above the body
    # however far ("Jede Nacht verliert Pepe soviel Dreck aus dem Fell" over "Themenstarter Pepemaus")
    name_over_title: bool = True  # none found anywhere: a line of a name above the title beside a
    # date line ("Bianca Praetorius" over "2. Okt. 2022" over the headline)
    chrome_words: bool = True  # a line of a name has no word that is chrome alone ("Teilen Twittern")
    body_byline: bool = True  # none found: a "By …" line inside the body beside a date line
    by_over_name_body: bool = True  # … or a line of only a "by" over a name there ("Ein Beitrag von:"
    # over "Alexandra Ilina": the writer's box)
    short_dates: bool = True  # no line of only a day in the body: a short date line there
    posted_footers: bool = True  # … else a blog theme's footer there ("This entry was posted on …")
    asking_title: bool = True  # no headline above the body: its first line may ask or exclaim
    span_heading: int = 6  # … else the first headline-shaped line over a paragraph, to this many lines
    # below the header's byline or date line (under a blog's motto or the post's day)
    opening_head: int = 6  # no header (a headline over its byline or date line, or just over the body)
    # above the body, which opens on short lines: the last headline-shaped one over its running text,
    # this many lines into it at most, is the headline when it outscores the best above (a ticker's
    # item, a breadcrumb or a widget over it; 0: off)
    below_first: bool = True  # a date line under the title before one above it
    dated_headlines: bool = True  # … but a headline with its day beside it, worded as a sentence, is none
    dateline_words: int = 14  # a line naming a day is a dateline, no headline, up to this long; a


HEADER = HeaderSettings()


@dataclass(frozen=True)
class TextSettings:
    """Which rules of the copied-text cleaner run; benchmarks/text_sitecv.py judges each on
    held-out sites (switched off, each site scored with what the other sites prefer)."""

    wrapped: bool = True  # lines broken inside a sentence joined again
    meta_unwrapped: bool = True  # … but a dateline or byline ending no sentence goes on no line above
    # it ("jeudi 13 juin 2019, par Attac France" under its headline)
    backlinks: bool = True  # … nor a line onto a footnote ending in its backlink ("… S. 169 ↩")
    glyph_lines: bool = True  # a line of only icon glyphs or invisible characters is blank
    quoted_stops: bool = True  # a stop inside closing quotes ends a sentence („… Tun.“, «… haben.»)
    promo_boxes: bool = True  # a promotion under the lead is inside the article, not its end
    promo_inside: bool = True  # … and its box (label above, form lines below) is dropped with it
    sentence_fallback: bool = True  # no paragraph at all: the sentences are the article
    repeats_as_captions: bool = True  # a line said twice at once is a caption pasted twice (the
    # cleaner turns this off, and cleans again, only when the page would otherwise hold no prose:
    # an article whose one paragraph was pasted twice)
    safety_net: bool = True  # a body holding little of the densest prose run was cut wrong
    net_above: bool = True  # … and a run wholly above the body's dateline (not reaching it) is taken whole
    net_lead: bool = True  # … and a paragraph set apart in that run above the body opens it (a list
    # of short lines between)
    header_only: bool = True  # a "posted by" line closing a short article is its signature
    consent: bool = True  # a cookie dialog's lines are chrome
    scored_notices: bool = True  # a browser's or consent box's notice (residue.toml browser_notices,
    # consent_boxes) scores as the line it is, not as chrome: dropped, it does not end the body
    lead_above: bool = True  # a lead packed without blank lines above the body is its own
    code_blocks: bool = True  # runs of code-like lines are code, inside the article
    prose_items: bool = True  # ... a line of words closed by a comma or semicolon is no code-like line
    tables: bool = True  # runs of lines copied with tabs between their cells are a table (in the body)
    gap_most: bool = True  # a box with more of the article below it than above is inside it
    templates: bool = True  # a widget's lines filled in once per account are chrome
    comments: bool = True  # a body found among comments moves to the prose above them
    dated_feed: bool = True  # a body among dated items (reviews, comments) moves to the prose above them
    linked_feed: bool = True  # … and among teasers each closed by one "more" link ("Mehr erfahren")
    net_stop: bool = True  # the safety net does not look past the hard stop under the body
    announced_lists: bool = True  # the short lines a line ending in a colon announces are a list
    next_label: bool = True  # … up to the next short label, which announces its own ("Für die Füllung:")
    sentence_lists: bool = True  # … or to the item closing with a full stop a sentence spread over the items
    # ("ein gesundes Leben," … "ein starkes Miteinander."): the subheading under it is no item
    signed_verse: bool = True  # … or to a post of short lines between a dateline and a signature over it
    dated_lead: bool = True  # a body below a hard stop moves to the prose under a dateline above it
    records: bool = True  # runs of short lines of one form ("Termin: …", "1a etapa: …") are a list
    short_records: bool = True  # … and shorter runs inside the body ("Rock: Zara" / "Schuhe: Nike" / …)
    notes: bool = True  # … and runs of numbered notes ("[1] http://…", "[2] …": the references it cites)
    quotations: bool = True  # short lines a quotation spans (verse, dialogue) are kept, not dropped
    byline_inside: bool = True  # a byline below more than a standfirst of running text is inside
    # the article (an embedded post's "Posted by …", a subheading "Von …"): the body does not start there
    headed_lead: bool = True  # a body with no dateline or byline over it moves to prose under one above
    feed_days: bool = True  # … a feed's dated teasers over it ("06/06/21 Taxe …", "12/03/21 …") no datelines
    credits: bool = True  # a copyright line with running text right below it is a photo's credit
    short_body: bool = True  # a body holding no running text keeps its short lines, not dropped as headings
    lead_under_title: bool = True  # running text under the headline, chrome below it, is the lead
    standfirst: int = 25  # … and running text this many words long at least over the byline or dateline
    # opening the body is the article's lede ("Medienberichten zufolge hat Apple …" over "von Miriam
    # Ruhenstroth"); a shorter summary is the header's standfirst, no part of the article (0: off)
    line_over_lead: bool = True  # a short sentence (3-12 words, closed by a stop) right over the body's first
    # paragraph, under the headline, opens the article ("Ihr kennt es sicher auch!"), unless a byline, date,
    # caption, name or chrome; residue between goes, and each such sentence above is taken too
    header_standfirst: bool = True  # ... that shorter summary shown and read with the header (the
    # document's standfirst, as a saved page's), not dropped
    dek_over_byline: bool = True  # … and, the body starting below its header, the dek under the headline
    # with a byline or dateline under it ("We're about to get …" over "By Matthew Humphries"), however long
    teaser_rails: bool = True  # headlines over one-line summaries closing the body are related stories
    dated_rails: bool = True  # lines of only a day at one spacing closing the body are dated teasers
    dated_cards: bool = True  # … and a body closing on a headline and its summary, their card's dated foot
    # under it (writers and day) and more such cards below at one spacing, ends above that headline
    teaser_boxes: bool = True  # a related box's label over summaries between headlines ends the article
    author_box: bool = True  # a name line over a paragraph opening with that name closes the article
    byline_bios: bool = True  # … and a paragraph anywhere in the body opening with the byline's name, then a
    # comma or a bio's word ("Moritz Gathmann leitet das Ressort …"; residue.toml [bios]), is the writer's bio
    closing_bios: bool = True  # … and, no byline, the last paragraph opening with a name the article gives
    # nowhere else, then a bio's word ("Candice Sealey is the Founder & Principal Consultant at …"), closes it
    embeds: bool = True  # an embedded post's short text over its signature ("— Name (@handle) date") is kept
    placings: bool = True  # a line placing whom a picture shows ("Marcell Jansen (l.) und …") is a caption
    list_above: bool = True  # a list of records just above the body opens it (a recipe's ingredients)
    recipe_cards: bool = True  # a recipe's card below the body (ingredients, then steps) closes it
    menu_top: bool = True  # a long run of lines with no running text opening the body, the article's
    # dateline or byline at its foot, is a menu (each item set apart) or a teaser feed: the body starts below
    bio_top: bool = True  # a paragraph opening with the name on a line of its own just above it, among
    # the body's first lines, the name not in the article below, is its writer's bio: the body starts under it
    marks: bool = True  # a block of marks alone ('———', '.', '×') goes; a number alone is no heading
    day_headings: bool = True  # ... nor a day alone ('July 30, 2018', '06.11.2023, 13.47 Uhr'): a paragraph,
    # but days heading a schedule's sections (two or more, no hour: 'Donnerstag, 03. Februar 2022')
    step_numbers: bool = True  # a number alone ("1", "2.") over a paragraph is read with it: its step's
    quantities: bool = True  # ... and a fraction ("1/4") over a line in lower case ("cup butter"); in a
    # list, a number or a fraction alone is read with the item under it ("1" over "cup sugar")
    byline_again: bool = True  # a line of the byline alone ('Von Georg Kasch', 'Über …') goes: said
    # in the header
    byline_beside: bool = True  # ... its e-mail address beside it ('Por Mariano Martín mmartin@…'), an
    # agency after it ('Von: det/dpa')
    dated_lines: bool = True  # a lone line opening "1. Dezember 2021" is a paragraph, not a list of one
    lone_numbers: bool = True  # ... as is any numbered line alone that is no subheading ("7. Can I …?")
    label_credits: bool = True  # a credit's label alone ("Foto:") is read with the line under it ("WITTERS")
    credited_captions: bool = True  # a short sentence over a picture's credit alone ("© WSNA") is its caption
    credit_over_caption: bool = True  # … and one under it ("© Markus Leitner" over "Der Bartgeier Bavaria
    # im Flug."), the credit naming no year (a copyright footer's)
    label_buttons: bool = True  # … and over a button ("Bildquelle:" over "teilen") it goes with it: no credit
    glued_credits: bool = True  # a short line whose picture credit the copy ran into its last word
    # ("… Wahlleiter Matthias Mitzscherlich.DCV / Oppitz", "… New York.Reuters") is a caption with that credit
    opening_repeats: bool = True  # a heading opening the body, the title or the writer's name again, goes
    closing_pitch: bool = True  # short lines closing the body pitching the site's newsletter, app, channel go
    pitch_run: bool = True  # … and a pitch among the body's last blocks opens the run closing it, all of
    # it going (the pitch's blurb, a donation box's lines under "Unterstütze RosaMag bereits mit 2,50!")
    pitch_label: bool = True  # … a heading right over that run with it (the box's label: "Augmented Reality")
    list_below: bool = True  # a packed list closing the body, a paragraph set apart below it, is the
    # article's: the body goes on to that paragraph's prose (a post's list of tools between sections)
    list_over: bool = True  # … and a packed list opening the body, a lead set apart above it sharing
    # its words, is the article's: the body starts at that lead (an offer's lead over its fact sheet)
    contents_reach: bool = True  # a table of contents over the body, its entries said again below in order,
    # each over running text: the body runs from the first section's heading to the last's prose
    fact_sheet: bool = True  # short lines ending in a value right under the body ("Hubraum in ccm
    # 1.598"), labels between, are its fact sheet (a test's or a product's data): the body takes them
    contents_run: bool = True  # a table of contents opening the body, 3+ short lines each said again below as
    # the article's headings in order, goes (its links lost, a listener hears every subheading twice)
    standing_notes: bool = True  # a site's standing notes in the body (its licence, an opinions disclaimer,
    # a paywall box, a table of contents' label; residue.toml [standing_notes]) go
    newsletter_pitch: bool = True  # a short line pitching a newsletter goes wherever it sits in the body
    donation_pitch: bool = True  # … and one asking for the site's donations (residue.toml
    # [pitch.donation_words]: "Wesprzyj nas darowizną …", "Unterstütze uns mit deiner Spende!")
    disclosures: bool = True  # a short line saying the page's links earn a commission (an affiliate
    # disclosure, residue.toml [disclosure]) goes wherever it sits in the body, as on saved pages
    sponsored_notes: bool = True  # … and one saying the piece is advertising or made with a brand
    # (residue.toml [sponsored]: "*Werbung. Dieser Beitrag enthält Werbung für …")
    bare_more: bool = True  # a teaser's summary closed by a bare "mehr" link goes, its headline with it
    more_brackets: bool = True  # a "more" link in brackets closing a paragraph ("… [czytaj więcej]") goes
    inner_lists: bool = True  # short lines in a row between two paragraphs of the body are a list
    list_labels: bool = True  # a list's "Vorteile", "Cons:" over its items is their subheading, no item
    announced_above: bool = True  # a list its announcing paragraph (ending in a colon) opens, running
    # down to the body's start, opens the article
    threads: bool = True  # a body among a forum's numbered posts ("#1", "#2", …) is the whole thread,
    # each post's header (its writer's name, rank, date) dropped
    framed_labels: bool = True  # an ad's or a widget's label framed by dashes ('- Advertisement -',
    # '- Anzeige -') goes as the label alone does (residue.toml inline residue), not kept as a list's item
    later_parts: bool = True  # a short line over a numbered subheading past the first ('Put luggage on the
    # floor' over '3. Don't use a wooden luggage rack': a caption, a teaser) is a paragraph, not a heading
    lone_lines: bool = True  # a list of one item in the body ('Bild 1 von 9', 'Belag:') is a paragraph:
    # copied text has no list markers, and a list of one is announced as a list for nothing
    quote_dashes: bool = True  # a line of running text opening on a dash, no list's line beside it, is a
    # paragraph of speech ("– Selv om det er en nedgang …"), not a list of one item
    numbers: bool = True  # a list item keeps its typed number ("1. Choose the Right Pot"); a bullet sign goes
    step_runs: bool = True  # one numbered run's steps are read alike: subheadings when half or more are
    # short with no stop ("2. Peel off the skin (OPTIONAL)" as "1. Gather the seeds"), else paragraphs
    nested_steps: bool = True  # numbered subheadings right under a subheading ("Tipps: Was Sie tun können"
    # over "1. Zuckerlösung", "2. …") are one level below it, its parts
    sign_offs: bool = True  # a writer's sign-off under the last paragraph ("Viele Grüße", "XX, Die
    # Redaktion", "Euer HansEhrlich"; residue.toml [sign_offs]) is kept, not dropped as a heading over nothing
    announced_links: bool = True  # a link or e-mail address alone under a sentence ending in a colon that
    # announces it ("… unterschreibt bitte alle diese Petition:") is the article's, at its end too
    label_below: bool = True  # a short label ending in a colon right under the body ("Aus dem Inhalt:")
    # over a packed list of short lines is the article's closing list: the body takes it
    sources_below: bool = True  # a sources label right under the body ("Quellen:", "4 References") over
    # lines reading as references (an address, a year, "et al.", a title closed by a stop): the body
    # takes them
    grouped_items: bool = True  # a list closing the body that a line ending in a colon announces goes on
    # over groups set apart below it, each as many short lines as its first ("Crash Room" / "3 Minuten
    # vom S-Bahnhof Ostkreuz" under "Die Biosphäre Potsdam" / "Vom S-Bahnhof Potsdam …")
    postscripts: bool = True  # the writer's postscript just under the body ("PS: Habe zuhause mal den
    # Duschkopf abgeschraubt …"), a subheading between at most, closes the article
    empty_headings: bool = True  # a short label heading over another heading (no numbered one: a step, a
    # day) or closing the body has nothing under it: a dropped box's label ("Zum Artikel", "Email
    # Newsletter") goes
    spaced_lists: bool = True  # a paragraph of the body ending in a colon over three or more short lines
    # each set apart by blank lines, running text below them, announces them: a list ("… in zehn
    # Punkten:" over "Habe Zeit für Träume", "Bleibe stets aktiv", …), not headings over one another
    footnotes: bool = True  # lines right under the body each closing on a link back to where they are
    # cited ("Joachim Hahn, 1991, S. 177 ↩") are its footnotes: the body takes them


SETTINGS = TextSettings()
LineScorer = Callable[["Lines", Rules, Weights], list[float]]
