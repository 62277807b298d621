fn main() {
    let _ = zingle_errors::zingle_error!(3612, correspondent_id = "x", correspondent_id = "y");
}
