// Small PDFs written by hand at test time: a page of text, an image-only page,
// a damaged cross-reference table, and the hostile files of issue 14 (a
// decompression bomb, a stream that fails half-way, broken page trees).
// Header-only; the tests link zlib for the compressed streams.
#ifndef FINDINGS_TESTS_SUPPORT_PDF_MAKER_H_
#define FINDINGS_TESTS_SUPPORT_PDF_MAKER_H_

#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace findings::testing {

// Objects are numbered from 1 in the order given; the xref table points at them.
// `trailer_extra` is added to the trailer dictionary (e.g. "/Encrypt 6 0 R …").
inline std::string AssemblePdf(const std::vector<std::string>& objects,
                               const std::string& trailer_extra = "") {
  std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R " +
         trailer_extra + " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

inline std::string Stream(const std::string& dictionary, const std::string& data) {
  return "<< " + dictionary + " /Length " + std::to_string(data.size()) + " >>\nstream\n" +
         data + "\nendstream";
}

// The content stream of a page of `lines` set in Helvetica (as /F1), one per line.
inline std::string TextContent(const std::vector<std::string>& lines) {
  std::string content = "BT /F1 11 Tf 14 TL 60 780 Td\n";
  for (const std::string& line : lines) {
    std::string escaped;
    for (char c : line) {
      if (c == '(' || c == ')' || c == '\\') escaped += '\\';
      escaped += c;
    }
    content += "(" + escaped + ") Tj T*\n";
  }
  return content + "ET";
}

// One page per entry of `contents`, each a whole stream object (see Stream) that
// is the page's content; pages may use Helvetica as /F1. `count` is the page
// tree's /Count: the number of pages unless a test says otherwise.
inline std::string PagesPdf(const std::vector<std::string>& contents,
                            const std::string& count = "") {
  std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>", "",
                                      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string kids;
  for (const std::string& content : contents) {
    const std::size_t page = objects.size() + 1;
    kids += std::to_string(page) + " 0 R ";
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
                      "<< /Font << /F1 3 0 R >> >> /Contents " +
                      std::to_string(page + 1) + " 0 R >>");
    objects.push_back(content);
  }
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " +
               (count.empty() ? std::to_string(contents.size()) : count) + " >>";
  return AssemblePdf(objects);
}

// One page per entry of `pages`, each a list of lines set in Helvetica.
inline std::string TextPdf(const std::vector<std::vector<std::string>>& pages) {
  std::vector<std::string> contents;
  for (const auto& lines : pages) contents.push_back(Stream("", TextContent(lines)));
  return PagesPdf(contents);
}

// A page that only paints a grey square image: what a scan without OCR looks like.
inline std::string ImageOnlyPdf() {
  return AssemblePdf({"<< /Type /Catalog /Pages 2 0 R >>",
                      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
                      "<< /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
                      Stream("", "q 400 0 0 400 100 300 cm /Im1 Do Q"),
                      Stream("/Type /XObject /Subtype /Image /Width 2 /Height 2 "
                             "/ColorSpace /DeviceGray /BitsPerComponent 8",
                             "\x80\x40\x40\x80")});
}

// `pdf` with every xref offset wrong: Poppler has to rebuild the table.
inline std::string WithBrokenXref(std::string pdf) {
  const std::size_t xref = pdf.rfind("\nxref\n");
  for (std::size_t at = pdf.find(" 00000 n", xref); at != std::string::npos;
       at = pdf.find(" 00000 n", at + 1)) {
    pdf.replace(at - 10, 10, "0000000003");
  }
  return pdf;
}

// Runs deflate on `in` with `flush`, appending what it writes to `out`.
inline void Deflate(z_stream& z, const std::string& in, int flush, std::string& out) {
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  char buffer[1 << 16];
  do {
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = sizeof buffer;
    deflate(&z, flush);
    out.append(buffer, sizeof buffer - z.avail_out);
  } while (z.avail_out == 0);
}

// `prefix`, `zero_mib` MiB of zero bytes, then `suffix`, in zlib format (what
// /FlateDecode reads), made in milliseconds: a full flush makes the compressed
// MiB of zeros independent of what precedes it, so it is written once and
// repeated; the checksum is combined to match. 512 MiB of zeros take 0.5 MB.
inline std::string DeflatedZeros(const std::string& prefix, std::size_t zero_mib,
                                 const std::string& suffix) {
  const std::string mib(1u << 20, '\0');
  z_stream z{};
  deflateInit(&z, Z_BEST_COMPRESSION);
  std::string out, zeros;
  Deflate(z, prefix, Z_FULL_FLUSH, out);
  Deflate(z, mib, Z_FULL_FLUSH, zeros);
  for (std::size_t i = 0; i < zero_mib; ++i) out += zeros;
  Deflate(z, suffix, Z_FINISH, out);
  deflateEnd(&z);
  const auto adler = [](const std::string& s) {
    return adler32(adler32(0, nullptr, 0), reinterpret_cast<const Bytef*>(s.data()),
                   static_cast<uInt>(s.size()));
  };
  uLong sum = adler(prefix);
  for (std::size_t i = 0; i < zero_mib; ++i) sum = adler32_combine(sum, adler(mib), mib.size());
  sum = adler32_combine(sum, adler(suffix), static_cast<z_off_t>(suffix.size()));
  for (int i = 0; i < 4; ++i) out[out.size() - 4 + i] = static_cast<char>(sum >> (24 - 8 * i));
  return out;
}

// A decompression bomb in a content stream: a page showing one string of
// `zero_mib` MiB, which Poppler holds whole in memory while it reads the page.
inline std::string FlateBombStream(std::size_t zero_mib) {
  return Stream("/Filter /FlateDecode",
                DeflatedZeros("BT /F1 11 Tf 60 780 Td (Bomb ", zero_mib, ") Tj ET"));
}

// Page content that is a JBIG2 stream declaring a 524,272 by 28,672 pixel page:
// the decoder asks for 1.8 GB at once.
inline std::string Jbig2BombStream() {
  auto be32 = [](std::uint32_t v) {
    return std::string{static_cast<char>(v >> 24), static_cast<char>(v >> 16),
                       static_cast<char>(v >> 8), static_cast<char>(v)};
  };
  // Page information segment: number 0, type 48, no referred segments, page 1,
  // 19 bytes of data: width, height, x and y resolution, flags, striping.
  const std::string segment = be32(0) + "\x30" + std::string(1, '\0') + "\x01" + be32(19) +
                              be32(0x7fff0) + be32(0x7000) + be32(0) + be32(0) +
                              std::string(3, '\0');
  return Stream("/Filter /JBIG2Decode", segment);
}

// The Flate-compressed content of a page of `lines`, damaged after them: the
// stream fails half-way, after the text was read.
inline std::string FlateFailingAfter(const std::vector<std::string>& lines) {
  z_stream z{};
  deflateInit(&z, Z_BEST_COMPRESSION);
  std::string out;
  Deflate(z, TextContent(lines) + "\n", Z_FULL_FLUSH, out);
  deflateEnd(&z);
  // A block header of the reserved type 3, then bytes that decode to nothing.
  return Stream("/Filter /FlateDecode", out + std::string(64, '\xff'));
}

// A page tree whose /Count is -3.
inline std::string NegativePageCountPdf() {
  return PagesPdf({Stream("", TextContent({"Hello"}))}, "-3");
}

// A catalog without /Pages.
inline std::string CatalogWithoutPagesPdf() {
  std::string pdf = TextPdf({{"Hello"}});
  const std::size_t at = pdf.find("/Pages 2 0 R");
  return pdf.replace(at, 12, "            ");
}

// Two cross-reference tables, each the other's /Prev, that give no object but
// the catalog; the page tree's objects cannot be found by a scan either.
inline std::string CircularXrefPdf() {
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"};
  std::string pdf = "%PDF-1.4\n";
  const std::size_t catalog = pdf.size();
  for (std::size_t i = 0; i < objects.size(); ++i)
    pdf += std::to_string(i + 1) + (i == 0 ? " 0 obj\n" : " 0 damaged\n") + objects[i] +
           "\nendobj\n";
  auto table = [&](std::size_t prev) {
    char text[200];
    std::snprintf(text, sizeof text,
                  "xref\n0 2\n0000000000 65535 f \n%010zu 00000 n \ntrailer\n"
                  "<< /Size 4 /Root 1 0 R /Prev %010zu >>\n",
                  catalog, prev);
    return std::string(text);
  };
  const std::size_t first = pdf.size(), second = first + table(0).size();
  pdf += table(second) + table(first);
  return pdf + "startxref\n" + std::to_string(second) + "\n%%EOF\n";
}

}  // namespace findings::testing

#endif  // FINDINGS_TESTS_SUPPORT_PDF_MAKER_H_
