//! `newsidx entities`: people, places and organisations of the corpus, most mentioned first.

use crate::extract::EntityKind;
use crate::index::derived;
use crate::render;
use anyhow::{bail, Result};
use std::io::Write;
use std::path::PathBuf;

/// Options of `newsidx entities`.
#[derive(Debug, Clone)]
pub struct Args {
    /// The index folder.
    pub index: PathBuf,
    /// Only this kind.
    pub kind: Option<String>,
    /// Most entities listed.
    pub limit: Option<usize>,
    /// JSON Lines.
    pub json: bool,
}

fn parse_kind(s: &str) -> Result<EntityKind> {
    Ok(match s.to_lowercase().as_str() {
        "person" | "people" | "per" => EntityKind::Person,
        "place" | "location" | "loc" | "gpe" => EntityKind::Place,
        "organization" | "organisation" | "org" => EntityKind::Organization,
        "other" => EntityKind::Other,
        _ => bail!("--kind {s} is not a kind; use person, place, organization or other"),
    })
}

/// Runs `newsidx entities`.
pub fn run(args: &Args) -> Result<bool> {
    let wanted = args.kind.as_deref().map(parse_kind).transpose()?;
    let handle = crate::index::open(&args.index)?;
    let table = derived::entities(&handle)?;
    let rows: Vec<_> = table
        .entities
        .iter()
        .filter(|e| wanted.is_none_or(|k| e.kind == k))
        .take(args.limit.unwrap_or(usize::MAX))
        .collect();
    let mut out = super::stdout();
    let style = render::human::Style::new(render::use_color());
    let result = (|| -> std::io::Result<()> {
        for e in &rows {
            if args.json {
                render::json::line(&mut out, e)?;
            } else {
                let aliases = if e.aliases.is_empty() {
                    String::new()
                } else {
                    format!("  (also: {})", e.aliases.join(", "))
                };
                writeln!(
                    out,
                    "{:>6}  {:<12} {}  {} sources{}",
                    e.mentions,
                    e.kind.as_str(),
                    style.bold(&e.name),
                    e.sources,
                    style.dim(&aliases)
                )?;
            }
        }
        Ok(())
    })();
    super::written(result)?;
    super::finish(out)?;
    Ok(!rows.is_empty())
}
