//! A mock Zingle API answering with real catalog errors:
//! `cargo run -p zingle-errors --features axum --example mock_server [ADDRESS]`
//! (127.0.0.1:3000 by default); then, in another shell,
//! `cargo run -p zingle-errors --features axum --example client http://127.0.0.1:3000`.

mod mock_api;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let listener = tokio::net::TcpListener::bind(&address).await?;
    println!(
        "mock Zingle API on http://{}; Ctrl-C stops it",
        listener.local_addr()?
    );
    for (route, answer) in mock_api::ROUTES {
        println!("  {route:<38} {answer}");
    }
    println!("  any other route                        404 with a Zingle envelope");
    axum::serve(listener, mock_api::app())
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
