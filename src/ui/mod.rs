//! The desktop window (eframe/egui).
