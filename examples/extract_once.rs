//! Runs the extraction stage once, on one thread, over every `.txt` file of a folder, and prints
//! the throughput: a fixed amount of work for profilers and instruction counters
//! (`perf stat -e instructions:u`), which are steady where wall time on a shared machine is not.
//!
//! `cargo run --release --example extract_once -- ../shared/corpora/bbc`

use std::time::Instant;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "seeds".to_string());
    let walk = newsidx::corpus::walk(std::path::Path::new(&dir), false);
    let texts: Vec<String> = walk
        .filter_map(|found| match found {
            newsidx::corpus::Found::File(f) => std::fs::read(&f.path).ok(),
            _ => None,
        })
        .filter_map(|b| newsidx::corpus::decode(&b).ok().map(|(text, _)| text))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let started = Instant::now();
    let mut quotes = 0;
    let mut entities = 0;
    for text in texts {
        let a = newsidx::extract::annotate_text(text);
        quotes += a.quotes.len();
        entities += a.entities.len();
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{bytes} bytes, {entities} entities, {quotes} quotes in {seconds:.3} s: {:.1} MB/s",
        bytes as f64 / seconds / 1e6
    );
}
