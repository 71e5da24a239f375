//! Giving freed memory back to the system between pipeline stages.

/// Returns memory that has been freed but is still mapped to the system.
///
/// Called once the loaded documents are dropped (the largest thing the pipeline frees):
/// glibc keeps freed memory mapped for the thread that freed it, while emitting runs on
/// worker threads that allocate in arenas of their own, so without this the documents' memory
/// would stay resident, unused, through the whole of emitting (on GitHub's spec 92 MB peak
/// instead of 68 MB). A no-op where the C library is not glibc.
pub fn release_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        extern "C" {
            fn malloc_trim(pad: usize) -> i32;
        }
        // SAFETY: `malloc_trim` takes no pointers; it only unmaps pages that hold no allocation.
        unsafe {
            malloc_trim(0);
        }
    }
}
