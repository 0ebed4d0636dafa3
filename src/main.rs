//! Starts the explainer. Everything else lives in the library.

fn main() {
    remain_in_mexico::ui::start();
}
