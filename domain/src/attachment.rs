//! Files kept with a record (a meeting's photos, minutes and slides): which kinds are taken,
//! how large, and whether the bytes are what their type says.

/// A kind of file the product keeps, by its media type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Jpeg,
    Png,
    Pdf,
    /// Word, Excel and PowerPoint since 2007 (a zip container).
    OfficeOpenXml,
    /// Word, Excel and PowerPoint 97–2003 (a compound file).
    OfficeLegacy,
}

/// The media types taken, each with the kind of bytes it must hold.
pub const MEDIA_TYPES: &[(&str, FileKind)] = &[
    ("image/jpeg", FileKind::Jpeg),
    ("image/png", FileKind::Png),
    ("application/pdf", FileKind::Pdf),
    ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileKind::OfficeOpenXml),
    ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileKind::OfficeOpenXml),
    ("application/vnd.openxmlformats-officedocument.presentationml.presentation", FileKind::OfficeOpenXml),
    ("application/msword", FileKind::OfficeLegacy),
    ("application/vnd.ms-excel", FileKind::OfficeLegacy),
    ("application/vnd.ms-powerpoint", FileKind::OfficeLegacy),
];

impl FileKind {
    /// The first bytes every file of the kind begins with.
    fn signature(self) -> &'static [u8] {
        match self {
            FileKind::Jpeg => &[0xFF, 0xD8, 0xFF],
            FileKind::Png => &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A],
            FileKind::Pdf => b"%PDF-",
            FileKind::OfficeOpenXml => b"PK\x03\x04",
            FileKind::OfficeLegacy => &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
        }
    }
}

/// Why a file is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileRefusal {
    #[error("files of type `{0}` are not kept; photos (JPEG, PNG), PDF and Office documents are")]
    TypeNotAllowed(String),
    #[error("the file holds {size} bytes; at most {limit} are kept")]
    TooLarge { size: usize, limit: usize },
    #[error("the file is empty")]
    Empty,
    #[error("the file's content is not a `{0}` file")]
    ContentMismatch(String),
}

impl FileRefusal {
    /// Stable problem code.
    pub fn code(&self) -> &'static str {
        match self {
            FileRefusal::TypeNotAllowed(_) => "unsupported-media-type",
            FileRefusal::TooLarge { .. } => "payload-too-large",
            FileRefusal::Empty | FileRefusal::ContentMismatch(_) => "validation-failed",
        }
    }
}

/// Checks a file against the media types `allowed` (a subset of [`MEDIA_TYPES`]) and the
/// size limit, and that its bytes begin as its type says (a renamed program is refused).
pub fn check_file(media_type: &str, bytes: &[u8], allowed: &[String], limit: usize) -> Result<(), FileRefusal> {
    let kind = MEDIA_TYPES
        .iter()
        .find(|(known, _)| *known == media_type && allowed.iter().any(|a| a == known))
        .map(|(_, kind)| *kind)
        .ok_or_else(|| FileRefusal::TypeNotAllowed(media_type.to_owned()))?;
    if bytes.is_empty() {
        return Err(FileRefusal::Empty);
    }
    if bytes.len() > limit {
        return Err(FileRefusal::TooLarge { size: bytes.len(), limit });
    }
    if !bytes.starts_with(kind.signature()) {
        return Err(FileRefusal::ContentMismatch(media_type.to_owned()));
    }
    Ok(())
}

/// A file name as kept: the last path segment, without control characters, at most 200
/// characters; `fallback` when nothing is left.
pub fn clean_name(name: &str, fallback: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = last.chars().filter(|c| !c.is_control()).take(200).collect();
    let cleaned = cleaned.trim();
    if cleaned.is_empty() || cleaned == "." || cleaned == ".." { fallback.to_owned() } else { cleaned.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<String> {
        MEDIA_TYPES.iter().map(|(t, _)| (*t).to_owned()).collect()
    }

    #[test]
    fn photos_pdf_and_office_documents_are_kept_when_their_bytes_match() {
        assert_eq!(check_file("image/png", b"\x89PNG\r\n\x1a\n....", &all(), 100), Ok(()));
        assert_eq!(check_file("application/pdf", b"%PDF-1.7 ...", &all(), 100), Ok(()));
        assert_eq!(
            check_file("application/pdf", b"MZ\x90\x00 a program", &all(), 100),
            Err(FileRefusal::ContentMismatch("application/pdf".to_owned()))
        );
        assert_eq!(
            check_file("application/x-msdownload", b"MZ", &all(), 100),
            Err(FileRefusal::TypeNotAllowed("application/x-msdownload".to_owned()))
        );
    }

    #[test]
    fn the_configured_types_and_size_limit_hold() {
        let photos = vec!["image/jpeg".to_owned()];
        assert_eq!(check_file("image/jpeg", b"\xff\xd8\xff\xe0", &photos, 4), Ok(()));
        assert_eq!(
            check_file("image/jpeg", b"\xff\xd8\xff\xe0!", &photos, 4),
            Err(FileRefusal::TooLarge { size: 5, limit: 4 })
        );
        assert!(matches!(check_file("application/pdf", b"%PDF-", &photos, 100), Err(FileRefusal::TypeNotAllowed(_))));
        assert_eq!(check_file("image/jpeg", b"", &photos, 4), Err(FileRefusal::Empty));
    }

    #[test]
    fn a_file_name_keeps_its_last_segment_only() {
        assert_eq!(clean_name("C:\\照片\\主题党日.jpg", "file"), "主题党日.jpg");
        assert_eq!(clean_name("../../etc/passwd", "file"), "passwd");
        assert_eq!(clean_name("..", "file"), "file");
        assert_eq!(clean_name("a\u{0}b\n.pdf", "file"), "ab.pdf");
    }
}
