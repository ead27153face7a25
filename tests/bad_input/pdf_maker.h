// Small PDFs written by hand at test time: a page of text, an image-only page,
// a damaged cross-reference table. Header-only, so it needs no CMake entry.
#ifndef FINDINGS_TESTS_BAD_INPUT_PDF_MAKER_H_
#define FINDINGS_TESTS_BAD_INPUT_PDF_MAKER_H_

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

// One page per entry of `pages`, each a list of lines set in Helvetica.
inline std::string TextPdf(const std::vector<std::vector<std::string>>& pages) {
  std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>", "",
                                      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string kids;
  for (const auto& lines : pages) {
    const std::size_t page = objects.size() + 1;
    kids += std::to_string(page) + " 0 R ";
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
                      "<< /Font << /F1 3 0 R >> >> /Contents " +
                      std::to_string(page + 1) + " 0 R >>");
    std::string content = "BT /F1 11 Tf 14 TL 60 780 Td\n";
    for (const std::string& line : lines) content += "(" + line + ") Tj T*\n";
    objects.push_back(Stream("", content + "ET"));
  }
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) +
               " >>";
  return AssemblePdf(objects);
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

}  // namespace findings::testing

#endif  // FINDINGS_TESTS_BAD_INPUT_PDF_MAKER_H_
