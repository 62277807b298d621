zingle_errors::zingle_errors!("ui/catalogs/broken-but-used.toml");

fn main() {
    // The catalog's faults are reported; its uses add nothing.
    let good: ErrorCode = code!(GoodCode);
    let broken: ErrorCode = code!(BrokenCode);
    let missing = code!(150);
    match ErrorCode::from_code(100) {
        Some(code!(BrokenCode)) | None => {}
        Some(other) => println!("{other} {good} {broken} {missing}"),
    }
    let err: Error = error!(BrokenCode, thing = 1);
    let ok: Error = error!(GoodCode);
    println!("{err} {ok} {}", Category::ALL.len());
}
