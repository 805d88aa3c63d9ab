//! Fingerprints of passages, so that the same words told by several sources can be found.
