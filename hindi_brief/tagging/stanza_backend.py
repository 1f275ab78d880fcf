"""Stanza's neural tagger and lemmatiser behind the ``Tagger`` protocol.

Which models ``StanzaTagger`` loads, first match wins:

1. ``model_dir``: a folder laid out like ``models/stanza-hi/`` (``manifest.json``,
   ``pos.pt``, ``lemma.pt``, ``stanza_resources.json``), e.g. one written by
   ``python -m hindi_brief.training.stanza_model``;
2. the official Stanza Hindi models in Stanza's resources directory
   (``resources_dir``, else ``$STANZA_RESOURCES_DIR``, else Stanza's own default, ``official_models_dir``)
   when it holds ``resources.json`` and ``hi/pos/*.pt`` (fetch them once with
   ``hindi_brief.download()``);
3. the small model shipped in ``models/stanza-hi/``.

Stanza always runs with ``tokenize_pretokenized=True`` (our text layer decides
sentence and token boundaries) and ``download_method=None``: loading never
touches the network. Stanza reads its ``.pt`` files with
``torch.load(..., weights_only=True)``, so no model file is unpickled; our own
model's files are also checked against the SHA-256 sums in its manifest first.
``download()`` below is the only function here that uses the network.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Sequence

from ..manifest import sha256
from ..errors import InvalidInputError, InvalidOptionError, MissingDependencyError, ModelError
from ..options import check_int
from .base import UPOS_TAGS
from .features import forced_tag

__all__ = ["StanzaTagger", "download", "official_models_dir", "INSTALL_HINT"]

INSTALL_HINT = (
    "install a CPU build of torch first, `pip install torch --index-url https://download.pytorch.org/whl/cpu` (a plain "
    "`pip install torch` is a CUDA build of several GB; docs/troubleshooting.md), then `pip install 'hindi-brief[stanza]'`"
)
_DOWNLOAD_HINT = (
    "fetch the official Stanza Hindi models with `hindi-brief download` "
    "(or `hindi_brief.download()` in Python)"
)
_SHIPPED = "stanza-hi"
_FORMAT = "hindi_brief-stanza/1"
_MODEL_FILES = ("pos.pt", "lemma.pt", "stanza_resources.json")
_PROCESSORS = "tokenize,pos,lemma"
#: Verb lemmas that are not turned into infinitives (as in UD Hindi).
_COPULA = frozenset({"है", "था", "चाहिए"})
_KEEP_FORM = frozenset({"PROPN", "NUM", "PUNCT", "SYM", "X"})
# Stanza models trained on older UD releases may still say CONJ.
_UPOS_MAP = {"CONJ": "CCONJ"}


def _import_stanza() -> Any:
    try:
        import stanza
    except ImportError as exc:  # stanza itself or torch underneath it
        raise MissingDependencyError(
            f"the 'stanza' tagger needs the stanza package, which cannot be imported ({exc}); {INSTALL_HINT}"
        ) from exc
    return stanza


def official_models_dir(resources_dir: str | os.PathLike[str] | None = None) -> Path:
    """Stanza's resources directory: ``resources_dir``, else ``$STANZA_RESOURCES_DIR``, else the installed Stanza's
    own default (``stanza.resources.common.DEFAULT_MODEL_DIR``: ``~/.cache/stanza/<version>/resources`` in recent
    releases, ``~/stanza_resources`` in older ones), where ``stanza.download`` puts them."""
    if resources_dir is not None:
        return Path(resources_dir).expanduser()
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env).expanduser()
    try:
        from stanza.resources.common import DEFAULT_MODEL_DIR
    except ImportError:  # no stanza (download and StanzaTagger say so); its old default
        return Path.home() / "stanza_resources"
    return Path(DEFAULT_MODEL_DIR).expanduser()


def _has_official_hindi(path: Path) -> bool:
    return (path / "resources.json").is_file() and any((path / "hi" / "pos").glob("*.pt"))



def _check_model_dir(model_dir: Path, fix: str) -> dict:
    """Read and verify ``manifest.json`` and the files it lists; ``ModelError`` naming the bad file."""
    manifest_path = model_dir / "manifest.json"
    if not manifest_path.is_file():
        raise ModelError(f"Stanza model file {manifest_path} is missing; {fix}")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        files = manifest["files"]
        if not isinstance(files, dict) or not all(isinstance(entry, dict) for entry in files.values()):
            raise ValueError("its 'files' is not a table of file entries")
        if manifest.get("format") != _FORMAT:
            raise ValueError(f"format {manifest.get('format')!r}, expected {_FORMAT!r}")
    except (ValueError, KeyError, TypeError, AttributeError, ArithmeticError) as exc:
        raise ModelError(f"Stanza model file {manifest_path} is unreadable ({exc}); {fix}") from exc
    for name in _MODEL_FILES:
        path = model_dir / name
        if not path.is_file():
            raise ModelError(f"Stanza model file {path} is missing; {fix}")
        expected = files.get(name, {}).get("sha256")
        if expected is None or sha256(path) != expected:
            raise ModelError(f"Stanza model file {path} is corrupt (its SHA-256 does not match {manifest_path}); {fix}")
    return manifest


def _to_infinitive(lemma: str, upos: str) -> str:
    """Stanza's official Hindi lemmas are verb stems (``बढ़ा``); our convention is the infinitive."""
    if upos in ("VERB", "AUX") and lemma and lemma not in _COPULA:
        return lemma + "ना"
    return lemma


class StanzaTagger:
    """Tag pre-tokenised Hindi sentences with Stanza (UPOS and lemmas).

    Parameters (keyword-only)
    -------------------------
    model_dir
        A folder laid out like the shipped ``models/stanza-hi/``; overrides the search below.
    resources_dir
        Stanza's resources directory to look in for the official Hindi models
        (default ``official_models_dir()``: ``$STANZA_RESOURCES_DIR``, else Stanza's own default); one given that
        does not exist is a ``ModelError``. When it has no Hindi POS model, the small model shipped with
        hindi_brief is used.
    use_gpu
        Run on the GPU when torch sees one (default ``False``: CPU).
    batch_size
        Sentences per Stanza batch for the POS and lemma processors.

    ``source`` says what was loaded: ``"model_dir"``, ``"official"`` or ``"shipped"``;
    ``model_path`` is the folder it came from.
    """

    name = "stanza"

    def __init__(
        self,
        *,
        model_dir: str | os.PathLike[str] | None = None,
        resources_dir: str | os.PathLike[str] | None = None,
        use_gpu: bool = False,
        batch_size: int = 64,
    ) -> None:
        if not isinstance(use_gpu, bool):
            raise InvalidOptionError(f"use_gpu must be True or False, got {use_gpu!r}")
        batch_size = check_int("batch_size", batch_size)
        for opt, value in (("model_dir", model_dir), ("resources_dir", resources_dir)):
            if value is not None and not isinstance(value, (str, os.PathLike)):
                raise InvalidOptionError(f"{opt} must be a path or None, got {type(value).__name__}")
        stanza = _import_stanza()
        self.use_gpu = use_gpu
        self.batch_size = batch_size
        common = dict(
            lang="hi",
            processors=_PROCESSORS,
            tokenize_pretokenized=True,
            download_method=None,
            use_gpu=use_gpu,
            pos_batch_size=batch_size,
            lemma_batch_size=batch_size,
            logging_level="WARNING",
        )

        official = official_models_dir(resources_dir)
        if resources_dir is not None and not official.is_dir():
            # A mistyped folder would load the small shipped model without a word.
            raise ModelError(
                f"resources_dir {official} does not exist; point it at Stanza's resources directory (where "
                f"`hindi-brief download` puts the official models), or leave it out for the default ({official_models_dir()})"
            )
        if model_dir is not None:
            self.source, self.model_path = "model_dir", Path(model_dir).expanduser()
            fix = (
                f"point model_dir at a folder written by `python -m hindi_brief.training.stanza_model --out {self.model_path}`"
            )
        elif _has_official_hindi(official):
            self.source, self.model_path = "official", official
            fix = _DOWNLOAD_HINT
        else:
            from ..resources import model_path

            self.source, self.model_path = "shipped", model_path(_SHIPPED)
            fix = (
                "restore it with `git checkout -- models/stanza-hi` in a source checkout or "
                "`pip install --force-reinstall hindi-brief`; or " + _DOWNLOAD_HINT
            )

        if self.source == "official":
            # Stanza resolves the default Hindi packages (and any pretrain/charlm they need) itself.
            self._convert_lemmas = True
            kwargs = dict(common, dir=str(official))
        else:
            manifest = _check_model_dir(self.model_path, fix)
            self._convert_lemmas = manifest.get("lemma_convention") != "infinitive"
            kwargs = dict(
                common,
                dir=str(self.model_path),
                resources_filepath=str(self.model_path / "stanza_resources.json"),
                package="hindi_brief",
                pos_model_path=str(self.model_path / "pos.pt"),
                lemma_model_path=str(self.model_path / "lemma.pt"),
            )
        try:
            self._nlp = stanza.Pipeline(**kwargs)
        except FileNotFoundError as exc:
            missing = getattr(exc, "filename", None) or str(exc)
            raise ModelError(f"Stanza model file {missing} is missing; {fix}") from exc
        except Exception as exc:  # unpickling refused, truncated zip, shape mismatch...
            if isinstance(exc, (ModelError, MissingDependencyError)):
                raise
            raise ModelError(f"Stanza could not load its Hindi models from {self.model_path} ({exc}); {fix}") from exc

    def __repr__(self) -> str:
        return f"StanzaTagger(source={self.source!r}, model_path={str(self.model_path)!r}, use_gpu={self.use_gpu!r})"

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, str]]]:
        """``(UPOS, lemma)`` for every token of every sentence, same nesting and order."""
        if isinstance(sentences, (str, bytes)):
            raise InvalidInputError("tag() takes a sequence of sentences, each a sequence of token strings")
        batch: list[list[str]] = []
        for sent in sentences:
            if isinstance(sent, (str, bytes)):
                raise InvalidInputError("each sentence must be a sequence of token strings, not a string")
            toks = list(sent)
            for tok in toks:
                if not isinstance(tok, str):
                    raise InvalidInputError(f"tokens must be str, got {type(tok).__name__}")
            batch.append(toks)
        # Stanza cannot take empty sentences or tokens that are empty or contain spaces;
        # send it safe stand-ins and keep the caller's shape.
        nonempty = [i for i, toks in enumerate(batch) if toks]
        out: list[list[tuple[str, str]]] = [[] for _ in batch]
        if not nonempty:
            return out
        safe = [[("_".join(t.split()) or "_") for t in batch[i]] for i in nonempty]
        doc = self._nlp(safe)
        for i, sent in zip(nonempty, doc.sentences):
            words = sent.words
            if len(words) != len(batch[i]):  # pretokenized input never re-splits; guard anyway
                raise ModelError(f"Stanza returned {len(words)} words for a {len(batch[i])}-token sentence")
            out[i] = [self._pair(tok, w.upos, w.lemma) for tok, w in zip(batch[i], words)]
        return out

    def _pair(self, token: str, upos: str | None, lemma: str | None) -> tuple[str, str]:
        # Punctuation, symbols and plain numbers are decided by their characters, as the embedded tagger decides
        # them: the shipped model tagged ":" AUX (lemma ":ना"), '"' VERB and "2019" PROPN.
        forced = forced_tag(token)
        if forced is not None:
            return forced, token
        upos = _UPOS_MAP.get(upos or "X", upos or "X")
        if upos not in UPOS_TAGS:
            upos = "X"
        if upos in _KEEP_FORM or not lemma or lemma == "_":
            return upos, token
        if self._convert_lemmas:
            lemma = _to_infinitive(lemma, upos)
        return upos, lemma


def download(*, lang: str = "hi", resources_dir: str | os.PathLike[str] | None = None) -> Path:
    """Download the official Stanza models for ``lang`` (tokenize, pos, lemma) into Stanza's resources directory.

    This is the only function in hindi_brief that uses the network. Afterwards
    ``StanzaTagger()`` (``Pipeline(tagger="stanza")``) finds and prefers these
    models over the small shipped one. Returns the resources directory.
    """
    if not isinstance(lang, str) or not lang:
        raise InvalidOptionError(f"lang must be a language code such as 'hi', got {lang!r}")
    if resources_dir is not None and not isinstance(resources_dir, (str, os.PathLike)):
        raise InvalidOptionError(f"resources_dir must be a path or None, got {type(resources_dir).__name__}")
    stanza = _import_stanza()
    target = official_models_dir(resources_dir)
    existed = target.exists()
    try:
        stanza.download(lang, model_dir=str(target), processors=_PROCESSORS, logging_level="WARNING")
    except OSError as exc:  # requests' errors are OSErrors too: no network, a proxy, a server down
        if not existed and target.is_dir() and not any(target.iterdir()):
            target.rmdir()  # the empty folder the attempt made
        network = isinstance(exc, (ConnectionError, TimeoutError)) or type(exc).__module__.split(".")[0] in (
            "requests", "urllib3", "socket", "huggingface_hub",  # Stanza fetches its models through huggingface_hub
        )
        if not network:  # a folder that cannot be written, a full disk
            raise ModelError(f"could not write the Stanza {lang!r} models into {target}: {exc}") from exc
        raise ModelError(
            f"could not download the Stanza {lang!r} models into {target}: {exc}. This needs internet; on a machine "
            "without it, copy a stanza_resources folder from one that has it and point STANZA_RESOURCES_DIR (or "
            "tagger_options={'resources_dir': ...}) at it (docs/troubleshooting.md)"
        ) from exc
    return target
