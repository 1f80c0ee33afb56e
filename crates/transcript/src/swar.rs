//! Eight bytes at a time: fast checks over mostly-ASCII text.

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;
const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;

/// High bit set in each byte of `w` that equals `b` (exact, no false positives).
#[inline]
pub fn eq_mask(w: u64, b: u8) -> u64 {
    let x = w ^ (LO * u64::from(b));
    !(((x & LOW7).wrapping_add(LOW7)) | x) & HI
}

/// True when every byte of `w` is ASCII.
#[inline]
pub fn all_ascii(w: u64) -> bool {
    w & HI == 0
}

/// The 8-byte chunks of `b` (little-endian words) and the tail.
#[inline]
pub fn chunks(b: &[u8]) -> (impl Iterator<Item = (usize, u64)> + '_, usize) {
    let n = b.len() / 8 * 8;
    let it = b[..n]
        .chunks_exact(8)
        .enumerate()
        .map(|(i, c)| (i * 8, u64::from_le_bytes(c.try_into().expect("8 bytes"))));
    (it, n)
}

/// A `BuildHasher` for keys that are already good 64-bit hashes.
pub type PreHashed = std::hash::BuildHasherDefault<IdentityHasher>;

/// Passes a `u64` key through (keys are FNV hashes already).
#[derive(Default, Clone, Copy)]
pub struct IdentityHasher(u64);

impl std::hash::Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_are_exact() {
        let w = u64::from_le_bytes(*b"a  b\r\x00\x01 ");
        let m = eq_mask(w, b' ');
        assert_eq!(m.count_ones(), 3);
        assert_eq!(eq_mask(w, b'\r').count_ones(), 1);
        assert_eq!(eq_mask(w, 0).count_ones(), 1);
        assert!(all_ascii(w));
        assert!(!all_ascii(u64::from_le_bytes(*b"\xc3\xa5abcdef")));
    }
}
