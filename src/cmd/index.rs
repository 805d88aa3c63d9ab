//! `newsidx index [DIR]`: build or update the index of a folder of articles.

use crate::index::{self, store, IndexOptions};
use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// Options of `newsidx index`.
#[derive(Debug, Clone)]
pub struct Args {
    /// The corpus folder; the recorded one (or `seeds`) when absent.
    pub dir: Option<PathBuf>,
    /// The index folder.
    pub index: PathBuf,
    /// Start over.
    pub rebuild: bool,
    /// Wait for another writer.
    pub wait: bool,
    /// Follow symbolic links.
    pub follow_links: bool,
    /// No progress bar, no summary.
    pub quiet: bool,
    /// The summary as JSON.
    pub json: bool,
    /// Largest article file in MiB.
    pub max_file_mib: u64,
    /// Passages only, no extraction.
    pub no_extract: bool,
    /// Writer memory budget in MiB.
    pub memory_mib: usize,
    /// Skip grouping into stories.
    pub no_stories: bool,
}

/// The folder to index: the one given, the one the index records, or `seeds`.
fn corpus_root(args: &Args) -> Result<PathBuf> {
    let dir = match &args.dir {
        Some(d) => d.clone(),
        None => store::recorded_root(&args.index).unwrap_or_else(|| PathBuf::from("seeds")),
    };
    if !dir.exists() {
        bail!(
            "{} does not exist; give the folder of articles to index: `newsidx index DIR`",
            dir.display()
        );
    }
    if !dir.is_dir() {
        bail!(
            "{} is not a folder; give the folder that holds the articles",
            dir.display()
        );
    }
    dir.canonicalize()
        .with_context(|| format!("cannot resolve {}", dir.display()))
}

/// Runs `newsidx index`.
pub fn run(args: &Args) -> Result<bool> {
    let root = corpus_root(args)?;
    let opts = IndexOptions {
        root,
        index: args.index.clone(),
        rebuild: args.rebuild,
        wait: args.wait,
        follow_links: args.follow_links,
        max_file_bytes: args.max_file_mib.saturating_mul(1 << 20),
        extract: !args.no_extract,
        memory_budget: args.memory_mib.saturating_mul(1 << 20),
        stories: !args.no_stories,
    };
    let bar = (!args.quiet && std::io::stderr().is_terminal()).then(|| {
        // the walk hands files out as it finds them: the total is not known up front
        let bar = ProgressBar::new_spinner();
        bar.set_style(
            ProgressStyle::with_template("{spinner} indexing: {pos} files {per_sec} {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar
    });
    let progress = |done: u64| {
        if let Some(b) = &bar {
            b.set_position(done);
        }
    };
    let summary = index::run(&opts, &progress)?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    for w in &summary.warnings {
        eprintln!("newsidx: warning: skipped {}: {}", w.path, w.reason);
    }
    if let Some(first) = &summary.first_link_not_followed {
        let n = summary.links_not_followed;
        eprintln!(
            "newsidx: warning: {n} symbolic link{} not followed ({first}{}); pass --follow-links to index what they lead to",
            if n == 1 { " was" } else { "s were" },
            if n > 1 { ", …" } else { "" },
        );
    }
    for n in &summary.notes {
        eprintln!("newsidx: warning: {}: {}", n.path, n.reason);
    }
    if args.json {
        let mut out = super::stdout();
        crate::render::json::line(&mut out, &summary)?;
        super::finish(out)?;
    } else if !args.quiet {
        println!(
            "indexed {}: {} added, {} updated, {} removed, {} unchanged, {} skipped files; {} passages, {} quotes in {:.2} s",
            display_root(&opts.root),
            summary.added,
            summary.updated,
            summary.removed,
            summary.unchanged,
            summary.skipped,
            summary.passages,
            summary.quotes,
            summary.seconds
        );
    }
    Ok(true)
}

fn display_root(root: &Path) -> String {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| root.strip_prefix(cwd).ok().map(|p| p.display().to_string()))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| root.display().to_string())
}
