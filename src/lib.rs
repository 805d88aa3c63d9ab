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
mod swar;

/// The memory allocator of every program built on this library: extraction and tantivy's
/// writer make millions of small, short-lived allocations, which mimalloc serves in a fraction of
/// the system allocator's instructions. [`tune_allocator`] keeps its memory as low as the
/// system allocator's.
#[global_allocator]
static ALLOCATOR: WordAlignedMiMalloc = WordAlignedMiMalloc;

/// The alignment every mimalloc block has whatever its size: a machine word.
const WORD_ALIGN: usize = std::mem::size_of::<usize>();

/// mimalloc, asked for plain blocks when a word's alignment is enough. The `mimalloc` crate
/// always asks for aligned blocks, and mimalloc 3 serves an aligned request that misses its
/// fast path (a size class whose page is full, any block over 1 KiB of a size not a power of two)
/// by over-allocating and adjusting; a plain request takes the ordinary path.
pub struct WordAlignedMiMalloc;

// SAFETY: every block comes from mimalloc and goes back to it; a plain mimalloc block is aligned
// to a word, so requests with a larger alignment (or one above their size) go to the aligned API.
unsafe impl std::alloc::GlobalAlloc for WordAlignedMiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= WORD_ALIGN && layout.align() <= layout.size() {
            // SAFETY: a plain allocation of a non-zero size.
            unsafe { libmimalloc_sys::mi_malloc(layout.size()).cast() }
        } else {
            // SAFETY: the caller's layout is valid.
            unsafe { mimalloc::MiMalloc.alloc(layout) }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= WORD_ALIGN && layout.align() <= layout.size() {
            // SAFETY: a plain zeroed allocation of a non-zero size.
            unsafe { libmimalloc_sys::mi_zalloc(layout.size()).cast() }
        } else {
            // SAFETY: the caller's layout is valid.
            unsafe { mimalloc::MiMalloc.alloc_zeroed(layout) }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        // SAFETY: `ptr` came from this allocator (mimalloc frees plain and aligned blocks alike).
        unsafe { mimalloc::MiMalloc.dealloc(ptr, layout) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as the caller's; mimalloc reallocates word-aligned blocks the plain way itself.
        unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) }
    }
}

/// mimalloc.h (v3, libmimalloc-sys 0.1.49) numbers its options in this order; check them when
/// that crate is upgraded. (The tuning runs on Linux only: it is set through `.init_array`.)
#[cfg(target_os = "linux")]
const ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;
/// See [`ARENA_EAGER_COMMIT`].
#[cfg(target_os = "linux")]
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// How long freed memory stays with the allocator before it goes back to the system.
#[cfg(target_os = "linux")]
const PURGE_DELAY_MS: std::ffi::c_long = 10;

/// Makes the allocator give freed memory back after 10 ms and commit its arenas only as they
/// fill: with its defaults, mimalloc held 200–213 MiB indexing BBC×10 where glibc held 118 MiB
/// (with these, 130 MiB). Purging at once (a delay of 0) held 126 MiB but cost 7% more wall time:
/// every freed page was given back with an `madvise` and its TLB shootdowns. Options must be set before the first allocation, which the Rust runtime
/// makes before `main`, so [`TUNE_ALLOCATOR`] runs this as the program is loaded. The
/// environment (`MIMALLOC_PURGE_DELAY`, `MIMALLOC_ARENA_EAGER_COMMIT`) still overrides it.
#[cfg(target_os = "linux")]
extern "C" fn tune_allocator() {
    // SAFETY: setting an option's default only changes what later allocations and frees do.
    unsafe {
        libmimalloc_sys::mi_option_set_default(ARENA_EAGER_COMMIT, 0);
        libmimalloc_sys::mi_option_set_default(PURGE_DELAY, PURGE_DELAY_MS);
    }
}

/// Runs [`tune_allocator`] when the program is loaded, before the runtime's first allocation.
#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array"]
static TUNE_ALLOCATOR: extern "C" fn() = tune_allocator;

#[cfg(all(test, target_os = "linux"))]
mod tests {
    #[test]
    fn the_allocator_is_tuned_before_main() {
        if std::env::vars().any(|(name, _)| name.starts_with("MIMALLOC_")) {
            eprintln!("skipped: MIMALLOC_* set in the environment");
            return;
        }
        // SAFETY: reading an option has no effect.
        let (eager, delay) = unsafe {
            (
                libmimalloc_sys::mi_option_get(super::ARENA_EAGER_COMMIT),
                libmimalloc_sys::mi_option_get(super::PURGE_DELAY),
            )
        };
        // without the tuning these read 2 and 1000, mimalloc's defaults
        assert_eq!((eager, delay), (0, super::PURGE_DELAY_MS));
    }
}
