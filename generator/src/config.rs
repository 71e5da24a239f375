//! The project config (`specs/services.toml`): which specs make up a crate, and the module,
//! feature and client name of each.

use crate::emit::Service;
use crate::select::Selection;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// A crate to generate.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Package name of the generated crate.
    pub crate_name: String,
    /// Services, one module each, in output order.
    #[serde(rename = "service")]
    pub services: Vec<ServiceConfig>,
}

/// One `[[service]]` table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceConfig {
    /// Spec file, relative to the config file's folder.
    pub spec: String,
    /// Rust module name.
    pub module: String,
    /// Cargo feature gating the module.
    pub feature: String,
    /// Client struct name.
    pub client: String,
    /// The `apiKey` security scheme that is really an access key signed with HMAC-SHA256
    /// (Azure Communication Services): the client gets a `with_access_key` constructor.
    #[serde(default)]
    pub hmac_scheme: Option<String>,
    /// Generate only the operations these select (`tag:NAME`, `path:/PREFIX`, `op:ID`) and the
    /// types they reach; every operation when empty.
    #[serde(default)]
    pub include: Vec<String>,
    /// Leave out the operations these select.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// `include` and `exclude`, parsed by [`Config::read`].
    #[serde(skip)]
    pub selection: Selection,
}

/// Why the config could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// Unreadable file.
    #[error("{path}: cannot read config: {source}")]
    Io {
        /// The config file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// Invalid TOML or unknown keys.
    #[error("{path}: {message}")]
    Parse {
        /// The config file.
        path: PathBuf,
        /// What the TOML parser said (with line and column).
        message: String,
    },
}

impl Config {
    /// Reads a config file.
    pub fn read(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io { path: path.to_owned(), source })?;
        let mut config: Config = toml::from_str(&text)
            .map_err(|error| ConfigError::Parse { path: path.to_owned(), message: error.to_string() })?;
        for service in &mut config.services {
            service.selection = Selection::parse(&service.include, &service.exclude).map_err(|message| {
                ConfigError::Parse { path: path.to_owned(), message: format!("service `{}`: {message}", service.module) }
            })?;
        }
        Ok(config)
    }

    /// The services with their spec paths resolved against `base` (the config's folder);
    /// `shown` is how the spec is named in generated headers (relative, machine-independent).
    pub fn inputs(&self, base: &Path, shown_base: &str) -> Vec<Input> {
        self.services
            .iter()
            .map(|s| Input {
                path: base.join(&s.spec),
                service: Service {
                    spec: format!("{shown_base}{}", s.spec),
                    module: s.module.clone(),
                    feature: s.feature.clone(),
                    client: s.client.clone(),
                    hmac_scheme: s.hmac_scheme.clone(),
                },
                selection: s.selection.clone(),
            })
            .collect()
    }
}

/// A spec to generate and how its module is named.
#[derive(Debug, Clone)]
pub struct Input {
    /// Where to read the spec.
    pub path: PathBuf,
    /// Module, feature and client names.
    pub service: Service,
    /// Which operations to generate.
    pub selection: Selection,
}

impl Input {
    /// An input named after the spec file: the file stem, or the folder's name when the
    /// stem is generic (`openapi`, `swagger`, `spec`).
    pub fn from_path(path: &Path) -> Input {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("api");
        let generic = ["openapi", "swagger", "spec", "api", "index"].contains(&stem.to_ascii_lowercase().as_str());
        let name = match path.parent().and_then(|p| p.file_name()).and_then(|s| s.to_str()) {
            Some(parent) if generic => parent,
            _ => stem,
        };
        let mut module = crate::emit::module_name(name);
        // `models` and `runtime` are taken at the crate root and inside each service.
        if module == "models" || module == "runtime" {
            module.push_str("_api");
        }
        Input {
            path: path.to_owned(),
            service: Service {
                spec: path.file_name().and_then(|s| s.to_str()).unwrap_or("spec").to_owned(),
                feature: module.replace('_', "-"),
                client: crate::emit::client_name(&module),
                module,
                hmac_scheme: None,
            },
            selection: Selection::default(),
        }
    }
}
