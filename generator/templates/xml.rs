
/// XML bodies: a small element tree, its reader and writer, and the traits the generated
/// models implement to map themselves onto it.
///
/// Only in crates whose specs have XML bodies. Names are compared by their local part, so
/// a namespace prefix the service chooses differently does not matter when reading.
pub mod xml {
    use super::{DecodeError, Error, ServiceError};
    use azure_core::http::{RawResponse, StatusCode};
    use azure_core::Bytes;

    /// One XML element: its name (with prefix, if any), attributes, child elements and text.
    #[derive(Debug, Clone, Default, PartialEq)]
    pub struct Element {
        /// Qualified name, e.g. `smp:Book`.
        pub name: String,
        /// Attributes in document order (namespace declarations included).
        pub attributes: Vec<(String, String)>,
        /// Child elements in document order.
        pub children: Vec<Element>,
        /// The text directly inside the element, entities decoded.
        pub text: String,
    }

    /// The part of a qualified name after its prefix.
    pub fn local_name(name: &str) -> &str {
        name.rsplit(':').next().unwrap_or(name)
    }

    impl Element {
        /// An empty element.
        pub fn new(name: &str) -> Self {
            Element { name: name.to_owned(), ..Default::default() }
        }

        /// An element holding only text.
        pub fn with_text(name: &str, text: String) -> Self {
            Element { name: name.to_owned(), text, ..Default::default() }
        }

        /// The first child element called `name` (compared without prefixes).
        pub fn child(&self, name: &str) -> Option<&Element> {
            self.children.iter().find(|c| local_name(&c.name) == local_name(name))
        }

        /// Every child element called `name`, in order.
        pub fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
            self.children.iter().filter(move |c| local_name(&c.name) == local_name(name))
        }

        /// The value of attribute `name` (compared without prefixes).
        pub fn attribute(&self, name: &str) -> Option<&str> {
            self.attributes
                .iter()
                .find(|(n, _)| local_name(n) == local_name(name) && !n.starts_with("xmlns"))
                .map(|(_, v)| v.as_str())
        }

        /// Declares `prefix` (or the default namespace when empty) for `uri`, once.
        pub fn declare_namespace(&mut self, prefix: &str, uri: &str) {
            let name = if prefix.is_empty() { "xmlns".to_owned() } else { format!("xmlns:{prefix}") };
            if !self.attributes.iter().any(|(n, _)| *n == name) {
                self.attributes.push((name, uri.to_owned()));
            }
        }

        /// The document: an XML declaration and this element.
        pub fn to_document(&self) -> String {
            let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            self.write(&mut out);
            out
        }

        fn write(&self, out: &mut String) {
            out.push('<');
            out.push_str(&self.name);
            for (name, value) in &self.attributes {
                out.push(' ');
                out.push_str(name);
                out.push_str("=\"");
                escape(value, true, out);
                out.push('"');
            }
            if self.children.is_empty() && self.text.is_empty() {
                out.push_str("/>");
                return;
            }
            out.push('>');
            escape(&self.text, false, out);
            for child in &self.children {
                child.write(out);
            }
            out.push_str("</");
            out.push_str(&self.name);
            out.push('>');
        }
    }

    fn escape(text: &str, attribute: bool, out: &mut String) {
        for c in text.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' if attribute => out.push_str("&quot;"),
                other => out.push(other),
            }
        }
    }

    /// Parses a document into its root element. Comments, processing instructions and the
    /// doctype are skipped; CDATA is text; whitespace-only text between elements is dropped
    /// and other text is trimmed.
    pub fn parse(input: &str) -> Result<Element, String> {
        let mut reader = Reader { input, pos: 0 };
        reader.skip_misc()?;
        let root = reader.element(0)?;
        reader.skip_misc()?;
        if reader.pos < input.len() {
            return Err(format!("unexpected content after the root element at byte {}", reader.pos));
        }
        Ok(root)
    }

    /// Elements nested deeper than this are refused (the reader recurses).
    const MAX_DEPTH: usize = 256;

    struct Reader<'a> {
        input: &'a str,
        pos: usize,
    }

    impl Reader<'_> {
        fn rest(&self) -> &str {
            &self.input[self.pos..]
        }

        fn skip_ws(&mut self) {
            let trimmed = self.rest().trim_start();
            self.pos = self.input.len() - trimmed.len();
        }

        fn skip_past(&mut self, end: &str) -> Result<(), String> {
            match self.rest().find(end) {
                Some(i) => {
                    self.pos += i + end.len();
                    Ok(())
                }
                None => Err(format!("unterminated markup: expected '{end}'")),
            }
        }

        /// Skips whitespace, comments, processing instructions and doctypes.
        fn skip_misc(&mut self) -> Result<(), String> {
            loop {
                self.skip_ws();
                let rest = self.rest();
                if rest.starts_with("<?") {
                    self.skip_past("?>")?;
                } else if rest.starts_with("<!--") {
                    self.skip_past("-->")?;
                } else if rest.starts_with("<!DOCTYPE") || rest.starts_with("<!doctype") {
                    self.skip_past(">")?;
                } else {
                    return Ok(());
                }
            }
        }

        fn name(&mut self) -> Result<String, String> {
            let rest = self.rest();
            let end = rest
                .find(|c: char| c.is_whitespace() || matches!(c, '/' | '>' | '='))
                .unwrap_or(rest.len());
            if end == 0 {
                return Err(format!("expected a name at byte {}", self.pos));
            }
            let name = rest[..end].to_owned();
            self.pos += end;
            Ok(name)
        }

        fn element(&mut self, depth: usize) -> Result<Element, String> {
            if depth > MAX_DEPTH {
                return Err("elements nested too deeply".to_owned());
            }
            if !self.rest().starts_with('<') {
                return Err(format!("expected an element at byte {}", self.pos));
            }
            self.pos += 1;
            let mut element = Element::new(&self.name()?);
            loop {
                self.skip_ws();
                let rest = self.rest();
                if rest.starts_with("/>") {
                    self.pos += 2;
                    return Ok(element);
                }
                if rest.starts_with('>') {
                    self.pos += 1;
                    break;
                }
                let name = self.name()?;
                self.skip_ws();
                if !self.rest().starts_with('=') {
                    return Err(format!("attribute '{name}' has no value"));
                }
                self.pos += 1;
                self.skip_ws();
                let quote = self.rest().chars().next().filter(|c| *c == '"' || *c == '\'');
                let Some(quote) = quote else { return Err(format!("attribute '{name}' is not quoted")) };
                self.pos += 1;
                let end = self.rest().find(quote).ok_or_else(|| format!("attribute '{name}' is not closed"))?;
                let value = unescape(&self.rest()[..end])?;
                self.pos += end + 1;
                element.attributes.push((name, value));
            }
            let mut text = String::new();
            loop {
                let rest = self.rest();
                if rest.is_empty() {
                    return Err(format!("element '{}' is not closed", element.name));
                }
                if rest.starts_with("</") {
                    self.pos += 2;
                    let name = self.name()?;
                    if name != element.name {
                        return Err(format!("'{}' closed by '{name}'", element.name));
                    }
                    self.skip_ws();
                    if !self.rest().starts_with('>') {
                        return Err(format!("malformed end tag of '{name}'"));
                    }
                    self.pos += 1;
                    break;
                } else if rest.starts_with("<!--") {
                    self.skip_past("-->")?;
                } else if rest.starts_with("<![CDATA[") {
                    self.pos += 9;
                    let end = self.rest().find("]]>").ok_or("unterminated CDATA")?;
                    text.push_str(&self.rest()[..end]);
                    self.pos += end + 3;
                } else if rest.starts_with("<?") {
                    self.skip_past("?>")?;
                } else if rest.starts_with('<') {
                    element.children.push(self.element(depth + 1)?);
                } else {
                    let end = rest.find('<').unwrap_or(rest.len());
                    text.push_str(&unescape(&rest[..end])?);
                    self.pos += end;
                }
            }
            element.text = text.trim().to_owned();
            Ok(element)
        }
    }

    fn unescape(text: &str) -> Result<String, String> {
        if !text.contains('&') {
            return Ok(text.to_owned());
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(i) = rest.find('&') {
            out.push_str(&rest[..i]);
            let end = rest[i..].find(';').ok_or("unterminated entity")? + i;
            let entity = &rest[i + 1..end];
            let c = match entity {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                _ => {
                    let code = if let Some(hex) = entity.strip_prefix("#x").or_else(|| entity.strip_prefix("#X")) {
                        u32::from_str_radix(hex, 16).ok()
                    } else if let Some(decimal) = entity.strip_prefix('#') {
                        decimal.parse().ok()
                    } else {
                        None
                    };
                    code.and_then(char::from_u32).ok_or_else(|| format!("unknown entity '&{entity};'"))?
                }
            };
            out.push(c);
            rest = &rest[end + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }

    /// A model that is written as, and read from, one XML element.
    pub trait XmlModel: Sized {
        /// The element name of the type itself (its `xml.name`, else its schema name), used
        /// for a body's root element and for array items.
        const ELEMENT: &'static str;
        /// This value as an element called `name`.
        fn to_xml(&self, name: &str) -> Element;
        /// Reads this value from an element (whatever its name).
        fn from_xml(element: &Element) -> Result<Self, String>;
    }

    /// A scalar written as element or attribute text.
    pub trait XmlText: Sized {
        /// The text form.
        fn to_xml_text(&self) -> String;
        /// Parses the text form.
        fn from_xml_text(text: &str) -> Result<Self, String>;
    }

    impl XmlText for String {
        fn to_xml_text(&self) -> String {
            self.clone()
        }
        fn from_xml_text(text: &str) -> Result<Self, String> {
            Ok(text.to_owned())
        }
    }

    macro_rules! parsed_text {
        ($($ty:ty),*) => {$(
            impl XmlText for $ty {
                fn to_xml_text(&self) -> String {
                    self.to_string()
                }
                fn from_xml_text(text: &str) -> Result<Self, String> {
                    text.trim().parse().map_err(|error| format!("'{text}': {error}"))
                }
            }
        )*};
    }
    parsed_text!(bool, i32, i64, f32, f64);

    impl XmlText for time::OffsetDateTime {
        fn to_xml_text(&self) -> String {
            super::rfc3339(self)
        }
        fn from_xml_text(text: &str) -> Result<Self, String> {
            time::OffsetDateTime::parse(text.trim(), &time::format_description::well_known::Rfc3339)
                .map_err(|error| format!("'{text}': {error}"))
        }
    }

    impl XmlText for Vec<u8> {
        fn to_xml_text(&self) -> String {
            <super::Base64 as super::Encoding<Vec<u8>>>::to_text(self)
        }
        fn from_xml_text(text: &str) -> Result<Self, String> {
            <super::Base64 as super::Encoding<Vec<u8>>>::from_text(text.trim())
        }
    }

    impl XmlText for time::Duration {
        fn to_xml_text(&self) -> String {
            <super::Iso8601Duration as super::Encoding<time::Duration>>::to_text(self)
        }
        fn from_xml_text(text: &str) -> Result<Self, String> {
            <super::Iso8601Duration as super::Encoding<time::Duration>>::from_text(text.trim())
        }
    }

    impl XmlText for serde_json::Value {
        fn to_xml_text(&self) -> String {
            match self {
                serde_json::Value::String(text) => text.clone(),
                other => other.to_string(),
            }
        }
        fn from_xml_text(text: &str) -> Result<Self, String> {
            Ok(serde_json::Value::String(text.to_owned()))
        }
    }

    /// The text of a required child element.
    pub fn required<'a>(element: &'a Element, name: &str) -> Result<&'a Element, String> {
        element.child(name).ok_or_else(|| format!("<{}> has no <{name}>", element.name))
    }

    /// The value of a required attribute.
    pub fn required_attribute<'a>(element: &'a Element, name: &str) -> Result<&'a str, String> {
        element.attribute(name).ok_or_else(|| format!("<{}> has no attribute '{name}'", element.name))
    }

    /// Serializes a request body whose root element is `name`.
    pub fn body<T: XmlModel>(value: &T) -> Bytes {
        Bytes::from(value.to_xml(T::ELEMENT).to_document())
    }

    /// Decodes an XML success body.
    pub fn decode<T: XmlModel, E>(status: StatusCode, body: &Bytes) -> Result<T, Error<E>> {
        let parsed = std::str::from_utf8(body)
            .map_err(|error| error.to_string())
            .and_then(parse)
            .and_then(|root| T::from_xml(&root));
        parsed.map_err(|message| Error::Decode(DecodeError { status, message, body: body.clone() }))
    }

    /// Turns an error response with an XML error model into [`Error::Service`].
    pub fn service_error<E: XmlModel>(response: RawResponse) -> Error<E> {
        let (status, headers, body) = response.deconstruct();
        let body: Bytes = body.into();
        let error = std::str::from_utf8(&body).ok().and_then(|text| parse(text).ok()).and_then(|root| E::from_xml(&root).ok());
        let error_code = headers.get_optional_string(&"x-ms-error-code".into());
        Error::Service(ServiceError { status, error_code, error, headers, body })
    }
}
