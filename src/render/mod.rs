//! Rendering: hits and listings as text for people (colour only on a terminal) or as JSON Lines
//! for scripts. Knows nothing but what it is handed.

pub mod human;
pub mod json;

use std::io::IsTerminal;

/// Whether to colour output: only on a terminal, and never with `NO_COLOR` set.
pub fn use_color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}
