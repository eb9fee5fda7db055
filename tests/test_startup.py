"""Start-up: a command imports only the heavy libraries its path uses (each costs tens of ms
before a person sees anything)."""

import subprocess
import sys

import pytest

from .conftest import SAMPLE

# numpy (the language model), htmldate (urllib3, ssl, dateutil), bs4 (soupsieve), trafilatura,
# WeasyPrint, pyttsx3, http.client (ssl, email), fontTools (the page's font faces read it)
# and our narration's spoken forms (access.speech: a page without audio speaks nothing)
HEAVY = ("numpy", "htmldate", "bs4", "trafilatura", "weasyprint", "pyttsx3", "http.client",
         "fontTools", "access.speech")


def loaded_after(code: str) -> set[str]:
    """Which of HEAVY a fresh Python holds in sys.modules once ``code`` has run."""
    probe = (f"try:\n    {code}\nexcept SystemExit:\n    pass\n"
             f"import sys\nprint('loaded:', *(m for m in {HEAVY!r} if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=300, check=True)
    return set(result.stdout.splitlines()[-1].split()[1:])


def test_the_command_line_starts_without_heavy_libraries():
    """`access --help`, and every command before it runs."""
    assert loaded_after("import access.cli") == set()


def test_cleaning_copied_text_needs_no_heavy_library():
    """No language model (the text has no block written the other way), no htmldate (no date
    it must read), no decoding beyond UTF-8."""
    code = f"from access.clean.text import clean_text; clean_text(open({str(SAMPLE)!r}).read())"
    assert loaded_after(code) == set()


def test_converting_copied_text_to_a_page_loads_only_the_language_model(tmp_path):
    code = (f"import sys; sys.argv = ['access', 'convert', {str(SAMPLE)!r}, '-f', 'html', "
            f"'-j', '1', '-o', {str(tmp_path)!r}]; from access.cli import main; main()")
    assert loaded_after(code) == {"numpy"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the search runs programs on Linux")
def test_making_a_pdf_starts_no_library_search():
    """WeasyPrint's import ran ldconfig, gcc and ld 54 times (ctypes' find_library for each
    name of its libraries the loader refused): a quarter of a second of CPU per PDF."""
    probe = ("import sys\nstarted = []\n"
             "sys.addaudithook(lambda event, args: started.append(args[1]) "
             "if event == 'subprocess.Popen' else None)\n"
             "from access.render.pdf.weasy import weasyprint\nweasyprint().HTML\nprint(started)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=300, check=True)
    assert result.stdout.strip() == "[]"


def test_two_threads_importing_weasyprint_leave_the_library_search_as_it_was():
    """Two threads importing WeasyPrint at once (two PDFs asked of the web app): each set
    aside the other's stand-in for ``find_library``, and the last put it back for good, so
    the first thread's id (and any later thread given it) found no library ever after."""
    import ctypes.util
    import threading

    from access.render.pdf.weasy import _no_library_search

    search = ctypes.util.find_library
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()

    def first() -> None:
        with _no_library_search():
            first_in.set()
            second_in.wait(timeout=1)  # (the second, if it can, now has its stand-in in place)

    def second() -> None:
        first_in.wait()
        with _no_library_search():
            second_in.set()
            first_out.wait(timeout=5)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    threads[0].join()
    first_out.set()
    threads[1].join()
    assert ctypes.util.find_library is search


def test_a_template_is_compiled_once_not_in_every_process():
    """Jinja compiled the page's templates (55 ms) in every process; the second process to
    render the page reads them compiled from Jinja's cache."""
    probe = ("from access.render.markup import environment\nenv = environment()\n"
             "compiled, compile = [], env.compile\n"
             "env.compile = lambda *args, **kwargs: compiled.append(args) or compile(*args, **kwargs)\n"
             "env.get_template('page.html.j2')\nprint(len(compiled))")
    for _ in range(2):
        result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                                timeout=300, check=True)
    assert result.stdout.strip() == "0"
