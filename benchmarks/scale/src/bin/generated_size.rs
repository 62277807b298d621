//! How much code `zingle_errors!` generates for a catalog: its tokens (every leaf, the
//! groups' contents counted) and the bytes of its text.
//!
//! `cargo run -p zingle-errors-scale --bin generated_size -- codes.toml`

use proc_macro2::{TokenStream, TokenTree};

fn count(tokens: TokenStream) -> usize {
    tokens
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(group) => 1 + count(group.stream()),
            _ => 1,
        })
        .sum()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "codes.toml".to_owned());
    let text = std::fs::read_to_string(&path)?;
    let catalog = zingle_errors_catalog::parse(&text, &path)?;
    let options = zingle_errors_catalog::codegen::Options::for_catalog(&catalog);
    let generated = zingle_errors_catalog::codegen::generate(&catalog, &options);
    let bytes = generated.to_string().len();
    println!(
        "{path}: {} codes, {} tokens, {bytes} bytes generated",
        catalog.entries().len(),
        count(generated)
    );
    Ok(())
}
