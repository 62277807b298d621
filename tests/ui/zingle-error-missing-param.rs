fn main() {
    let _ = zingle_errors::zingle_error!(3613, correspondent_channel_value = "x");
    let _ = zingle_errors::zingle_error!(InvalidLabel);
}
