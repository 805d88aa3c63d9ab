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
