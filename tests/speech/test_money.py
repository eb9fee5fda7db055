"""Amounts written with a currency word after them (12,80 Euro, 14,90 Euro, 12.80 dollars) are
money, said with the currency's word and its cents, as amounts with a symbol already were; a
currency word before a number is not ("Euro 2024" is a football championship)."""

import shutil

import pytest

from access.speech import normalise

from .phonemes import says_as

CASES = [
    # paywall-offer.html (a German news site's subscription offer)
    ("de", "1,00 EUR im 1. Monat, danach 12,80 EUR / Monat",
     "ein Euro im ersten Monat, danach zwölf Euro achtzig pro Monat"),
    ("de", "135,00 EUR / Jahr", "einhundertfünfunddreißig Euro pro Jahr"),
    ("de", "Der Eintritt kostet 1,00 Euro.", "Der Eintritt kostet einen Euro."),
    ("de", "Schon mit 1,50 Euro hilfst du.", "Schon mit einem Euro fünfzig hilfst du."),
    # copied pages: a donation call, a book review, a museum's prices (a decimal point)
    ("de", "Bereits mit 2,50 Euro, kannst du unsere Arbeit unterstützen",
     "Bereits mit zwei Euro fünfzig, kannst du unsere Arbeit unterstützen"),
    ("de", "Das Buch ist im dtv Verlag erschienen, 14,90 Euro.",
     "Das Buch ist im dtv Verlag erschienen, vierzehn Euro neunzig."),
    ("de", "13.50 Euro, ermäßigt 12 Euro", "dreizehn Euro fünfzig, ermäßigt zwölf Euro"),
    ("de", "Der Preis stieg um 2.50 Euro.", "Der Preis stieg um zwei Euro fünfzig."),
    ("de", "Eintritt: 69,00 €/Person", "Eintritt: neunundsechzig Euro pro Person"),
    ("de", "die Kirchengemeinde muss 450 000 Euro selbst tragen",
     "die Kirchengemeinde muss vierhundertfünfzigtausend Euro selbst tragen"),
    ("de", "ein Zuschuss von 0,50 Euro", "ein Zuschuss von fünfzig Cent"),
    ("de", "EUR 12,80", "zwölf Euro achtzig"),
    ("de", "CHF 12.80", "zwölf Franken achtzig"),
    ("de", "12,80 Franken", "zwölf Franken achtzig"),
    ("de", "Das kostet 1 Mio. Euro.", "Das kostet eine Million Euro."),
    ("de", "mit 1 Mio. Euro", "mit einer Million Euro"),
    ("de", "1 Euro", "ein Euro"),
    # unchanged: a scale, and the championship
    ("de", "Die Hilfe beträgt 5,5 Mrd. Euro.", "Die Hilfe beträgt fünf Komma fünf Milliarden Euro."),
    ("de", "mit 700 Millionen Euro", "mit siebenhundert Millionen Euro"),
    ("de", "Die Euro 2024 beginnt.", "Die Euro zweitausendvierundzwanzig beginnt."),
    ("fr", "Le billet coûte 12,80 euros.", "Le billet coûte douze euros quatre-vingts."),
    ("fr", "1,00 euro", "un euro"),
    ("fr", "12,50 francs", "douze francs cinquante"),
    ("es", "La entrada cuesta 12,80 euros.",
     "La entrada cuesta doce euros con ochenta céntimos."),
    ("es", "1,00 euros", "un euro"),
    ("es", "La multa es de 21 euros.", "La multa es de veintiún euros."),
    ("es", "31,21 €", "treinta y un euros con veintiún céntimos"),
    ("es-MX", "12.80 pesos", "doce pesos con ochenta centavos"),
    ("en", "It costs 12.80 euros.", "It costs twelve euros and eighty cents."),
    ("en", "3.50 dollars", "three dollars and fifty cents"),
    ("en", "$0.50", "fifty cents"),
    ("en", "Add 2.25 pounds of flour.", "Add two point two five pounds of flour."),  # a weight
]


@pytest.mark.parametrize(("lang", "text", "said"), CASES)
def test_an_amount_before_a_currency_word_is_money(lang, text, said):
    assert normalise(text, lang) == said


@pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng not installed")
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("de", "danach 12,80 EUR / Monat", "danach zwölf Euro achtzig pro Monat"),
    ("de", "Der Eintritt kostet 1,00 Euro.", "Der Eintritt kostet einen Euro."),
    ("de", "Schon mit 1,50 Euro hilfst du.", "Schon mit einem Euro fünfzig hilfst du."),
    ("de", "Der Preis stieg um 2.50 Euro.", "Der Preis stieg um zwei Euro fünfzig."),
    ("fr", "12,80 euros", "douze euros quatre-vingts"),
])
def test_the_engine_says_it(lang, text, said):
    assert says_as(text, said, lang)


def test_a_german_pound_is_a_weight_unless_written_as_the_currency() -> None:
    assert "Pfund fünfzig" not in normalise("2,50 Pfund Äpfel", "de")
