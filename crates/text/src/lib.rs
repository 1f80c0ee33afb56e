//! podprint-text (placeholder, being written).
