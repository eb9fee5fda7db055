"""The text cleaner scored on the 116 dev pages with the team's score.py; a drop fails the suite."""

import pytest

from benchmarks.devscore import SCORER, predict, score
from tests.conftest import DEV_REASON

# The figure reached: `python -m benchmarks.devscore text`. A fall of more than .01 below it fails.
REACHED_F1 = 0.949


@pytest.mark.skipif(not SCORER.exists(), reason=DEV_REASON)
def test_text_dev_f1_holds(tmp_path):
    predict("text", tmp_path)
    figures = score(tmp_path)
    assert figures["empty"] == 0
    assert figures["f1"] >= REACHED_F1 - 0.01, figures
