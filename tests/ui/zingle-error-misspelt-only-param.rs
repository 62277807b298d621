fn main() {
    let _ = zingle_errors::zingle_error!(3612, corespondent_id = "x");
}
