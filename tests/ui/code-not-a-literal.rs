fn main() {
    let _ = zingle_errors::code!(-1);
    let _ = zingle_errors::code!(3612u8);
    let _ = zingle_errors::code!(70000);
    let _ = zingle_errors::code!(invalid_label);
}
