//! JPEG files read byte-wise: the frame header (size, channels) and a copy with every
//! metadata segment cut out (EXIF, XMP, ICC, IPTC, comments, appended preview images),
//! so a print master can go into the PDF untouched but private.

/// What the frame header says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JpegInfo {
    /// Pixel width.
    pub width_px: u32,
    /// Pixel height.
    pub height_px: u32,
    /// 1 (grey), 3 (YCbCr/RGB) or 4 (CMYK).
    pub components: u8,
    /// Huffman-coded, 8 bits per sample: what every PDF reader decodes.
    pub(crate) plain: bool,
    /// The EXIF orientation (1 when none or upright).
    pub orientation: u8,
}

impl JpegInfo {
    /// True when the stripped bytes can go into the PDF as they are.
    pub fn embeddable(&self) -> bool {
        self.plain && matches!(self.components, 1 | 3) && self.orientation == 1
    }
}

/// A segment is kept unless it carries metadata: APP1–APP13 and APP15 (EXIF, XMP,
/// ICC, IPTC, …) and COM go; APP0 (JFIF) and APP14 (Adobe colour transform) stay.
fn keep_segment(marker: u8) -> bool {
    !matches!(marker, 0xE1..=0xED | 0xEF | 0xFE)
}

/// Start-of-frame markers (C0–CF except DHT C4, JPG C8, DAC CC).
fn is_sof(marker: u8) -> bool {
    (0xC0..=0xCF).contains(&marker) && !matches!(marker, 0xC4 | 0xC8 | 0xCC)
}

/// A marker with no length field.
fn is_standalone(marker: u8) -> bool {
    matches!(marker, 0x01 | 0xD0..=0xD8)
}

/// One marker segment at a position: its marker, the index of the marker byte (after
/// any 0xFF fill), where the segment ends, and its body (empty for markers without a
/// length field).
struct Segment<'a> {
    marker: u8,
    at: usize,
    end: usize,
    body: &'a [u8],
}

impl Segment<'_> {
    /// Reads what the frame header and EXIF orientation say into `info` and
    /// `orientation`; `None` when a frame header is malformed.
    fn read_into(&self, info: &mut Option<JpegInfo>, orientation: &mut u8) -> Option<()> {
        if self.marker == 0xE1 && self.body.starts_with(b"Exif\0") {
            *orientation = exif_orientation(self.body.get(6..)?).unwrap_or(1);
        }
        if is_sof(self.marker) && info.is_none() {
            *info = Some(frame(self.marker, self.body)?);
        }
        Some(())
    }
}

/// The segment starting at `pos` (which must hold 0xFF); `None` when the bytes end
/// early or the length field is impossible.
fn segment(bytes: &[u8], pos: usize) -> Option<Segment<'_>> {
    if *bytes.get(pos)? != 0xFF {
        return None;
    }
    let mut at = pos + 1;
    while *bytes.get(at)? == 0xFF {
        at += 1;
    }
    let marker = *bytes.get(at)?;
    if is_standalone(marker) || marker == 0xD9 {
        return Some(Segment {
            marker,
            at,
            end: at + 1,
            body: &[],
        });
    }
    let length = usize::from(u16::from_be_bytes([
        *bytes.get(at + 1)?,
        *bytes.get(at + 2)?,
    ]));
    if length < 2 {
        return None;
    }
    let end = at + 1 + length;
    Some(Segment {
        marker,
        at,
        end,
        body: bytes.get(at + 3..end)?,
    })
}

/// The frame header alone, read without copying anything (stops at the first scan).
pub fn header(bytes: &[u8]) -> Option<JpegInfo> {
    if bytes.get(0..2)? != [0xFF, 0xD8] {
        return None;
    }
    let mut info: Option<JpegInfo> = None;
    let mut orientation = 1;
    let mut pos = 2;
    while info.is_none() || orientation == 1 {
        let seg = segment(bytes, pos)?;
        if seg.marker == 0xDA || seg.marker == 0xD9 {
            break;
        }
        seg.read_into(&mut info, &mut orientation)?;
        pos = seg.end;
    }
    let mut info = info?;
    info.orientation = orientation;
    (info.width_px > 0 && info.height_px > 0).then_some(info)
}

/// The frame header's fields from a start-of-frame segment's body.
fn frame(marker: u8, body: &[u8]) -> Option<JpegInfo> {
    Some(JpegInfo {
        height_px: u32::from(u16::from_be_bytes([*body.get(1)?, *body.get(2)?])),
        width_px: u32::from(u16::from_be_bytes([*body.get(3)?, *body.get(4)?])),
        components: *body.get(5)?,
        plain: matches!(marker, 0xC0..=0xC2) && *body.first()? == 8,
        orientation: 1,
    })
}

/// The file without metadata segments, ending at the first end-of-image marker, with
/// its frame header. `None` when the bytes are not a well-formed JPEG.
pub fn strip(bytes: &[u8]) -> Option<(Vec<u8>, JpegInfo)> {
    if bytes.get(0..2)? != [0xFF, 0xD8] {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&[0xFF, 0xD8]);
    let mut info: Option<JpegInfo> = None;
    let mut orientation = 1;
    let mut pos = 2;
    let mut in_scan = false;
    loop {
        if in_scan {
            // Entropy-coded data: copy up to the next real marker (0xFF followed by
            // something other than a stuffed zero, a restart marker or fill).
            let start = pos;
            loop {
                let ff = bytes.get(pos..)?.iter().position(|&b| b == 0xFF)? + pos;
                let next = *bytes.get(ff + 1)?;
                if next == 0x00 || (0xD0..=0xD7).contains(&next) || next == 0xFF {
                    pos = ff + 2;
                    continue;
                }
                pos = ff;
                break;
            }
            out.extend_from_slice(bytes.get(start..pos)?);
        }
        let seg = segment(bytes, pos)?;
        if seg.marker == 0xD9 {
            out.extend_from_slice(&[0xFF, 0xD9]);
            break;
        }
        seg.read_into(&mut info, &mut orientation)?;
        if is_standalone(seg.marker) || keep_segment(seg.marker) {
            out.push(0xFF);
            out.extend_from_slice(bytes.get(seg.at..seg.end)?);
        }
        in_scan = seg.marker == 0xDA;
        pos = seg.end;
    }
    let mut info = info?;
    if info.width_px == 0 || info.height_px == 0 {
        return None;
    }
    info.orientation = orientation;
    Some((out, info))
}

/// The orientation tag of an EXIF TIFF block, if readable (the `image` crate's
/// reader, the one photo import uses too).
fn exif_orientation(tiff: &[u8]) -> Option<u8> {
    image::metadata::Orientation::from_exif_chunk(tiff).map(image::metadata::Orientation::to_exif)
}
