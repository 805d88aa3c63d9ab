//! newsidx: a search engine for folders of news articles.
//!
//! The data's way: [`corpus`] (walk, decode, passages) → [`extract`] (entities, quotes, speakers)
//! → [`index`] (tantivy documents, incremental runs) → [`query`] (question forms, ranking) →
//! [`render`] (text or JSON Lines). [`cmd`] holds one module per subcommand.

pub mod cmd;
pub mod corpus;
pub mod extract;
pub mod index;
pub mod query;
pub mod render;

/// The memory allocator of every program built on this library: extraction and tantivy's
/// writer make millions of small, short-lived allocations, which mimalloc serves in a fraction of
/// the system allocator's instructions. [`tune_allocator`] keeps its memory as low as the
/// system allocator's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Makes the allocator give freed memory back at once and commit its arenas only as they fill:
/// without this, mimalloc holds about half as much memory again as the system allocator while
/// indexing. Options must be set before the first allocation, which the Rust runtime makes
/// before `main`, so [`TUNE_ALLOCATOR`] runs this as the program is loaded. The environment
/// (`MIMALLOC_PURGE_DELAY`, `MIMALLOC_ARENA_EAGER_COMMIT`) still overrides it.
pub extern "C" fn tune_allocator() {
    use libmimalloc_sys as mi;
    // mimalloc.h (v3) numbers its options in this order: arena_eager_commit is 4, purge_delay 15
    const ARENA_EAGER_COMMIT: mi::mi_option_t = 4;
    const PURGE_DELAY: mi::mi_option_t = 15;
    // SAFETY: setting an option's default only changes what later allocations and frees do.
    unsafe {
        mi::mi_option_set_default(ARENA_EAGER_COMMIT, 0);
        mi::mi_option_set_default(PURGE_DELAY, 0);
    }
}

/// Runs [`tune_allocator`] when the program is loaded, before the runtime's first allocation.
#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array"]
pub static TUNE_ALLOCATOR: extern "C" fn() = tune_allocator;
