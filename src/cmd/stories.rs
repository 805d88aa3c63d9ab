//! `newsidx stories`: articles grouped into stories, their sources, duplicates, and the passages
//! only one source carries.

use crate::index::derived;
use crate::render;
use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;

/// Options of `newsidx stories`.
#[derive(Debug, Clone)]
pub struct Args {
    /// The index folder.
    pub index: PathBuf,
    /// Most stories listed.
    pub limit: Option<usize>,
    /// JSON Lines.
    pub json: bool,
}

/// Runs `newsidx stories`.
pub fn run(args: &Args) -> Result<bool> {
    let handle = crate::index::open(&args.index)?;
    let list = derived::story_list(&handle)?;
    let stories: Vec<_> = list.iter().take(args.limit.unwrap_or(usize::MAX)).collect();
    let mut out = super::stdout();
    let style = render::human::Style::new(render::use_color());
    let result = (|| -> std::io::Result<()> {
        for s in &stories {
            if args.json {
                render::json::line(&mut out, s)?;
                continue;
            }
            writeln!(
                out,
                "{} {} — {} sources",
                style.bold(&format!("story {}:", s.story)),
                s.title,
                s.sources.len()
            )?;
            if !s.entities.is_empty() {
                writeln!(
                    out,
                    "  {}",
                    style.dim(&format!("about: {}", s.entities.join(", ")))
                )?;
            }
            writeln!(
                out,
                "  sources: {}",
                s.sources
                    .iter()
                    .map(|x| style.path(x))
                    .collect::<Vec<_>>()
                    .join(", ")
            )?;
            for d in &s.duplicates {
                writeln!(out, "  identical files: {}", d.join(" = "))?;
            }
            for p in &s.single_source {
                writeln!(
                    out,
                    "  {} {}:{}  {}  {}",
                    style.wrap_warning("[single source]"),
                    style.path(&p.source),
                    style.line(p.line),
                    render::human::truncate(&p.passage, 160),
                    style.dim(&format!("({})", p.claims.join(", ")))
                )?;
            }
        }
        Ok(())
    })();
    super::written(result)?;
    super::finish(out)?;
    Ok(!stories.is_empty())
}
