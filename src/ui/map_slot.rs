//! The place reserved for the border map (issue 3): it keeps the layout's
//! space and says plainly that the map is still to come.

use leptos::prelude::*;

/// Placeholder for the border map, sized as the map will be.
#[component]
pub fn MapSlot(
    /// The index of the phase shown; the map will follow it.
    phase: Signal<usize>,
) -> impl IntoView {
    view! {
        <section class="map-slot" aria-label="Map of the US–Mexico border" data-phase=move || phase.get()>
            <p class="map-slot__note">"The border map will appear here."</p>
        </section>
    }
}
