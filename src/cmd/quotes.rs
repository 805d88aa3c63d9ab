//! `newsidx quotes`: every quote (and, on request, reported statement) with its speaker.

use crate::index::{derived, kind, stored_text, stored_u64, term_query, IndexHandle};
use crate::render;
use anyhow::{bail, Result};
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;
use tantivy::query::{BooleanQuery, Occur, Query};

/// Options of `newsidx quotes`.
#[derive(Debug, Clone)]
pub struct Args {
    /// The index folder.
    pub index: PathBuf,
    /// Only this speaker (any alias).
    pub speaker: Option<String>,
    /// quote, reported or all.
    pub kind: String,
    /// Most quotes listed.
    pub limit: Option<usize>,
    /// JSON Lines.
    pub json: bool,
}

/// One listed quote.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteRow {
    /// Path relative to the corpus root.
    pub source: String,
    /// 1-based line where the quote starts.
    pub line: u64,
    /// The speaker's name as the corpus knows it, spelled as in this source; or null.
    pub speaker: Option<String>,
    /// The words.
    pub text: String,
    /// quote or reported.
    pub kind: String,
    /// How the text calls an unnamed speaker.
    pub description: Option<String>,
    #[serde(skip)]
    start: u64,
}

/// Reads every quote of the wanted kinds, in source and line order.
pub fn list(handle: &IndexHandle, kinds: &[&str], speaker: Option<&str>) -> Result<Vec<QuoteRow>> {
    let f = handle.fields;
    let table = derived::SearchTables::load(handle)?;
    let reader = handle.reader()?;
    let searcher = reader.searcher();
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(
        Occur::Must,
        Box::new(BooleanQuery::new(
            kinds
                .iter()
                .map(|k| (Occur::Should, term_query(f.kind, k)))
                .collect(),
        )),
    )];
    if let Some(s) = speaker {
        let members = table.members(s);
        clauses.push((
            Occur::Must,
            Box::new(BooleanQuery::new(
                members
                    .iter()
                    .map(|m| (Occur::Should, term_query(f.speaker, m)))
                    .collect(),
            )),
        ));
    }
    let docs = crate::index::store::stored_docs(&searcher, &BooleanQuery::new(clauses))?;
    let mut rows: Vec<QuoteRow> = docs
        .iter()
        .map(|doc| QuoteRow {
            source: stored_text(doc, f.source).unwrap_or_default(),
            line: stored_u64(doc, f.line),
            speaker: stored_text(doc, f.speaker).map(|s| table.as_spelled(&s)),
            text: stored_text(doc, f.text).unwrap_or_default(),
            kind: stored_text(doc, f.kind).unwrap_or_default(),
            description: stored_text(doc, f.description),
            start: stored_u64(doc, f.start),
        })
        .collect();
    rows.sort_by(|a, b| a.source.cmp(&b.source).then(a.start.cmp(&b.start)));
    Ok(rows)
}

/// Runs `newsidx quotes`.
pub fn run(args: &Args) -> Result<bool> {
    if args.speaker.as_deref().is_some_and(|s| s.trim().is_empty()) {
        bail!("--speaker needs a name: newsidx quotes --speaker \"Vladimir Putin\"");
    }
    let handle = crate::index::open(&args.index)?;
    let kinds: Vec<&str> = match args.kind.as_str() {
        "quote" | "quotes" | "direct" => vec![kind::QUOTE],
        "reported" => vec![kind::REPORTED],
        "all" => vec![kind::QUOTE, kind::REPORTED],
        other => bail!("--kind {other} is not a kind; use quote, reported or all"),
    };
    let mut rows = list(&handle, &kinds, args.speaker.as_deref())?;
    if let Some(n) = args.limit {
        rows.truncate(n);
    }
    let mut out = super::stdout();
    let style = render::human::Style::new(render::use_color());
    let result = (|| -> std::io::Result<()> {
        for r in &rows {
            if args.json {
                render::json::line(&mut out, r)?;
            } else {
                let who = r
                    .speaker
                    .clone()
                    .or_else(|| r.description.clone())
                    .unwrap_or_else(|| "(unattributed)".into());
                let tag = if r.kind == kind::REPORTED {
                    " (reported)"
                } else {
                    ""
                };
                writeln!(
                    out,
                    "{}:{}  {}: \u{201C}{}\u{201D}{tag}",
                    style.path(&r.source),
                    style.line(r.line),
                    style.bold(&who),
                    r.text
                )?;
            }
        }
        Ok(())
    })();
    super::written(result)?;
    super::finish(out)?;
    Ok(!rows.is_empty())
}
