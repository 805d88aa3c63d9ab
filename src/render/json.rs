//! JSON Lines: one object a line, keys stable for scripts (`source`, `line`, `score`, `title`,
//! `passage`, `speaker`, `quote`, …).

use crate::query::Hit;
use serde::Serialize;
use std::io::Write;

/// Writes one value as a JSON line.
pub fn line<W: Write, T: Serialize>(out: &mut W, value: &T) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    out.write_all(b"\n")
}

/// Writes hits, best first.
pub fn hits<W: Write>(out: &mut W, hits: &[Hit]) -> std::io::Result<()> {
    for h in hits {
        line(out, h)?;
    }
    Ok(())
}
