fn main() {
    let _ = zingle_errors::code!(InvalidLable);
    let _ = zingle_errors::code!(Nonsense);
}
