//! Indexing: the tantivy schema, the index folder, incremental runs, and tables derived from the
//! committed index. Knows tantivy; knows nothing of quote patterns.

pub mod derived;
pub mod lookup;
pub mod schema;
pub mod store;
pub mod stories;
pub mod writer;

pub use schema::{kind, stored_text, stored_u64, term_query, Fields, SCHEMA_VERSION};
pub use store::{open, IndexHandle};
pub use writer::{run, FileSummary, IndexOptions, IndexSummary};
