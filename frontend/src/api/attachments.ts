import { api, quietApi } from './client'
import { saveFile } from './download'
import { errorText, isProblem, problemCode, problemText } from './problem'
import type { paths } from './schema'
import type { Attachment, Me, ProgressPhoto, RequestAttachment } from './types'
import { i18n } from '@/i18n'

/**
 * Files kept with a meeting (会议附件), a resident request (its photos) or a co-building project's
 * progress update (its photos): which the server takes, how they are checked before they are sent, uploaded (the raw file as the body, its type
 * as `Content-Type`), downloaded and shown.
 */

/** What the server takes, as `/me` says (`DANGJIAN_ATTACHMENT_MAX_MB`, `DANGJIAN_ATTACHMENT_TYPES`). */
export interface AttachmentPolicy {
  maxBytes: number
  mediaTypes: readonly string[]
}

export function attachmentPolicy(me: Pick<Me, 'attachment_max_bytes' | 'attachment_media_types'>): AttachmentPolicy {
  return { maxBytes: me.attachment_max_bytes, mediaTypes: me.attachment_media_types }
}

/** The same policy narrowed to photos (JPG, PNG): what a camera gives. */
export function photoPolicy(policy: AttachmentPolicy): AttachmentPolicy {
  return { ...policy, mediaTypes: policy.mediaTypes.filter(isPhoto) }
}

export type AttachmentKind = 'image' | 'pdf' | 'word' | 'excel' | 'powerpoint' | 'other'

const WORD_X = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const EXCEL_X = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const POWERPOINT_X = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'

/** The media types taken, by file extension. */
const BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
  docx: WORD_X,
  xlsx: EXCEL_X,
  pptx: POWERPOINT_X,
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
}

const KINDS: Record<string, AttachmentKind> = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'application/pdf': 'pdf',
  [WORD_X]: 'word',
  'application/msword': 'word',
  [EXCEL_X]: 'excel',
  'application/vnd.ms-excel': 'excel',
  [POWERPOINT_X]: 'powerpoint',
  'application/vnd.ms-powerpoint': 'powerpoint',
}

/** For `<input type="file" accept>`: the extensions and the media types the server takes. */
export function acceptOf(policy: AttachmentPolicy): string {
  const extensions = Object.entries(BY_EXTENSION).filter(([, type]) => policy.mediaTypes.includes(type))
  return [...extensions.map(([extension]) => `.${extension}`), ...policy.mediaTypes].join(',')
}

/** The kind of file a media type stands for. */
export function attachmentKind(mediaType: string): AttachmentKind {
  return KINDS[mediaType.toLowerCase()] ?? 'other'
}

export function kindLabel(mediaType: string): string {
  return i18n.global.t(`attachment.kind.${attachmentKind(mediaType)}`)
}

export function isPhoto(mediaType: string): boolean {
  return attachmentKind(mediaType) === 'image'
}

/** A size in bytes as people read it (decimal units, as the server's limit is counted). */
export function formatSize(bytes: number): string {
  const { t, locale } = i18n.global
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locale.value, { maximumFractionDigits: digits }).format(value)
  if (bytes < 1000) return t('attachment.size.b', { n: number(bytes, 0) })
  if (bytes < 1000 * 1000) return t('attachment.size.kb', { n: number(bytes / 1000, 1) })
  // Two decimals: a file just over the limit does not read as the limit itself.
  return t('attachment.size.mb', { n: number(bytes / (1000 * 1000), 2) })
}

/** A file chosen on the user's device, with the media type it is sent as. */
export interface ChosenFile {
  file: File
  mediaType: string
}

/**
 * The type a file is sent as: what the browser says when that is a type taken, else what its
 * extension says (browsers leave Office types out on some systems). Null: not a type taken.
 */
function mediaTypeOf(file: File, policy: AttachmentPolicy): string | null {
  const declared = file.type.toLowerCase()
  const extension = file.name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? ''
  const type = declared in KINDS ? declared : (BY_EXTENSION[extension] ?? null)
  return type && policy.mediaTypes.includes(type) ? type : null
}

/**
 * Sorts the files a user chose into those to send and, for the others, why not (in the
 * user's language): a type not taken, larger than the limit, or empty. The server checks the
 * same again, and that the bytes are what the type says.
 */
export function checkFiles(files: Iterable<File>, policy: AttachmentPolicy): { taken: ChosenFile[]; refused: string[] } {
  const { t } = i18n.global
  const taken: ChosenFile[] = []
  const refused: string[] = []
  const typeRefusal = policy.mediaTypes.every(isPhoto) ? 'attachment.refusedPhotoType' : 'attachment.refusedType'
  for (const file of files) {
    const mediaType = mediaTypeOf(file, policy)
    const limit = policy.maxBytes
    if (!mediaType) refused.push(t(typeRefusal, { name: file.name }))
    else if (file.size > limit)
      refused.push(t('attachment.refusedSize', { name: file.name, size: formatSize(file.size), limit: formatSize(limit) }))
    else if (file.size === 0) refused.push(t('attachment.refusedEmpty', { name: file.name }))
    else taken.push({ file, mediaType })
  }
  return { taken, refused }
}

/**
 * Why the server refused a file, in the user's language: the refusals of a file (too large,
 * a type not taken, bytes that are not what the type says) in words about files, any other
 * problem as the problem helpers render it.
 */
export function uploadFailureText(error: unknown): string {
  const { t } = i18n.global
  if (!isProblem(error)) return t('error.request')
  const code = problemCode(error)
  if (code === 'payload-too-large') return t('attachment.tooLarge')
  if (code === 'unsupported-media-type') return t('attachment.typeNotTaken')
  const fields = error.errors ?? []
  if (code === 'validation-failed' && fields.some((field) => field.field === 'body')) return t('attachment.contentMismatch')
  const details = fields.map((field) => errorText(field.code, field.message, field.params))
  return [problemText(error), ...new Set(details)].join(t('common.listSeparator'))
}

/** What an upload answers: the stored file, or why it was refused (in the user's language). */
export type Uploaded<T> = { attachment: T; failure?: undefined } | { attachment?: undefined; failure: string }

async function uploaded<T>(sending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<Uploaded<T>> {
  const { data, error, response } = await sending.catch(() => ({ data: undefined, error: undefined, response: undefined }))
  if (data) return { attachment: data }
  if (!response) return { failure: i18n.global.t('error.network') }
  return { failure: uploadFailureText(error) }
}

/** How the contract types an upload's raw bytes (openapi-typescript's rendering of a binary body). */
type Bytes = NonNullable<paths['/api/v1/meetings/{id}/attachments']['post']['requestBody']>['content']['application/octet-stream']

/** The raw file as the body: the contract types it as bytes; the browser sends the File as it is. */
function rawBody(chosen: ChosenFile) {
  return {
    body: chosen.file as unknown as Bytes,
    bodySerializer: (body: unknown) => body as BodyInit,
    headers: { 'Content-Type': chosen.mediaType },
  }
}

/** Uploads one file to a meeting. */
export function uploadAttachment(meetingId: number, chosen: ChosenFile): Promise<Uploaded<Attachment>> {
  return uploaded(
    quietApi.POST('/api/v1/meetings/{id}/attachments', {
      params: { path: { id: meetingId }, query: { name: chosen.file.name } },
      ...rawBody(chosen),
    }),
  )
}

/** Uploads a photo (or another file taken) to a request. */
export function uploadRequestFile(requestId: number, chosen: ChosenFile): Promise<Uploaded<RequestAttachment>> {
  return uploaded(
    quietApi.POST('/api/v1/requests/{id}/attachments', {
      params: { path: { id: requestId }, query: { name: chosen.file.name } },
      ...rawBody(chosen),
    }),
  )
}

/** Uploads a photo to a progress update of a co-building project. */
export function uploadProgressPhoto(projectId: number, progressId: number, chosen: ChosenFile): Promise<Uploaded<ProgressPhoto>> {
  return uploaded(
    quietApi.POST('/api/v1/co-building/projects/{id}/progress/{progress_id}/photos', {
      params: { path: { id: projectId, progress_id: progressId }, query: { name: chosen.file.name } },
      ...rawBody(chosen),
    }),
  )
}

/** A progress photo's bytes (its `href`, read through the client with the bearer token). Null when refused. */
export async function progressPhotoBlob(projectId: number, photo: ProgressPhoto, quiet = false): Promise<Blob | null> {
  const client = quiet ? quietApi : api
  const path = { id: projectId, photo_id: photo.id }
  const { data } = await client
    .GET('/api/v1/co-building/projects/{id}/photos/{photo_id}', { params: { path }, parseAs: 'blob' })
    .catch(() => ({ data: undefined }))
  return data ?? null
}

/** A request's file's bytes (through the client, which sends the bearer token). Null when refused. */
export async function requestFileBlob(file: RequestAttachment, quiet = false): Promise<Blob | null> {
  const client = quiet ? quietApi : api
  const path = { id: file.request_id, attachment_id: file.id }
  const { data } = await client
    .GET('/api/v1/requests/{id}/attachments/{attachment_id}', { params: { path }, parseAs: 'blob' })
    .catch(() => ({ data: undefined }))
  return data ?? null
}

/** Saves a request's file on the user's device under its own name. */
export async function downloadRequestFile(file: RequestAttachment): Promise<void> {
  const blob = await requestFileBlob(file)
  if (blob) saveFile(blob, file.name)
}

/** The file's bytes (the download needs the bearer token, so no plain link). Null when refused. */
export async function attachmentBlob(attachment: Attachment, quiet = false): Promise<Blob | null> {
  const client = quiet ? quietApi : api
  const { data } = await client
    .GET('/api/v1/attachments/{id}', { params: { path: { id: attachment.id } }, parseAs: 'blob' })
    .catch(() => ({ data: undefined }))
  return data ?? null
}

/** Saves the file on the user's device under its own name. */
export async function downloadAttachment(attachment: Attachment): Promise<void> {
  const blob = await attachmentBlob(attachment)
  if (blob) saveFile(blob, attachment.name)
}

/** Removes a file from its meeting: whether it is gone (a refusal has been shown). */
export async function deleteAttachment(attachment: Attachment): Promise<boolean> {
  const { response } = await api
    .DELETE('/api/v1/attachments/{id}', { params: { path: { id: attachment.id } } })
    .catch(() => ({ response: undefined }))
  return response?.ok ?? false
}
