//! Eight bytes at a time as one number (SWAR): the byte tricks the text scans of [`crate::corpus`]
//! and [`crate::extract`] share.

/// 0x01 in every byte.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// The top bit of every byte.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// Whether an ASCII byte is white space, as [`char::is_whitespace`] tells (no byte beyond ASCII
/// is: those open or continue longer characters).
#[inline(always)]
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// The eight bytes of `bytes` from `at` as one number, the first byte lowest; `None` when fewer
/// than eight are left.
#[inline]
pub(crate) fn read(bytes: &[u8], at: usize) -> Option<u64> {
    let chunk = bytes.get(at..at.checked_add(8)?)?;
    Some(u64::from_le_bytes(chunk.try_into().ok()?))
}

/// The top bits of the bytes of `x` (each below 0x80) that lie from `first` to `last`: a byte
/// plus a bias below 0x80 carries into no other byte.
#[inline]
pub(crate) fn in_range(x: u64, first: u8, last: u8) -> u64 {
    let from_first = x.wrapping_add(ONES * (0x80 - u64::from(first)));
    let past_last = x.wrapping_add(ONES * (0x80 - u64::from(last) - 1));
    from_first & !past_last & HIGH
}

/// The top bits of the zero bytes of `v`; the lowest flagged byte is always a true zero (a false
/// one can only follow a true one).
#[inline]
pub(crate) fn zero_bytes(v: u64) -> u64 {
    v.wrapping_sub(ONES) & !v & HIGH
}

/// The top bits of the bytes of `x` equal to `byte`; the lowest flagged byte is always a true
/// match (see [`zero_bytes`]).
#[inline]
pub(crate) fn equal_bytes(x: u64, byte: u8) -> u64 {
    zero_bytes(x ^ (ONES * u64::from(byte)))
}

/// The top bits of the bytes of `x` equal to `byte`, every flag a true match (unlike
/// [`equal_bytes`], whose flags above a true one may be false): each byte's low seven bits plus
/// 0x7F carry into its top bit alone, and only from a byte that is not zero.
#[inline]
pub(crate) fn exactly_equal_bytes(x: u64, byte: u8) -> u64 {
    let v = x ^ (ONES * u64::from(byte));
    !((v & !HIGH).wrapping_add(!HIGH) | v) & HIGH
}

/// How many bytes of `flags` (top bits alone, as the tests above give) are flagged: each
/// flag moved to its byte's lowest bit, and the bytes summed into the top one by a
/// multiplication (a machine without a population count instruction takes a dozen for
/// `count_ones`).
#[inline]
pub(crate) fn count_flags(flags: u64) -> usize {
    ((flags >> 7).wrapping_mul(ONES) >> 56) as usize
}

/// Whether `flags` (a test of eight bytes as one number, such as [`in_range`], whose flags are
/// only for bytes of `bytes`' own: a zero byte is flagged by none) flags any of `bytes`: eight
/// at a time, the last eight overlapping those before; fewer than eight as one number padded
/// with zero bytes.
#[inline]
pub(crate) fn any_flagged(bytes: &[u8], flags: impl Fn(u64) -> u64) -> bool {
    let n = bytes.len();
    if n < 8 {
        return flags(bytes.iter().rev().fold(0, |x, &b| x << 8 | u64::from(b))) != 0;
    }
    let mut at = 0;
    while let Some(x) = read(bytes, at).filter(|_| at + 8 < n) {
        if flags(x) != 0 {
            return true;
        }
        at += 8;
    }
    read(bytes, n - 8).is_some_and(|x| flags(x) != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_match_a_byte_at_a_time() {
        let text = b"Ab,z\tZ.\"0 ~a\x7fQ?!x.";
        for at in 0..text.len() - 7 {
            let x = read(text, at).expect("8 bytes");
            let flagged = |flags: u64| (0..8).map(move |k| flags >> (8 * k + 7) & 1 == 1);
            let bytes = &text[at..at + 8];
            let capitals: Vec<bool> = flagged(in_range(x, b'A', b'Z')).collect();
            assert_eq!(
                capitals,
                bytes.iter().map(u8::is_ascii_uppercase).collect::<Vec<_>>()
            );
            let first_stop = flagged(equal_bytes(x, b'.')).position(|f| f);
            assert_eq!(first_stop, bytes.iter().position(|&b| b == b'.'));
            for byte in [b'.', b'x', b'\x7f', 0, 0x80, 0xFF] {
                let matches: Vec<bool> = flagged(exactly_equal_bytes(x, byte)).collect();
                assert_eq!(
                    matches,
                    bytes.iter().map(|&b| b == byte).collect::<Vec<_>>()
                );
            }
        }
        assert_eq!(read(b"short", 0), None);
        for k in 0..=255u64 {
            let flags = (0..8).fold(0, |acc, b| acc | (k >> b & 1) << (8 * b + 7));
            assert_eq!(count_flags(flags), k.count_ones() as usize);
        }
    }

    #[test]
    fn any_flagged_matches_a_byte_at_a_time() {
        let digits = |x: u64| in_range(x & !HIGH, b'0', b'9') & !x;
        // (0xB0 and 0xB9 are digits but for their top bit)
        let ascii: &[u8] = b"Ab,z\tZ.\"0 ~a\x7fQ?!x.";
        let wide = "\u{b0}9x\u{2039}\u{130}\u{b9}ab3".as_bytes();
        for text in [ascii, wide] {
            for len in 0..text.len() {
                for at in 0..text.len() - len {
                    let bytes = &text[at..at + len];
                    assert_eq!(
                        any_flagged(bytes, digits),
                        bytes.iter().any(u8::is_ascii_digit),
                        "{bytes:?}"
                    );
                }
            }
        }
    }
}
