//! Links the `newsidx` binary as a position-dependent executable on Linux: a search is one short
//! process, and a position-independent one spends a good part of its start-up relocating
//! pointers (about 27,000) and copying the pages they sit on. The code is still compiled as
//! position-independent; only the final link resolves those relocations ahead of time.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
