"""A private copy of libespeak-ng for each engine, so that every engine starts clean.

espeak-ng keeps state in static variables: its pitch flutter runs on from one utterance to the
next, even across espeak_Terminate and a new espeak_Initialize, so the same sentence comes out a
few samples different later in a process. A library loaded from its own copy of the file has
its own statics: an engine built on it speaks exactly as the first engine of a fresh process
would, whatever the process loaded or spoke before."""

from __future__ import annotations

import ctypes
import os
import shutil
import tempfile
from functools import cache
from pathlib import Path

from access.errors import AccessError

LIBRARY_NAME = "libespeak-ng"
BUFFER_MS = 1000  # as pyttsx3's driver initialises it; only the callback's chunking depends on it


@cache
def library_path() -> Path:
    """The file of the libespeak-ng that pyttsx3 loaded into this process."""
    from pyttsx3.drivers import _espeak

    if not _espeak.dll:
        raise AccessError("no speech engine: espeak-ng is not installed; run: apt-get install "
                          "espeak-ng (or make demo)")
    for line in Path("/proc/self/maps").read_text().splitlines():
        path = line.split(maxsplit=5)[-1]
        if Path(path).name.startswith(LIBRARY_NAME):
            return Path(path)
    raise AccessError("cannot find the libespeak-ng file to load a clean copy of it")


class PrivateEspeak:
    """espeak-ng's C API on a copy of the library that nobody else in the process shares.

    Method names and arguments follow pyttsx3's ``_espeak`` module, whose constants, EVENT
    structure and callback type it reuses."""

    def __init__(self) -> None:
        from pyttsx3.drivers import _espeak

        self._api = _espeak
        folder = tempfile.mkdtemp(prefix="access-espeak-")
        try:
            copy = Path(folder) / library_path().name
            shutil.copyfile(library_path(), copy)
            self._lib = ctypes.CDLL(str(copy), mode=os.RTLD_LOCAL)
        finally:
            shutil.rmtree(folder, ignore_errors=True)  # the mapping outlives the file
        self._lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p,
                                                ctypes.c_int]
        self._lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        self._lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        self._lib.espeak_SetSynthCallback.argtypes = [_espeak.t_espeak_callback]
        self._lib.espeak_Synth.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint,
                                           ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
                                           ctypes.c_void_p, ctypes.c_void_p]
        if self._lib.espeak_Initialize(_espeak.AUDIO_OUTPUT_RETRIEVAL, BUFFER_MS, None, 0) < 0:
            raise AccessError("espeak-ng did not start; reinstall espeak-ng-data")
        self._callback = None

    def __getattr__(self, name: str):
        return getattr(self._api, name)  # constants: EE_OK, RATE, EVENT_*, flags

    def SetVoiceByName(self, name: bytes) -> int:
        return self._lib.espeak_SetVoiceByName(name)

    def SetParameter(self, parameter: int, value: int, relative: int) -> int:
        return self._lib.espeak_SetParameter(parameter, value, relative)

    def SetSynthCallback(self, callback) -> None:
        self._callback = self._api.t_espeak_callback(callback)  # kept alive while in use
        self._lib.espeak_SetSynthCallback(self._callback)

    def Synth(self, text: bytes, flags: int) -> int:
        return self._lib.espeak_Synth(text, len(text) + 1, 0, self._api.POS_CHARACTER, 0, flags,
                                      None, None)

    def close(self) -> None:
        """Stop espeak-ng's thread and free its data; the copy's code stays mapped (a few
        hundred kB), as unloading a library whose thread may still be returning is unsafe."""
        self._lib.espeak_Terminate()
