//! Import errors: the path comes last, sizes read plainly.

use pitchkit::media::error::*;
use std::path::Path;

#[test]
fn path_comes_last() {
    let err = ImportError::new(
        Path::new("/home/a/PXL_0001.AVIF"),
        Problem::Unsupported(Unsupported::Avif),
    );
    assert!(
        err.to_string()
            .starts_with("AVIF images can't be read yet: export the image as JPEG or PNG"),
        "{err}"
    );
    assert!(
        err.to_string().ends_with(": /home/a/PXL_0001.AVIF"),
        "{err}"
    );
}

#[test]
fn sizes_read_plainly() {
    assert_eq!(megabytes(64_000_000), "64.0 MB");
    assert_eq!(megabytes(80_349_999), "80.3 MB");
    assert_eq!(megapixels(10_000_000_000), "10000");
    let text = Problem::TooWide {
        width_px: 100_000,
        height_px: 100_000,
        max_side_px: 16_384,
    }
    .to_string();
    assert!(text.contains("100000 × 100000 px"), "{text}");
}
