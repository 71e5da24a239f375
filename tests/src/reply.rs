//! [`Reply`]: what a [`TestServer`](crate::TestServer) handler answers.

use bytes::Bytes;
use hyper::body::{Body, Frame, SizeHint};
use std::{
    convert::Infallible,
    pin::Pin,
    task::{Context, Poll},
    time::Duration,
};

/// A response for the test server to send, built with the constructors below
/// and refined with [`Reply::header`] and [`Reply::delay`].
///
/// ```
/// use e2e::Reply;
/// let reply = Reply::json(201, serde_json::json!({ "id": 1 })).header("x-ms-request-id", "abc");
/// assert_eq!(reply.status_code(), 201);
/// ```
#[derive(Clone, Debug)]
pub struct Reply {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: ReplyBody,
    pub(crate) delay: Option<Duration>,
}

#[derive(Clone, Debug)]
pub(crate) enum ReplyBody {
    Full(Bytes),
    Repeat { chunk: Bytes, total_len: u64 },
}

impl Reply {
    /// A reply with `status` and an empty body (`Content-Length: 0`).
    pub fn status(status: u16) -> Self {
        Reply {
            status,
            headers: Vec::new(),
            body: ReplyBody::Full(Bytes::new()),
            delay: None,
        }
    }

    /// A reply with `status` and `value` serialized as the body, with
    /// `Content-Type: application/json`.
    pub fn json(status: u16, value: serde_json::Value) -> Self {
        let body = serde_json::to_vec(&value).expect("serialize JSON reply");
        Self::bytes(status, "application/json", body)
    }

    /// A reply with `status`, the given `Content-Type` and body bytes.
    pub fn bytes(status: u16, content_type: &str, body: impl Into<Bytes>) -> Self {
        Reply {
            body: ReplyBody::Full(body.into()),
            ..Self::status(status)
        }
        .header("content-type", content_type)
    }

    /// A reply with `status` and a UTF-8 text body, with `Content-Type: text/plain`.
    pub fn text(status: u16, body: &str) -> Self {
        Self::bytes(status, "text/plain", body.to_owned())
    }

    /// A reply whose body is `total_len` bytes made by repeating `chunk`
    /// (the last repetition truncated), streamed without ever holding the
    /// whole body in memory, with an exact `Content-Length`. Suitable for
    /// multi-GiB downloads.
    ///
    /// # Panics
    /// If `chunk` is empty while `total_len > 0`.
    pub fn stream(status: u16, content_type: &str, total_len: u64, chunk: Bytes) -> Self {
        assert!(
            total_len == 0 || !chunk.is_empty(),
            "Reply::stream needs a non-empty chunk"
        );
        Reply {
            body: ReplyBody::Repeat { chunk, total_len },
            ..Self::status(status)
        }
        .header("content-type", content_type)
    }

    /// Adds a response header (appended; calling it twice with one name sends both).
    /// `Content-Length` is always computed by the server; do not set it.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Waits `delay` (asynchronously, on the server) before sending the reply,
    /// e.g. to exercise client timeouts or cancellation.
    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = Some(delay);
        self
    }

    /// The status code this reply will be sent with.
    pub fn status_code(&self) -> u16 {
        self.status
    }

    pub(crate) fn into_body(self) -> ReplyStream {
        match self.body {
            ReplyBody::Full(bytes) => ReplyStream {
                remaining: bytes.len() as u64,
                chunk: bytes,
            },
            ReplyBody::Repeat { chunk, total_len } => ReplyStream {
                chunk,
                remaining: total_len,
            },
        }
    }
}

/// The hyper body of a reply: `remaining` bytes made of repetitions of `chunk`.
/// A full body is the special case of one repetition.
pub(crate) struct ReplyStream {
    chunk: Bytes,
    remaining: u64,
}

impl Body for ReplyStream {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        if self.remaining == 0 {
            return Poll::Ready(None);
        }
        let n = self
            .chunk
            .len()
            .min(usize::try_from(self.remaining).unwrap_or(usize::MAX));
        self.remaining -= n as u64;
        Poll::Ready(Some(Ok(Frame::data(self.chunk.slice(..n)))))
    }

    fn is_end_stream(&self) -> bool {
        self.remaining == 0
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.remaining)
    }
}
