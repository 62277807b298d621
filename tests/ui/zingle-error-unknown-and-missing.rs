fn main() {
    let _ = zingle_errors::zingle_error!(InvalidContact, label = 1);
}
