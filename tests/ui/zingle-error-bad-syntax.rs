fn main() {
    let _ = zingle_errors::zingle_error!(3612, correspondent_id = );
    let _ = zingle_errors::zingle_error!(3613, 7 = "x", channel_type_display_name = "y", correspondent_channel_value = "z");
}
