//! Indexing: the tantivy schema, the index folder, incremental runs, and tables derived from the
//! committed index. Knows tantivy; knows nothing of quote patterns.

pub mod analyzer;
pub mod derived;
pub mod file_table;
pub mod lookup;
pub mod pread;
pub mod schema;
pub mod store;
pub mod stories;
pub mod writer;

pub use schema::{kind, stored_text, stored_u64, term_query, Fields, SCHEMA_VERSION};
pub use store::{open, IndexHandle};
pub use writer::{run, FileSummary, IndexOptions, IndexSummary};

/// Gives the memory freed by a finished stage back to the system, so the extraction stage's
/// peak is not carried into the derived tables' stage: the allocator's pages freed on other
/// threads, and anything the C library's own allocator holds.
pub fn release_free_memory() {
    // SAFETY: both calls only return free pages of an allocator to the system.
    unsafe {
        libmimalloc_sys::mi_collect(true);
        #[cfg(all(target_os = "linux", target_env = "gnu"))]
        libc::malloc_trim(0);
    }
}

/// When the first phase was traced: later phases print the time since.
static TRACE_START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// With `NEWSIDX_TRACE` set, prints a phase name with the seconds since the first traced phase
/// and the process's memory to stderr.
pub fn trace(phase: &str) {
    if std::env::var_os("NEWSIDX_TRACE").is_none() {
        return;
    }
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let mem: Vec<&str> = status
        .lines()
        .filter(|l| {
            l.starts_with("VmRSS")
                || l.starts_with("RssAnon")
                || l.starts_with("RssFile")
                || l.starts_with("VmHWM")
        })
        .collect();
    let elapsed = TRACE_START.get_or_init(std::time::Instant::now).elapsed();
    eprintln!(
        "trace {phase} at {:.2} s: {}",
        elapsed.as_secs_f64(),
        mem.join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    );
}
