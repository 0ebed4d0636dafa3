//! Starts the explainer's live layer. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    remain_in_mexico::ui::start();
}

/// Natively there is nothing to run: the page is written by the `page`
/// crate's `prerender`, and this binary is the browser's.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the explainer's live layer runs in the browser: build it with trunk");
}
