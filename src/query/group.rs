//! Collapsing hits that tell the same thing from several sources into one.

use super::search::{Hit, SourceLine};

/// Collapses hits: for now each hit stands for itself.
pub fn collapse(mut hits: Vec<Hit>) -> Vec<Hit> {
    for h in &mut hits {
        h.sources = vec![SourceLine {
            source: h.source.clone(),
            line: h.line,
        }];
        h.corroboration = 1;
    }
    hits
}
