// The report block: title and area from the cover, publication month (or only the
// copyright year), fieldwork start from the summary of ratings, lead inspector
// from the inside cover.
#include <string>

#include "extractors.h"
#include "text_util.h"

namespace findings::rated2018 {

namespace {

// Lines before the foreword / overall findings: cover and inside cover.
std::size_t FrontMatterEnd(const Context& ctx) {
  for (std::size_t i = 0; i < ctx.lines(); ++i)
    if (ctx.LineMatches("foreword", i) || ctx.LineMatches("overall_findings", i)) return i;
  return ctx.lines();
}

// "An inspection of" and the cover lines after it, up to a stop line.
std::string CoverTitle(const Context& ctx, std::size_t end) {
  for (std::size_t i = 0; i < end; ++i) {
    auto lead = ctx.SearchLine("title_lead", i);
    if (!lead) continue;
    const std::string first = CollapseSpace(ctx.line(i));
    const bool alone = lead->group("rest").empty();
    if (!alone && ctx.Search("area_provider", first)) return StripFootnotes(first);
    // The provider's name closes the title. A cover line holding the area without it
    // (the layout joined "An inspection of" to the area) takes the lines after only
    // as far as the provider's name.
    std::string title = first;
    for (std::size_t j = i + 1; j < end && j <= i + 3; ++j) {
      if (ctx.LineMatches("title_stop", j)) break;
      title += " " + CollapseSpace(ctx.line(j));
      if (ctx.Search("area_provider", title)) return StripFootnotes(title);
    }
    return StripFootnotes(alone ? title : first);
  }
  return "";
}

std::string MonthNumber(const Context& ctx, const std::string& month) {
  return ctx.WordValue("months", Lower(month));
}

void SetArea(Context* ctx, const std::string& title) {
  Report& r = ctx->out->report;
  const std::string rest = title.size() > 17 ? title.substr(17) : "";  // after "An inspection of "
  auto split = ctx->Search("area_provider", rest);
  if (!split) {
    r.area = rest;
    ctx->Diagnose("warning", "report.provider-unknown",
                  "the cover does not say whether this is an NPS division or a CRC");
    return;
  }
  r.area = split->group("area");
  ctx->provider = ctx->WordValue("providers", Lower(split->group("type")));
  std::string name = ctx->WordValue("provider_names", ctx->provider);
  const auto at = name.find("{area}");
  if (at != std::string::npos) name.replace(at, 6, r.area);
  if (!ctx->provider.empty()) r.providers.push_back({ctx->provider, name});
}

void SetPublished(Context* ctx, std::size_t front_end) {
  Report& r = ctx->out->report;
  for (std::size_t i = 0; i < front_end; ++i) {
    if (auto m = ctx->SearchLine("cover_month", i)) {
      r.published = m->group("year") + "-" + MonthNumber(*ctx, m->group("month"));
      return;
    }
  }
  for (std::size_t i = 0; i < front_end; ++i) {
    if (auto m = ctx->SearchLine("copyright_year", i)) {
      r.published = m->group("year");
      ctx->Diagnose("warning", "report.month-unknown",
                    "the cover gives no publication month; published is the copyright year", i);
      return;
    }
  }
  ctx->Diagnose("warning", "report.published-unknown", "no publication month or copyright year");
}

void SetFieldwork(Context* ctx) {
  for (std::size_t i = 0; i < ctx->lines(); ++i) {
    std::string text(ctx->line(i));
    if (i + 1 < ctx->lines()) text += " " + std::string(ctx->line(i + 1));
    if (auto m = ctx->Search("fieldwork", text)) {
      ctx->out->report.fieldwork_started =
          m->group("year") + "-" + MonthNumber(*ctx, m->group("month"));
      return;
    }
  }
  ctx->Diagnose("warning", "report.fieldwork-unknown", "no 'Fieldwork started' date found");
}

void SetLeadInspector(Context* ctx) {
  for (std::size_t i = 0; i < ctx->lines(); ++i) {
    if (auto m = ctx->SearchLine("lead_inspector", i)) {
      ctx->out->report.lead_inspector = CollapseSpace(m->group("name"));
      return;
    }
  }
  ctx->Diagnose("warning", "report.lead-inspector-unknown",
                "no 'This inspection was led by HM Inspector' line found");
}

}  // namespace

void ReadReportBlock(Context* ctx) {
  Report& r = ctx->out->report;
  const std::size_t front_end = FrontMatterEnd(*ctx);
  r.title = CoverTitle(*ctx, front_end);
  if (r.title.empty())
    ctx->Diagnose("error", "report.title-missing", "no 'An inspection of …' title on the cover");
  // The cover's month read into its title's last line is the cover's month.
  if (auto m = ctx->Search("title_month", r.title)) {
    r.published = m->group("year") + "-" + MonthNumber(*ctx, m->group("month"));
    r.title = m->group("title");
  }
  SetArea(ctx, r.title);
  if (!r.published) SetPublished(ctx, front_end);
  SetFieldwork(ctx);
  SetLeadInspector(ctx);
  r.id = ReportIdSlug(r.area) + (r.published ? "-" + *r.published : "");
}

}  // namespace findings::rated2018
