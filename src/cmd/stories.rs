//! `newsidx stories`: articles grouped into stories, with their sources.
