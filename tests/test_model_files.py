"""Model files: a SHA-256 manifest, clear errors for truncated or altered files, and no pickle anywhere."""

from __future__ import annotations

import ast
import json
import pickle
import shutil
from pathlib import Path

import pytest

import hindi_brief
from hindi_brief import ModelError
from hindi_brief import manifest as mf
from hindi_brief.training.manifest import main as manifest_command
from hindi_brief.resources import model_path, models_dir
from strategies import has_rank, pipeline

PACKAGE = Path(hindi_brief.__file__).resolve().parent
SHIPPED = models_dir()


def listed() -> dict[str, dict]:
    return json.loads((SHIPPED / mf.MANIFEST).read_text(encoding="utf-8"))["files"]


@pytest.fixture
def models_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped models, made the active models folder."""
    root = tmp_path / "models"
    shutil.copytree(SHIPPED, root)
    monkeypatch.setenv("HINDI_BRIEF_MODELS", str(root))
    return root


def test_shipped_models_match_their_manifest() -> None:
    assert mf.check_manifest(SHIPPED) == [], "run `python -m hindi_brief.training.manifest --write` after changing models/"
    assert listed(), "the manifest lists no files"
    assert manifest_command(["--models", str(SHIPPED)]) == 0


def test_manifest_is_rebuilt_byte_for_byte(models_copy: Path) -> None:
    before = (models_copy / mf.MANIFEST).read_bytes()
    mf.write_manifest(models_copy)
    assert (models_copy / mf.MANIFEST).read_bytes() == before
    for rel, entry in listed().items():
        assert len(entry["sha256"]) == 64 and entry["size"] == (SHIPPED / rel).stat().st_size


@pytest.mark.parametrize("rel", sorted(listed()))
def test_truncated_file_is_named_with_the_fix(models_copy: Path, rel: str) -> None:
    path = models_copy / rel
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    top = rel.split("/")[0]
    with pytest.raises(ModelError) as info:
        model_path(top)  # what loaders ask for: the file or its folder
    message = str(info.value)
    assert str(path) in message and "truncated" in message
    assert "git checkout -- models/" in message and "pip install --force-reinstall hindi-brief" in message
    with pytest.raises(ModelError, match="truncated"):
        model_path(*rel.split("/"))


@pytest.mark.parametrize("rel", sorted(listed()))
def test_altered_file_of_the_same_size_is_named(models_copy: Path, rel: str) -> None:
    path = models_copy / rel
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="altered: its SHA-256 differs") as info:
        model_path(*rel.split("/"))
    assert str(path) in str(info.value)
    assert manifest_command(["--models", str(models_copy)]) == 1


def test_missing_and_unlisted_files(models_copy: Path) -> None:
    rel = next(r for r in sorted(listed()) if "/" in r)  # a file inside a model folder
    folder = rel.split("/")[0]
    (models_copy / folder / "extra.bin").write_bytes(b"\x80\x04surprise")
    with pytest.raises(ModelError, match="extra.bin is not listed in"):
        model_path(folder)
    (models_copy / folder / "extra.bin").unlink()
    (models_copy / rel).unlink()
    with pytest.raises(ModelError, match="missing"):
        model_path(folder)


def test_manifest_required_for_shipped_models_only(models_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rel = sorted(listed())[0]
    (models_copy / mf.MANIFEST).unlink()
    # A user's own models folder without a manifest is theirs: not verified.
    assert model_path(*rel.split("/")) == models_copy / rel
    # The shipped folder must carry its manifest.
    with pytest.raises(ModelError, match="MANIFEST.json is missing"):
        mf.verify(models_copy / rel, models_copy, required=True)
    (models_copy / mf.MANIFEST).write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match="unreadable"):
        model_path(*rel.split("/"))


def test_verified_once_then_only_when_changed(models_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rel = max(listed(), key=lambda r: listed()[r]["size"])
    calls: list[Path] = []
    real = mf.sha256
    monkeypatch.setattr(mf, "sha256", lambda p: calls.append(p) or real(p))
    for _ in range(3):
        model_path(*rel.split("/"))
    assert calls == [models_copy / rel]
    path = models_copy / rel
    path.write_bytes(path.read_bytes()[:-1])
    with pytest.raises(ModelError, match="truncated"):
        model_path(*rel.split("/"))


@pytest.mark.skipif(not has_rank(), reason="hindi_brief.rank (briefs) is not in this checkout yet")
def test_a_loader_reports_a_truncated_file_it_uses(models_copy: Path, seed000: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from hindi_brief import Pipeline
    from hindi_brief.rank import weights

    path = models_copy.joinpath(*weights.DF_FILE)
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(ModelError, match=f"{path.name} is truncated"):
        Pipeline(tagger="none").brief(seed000)


def test_embedded_tagger_reports_a_truncated_file(models_copy: Path) -> None:
    pipeline("embedded")  # skips with the reason when the model is not in this checkout
    from hindi_brief import Pipeline

    victim = next(p for p in sorted((models_copy / "embedded").iterdir()) if p.suffix in (".npz", ".json"))
    victim.write_bytes(victim.read_bytes()[:10])
    with pytest.raises(ModelError, match=f"{victim.name} is truncated"):
        Pipeline(tagger="embedded")("पहला वाक्य है।")


# -- no pickle ---------------------------------------------------------------------------------

_FORBIDDEN_MODULES = {"pickle", "cPickle", "_pickle", "joblib", "dill", "cloudpickle", "shelve", "marshal"}


def _calls(tree: ast.AST) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call)]


def _name(func: ast.expr) -> str:
    parts = []
    while isinstance(func, ast.Attribute):
        parts.append(func.attr)
        func = func.value
    if isinstance(func, ast.Name):
        parts.append(func.id)
    return ".".join(reversed(parts))


def _kw(call: ast.Call, name: str) -> object:
    for kw in call.keywords:
        if kw.arg == name:
            return kw.value.value if isinstance(kw.value, ast.Constant) else "<expr>"
    return None


def test_no_pickle_or_joblib_load_anywhere_in_the_package() -> None:
    sources = sorted(PACKAGE.rglob("*.py"))
    assert len(sources) > 10
    problems = []
    for path in sources:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        where = path.relative_to(PACKAGE.parent)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                problems += [f"{where}:{node.lineno} imports {a.name}" for a in node.names if a.name.split(".")[0] in _FORBIDDEN_MODULES]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in _FORBIDDEN_MODULES:
                problems.append(f"{where}:{node.lineno} imports from {node.module}")
        for call in _calls(tree):
            name = _name(call.func)
            if name.endswith("read_pickle") or name.endswith("pickle.load") or name.endswith("pickle.loads"):
                problems.append(f"{where}:{call.lineno} calls {name}")
            if name in ("np.load", "numpy.load") and _kw(call, "allow_pickle") not in (None, False):
                problems.append(f"{where}:{call.lineno} np.load with allow_pickle={_kw(call, 'allow_pickle')}")
            if name.endswith("torch.load") and _kw(call, "weights_only") is not True:
                problems.append(f"{where}:{call.lineno} torch.load without weights_only=True")
    assert problems == []


def test_loading_the_default_models_never_unpickles(monkeypatch: pytest.MonkeyPatch, seed000: str) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a model file was unpickled")

    for name in ("load", "loads", "Unpickler"):
        monkeypatch.setattr(pickle, name, refuse)
    from hindi_brief import Pipeline

    if not (SHIPPED / "embedded").is_dir():
        pytest.skip("models/embedded is not in this checkout yet")
    nlp = Pipeline()  # the default, embedded tagger (loads its model on first use)
    doc = nlp(seed000)
    assert all(t.pos for t in doc.tokens)
    if has_rank():
        assert nlp.brief(doc).keywords


def test_stanza_loads_torch_files_with_weights_only(monkeypatch: pytest.MonkeyPatch) -> None:
    torch = pytest.importorskip("torch", reason="the stanza extra (torch) is not installed")
    if not (SHIPPED / "stanza-hi").is_dir():
        pytest.skip("models/stanza-hi is not in this checkout yet")
    seen: list[object] = []
    real = torch.load

    def recording(*args: object, **kwargs: object) -> object:
        seen.append(kwargs.get("weights_only"))
        return real(*args, **kwargs)

    monkeypatch.setattr(torch, "load", recording)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", "/nonexistent-stanza-resources")  # use our shipped model
    from hindi_brief import Pipeline

    doc = Pipeline(tagger="stanza")("रक्षा मंत्री ने बात की।")
    assert all(t.pos for t in doc.tokens)
    assert seen and all(w is True for w in seen), seen


# -- malformed values inside well-formed files (issue #16) -----------------------------------


def _rewrite_json(root: Path, rel: str, change) -> Path:
    """Change one JSON model file and re-list it in the manifest, so only its content is wrong."""
    path = root / rel
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    mf.write_manifest(root)
    return path


@pytest.mark.parametrize("entry", [{"size": 1}, {"size": "12", "sha256": "0" * 64}, [1, 2], {"size": True, "sha256": "x"}])
def test_malformed_manifest_entry_is_a_model_error(models_copy: Path, entry: object) -> None:
    mf.write_manifest(models_copy)
    manifest = models_copy / mf.MANIFEST
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["files"]["df/df.json"] = entry
    manifest.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelError, match=r"MANIFEST\.json.*df/df\.json"):
        model_path("df", "df.json")
    with pytest.raises(ModelError, match="MANIFEST"):
        mf.check_manifest(models_copy)


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", '{"format": "hindi_brief-manifest/1", "files": {"a.bin": 7}}'])
def test_the_manifest_command_reports_a_damaged_manifest(tmp_path: Path, capsys: pytest.CaptureFixture, text: str) -> None:
    # It printed ModelError's traceback; the check reports it as it reports a missing manifest.
    (tmp_path / "a.bin").write_bytes(b"model")
    (tmp_path / mf.MANIFEST).write_text(text, encoding="utf-8")
    assert manifest_command(["--models", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "unreadable" in out and "--write" in out and out.count("\n") == 1
    assert manifest_command(["--write", "--models", str(tmp_path)]) == 0  # the fix it names
    assert manifest_command(["--models", str(tmp_path)]) == 0


def test_the_manifest_command_names_a_wrong_models_folder(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "file").write_bytes(b"")
    for models, state in ((tmp_path / "missing", "does not exist"), (tmp_path / "file", "is not a folder")):
        for write in ([], ["--write"]):  # writing printed a traceback
            assert manifest_command([*write, "--models", str(models)]) == 2
            err = capsys.readouterr().err
            assert state in err and "--models" in err and err.count("\n") == 1
    assert not (tmp_path / "missing").exists()
    (tmp_path / "models" / mf.MANIFEST).mkdir(parents=True)  # a folder where the manifest goes
    assert manifest_command(["--models", str(tmp_path / "models")]) == 1
    assert "unreadable" in capsys.readouterr().out
    assert manifest_command(["--write", "--models", str(tmp_path / "models")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_df_table_with_a_huge_document_count(models_copy: Path, seed000: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from hindi_brief import Pipeline
    path = _rewrite_json(models_copy, "df/df.json", lambda d: d["tables"]["lemma"].__setitem__("n_docs", 10**400))
    with pytest.raises(ModelError, match=f"{path.name} is damaged"):
        Pipeline(tagger="none").brief(seed000)


@pytest.mark.parametrize("rules", [[["NOUN\tों", 2, ""]], "rules", {"NOUN\tों": 7}])
def test_lemma_rules_of_the_wrong_type(models_copy: Path, rules: object) -> None:
    pipeline("embedded")  # skips with the reason when the model is not in this checkout
    from hindi_brief import Pipeline

    path = _rewrite_json(models_copy, "embedded/lemmas.json", lambda d: d.__setitem__("rules", rules))
    with pytest.raises(ModelError, match=path.name):
        Pipeline(tagger="embedded")("पहला वाक्य है।")


def test_shipped_document_frequencies_leave_out_the_stopwords() -> None:
    # The df builder counts content terms only (``weights.content_terms``: no stopword), so a word of the
    # current stopword list in a shipped table means the table was built before the list changed and
    # was not rebuilt (``python -m hindi_brief.training.df``, models/df/README.md).
    from hindi_brief.text.stopwords import STOPWORDS

    tables = json.loads((SHIPPED / "df" / "df.json").read_text(encoding="utf-8"))["tables"]
    for name, table in tables.items():
        stale = sorted(set(table["df"]) & STOPWORDS)
        assert not stale, f"{name} table counts stopwords {stale[:10]}: rebuild models/df"


def test_a_models_folder_that_does_not_exist_is_an_error(tmp_path, monkeypatch):
    # A mistyped HINDI_BRIEF_MODELS fell back to the shipped models without a word, so a user who had retrained
    # models believed they were in use (found by a review).
    from hindi_brief.resources import models_dir

    monkeypatch.setenv("HINDI_BRIEF_MODELS", str(tmp_path / "mine"))
    with pytest.raises(ModelError, match="HINDI_BRIEF_MODELS=.*does not exist"):
        models_dir()
    (tmp_path / "mine").write_text("", encoding="utf-8")
    with pytest.raises(ModelError, match="is not a folder"):
        models_dir()
