//! Turning a file's bytes into text: BOMs, UTF-16, Windows-1252, CRLF, and telling binary apart.

use std::borrow::Cow;

/// How the bytes of a file were decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Valid UTF-8 (with or without a BOM).
    Utf8,
    /// UTF-16, little or big endian, recognised by its BOM.
    Utf16,
    /// Bytes that are not UTF-8, read as Windows-1252 (a superset of Latin-1's printable range).
    Windows1252,
}

/// Why a file was not taken as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotText {
    /// NUL bytes or many control characters: a binary file.
    Binary,
}

impl std::fmt::Display for NotText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotText::Binary => write!(f, "binary content (NUL or control bytes), not text"),
        }
    }
}

/// Decodes a file's bytes into text with `\n` line ends, or says why it is not text.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), NotText> {
    // (`nul_checked`: bytes without a BOM were looked through for NUL bytes by `looks_binary`,
    // and each of their decodings keeps a NUL byte a NUL character)
    let (text, encoding, nul_checked): (Cow<str>, Encoding, bool) =
        if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
            (String::from_utf8_lossy(rest), Encoding::Utf8, false)
        } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
            let (text, _, _) = if bytes[0] == 0xFF {
                encoding_rs::UTF_16LE.decode(bytes)
            } else {
                encoding_rs::UTF_16BE.decode(bytes)
            };
            (text, Encoding::Utf16, false)
        } else {
            if looks_binary(bytes) {
                return Err(NotText::Binary);
            }
            match std::str::from_utf8(bytes) {
                Ok(s) => (Cow::Borrowed(s), Encoding::Utf8, true),
                // UTF-8 text with a few broken bytes stays UTF-8 (the bad bytes become U+FFFD);
                // text with no valid multi-byte sequence at all is a legacy single-byte encoding
                Err(_) if has_utf8_sequences(bytes) => {
                    (String::from_utf8_lossy(bytes), Encoding::Utf8, true)
                }
                Err(_) => {
                    let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
                    (text, Encoding::Windows1252, true)
                }
            }
        };
    if !nul_checked && text.contains('\0') {
        return Err(NotText::Binary);
    }
    Ok((normalize_line_ends(&text), encoding))
}

/// Whether the bytes hold at least one valid multi-byte UTF-8 sequence.
fn has_utf8_sequences(bytes: &[u8]) -> bool {
    String::from_utf8_lossy(bytes)
        .chars()
        .any(|c| c.len_utf8() > 1 && c != char::REPLACEMENT_CHARACTER)
}

/// The first bytes of a file that [`looks_binary`] counts control bytes in.
const BINARY_HEAD: usize = 8192;

/// A file is binary when it holds a NUL byte, or when its first 8 KiB hold more than 10% control
/// bytes.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(BINARY_HEAD)];
    let (nul, control) = nul_and_control_bytes(head);
    nul || (!head.is_empty() && control * 10 > head.len())
        || memchr::memchr(0, &bytes[head.len()..]).is_some()
}

/// Whether the bytes hold a NUL byte, and how many control bytes they hold (below 0x20, but for
/// tab, line feed, form feed and carriage return): eight bytes at a time as one number (SWAR),
/// each test exact (every byte's top bit cleared first, so that no sum carries into the next
/// byte, and the bytes beyond ASCII set aside by their own top bits).
fn nul_and_control_bytes(bytes: &[u8]) -> (bool, usize) {
    use crate::swar::{count_flags, in_range, read, HIGH, ONES};
    let is_control = |b: u8| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C);
    let (mut nul, mut control) = (false, 0);
    let mut at = 0;
    while let Some(x) = read(bytes, at) {
        let ascii = !x & HIGH;
        let low = x & !HIGH;
        // (bytes below 0x20, line ends and tabs among them, are rare: most numbers hold none,
        // told by one sum, whose top bit a byte's low seven bits plus 0x60 set from 0x20 on)
        if !low.wrapping_add(ONES * 0x60) & ascii != 0 {
            let controls = in_range(low, 0, 0x1F)
                & !(in_range(low, b'\t', b'\n') | in_range(low, 0x0C, b'\r'))
                & ascii;
            if controls != 0 {
                control += count_flags(controls);
                nul |= in_range(low, 0, 0) & ascii != 0;
            }
        }
        at += 8;
    }
    for &b in &bytes[at..] {
        nul |= b == 0;
        control += usize::from(is_control(b));
    }
    (nul, control)
}

/// `\r\n` and lone `\r` become `\n`, so that lines count the same everywhere.
fn normalize_line_ends(text: &str) -> String {
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_and_crlf() {
        let (text, enc) = decode(b"\xEF\xBB\xBFTitle\r\nBody\r\n").unwrap();
        assert_eq!(text, "Title\nBody\n");
        assert_eq!(enc, Encoding::Utf8);
    }

    #[test]
    fn windows_1252_smart_quotes_and_pound() {
        let (text, enc) = decode(b"a \x93quote\x94 of \xA315m").unwrap();
        assert_eq!(text, "a \u{201C}quote\u{201D} of \u{A3}15m");
        assert_eq!(enc, Encoding::Windows1252);
    }

    #[test]
    fn utf16_le_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Kyiv \u{201C}hi\u{201D}".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let (text, enc) = decode(&bytes).unwrap();
        assert_eq!(text, "Kyiv \u{201C}hi\u{201D}");
        assert_eq!(enc, Encoding::Utf16);
    }

    #[test]
    fn broken_byte_in_utf8_text_keeps_the_rest() {
        let (text, enc) = decode(b"Z\xc3\xbcrich \xff sits here").unwrap();
        assert_eq!(text, "Z\u{fc}rich \u{fffd} sits here");
        assert_eq!(enc, Encoding::Utf8);
    }

    #[test]
    fn binary_is_refused() {
        assert_eq!(decode(b"\x7FELF\x02\x01\x01\0\0\0"), Err(NotText::Binary));
    }

    #[test]
    fn control_bytes_are_counted_as_a_byte_at_a_time() {
        let is_control = |b: &u8| *b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C);
        let all: Vec<u8> = (0..=255u8)
            .chain(b"plain\ttext\r\n".iter().copied())
            .collect();
        for at in 0..all.len() {
            for len in [0, 1, 7, 8, 9, 17, 40] {
                let bytes = &all[at..all.len().min(at + len)];
                let expected = (
                    bytes.contains(&0),
                    bytes.iter().filter(|b| is_control(b)).count(),
                );
                assert_eq!(nul_and_control_bytes(bytes), expected, "{bytes:?}");
            }
        }
        assert_eq!(
            decode(
                &[b'a'; 9000]
                    .iter()
                    .chain(b"\0")
                    .copied()
                    .collect::<Vec<u8>>()
            ),
            Err(NotText::Binary)
        );
    }

    #[test]
    fn empty_is_text() {
        assert_eq!(decode(b"").unwrap().0, "");
    }
}
