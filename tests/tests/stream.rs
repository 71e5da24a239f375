//! ACS Messages · Get Media: a large `200` body arrives as a stream, chunk by chunk.
//!
//! The same download as `cargo xtask bench-stream`, at 8 MiB, checking only the byte count
//! and that the body came in several chunks; nothing is timed and memory is not checked
//! here (the benchmark does that for 1 GiB).

use e2e::bench::download_media;

#[tokio::test]
async fn get_media_streams_an_8_mib_body_in_chunks() {
    const BYTES: u64 = 8 << 20;
    let report = download_media(BYTES).await.expect("download");
    assert_eq!(report.received, BYTES, "{report:?}");
    assert!(report.complete());
    assert!(report.chunks > 1, "an 8 MiB body should arrive in several chunks: {report:?}");
    assert!((report.largest_chunk as u64) < BYTES, "{report:?}");
}
