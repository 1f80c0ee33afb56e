//! podprint-pdf (placeholder, being written).
