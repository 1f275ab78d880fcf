"""Offline: with every network call (connect, send, name lookup) blocked before hindi_brief is imported, the default
pipeline (embedded tagger + ranking) and the Stanza backend on our shipped model still run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hindi_brief.resources import models_dir

ROOT = Path(__file__).resolve().parent.parent

# Blocks the network first, then imports and runs hindi_brief; prints a JSON report.
SCRIPT = r"""
import json, socket, sys

attempts = []

def blocked(*args, **kwargs):
    attempts.append(repr(args)[:200])
    raise OSError("network access blocked by tests/test_offline.py")

# Creating or binding a socket is not network use (urllib3 probes IPv6 support at import by
# binding one to ::1); reaching out is: connecting, sending, resolving names.
class NoNetSocket(socket.socket):
    def connect(self, *args, **kwargs):
        blocked("connect", *args)

    def connect_ex(self, *args, **kwargs):
        blocked("connect_ex", *args)

    def sendto(self, *args, **kwargs):
        blocked("sendto", *args)

    def sendmsg(self, *args, **kwargs):
        blocked("sendmsg", *args)

socket.socket = NoNetSocket
for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
    setattr(socket, name, blocked)

from pathlib import Path
import hindi_brief as hb

what = sys.argv[1]
texts = [p.read_text(encoding="utf-8") for p in sorted(Path("seeds").glob("*.txt"))]
report = {"what": what}
nlp = hb.Pipeline(tagger=what)
docs = [nlp(t) for t in texts]
report["tagged_tokens"] = sum(1 for d in docs for t in d.tokens if t.pos)
report["tokens"] = sum(len(d.tokens) for d in docs)
try:
    from hindi_brief.rank import make_brief  # noqa: F401
except ImportError:
    report["briefs"] = None
else:
    briefs = [nlp.brief(d) for d in docs]
    report["briefs"] = [[len(b.summary), len(b.keywords)] for b in briefs]
report["attempts"] = attempts
print(json.dumps(report))
"""


def run_offline(what: str, tmp_path: Path) -> dict:
    env = dict(os.environ)
    # No official Stanza models and no home directory to find any in: the shipped model is used.
    env.update(HOME=str(tmp_path), STANZA_RESOURCES_DIR=str(tmp_path / "stanza_resources"),
               HF_HUB_OFFLINE="1", NO_PROXY="*")
    proc = subprocess.run([sys.executable, "-c", SCRIPT, what], capture_output=True, cwd=ROOT, env=env,
                          check=False, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-3000:]
    return json.loads(proc.stdout.decode("utf-8").strip().splitlines()[-1])


def test_the_blocker_really_blocks(tmp_path: Path) -> None:
    code = SCRIPT.split("from pathlib import Path")[0] + (
        "import urllib.request\n"
        "try:\n    urllib.request.urlopen('http://example.com', timeout=5)\nexcept OSError as e:\n    print('blocked', e)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert "blocked" in proc.stdout, proc.stderr


def test_default_pipeline_runs_without_network(tmp_path: Path) -> None:
    if not (models_dir() / "embedded").is_dir() or not any((models_dir() / "embedded").iterdir()):
        pytest.skip("models/embedded is not in this checkout yet")
    report = run_offline("embedded", tmp_path)
    assert report["attempts"] == []
    assert report["tokens"] > 500 and report["tagged_tokens"] == report["tokens"]
    if report["briefs"] is not None:
        assert all(n_sent >= 1 and n_kw >= 1 for n_sent, n_kw in report["briefs"])


def test_untagged_pipeline_and_briefs_run_without_network(tmp_path: Path) -> None:
    report = run_offline("none", tmp_path)
    assert report["attempts"] == [] and report["tokens"] > 500
    if report["briefs"] is not None:
        assert all(n_sent >= 1 and n_kw >= 1 for n_sent, n_kw in report["briefs"])


def test_stanza_backend_on_the_shipped_model_runs_without_network(tmp_path: Path) -> None:
    pytest.importorskip("stanza", reason="the stanza extra is not installed (pip install 'hindi-brief[stanza]')")
    if not (models_dir() / "stanza-hi").is_dir():
        pytest.skip("models/stanza-hi is not in this checkout yet")
    report = run_offline("stanza", tmp_path)
    assert report["attempts"] == []
    assert report["tokens"] > 500 and report["tagged_tokens"] == report["tokens"]
