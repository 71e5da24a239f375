//! The Get Media streaming benchmark: download a large `200` body through the generated
//! `MessagesClient` and count it chunk by chunk, never holding it whole.
//!
//! Shared by the `stream_bench` binary (`cargo xtask bench-stream`, 1 GiB, checks peak RSS)
//! and the `stream` test (a few MiB, checks only the byte count). Nothing here is timed
//! against a threshold: the elapsed time is only reported.

use crate::{client_options, FakeCredential, Reply, TestServer};
use bytes::Bytes;
use futures::StreamExt;
use seed_clients::acs_messages::{MessagesClient, MessagesClientOptions};
use std::time::{Duration, Instant};

/// Size of the chunk the server repeats to make the body.
const SERVER_CHUNK: usize = 64 * 1024;

/// What one [`download_media`] saw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DownloadReport {
    /// Bytes the server was told to send.
    pub expected: u64,
    /// Bytes read from the response body stream.
    pub received: u64,
    /// How many chunks the body stream yielded.
    pub chunks: u64,
    /// The largest chunk the body stream yielded, in bytes.
    pub largest_chunk: usize,
    /// From the `get_media` call to the end of the body.
    pub elapsed: Duration,
    /// Resident set size of the process (`VmRSS`) just before the `get_media` call, in
    /// bytes; `None` where `/proc/self/status` is unavailable.
    pub rss_before: Option<u64>,
    /// Peak resident set size of the process (`VmHWM`) once the body is consumed, in
    /// bytes; `None` where `/proc/self/status` is unavailable.
    pub peak_rss: Option<u64>,
}

impl DownloadReport {
    /// Whether every byte arrived, and no more.
    pub fn complete(&self) -> bool {
        self.received == self.expected
    }

    /// Throughput in MiB/s (informational only).
    pub fn mib_per_second(&self) -> f64 {
        self.received as f64 / MIB / self.elapsed.as_secs_f64().max(f64::EPSILON)
    }
}

/// Bytes in a MiB, as `f64`, for reporting.
pub const MIB: f64 = 1024.0 * 1024.0;

/// Starts an HTTPS [`TestServer`] (in this process, on its own thread) that answers every
/// request with a `200` `application/octet-stream` body of `bytes` bytes, streamed by
/// repeating a 64 KiB chunk ([`Reply::stream`]: the server never holds the body), then
/// calls `StreamClient::get_media` with a [`FakeCredential`] and [`client_options`] and
/// reads the body stream to its end, keeping only counters.
///
/// # Errors
/// If the call fails or the body stream reports an error.
pub async fn download_media(
    bytes: u64,
) -> Result<DownloadReport, Box<dyn std::error::Error + Send + Sync>> {
    let chunk = Bytes::from((0..SERVER_CHUNK).map(|i| i as u8).collect::<Vec<u8>>());
    let server = TestServer::start(move |_| {
        Reply::stream(200, "application/octet-stream", bytes, chunk.clone())
    });
    let options = MessagesClientOptions {
        client_options: client_options(),
        ..Default::default()
    };
    let client = MessagesClient::new(&server.url(), FakeCredential::new(), Some(options))?;

    let rss_before = proc_status_bytes("VmRSS");
    let start = Instant::now();
    let response = client.get_stream_client().get_media("bench-media", None).await?;
    let mut body = response.body;
    let (mut received, mut chunks, mut largest_chunk) = (0u64, 0u64, 0usize);
    while let Some(chunk) = body.next().await {
        let chunk = chunk?;
        received += chunk.len() as u64;
        chunks += 1;
        largest_chunk = largest_chunk.max(chunk.len());
    }
    let elapsed = start.elapsed();
    let peak_rss = proc_status_bytes("VmHWM");

    Ok(DownloadReport {
        expected: bytes,
        received,
        chunks,
        largest_chunk,
        elapsed,
        rss_before,
        peak_rss,
    })
}

/// A `kB` field of `/proc/self/status` (e.g. `VmRSS`, `VmHWM`), in bytes; `None` where
/// that file or field does not exist (not Linux).
pub fn proc_status_bytes(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find_map(|line| {
        let value = line.strip_prefix(field)?.strip_prefix(':')?;
        let kib: u64 = value.trim().strip_suffix("kB")?.trim().parse().ok()?;
        Some(kib * 1024)
    })
}
