//! A CSV export as rows of cells: the delimiter from a `sep=` line or sniffed from the
//! header (comma, semicolon or tab), title lines above the header set aside, quoted
//! cells spanning lines kept whole, and each row's line number in the file.

/// One data row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// 1-based line in the file where the row starts.
    pub line: usize,
    /// Its cells, as written (not trimmed).
    pub cells: Vec<String>,
}

impl Row {
    /// The cell at `index`, trimmed; empty when the row is shorter.
    pub fn cell(&self, index: usize) -> &str {
        self.cells.get(index).map_or("", |c| c.trim())
    }
}

/// A file's table.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sheet {
    /// A title line above the header ("Instagram followers"), when there is one.
    pub title: Option<String>,
    /// The header row (empty when the file has no row of two or more cells).
    pub header: Vec<String>,
    /// The rows below the header, blank rows left out.
    pub rows: Vec<Row>,
    /// Rows the CSV reader could not split, with its message.
    pub broken: Vec<(usize, String)>,
    /// The delimiter used.
    pub delimiter: u8,
}

/// Counts `delimiter` outside quotes in one line.
fn count_outside_quotes(line: &str, delimiter: char) -> usize {
    let mut quoted = false;
    let mut count = 0;
    for c in line.chars() {
        if c == '"' {
            quoted = !quoted;
        } else if c == delimiter && !quoted {
            count += 1;
        }
    }
    count
}

/// The delimiter: a `sep=X` first line's, else the candidate found most often outside
/// quotes in the first line that has any (title lines have none).
pub fn sniff_delimiter(text: &str) -> u8 {
    if let Some(sep) = text
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .and_then(|l| l.trim().trim_matches('"').strip_prefix("sep="))
    {
        return match sep.chars().next() {
            Some('\t') => b'\t',
            Some(';') => b';',
            Some('|') => b'|',
            _ => b',',
        };
    }
    for line in text.lines().take(8) {
        let counts = [b',', b';', b'\t'].map(|d| (count_outside_quotes(line, char::from(d)), d));
        if let Some(&(n, d)) = counts.iter().max_by_key(|(n, d)| (*n, *d == b','))
            && n > 0
        {
            return d;
        }
    }
    b','
}

/// The 1-based line a record starts on. The `csv` reader places a record after blank
/// lines at the first of them; this skips past them to the record's first character.
pub fn record_line(text: &str, position: &csv::Position) -> usize {
    let mut line = usize::try_from(position.line()).unwrap_or(usize::MAX);
    let start = usize::try_from(position.byte()).unwrap_or(usize::MAX);
    for byte in text.as_bytes().get(start..).unwrap_or(&[]) {
        match byte {
            b'\n' => line = line.saturating_add(1),
            b'\r' => {}
            _ => break,
        }
    }
    line
}

/// Reads `text` as a table.
pub fn read_sheet(text: &str) -> Sheet {
    let delimiter = sniff_delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut sheet = Sheet {
        delimiter,
        ..Sheet::default()
    };
    let mut record = csv::StringRecord::new();
    loop {
        let line = reader.position().line();
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(line, csv::Position::line);
                sheet
                    .broken
                    .push((usize::try_from(line).unwrap_or(usize::MAX), e.to_string()));
                continue;
            }
        }
        let line = record
            .position()
            .map_or(usize::try_from(line).unwrap_or(usize::MAX), |p| {
                record_line(text, p)
            });
        let filled = record.iter().filter(|c| !c.trim().is_empty()).count();
        if filled == 0 {
            continue;
        }
        if sheet.header.is_empty() {
            let first = record
                .get(0)
                .unwrap_or("")
                .trim()
                .trim_start_matches('\u{feff}');
            if first.starts_with("sep=") {
                continue;
            }
            if filled == 1 && record.len() <= 2 {
                if sheet.title.is_none() {
                    sheet.title = Some(first.to_owned());
                }
                continue;
            }
            sheet.header = record
                .iter()
                .map(|c| c.trim_start_matches('\u{feff}').to_owned())
                .collect();
            continue;
        }
        sheet.rows.push(Row {
            line,
            cells: record.iter().map(str::to_owned).collect(),
        });
    }
    if sheet.header.is_empty() {
        // No row of two cells or more: the first line is all the header there is (a
        // file split on a delimiter Pitchkit does not know, for one).
        if let Some(title) = sheet.title.take() {
            sheet.header = vec![title];
        }
    }
    sheet
}
