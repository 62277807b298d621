fn main() {
    let _ = zingle_errors::zingle_error!(InvalidLabel, correspondent_id = "x", corespondent_id = "y");
    let _ = zingle_errors::zingle_error!(ContactNotFound, contact_id = 7);
}
