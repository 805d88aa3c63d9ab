//! Text for people: ranked hits with `source:line`, title and a highlighted snippet; answers to
//! "who said" grouped by speaker.

use crate::query::{Hit, Intent};
use std::io::Write;

/// ANSI styles, or nothing.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    color: bool,
}

impl Style {
    /// Styles that colour when `color` is set.
    pub fn new(color: bool) -> Style {
        Style { color }
    }
    fn wrap(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    /// A file path.
    pub fn path(&self, text: &str) -> String {
        self.wrap("35", text)
    }
    /// A line number.
    pub fn line(&self, n: u64) -> String {
        self.wrap("32", &n.to_string())
    }
    /// A matched word.
    pub fn matched(&self, text: &str) -> String {
        if self.color {
            self.wrap("1;31", text)
        } else {
            format!("[{text}]")
        }
    }
    /// A heading.
    pub fn bold(&self, text: &str) -> String {
        self.wrap("1", text)
    }
    /// A warning mark.
    pub fn wrap_warning(&self, text: &str) -> String {
        self.wrap("33", text)
    }
    /// Secondary text.
    pub fn dim(&self, text: &str) -> String {
        self.wrap("2", text)
    }
}

fn highlighted(style: Style, hit: &Hit) -> String {
    let mut out = String::new();
    let mut last = 0;
    for r in &hit.highlights {
        if r.start < last
            || r.end > hit.snippet.len()
            || !hit.snippet.is_char_boundary(r.start)
            || !hit.snippet.is_char_boundary(r.end)
        {
            continue;
        }
        out.push_str(&hit.snippet[last..r.start]);
        out.push_str(&style.matched(&hit.snippet[r.clone()]));
        last = r.end;
    }
    out.push_str(&hit.snippet[last..]);
    out
}

fn location(style: Style, source: &str, line: u64) -> String {
    format!("{}:{}", style.path(source), style.line(line))
}

fn also_in(style: Style, hit: &Hit) -> Option<String> {
    if hit.sources.len() <= 1 {
        return None;
    }
    let rest: Vec<String> = hit
        .sources
        .iter()
        .skip(1)
        .map(|s| location(style, &s.source, s.line))
        .collect();
    Some(format!(
        "also in {} ({} sources): {}",
        rest.len(),
        hit.corroboration,
        rest.join(", ")
    ))
}

/// Prints ranked hits; "who said" answers are grouped by speaker.
pub fn hits<W: Write>(
    out: &mut W,
    style: Style,
    intent: &Intent,
    hits: &[Hit],
) -> std::io::Result<()> {
    if *intent == Intent::WhoSaid {
        return by_speaker(out, style, hits);
    }
    for (rank, h) in hits.iter().enumerate() {
        let mark = if h.single_source {
            format!(" {}", style.wrap_warning("[single source]"))
        } else {
            String::new()
        };
        writeln!(
            out,
            "{:>2}. {}  {}{}",
            rank + 1,
            location(style, &h.source, h.line),
            style.dim(&h.title),
            mark
        )?;
        if let Some(q) = &h.quote {
            let who = h
                .speaker
                .clone()
                .or_else(|| h.description.clone())
                .unwrap_or_else(|| "(unattributed)".into());
            let verb = if h.kind == "reported" {
                "reportedly"
            } else {
                "said"
            };
            writeln!(
                out,
                "    {} {verb}: \u{201C}{}\u{201D}",
                style.bold(&who),
                highlighted(style, h).trim()
            )?;
            if !h.passage.contains(q.as_str()) || h.passage.len() > q.len() + 40 {
                writeln!(out, "    {}", style.dim(&truncate(&h.passage, 300)))?;
            }
        } else {
            writeln!(out, "    {}", highlighted(style, h).trim())?;
        }
        if let Some(also) = also_in(style, h) {
            writeln!(out, "    {}", style.dim(&also))?;
        }
    }
    Ok(())
}

fn by_speaker<W: Write>(out: &mut W, style: Style, hits: &[Hit]) -> std::io::Result<()> {
    let mut order: Vec<Option<String>> = Vec::new();
    for h in hits {
        if !order.contains(&h.speaker) {
            order.push(h.speaker.clone());
        }
    }
    // the unattributed last
    order.sort_by_key(|s| s.is_none());
    for speaker in order {
        let mine: Vec<&Hit> = hits.iter().filter(|h| h.speaker == speaker).collect();
        let mut sources: Vec<&str> = mine
            .iter()
            .flat_map(|h| h.sources.iter().map(|s| s.source.as_str()))
            .collect();
        sources.sort_unstable();
        sources.dedup();
        let name = speaker.clone().unwrap_or_else(|| "(unattributed)".into());
        let n = mine.len();
        writeln!(
            out,
            "{} — {} quote{}, {} source{}",
            style.bold(&name),
            n,
            if n == 1 { "" } else { "s" },
            sources.len(),
            if sources.len() == 1 { "" } else { "s" }
        )?;
        for h in mine.iter().take(5) {
            let tag = if h.kind == "reported" {
                " (reported)"
            } else {
                ""
            };
            writeln!(
                out,
                "  {}  \u{201C}{}\u{201D}{tag}",
                location(style, &h.source, h.line),
                highlighted(style, h).trim()
            )?;
            if let Some(also) = also_in(style, h) {
                writeln!(out, "      {}", style.dim(&also))?;
            }
        }
        if n > 5 {
            writeln!(out, "  {}", style.dim(&format!("… and {} more", n - 5)))?;
        }
    }
    Ok(())
}

/// Cuts text to about `n` characters at a word boundary.
pub fn truncate(text: &str, n: usize) -> String {
    if text.chars().count() <= n {
        return text.to_string();
    }
    let cut: String = text.chars().take(n).collect();
    let cut = cut
        .rsplit_once(' ')
        .map_or(cut.as_str(), |(a, _)| a)
        .to_string();
    format!("{cut}…")
}
