//! The import limits refuse in order.

use pitchkit::media::{Limits, Problem};

#[test]
fn limits_refuse_in_order() {
    let limits = Limits::default();
    assert!(limits.check_dimensions(4032, 3024, 3).is_ok());
    assert!(matches!(
        limits.check_dimensions(100_000, 100_000, 3),
        Err(Problem::TooWide { .. })
    ));
    assert!(matches!(
        limits.check_dimensions(16_000, 16_000, 3),
        Err(Problem::TooManyPixels { .. })
    ));
    assert!(matches!(
        limits.check_dimensions(10_000, 10_000, 8),
        Err(Problem::TooMuchMemory { .. })
    ));
    assert!(matches!(
        limits.check_dimensions(0, 10, 3),
        Err(Problem::Damaged(_))
    ));
    assert!(limits.check_file_size(64_000_000).is_ok());
    assert!(limits.check_file_size(64_000_001).is_err());
}
