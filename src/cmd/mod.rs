//! One module per subcommand. Each `run` returns whether anything was found (exit status 0 or 1);
//! errors become exit status 2 in `main`.

pub mod entities;
pub mod index;
pub mod quotes;
pub mod search;
pub mod stats;
pub mod stories;

use std::io::{BufWriter, Write};

/// A buffered stdout that treats a closed pipe (`| head`) as the end, not an error.
pub fn stdout() -> BufWriter<std::io::StdoutLock<'static>> {
    BufWriter::new(std::io::stdout().lock())
}

/// Flushes output, ignoring a reader that went away.
pub fn finish<W: Write>(mut out: W) -> anyhow::Result<()> {
    match out.flush() {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// What to do about an error, when the error itself does not say: a failure inside tantivy's
/// files means a damaged index, which `--rebuild` repairs.
pub fn advice(error: &anyhow::Error) -> Option<&'static str> {
    let from_tantivy = error
        .chain()
        .any(|cause| cause.downcast_ref::<tantivy::TantivyError>().is_some());
    let said = format!("{error:#}");
    (from_tantivy && !said.contains("--rebuild")).then_some(
        "the index files may be damaged: rebuild them with `newsidx index DIR --index PATH --rebuild`",
    )
}

/// Maps a write error: a closed pipe ends output quietly.
pub fn written(result: std::io::Result<()>) -> anyhow::Result<bool> {
    match result {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(e.into()),
    }
}
