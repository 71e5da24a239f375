
/// A page of a paged operation: its items and the links to what comes next.
///
/// Implemented by the generated page models, so one [`Pager`] serves every paged operation.
pub trait Page {
    /// Link to the next page of this round, absent on the last page.
    fn next_link(&self) -> Option<&str>;
    /// Link that starts the next round of change tracking (OData delta), present on the
    /// last page of a round.
    fn delta_link(&self) -> Option<&str> {
        None
    }
}

/// A saved position in a change-tracking (delta) sequence: the `@odata.deltaLink` of the
/// last page. Store it (it serializes as the URL string) and resume from it later to get
/// only what changed since.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct DeltaLink(String);

impl DeltaLink {
    /// Wraps a delta link URL, e.g. one read back from storage.
    pub fn new(url: impl Into<String>) -> Self {
        Self(url.into())
    }

    /// The URL.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DeltaLink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a pager asks for next.
#[derive(Debug)]
enum Next {
    /// The operation's own first request (or why it could not be built).
    First(Box<azure_core::Result<Request>>),
    /// A next or delta link, followed as given.
    Link(String),
    /// Nothing left.
    Done,
}

/// The pages of a paged operation, fetched one at a time: the first request, then each
/// next link as the service gives it, until a page has none.
#[derive(Debug)]
pub struct Pager<P, E = serde_json::Value> {
    pipeline: Pipeline,
    context: Context<'static>,
    base: String,
    next: Next,
    delta_link: Option<DeltaLink>,
    /// The media type asked for when following links, and how pages are decoded.
    accept: &'static str,
    decode: fn(StatusCode, &Bytes) -> Result<P, Error<E>>,
}

impl<P: Page + DeserializeOwned, E: DeserializeOwned> Pager<P, E> {
    /// A pager starting with `first`, the operation's request.
    pub fn new(pipeline: Pipeline, context: Context<'static>, base: &str, first: azure_core::Result<Request>) -> Self {
        Self::with_next(pipeline, context, base, Next::First(Box::new(first)))
    }

    /// A pager resuming from a next or delta link.
    pub fn from_link(pipeline: Pipeline, context: Context<'static>, base: &str, link: &str) -> Self {
        Self::with_next(pipeline, context, base, Next::Link(link.to_owned()))
    }

    fn with_next(pipeline: Pipeline, context: Context<'static>, base: &str, next: Next) -> Self {
        Pager { pipeline, context, base: base.to_owned(), next, delta_link: None, accept: "application/json", decode: json }
    }

    /// Pages in another format than JSON (XML): the `Accept` sent with links, and the decoder.
    pub fn with_format(mut self, accept: &'static str, decode: fn(StatusCode, &Bytes) -> Result<P, Error<E>>) -> Self {
        self.accept = accept;
        self.decode = decode;
        self
    }

    /// Fetches the next page; `None` once the last page has been returned. After an
    /// error the pager is done.
    pub async fn next_page(&mut self) -> Option<Result<P, Error<E>>> {
        let mut request = match std::mem::replace(&mut self.next, Next::Done) {
            Next::Done => return None,
            Next::First(request) => match *request {
                Ok(request) => request,
                Err(error) => return Some(Err(Error::Transport(error))),
            },
            Next::Link(link) => match self.link_request(&link) {
                Ok(request) => request,
                Err(error) => return Some(Err(Error::Transport(error))),
            },
        };
        let response = match send(&self.pipeline, &self.context, &mut request).await {
            Ok(response) => response,
            Err(error) => return Some(Err(Error::Transport(error))),
        };
        if !response.status().is_success() {
            return Some(Err(service_error(response)));
        }
        let (status, _headers, body) = response.deconstruct();
        let page: P = match (self.decode)(status, &body.into()) {
            Ok(page) => page,
            Err(error) => return Some(Err(error)),
        };
        if let Some(link) = page.delta_link() {
            self.delta_link = Some(DeltaLink::new(link));
        }
        if let Some(link) = page.next_link().filter(|link| !link.is_empty()) {
            self.next = Next::Link(link.to_owned());
        }
        Some(Ok(page))
    }

    /// The delta link of the last page fetched, once a page carried one: save it to
    /// resume change tracking later.
    pub fn delta_link(&self) -> Option<&DeltaLink> {
        self.delta_link.as_ref()
    }

    /// A GET for a next/delta link: absolute links are followed as given, relative ones
    /// against the client's base URL.
    fn link_request(&self, link: &str) -> azure_core::Result<Request> {
        let target = match Url::parse(link) {
            Ok(absolute) => absolute,
            Err(_) => url(&self.base, link)?,
        };
        let mut request = Request::new(target, azure_core::http::Method::Get);
        request.insert_header("accept", self.accept);
        Ok(request)
    }
}
