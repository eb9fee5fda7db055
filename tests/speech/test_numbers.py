"""Numbers and times as each language writes them: the Spanish convention by region or by the
number's own shape, times written with a point, ordinals before a noun, phone numbers kept
digit by digit."""

import shutil

import pytest

from access.speech import normalise

from .phonemes import says_as

CASES = [
    # laprensagrafica.com (El Salvador): a count, not "catorce punto cinco siete uno"
    ("es-SV", "14,571 capturas", "catorce mil quinientos setenta y uno capturas"),
    ("es", "14,571 capturas", "catorce mil quinientos setenta y uno capturas"),  # no region
    ("es-ES", "14.571 capturas", "catorce mil quinientos setenta y uno capturas"),
    ("es-ES", "una caída del 14,571 por mil", "una caída del catorce coma cinco siete uno por mil"),
    ("es", "1,234,567 personas", "un millón doscientos treinta y cuatro mil quinientos sesenta y "
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
    ("en", "$1,234.50", "one thousand, two hundred thirty-four dollars and fifty cents"),
    ("en", "2020–2022", "twenty twenty to twenty twenty-two"),
]


@pytest.mark.parametrize(("lang", "text", "said"), CASES)
def test_numbers_read_as_the_language_and_region_write_them(lang, text, said):
    assert normalise(text, lang) == said


def test_the_region_decides_only_what_the_shape_leaves_open():
    assert normalise("14.571", "es-MX") == "catorce punto cinco siete uno"
    assert normalise("14,571", "es-ES") == "catorce coma cinco siete uno"
    assert normalise("1.234,5", "es-MX") == "mil doscientos treinta y cuatro punto cinco"
    assert normalise("3,5", "es") == "tres coma cinco"  # no region: the separator as written
    assert normalise("0,571", "es") == "cero coma cinco siete uno"


@pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng not installed")
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("es", "14,571 capturas", "catorce mil quinientos setenta y uno capturas"),
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
