//! The build cache: which job made which files from which inputs, so that a
//! build with nothing changed renders nothing.
//!
//! It lives in `<output>/.podprint-cache.json`, written atomically at the end
//! of a build. A job is skipped when the hash of its inputs (podprint version,
//! options, the episode models it reads) matches the cache and every file it
//! wrote is still there with the same size and content hash. A crash leaves
//! the previous cache in place, which only means some work is redone.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// File name of the cache inside the output directory.
pub const CACHE_FILE: &str = ".podprint-cache.json";

/// A 64-bit FNV-1a hasher that can be fed by `serde_json::to_writer`.
#[derive(Clone, Copy, Debug)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    /// Feed bytes.
    pub fn bytes(&mut self, b: &[u8]) -> &mut Self {
        for &x in b {
            self.0 ^= u64::from(x);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        self
    }
    /// Feed a serializable value as JSON.
    pub fn json<T: Serialize + ?Sized>(&mut self, v: &T) -> &mut Self {
        serde_json::to_writer(&mut *self, v).expect("hashing never fails");
        self.bytes(&[0])
    }
    /// The hash as 16 hex digits.
    pub fn hex(&self) -> String {
        format!("{:016x}", self.0)
    }
}

impl Write for Fnv {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.bytes(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Hash of a file's content.
pub fn content_hash(bytes: &[u8]) -> String {
    Fnv::default().bytes(bytes).hex()
}

/// One file a job wrote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileRecord {
    /// Path relative to the output directory.
    pub path: String,
    /// Size in bytes.
    pub size: u64,
    /// Content hash.
    pub hash: String,
}

/// What the cache knows of one job.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Hash of the job's inputs.
    pub input: String,
    /// Files the job wrote.
    pub files: Vec<FileRecord>,
}

/// The cache of one output directory.
/// Which podprint wrote a cache: the version and the size and modification
/// time of the running executable, so that a rebuilt or upgraded binary (new
/// ranking, new layout) never keeps files an older one wrote.
pub fn build_id() -> &'static str {
    static ID: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    ID.get_or_init(|| {
        let exe = std::env::current_exe()
            .and_then(std::fs::metadata)
            .ok()
            .map(|m| {
                let t = m
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_nanos());
                format!("+{}-{t}", m.len())
            })
            .unwrap_or_default();
        format!("{}{exe}", env!("CARGO_PKG_VERSION"))
    })
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Cache {
    /// The podprint that wrote it ([`build_id`]).
    pub version: String,
    /// Jobs by name (`pdf:ep01`, `epub:collection`…).
    pub jobs: BTreeMap<String, Entry>,
}

impl Cache {
    /// Load the cache of `out_dir`; an absent, unreadable or other-version cache is empty.
    pub fn load(out_dir: &Path) -> Cache {
        let read = || -> Option<Cache> {
            let bytes = std::fs::read(out_dir.join(CACHE_FILE)).ok()?;
            let c: Cache = serde_json::from_slice(&bytes).ok()?;
            (c.version == build_id()).then_some(c)
        };
        read().unwrap_or_else(|| Cache {
            version: build_id().into(),
            jobs: BTreeMap::new(),
        })
    }

    /// True when `job` ran with the same inputs and its files are intact.
    pub fn is_fresh(&self, out_dir: &Path, job: &str, input: &str) -> bool {
        let Some(e) = self.jobs.get(job) else {
            return false;
        };
        e.input == input
            && e.files.iter().all(|f| {
                let p = out_dir.join(&f.path);
                std::fs::metadata(&p).is_ok_and(|m| m.len() == f.size)
                    && std::fs::read(&p).is_ok_and(|b| content_hash(&b) == f.hash)
            })
    }

    /// The files a fresh job made (for the summary).
    pub fn files(&self, job: &str) -> &[FileRecord] {
        self.jobs.get(job).map_or(&[], |e| e.files.as_slice())
    }

    /// Record a job that ran.
    pub fn record(&mut self, job: String, input: String, files: Vec<FileRecord>) {
        self.jobs.insert(job, Entry { input, files });
    }

    /// Drop jobs that are no longer in the plan.
    pub fn retain(&mut self, live: &std::collections::HashSet<String>) {
        self.jobs.retain(|k, _| live.contains(k));
    }

    /// Write the cache atomically.
    pub fn save(&self, out_dir: &Path) -> anyhow::Result<()> {
        let json = serde_json::to_vec_pretty(self)?;
        crate::write::write_atomic(out_dir, Path::new(CACHE_FILE), &json)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_only_with_same_input_and_intact_files() {
        let d = std::env::temp_dir().join(format!("podprint-cache-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join("a.txt"), b"hej").unwrap();
        let mut c = Cache::load(&d);
        assert!(!c.is_fresh(&d, "text:a", "1"));
        c.record(
            "text:a".into(),
            "1".into(),
            vec![FileRecord {
                path: "a.txt".into(),
                size: 3,
                hash: content_hash(b"hej"),
            }],
        );
        c.save(&d).unwrap();
        let c = Cache::load(&d);
        assert!(c.is_fresh(&d, "text:a", "1"));
        assert!(!c.is_fresh(&d, "text:a", "2"), "input changed");
        std::fs::write(d.join("a.txt"), b"hey").unwrap();
        assert!(!c.is_fresh(&d, "text:a", "1"), "file edited");
        std::fs::remove_file(d.join("a.txt")).unwrap();
        assert!(!c.is_fresh(&d, "text:a", "1"), "file gone");
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn hash_is_stable() {
        assert_eq!(Fnv::default().bytes(b"a").hex(), "af63dc4c8601ec8c");
        assert_ne!(
            Fnv::default().json(&[1, 2]).hex(),
            Fnv::default().json(&[2, 1]).hex()
        );
    }
}
