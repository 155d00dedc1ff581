//! The regex-lite API under the name regex, for fuzzing the code path the
//! WebAssembly build runs.
pub use regex_lite::*;
