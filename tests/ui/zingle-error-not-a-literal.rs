fn main() {
    let n = 3612;
    let _ = zingle_errors::zingle_error!(n, correspondent_id = "x");
    let _ = zingle_errors::zingle_error!((3612), correspondent_id = "x");
}
