"""The evaluation harness: Hindi-safe ROUGE, baselines, data loading and the CLI, on own fixtures."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
import regex

# The harness compares against rouge-score, sumy and YAKE: the `eval` extra (CI installs it).
for _module in ("rouge_score", "sumy", "yake"):
    pytest.importorskip(_module, reason="the eval extra is not installed: pip install -e '.[eval]'")

from hindi_brief.evaluation.baselines import (  # noqa: E402
    SUMY_ALGORITHMS,
    SumyRanker,
    TfidfKeywords,
    content_tokens,
    fit_budget,
    lead_ranking,
    oracle_ranking,
    top_k,
    yake_keywords,
)
from hindi_brief.errors import InvalidInputError, InvalidOptionError
from hindi_brief.evaluation.evaluate import Lemmatiser, load_pairs, main, write_block  # noqa: E402
from hindi_brief.text.sentences import split_sentences  # noqa: E402
from hindi_brief.evaluation.metrics import RougeTokenizer, light_stem, rouge_scorer, score_keywords
from hindi_brief.pipeline import Pipeline

FIXTURES = Path(__file__).parent / "fixtures"
CSV = FIXTURES / "eval_pairs.csv"
JSONL = FIXTURES / "eval_pairs.jsonl"


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(tagger="none")


@pytest.fixture(scope="module")
def pairs():
    return load_pairs(CSV)


# -- metrics ------------------------------------------------------------------------------------


def test_default_rouge_tokenizer_scores_hindi_zero_ours_does_not():
    from rouge_score import rouge_scorer as rs

    text = "सरकार ने नई फ़सल बीमा योजना की घोषणा की।"
    default = rs.RougeScorer(["rouge1"]).score(text, text)["rouge1"].fmeasure
    assert default == 0.0  # the reason RougeTokenizer exists
    ours = rouge_scorer().score(text, text)
    assert ours["rouge1"].fmeasure == pytest.approx(1.0)
    assert ours["rouge2"].fmeasure == pytest.approx(1.0)
    assert ours["rougeL"].fmeasure == pytest.approx(1.0)


def test_rouge_disjoint_and_partial():
    scorer = rouge_scorer()
    assert scorer.score("भारी बारिश से बाढ़", "क्रिकेट टीम जीती")["rouge1"].fmeasure == 0.0
    partial = scorer.score("भारी बारिश से बाढ़ आई", "भारी बारिश हुई")["rouge1"]
    assert partial.precision == pytest.approx(2 / 3)
    assert partial.recall == pytest.approx(2 / 5)


def test_tokenizer_keeps_whole_devanagari_words_and_drops_punctuation():
    tok = RougeTokenizer()
    assert tok.tokenize("रक्षा मंत्री ने कहा, “भारत-अमेरिका” 2,500 Delhi।") == [
        "रक्षा", "मंत्री", "ने", "कहा", "भारत-अमेरिका", "2,500", "delhi",
    ]
    # Both nukta encodings compare equal after normalisation.
    assert tok.tokenize("फ़सल") == tok.tokenize("फ\u093cसल")


def test_light_stem_and_stemmed_rouge():
    assert light_stem("लड़कियों") == "लड़क"
    assert light_stem("किताबें") == "किताब"
    assert light_stem("है") == "है"  # too short to strip
    assert light_stem("Delhi") == "Delhi"
    ref, pred = "किताबें खरीदीं", "किताब खरीदी"
    assert rouge_scorer().score(ref, pred)["rouge1"].fmeasure == 0.0
    assert rouge_scorer(stem=True).score(ref, pred)["rouge1"].fmeasure == pytest.approx(1.0)


def test_score_keywords_all_versus_any():
    # silver lemma -> forms seen; keyword tokens as {form, lemma} sets
    silver = {"बारिश": {"बारिश"}, "बाढ़": {"बाढ़"}, "ज़िला": {"ज़िलों"}}
    keys = [
        [{"बारिश"}],
        [{"भारी"}, {"बारिश"}],
        [{"ज़िलों", "ज़िल"}],  # out of context the lemmatiser chose another lemma: the form still matches
        [],  # only stopwords: a miss
        [{"बाढ़"}],
    ]
    all_ = score_keywords(keys, silver, match="all")
    any_ = score_keywords(keys, silver, match="any")
    assert all_.precision == pytest.approx(3 / 5)
    assert any_.precision == pytest.approx(4 / 5)
    assert all_.recall == any_.recall == pytest.approx(1.0)
    assert score_keywords(keys[:1], silver).recall == pytest.approx(1 / 3)
    assert score_keywords(keys, silver, top=1).precision == 1.0
    assert score_keywords([], silver).precision == 0.0


# -- length rules and baselines -------------------------------------------------------------------


def test_top_k_and_budget_rules():
    assert top_k([3, 0, 2, 1], 2) == [0, 3]
    lengths = [40, 50, 20, 10]
    # 1 (50) fits, 0 (40) would overflow and is skipped, 2 (20) fits, 3 (10) would overflow.
    assert fit_budget([1, 0, 2, 3], lengths, 75) == [1, 2]
    assert fit_budget([1, 0], lengths, 30) == [1]  # nothing fits: the best sentence alone
    assert fit_budget([], lengths, 75) == []


def test_lead_takes_first_body_sentences_not_the_headline(pipe, pairs):
    doc = pipe(pairs[0].article)
    assert doc.headline is not None and doc.headline.text.startswith("शहर में नई मेट्रो")
    first = [doc.sentences[i].text for i in top_k(lead_ranking(doc), 2)]
    assert first[0].startswith("लखनऊ में सोमवार")
    assert first[1].startswith("यह लाइन हवाई अड्डे")


def test_oracle_finds_the_sentences_of_an_extract(pipe, pairs):
    doc = pipe(pairs[1].article)
    tok = RougeTokenizer()
    sents = [tok.tokenize(s.text) for s in doc.sentences]
    reference = tok.tokenize(doc.sentences[3].text + " " + doc.sentences[1].text)
    picked = oracle_ranking(sents, reference, k=3)
    assert sorted(picked) == [1, 3]  # a third sentence only lowers the score: stop early
    lengths = [len(s.words) for s in doc.sentences]
    budget = oracle_ranking(sents, reference, lengths=lengths, max_words=lengths[1] + 1)
    assert budget == [1]  # sentence 3 would no longer fit
    with pytest.raises(InvalidOptionError):
        oracle_ranking(sents, reference)


@pytest.mark.parametrize("algorithm", SUMY_ALGORITHMS)
def test_sumy_rankers_rank_every_body_sentence(pipe, pairs, algorithm):
    ranker = SumyRanker(algorithm)
    for pair in pairs:
        doc = pipe(pair.article)
        ranking = ranker.rank(doc)
        assert sorted(ranking) == list(range(len(doc.sentences)))
        assert ranking == ranker.rank(doc)  # deterministic
    assert ranker.rank(pipe("")) == []
    with pytest.raises(InvalidOptionError):
        SumyRanker("kl")


def test_sumy_uses_our_tokens():
    # sumy's default tokenizers need NLTK data; ours must see whole Hindi words.
    from hindi_brief.evaluation.baselines import _DocTokenizer

    assert _DocTokenizer({}).to_words("रक्षा मंत्री ने कहा।") == ["रक्षा", "मंत्री", "ने", "कहा"]


def test_sumy_on_raw_text_picks_whole_sentences_in_order(pairs):
    # The benchmark's "sumy's parser" peer: sumy parses the raw article with our tokenizer.
    ranker = SumyRanker("lexrank")
    article = pairs[0].article
    picked = ranker.summarize_text(article, 2)
    assert len(picked) == 2
    positions = [article.find(s) for s in picked]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)
    ours = {article[s:e] for s, e in split_sentences(article)}
    assert set(picked) <= ours  # whole sentences of our splitter


def test_keyword_baselines(pairs):
    docs = [content_tokens(p.article) for p in pairs]
    assert "में" not in docs[0] and "मेट्रो" in docs[0]
    tfidf = TfidfKeywords(docs)
    top = tfidf.keywords(0, top=3)
    assert len(top) == 3 and "मेट्रो" in top  # repeated in article 0 only
    kws = yake_keywords(pairs[1].article, top=5)
    assert 0 < len(kws) <= 5 and not any("।" in k for k in kws)


def test_lemmatiser_without_tagger_keeps_content_norms():
    lemmas = Lemmatiser(None).content_lemmas(["भारी बारिश से कई ज़िलों में बाढ़।", "Delhi में"])
    assert lemmas[0] == ["भारी", "बारिश", "ज़िलों", "बाढ़"]  # से, कई, में are stopwords; no tagger: no lemmas
    assert lemmas[1] == ["delhi"]


# -- data loading ----------------------------------------------------------------------------------


def test_load_csv_defaults(pairs):
    assert [p.id for p in pairs] == ["eval-1", "eval-2", "eval-3", "eval-4"]
    assert pairs[0].split == "eval_pairs"
    assert pairs[0].article.startswith(pairs[0].title + "\n\n")
    assert pairs[0].summary.startswith("लखनऊ में नई मेट्रो")


def test_load_jsonl_custom_fields(pairs):
    loaded = load_pairs(JSONL, text_field="body", summary_field="abstract", title_field="title", id_field="doc_id")
    assert [(p.id, p.title, p.text, p.summary) for p in loaded] == [(p.id, p.title, p.text, p.summary) for p in pairs]
    untitled = load_pairs(JSONL, text_field="body", summary_field="abstract", title_field=None, limit=2)
    assert len(untitled) == 2 and untitled[0].article == untitled[0].text
    with pytest.raises(InvalidInputError, match="--text-field"):
        load_pairs(JSONL)  # the ILSUM column names are not in this file


def test_load_directory_splits(tmp_path):
    shutil.copy(CSV, tmp_path / "news_val.csv")
    with (tmp_path / "news_test.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["Id", "Heading", "Article", "Summary"])
        w.writeheader()
        w.writerow({"Id": "t1", "Heading": "", "Article": "एक वाक्य है।", "Summary": "एक वाक्य।"})
        w.writerow({"Id": "t2", "Heading": "", "Article": "", "Summary": "खाली लेख छोड़ा जाता है।"})
    both = load_pairs(tmp_path, limit=3)
    assert [(p.split, p.id) for p in both] == [("val", "eval-1"), ("val", "eval-2"), ("val", "eval-3"), ("test", "t1")]
    assert [p.id for p in load_pairs(tmp_path, split="test")] == ["t1"]
    with pytest.raises(InvalidOptionError):
        load_pairs(tmp_path, split="train")
    with pytest.raises(InvalidInputError):
        load_pairs(tmp_path / "missing")


# -- command line ----------------------------------------------------------------------------------


def test_cli_end_to_end_on_fixture(tmp_path, capsys):
    out, js = tmp_path / "evaluation.md", tmp_path / "r.json"
    out.write_text("# Evaluation\n\nintro\n\n<!-- evaluation:start -->\nold\n<!-- evaluation:end -->\n\nafter\n", encoding="utf-8")
    status = main([
        "--data", str(JSONL), "--text-field", "body", "--summary-field", "abstract", "--title-field", "title",
        "--tagger", "none", "--out", str(out), "--json", str(js),
    ])
    assert status == 0
    printed = capsys.readouterr().out
    assert "| k=1 | lead |" in printed and "| 75w | sumy LexRank |" in printed and "| TF-IDF |" in printed
    assert "| k=3 | hindi_brief |" in printed
    doc = out.read_text(encoding="utf-8")
    assert doc.startswith("# Evaluation\n\nintro") and doc.rstrip().endswith("after") and "\nold\n" not in doc
    data = json.loads(js.read_text(encoding="utf-8"))
    rouge = data["splits"]["eval_pairs"]["rouge"]
    assert rouge["oracle@k=2"]["rouge1"] >= rouge["lead@k=2"]["rouge1"]
    assert 0 < rouge["lead@k=1"]["rouge1"] < 100


def test_cli_reports_bad_fields(capsys):
    assert main(["--data", str(JSONL), "--tagger", "none"]) == 2
    assert "--text-field" in capsys.readouterr().err


def test_cli_names_the_option_for_a_missing_data_path(tmp_path, capsys):
    assert main(["--data", str(tmp_path / "missing"), "--tagger", "none"]) == 2
    err = capsys.readouterr().err
    assert "does not exist; pass --data" in err and err.count("\n") == 1


@pytest.mark.parametrize("name, content, says", [
    ("pairs.csv", CSV.read_text(encoding="utf-8").encode("utf-16"), "pairs.csv: UTF-16 text; save it as UTF-8"),
    ("pairs.json", b'[{"Article": "x",', "pairs.json: not valid JSON"),
    ("pairs.json", b"[1, 2]", "pairs.json: item 1 is not an object"),
    ("pairs.jsonl", b'{"Article": "x", "Summary": "y"}\n[1]\n', "pairs.jsonl:2: not a JSON object per line"),
])
def test_cli_names_a_data_file_it_cannot_read(tmp_path, capsys, name, content, says):
    # Each was a traceback: UnicodeDecodeError, JSONDecodeError, TypeError, AttributeError.
    (tmp_path / name).write_bytes(content)
    assert main(["--data", str(tmp_path / name), "--tagger", "none"]) == 2
    err = capsys.readouterr().err
    assert says in err and err.count("\n") == 1


@pytest.mark.parametrize("option", ["--out", "--json"])
def test_cli_checks_its_outputs_before_the_work(tmp_path, capsys, option):
    # --out/--json naming the data appended to or replaced the user's reference set; a folder or a path that cannot
    # be written was a traceback after the whole run (found by a review that used the command).
    data = tmp_path / "pairs.csv"
    data.write_bytes(CSV.read_bytes())
    (tmp_path / "adir").mkdir()
    for target, says in ((data, "is the data"), (tmp_path / "adir", "is a folder"),
                         (tmp_path / "afile" / "x.md", "cannot be written")):
        if target.name == "x.md":
            (tmp_path / "afile").write_text("", encoding="utf-8")  # a file where a folder must be
        assert main(["--data", str(data), "--tagger", "none", "--systems", "lead", "--keyword-systems", "",
                     option, str(target)]) == 2
        err = capsys.readouterr().err
        assert f"{option} {target} {says}" in err and err.count("\n") == 1
    assert data.read_bytes() == CSV.read_bytes()


@pytest.mark.parametrize("option", ["--out", "--json"])
def test_cli_makes_no_output_folder_before_a_run_that_fails(tmp_path, capsys, option):
    # The output check made the report's folders before the work; a run that then failed on its data left them behind.
    data = tmp_path / "pairs.csv"
    data.write_text("Id,Heading\n1,शीर्षक\n", encoding="utf-8")  # no article column
    target = tmp_path / "reports" / "2026" / "eval.md"
    assert main(["--data", str(data), "--tagger", "none", "--systems", "lead", "--keyword-systems", "",
                 option, str(target)]) == 2
    assert "Article" in capsys.readouterr().err
    assert not (tmp_path / "reports").exists()
    (tmp_path / "afile").write_text("", encoding="utf-8")  # a file where a folder must be made, deeper down
    deep = tmp_path / "afile" / "sub" / "x.md"
    assert main(["--data", str(data), "--tagger", "none", "--systems", "lead", "--keyword-systems", "",
                 option, str(deep)]) == 2
    assert f"{option} {deep} cannot be written" in capsys.readouterr().err


def test_cli_output_checks_see_the_data_by_any_name_and_old_reports_it_cannot_read(tmp_path, capsys):
    # A hard link to the data got the report appended to the data; an --out that is not UTF-8, and --out and --json
    # naming one file, failed (or clobbered) after the whole run (a review).
    data = tmp_path / "pairs.csv"
    data.write_bytes(CSV.read_bytes())
    (tmp_path / "hard.csv").hardlink_to(data)
    (tmp_path / "old.md").write_bytes(b"\xff\xfe old")
    base = ["--data", str(data), "--tagger", "none", "--systems", "lead", "--keyword-systems", ""]
    for extra, says in ((["--out", str(tmp_path / "hard.csv")], "is the data"),
                        (["--out", str(tmp_path / "old.md")], "is not UTF-8 text"),
                        (["--out", str(tmp_path / "r.md"), "--json", str(tmp_path / "r.md")], "name the same file")):
        assert main(base + extra) == 2
        assert says in capsys.readouterr().err
    assert data.read_bytes() == CSV.read_bytes()


def test_cli_says_why_a_condition_scores_nothing(capsys):
    # The fixture's four pairs make no text of five joined articles: an empty report with status 0 looked like a run.
    assert main(["--data", str(CSV), "--tagger", "none", "--systems", "lead", "--keyword-systems", "",
                 "--condition", "standard,joined"]) == 2
    captured = capsys.readouterr()
    assert "the joined condition makes no pairs of the 4 given: it joins 5 articles" in captured.err
    assert captured.out == ""  # checked before the standard pairs were scored
    # One article, or articles whose every word is in more than half of them, stopped inside the topic grouping's
    # TF-IDF with a traceback (a review): the same error, or groups in input order.
    assert main(["--data", str(CSV), "--tagger", "none", "--systems", "lead", "--keyword-systems", "", "--limit", "1",
                 "--condition", "news-length"]) == 2
    assert "the news-length condition makes no pairs of the 1 given" in capsys.readouterr().err


def test_joined_conditions_group_alike_articles_in_input_order():
    from dataclasses import replace

    from hindi_brief.evaluation.conditions import apply_condition

    pairs = load_pairs(CSV)
    same = [replace(pairs[0], id=str(i), text=pairs[0].text) for i in range(6)]
    joined = apply_condition(same, "joined")
    assert [p.id for p in joined] == ["0+1+2+3+4"]


@pytest.mark.parametrize("name, content, says", [
    ("pairs.csv", "Article,Summary,Summary\nक ख।,ग घ।,च छ।\n", "the header names 'Summary' more than once"),
    ("pairs.jsonl", '{"Article": 123, "Summary": "ग घ।"}\n', "row 1: field 'Article' must be a string, got int"),
])
def test_cli_refuses_a_repeated_column_or_a_field_that_is_no_text(tmp_path, capsys, name, content, says):
    # The last "Summary" column was scored against, unseen; a JSON number was evaluated as the text "123" (a review).
    (tmp_path / name).write_text(content, encoding="utf-8")
    assert main(["--data", str(tmp_path / name), "--tagger", "none", "--systems", "lead", "--keyword-systems", ""]) == 2
    assert says in capsys.readouterr().err


def test_a_handful_of_articles_marks_no_difference_as_certain(tmp_path, capsys):
    # With one pair every bootstrap interval has zero width, and every difference was marked "+" (a review).
    lines = CSV.read_text(encoding="utf-8").splitlines(keepends=True)
    (tmp_path / "one.csv").write_text("".join(lines[:2]), encoding="utf-8")
    assert main(["--data", str(tmp_path / "one.csv"), "--tagger", "none", "--systems", "hindi_brief,lead",
                 "--keyword-systems", ""]) == 0
    printed = capsys.readouterr().out
    assert "(fewer than 10 articles: no interval is marked)" in printed
    assert not regex.search(r"\]\s*[+−]", printed)


@pytest.mark.parametrize("option", ["--title-field", "--id-field"])
def test_cli_refuses_a_title_or_id_field_no_row_has(capsys, option):
    # A misspelt one was ignored: no titles, or ids made from row numbers, and no word of it.
    assert main(["--data", str(CSV), "--tagger", "none", "--systems", "lead", "--keyword-systems", "", option, "Headng"]) == 2
    err = capsys.readouterr().err
    assert "no row has a field 'Headng'" in err and "'Heading'" in err and option in err
    # The defaults may be missing from a file: the fixture JSONL has neither column.
    assert [p.title for p in load_pairs(JSONL, text_field="body", summary_field="abstract")] == [""] * 4
    with pytest.raises(InvalidInputError, match="'titel'"):
        load_pairs(JSONL, text_field="body", summary_field="abstract", title_field="titel", require=["titel"])


def test_write_block_creates_and_appends(tmp_path):
    path = tmp_path / "e.md"
    write_block(path, "one")
    assert "<!-- evaluation:start -->\none\n<!-- evaluation:end -->" in path.read_text(encoding="utf-8")
    write_block(path, "two")
    text = path.read_text(encoding="utf-8")
    assert "two" in text and "one" not in text


def test_ilsum_files_load_when_present(data_dir):
    path = data_dir / "ilsum_hi"
    if not path.is_dir():
        pytest.skip("ilsum_hi not in the shared data directory")
    val = load_pairs(path, split="val")
    test = load_pairs(path, split="test")
    assert (len(val), len(test)) == (1061, 1062)
    assert all(p.title and p.summary for p in val[:50])


def test_lemmatiser_tags_each_line_and_sentence_with_the_tagger():
    class FakeTagger:
        name = "fake"

        def __init__(self):
            self.calls = []

        def tag(self, sentences):
            self.calls.append([list(s) for s in sentences])
            return [[("NOUN", f"{tok}#") for tok in s] for s in sentences]

    tagger = FakeTagger()
    lemmas = Lemmatiser(tagger).content_lemmas(["भारी बारिश\nनदियाँ उफान पर हैं। स्कूल बंद।", "बाढ़"])
    assert len(tagger.calls) == 1  # one batched call
    assert [len(s) for s in tagger.calls[0]] == [2, 5, 3, 1]  # the heading line is its own sentence
    assert lemmas == [["भारी#", "बारिश#", "नदियाँ#", "उफान#", "स्कूल#", "बंद#"], ["बाढ़#"]]


def test_cli_conditions_each_get_their_settings_and_block(tmp_path, capsys):
    out, js = tmp_path / "evaluation.md", tmp_path / "r.json"
    status = main([
        "--data", str(CSV), "--tagger", "none", "--systems", "hindi_brief,lead,oracle", "--keyword-systems", "",
        "--condition", "no-heading,heading-ref", "--out", str(out), "--json", str(js),
    ])
    assert status == 0
    printed = capsys.readouterr().out
    assert "Condition: `heading-ref`" in printed and "Condition: `no-heading`" in printed
    doc = out.read_text(encoding="utf-8")
    for condition in ("no-heading", "heading-ref"):
        assert f"<!-- evaluation:{condition}:start -->" in doc
    data = json.loads(js.read_text(encoding="utf-8"))
    assert set(data) == {"no-heading", "heading-ref"}
    heading_ref = data["heading-ref"]["splits"]["eval_pairs"]["rouge"]
    assert "lead@k=3" in heading_ref and "lead@k=2" not in heading_ref and "lead@75w" not in heading_ref
    assert "lead@75w" in data["no-heading"]["splits"]["eval_pairs"]["rouge"]
    assert main(["--data", str(CSV), "--tagger", "none", "--condition", "upside-down"]) == 2


def test_a_third_of_the_sentences_is_scored_where_the_condition_asks(pipe, pairs):
    from hindi_brief.evaluation.conditions import apply_condition, third_of
    from hindi_brief.evaluation.evaluate import EvalConfig, evaluate_summaries

    assert [third_of(n) for n in (1, 2, 4, 5, 16, 90)] == [1, 1, 1, 2, 5, 30]
    shuffled = apply_condition(pairs, "shuffled")
    result = evaluate_summaries(
        shuffled, pipeline=pipe, config=EvalConfig(ks=(1,), max_words=None, third_k=True, systems=("hindi_brief", "lead"), keyword_systems=())
    )
    assert result.settings() == ["k=1", "k=n/3"]
    rows = result.rouge["eval_pairs"]
    expected = [third_of(len(pipe(p.article).sentences)) for p in shuffled]
    for system in ("hindi_brief", "lead"):
        assert [r["sentences"] for r in rows[(system, "k=n/3")]] == expected
