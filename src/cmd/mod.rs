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

/// Runs a command so that a panic (a bug, or a library failing on damaged index files) ends as
/// an error that says where it happened and what to try, never as a panic trace.
pub fn guarded<T>(run: impl FnOnce() -> anyhow::Result<T>) -> anyhow::Result<T> {
    static LAST_PANIC: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let place = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = Some(format!("{message} (at {place})"));
        }
    }));
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)) {
        Ok(result) => result,
        Err(_) => {
            let what = LAST_PANIC
                .lock()
                .ok()
                .and_then(|mut last| last.take())
                .unwrap_or_default();
            Err(anyhow::anyhow!(
                "unexpected failure: {what}; if the index files are damaged, rebuild them with \
                 `newsidx index DIR --index PATH --rebuild`, otherwise please report this"
            ))
        }
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
