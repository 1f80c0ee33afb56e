//! podprint-quotes (placeholder, being written).
