#include "pipeline/emit/sample_findings.h"

namespace findings::testing {
namespace {

Report SampleReport() {
  Report r;
  r.id = "derbyshire-2016-09";
  r.format = "quality-impact-2016";
  r.title = "The effectiveness of probation work in Derbyshire";
  r.area = "Derbyshire";
  r.published = "2016-09";
  r.providers = {{"CRC", "Derbyshire, Nottinghamshire, Leicestershire & Rutland CRC"},
                 {"NPS", "Midlands Division"}};
  r.lead_inspector = "Joseph Simpson";
  r.source = {"corpus/text/derbyshire.txt", std::string(64, 'a'), "text/plain", std::nullopt};
  r.extractor = {"quality-impact-2016", "1.0.0", std::string(64, 'b')};
  return r;
}

void AddRatingsAndCases(Findings* f) {
  f->ratings.push_back({"NPS", "overall", "Overall", "Good", {3, 100, 120}});
  f->ratings.push_back({"NPS", "2.1", "Assessment", "Requires improvement", {3, 130, 160}});
  f->case_results.push_back({"NPS", "2.1.1",
                             "Does assessment focus sufficiently on engaging the service user?",
                             83.0, {40, 500, 560}});
  f->case_results.push_back({"NPS", "2.1.2", "Is the question printed without a figure?",
                             std::nullopt, {40, 561, 600}});
}

void AddFacts(Findings* f) {
  f->key_facts.push_back({251170, "count", "251,170", std::nullopt, std::nullopt,
                          "caseload.national", "The total number of offenders subject to probation supervision",
                          {1}, {std::nullopt, 10, 20}});
  f->key_facts.push_back({2, "count", "2 (of 21)", 21.0, "CRC", std::nullopt,
                          "The number of CRCs owned by the Reducing Reoffending Partnership",
                          {}, {std::nullopt, 21, 30}});
  f->percentages.push_back({86, "NPS", "Protecting the public", "3. Evaluation > NPS effectiveness",
                            "Action had been taken in 86% of cases.", "rosh.action-taken",
                            std::nullopt, std::nullopt, std::nullopt, {}, {12, 700, 740}});
  f->percentages.push_back({86.9, std::nullopt, std::nullopt, "Background",
                            "Unemployment stood at 86.9% \u2014 a figure for the “area”.",
                            std::nullopt, std::nullopt, std::nullopt, "context", {4, 5}, {2, 800, 860}});
  f->percentages.push_back({64, std::nullopt, std::nullopt, "2. Arrangements > Our report",
                            "'Control' – Risk of Harm work 64% 81% 70% 80%", "omi.risk-of-harm",
                            "2010", "programme_lowest", std::nullopt, {}, {11, 600, 603}});
}

void AddTexts(Findings* f) {
  f->recommendations.push_back({1, {"CRC", "NPS"},
                                "The Community Rehabilitation Company and National Probation Service",
                                "make sure that all staff are familiar with the escalation process",
                                {5, 900, 990}});
  f->practice_examples.push_back({"good", "CRC", "Protecting the public", "Protecting the public > CRC",
                                  "Solomon was a 20 year old man who …", {14, 1000, 1100}});
  f->judgements.push_back({"strength", "1. Organisational delivery", "NPS",
                           "The management structure is clear.", {7, 1200, 1240}});
  f->judgements.push_back({"summary", std::nullopt, std::nullopt,
                           "The CRC and NPS worked well together.", {8, 1300, 1340}});
  f->diagnostics.push_back({"warning", "ratings.unreadable-cell", "cell 3 of row 2",
                            Provenance{3, 140, 150}});
  f->diagnostics.push_back({"error", "key_facts.image-panel", "the key facts panel has no text",
                            std::nullopt});
}

}  // namespace

Findings SampleFindings() {
  Findings f;
  f.report = SampleReport();
  AddRatingsAndCases(&f);
  AddFacts(&f);
  AddTexts(&f);
  return f;
}

}  // namespace findings::testing
