//! Reading the corpus: walking a folder, decoding files, and cutting articles into paragraphs and
//! passages with their line numbers and byte ranges.

mod article;
mod decode;
mod sentences;
mod walk;

pub(crate) use article::word_count_up_to;
pub use article::{fold_space, Article, LineIndex, Paragraph, Passage, MAX_PASSAGE_WORDS};
pub use decode::{decode, Encoding, NotText};
pub use sentences::sentence_ranges;
pub use walk::{walk, FileEntry, Found, Skipped, ARTICLE_EXTENSIONS};
