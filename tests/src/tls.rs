//! The process-wide self-signed certificate shared by every [`TestServer`](crate::TestServer)
//! (as its identity) and every client from [`client_options`](crate::client_options)
//! (as its only trusted root).

use std::sync::{Arc, OnceLock};
use tokio_rustls::rustls::{
    self,
    pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer},
};

struct TestCert {
    cert_der: CertificateDer<'static>,
    key_der: Vec<u8>,
}

fn test_cert() -> &'static TestCert {
    static CERT: OnceLock<TestCert> = OnceLock::new();
    CERT.get_or_init(|| {
        let certified = rcgen::generate_simple_self_signed(vec![
            "localhost".to_string(),
            "127.0.0.1".to_string(),
        ])
        .expect("generate self-signed test certificate");
        TestCert {
            cert_der: certified.cert.der().clone(),
            key_der: certified.signing_key.serialize_der(),
        }
    })
}

/// DER bytes of the self-signed certificate (SANs `localhost` and IP `127.0.0.1`)
/// that HTTPS test servers present. Generated once per process, at first use.
pub fn ca_certificate_der() -> &'static [u8] {
    test_cert().cert_der.as_ref()
}

/// The rustls server configuration (HTTP/1.1 only), built once per process.
pub(crate) fn server_config() -> Arc<rustls::ServerConfig> {
    static CONFIG: OnceLock<Arc<rustls::ServerConfig>> = OnceLock::new();
    CONFIG
        .get_or_init(|| {
            let cert = test_cert();
            let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(cert.key_der.clone()));
            let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
            let mut config = rustls::ServerConfig::builder_with_provider(provider)
                .with_safe_default_protocol_versions()
                .expect("rustls protocol versions")
                .with_no_client_auth()
                .with_single_cert(vec![cert.cert_der.clone()], key)
                .expect("rustls server certificate");
            config.alpn_protocols = vec![b"http/1.1".to_vec()];
            Arc::new(config)
        })
        .clone()
}
