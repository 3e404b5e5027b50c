/** The media type of .docx files, for a Blob or a Content-Type header. */
export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
