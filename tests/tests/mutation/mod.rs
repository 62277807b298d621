//! Mutations of the real `codes.toml`, shared by the tests that load them and the test
//! that compiles them.

use proptest::prelude::*;

/// The real catalog.
pub const CODES: &str = include_str!("../../codes.toml");

/// A mutation of the real catalog: a line dropped, doubled or cut, or a character put in.
pub fn mutated() -> impl Strategy<Value = String> {
    let lines: Vec<&'static str> = CODES.lines().collect();
    let count = lines.len();
    (0..count, 0..4u8, any::<char>(), 0..80usize).prop_map(move |(at, how, c, column)| {
        let mut lines: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
        match how {
            0 => {
                lines.remove(at);
            }
            1 => {
                let line = lines[at].clone();
                lines.insert(at, line);
            }
            2 => {
                let cut = lines[at].char_indices().nth(column).map_or(0, |(i, _)| i);
                lines[at].truncate(cut);
            }
            _ => {
                let at_char = lines[at]
                    .char_indices()
                    .nth(column)
                    .map_or(lines[at].len(), |(i, _)| i);
                lines[at].insert(at_char, c);
            }
        }
        lines.join("\n")
    })
}
