//! The tantivy schema: one document per passage, per quote and per file, told apart by `kind`.

use anyhow::{anyhow, Result};
use tantivy::query::{Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED, STORED,
    STRING,
};
use tantivy::{TantivyDocument, Term};

/// Bumped whenever documents change shape; an older index must be rebuilt.
pub const SCHEMA_VERSION: u32 = 5;

/// The tokenizer of full-text fields: English with stemming.
pub const TEXT_TOKENIZER: &str = "en_stem";

/// Document kinds.
pub mod kind {
    /// A passage of an article.
    pub const PASSAGE: &str = "passage";
    /// A direct quote.
    pub const QUOTE: &str = "quote";
    /// Reported speech.
    pub const REPORTED: &str = "reported";
    /// One per file: what the incremental runs compare against.
    pub const FILE: &str = "file";
}

/// Handles to every field.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// Document kind (raw).
    pub kind: Field,
    /// Path relative to the corpus root (raw; a fast field too, read per document in bulk).
    pub source: Field,
    /// 1-based line.
    pub line: Field,
    /// Byte offset of the start in the decoded file.
    pub start: Field,
    /// Byte offset of the end in the decoded file.
    pub end: Field,
    /// Passage position in its article (a fast field too).
    pub ordinal: Field,
    /// Article title (stored; its words are searched as the article's first passage).
    pub title: Field,
    /// Passage text, or the words of a quote (stemmed text with positions).
    pub text: Field,
    /// Canonical names of the entities mentioned (raw, multi-valued).
    pub entities: Field,
    /// Names and aliases of the entities mentioned (stemmed text).
    pub entity_text: Field,
    /// For quotes: the speaker's name in its article (raw).
    pub speaker: Field,
    /// For quotes without a named speaker: how the text calls them.
    pub description: Field,
    /// For files: size in bytes.
    pub size: Field,
    /// For files: modification time in nanoseconds.
    pub mtime: Field,
    /// For files: content hash (hex). Stored only: it is read with the file's record and never
    /// searched (indexing its random terms cost 1.8% of an index run's instructions over BBC).
    pub hash: Field,
    /// For files: JSON summary (entities, counts, encoding).
    pub summary: Field,
    /// For passages: 64-bit fingerprint band keys for finding the same text elsewhere (a
    /// multi-valued fast field only: read in bulk by the stories stage, never searched).
    pub bands: Field,
}

fn text_options(stored: bool, positions: bool) -> TextOptions {
    let record = if positions {
        IndexRecordOption::WithFreqsAndPositions
    } else {
        IndexRecordOption::WithFreqs
    };
    let options = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(TEXT_TOKENIZER)
            .set_index_option(record),
    );
    if stored {
        options.set_stored()
    } else {
        options
    }
}

/// Builds the schema.
pub fn build_schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let fields = Fields {
        kind: b.add_text_field("kind", STRING | STORED),
        source: b.add_text_field("source", STRING | STORED | FAST),
        line: b.add_u64_field("line", STORED | FAST),
        start: b.add_u64_field("start", STORED),
        end: b.add_u64_field("end", STORED),
        ordinal: b.add_u64_field("ordinal", STORED | INDEXED | FAST),
        title: b.add_text_field("title", STORED),
        text: b.add_text_field("text", text_options(true, true)),
        entities: b.add_text_field("entities", STRING | STORED),
        entity_text: b.add_text_field("entity_text", text_options(false, true)),
        speaker: b.add_text_field("speaker", STRING | STORED),
        description: b.add_text_field("description", STORED),
        size: b.add_u64_field("size", STORED),
        mtime: b.add_i64_field("mtime", STORED),
        hash: b.add_text_field("hash", STORED),
        summary: b.add_text_field("summary", STORED),
        bands: b.add_u64_field("bands", FAST),
    };
    (b.build(), fields)
}

/// A stored text value of a document.
pub fn stored_text(doc: &TantivyDocument, field: Field) -> Option<String> {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .map(str::to_string)
}

/// A stored number of a document (0 when absent).
pub fn stored_u64(doc: &TantivyDocument, field: Field) -> u64 {
    doc.get_first(field).and_then(|v| v.as_u64()).unwrap_or(0)
}

/// A query for one exact term of a raw field.
pub fn term_query(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    ))
}

/// Finds every field in an opened index's schema.
pub fn fields_of(schema: &Schema) -> Result<Fields> {
    let get = |name: &str| {
        schema.get_field(name).map_err(|_| {
            anyhow!("the index has no field `{name}`: rebuild it with `newsidx index --rebuild`")
        })
    };
    Ok(Fields {
        kind: get("kind")?,
        source: get("source")?,
        line: get("line")?,
        start: get("start")?,
        end: get("end")?,
        ordinal: get("ordinal")?,
        title: get("title")?,
        text: get("text")?,
        entities: get("entities")?,
        entity_text: get("entity_text")?,
        speaker: get("speaker")?,
        description: get("description")?,
        size: get("size")?,
        mtime: get("mtime")?,
        hash: get("hash")?,
        summary: get("summary")?,
        bands: get("bands")?,
    })
}
