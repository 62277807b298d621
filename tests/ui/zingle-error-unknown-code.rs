fn main() {
    let _ = zingle_errors::zingle_error!(9999, correspondent_id = "x");
    let _ = zingle_errors::zingle_error!(InvalidLabl, correspondent_id = "x");
}
