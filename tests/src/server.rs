//! [`TestServer`]: a recording HTTP(S) server on `127.0.0.1` driven by a handler closure.

use crate::reply::{Reply, ReplyStream};
use http_body_util::BodyExt;
use hyper::{body::Incoming, server::conn::http1, service::service_fn, Method, Request, Response};
use hyper_util::rt::TokioIo;
use std::{
    convert::Infallible,
    net::{Ipv4Addr, SocketAddr},
    panic::{catch_unwind, AssertUnwindSafe},
    sync::{Arc, Mutex},
    thread::JoinHandle,
    time::Duration,
};
use tokio::{net::TcpStream, sync::oneshot};
use tokio_rustls::TlsAcceptor;

/// One request as the server received it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordedRequest {
    /// The method, e.g. `"GET"`.
    pub method: String,
    /// Path and query exactly as sent on the request line, percent-encoding
    /// kept verbatim (e.g. `/a%3Ab?x=1%2F2`).
    pub path_and_query: String,
    /// Every header in arrival order; names are lower-case, values are
    /// decoded as UTF-8 (lossily).
    pub headers: Vec<(String, String)>,
    /// The whole request body.
    pub body: Vec<u8>,
}

impl RecordedRequest {
    /// The first value of header `name`, compared case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Every value of header `name` (case-insensitive), in arrival order.
    pub fn header_all(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The raw path, before any `?` (still percent-encoded).
    pub fn path(&self) -> &str {
        self.path_and_query
            .split_once('?')
            .map_or(self.path_and_query.as_str(), |(p, _)| p)
    }

    /// The raw query string after `?` (still percent-encoded), if any.
    pub fn query(&self) -> Option<&str> {
        self.path_and_query.split_once('?').map(|(_, q)| q)
    }

    /// The body as UTF-8 text (lossy).
    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The body parsed as JSON.
    ///
    /// # Panics
    /// If the body is not valid JSON.
    pub fn body_json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("request body is not JSON ({e}): {:?}", self.body_text()))
    }
}

type Handler = dyn Fn(&RecordedRequest) -> Reply + Send + Sync;

struct State {
    handler: Box<Handler>,
    requests: Mutex<Vec<RecordedRequest>>,
}

/// An HTTP/1.1 server on `127.0.0.1:<ephemeral port>` that records every
/// request and answers it with the [`Reply`] its handler returns.
///
/// It runs on its own thread with its own single-threaded tokio runtime, so
/// it works the same from synchronous tests and from `#[tokio::test]` of
/// either flavor. Dropping it stops the server and closes its connections.
///
/// The handler runs on the server's runtime thread: it must not block (use
/// [`Reply::delay`] to answer late). A panicking handler produces a `500`
/// reply whose body holds the panic message.
pub struct TestServer {
    addr: SocketAddr,
    tls: bool,
    state: Arc<State>,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl TestServer {
    /// Starts an HTTPS server presenting the process-wide self-signed
    /// certificate (see [`ca_certificate_der`](crate::ca_certificate_der)),
    /// which clients from [`client_options`](crate::client_options) trust.
    pub fn start<F>(handler: F) -> Self
    where
        F: Fn(&RecordedRequest) -> Reply + Send + Sync + 'static,
    {
        Self::spawn(Box::new(handler), true)
    }

    /// Starts a plain-HTTP server (no TLS).
    pub fn start_http<F>(handler: F) -> Self
    where
        F: Fn(&RecordedRequest) -> Reply + Send + Sync + 'static,
    {
        Self::spawn(Box::new(handler), false)
    }

    fn spawn(handler: Box<Handler>, tls: bool) -> Self {
        let listener = std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .expect("bind test server on 127.0.0.1:0");
        listener
            .set_nonblocking(true)
            .expect("set test server listener non-blocking");
        let addr = listener.local_addr().expect("test server local address");
        let acceptor = tls.then(|| TlsAcceptor::from(crate::tls::server_config()));
        let state = Arc::new(State {
            handler,
            requests: Mutex::new(Vec::new()),
        });
        let (shutdown, shutdown_rx) = oneshot::channel();
        let thread_state = state.clone();
        let thread = std::thread::Builder::new()
            .name(format!("e2e-test-server-{}", addr.port()))
            .spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("test server runtime");
                runtime.block_on(accept_loop(listener, acceptor, thread_state, shutdown_rx));
                // Dropping the runtime here cancels every connection task.
            })
            .expect("spawn test server thread");
        TestServer {
            addr,
            tls,
            state,
            shutdown: Some(shutdown),
            thread: Some(thread),
        }
    }

    /// Base URL without a trailing slash: `https://127.0.0.1:PORT`
    /// (or `http://…` for [`TestServer::start_http`]).
    pub fn url(&self) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://{}", self.host_port())
    }

    /// `127.0.0.1:PORT`, for clients that take a host and add the scheme themselves.
    pub fn host_port(&self) -> String {
        self.addr.to_string()
    }

    /// The port the server listens on.
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// A copy of every request received so far, in the order they were read.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.state.requests.lock().unwrap().clone()
    }

    /// How many requests have been received so far.
    pub fn request_count(&self) -> usize {
        self.state.requests.lock().unwrap().len()
    }

    /// The single request received so far.
    ///
    /// # Panics
    /// Unless exactly one request was received.
    pub fn only_request(&self) -> RecordedRequest {
        let requests = self.requests();
        assert_eq!(
            requests.len(),
            1,
            "expected exactly one request: {requests:#?}"
        );
        requests.into_iter().next().unwrap()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl std::fmt::Debug for TestServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestServer")
            .field("url", &self.url())
            .finish()
    }
}

async fn accept_loop(
    listener: std::net::TcpListener,
    acceptor: Option<TlsAcceptor>,
    state: Arc<State>,
    mut shutdown: oneshot::Receiver<()>,
) {
    let listener = tokio::net::TcpListener::from_std(listener).expect("tokio test listener");
    loop {
        tokio::select! {
            _ = &mut shutdown => return,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    tokio::spawn(serve_connection(stream, acceptor.clone(), state.clone()));
                }
                // e.g. too many open files: back off instead of spinning.
                Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
            },
        }
    }
}

async fn serve_connection(stream: TcpStream, acceptor: Option<TlsAcceptor>, state: Arc<State>) {
    let _ = stream.set_nodelay(true);
    let service = service_fn(move |request| handle(request, state.clone()));
    let http = http1::Builder::new();
    // Errors (client hung up, TLS handshake refused, …) only end this connection.
    match acceptor {
        Some(acceptor) => {
            if let Ok(tls) = acceptor.accept(stream).await {
                let _ = http.serve_connection(TokioIo::new(tls), service).await;
            }
        }
        None => {
            let _ = http.serve_connection(TokioIo::new(stream), service).await;
        }
    }
}

async fn handle(
    request: Request<Incoming>,
    state: Arc<State>,
) -> Result<Response<ReplyStream>, Infallible> {
    let (parts, body) = request.into_parts();
    let body = match body.collect().await {
        Ok(collected) => collected.to_bytes().to_vec(),
        Err(e) => return Ok(error_response(400, format!("reading request body: {e}"))),
    };
    let recorded = RecordedRequest {
        method: parts.method.as_str().to_owned(),
        path_and_query: parts
            .uri
            .path_and_query()
            .map_or_else(|| "/".to_owned(), |pq| pq.as_str().to_owned()),
        headers: parts
            .headers
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_owned(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body,
    };
    state.requests.lock().unwrap().push(recorded.clone());

    let reply = match catch_unwind(AssertUnwindSafe(|| (state.handler)(&recorded))) {
        Ok(reply) => reply,
        Err(panic) => {
            let message = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("<non-string panic>");
            return Ok(error_response(
                500,
                format!("test server handler panicked: {message}"),
            ));
        }
    };
    if let Some(delay) = reply.delay {
        tokio::time::sleep(delay).await;
    }
    Ok(build_response(reply, parts.method == Method::HEAD))
}

fn build_response(reply: Reply, is_head: bool) -> Response<ReplyStream> {
    let mut builder = Response::builder().status(reply.status);
    for (name, value) in &reply.headers {
        // hyper derives Content-Length from the body; only a HEAD reply may
        // announce a length it does not send.
        if !is_head && name.eq_ignore_ascii_case("content-length") {
            continue;
        }
        builder = builder.header(name.as_str(), value.as_str());
    }
    let description = format!("{} {:?}", reply.status, reply.headers);
    builder
        .body(reply.into_body())
        .unwrap_or_else(|e| error_response(500, format!("invalid test reply {description}: {e}")))
}

fn error_response(status: u16, message: String) -> Response<ReplyStream> {
    let mut response = Response::new(Reply::text(status, &message).into_body());
    *response.status_mut() = hyper::StatusCode::from_u16(status).unwrap();
    response.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("text/plain"),
    );
    response
}
