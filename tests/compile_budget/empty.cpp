// The baseline: what the compiler costs before any header.
