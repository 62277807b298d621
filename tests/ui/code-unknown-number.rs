fn main() {
    let _ = zingle_errors::code!(3613_0);
    let _ = zingle_errors::code!(3699);
}
