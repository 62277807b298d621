#![deny(unreachable_patterns)]

// The catalog's macro comes from another crate (the Zingle catalog's, from the runtime):
// a code written twice in one `match` is still warned of, at the user's token.
use zingle_errors::{code, ErrorCode};

fn main() {
    match ErrorCode::InvalidLabel {
        code!(3612) => {}
        code!(InvalidLabel) => {}
        _ => {}
    }
}
