//! Files kept with meetings and resident requests. Their bytes live where the engine keeps them best: as files in
//! the data directory next to the SQLite database, in the table on PostgreSQL (so that the
//! database's backups hold them). Files are named by their SHA-256, so the same photo
//! uploaded twice is kept once on disk.

use std::io::Write;
use std::path::{Path, PathBuf};

use diesel::prelude::*;
use sha2::{Digest, Sha256};

use super::{StoreError, StoreResult};
use crate::db::models::{AttachmentRow, NewAttachment};
use crate::db::schema::attachments;
use crate::db::{DbConnection, Engine};

/// Where attachment bytes are kept.
#[derive(Debug, Clone)]
pub enum BlobStore {
    /// Files under this folder (SQLite).
    Files(PathBuf),
    /// The `content` column (PostgreSQL).
    Table,
}

impl BlobStore {
    pub fn for_engine(engine: Engine, data_dir: &Path) -> BlobStore {
        match engine {
            Engine::Sqlite => BlobStore::Files(data_dir.join("attachments")),
            Engine::Postgres => BlobStore::Table,
        }
    }

    fn path(folder: &Path, sha256: &str) -> PathBuf {
        folder.join(&sha256[..2]).join(sha256)
    }

    /// Writes the bytes of a file named `sha256` (before its row, so that no row points at
    /// nothing; an orphan file from a failed insert is harmless and reused by the next upload).
    fn put(&self, sha256: &str, bytes: &[u8]) -> StoreResult<()> {
        let BlobStore::Files(folder) = self else { return Ok(()) };
        let path = BlobStore::path(folder, sha256);
        if path.exists() {
            return Ok(());
        }
        let dir = path.parent().ok_or_else(|| StoreError::Unreadable("attachment folder".to_owned()))?;
        let io = |e: std::io::Error| StoreError::Unreadable(format!("attachment file: {e}"));
        std::fs::create_dir_all(dir).map_err(io)?;
        // Written aside and renamed, so that a file under its final name is always whole.
        let part = path.with_extension(format!("part-{}", std::process::id()));
        let mut file = std::fs::File::create(&part).map_err(io)?;
        file.write_all(bytes).and_then(|()| file.sync_all()).map_err(io)?;
        std::fs::rename(&part, &path).map_err(io)?;
        Ok(())
    }
}

/// What a file is kept with.
#[derive(Debug, Clone, Copy)]
pub enum Owner {
    Meeting(i64),
    Request(i64),
    /// A progress update of a co-building project (its photos).
    Progress(i64),
}

/// A file to keep.
pub struct Upload<'a> {
    pub owner: Owner,
    pub name: &'a str,
    pub media_type: &'a str,
    pub bytes: &'a [u8],
    pub uploaded_by: i64,
}

/// Keeps a file with its meeting, request or project progress; answers the new row.
pub fn insert(conn: &mut DbConnection, store: &BlobStore, upload: Upload<'_>) -> StoreResult<AttachmentRow> {
    let sha256 = hex::encode(Sha256::digest(upload.bytes));
    store.put(&sha256, upload.bytes)?;
    let (meeting_id, request_id, progress_id) = match upload.owner {
        Owner::Meeting(id) => (Some(id), None, None),
        Owner::Request(id) => (None, Some(id), None),
        Owner::Progress(id) => (None, None, Some(id)),
    };
    let row = NewAttachment {
        meeting_id,
        request_id,
        progress_id,
        name: upload.name.to_owned(),
        media_type: upload.media_type.to_owned(),
        size_bytes: i64::try_from(upload.bytes.len()).unwrap_or(i64::MAX),
        content: matches!(store, BlobStore::Table).then(|| upload.bytes.to_vec()),
        sha256,
        uploaded_by: Some(upload.uploaded_by),
        created_at: crate::db::now(),
    };
    let id: i64 = diesel::insert_into(attachments::table).values(&row).returning(attachments::id).get_result(conn)?;
    find(conn, id)?.ok_or(StoreError::Missing)
}

/// The files of some meetings, oldest first.
pub fn of_meetings(conn: &mut DbConnection, meeting_ids: &[i64]) -> StoreResult<Vec<AttachmentRow>> {
    Ok(attachments::table
        .filter(attachments::meeting_id.eq_any(meeting_ids))
        .order(attachments::id)
        .select(AttachmentRow::as_select())
        .load(conn)?)
}

/// The files of a request, oldest first.
pub fn of_request(conn: &mut DbConnection, request_id: i64) -> StoreResult<Vec<AttachmentRow>> {
    Ok(attachments::table
        .filter(attachments::request_id.eq(request_id))
        .order(attachments::id)
        .select(AttachmentRow::as_select())
        .load(conn)?)
}

/// The photos of some progress updates, oldest first.
pub fn of_progress(conn: &mut DbConnection, progress_ids: &[i64]) -> StoreResult<Vec<AttachmentRow>> {
    Ok(attachments::table
        .filter(attachments::progress_id.eq_any(progress_ids))
        .order(attachments::id)
        .select(AttachmentRow::as_select())
        .load(conn)?)
}

pub fn find(conn: &mut DbConnection, id: i64) -> StoreResult<Option<AttachmentRow>> {
    Ok(attachments::table.find(id).select(AttachmentRow::as_select()).first(conn).optional()?)
}

/// The bytes of a file.
pub fn content(conn: &mut DbConnection, store: &BlobStore, row: &AttachmentRow) -> StoreResult<Vec<u8>> {
    match store {
        BlobStore::Files(folder) => std::fs::read(BlobStore::path(folder, &row.sha256))
            .map_err(|e| StoreError::Unreadable(format!("attachment {}: {e}", row.id))),
        BlobStore::Table => attachments::table
            .find(row.id)
            .select(attachments::content)
            .first::<Option<Vec<u8>>>(conn)?
            .ok_or(StoreError::Missing),
    }
}

/// Removes a file's row; its bytes on disk stay while another row may share them.
pub fn delete(conn: &mut DbConnection, id: i64) -> StoreResult<bool> {
    Ok(diesel::delete(attachments::table.find(id)).execute(conn)? == 1)
}

/// Copies the files of a SQLite data directory into their rows, so that a backup of the
/// database holds the files too. Answers how many were copied.
pub fn pack(conn: &mut DbConnection, store: &BlobStore) -> StoreResult<usize> {
    let BlobStore::Files(folder) = store else { return Ok(0) };
    let rows: Vec<(i64, String)> = attachments::table
        .filter(attachments::content.is_null())
        .select((attachments::id, attachments::sha256))
        .load(conn)?;
    for (id, sha256) in &rows {
        let bytes = std::fs::read(BlobStore::path(folder, sha256))
            .map_err(|e| StoreError::Unreadable(format!("attachment {id}: {e}")))?;
        diesel::update(attachments::table.find(id)).set(attachments::content.eq(Some(bytes))).execute(conn)?;
    }
    Ok(rows.len())
}

/// Writes the files a restored backup holds back into the data directory and empties their
/// rows: the reverse of [`pack`]. Answers how many were written.
pub fn unpack(conn: &mut DbConnection, store: &BlobStore) -> StoreResult<usize> {
    if !matches!(store, BlobStore::Files(_)) {
        return Ok(0);
    }
    let ids: Vec<i64> =
        attachments::table.filter(attachments::content.is_not_null()).select(attachments::id).load(conn)?;
    // One file at a time: a data directory of photos does not fit in memory at once.
    for id in &ids {
        let (sha256, bytes): (String, Option<Vec<u8>>) =
            attachments::table.find(id).select((attachments::sha256, attachments::content)).first(conn)?;
        store.put(&sha256, &bytes.unwrap_or_default())?;
        diesel::update(attachments::table.find(id)).set(attachments::content.eq(None::<Vec<u8>>)).execute(conn)?;
    }
    Ok(ids.len())
}
