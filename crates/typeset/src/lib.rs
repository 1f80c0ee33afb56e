//! podprint-typeset (placeholder, being written).
