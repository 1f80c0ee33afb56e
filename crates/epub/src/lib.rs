//! podprint-epub (placeholder, being written).
