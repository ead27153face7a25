"""Fixed metadata for a PDF whose producer stamps the time (LibreOffice): Title and
Creator naming the layout, fixed dates, no XMP, and a file ID made from the content
(the same bytes on every run)."""

import hashlib
import io

import pikepdf

# The ID qpdf writes for static_id=True (pikepdf 6 has no deterministic_id yet).
QPDF_STATIC_ID = b"<31415926535897932384626433832795>"


def finish(src, dst, title, creator, date):
    stamp = "D:" + date.replace("-", "") + "000000Z"
    with pikepdf.open(src) as pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root.Metadata
        info = pdf.docinfo
        info["/Title"] = title
        info["/Creator"] = creator
        info["/CreationDate"] = stamp
        info["/ModDate"] = stamp
        # LibreOffice's trailer carries a checksum and an ID of the timed bytes.
        if "/DocChecksum" in pdf.trailer:
            del pdf.trailer.DocChecksum
        static = pikepdf.String(bytes.fromhex(QPDF_STATIC_ID[1:-1].decode()))
        pdf.trailer.ID = pikepdf.Array([static, static])
        buffer = io.BytesIO()
        pdf.save(buffer, static_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate)
    data = buffer.getvalue()
    # Same length as the static ID, so no offset in the cross-reference moves.
    content_id = b"<" + hashlib.md5(data).hexdigest().upper().encode() + b">"
    with open(dst, "wb") as f:
        f.write(data.replace(QPDF_STATIC_ID, content_id))
