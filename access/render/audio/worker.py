"""The child process that speaks one run of sentences: ``python -m access.render.audio.worker``.

espeak-ng aborts the process on some texts (a stack overflow, a failed buffer check), so the
engine speaks in a process of its own: a crash ends only that process, never the conversion
(or the server) that started it. It reads ``(EngineSpec, texts)`` pickled on stdin and writes,
pickled on stdout, the engine's sample rate, then each sentence's PCM as soon as it is spoken;
an error that stops it is written as the exception."""

from __future__ import annotations

import os
import pickle
import signal
import sys

from access.render.audio.engines import build


def main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which stops us
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # what a library prints goes to stderr, never among the clips
    spec, texts = pickle.load(sys.stdin.buffer)
    try:
        engine = build(spec)
        pickle.dump(engine.sample_rate, out)
        out.flush()
        for text in texts:
            pickle.dump(engine.synthesize(text), out, protocol=pickle.HIGHEST_PROTOCOL)
            out.flush()
        if close := getattr(engine, "close", None):
            close()
    except Exception as error:  # raised again in the parent, in its own thread
        pickle.dump(error, out)
    out.close()


if __name__ == "__main__":
    main()
