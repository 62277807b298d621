//! A tour of the Zingle error catalog: `cargo run -p zingle-errors --example quickstart`.

use zingle_errors::{Category, ErrorCode, ZingleError, code, zingle_error};

fn main() {
    println!(
        "The Zingle error catalog: {} codes in {} categories\n",
        ErrorCode::ALL.len(),
        Category::ALL.len()
    );
    for category in Category::ALL {
        let range = category.range();
        let codes = category.codes().len();
        println!(
            "{:>4}-{:<4} {:<28} {codes:>3} {}",
            range.start(),
            range.end(),
            category.title(),
            if codes == 1 { "code" } else { "codes" }
        );
    }

    println!("\nLooking codes up");
    for input in ["3612", "ContactNotFound", "2600", "9999"] {
        match input.parse::<ErrorCode>() {
            Ok(code) => println!(
                "  {input:<16} -> {} {} (HTTP {}): {}",
                code.code(),
                code.name(),
                code.http_status(),
                code.message()
            ),
            Err(err) => println!("  {input:<16} -> {err}"),
        }
    }

    println!("\nFormatting messages");
    let text = ErrorCode::InvalidContact
        .render(&[
            ("channel_type_display_name", &"SMS"),
            ("correspondent_id", &42),
        ])
        .unwrap_or_else(|e| e.to_string());
    println!("  at run time:     {text}");
    let err: ZingleError = zingle_error!(InvalidLabel, correspondent_id = "vip");
    println!(
        "  at compile time: {err} (code {}, HTTP {})",
        err.error_code().unwrap_or_default(),
        err.http_status()
    );
    let missing = ErrorCode::InvalidLabel.render(&[]).unwrap_err();
    println!("  a mistake:       {missing}");

    println!("\nMatching on codes");
    for err in [
        ZingleError::contact_not_found(),
        ZingleError::invalid_label("x"),
        ZingleError::server_error(),
    ] {
        let advice = match err.kind() {
            Some(code!(3000)) => "create the contact first",
            Some(code!(InvalidLabel)) => "check the label id",
            Some(code) if code.http_status() >= 500 => "retry later",
            _ => "see the message",
        };
        println!(
            "  {:<4} {:<40} -> {advice}",
            err.error_code().unwrap_or_default(),
            err.to_string()
        );
    }
}
