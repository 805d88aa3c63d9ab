//! `newsidx search QUERY`: ranked passages and quotes.

use crate::query::{self, SearchOptions};
use crate::render;
use anyhow::Result;
use std::path::PathBuf;

/// Options of `newsidx search`.
#[derive(Debug, Clone)]
pub struct Args {
    /// The query.
    pub query: String,
    /// The index folder.
    pub index: PathBuf,
    /// Most hits.
    pub limit: usize,
    /// JSON Lines.
    pub json: bool,
    /// Show sources of the same words apart.
    pub no_group: bool,
}

/// Runs `newsidx search`.
pub fn run(args: &Args) -> Result<bool> {
    let handle = crate::index::open(&args.index)?;
    let answer = query::search(
        &handle,
        &args.query,
        &SearchOptions {
            limit: args.limit,
            group: !args.no_group,
        },
    )?;
    let mut out = super::stdout();
    let result = if args.json {
        render::json::hits(&mut out, &answer.hits)
    } else {
        render::human::hits(
            &mut out,
            render::human::Style::new(render::use_color()),
            &answer.intent,
            &answer.hits,
        )
    };
    super::written(result)?;
    super::finish(out)?;
    Ok(!answer.hits.is_empty())
}
