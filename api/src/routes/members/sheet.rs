//! Reading an uploaded roster: the cells of the first sheet (xlsx) or the lines (csv) as
//! text, within limits that keep a small file from unpacking into a large one.

use calamine::{Data, DataType, Reader};

use super::roster::XLSX;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Upload, refuse_nul};

/// What one roster may hold, checked while it is read so that a small file cannot make the
/// server unpack or hold much more than a real roster (a compressed sheet of repeated cells
/// can unpack to hundreds of times its size).
const MAX_UNPACKED_BYTES: u64 = 32 * 1024 * 1024;
const MAX_ROWS: usize = 50_001;
const MAX_COLUMNS: usize = 64;
const MAX_CELL_CHARS: usize = 1_000;

fn too_large(what: String) -> ApiError {
    ApiError::field("file", "too_large", format!("the roster is too large: {what}; split it into several files"))
}

/// Reads the cells of the first sheet as text, within the limits above.
pub(super) fn read_rows(upload: &Upload) -> ApiResult<Vec<Vec<String>>> {
    let unreadable = |e: String| ApiError::field("file", "format", format!("cannot read the file: {e}"));
    let rows = if upload.media_type == "text/csv" {
        let text = std::str::from_utf8(&upload.bytes).map_err(|_| unreadable("CSV files must be UTF-8".into()))?;
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let mut rows = Vec::new();
        for record in reader.records() {
            if rows.len() == MAX_ROWS {
                return Err(too_large(format!("more than {} data rows", MAX_ROWS - 1)));
            }
            let record = record.map_err(|e| unreadable(e.to_string()))?;
            rows.push(record.iter().map(|c| c.trim().to_owned()).collect::<Vec<_>>());
        }
        rows
    } else if upload.media_type == XLSX {
        // The sizes the archive declares are read before anything is unpacked.
        let mut archive =
            zip::ZipArchive::new(std::io::Cursor::new(&upload.bytes)).map_err(|e| unreadable(e.to_string()))?;
        let mut unpacked: u64 = 0;
        for index in 0..archive.len() {
            let entry = archive.by_index_raw(index).map_err(|e| unreadable(e.to_string()))?;
            unpacked = unpacked.saturating_add(entry.size());
        }
        if unpacked > MAX_UNPACKED_BYTES {
            return Err(too_large(format!("it unpacks to more than {} MiB", MAX_UNPACKED_BYTES / 1024 / 1024)));
        }
        let mut workbook = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(&upload.bytes))
            .map_err(|e| unreadable(e.to_string()))?;
        let range = workbook
            .worksheet_range_at(0)
            .ok_or_else(|| unreadable("the workbook has no sheet".into()))?
            .map_err(|e| unreadable(e.to_string()))?;
        if range.height() > MAX_ROWS {
            return Err(too_large(format!("more than {} data rows", MAX_ROWS - 1)));
        }
        range.rows().map(|row| row.iter().map(cell_text).collect()).collect()
    } else {
        return Err(ApiError::UnsupportedMediaType(format!("send the roster as {XLSX} or text/csv")));
    };
    if rows.iter().flatten().any(|cell| cell.contains('\0')) {
        return Err(refuse_nul("file"));
    }
    if rows.iter().any(|row| row.len() > MAX_COLUMNS) {
        return Err(too_large(format!("more than {MAX_COLUMNS} columns")));
    }
    if rows.iter().flatten().any(|cell| cell.chars().count() > MAX_CELL_CHARS) {
        return Err(too_large(format!("a cell longer than {MAX_CELL_CHARS} characters")));
    }
    Ok(rows)
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_owned(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::DateTime(_) | Data::DateTimeIso(_) => {
            cell.as_date().map(|d| d.to_string()).unwrap_or_else(|| cell.to_string())
        }
        other => other.to_string(),
    }
}
