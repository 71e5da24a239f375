//! `stream_bench [--bytes N]`: shows that the `200` body of ACS Messages Get Media is
//! streamed. Downloads N bytes (default 1 GiB) through the generated `MessagesClient` from
//! an in-process HTTPS test server, counts them, and reports the peak resident set size.
//!
//! Exit status: 0 when every byte arrived and peak RSS < 32 MiB; 1 when the byte count is
//! wrong, peak RSS is 32 MiB or more (or unknown), or the download fails; 2 on bad usage.
//! The elapsed time and throughput are printed for information only, never checked.
//!
//! Run it through `cargo xtask bench-stream [--bytes N]` (release build).

use e2e::bench::{download_media, MIB};
use std::process::ExitCode;

const DEFAULT_BYTES: u64 = 1 << 30;
const PEAK_LIMIT: u64 = 32 << 20;
const USAGE: &str = "usage: stream_bench [--bytes N]   (default N = 1073741824, 1 GiB)";

fn main() -> ExitCode {
    let bytes = match parse_args(std::env::args().skip(1)) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("stream_bench: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");

    println!(
        "stream_bench: StreamClient::get_media, 200 application/octet-stream body of {bytes} bytes"
    );
    println!(
        "note: the HTTPS test server runs in this process (own thread) and streams the body by \
         repeating one 64 KiB chunk (Reply::stream), never buffering it, so peak RSS covers \
         server and client together"
    );
    let report = match runtime.block_on(download_media(bytes)) {
        Ok(report) => report,
        Err(error) => {
            eprintln!("stream_bench: download failed: {error}");
            return ExitCode::FAILURE;
        }
    };

    let mib = |b: u64| format!("{:.1} MiB", b as f64 / MIB);
    let unknown = || "unknown (no /proc/self/status)".to_owned();
    println!(
        "bytes: {} of {} expected ({}) in {} chunks, largest {} B",
        report.received,
        report.expected,
        if report.complete() { "match" } else { "MISMATCH" },
        report.chunks,
        report.largest_chunk
    );
    println!("elapsed: {:.3} s", report.elapsed.as_secs_f64());
    println!("throughput: {:.1} MiB/s", report.mib_per_second());
    println!(
        "rss before download (VmRSS): {}",
        report.rss_before.map_or_else(unknown, mib)
    );
    println!(
        "peak rss (VmHWM): {}",
        report.peak_rss.map_or_else(unknown, mib)
    );
    let under = report.peak_rss.is_some_and(|peak| peak < PEAK_LIMIT);
    println!("peak RSS < 32 MiB: {}", if under { "yes" } else { "no" });

    if report.complete() && under {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The byte count from `--bytes N` / `--bytes=N`, or `None` for `--help`.
fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Option<u64>, String> {
    let mut bytes = DEFAULT_BYTES;
    while let Some(arg) = args.next() {
        let value = match arg.as_str() {
            "--bytes" => args.next().ok_or("--bytes needs a value")?,
            "-h" | "--help" => return Ok(None),
            other => match other.strip_prefix("--bytes=") {
                Some(value) => value.to_owned(),
                None => return Err(format!("unexpected argument {other:?}")),
            },
        };
        bytes = value
            .parse()
            .map_err(|_| format!("--bytes: not a byte count: {value:?}"))?;
    }
    Ok(Some(bytes))
}
