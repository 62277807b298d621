fn main() {
    let _: zingle_errors::ZingleError = zingle_errors::zingle_error!(
        InvalidContact,
        correspondent_id = 1,
        correspondent_id = 2,
        bogus = 3
    );
}
