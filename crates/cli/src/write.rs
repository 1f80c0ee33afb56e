//! Writing outputs: atomically (temp file + rename in the same directory) and
//! only under the output directory.

use std::io::Write;
use std::path::{Component, Path, PathBuf};

use anyhow::{bail, Context, Result};

/// Write `bytes` to `out_dir/rel` atomically. `rel` must be a relative path
/// without `..`; parent directories are created.
pub fn write_atomic(out_dir: &Path, rel: &Path, bytes: &[u8]) -> Result<PathBuf> {
    if rel.is_absolute() || rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        bail!(
            "refusing to write outside the output directory: {}",
            rel.display()
        );
    }
    let dest = out_dir.join(rel);
    let dir = dest.parent().unwrap_or(out_dir);
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let name = dest.file_name().and_then(|n| n.to_str()).unwrap_or("out");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_data()?;
        drop(f);
        std::fs::rename(&tmp, &dest)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(e).with_context(|| format!("cannot write {}", dest.display()));
    }
    Ok(dest)
}

/// Remove temp files left by an interrupted earlier run.
pub fn sweep_temp_files(dir: &Path) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.filter_map(Result::ok) {
        let p = e.path();
        if p.is_dir() {
            sweep_temp_files(&p);
        } else if p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.') && n.ends_with(".tmp"))
        {
            let _ = std::fs::remove_file(&p);
        }
    }
}

/// Human-readable size.
pub fn human_size(n: u64) -> String {
    if n >= 1 << 20 {
        format!("{:.1} MB", n as f64 / (1u64 << 20) as f64)
    } else if n >= 1 << 10 {
        format!("{:.1} KB", n as f64 / 1024.0)
    } else {
        format!("{n} B")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_escape_and_writes() {
        let d = std::env::temp_dir().join(format!("podprint-write-{}", std::process::id()));
        assert!(write_atomic(&d, Path::new("../x"), b"a").is_err());
        assert!(write_atomic(&d, Path::new("/etc/x"), b"a").is_err());
        let p = write_atomic(&d, Path::new("a/b.txt"), b"hej").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"hej");
        assert!(
            std::fs::read_dir(d.join("a")).unwrap().count() == 1,
            "no temp file left"
        );
        std::fs::remove_dir_all(&d).unwrap();
    }
}
