//! Cargo features per operation group, so a consumer compiles only the groups it uses.
//!
//! Each sub-client (operation group) gets a feature `<service feature>-<group>`; the service's
//! own feature turns on all of its groups. A group's feature gates its sub-client, the root's
//! accessor for it, its options and response types, and the models that only its operations
//! reach. A model stays ungated when the root client's own operations reach it, when every
//! group does, or when no operation does (then nothing gated may hide what it refers to, so
//! everything it reaches stays too).

use super::names;
use crate::ir::{Api, Operation, TypeId};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::{HashMap, HashSet};

/// The features of one service module.
pub struct Features {
    /// The service's feature (the module's, turning on every group).
    pub service: String,
    /// Per client (0 is the root, which is never gated): its group's feature.
    pub clients: Vec<Option<String>>,
    /// Models only some groups reach, and the indexes (into `clients`) of those groups.
    types: HashMap<TypeId, Vec<usize>>,
}

impl Features {
    /// Plans the features of a service whose clients hold `clients` (the root's operations
    /// first, then each group's as `(group, operations)`); `taken` holds the feature names of
    /// the crate so far, and gets these.
    pub fn plan(
        service_feature: &str,
        api: &Api,
        clients: &[(Option<&str>, Vec<&Operation>)],
        taken: &mut HashSet<String>,
    ) -> Features {
        let mut features = vec![None];
        for (group, _) in clients.iter().skip(1) {
            let wanted = format!("{service_feature}-{}", names::snake(group.unwrap_or_default()).replace('_', "-"));
            let mut name = wanted.clone();
            let mut n = 2;
            while !taken.insert(name.clone()) {
                name = format!("{wanted}{n}");
                n += 1;
            }
            features.push(Some(name));
        }
        let groups = clients.len().saturating_sub(1);
        let mut types: HashMap<TypeId, Vec<usize>> = HashMap::new();
        if groups > 0 {
            let mut by_group = HashMap::<TypeId, Vec<usize>>::new();
            for (index, (_, ops)) in clients.iter().enumerate().skip(1) {
                for id in api.reached_types(ops, &[]) {
                    by_group.entry(id).or_default().push(index);
                }
            }
            // Ungated: what the root reaches, and what no group reaches, with all they reach.
            let unreached: Vec<&TypeId> = api.types.keys().filter(|id| !by_group.contains_key(*id)).collect();
            let root_ops = clients.first().map(|(_, ops)| ops.as_slice()).unwrap_or_default();
            let ungated = api.reached_types(root_ops, &unreached);
            types = by_group
                .into_iter()
                .filter(|(id, users)| users.len() < groups && !ungated.contains(id))
                .map(|(id, mut users)| {
                    users.sort_unstable();
                    (id, users)
                })
                .collect();
        }
        Features { service: service_feature.to_owned(), clients: features, types }
    }

    /// Every group feature, in client order.
    pub fn groups(&self) -> impl Iterator<Item = &str> {
        self.clients.iter().flatten().map(String::as_str)
    }

    /// `#[cfg(...)]` for client `client`'s items, `None` for the root.
    pub fn client_cfg(&self, client: usize) -> Option<TokenStream> {
        self.clients.get(client).and_then(Option::as_ref).map(|feature| quote!(#[cfg(feature = #feature)]))
    }

    /// `#[cfg(...)]` for a model, `None` when it is not gated.
    pub fn type_cfg(&self, id: &TypeId) -> Option<TokenStream> {
        let users = self.types.get(id)?;
        let features: Vec<&String> =
            users.iter().filter_map(|&i| self.clients.get(i).and_then(Option::as_ref)).collect();
        Some(match features.as_slice() {
            [one] => quote!(#[cfg(feature = #one)]),
            many => quote!(#[cfg(any(#(feature = #many),*))]),
        })
    }

    /// `#[cfg(...)]` for the module: the service's feature or any of its groups'.
    pub fn module_cfg(&self) -> TokenStream {
        let service = &self.service;
        let groups: Vec<&str> = self.groups().collect();
        if groups.is_empty() {
            quote!(#[cfg(feature = #service)])
        } else {
            quote!(#[cfg(any(feature = #service, #(feature = #groups),*))])
        }
    }
}
