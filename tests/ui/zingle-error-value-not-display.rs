fn main() {
    struct NotDisplay;
    let _ = zingle_errors::zingle_error!(3612, correspondent_id = NotDisplay);
}
