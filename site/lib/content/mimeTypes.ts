// The content types of the image files the site serves, by file extension (without the dot).
const IMAGE_MIME_TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
}

/** "svg", ".svg" or "photo.svg" -> "image/svg+xml"; unknown files are plain bytes. */
export function mimeTypeFor(fileOrExtension: string): string {
  const extension = fileOrExtension.slice(fileOrExtension.lastIndexOf('.') + 1).toLowerCase()
  return IMAGE_MIME_TYPES[extension] ?? 'application/octet-stream'
}
