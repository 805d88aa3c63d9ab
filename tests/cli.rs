//! End-to-end tests of the `newsidx` command line: real articles (the repo's `seeds/` and folders
//! generated per test), a real index in a temporary folder, and the real binary.

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use tempfile::TempDir;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// The repo's sample corpus: four versions of one news story.
fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// The binary, with no index path or colour setting inherited from the environment.
fn newsidx() -> Command {
    let mut cmd = Command::cargo_bin("newsidx").expect("the newsidx binary is built");
    cmd.env_remove("NEWSIDX_INDEX")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("FORCE_COLOR");
    cmd
}

/// What one run did.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs newsidx with `args` and returns its exit code and output.
fn run(args: &[&str]) -> Run {
    run_in(None, args)
}

/// Runs newsidx with `args` in the folder `cwd` (or the test's own folder).
fn run_in(cwd: Option<&Path>, args: &[&str]) -> Run {
    let mut cmd = newsidx();
    cmd.args(args);
    if let Some(dir) = cwd {
        cmd.current_dir(dir);
    }
    let out = cmd.output().expect("newsidx runs");
    let code = out.status.code().unwrap_or(-1);
    let r = Run {
        code,
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        !r.stderr.contains("panicked"),
        "newsidx {args:?} panicked:\n{}",
        r.stderr
    );
    r
}

/// Asserts the exit code, showing the command and its output otherwise.
fn expect_code(r: &Run, code: i32, what: &str) {
    assert_eq!(
        r.code, code,
        "{what}: expected exit {code}, got {}\nstdout:\n{}\nstderr:\n{}",
        r.code, r.stdout, r.stderr
    );
}

fn s(p: &Path) -> &str {
    p.to_str().expect("temp paths are UTF-8")
}

/// A fresh temp folder and the (not yet existing) index path inside it.
fn temp_index() -> (TempDir, PathBuf) {
    let tmp = TempDir::new().expect("temp dir");
    let idx = tmp.path().join("idx");
    (tmp, idx)
}

/// Indexes `dir` into `idx` and returns the run, which must succeed.
fn index(dir: &Path, idx: &Path) -> Run {
    let r = run(&["index", s(dir), "--index", s(idx)]);
    expect_code(&r, 0, &format!("index {}", dir.display()));
    r
}

/// A temp folder with the seeds indexed into it.
fn seeded() -> (TempDir, PathBuf) {
    let (tmp, idx) = temp_index();
    index(&seeds(), &idx);
    (tmp, idx)
}

/// Parses JSON Lines output: every non-empty line must be one JSON object.
fn json_lines(out: &str) -> Vec<Value> {
    out.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value =
                serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l:?}"));
            assert!(v.is_object(), "not a JSON object: {l}");
            v
        })
        .collect()
}

/// `search QUERY --index IDX --json [extra...]`, returning the code and the hits.
fn search_json(idx: &Path, query: &str, extra: &[&str]) -> (i32, Vec<Value>) {
    let mut args = vec!["search", query, "--index", s(idx), "--json"];
    args.extend_from_slice(extra);
    let r = run(&args);
    assert!(
        r.code == 0 || r.code == 1,
        "search {query:?} failed with {}: {}",
        r.code,
        r.stderr
    );
    let hits = json_lines(&r.stdout);
    assert_eq!(
        r.code == 0,
        !hits.is_empty(),
        "search {query:?}: exit {} but {} hits",
        r.code,
        hits.len()
    );
    (r.code, hits)
}

fn str_of<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} is not a string in {v}"))
}

fn sources(hits: &[Value]) -> Vec<String> {
    hits.iter()
        .map(|h| str_of(h, "source").to_string())
        .collect()
}

/// The number printed before `label` in an `index` summary ("3 added, 0 updated, ...").
fn count(summary: &str, label: &str) -> u64 {
    let words: Vec<&str> = summary
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';' || c == ':')
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .find(|w| w[1] == label)
        .and_then(|w| w[0].parse().ok())
        .unwrap_or_else(|| panic!("no `N {label}` in the summary: {summary:?}"))
}

/// Asserts the added/updated/removed/unchanged/skipped counts of an index summary.
fn expect_counts(r: &Run, added: u64, updated: u64, removed: u64, unchanged: u64, skipped: u64) {
    let got = [
        count(&r.stdout, "added"),
        count(&r.stdout, "updated"),
        count(&r.stdout, "removed"),
        count(&r.stdout, "unchanged"),
        count(&r.stdout, "skipped"),
    ];
    assert_eq!(
        got,
        [added, updated, removed, unchanged, skipped],
        "[added, updated, removed, unchanged, skipped] of summary {:?}",
        r.stdout
    );
}

/// An article: a title line, then paragraphs separated by blank lines.
fn article(title: &str, paragraphs: &[&str]) -> String {
    let mut text = format!("{title}\n");
    for p in paragraphs {
        text.push('\n');
        text.push_str(p);
        text.push('\n');
    }
    text
}

fn write(path: &Path, bytes: impl AsRef<[u8]>) {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("create fixture folder");
    }
    fs::write(path, bytes).expect("write fixture");
}

/// Lines of the seed lines (1-based) that say "Putin" but not "Vladimir Putin".
fn seed_lines_with_only_putin() -> Vec<(String, usize, String)> {
    let mut out = Vec::new();
    for entry in fs::read_dir(seeds()).expect("seeds folder") {
        let path = entry.expect("seed entry").path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = fs::read_to_string(&path).expect("seeds are UTF-8");
        for (i, line) in text.lines().enumerate() {
            if line.contains("Putin") && !line.contains("Vladimir Putin") {
                out.push((name.clone(), i + 1, line.trim().to_string()));
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// 1. index + stats
// ---------------------------------------------------------------------------------------------

#[test]
fn index_seeds_then_stats_json() {
    let (_tmp, idx) = temp_index();
    let r = index(&seeds(), &idx);
    assert!(
        r.stdout.contains("4 added"),
        "summary lacks `4 added`: {:?}",
        r.stdout
    );
    expect_counts(&r, 4, 0, 0, 0, 0);

    let r = run(&["stats", "--index", s(&idx), "--json"]);
    expect_code(&r, 0, "stats --json");
    let v: Value = serde_json::from_str(r.stdout.trim())
        .unwrap_or_else(|e| panic!("stats --json is not one JSON object ({e}): {}", r.stdout));
    assert!(v.is_object(), "stats --json: {v}");
    for key in ["files", "passages", "bytes", "root"] {
        assert!(v.get(key).is_some(), "stats --json lacks {key}: {v}");
    }
    assert_eq!(v["files"].as_u64(), Some(4), "files: {v}");
    assert!(v["passages"].as_u64().unwrap_or(0) > 0, "passages: {v}");
    assert!(v["bytes"].as_u64().unwrap_or(0) > 0, "bytes: {v}");
    let root = PathBuf::from(str_of(&v, "root"));
    assert_eq!(
        root.canonicalize().ok(),
        seeds().canonicalize().ok(),
        "root is the seeds folder: {v}"
    );
}

// ---------------------------------------------------------------------------------------------
// 2. search --json: keys, order, and the hit points at the right line
// ---------------------------------------------------------------------------------------------

#[test]
fn search_json_hits_point_at_real_lines() {
    let (_tmp, idx) = seeded();
    let (code, hits) = search_json(&idx, "Witkoff Moscow", &[]);
    assert_eq!(code, 0);
    for h in &hits {
        for key in [
            "source", "line", "score", "title", "passage", "speaker", "quote",
        ] {
            assert!(h.get(key).is_some(), "hit lacks {key}: {h}");
        }
        assert!(h["line"].as_u64().unwrap_or(0) >= 1, "line: {h}");
        assert!(h["score"].is_number(), "score: {h}");
    }
    let scores: Vec<f64> = hits.iter().map(|h| h["score"].as_f64().unwrap()).collect();
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "scores do not descend: {scores:?}"
    );

    let first = &hits[0];
    let path = seeds().join(str_of(first, "source"));
    let text = fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("source {} unreadable: {e}", path.display()));
    let line_no = first["line"].as_u64().unwrap() as usize;
    let line = text
        .lines()
        .nth(line_no - 1)
        .unwrap_or_else(|| panic!("{} has no line {line_no}", path.display()))
        .to_lowercase();
    for word in ["witkoff", "moscow"] {
        assert!(
            line.contains(word),
            "line {line_no} of {} lacks {word}: {line}",
            path.display()
        );
    }
    // The passage reported is that line of the file.
    assert!(
        line.contains(&str_of(first, "passage").to_lowercase()),
        "passage {:?} is not line {line_no} of {}",
        str_of(first, "passage"),
        path.display()
    );
}

// ---------------------------------------------------------------------------------------------
// 3. human output names source:line
// ---------------------------------------------------------------------------------------------

#[test]
fn human_search_shows_source_and_line() {
    let (_tmp, idx) = seeded();
    let (_, hits) = search_json(&idx, "Witkoff Moscow", &[]);
    let want = format!("{}:{}", str_of(&hits[0], "source"), hits[0]["line"]);
    let r = run(&["search", "Witkoff Moscow", "--index", s(&idx)]);
    expect_code(&r, 0, "human search");
    assert!(
        r.stdout.contains(&want),
        "human output lacks {want}:\n{}",
        r.stdout
    );
}

// ---------------------------------------------------------------------------------------------
// 4. exit codes
// ---------------------------------------------------------------------------------------------

#[test]
fn exit_codes_found_and_not_found() {
    let (_tmp, idx) = seeded();
    let r = run(&["search", "Crimea", "--index", s(&idx)]);
    expect_code(&r, 0, "search with hits");
    let r = run(&["search", "zqxjvwlorbnak", "--index", s(&idx)]);
    expect_code(&r, 1, "search with no hits");
    assert!(
        !r.stdout.contains(".txt:"),
        "no hits expected: {}",
        r.stdout
    );
    let r = run(&["search", "zqxjvwlorbnak", "--index", s(&idx), "--json"]);
    expect_code(&r, 1, "search --json with no hits");
    assert!(r.stdout.trim().is_empty(), "no JSON lines: {}", r.stdout);
}

#[test]
fn exit_code_2_when_no_index() {
    let tmp = TempDir::new().unwrap();
    let missing = tmp.path().join("no-such-index");
    let r = run(&["search", "Crimea", "--index", s(&missing)]);
    expect_code(&r, 2, "search without an index");
    assert!(
        r.stderr.contains("newsidx index"),
        "message should tell to run `newsidx index`: {}",
        r.stderr
    );
    assert!(r.stdout.is_empty(), "nothing on stdout: {}", r.stdout);
    assert!(!missing.exists(), "search must not create the index folder");
}

#[test]
fn exit_code_2_on_unclosed_quote() {
    let (_tmp, idx) = seeded();
    let r = run(&["search", "\"Crimea will stay", "--index", s(&idx)]);
    expect_code(&r, 2, "unclosed quote");
    assert!(
        r.stderr.contains("character"),
        "message should say where (\"character\"): {}",
        r.stderr
    );
    assert_eq!(
        r.stderr.trim().lines().count(),
        1,
        "one line on stderr: {}",
        r.stderr
    );
}

#[test]
fn exit_code_2_on_a_filter_without_value_or_a_dangling_operator() {
    let (_tmp, idx) = seeded();
    for (query, hint) in [
        ("speaker:", "needs a value"),
        ("Crimea speaker: Putin", "needs a value"),
        ("Crimea AND", "lower case"),
    ] {
        let r = run(&["search", query, "--index", s(&idx)]);
        expect_code(&r, 2, query);
        assert!(r.stderr.contains(hint), "{query}: {}", r.stderr);
        assert_eq!(r.stderr.trim().lines().count(), 1, "{query}: {}", r.stderr);
    }
}

#[test]
fn exit_code_2_on_quotes_by_an_empty_speaker() {
    let (_tmp, idx) = seeded();
    for speaker in ["", "  "] {
        let r = run(&["quotes", "--speaker", speaker, "--index", s(&idx)]);
        expect_code(&r, 2, "quotes --speaker with no name");
        assert!(
            r.stderr.contains("needs a name"),
            "{speaker:?}: {}",
            r.stderr
        );
        assert!(r.stdout.is_empty(), "nothing listed: {}", r.stdout);
    }
}

#[test]
fn exit_code_2_on_foreign_folder_as_index() {
    let tmp = TempDir::new().unwrap();
    let foreign = tmp.path().join("my-notes");
    let note = foreign.join("notes.txt");
    let original: Vec<u8> = b"Shopping list\n\nmilk, eggs, Crimea atlas\n".to_vec();
    write(&note, &original);

    let listing = |dir: &Path| {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };

    let r = run(&["search", "Crimea", "--index", s(&foreign)]);
    expect_code(&r, 2, "search with a foreign folder as index");
    assert!(!r.stderr.trim().is_empty(), "an error message is printed");

    let r = run(&["index", s(&seeds()), "--index", s(&foreign)]);
    expect_code(&r, 2, "index into a foreign folder");
    assert!(!r.stderr.trim().is_empty(), "an error message is printed");

    assert_eq!(
        fs::read(&note).unwrap(),
        original,
        "the foreign file was changed"
    );
    assert_eq!(
        listing(&foreign),
        vec!["notes.txt".to_string()],
        "newsidx wrote into a folder that is not its index"
    );
}

#[test]
fn exit_code_2_on_unknown_entity_kind() {
    let (_tmp, idx) = seeded();
    let r = run(&["entities", "--kind", "nonsense", "--index", s(&idx)]);
    expect_code(&r, 2, "entities --kind nonsense");
    assert!(!r.stderr.trim().is_empty(), "an error message is printed");
}

// ---------------------------------------------------------------------------------------------
// 5. incremental indexing
// ---------------------------------------------------------------------------------------------

#[test]
fn incremental_runs_add_update_remove() {
    let tmp = TempDir::new().unwrap();
    let corpus = tmp.path().join("corpus");
    let idx = tmp.path().join("idx");

    let one = corpus.join("one.txt");
    let two = corpus.join("two.txt");
    let three = corpus.join("three.txt");
    let four = corpus.join("four.txt");
    write(
        &one,
        article(
            "Harbour council meets over dredging plan",
            &[
                "The harbour council met on Tuesday to discuss the dredging of the old channel.",
                "Engineers from gravelwick presented three options for the work.",
                "A decision is expected next month.",
            ],
        ),
    );
    write(
        &two,
        article(
            "Farmers report record apple harvest",
            &[
                "Orchards across the valley reported a record harvest this autumn.",
                "The quillmarsh cooperative said prices had fallen as a result.",
                "Growers hope exports will absorb the surplus.",
            ],
        ),
    );
    write(
        &three,
        article(
            "Library reopens after renovation",
            &[
                "The town library reopened on Saturday after a two-year renovation.",
                "The bramblecot reading room now holds the local history archive.",
                "Opening hours will be extended in the summer.",
            ],
        ),
    );

    // First run: everything is new.
    let r = index(&corpus, &idx);
    expect_counts(&r, 3, 0, 0, 0, 0);
    for (word, src) in [
        ("gravelwick", "one.txt"),
        ("quillmarsh", "two.txt"),
        ("bramblecot", "three.txt"),
    ] {
        let (code, hits) = search_json(&idx, word, &[]);
        assert_eq!(code, 0, "{word} found after the first run");
        assert_eq!(sources(&hits), vec![src.to_string()], "{word}");
    }

    // An unchanged file must not be read again: make it unreadable (same size and mtime).
    use std::os::unix::fs::PermissionsExt;
    let mtime_before = fs::metadata(&three).unwrap().modified().unwrap();
    fs::set_permissions(&three, fs::Permissions::from_mode(0o000)).unwrap();
    let unreadable = fs::File::open(&three)
        .and_then(|mut f| f.read(&mut [0u8; 1]))
        .is_err();
    if !unreadable {
        println!(
            "running as a user who can read mode-000 files (root?): \
             the `unchanged files are not read` check is skipped"
        );
    }
    assert_eq!(
        fs::metadata(&three).unwrap().modified().unwrap(),
        mtime_before
    );

    // Second run: nothing changed.
    let r = index(&corpus, &idx);
    expect_counts(&r, 0, 0, 0, 3, 0);
    if unreadable {
        assert!(
            !r.stderr.contains("three.txt"),
            "an unchanged file was read (warning about it): {}",
            r.stderr
        );
    }

    // Edit one (new content, new size), delete one, add one.
    let old_len = fs::metadata(&one).unwrap().len();
    write(
        &one,
        article(
            "Harbour council meets over dredging plan",
            &[
                "The harbour council met on Tuesday to discuss the dredging of the old channel.",
                "Engineers from thimbleford presented four options for the work, at length.",
                "A decision is expected next month, the chair told reporters afterwards.",
            ],
        ),
    );
    assert_ne!(fs::metadata(&one).unwrap().len(), old_len, "size changed");
    fs::remove_file(&two).unwrap();
    write(
        &four,
        article(
            "Ferry service resumes",
            &[
                "The island ferry resumed service on Monday after the storm.",
                "Passengers on the fennimore crossing faced delays of an hour.",
            ],
        ),
    );

    let r = index(&corpus, &idx);
    expect_counts(&r, 1, 1, 1, 1, 0);
    if unreadable {
        assert!(
            !r.stderr.contains("three.txt"),
            "an unchanged file was read (warning about it): {}",
            r.stderr
        );
    }

    // Search follows the changes.
    let (code, _) = search_json(&idx, "quillmarsh", &[]);
    assert_eq!(code, 1, "a word only in the deleted file is gone");
    let (code, _) = search_json(&idx, "gravelwick", &[]);
    assert_eq!(code, 1, "the edited file's old word is gone");
    for (word, src) in [
        ("fennimore", "four.txt"),
        ("thimbleford", "one.txt"),
        ("bramblecot", "three.txt"),
    ] {
        let (code, hits) = search_json(&idx, word, &[]);
        assert_eq!(code, 0, "{word} found after the update");
        assert_eq!(sources(&hits), vec![src.to_string()], "{word}");
    }
    let r = run(&["stats", "--index", s(&idx), "--json"]);
    expect_code(&r, 0, "stats");
    let v: Value = serde_json::from_str(r.stdout.trim()).unwrap();
    assert_eq!(v["files"].as_u64(), Some(3), "three files now: {v}");

    fs::set_permissions(&three, fs::Permissions::from_mode(0o644)).unwrap();
}

// ---------------------------------------------------------------------------------------------
// 6. index without DIR, --rebuild
// ---------------------------------------------------------------------------------------------

#[test]
fn index_without_dir_uses_recorded_root_and_rebuild_readds() {
    let (tmp, idx) = temp_index();
    index(&seeds(), &idx);

    // From a folder with no `seeds` in it, so only the recorded root can be meant.
    let elsewhere = tmp.path().join("elsewhere");
    fs::create_dir_all(&elsewhere).unwrap();
    let r = run_in(Some(&elsewhere), &["index", "--index", s(&idx)]);
    expect_code(&r, 0, "index without DIR");
    expect_counts(&r, 0, 0, 0, 4, 0);

    let r = run(&["index", s(&seeds()), "--rebuild", "--index", s(&idx)]);
    expect_code(&r, 0, "index --rebuild");
    expect_counts(&r, 4, 0, 0, 0, 0);

    let r = run(&["stats", "--index", s(&idx), "--json"]);
    let v: Value = serde_json::from_str(r.stdout.trim()).unwrap();
    assert_eq!(
        v["files"].as_u64(),
        Some(4),
        "no duplicates after rebuild: {v}"
    );
    let (_, hits) = search_json(&idx, "Witkoff Moscow", &["--limit", "100"]);
    let mut keys: Vec<(String, u64)> = hits
        .iter()
        .map(|h| (str_of(h, "source").to_string(), h["line"].as_u64().unwrap()))
        .collect();
    let n = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), n, "duplicate hits after rebuild: {keys:?}");
}

// ---------------------------------------------------------------------------------------------
// 7. another DIR into an existing index
// ---------------------------------------------------------------------------------------------

#[test]
fn indexing_other_dir_without_rebuild_is_refused() {
    let (tmp, idx) = seeded();
    let other = tmp.path().join("other");
    write(
        &other.join("a.txt"),
        article("Other news", &["Something else entirely happened."]),
    );
    let r = run(&["index", s(&other), "--index", s(&idx)]);
    expect_code(&r, 2, "index of another folder without --rebuild");
    assert!(!r.stderr.trim().is_empty(), "an error message is printed");

    // The index is as it was.
    let r = run(&["stats", "--index", s(&idx), "--json"]);
    let v: Value = serde_json::from_str(r.stdout.trim()).unwrap();
    assert_eq!(v["files"].as_u64(), Some(4), "{v}");
    assert_eq!(
        PathBuf::from(str_of(&v, "root")).canonicalize().ok(),
        seeds().canonicalize().ok()
    );
}

/// Links are not followed unless asked, but the run says how many it passed over and how to
/// follow them; with `--follow-links` what they lead to is indexed.
#[cfg(unix)]
#[test]
fn links_not_followed_are_told_of() {
    let (tmp, idx) = temp_index();
    let corpus = tmp.path().join("corpus");
    let elsewhere = tmp.path().join("elsewhere");
    write(
        &corpus.join("own.txt"),
        article("Own news", &["Something happened here."]),
    );
    write(
        &elsewhere.join("linked.txt"),
        article("Linked news", &["Something happened there."]),
    );
    write(
        &elsewhere.join("folder/deep.txt"),
        article("Deep news", &["Something happened deeper."]),
    );
    std::os::unix::fs::symlink(elsewhere.join("linked.txt"), corpus.join("linked.txt")).unwrap();
    std::os::unix::fs::symlink(elsewhere.join("folder"), corpus.join("folder")).unwrap();
    std::os::unix::fs::symlink(
        elsewhere.join("linked.txt"),
        corpus.join("not-an-article.bin"),
    )
    .unwrap();

    let r = run(&["index", s(&corpus), "--index", s(&idx), "--json"]);
    expect_code(&r, 0, "index with links");
    let v: Value = serde_json::from_str(r.stdout.trim()).unwrap();
    assert_eq!(v["added"].as_u64(), Some(1), "{v}");
    assert_eq!(v["links_not_followed"].as_u64(), Some(2), "{v}");
    assert!(
        r.stderr.contains("2 symbolic links were not followed")
            && r.stderr.contains("--follow-links"),
        "the warning names the count and the flag: {}",
        r.stderr
    );

    let r = run(&[
        "index",
        s(&corpus),
        "--index",
        s(&idx),
        "--follow-links",
        "--json",
    ]);
    expect_code(&r, 0, "index --follow-links");
    let v: Value = serde_json::from_str(r.stdout.trim()).unwrap();
    assert_eq!(v["added"].as_u64(), Some(2), "{v}");
    assert_eq!(v["unchanged"].as_u64(), Some(1), "{v}");
    assert_eq!(v["links_not_followed"].as_u64(), Some(0), "{v}");
    assert!(!r.stderr.contains("not followed"), "{}", r.stderr);
}

// ---------------------------------------------------------------------------------------------
// 8. decoding
// ---------------------------------------------------------------------------------------------

#[test]
fn decodes_legacy_encodings_and_skips_binary() {
    let tmp = TempDir::new().unwrap();
    let corpus = tmp.path().join("corpus");
    let idx = tmp.path().join("idx");

    // Windows-1252: smart quotes 0x93/0x94 and a pound sign 0xA3 around a unique word.
    let mut cp1252 = b"Budget row in the council\r\n\r\n".to_vec();
    cp1252.extend_from_slice(
        b"The treasurer said \x93the plorvenash fund costs \xA3300m\x94 and would be cut.\r\n",
    );
    write(&corpus.join("cp1252.txt"), &cp1252);

    // UTF-16 LE with a BOM.
    let utf16_text =
        "Storm hits the coast\n\nResidents of wuzzlethorpe were told to stay indoors.\n";
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in utf16_text.encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    write(&corpus.join("utf16.txt"), &utf16);

    // UTF-8 with a BOM and CRLF line ends; the unique word on line 5.
    let crlf_lines = [
        "Museum opens new wing",
        "",
        "The city museum opened a new wing on Sunday.",
        "",
        "Its first show is about the snorkelwig expedition of 1911.",
        "",
        "Entry is free until March.",
    ];
    let mut crlf = "\u{FEFF}".as_bytes().to_vec();
    crlf.extend_from_slice(crlf_lines.join("\r\n").as_bytes());
    crlf.extend_from_slice(b"\r\n");
    write(&corpus.join("crlf.txt"), &crlf);
    let crlf_line = crlf_lines
        .iter()
        .position(|l| l.contains("snorkelwig"))
        .unwrap()
        + 1;

    // Binary bytes with NULs, named like an article.
    let mut state: u32 = 0x2545_F491;
    let mut binary = vec![0x7F, b'E', b'L', b'F', 0, 0, 0, 0];
    for _ in 0..4096 {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        binary.push((state & 0xFF) as u8);
        if state.is_multiple_of(7) {
            binary.push(0);
        }
    }
    write(&corpus.join("x.txt"), &binary);

    let r = run(&["index", s(&corpus), "--index", s(&idx)]);
    expect_code(&r, 0, "index of mixed encodings");
    expect_counts(&r, 3, 0, 0, 0, 1);
    let warnings: Vec<&str> = r.stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(
        warnings.len(),
        1,
        "exactly one warning expected:\n{}",
        r.stderr
    );
    assert!(
        warnings[0].contains("x.txt"),
        "the warning names the binary file: {}",
        warnings[0]
    );

    // Windows-1252
    let (code, hits) = search_json(&idx, "plorvenash", &[]);
    assert_eq!(code, 0, "the Windows-1252 word is found");
    assert_eq!(str_of(&hits[0], "source"), "cp1252.txt");
    assert_eq!(hits[0]["line"].as_u64(), Some(3), "{}", hits[0]);
    let passage = str_of(&hits[0], "passage");
    assert!(
        passage.contains('\u{201C}') && passage.contains('\u{201D}') && passage.contains('£'),
        "smart quotes and pound sign decoded: {passage:?}"
    );
    assert!(
        !passage.contains('\u{FFFD}'),
        "no replacement characters: {passage:?}"
    );

    // UTF-16
    let (code, hits) = search_json(&idx, "wuzzlethorpe", &[]);
    assert_eq!(code, 0, "the UTF-16 word is found");
    assert_eq!(str_of(&hits[0], "source"), "utf16.txt");
    assert_eq!(hits[0]["line"].as_u64(), Some(3), "{}", hits[0]);

    // UTF-8 BOM + CRLF
    let (code, hits) = search_json(&idx, "snorkelwig", &[]);
    assert_eq!(code, 0, "the CRLF file's word is found");
    assert_eq!(str_of(&hits[0], "source"), "crlf.txt");
    assert_eq!(
        hits[0]["line"].as_u64(),
        Some(crlf_line as u64),
        "line of the CRLF hit: {}",
        hits[0]
    );
    assert!(!str_of(&hits[0], "passage").contains('\r'));
    assert!(!str_of(&hits[0], "title").contains('\u{FEFF}'), "BOM kept");
}

// ---------------------------------------------------------------------------------------------
// 9. quotes
// ---------------------------------------------------------------------------------------------

#[test]
fn a_run_with_extraction_after_a_passages_only_run_extracts_every_file() {
    let (_tmp, idx) = temp_index();
    let r = run(&["index", s(&seeds()), "--index", s(&idx), "--no-extract"]);
    expect_code(&r, 0, "index --no-extract");
    let r = run(&["quotes", "--index", s(&idx), "--json"]);
    assert!(json_lines(&r.stdout).is_empty(), "{}", r.stdout);
    // the files did not change, yet they are read again: the index holds no extraction yet
    let r = index(&seeds(), &idx);
    assert!(r.stderr.contains("--no-extract"), "{}", r.stderr);
    assert_eq!(count(&r.stdout, "unchanged"), 0, "{}", r.stdout);
    let r = run(&["quotes", "--index", s(&idx), "--json"]);
    expect_code(&r, 0, "quotes after extraction");
    assert!(!json_lines(&r.stdout).is_empty());
    // and the next run finds them unchanged
    let r = index(&seeds(), &idx);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    assert_eq!(count(&r.stdout, "updated"), 0, "{}", r.stdout);
}

#[test]
fn quotes_with_speakers() {
    let (_tmp, idx) = seeded();
    let r = run(&["quotes", "--index", s(&idx), "--json"]);
    expect_code(&r, 0, "quotes --json");
    let rows = json_lines(&r.stdout);
    assert!(!rows.is_empty());
    for row in &rows {
        for key in ["source", "line", "speaker", "text", "kind"] {
            assert!(row.get(key).is_some(), "quote lacks {key}: {row}");
        }
    }
    assert!(
        rows.iter().any(|q| q["text"]
            .as_str()
            .is_some_and(|t| t.contains("Crimea will stay with Russia"))
            && q["speaker"] == "Donald Trump"),
        "no Trump quote `Crimea will stay with Russia`:\n{}",
        r.stdout
    );

    let r = run(&[
        "quotes",
        "--speaker",
        "Zelensky",
        "--index",
        s(&idx),
        "--json",
    ]);
    expect_code(&r, 0, "quotes --speaker Zelensky");
    let rows = json_lines(&r.stdout);
    assert!(!rows.is_empty());
    for row in &rows {
        assert_eq!(row["speaker"], "Volodymyr Zelensky", "{row}");
    }
    // The human listing too.
    let r = run(&["quotes", "--speaker", "Zelensky", "--index", s(&idx)]);
    expect_code(&r, 0, "quotes --speaker Zelensky (human)");
    assert!(r.stdout.contains("Volodymyr Zelensky"));
    for name in ["Donald Trump", "Vladimir Putin", "Yuri Ushakov"] {
        assert!(!r.stdout.contains(&format!("{name}:")), "{}", r.stdout);
    }

    let r = run(&["quotes", "--speaker", "Nobody", "--index", s(&idx)]);
    expect_code(&r, 1, "quotes --speaker Nobody");
}

// ---------------------------------------------------------------------------------------------
// 10. questions
// ---------------------------------------------------------------------------------------------

#[test]
fn who_said_and_what_did_say_about() {
    let (_tmp, idx) = seeded();
    let (code, hits) = search_json(&idx, "who said Crimea", &[]);
    assert_eq!(code, 0);
    let mut speakers: Vec<String> = Vec::new();
    for h in &hits {
        if let Some(sp) = h["speaker"].as_str() {
            if !speakers.iter().any(|x| x == sp) {
                speakers.push(sp.to_string());
            }
        }
    }
    let mut first_two: Vec<&str> = speakers.iter().take(2).map(String::as_str).collect();
    first_two.sort();
    assert_eq!(
        first_two,
        vec!["Donald Trump", "Volodymyr Zelensky"],
        "first two speakers of `who said Crimea`: {speakers:?}"
    );

    let (code, hits) = search_json(&idx, "what did Zelensky say about Crimea", &[]);
    assert_eq!(code, 0);
    for h in &hits {
        assert_eq!(h["speaker"], "Volodymyr Zelensky", "{h}");
    }
    assert!(
        hits.iter().any(|h| h["quote"]
            .as_str()
            .is_some_and(|q| q.contains("Crimean peninsula"))),
        "no hit quotes `Crimean peninsula`"
    );

    let r = run(&["search", "who said Crimea", "--index", s(&idx)]);
    expect_code(&r, 0, "who said Crimea (human)");
    assert!(
        r.stdout
            .lines()
            .any(|l| l.contains("Donald Trump") && l.contains("quote")),
        "no speaker group line for Donald Trump:\n{}",
        r.stdout
    );
}

// ---------------------------------------------------------------------------------------------
// 11. entities
// ---------------------------------------------------------------------------------------------

#[test]
fn entities_merge_aliases() {
    let (_tmp, idx) = seeded();
    let r = run(&["entities", "--index", s(&idx), "--json"]);
    expect_code(&r, 0, "entities --json");
    let rows = json_lines(&r.stdout);
    let find = |name: &str| rows.iter().find(|e| e["name"] == name);

    let putin = find("Vladimir Putin").expect("Vladimir Putin is an entity");
    assert_eq!(putin["kind"], "person", "{putin}");
    assert!(
        putin["aliases"]
            .as_array()
            .is_some_and(|a| a.iter().any(|x| x == "Putin")),
        "Putin among the aliases: {putin}"
    );
    assert!(find("Putin").is_none(), "a separate entity `Putin`");

    let us = find("United States").expect("United States is an entity");
    assert_eq!(us["kind"], "place", "{us}");
    for alias in ["US", "U.S."] {
        assert!(find(alias).is_none(), "a separate entity `{alias}`");
    }

    let r = run(&["entities", "--kind", "place", "--index", s(&idx), "--json"]);
    expect_code(&r, 0, "entities --kind place");
    let places = json_lines(&r.stdout);
    assert!(places.iter().any(|e| e["name"] == "United States"));
    for e in &places {
        assert_eq!(e["kind"], "place", "{e}");
    }
}

#[test]
fn entity_filter_matches_alias_only_passages() {
    let expected = seed_lines_with_only_putin();
    assert!(
        !expected.is_empty(),
        "the seeds have lines saying `Putin` without `Vladimir Putin`"
    );
    let (_tmp, idx) = seeded();
    let (code, hits) = search_json(&idx, "entity:\"Vladimir Putin\"", &["--limit", "1000"]);
    assert_eq!(code, 0);
    for h in &hits {
        assert!(
            str_of(h, "passage").contains("Putin"),
            "hit without Putin: {h}"
        );
    }
    let alias_only: Vec<&Value> = hits
        .iter()
        .filter(|h| {
            expected.iter().any(|(src, line, _)| {
                str_of(h, "source") == src && h["line"].as_u64() == Some(*line as u64)
            })
        })
        .collect();
    assert!(
        !alias_only.is_empty(),
        "no hit on a line saying only `Putin` (expected one of {expected:?})"
    );
    let p = str_of(alias_only[0], "passage");
    assert!(p.contains("Putin") && !p.contains("Vladimir Putin"), "{p}");
}

// ---------------------------------------------------------------------------------------------
// 12. source: filter
// ---------------------------------------------------------------------------------------------

#[test]
fn source_filter_limits_to_a_subfolder() {
    let tmp = TempDir::new().unwrap();
    let corpus = tmp.path().join("corpus");
    let idx = tmp.path().join("idx");
    write(
        &corpus.join("a/one.txt"),
        article(
            "Lanternfish seen off the cape",
            &["Divers counted hundreds of lanternfish near the northern reef."],
        ),
    );
    write(
        &corpus.join("b/two.txt"),
        article(
            "Trawlers avoid the bay",
            &["Fishing crews said lanternfish shoals had moved south in the spring."],
        ),
    );
    index(&corpus, &idx);

    let (code, hits) = search_json(&idx, "lanternfish", &["--no-group"]);
    assert_eq!(code, 0);
    let all = sources(&hits);
    assert!(all.iter().any(|s| s.starts_with("a/")), "{all:?}");
    assert!(all.iter().any(|s| s.starts_with("b/")), "{all:?}");

    let (code, hits) = search_json(&idx, "lanternfish source:a", &[]);
    assert_eq!(code, 0, "source:a finds the article in a/");
    for src in sources(&hits) {
        assert!(src.starts_with("a/"), "source:a returned {src}");
    }
}

// ---------------------------------------------------------------------------------------------
// 13. closed pipe
// ---------------------------------------------------------------------------------------------

#[test]
fn closed_pipe_does_not_panic() {
    let tmp = TempDir::new().unwrap();
    let corpus = tmp.path().join("corpus");
    let idx = tmp.path().join("idx");
    // Enough distinct hits that the output cannot fit in a pipe buffer.
    for i in 0..150 {
        let paragraphs: Vec<String> = (0..6)
            .map(|j| {
                format!(
                    "Report {i}-{j}: the dockyard strike entered day {j} as crews in district {i} \
                     met officials about wages, shifts and the new cranes on pier {}.",
                    i * 10 + j
                )
            })
            .collect();
        let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
        write(
            &corpus.join(format!("{i:03}.txt")),
            article(&format!("Dockyard strike bulletin {i}"), &refs),
        );
    }
    let r = run(&["index", s(&corpus), "--index", s(&idx), "--quiet"]);
    expect_code(&r, 0, "index of the large fixture");

    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("newsidx"))
        .args([
            "search",
            "dockyard strike",
            "--index",
            s(&idx),
            "--limit",
            "1000",
            "--json",
        ])
        .env_remove("NEWSIDX_INDEX")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn newsidx");
    let stdout = child.stdout.take().unwrap();
    let mut first = String::new();
    BufReader::new(stdout).read_line(&mut first).unwrap();
    // The reader is dropped here: the pipe is closed while newsidx still writes.
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        serde_json::from_str::<Value>(first.trim()).is_ok(),
        "first line is a hit: {first:?}"
    );
    assert!(
        !stderr.contains("panicked"),
        "panic on a closed pipe: {stderr}"
    );
    assert_ne!(out.status.code(), Some(101), "panic exit status: {stderr}");
    assert!(
        out.status.code().is_some_and(|c| c == 0 || c == 1),
        "exit on a closed pipe: {:?}, stderr: {stderr}",
        out.status
    );

    // And through a shell pipeline with head.
    let bin = assert_cmd::cargo::cargo_bin("newsidx");
    let script = format!(
        "'{}' search 'dockyard strike' --index '{}' --limit 1000 | head -1",
        bin.display(),
        idx.display()
    );
    let out = std::process::Command::new("sh")
        .args(["-c", &script])
        .env_remove("NEWSIDX_INDEX")
        .output()
        .expect("sh runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked"),
        "panic under `| head -1`: {stderr}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
}

// ---------------------------------------------------------------------------------------------
// 14. no colour off a terminal / with NO_COLOR
// ---------------------------------------------------------------------------------------------

#[test]
fn no_ansi_escapes_off_terminal_or_with_no_color() {
    let (_tmp, idx) = seeded();
    for query in ["Witkoff Moscow", "who said Crimea"] {
        let out = newsidx()
            .args(["search", query, "--index", s(&idx)])
            .env_remove("NO_COLOR")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert!(!out.stdout.is_empty());
        assert!(
            !out.stdout.contains(&0x1b),
            "ANSI escape in piped output of {query:?}"
        );

        let out = newsidx()
            .args(["search", query, "--index", s(&idx)])
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert!(
            !out.stdout.contains(&0x1b) && !out.stderr.contains(&0x1b),
            "ANSI escape with NO_COLOR for {query:?}"
        );
    }
    let out = newsidx()
        .args(["entities", "--index", s(&idx)])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!out.stdout.contains(&0x1b), "ANSI escape in entities");
}

#[test]
fn search_answers_the_same_without_or_with_a_damaged_lookup_table() {
    let (_tmp, idx) = seeded();
    let lookup = idx.join("lookup.tsv");
    assert!(lookup.is_file(), "indexing writes the search lookup table");
    let queries = [
        "who said Crimea",
        "what did Zelensky say about Crimea",
        "three hours Witkoff Putin",
    ];
    let before: Vec<_> = queries.iter().map(|q| search_json(&idx, q, &[])).collect();
    assert!(before.iter().all(|(code, _)| *code == 0));
    // missing: made again in memory from the index
    fs::remove_file(&lookup).unwrap();
    for (q, expected) in queries.iter().zip(&before) {
        assert_eq!(
            &search_json(&idx, q, &[]),
            expected,
            "{q} without lookup.tsv"
        );
    }
    // a table from another commit is stale and ignored
    fs::write(&lookup, "newsidx-lookup 999999\nn\u{1f}Putin\t0\n").unwrap();
    for (q, expected) in queries.iter().zip(&before) {
        assert_eq!(
            &search_json(&idx, q, &[]),
            expected,
            "{q} with a stale lookup.tsv"
        );
    }
    // garbage never makes search fail or panic
    fs::write(&lookup, [0xffu8, 0, b'\n', b'\t', 0x80, b'\n']).unwrap();
    for q in queries {
        let (code, _) = search_json(&idx, q, &[]);
        assert_eq!(code, 0, "{q} with a garbage lookup.tsv");
    }
}

/// The paragraphs as `&str`.
fn refs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// Words of a made-up passage, long enough to carry fingerprint bands.
fn long_passage(topic: &str, n: usize) -> String {
    format!(
        "The {topic} committee met on day {n} and agreed that the harbour levy would rise \
         by {n} percent next spring while the ferry timetable stays exactly as it was before."
    )
}

#[test]
fn stories_join_articles_sharing_passages_but_not_a_common_footer() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("corpus");
    // two passages of boilerplate, so that without the limit every pair of articles would share
    // two passages and tell one story
    let footer = "Copyright notice: this story may not be copied, broadcast, rewritten or \
                  passed on in any form without the written permission of the publisher.\n\n\
                  Readers with news of their own can write to the newsroom at any hour of the \
                  day, and every letter will be read by one of the editors on duty.";
    // a and b share two long passages; every article, a and b too, ends with the same footer,
    // which more files carry than the sharing limit allows
    let shared = [long_passage("harbour", 3), long_passage("ferry", 7)];
    let a = [
        "Officials in the port town spoke on Monday.".to_string(),
        shared[0].clone(),
        shared[1].clone(),
        footer.to_string(),
    ];
    let b = [
        "A different opening line about the same port.".to_string(),
        shared[0].clone(),
        shared[1].clone(),
        footer.to_string(),
    ];
    write(&dir.join("a.txt"), article("Port levy", &refs(&a)));
    write(&dir.join("b.txt"), article("Levy rises", &refs(&b)));
    for i in 0..10 {
        let own = [
            long_passage(&format!("topic{i}"), 100 + i),
            footer.to_string(),
        ];
        write(
            &dir.join(format!("other{i}.txt")),
            article(&format!("Other {i}"), &refs(&own)),
        );
    }
    let idx = tmp.path().join("idx");
    index(&dir, &idx);
    let r = run(&["stories", "--index", s(&idx), "--json"]);
    expect_code(&r, 0, "stories");
    let stories = json_lines(&r.stdout);
    assert_eq!(stories.len(), 1, "one story: {}", r.stdout);
    let sources: Vec<&str> = stories[0]["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(sources, ["a.txt", "b.txt"]);
}

#[test]
fn copies_of_one_passage_do_not_crowd_out_the_page() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("corpus");
    // forty copies of one short passage outscore every other mention of the word, and
    // collapse into one hit
    for i in 0..40 {
        write(
            &dir.join(format!("copy{i:02}.txt")),
            article(&format!("Wire copy {i}"), &["Harbour levy rises."]),
        );
    }
    // twelve different passages that mention it among many other words
    let topics = [
        "fishermen",
        "tourism",
        "shipyard",
        "ferries",
        "lighthouse",
        "dredging",
        "pensions",
        "schools",
        "rail",
        "museum",
        "festival",
        "weather",
    ];
    let others = [
        "council", "budget", "mayor", "repairs", "spring", "vote", "traders", "jobs", "cargo",
        "tides", "visitors", "wages",
    ];
    for (i, topic) in topics.iter().enumerate() {
        let own = format!(
            "Debate about {topic} and {} went on for hours before anyone mentioned the harbour \
             levy, which {topic} groups say should pay for {} and {}.",
            others[i],
            others[(i + 5) % 12],
            topics[(i + 7) % 12]
        );
        write(
            &dir.join(format!("own{i:02}.txt")),
            article(&format!("Report on {topic}"), &[&own]),
        );
    }
    let idx = tmp.path().join("idx");
    index(&dir, &idx);
    let (code, hits) = search_json(&idx, "harbour levy", &["--limit", "10"]);
    assert_eq!(code, 0);
    assert_eq!(hits.len(), 10, "a full page: {hits:?}");
    let copies = hits
        .iter()
        .filter(|h| str_of(h, "source").starts_with("copy"))
        .count();
    assert_eq!(copies, 1, "the copies are one hit");
}
