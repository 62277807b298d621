fn main() {
    let _ = zingle_errors::zingle_error!(3614);
}
