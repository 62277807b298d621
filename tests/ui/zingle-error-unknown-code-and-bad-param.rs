fn main() {
    let _ = zingle_errors::zingle_error!(9999, x = 1, x = 2);
    let _ = zingle_errors::zingle_error!(InvalidLable, correspondent_id = "x");
}
