//! Writing a generated crate so that a failure or an interruption never leaves it half-written.
//!
//! The new tree is built in a sibling folder `.NAME.restgen-new` (files of the previous output
//! that are not regenerated are hard-linked into it, or copied where links are not possible),
//! then swapped in with two renames: `NAME` → `.NAME.restgen-old`, `.NAME.restgen-new` →
//! `NAME`, and the old tree is removed. Until the first rename the previous output is
//! untouched; after the second the new one is complete. A run interrupted between the two
//! renames leaves only `.NAME.restgen-old`, which the next run puts back before it starts.
//! One writer at a time per output folder.

use std::fs;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

/// Writes `files` (crate-relative paths and contents) into `out`, keeping every other file
/// already there (hard links keep their modification times too). See the module
/// documentation for how. Nothing to write touches nothing.
pub(crate) fn write_tree(out: &Path, files: &[(&str, &[u8])]) -> io::Result<()> {
    for (path, _) in files {
        check_relative(path)?;
    }
    if files.is_empty() {
        return Ok(());
    }
    let dir = target_dir(out)?;
    if is_cwd_or_ancestor(&dir) {
        // Renaming the current folder away would leave this process (and the caller's shell)
        // in a deleted folder: write file by file instead, each through a temp file.
        return write_in_place(&dir, files);
    }
    let (parent, name) = match (dir.parent(), dir.file_name()) {
        (Some(parent), Some(name)) => (parent.to_path_buf(), name.to_string_lossy().into_owned()),
        _ => return write_in_place(&dir, files),
    };
    let parent = if parent.as_os_str().is_empty() { PathBuf::from(".") } else { parent };
    fs::create_dir_all(&parent)?;
    let new = parent.join(format!(".{name}.restgen-new"));
    let old = parent.join(format!(".{name}.restgen-old"));
    recover(&dir, &new, &old)?;
    let existing = match fs::symlink_metadata(&dir) {
        Ok(meta) if meta.is_dir() => Some(meta),
        Ok(_) => {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                format!("{} exists and is not a folder", dir.display()),
            ))
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };

    let built = build(&dir, &new, existing.as_ref(), files);
    if let Err(e) = built {
        let _ = fs::remove_dir_all(&new);
        return Err(e);
    }
    if existing.is_none() {
        return fs::rename(&new, &dir).inspect_err(|_| {
            let _ = fs::remove_dir_all(&new);
        });
    }
    if let Err(e) = fs::rename(&dir, &old) {
        let _ = fs::remove_dir_all(&new);
        return Err(e);
    }
    if let Err(e) = fs::rename(&new, &dir) {
        // Put the previous output back.
        let _ = fs::rename(&old, &dir);
        let _ = fs::remove_dir_all(&new);
        return Err(e);
    }
    // The new output is complete; a leftover old tree is removed by the next run.
    let _ = fs::remove_dir_all(&old);
    Ok(())
}

/// Refuses absolute paths, `..` and empty paths: generated files stay inside the crate.
fn check_relative(path: &str) -> io::Result<()> {
    let p = Path::new(path);
    let ok = !path.is_empty() && p.components().all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    if ok {
        Ok(())
    } else {
        Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("generated file path `{path}` leaves the crate folder"),
        ))
    }
}

/// The folder to write: `out`, or where it points when it is a symlink (the link stays).
fn target_dir(out: &Path) -> io::Result<PathBuf> {
    match fs::symlink_metadata(out) {
        Ok(meta) if meta.file_type().is_symlink() => fs::canonicalize(out),
        _ => {
            // `.`, `..` or `a/..` have no file name to put a sibling next to.
            let named = out.file_name().is_some() && !out.ends_with("..");
            if named {
                Ok(out.to_path_buf())
            } else {
                fs::canonicalize(out)
            }
        }
    }
}

fn is_cwd_or_ancestor(dir: &Path) -> bool {
    let (Ok(cwd), Ok(dir)) = (std::env::current_dir(), fs::canonicalize(dir)) else { return false };
    cwd.starts_with(dir)
}

/// Cleans up after an interrupted run: puts back an old tree whose replacement never arrived,
/// removes one left after a completed swap, and removes a half-built new tree.
fn recover(dir: &Path, new: &Path, old: &Path) -> io::Result<()> {
    if fs::symlink_metadata(old).is_ok() {
        if fs::symlink_metadata(dir).is_err() {
            fs::rename(old, dir)?;
        } else {
            fs::remove_dir_all(old)?;
        }
    }
    if fs::symlink_metadata(new).is_ok() {
        fs::remove_dir_all(new)?;
    }
    Ok(())
}

/// Builds the complete new tree in `new`: the previous output's other files, then `files`.
fn build(dir: &Path, new: &Path, existing: Option<&fs::Metadata>, files: &[(&str, &[u8])]) -> io::Result<()> {
    fs::create_dir(new)?;
    let replaced: Vec<PathBuf> = files.iter().map(|(p, _)| normal(Path::new(p))).collect();
    if let Some(meta) = existing {
        fs::set_permissions(new, meta.permissions())?;
        mirror(dir, new, &replaced)?;
    }
    for (path, contents) in files {
        let target = new.join(path);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)?;
        }
        let mut file = fs::File::create(&target)?;
        file.write_all(contents)?;
        file.sync_all()?;
    }
    Ok(())
}

/// `path` without `.` components, for comparing crate-relative paths.
fn normal(path: &Path) -> PathBuf {
    path.components().filter(|c| !matches!(c, Component::CurDir)).collect()
}

/// Recreates the tree under `from` in `to` (hard links, else copies), skipping the files that
/// are about to be written. Iterative, so any depth is fine.
fn mirror(from: &Path, to: &Path, skip: &[PathBuf]) -> io::Result<()> {
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        for entry in fs::read_dir(from.join(&rel))? {
            let entry = entry?;
            let rel = rel.join(entry.file_name());
            let (src, dst) = (from.join(&rel), to.join(&rel));
            let kind = entry.file_type()?;
            if kind.is_dir() {
                fs::create_dir(&dst)?;
                fs::set_permissions(&dst, fs::metadata(&src)?.permissions())?;
                stack.push(rel);
            } else if skip.contains(&rel) {
                continue;
            } else if kind.is_symlink() {
                copy_symlink(&src, &dst)?;
            } else if fs::hard_link(&src, &dst).is_err() {
                fs::copy(&src, &dst)?;
            }
        }
    }
    Ok(())
}

#[cfg(unix)]
fn copy_symlink(src: &Path, dst: &Path) -> io::Result<()> {
    std::os::unix::fs::symlink(fs::read_link(src)?, dst)
}

#[cfg(not(unix))]
fn copy_symlink(src: &Path, dst: &Path) -> io::Result<()> {
    if fs::metadata(src)?.is_dir() {
        return Ok(());
    }
    fs::copy(src, dst).map(|_| ())
}

/// The fallback: each file through a temp file and a rename, so no file is ever half-written
/// (but a failure can leave some files new and others old).
fn write_in_place(dir: &Path, files: &[(&str, &[u8])]) -> io::Result<()> {
    for (path, contents) in files {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        let tmp = path.with_extension("restgen-tmp");
        fs::write(&tmp, contents)?;
        fs::rename(&tmp, &path)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("restgen-write-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn read(path: &Path) -> String {
        fs::read_to_string(path).unwrap()
    }

    #[test]
    fn writes_a_new_folder_and_replaces_files_keeping_others() {
        let base = temp("basic");
        let out = base.join("deep/out");
        write_tree(&out, &[("Cargo.toml", b"a"), ("src/lib.rs", b"b")]).unwrap();
        assert_eq!(read(&out.join("src/lib.rs")), "b");
        fs::write(out.join("KEEP.md"), "mine").unwrap();
        fs::create_dir_all(out.join("target/debug")).unwrap();
        fs::write(out.join("target/debug/x"), "built").unwrap();
        write_tree(&out, &[("src/lib.rs", b"c"), ("src/new.rs", b"d")]).unwrap();
        assert_eq!(read(&out.join("src/lib.rs")), "c");
        assert_eq!(read(&out.join("src/new.rs")), "d");
        assert_eq!(read(&out.join("Cargo.toml")), "a");
        assert_eq!(read(&out.join("KEEP.md")), "mine");
        assert_eq!(read(&out.join("target/debug/x")), "built");
        let siblings: Vec<_> = fs::read_dir(base.join("deep")).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(siblings, ["out"], "no temp folders left");
        fs::remove_dir_all(&base).unwrap();
    }

    #[test]
    fn a_failure_midway_leaves_the_previous_output_intact() {
        let base = temp("fail");
        let out = base.join("out");
        write_tree(&out, &[("Cargo.toml", b"old"), ("src/lib.rs", b"old lib")]).unwrap();
        // The second file cannot be created: `src/lib.rs` is a file, not a folder.
        let err = write_tree(&out, &[("Cargo.toml", b"new"), ("src/lib.rs/x.rs", b"new")]).unwrap_err();
        assert_ne!(err.kind(), io::ErrorKind::InvalidInput, "{err}");
        assert_eq!(read(&out.join("Cargo.toml")), "old");
        assert_eq!(read(&out.join("src/lib.rs")), "old lib");
        assert_eq!(fs::read_dir(&base).unwrap().count(), 1, "no temp folders left");
        fs::remove_dir_all(&base).unwrap();
    }

    #[test]
    fn an_interrupted_swap_is_undone_by_the_next_run() {
        let base = temp("recover");
        let out = base.join("out");
        // As if a run stopped between its two renames, with a half-built new tree left too.
        fs::create_dir_all(base.join(".out.restgen-old/src")).unwrap();
        fs::write(base.join(".out.restgen-old/src/lib.rs"), "previous").unwrap();
        fs::write(base.join(".out.restgen-old/MARKER"), "m").unwrap();
        fs::create_dir_all(base.join(".out.restgen-new")).unwrap();
        write_tree(&out, &[("Cargo.toml", b"new")]).unwrap();
        assert_eq!(read(&out.join("src/lib.rs")), "previous");
        assert_eq!(read(&out.join("MARKER")), "m");
        assert_eq!(read(&out.join("Cargo.toml")), "new");
        assert_eq!(fs::read_dir(&base).unwrap().count(), 1);
        fs::remove_dir_all(&base).unwrap();
    }

    #[test]
    fn refuses_paths_outside_the_crate_and_non_folders() {
        let base = temp("refuse");
        let out = base.join("out");
        for bad in ["../x.rs", "/etc/x", "", "src/../../x"] {
            let err = write_tree(&out, &[(bad, b"x")]).unwrap_err();
            assert_eq!(err.kind(), io::ErrorKind::InvalidInput, "{bad}");
        }
        assert!(!out.exists());
        fs::write(&out, "a file").unwrap();
        assert!(write_tree(&out, &[("a.rs", b"x")]).is_err());
        assert_eq!(read(&out), "a file");
        fs::remove_dir_all(&base).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn writes_through_a_symlinked_output_folder() {
        let base = temp("symlink");
        let real = base.join("real");
        write_tree(&real, &[("a.rs", b"1")]).unwrap();
        std::os::unix::fs::symlink(&real, base.join("link")).unwrap();
        write_tree(&base.join("link"), &[("b.rs", b"2")]).unwrap();
        assert!(fs::symlink_metadata(base.join("link")).unwrap().file_type().is_symlink());
        assert_eq!(read(&real.join("a.rs")), "1");
        assert_eq!(read(&real.join("b.rs")), "2");
        fs::remove_dir_all(&base).unwrap();
    }
}
