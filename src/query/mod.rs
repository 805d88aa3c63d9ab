//! Querying: question forms, query building, ranking, grouping. Knows the schema; knows nothing
//! of how results are printed.

pub mod group;
pub mod intent;
pub mod search;

pub use intent::{parse, Intent, ParsedQuery, QueryError};
pub use search::{search, Answer, Hit, SearchOptions, SourceLine};
