//! Criterion benchmarks: the extraction stage alone on one thread, and in-process query latency.
//!
//! `cargo bench --bench extract`
//!
//! * `extract/annotate_text`: `newsidx::extract::annotate_text` over every BBC article
//!   (`$NEWSIDX_CORPORA/bbc`, default `../shared/corpora/bbc` beside the repository); criterion
//!   reports the throughput in bytes of article text per second. Without the corpora it falls
//!   back, with a message, to the repository's `seeds/` folder. Two peers run on the same texts in
//!   the same run, so the figure can be read as a ratio on a noisy machine:
//!   `extract/parse_only` (`Article::parse`: paragraphs and passages, what `--no-extract` does
//!   before tantivy) and `extract/tantivy_en_stem` (tantivy's `en_stem` analyzer over every
//!   article: the tokenizing cost every indexed text field pays anyway).
//! * `query/*`: `newsidx::query::search` on an index of `seeds/` built once in a temporary folder
//!   through the library, without process start-up (compare with the end-to-end figures of
//!   `scripts/bench.sh`).

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use newsidx::corpus::Article;
use newsidx::index::IndexOptions;
use newsidx::query::SearchOptions;
use std::path::{Path, PathBuf};
use std::time::Duration;
use tantivy::tokenizer::{
    Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer,
};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The decoded texts of the `.txt` files under `dir`, sorted by path.
fn read_articles(dir: &Path) -> Vec<String> {
    let walk = newsidx::corpus::walk(dir, false);
    walk.filter_map(|found| match found {
        newsidx::corpus::Found::File(f) => std::fs::read(&f.path).ok(),
        _ => None,
    })
    .filter_map(|bytes| newsidx::corpus::decode(&bytes).ok().map(|(text, _)| text))
    .collect()
}

/// The BBC articles, or the seeds when the corpora are not there.
fn articles() -> (String, Vec<String>) {
    let corpora = std::env::var_os("NEWSIDX_CORPORA")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("..").join("shared").join("corpora"));
    let bbc = corpora.join("bbc");
    if bbc.is_dir() {
        return ("bbc".into(), read_articles(&bbc));
    }
    eprintln!(
        "extract bench: {} is absent; measuring the seeds/ folder instead (a few KB: figures are rough)",
        bbc.display()
    );
    ("seeds".into(), read_articles(&repo().join("seeds")))
}

fn extraction(c: &mut Criterion) {
    let (name, texts) = articles();
    let bytes: usize = texts.iter().map(String::len).sum();
    eprintln!(
        "extract bench: {} articles, {} bytes from {name}",
        texts.len(),
        bytes
    );
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function(format!("annotate_text/{name}"), |b| {
        b.iter(|| {
            let mut quotes = 0;
            for text in &texts {
                let a = newsidx::extract::annotate_text(text.clone());
                quotes += a.quotes.len();
            }
            black_box(quotes)
        })
    });
    group.bench_function(format!("parse_only/{name}"), |b| {
        b.iter(|| {
            let mut passages = 0;
            for text in &texts {
                passages += Article::parse(text.clone()).passages.len();
            }
            black_box(passages)
        })
    });
    // what tantivy registers as `en_stem`
    let mut analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(Stemmer::new(Language::English))
        .build();
    group.bench_function(format!("tantivy_en_stem/{name}"), |b| {
        b.iter(|| {
            let mut tokens = 0;
            for text in &texts {
                let mut stream = analyzer.token_stream(text);
                while stream.advance() {
                    tokens += 1;
                }
            }
            black_box(tokens)
        })
    });
    group.finish();
}

fn queries(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let index = dir.path().join("index");
    let opts = IndexOptions {
        root: repo().join("seeds"),
        index: index.clone(),
        rebuild: true,
        wait: false,
        follow_links: false,
        max_file_bytes: 64 << 20,
        extract: true,
        memory_budget: 64 << 20,
        stories: true,
    };
    newsidx::index::run(&opts, &|_| {}).expect("index the seeds");
    let handle = newsidx::index::open(&index).expect("open the index");
    let search = SearchOptions {
        limit: 10,
        group: true,
    };
    let mut group = c.benchmark_group("query");
    for (name, q) in [
        ("who_said_crimea", "who said Crimea"),
        ("plain_words", "Witkoff Moscow talks"),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                let answer =
                    newsidx::query::search(&handle, black_box(q), &search).expect("search");
                black_box(answer.hits.len())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, extraction, queries);
criterion_main!(benches);
