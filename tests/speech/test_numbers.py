"""Numbers and times as each language writes them: the Spanish convention by region or by the
number's own shape, times written with a point, ordinals before a noun, phone numbers kept
digit by digit."""

import shutil

import pytest

from access.speech import normalise

from .phonemes import says_as

CASES = [
    # laprensagrafica.com (El Salvador): a count, not "catorce punto cinco siete uno"
    # (and «capturas» is feminine: «quinientas setenta y una capturas»)
    ("es-SV", "14,571 capturas", "catorce mil quinientas setenta y una capturas"),
    ("es", "14,571 capturas", "catorce mil quinientas setenta y una capturas"),  # no region
    ("es-ES", "14.571 capturas", "catorce mil quinientas setenta y una capturas"),
    # latribuna.hn declares es_ES (WordPress's default): no region, the shape says a count
    ("es-ES", "sumas que van desde 5,000", "sumas que van desde cinco mil"),
    ("es", "1,234,567 personas", "un millón doscientas treinta y cuatro mil quinientas sesenta y "
                                 "siete personas"),
    ("es", "1.234,5 km", "mil doscientos treinta y cuatro coma cinco kilómetros"),
    ("es", "1,234.5 km", "mil doscientos treinta y cuatro punto cinco kilómetros"),
    ("es-ES", "3,5 %", "tres coma cinco por ciento"),
    ("es-MX", "3.5 %", "tres punto cinco por ciento"),
    ("es-MX", "$1,234.50", "mil doscientos treinta y cuatro dólares con cincuenta centavos"),
    ("es", "1.234,50 €", "mil doscientos treinta y cuatro euros con cincuenta céntimos"),
    ("es", "13.47 horas", "trece y cuarenta y siete"),
    ("es", "13:47 h", "trece y cuarenta y siete"),
    ("es", "el 3º lugar", "el tercer lugar"),
    ("es", "el 1.º de mayo", "el primero de mayo"),
    ("de", "13.47 Uhr", "dreizehn Uhr siebenundvierzig"),
    ("de", "13:47 Uhr", "dreizehn Uhr siebenundvierzig"),
    ("de", "13 Uhr", "dreizehn Uhr"),
    ("de", "13.47h", "dreizehn Uhr siebenundvierzig"),
    ("de", "um 9.05 Uhr", "um neun Uhr fünf"),
    ("de", "um 9.05 beginnt", "um neun Uhr fünf beginnt"),
    ("de", "stieg um 2.50 Euro", "stieg um zwei Euro fünfzig"),  # an amount, not a time
    ("es", "a las 10.30 de la mañana", "a las diez y treinta de la mañana"),
    ("de", "der 3. Platz", "der dritte Platz"),
    ("de", "zum 2. Mal", "zum zweiten Mal"),
    ("de", "1. Was genau wird gestoppt?", "eins. Was genau wird gestoppt?"),  # a list's number
    ("de", "am 3. Oktober", "am dritten Oktober"),
    ("de", "Tel. 030 12345678", "Telefon null drei null, eins zwei drei vier fünf sechs sieben acht"),
    ("de", "1.234,50 €", "eintausendzweihundertvierunddreißig Euro fünfzig"),
    ("fr", "13h47", "treize heures quarante-sept"),
    ("fr", "13 h 47", "treize heures quarante-sept"),
    ("fr", "3,5 %", "trois virgule cinq pour cent"),
    ("fr", "01 23 45 67 89", "zéro un, vingt-trois, quarante-cinq, soixante-sept, quatre-vingt-neuf"),
    ("en", "1:47 p.m.", "one forty-seven p.m."),
    ("en", "$1,234.50", "one thousand two hundred thirty-four dollars and fifty cents"),
    ("en", "2020–2022", "twenty twenty to twenty twenty-two"),
]


@pytest.mark.parametrize(("lang", "text", "said"), CASES)
def test_numbers_read_as_the_language_and_region_write_them(lang, text, said):
    assert normalise(text, lang) == said


def test_the_region_decides_only_what_the_shape_leaves_open():
    assert normalise("14.571", "es-MX") == "catorce punto cinco siete uno"
    # es-ES and es_LA are no region the table names: on the held-out pages es_ES was declared by
    # 17 Latin American sites and no Spanish one, es_LA (Facebook's) by a Salvadoran one
    count = "catorce mil quinientos setenta y uno"
    assert normalise("14,571", "es-ES") == normalise("14,571", "es-LA") == count
    assert normalise("3.5", "es-ES") == "tres punto cinco"  # the separator as written
    assert normalise("1.234,5", "es-MX") == "mil doscientos treinta y cuatro punto cinco"
    assert normalise("3,5", "es") == "tres coma cinco"  # no region: the separator as written
    assert normalise("0,571", "es") == "cero coma cinco siete uno"


@pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng not installed")
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("es", "14,571 capturas", "catorce mil quinientas setenta y una capturas"),
    ("es", "Solís Sosa, de 21 años", "Solís Sosa, de veintiún años"),
    ("es", "1 millón de euros", "un millón de euros"),
    ("es", "llame al 2222-3333.", "llame al dos dos dos dos, tres tres tres tres."),
    ("de", "1 Million Menschen", "eine Million Menschen"),
    ("es", "1.234,5 km", "mil doscientos treinta y cuatro coma cinco kilómetros"),
    ("de", "13.47 Uhr", "dreizehn Uhr siebenundvierzig"),
    ("de", "der 3. Platz", "der dritte Platz"),
])
def test_the_engine_says_it(lang, text, said):
    assert says_as(text, said, lang)


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
@pytest.mark.parametrize("written", ["1" * 5000, "9" * 40 + " Euro", "$" + "1" * 500,
                                     "1,000,000,000,000,000,000,000,000,000,000 dollars"])
def test_a_number_too_long_to_say_is_read_digit_by_digit(written: str, lang: str) -> None:
    said = normalise(written, lang)  # num2words and int() raised on these
    assert not any(c.isdigit() for c in said) or (lang in ("de", "fr") and "," in written)


# A number before a noun agrees with it (RAE: «un»/«veintiún» before a masculine noun, «una»,
# «veintiuna» and «-ientas» before a feminine one, the gender told by the noun's ending):
# real lines of held-out pages (soy502.com, elespectador.com, tribuna.cu, laprensagrafica.com,
# ultimahora.com, latribuna.hn, nacion.com) and the cases around them.
AGREEMENT = [
    ("de 21 años, quienes", "de veintiún años, quienes"),
    ("961 desplazamientos y 778 desapariciones forzadas",
     "novecientos sesenta y un desplazamientos y setecientas setenta y ocho desapariciones forzadas"),
    ("241 toneladas", "doscientas cuarenta y una toneladas"),
    ("5,901 imputados detenidos", "cinco mil novecientos un imputados detenidos"),
    ("Duarte marcó 229 horas extras", "Duarte marcó doscientas veintinueve horas extras"),
    ("G. 1.121.319.953", "G. mil ciento veintiún millones trescientos diecinueve mil novecientos "
                         "cincuenta y tres"),
    ("hasta 200 mil lempiras", "hasta doscientos mil lempiras"),  # el lempira
    ("4.200 vulnerabilidades", "cuatro mil doscientas vulnerabilidades"),
    ("evaluaron 121 temas", "evaluaron ciento veintiún temas"),  # el tema
    ("Una góndola hace 1 viaje", "Una góndola hace un viaje"),
    ("1 persona", "una persona"), ("21 veces", "veintiuna veces"),
    ("21 periodistas", "veintiún periodistas"),
    ("200.000 personas", "doscientas mil personas"), ("21 mil personas", "veintiún mil personas"),
    ("200 mil personas", "doscientas mil personas"),
    ("31 millones de euros", "treinta y un millones de euros"),
    ("200.200.000 personas", "doscientos millones doscientas mil personas"),
    ("1 £", "una libra"), ("21 €", "veintiún euros"), ("0,21 €", "veintiún céntimos"),
    ("1 km", "un kilómetro"), ("101 años", "ciento un años"),
    # no noun after it: the number as counted aloud
    ("el 1 de mayo", "el primero de mayo"), ("los 21 son", "los veintiuno son"), ("el 1 es", "el uno es"),
    ("21 por ciento", "veintiuno por ciento"), ("3 de 21", "tres de veintiuno"),
    ("en 2021 las ventas", "en dos mil veintiuno las ventas"),
    # a decimal: «uno coma cinco», as a news reader says it, before any noun
    ("1,5 euros", "uno coma cinco euros"),
    ("1,5 millones de personas", "uno coma cinco millones de personas"),
]


@pytest.mark.parametrize(("text", "said"), AGREEMENT)
def test_a_spanish_number_agrees_with_the_noun_it_counts(text, said):
    assert normalise(text, "es") == said


# Two groups of four digits: a phone number (El Salvador, Guatemala, Costa Rica) or an ISSN,
# digit by digit; rising years, round numbers and pages of one hundred are ranges.
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("es", "Tel. 2222-3333", "Tel. dos dos dos dos, tres tres tres tres"),
    ("de", "ISSN: 2197-7437", "ISSN: zwei eins neun sieben, sieben vier drei sieben"),
    ("es", "entre 2010-2015", "entre dos mil diez a dos mil quince"),
    ("es", "2000-3000 personas", "dos mil a tres mil personas"),
    ("en", "pages 1123-1145", "pages eleven twenty-three to eleven forty-five"),
])
def test_four_digits_twice_are_a_phone_number_unless_a_range(lang, text, said):
    assert normalise(text, lang) == said


# German: a number with a point after a noun is that noun's label and the point a sentence's
# end where the noun numbers things or a sentence opens after it (held-out lines: biathlonworld,
# achgut, spiegel.de, travanto.de, iass-potsdam.de); else an ordinal, after a noun too.
@pytest.mark.parametrize(("text", "said"), [
    ("Kapitel 3. Absatz", "Kapitel drei. Absatz"),
    ("kam auf Rang 12. Es war", "kam auf Rang zwölf. Es war"),
    ("Ergebnisse in Abbildung 4. Sie zeigt", "Ergebnisse in Abbildung vier. Sie zeigt"),
    ("ab Seite 49. Leser kritisieren", "ab Seite neunundvierzig. Leser kritisieren"),
    ("der 3. Platz", "der dritte Platz"),
    ("Am 3. Oktober kam er", "Am dritten Oktober kam er"),
    ("mit einem Flexpreis 1. Klasse", "mit einem Flexpreis erste Klasse"),
    ("mit 1 Million Menschen", "mit einer Million Menschen"),
    ("1 Milliarde", "eine Milliarde"),
])
def test_a_german_number_after_a_noun_is_its_label_where_a_sentence_ends(text, said):
    assert normalise(text, "de") == said


# Thousands apart by a space, a no-break or narrow space, or a Swiss apostrophe: one number where
# the language writes it so (held-out lines: tierwelt.ch, infosperber.ch, comparis.ch, be.ch,
# lernpfad, spektrum.de, cubadebate.cu), two where a plain space parts two numbers.
GROUPED = [
    ("de", "Rund 42'800 Unterschriften", "Rund zweiundvierzigtausendachthundert Unterschriften"),
    ("de", "rund 80’000 Franken", "rund achtzigtausend Franken"),
    ("de", "1'396.342 Franken", "eintausenddreihundertsechsundneunzig Komma drei vier zwei Franken"),
    ("de", "CHF 1'396.50", "eintausenddreihundertsechsundneunzig Franken fünfzig"),
    ("de", "mehr als 78 000 Menschen", "mehr als achtundsiebzigtausend Menschen"),
    ("de", "3\u202f500 Einwohner", "dreitausendfünfhundert Einwohner"),
    ("de", "ca. 3 000 000 gibt", "circa drei Millionen gibt"),
    ("es", "alrededor de 6 500 000 personas", "alrededor de seis millones quinientas mil personas"),
    ("es", "10 000 personas", "diez mil personas"),
    ("fr", "3 500 habitants", "trois mille cinq cents habitants"),
    ("fr", "3\u202f500 habitants", "trois mille cinq cents habitants"),
    ("fr", "1’396 francs", "mille trois cent quatre-vingt-seize francs"),
    ("en", "3\u202f500 people", "three thousand five hundred people"),
    ("en", "There are 10 000 members", "There are ten thousand members"),
    # two numbers, not one: a year and a count, a time and a count,
    # a phone number's groups; after the word that gives a phone number, its digits in groups
    ("en", "in 2019 500 people", "in twenty nineteen five hundred people"),
    ("fr", "en 2019 500 personnes", "en deux mille dix-neuf cinq cents personnes"),
    ("de", "09:21 571 Kommentare", "neun Uhr einundzwanzig fünfhunderteinundsiebzig Kommentare"),
    ("de", "+49 221 / 50 800 100",
     "plus neunundvierzig zweihunderteinundzwanzig / fünfzig achthundert einhundert"),
    ("de", "Hotline 116 117", "Hotline eins eins sechs, eins eins sieben"),
    ("fr", "Tél : 71 341 066", "Tél : soixante et onze, trois quatre un, zéro six six"),
]


@pytest.mark.parametrize(("lang", "text", "said"), GROUPED)
def test_thousands_apart_by_spaces_or_apostrophes_are_one_number(lang, text, said):
    assert normalise(text, lang) == said


# Signs, scores and fractions (held-out lines: baechli-bergsport.ch, eishockeynews, oetv.at,
# hassanchef, elavegan, nestle, careelite.de)
SHAPES = [
    ("de", "zwischen -12 und -2 Grad Celsius", "zwischen minus zwölf und minus zwei Grad Celsius"),
    ("fr", "−5 °C", "moins cinq degrés Celsius"),
    ("es", "-3,2 %", "menos tres coma dos por ciento"),
    ("en", "(-50 friendship.)", "(minus fifty friendship.)"),
    ("en", "a Covid -19 update", "a Covid -nineteen update"),  # a hyphen, not a minus
    ("de", "die Jahre 33 -45", "die Jahre dreiunddreißig -fünfundvierzig"),  # no sign after a number
    ("de", "mit 0:3 (0:1, 0:0, 0:2)", "mit null zu drei (null zu eins, null zu null, null zu zwei)"),
    ("de", "Serie 2:2. Am 8. Mai", "Serie zwei zu zwei. Am achten Mai"),
    ("fr", "victoire 2:1", "victoire deux à un"),
    ("es", "ganó 2:1", "ganó dos a uno"),
    ("en", "won 2:1", "won two to one"),
    ("de", "Video 27:37 Min.", "Video siebenundzwanzig:siebenunddreißig Minuten"),  # a length
    ("en", "1978;92:35", "nineteen seventy-eight;ninety-two:thirty-five"),  # volume and page
    ("de", "nur 1/4 aller Ackerflächen", "nur ein Viertel aller Ackerflächen"),
    ("en", "1/3 teaspoon cumin", "one third teaspoon cumin"),
    ("en", "1 1/2 cups", "one and a half cups"),
    ("en", "2½ cups", "two and a half cups"),
    ("fr", "1/4 de finale", "un quart de finale"),
    ("es", "2 ½ litros", "dos y medio litros"),
    ("en", "Python 2/3 native", "Python two/three native"),
    ("en", "21/2", "twenty-one/two"),
]


@pytest.mark.parametrize(("lang", "text", "said"), SHAPES)
def test_signs_scores_and_fractions_read_as_said(lang, text, said):
    assert normalise(text, lang) == said


@pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng not installed")
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("de", "Rund 42'800 Unterschriften", "Rund zweiundvierzigtausendachthundert Unterschriften"),
    ("de", "3 500 Einwohner", "dreitausendfünfhundert Einwohner"),
    ("es", "10 000 personas", "diez mil personas"),
    ("fr", "1’396 francs", "mille trois cent quatre-vingt-seize francs"),
    ("en", "3\u202f500 people", "three thousand five hundred people"),
    ("fr", "-5 °C", "moins cinq degrés Celsius"),
    ("en", "-5 °C", "minus five degrees Celsius"),
    ("de", "mit 2:1 gewonnen", "mit zwei zu eins gewonnen"),
    ("en", "won 2:1", "won two to one"),
    ("fr", "1/3 des élèves", "un tiers des élèves"),
    ("de", "1/3 der Schüler", "ein Drittel der Schüler"),
    ("es", "1/3 de los alumnos", "un tercio de los alumnos"),
])
def test_the_engine_says_the_new_shapes(lang, text, said):
    assert says_as(text, said, lang)


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
@pytest.mark.parametrize("make", [lambda k: "123 " * k + "1", lambda k: "123\u202f" * k + "12",
                                  lambda k: "123'" * k + "12", lambda k: "1 -" * k + "000 000",
                                  lambda k: "1:2:" * k, lambda k: "1 1/2/" * k])
def test_long_runs_of_groups_signs_scores_and_fractions_stay_linear(make, lang):
    """A run of groups tried again from each group took time in its square."""
    import time

    start = time.process_time()
    normalise(make(3000), lang)
    assert time.process_time() - start < 3


# A queen's ordinal is feminine where the language says so, and a name may open with an accent.
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("es", "la reina Isabel II", "la reina Isabel segunda"),
    ("es", "Felipe VI", "Felipe sexto"),
    ("de", "Königin Elizabeth II", "Königin Elizabeth die zweite"),
    ("de", "Ludwig XIV", "Ludwig der vierzehnte"),
    ("fr", "la reine Élisabeth II", "la reine Élisabeth deux"),  # espeak-ng said "deux romain"
    ("fr", "le IIIe Reich", "le troisième Reich"),
])
def test_regnal_numbers_agree_with_a_queen(lang, text, said):
    assert normalise(text, lang) == said


# German marks the ordinal with a full stop: inside the sentence it is said by the words alone
# (left there, the engine paused as at a sentence's end); the sentence's own end stays.
@pytest.mark.parametrize(("text", "said"), [
    ("Elizabeth II. starb 2022.", "Elizabeth die zweite starb zweitausendzweiundzwanzig."),
    ("Papst Benedikt XVI. trat zurück.", "Papst Benedikt der sechzehnte trat zurück."),
    ("Das war Karl III.", "Das war Karl der dritte."),
    ("Karl I. Er war König.", "Karl der erste. Er war König."),
    ("Teil I. beschreibt", "Teil I. beschreibt"),  # no ruler's name: no ordinal
])
def test_a_german_regnal_numbers_full_stop_inside_a_sentence_is_not_said(text, said):
    assert normalise(text, "de") == said


# After the word that gives a phone number, a number is one, said in its groups (real lines of
# held-out pages: bundeskanzleramt.gv.at, msn.com, rheinruhronline.de, nationalrail.co.uk);
# not a count after "number" with a word between, a rate, a year, a count a plural follows.
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("de", "Hotline 116 000 für vermisste Kinder",
     "Hotline eins eins sechs, null null null für vermisste Kinder"),
    ("en", "Only call NHS 111 if", "Only call NHS one one one if"),
    ("de", "Kundenhotline: 01805 – 4444", "Kundenhotline: null eins acht null fünf, vier vier vier vier"),
    ("en", "please call 0800 0158 123 or",
     "please call zero eight zero zero, zero one five eight, one two three or"),
    ("es", "Llame al 116 000.", "Llame al uno uno seis, cero cero cero."),
    ("es", "Superaron en número las 79 000 reuniones",
     "Superaron en número las setenta y nueve mil reuniones"),
    ("de", "die Nummer 750 000", "die Nummer siebenhundertfünfzigtausend"),
    ("en", "we can call 0.17 a rate", "we can call zero point one seven a rate"),
    ("en", "they call 300 reservists", "they call three hundred reservists"),
    ("en", "call 2024 a success", "call twenty twenty-four a success"),
    ("en", "Tel Aviv 300 times", "Tel Aviv three hundred times"),
    ("en", "Call 911 as soon as", "Call nine one one as soon as"),
    ("en", "call 111 this evening", "call one one one this evening"),
    ("de", "Wählen Sie 112 bis Hilfe kommt", "Wählen Sie eins eins zwei bis Hilfe kommt"),
    ("fr", "Appelez le 112 depuis un portable", "Appelez le un un deux depuis un portable"),
    ("fr", "appelez le 112 après", "appelez le un un deux après"),
    ("es", "Llame al 911 después de", "Llame al nueve uno uno después de"),
    ("es", "llamar 300 reservistas", "llamar trescientos reservistas"),
    ("en", "Call 911 24 hours a day", "Call nine one one twenty-four hours a day"),
    ("de", "Notruf 112 24 Stunden am Tag", "Notruf eins eins zwei vierundzwanzig Stunden am Tag"),
    ("de", "Tel.: 0221 / 92 59 61 0", "Telefon: null zwei zwei eins, neun zwei, fünf neun, sechs eins, null"),
])
def test_a_number_after_the_word_that_gives_a_phone_number_is_said_in_its_groups(lang, text, said):
    assert normalise(text, lang) == said


# The leftovers: a sign glued to a bare C or F, ½ before a noun, a split of a hundred, a German
# regnal genitive; and what stays as it was (A-10C a jet, 40-60 a range, ½ of, 2:1 a score).
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "It fell to -10C overnight.", "It fell to minus ten degrees Celsius overnight."),
    ("en", "(−1C)", "(minus one degree Celsius)"),
    ("de", "Nachts -3,5C.", "Nachts minus drei Komma fünf Grad Celsius."),
    ("en", "A-10C jets", "A-10C jets"),
    ("en", "½ mile", "a half mile"),
    ("en", "½ of the way", "one half of the way"),
    ("de", "½ Stunde, ½ Kilo, ½ Liter", "eine halbe Stunde, ein halbes Kilo, ein halber Liter"),
    ("de", "½ der Fläche", "ein halb der Fläche"),
    ("de", "2 ½ Stunden, 1 1/2 Tassen", "zweieinhalb Stunden, eineinhalb Tassen"),
    ("es", "½ litro, ½ hora, ½ de la gente", "medio litro, media hora, un medio de la gente"),
    ("en", "a 60/40 split, 40-60 people, won 2:1",
     "a sixty-forty split, forty to sixty people, won two to one"),
    ("de", "erneut auf 50:50.", "erneut auf fünfzig zu fünfzig."),
    ("en", "joined in 9/91, a 90:10 split, 70-30",
     "joined in nine/ninety-one, a ninety-ten split, seventy-thirty"),
    ("de", "Heinrich VIII.s Frauen", "Heinrich des achten Frauen"),
    ("de", "Elizabeth II.s Sarg", "Elizabeth der zweiten Sarg"),
])
def test_leftover_signs_fractions_splits_and_genitives(lang, text, said):
    assert normalise(text, lang) == said


# The engine says nothing for a § before a number in words (§ zweihundertvierzehn), nor for a
# slash in a season it reads "slash" or "barra"; 24/7 is no fraction (real lines: markeich.de,
# auto.oe24.at, axios.com, jis.gov.jm, diaadia.com.pa)
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("de", "gemäß § 7 Abs.1 TMG", "gemäß Paragraf sieben Absatz eins TMG"),
    ("de", "gem. §5 ECG, §§ 8 bis 10", "gem. Paragraf fünf ECG, Paragrafen acht bis zehn"),
    ("de", "sehr merkwürdige Art. 2008, also", "sehr merkwürdige Art. zweitausendacht, also"),
    ("en", "monitored 24/7.", "monitored twenty-four seven."),
    ("en", "Sectoral Debate 2022/23", "Sectoral Debate twenty twenty-two twenty-three"),
    ("en", "the 2000/01 season", "the two thousand two thousand one season"),
    ("en", "the 1999/00 season", "the nineteen ninety-nine two thousand season"),
    ("de", "die Saison 2007/08", "die Saison zweitausendsieben zweitausendacht"),
    ("en", "Directive 2014/79/EU", "Directive twenty fourteen/seventy-nine/EU"),
    ("es", "Fama: 2022/04/28", "Fama: veintiocho de abril de dos mil veintidós"),
])
def test_paragraph_signs_seasons_and_round_the_clock(lang, text, said):
    assert normalise(text, lang) == said


# Every table says what every pass asks of it: the passes for 3 x 4 m, 5x, 1x and ‰ (written
# in en/de/fr/es) raised KeyError on Italian, Portuguese and Dutch pages, so their audio failed
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("it", "Una stanza di 3 x 4 m, 5x più veloce, 1x al mese, 0,5 ‰",
     "Una stanza di tre per quattro metri, cinque volte più veloce, una volta al mese, "
     "zero virgola cinque per mille"),
    ("pt", "Um quarto de 3 x 4 m, 5x mais rápido, 1x por mês, 0,5 ‰",
     "Um quarto de três por quatro metros, cinco vezes mais rápido, uma vez por mês, "
     "zero vírgula cinco por mil"),
    ("pt-BR", "Um quarto de 3 x 4 m, 5x mais rápido, 1x por mês, 0,5 ‰",
     "Um quarto de três por quatro metros, cinco vezes mais rápido, uma vez por mês, "
     "zero vírgula cinco por mil"),
    ("nl", "Een kamer van 3 x 4 m, 5x sneller, 1x per maand, 0,5 ‰",
     "Een kamer van drie bij vier meter, vijf keer sneller, één keer per maand, nul komma vijf promille"),
])
def test_every_language_says_times_by_and_per_mille(lang, text, said):
    assert normalise(text, lang) == said


# A first name that names a book of the Bible too, before an amount with a decimal comma, is no
# chapter and verse: "Lukas 2,5 Kilo" was "Lukas zwei fünf Kilo", "Marc 2,5 %" "Marc deux cinq %"
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("de", "Lukas 2,5 kg schwerer", "Lukas zwei Komma fünf Kilogramm schwerer"),
    ("de", "Johannes 1,5 Mio. Euro", "Johannes eins Komma fünf Millionen Euro"),
    ("fr", "Marc 2,5 %", "Marc deux virgule cinq pour cent"),
    ("es", "Marcos 2,5 millones", "Marcos dos coma cinco millones"),
    ("de", "Wie es in Joh 3,16 heißt, Lk 19,45-48.",
     "Wie es in Johannes drei sechzehn heißt, Lukas neunzehn "
     "fünfundvierzig bis achtundvierzig."),
])
def test_a_name_before_a_decimal_amount_is_no_verse(lang, text, said):
    assert normalise(text, lang) == said


# A bare C or F glued to two or three digits is a temperature (35C, 400F), but not a seat's,
# a gate's or a room's letter, nor a freighter's F after a type number (a range goes up): those
# stay as written, as before the bare form was read
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "He sat in seat 23F by the window.", "He sat in seat 23F by the window."),
    ("en", "Gate 22C at Heathrow, room 101F", "Gate 22C at Heathrow, room 101F"),
    ("en", "a Boeing 747-400F freighter", "a Boeing seven forty-seven-400F freighter"),
    ("de", "Sitz 23F am Fenster", "Sitz 23F am Fenster"),
    ("en", "It was 30-35C, oven at 375-400F.",
     "It was thirty to thirty-five degrees Celsius, oven at three hundred seventy-five to four hundred "
     "degrees Fahrenheit."),
])
def test_a_seat_or_a_type_number_is_no_temperature(lang, text, said):
    assert normalise(text, lang) == said


# (67) 3316-7200 is a Brazilian phone number; a numbered item before a span of years is not
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "Items (10) 1998-2002 list", "Items (ten) nineteen ninety-eight to two thousand two list"),
    ("pt", "Tel. (11) 98765-4321", "Tel. um um, nove oito sete seis cinco, quatro três dois um"),
])
def test_a_span_of_years_after_a_bracketed_number_is_no_phone(lang, text, said):
    assert normalise(text, lang) == said
@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "The number a number of twenty thousand one digits, and"),
    ("fr", "The number un nombre de vingt mille un chiffres, and"),
    ("de", "The number eine Zahl mit zwanzigtausendeins Ziffern, and"),
])
def test_a_number_too_long_to_read_out_is_said_by_its_length(lang, expected):
    """A hostile page's 20,001-digit number was read digit by digit: twenty thousand words,
    an hour and a half of audio (100,000 digits: nine hours, 2.9 GB). One of 40 digits is
    still read out, after a word that gives a phone number too."""
    assert normalise("The number 1" + "0" * 20_000 + ", and", lang) == expected
    forty = "1234567890" * 4
    assert normalise(f"The number {forty}.", "en") == (
        "The number " + " ".join(normalise(d, "en") for d in forty) + ".")


# A count of parts before an initialism is how many, not how many times ("1x HDMI" was "once
# HDMI"); before any other word the x stays "times"
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "Ports: 1x HDMI, 2x USB-C.", "Ports: one HDMI, two USB-C."),
    ("en", "It is 5x faster, up to 10x More", "It is five times faster, up to ten times More"),
    ("de", "Anschlüsse: 2x USB, 3x täglich", "Anschlüsse: zwei USB, drei mal täglich"),
    ("it", "2x HDMI, 1x al mese", "due HDMI, una volta al mese"),
])
def test_a_count_of_parts_before_an_initialism_is_no_times(lang, text, said):
    assert normalise(text, lang) == said


# A count before a capitalised noun opening a list's item is how many (one agreeing with the
# noun); after a verb, or before no noun, the x stays "mal"
@pytest.mark.parametrize(("text", "said"), [
    ("Lieferumfang: 1x Fernbedienung, 1x Netzteil, 2x Batterien",
     "Lieferumfang: eine Fernbedienung, ein Netzteil, zwei Batterien"),
    ("Er war 3x Weltmeister, 1x täglich", "Er war drei mal Weltmeister, einmal täglich"),
    ("Maximale Teilnahmen: 1x Pro Haushalt", "Maximale Teilnahmen: einmal Pro Haushalt"),
])
def test_a_count_of_items_in_a_list_is_how_many(text, said):
    assert normalise(text, "de") == said


# A year's noun abbreviated (r., г.) said in words keeps the sentence's full stop it ended
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("pl", "W 1989 r. Potem", "W tysiąc dziewięćset osiemdziesiątym dziewiątym roku. Potem"),
    ("pl", "W 1989 r. i potem", "W tysiąc dziewięćset osiemdziesiątym dziewiątym roku i potem"),
    ("ru", "Это было 5 мая 2024 г.", "Это было пятого мая две тысячи двадцать четвёртого года."),
])
def test_a_year_mark_ending_a_sentence_keeps_its_full_stop(lang, text, said):
    assert normalise(text, lang) == said


# Slavic counts take one of three forms (and a fraction's), the number agreeing with a feminine noun
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("pl", "1 zł, 2 zł, 5 zł, 22 zł, 12 zł", "jeden złoty, dwa złote, pięć złotych, dwadzieścia dwa złote, "
     "dwanaście złotych"),
    ("pl", "2,5 mln zł", "dwa przecinek pięć miliona złotych"),
    ("ru", "21 руб, 22 руб, 11 руб", "двадцать один рубль, двадцать два рубля, одиннадцать рублей"),
    ("ru", "2 тыс. руб", "две тысячи рублей"),
])
def test_slavic_counts_take_the_form_the_number_calls_for(lang, text, said):
    assert normalise(text, lang) == said


# 1 before a German noun is its article (in the case the word before calls for), but a label's
# number stays "eins"; a Polish ruler's ordinal takes his name's case; a leading zero is said
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("de", "Mit 1 Tor Vorsprung, innerhalb 1 Stunde", "Mit einem Tor Vorsprung, innerhalb einer Stunde"),
    ("de", "den Kuchen 1 Std. ruhen lassen", "den Kuchen eine Stunde ruhen lassen"),
    ("de", "Bezirk 1 Heilbronn-Franken, Kapitel 1 Abschnitt 2",
     "Bezirk eins Heilbronn-Franken, Kapitel eins Abschnitt zwei"),
    ("de", "1 Dazu zählen, #1 Regenbogen", "eins Dazu zählen, #eins Regenbogen"),
    ("de", "Sie trainiert 3x Yoga. Im Paket sind 2x Batterien.",
     "Sie trainiert drei mal Yoga. Im Paket sind zwei Batterien."),
    ("pl", "Syn Mieszka I, z Elżbietą II, Janowi Pawłowi II",
     "Syn Mieszka pierwszego, z Elżbietą drugą, Janowi Pawłowi drugiemu"),
    ("pl", "Jan Paweł II", "Jan Paweł drugi"),
    ("de", "Agent 007, Mai 05", "Agent null null sieben, Mai fünf"),
    ("en", "watch in 1080p, won 10 in a row, 09-12", "watch in 1080p, won ten in a row, nine to twelve"),
    ("en", "a 4x100m relay, 0x08", "a four by one hundred meters relay, 0x08"),
])
def test_counts_names_and_zeros_said_as_people_say_them(lang, text, said):
    assert normalise(text, lang) == said


# A short year's apostrophe opens a quotation only where the next quote mark closes one: the
# held-out dailymail page's "her '20 chins'" (a closing quote after an s), and not a quotation's
# close further on in the sentence ('new' below)
@pytest.mark.parametrize(("text", "said"), [
    ("at her '20 chins' and", "at her 'twenty chins' and"),
    ("He joined in '78 and left in '85 for the 'new' team.",
     "He joined in seventy-eight and left in eighty-five for the 'new' team."),
    ("He was born in '78.", "He was born in seventy-eight."),
])
def test_a_short_year_is_no_quotations_opening_unless_the_next_quote_closes_it(text, said):
    assert normalise(text, "en") == said


def test_a_run_of_short_years_stays_linear():
    """Each short year looked for a closing quote in the whole rest of the sentence: 100 kB of
    "'12 " took a minute."""
    import time

    start = time.process_time()
    normalise("'12 " * 25_000, "en")
    assert time.process_time() - start < 5


def test_a_video_resolution_written_with_a_thousands_comma_is_no_pence():
    """Readability's engadget page: "I play at 1,440p (2,560 by 1,440 pixels)"."""
    assert normalise("Typically, I play at 1,440p (2,560", "en") == \
        "Typically, I play at 1,440p (two thousand five hundred sixty"


# The pronoun I after a name listed for its rulers (Christian, Oscar, David: listed since the
# speech4 merge) is no "the first": the verbs only the first person says so tell it
@pytest.mark.parametrize(("text", "said"), [
    ("As a Christian I believe in God.", "As a Christian I believe in God."),
    ("Thank you David I love it, Robert I'm sure.", "Thank you David I love it, Robert I'm sure."),
    ("The Book I Love", "The Book I Love"),
    ("Henry I was king; Elizabeth I never married.",
     "Henry the first was king; Elizabeth the first never married."),
    ("World War I ended.", "World War one ended."),
])
def test_the_pronoun_i_after_a_rulers_name_is_no_numeral(text, said):
    assert normalise(text, "en") == said


def test_a_spanish_min_after_a_number_is_its_unit_not_the_minute_of_a_match():
    """«min.» before a number is the match's minute (en el min. 90); after one it is the unit,
    plural, its full stop kept («minuto treinta» was said for «10 min. 30 s»)."""
    assert normalise("en 10 min. 30 s y en el min. 90", "es") == \
        "en diez minutos. treinta s y en el minuto noventa"


def test_the_usa_is_not_the_us_and_a_letter():
    """speech4's "U.S." → "US" matched inside "U.S.A." ("the US A.")."""
    assert normalise("born in the U.S.A. and raised in the U.S.", "en") == \
        "born in the USA and raised in the US."


def test_a_time_glued_to_pm_is_no_pence():
    """speech4's glued units read "7p.m." as "seven pence.m."."""
    assert normalise("Join us at 7p.m. on Friday, or 10a.m.", "en") == \
        "Join us at 7p.m. on Friday, or 10a.m."


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_long_dotted_token_stays_linear(lang):
    """A ruler's name was looked for from every word start inside one long token of words and
    full stops (a hostile page's "Abcstr.Abcstr.…"), each run to the token's end: 100 kB took
    15 s."""
    import time

    start = time.process_time()
    normalise("Abcstr." * 14_000, lang)
    assert time.process_time() - start < 5


def test_a_long_run_of_german_grouped_digits_without_a_percent_sign_stays_linear():
    """The percent pattern read a whole "9.309.309…" run (a German grouped number) from every
    digit before failing for want of a "%": 32 kB took 15 s."""
    import time

    start = time.process_time()
    normalise("9.30" * 8_000, "de")
    assert time.process_time() - start < 5
