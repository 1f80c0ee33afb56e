//! podprint-cards (placeholder, being written).
