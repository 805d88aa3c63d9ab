//! The `newsidx` command line: argument parsing, dispatch and exit codes, nothing else.

use clap::{Parser, Subcommand};
use newsidx::cmd;
use std::path::PathBuf;
use std::process::ExitCode;

/// Search a folder of news articles: passages, people, places, organisations, and who said what.
#[derive(Parser)]
#[command(name = "newsidx", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
struct IndexPath {
    /// The index folder.
    #[arg(long, global = true, env = "NEWSIDX_INDEX", default_value = "index")]
    index: PathBuf,
}

#[derive(Subcommand)]
enum Command {
    /// Index a folder of .txt and .md articles (incremental: only changed files are read).
    Index {
        /// The folder to index [default: the one the index records, else `seeds`].
        dir: Option<PathBuf>,
        #[command(flatten)]
        index: IndexPath,
        /// Start over: drop what the index holds and index DIR from scratch.
        #[arg(long)]
        rebuild: bool,
        /// Wait for another `newsidx index` on the same index instead of failing.
        #[arg(long)]
        wait: bool,
        /// Follow symbolic links while walking.
        #[arg(long)]
        follow_links: bool,
        /// Print nothing but warnings.
        #[arg(long, short)]
        quiet: bool,
        /// Print the summary as one JSON object.
        #[arg(long)]
        json: bool,
        /// Skip (with a warning) article files larger than this many MiB.
        #[arg(long, default_value_t = 64, value_name = "MIB")]
        max_file_size: u64,
        /// Memory budget of the index writer in MiB (a run peaks at about twice this).
        #[arg(long, default_value_t = 192, value_name = "MIB")]
        memory: usize,
        /// Index passages only, without entities and quotes (for benchmarks).
        #[arg(long, hide = true)]
        no_extract: bool,
        /// Skip grouping articles into stories (for benchmarks).
        #[arg(long, hide = true)]
        no_stories: bool,
    },
    /// Search: free text, phrases, AND/OR/NOT, -term, source:/speaker:/entity:/kind: filters, and
    /// questions such as "who said Crimea" or "what did Zelensky say about Crimea".
    Search {
        /// The query (several words are joined).
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
        #[command(flatten)]
        index: IndexPath,
        /// Most hits to show.
        #[arg(long, short = 'n', default_value_t = 10)]
        limit: usize,
        /// JSON Lines, one hit a line.
        #[arg(long)]
        json: bool,
        /// Show each source of the same words as its own hit.
        #[arg(long)]
        no_group: bool,
    },
    /// List quotes with their speakers.
    Quotes {
        #[command(flatten)]
        index: IndexPath,
        /// Only quotes by this speaker (any name it goes by).
        #[arg(long)]
        speaker: Option<String>,
        /// quote (direct quotes), reported, or all.
        #[arg(long, default_value = "quote")]
        kind: String,
        /// Most quotes to list.
        #[arg(long, short = 'n')]
        limit: Option<usize>,
        /// JSON Lines.
        #[arg(long)]
        json: bool,
    },
    /// List people, places and organisations, most mentioned first.
    Entities {
        #[command(flatten)]
        index: IndexPath,
        /// person, place, organization or other.
        #[arg(long)]
        kind: Option<String>,
        /// Most entities to list.
        #[arg(long, short = 'n')]
        limit: Option<usize>,
        /// JSON Lines.
        #[arg(long)]
        json: bool,
    },
    /// Stories: articles about one event, their sources, identical files, and the passages only
    /// one source carries.
    Stories {
        #[command(flatten)]
        index: IndexPath,
        /// Most stories to list.
        #[arg(long, short = 'n')]
        limit: Option<usize>,
        /// JSON Lines.
        #[arg(long)]
        json: bool,
    },
    /// What the index holds: files, passages, quotes, entities, size, corpus folder.
    Stats {
        #[command(flatten)]
        index: IndexPath,
        /// One JSON object.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = cmd::guarded(|| match cli.command {
        Command::Index {
            dir,
            index,
            rebuild,
            wait,
            follow_links,
            quiet,
            json,
            max_file_size,
            memory,
            no_extract,
            no_stories,
        } => cmd::index::run(&cmd::index::Args {
            dir,
            index: index.index,
            rebuild,
            wait,
            follow_links,
            quiet,
            json,
            max_file_mib: max_file_size,
            no_extract,
            memory_mib: memory,
            no_stories,
        }),
        Command::Search {
            query,
            index,
            limit,
            json,
            no_group,
        } => cmd::search::run(&cmd::search::Args {
            query: query.join(" "),
            index: index.index,
            limit,
            json,
            no_group,
        }),
        Command::Quotes {
            index,
            speaker,
            kind,
            limit,
            json,
        } => cmd::quotes::run(&cmd::quotes::Args {
            index: index.index,
            speaker,
            kind,
            limit,
            json,
        }),
        Command::Entities {
            index,
            kind,
            limit,
            json,
        } => cmd::entities::run(&cmd::entities::Args {
            index: index.index,
            kind,
            limit,
            json,
        }),
        Command::Stories { index, limit, json } => cmd::stories::run(&cmd::stories::Args {
            index: index.index,
            limit,
            json,
        }),
        Command::Stats { index, json } => cmd::stats::run(&cmd::stats::Args {
            index: index.index,
            json,
        }),
    });
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            match cmd::advice(&e) {
                Some(advice) => eprintln!("newsidx: {e:#}; {advice}"),
                None => eprintln!("newsidx: {e:#}"),
            }
            ExitCode::from(2)
        }
    }
}
