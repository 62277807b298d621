//! Compile-fail tests: broken catalogs and wrong `code!` / `zingle_error!` calls.

#[test]
fn ui() {
    // trybuild builds each case in a project of its own under target/; the macro reads
    // the catalog fixtures relative to this directory instead (trybuild issue #202).
    // SAFETY: this binary's only test sets it before starting any thread of its own.
    unsafe { std::env::set_var("ZINGLE_ERRORS_MANIFEST_DIR", env!("CARGO_MANIFEST_DIR")) };
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/*.rs");
}
