//! [`QuoteOptions`]: the `[quotes]` table of the config.

use podprint_transcript::Role;
use serde::{Deserialize, Serialize};

use crate::error::QuoteError;

/// Selection settings (`[quotes]` in the config).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields, default)]
pub struct QuoteOptions {
    /// Quotes per episode (the CLI passes it as `top` to [`crate::select`]).
    pub per_episode: usize,
    /// Roles quoted. When no speaker in an episode has one of them, any speaker
    /// who is neither announcer nor host is quoted, then anyone but the announcer.
    pub roles: Vec<Role>,
    /// Shortest quote, in characters.
    pub min_chars: usize,
    /// Longest quote, in characters.
    pub max_chars: usize,
    /// Quote ids always included (after the teasers), in this order.
    pub pin: Vec<String>,
    /// Quote ids never included.
    pub reject: Vec<String>,
    /// Keywords that raise a quote's score (case-insensitive, word prefix).
    pub boost: Vec<String>,
    /// Words that lower a quote's score (case-insensitive, word prefix).
    pub avoid: Vec<String>,
    /// List cold-open teasers first, as editor picks.
    pub teasers_first: bool,
}

impl Default for QuoteOptions {
    fn default() -> Self {
        QuoteOptions {
            per_episode: 5,
            roles: vec![Role::Guest],
            min_chars: 60,
            max_chars: 220,
            pin: Vec::new(),
            reject: Vec::new(),
            boost: Vec::new(),
            avoid: Vec::new(),
            teasers_first: true,
        }
    }
}

impl QuoteOptions {
    /// Check the options: bounds ordered and sensible, the announcer not quoted.
    pub fn validate(&self) -> Result<(), QuoteError> {
        if self.min_chars > self.max_chars || self.max_chars < 20 {
            return Err(QuoteError::Bounds {
                min: self.min_chars,
                max: self.max_chars,
            });
        }
        if self.roles.contains(&Role::Announcer) {
            return Err(QuoteError::AnnouncerRole);
        }
        if let Some(id) = self.pin.iter().find(|id| self.reject.contains(id)) {
            return Err(QuoteError::PinnedAndRejected { id: id.clone() });
        }
        Ok(())
    }
}
