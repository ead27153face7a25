// The comparison report's script: draws the charts with Vega-Lite from the data
// inlined in #findings-data, and drives the recommendations filter. The tables
// of the page are complete without it.
(function () {
  "use strict";

  var RATINGS = ["Outstanding", "Good", "Requires improvement", "Inadequate"];
  var RATING_COLOURS = ["#5e3c99", "#b2abd2", "#fdb863", "#e66101"];  // ColorBrewer PuOr
  var PROVIDERS = ["CRC", "NPS", "both"];
  var PROVIDER_COLOURS = ["#0072b2", "#d55e00", "#777777"];  // Okabe-Ito
  var PROVIDER_SHAPES = ["circle", "square", "triangle-up"];
  var SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

  // Colour and shape by provider type, over the types present in `records`.
  function byProvider(channel, records) {
    var range = channel === "color" ? PROVIDER_COLOURS : PROVIDER_SHAPES;
    var present = PROVIDERS.filter(function (p) {
      return records.some(function (r) { return r.provider_type === p; });
    });
    return { field: "provider_type", type: "nominal", title: "Provider", sort: PROVIDERS,
             scale: { domain: present, range: present.map(function (p) { return range[PROVIDERS.indexOf(p)]; }) } };
  }

  function trace(extra) {
    return extra.concat([{ field: "report", title: "Report" }, { field: "page", title: "Page" }]);
  }

  // "overall" first, then standards and questions in numeric order (1.2 < 1.10).
  function numericOrder(values) {
    var unique = values.filter(function (v, i) { return values.indexOf(v) === i; });
    function key(v) { return v === "overall" ? [-1] : v.split(".").map(Number); }
    return unique.sort(function (a, b) {
      var ka = key(a), kb = key(b);
      for (var i = 0; i < Math.max(ka.length, kb.length); i++) {
        var d = (ka[i] || 0) - (kb[i] || 0);
        if (d) return d;
      }
      return 0;
    });
  }

  function ratingsSpec(data) {
    var standards = numericOrder(data.ratings.map(function (r) { return r.standard; }));
    return {
      $schema: SCHEMA,
      data: { values: data.ratings },
      transform: [{ calculate: "replace(datum.rating, 'Requires improvement', 'Requires\\nimprovement')", as: "word" }],
      facet: { row: { field: "provider_type", type: "nominal", title: null, sort: ["CRC", "NPS"],
                      header: { labelAngle: 0, labelAlign: "left", labelFontWeight: "bold", labelFontSize: 13 } } },
      resolve: { scale: { y: "independent" } },
      spec: {
        encoding: {
          x: { field: "standard", type: "ordinal", sort: standards, title: "Standard",
               axis: { orient: "top", labelAngle: 0 }, scale: { paddingInner: 0.04 } },
          y: { field: "provider", type: "nominal", title: null, sort: null, scale: { paddingInner: 0.08 },
               axis: { labelLimit: 320 } }
        },
        width: { step: 66 }, height: { step: 40 },
        layer: [
          { mark: { type: "rect", cornerRadius: 2 },
            encoding: {
              color: { field: "rating", type: "nominal", title: "Rating",
                       scale: { domain: RATINGS, range: RATING_COLOURS }, legend: { orient: "bottom" } },
              tooltip: trace([{ field: "provider", title: "Provider" }, { field: "standard", title: "Standard" },
                              { field: "title", title: "Title" }, { field: "rating", title: "Rating" }])
            } },
          { mark: { type: "text", fontSize: 9, lineBreak: "\n" },
            encoding: {
              text: { field: "word" },
              color: { condition: { test: "datum.rating === 'Outstanding'", value: "white" }, value: "black" },
              tooltip: trace([{ field: "provider", title: "Provider" }, { field: "standard", title: "Standard" },
                              { field: "title", title: "Title" }, { field: "rating", title: "Rating" }])
            } }
        ]
      }
    };
  }

  function caseValues(data) {
    var values = data.case_points.map(function (p) {
      return Object.assign({ kind: "report", value: p.percent }, p);
    });
    data.case_means.forEach(function (m) {
      values.push({ kind: "mean", value: m.mean, question: m.question, provider_type: m.provider_type,
                    year: m.year, reports: m.reports, report_ids: m.report_ids });
    });
    return values;
  }

  function caseSpec(data) {
    var x = data.multi_year
      ? { field: "year", type: "ordinal", title: "Year published", axis: { labelAngle: 0 } }
      : { field: "provider_type", type: "nominal", title: null, sort: PROVIDERS };
    var offset = data.multi_year ? { xOffset: { field: "provider_type", sort: PROVIDERS } } : {};
    var y = { field: "value", type: "quantitative", title: "% yes", scale: { domain: [0, 100] } };
    var providerColour = byProvider("color", data.case_points);
    var providerShape = byProvider("shape", data.case_points);
    return {
      $schema: SCHEMA,
      data: { values: caseValues(data) },
      facet: { field: "question", type: "ordinal", title: "Key question",
               sort: numericOrder(data.case_points.map(function (p) { return p.question; })) },
      columns: 6,
      spec: {
        width: 120, height: 110,
        layer: [
          { transform: [{ filter: "datum.kind === 'mean'" }],
            mark: { type: "tick", thickness: 2, opacity: 0.8 },
            encoding: Object.assign({ x: x, y: y, color: providerColour,
              tooltip: [{ field: "question", title: "Question" }, { field: "provider_type", title: "Provider" },
                        { field: "value", title: "Mean % yes", format: ".1f" }, { field: "reports", title: "Reports" },
                        { field: "report_ids", title: "Mean of" }] }, offset) },
          { transform: [{ filter: "datum.kind === 'report'" }],
            mark: { type: "point", filled: true, size: 70, opacity: 0.9 },
            encoding: Object.assign({ x: x, y: y, color: providerColour, shape: providerShape,
              tooltip: trace([{ field: "question", title: "Question" }, { field: "text", title: "Text" },
                              { field: "area", title: "Area" }, { field: "value", title: "% yes" }]) }, offset) }
        ]
      }
    };
  }

  function measuresSpec(data) {
    return {
      $schema: SCHEMA,
      data: { values: data.measures },
      mark: { type: "point", filled: true, size: 80, opacity: 0.9 },
      width: 560,
      height: { step: 26 },
      encoding: {
        y: { field: "measure", type: "nominal", title: null, sort: "ascending" },
        yOffset: { field: "provider_type", sort: PROVIDERS },
        x: { field: "value", type: "quantitative", title: "%", scale: { domain: [0, 100] } },
        color: byProvider("color", data.measures),
        shape: { field: "area", type: "nominal", title: "Area" },
        tooltip: trace([{ field: "measure", title: "Measure" }, { field: "area", title: "Area" },
                        { field: "provider_type", title: "Provider" }, { field: "value", title: "%" }])
      }
    };
  }

  function unique(value, index, all) { return all.indexOf(value) === index; }

  // One small bar chart per key fact id, areas side by side; CRC facts first,
  // then NPS, then those about neither, each group in the order of the panel.
  function keyFactsSpec(data) {
    var values = data.key_facts.map(function (k) {
      return Object.assign({ panel: k.fact + " (" + k.unit + ")" }, k);
    });
    var panels = values.slice().sort(function (a, b) {
      return (PROVIDERS.indexOf(a.provider_type) - PROVIDERS.indexOf(b.provider_type)) || (a.order - b.order);
    }).map(function (k) { return k.panel; }).filter(unique);
    return {
      $schema: SCHEMA,
      data: { values: values },
      facet: { field: "panel", type: "nominal", title: null, sort: panels,
               header: { labelFontWeight: "bold", labelFontSize: 12 } },
      columns: 4,
      resolve: { scale: { y: "independent" } },
      spec: {
        width: 160, height: 110,
        mark: { type: "bar" },
        encoding: {
          x: { field: "area", type: "nominal", title: null, sort: "ascending", axis: { labelAngle: -30 } },
          xOffset: { field: "published", type: "nominal" },
          y: { field: "value", type: "quantitative", title: null, axis: { format: ",~r" } },
          color: byProvider("color", data.key_facts),
          tooltip: trace([{ field: "fact", title: "Fact" }, { field: "area", title: "Area" },
                          { field: "published", title: "Published" }, { field: "value_text", title: "Value" },
                          { field: "description", title: "Description" }])
        }
      }
    };
  }

  var EVENT_COLOURS = ["#777777", "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00"];  // Okabe-Ito
  var EVENT_SHAPES = ["diamond", "circle", "square", "triangle-up", "cross", "triangle-down"];

  // Each area's inspections along one line of years: the earlier inspection
  // (the Probation Trust's) first, then the reports.
  function timelineSpec(data) {
    var years = data.timeline.map(function (e) { return e.when; });
    var domain = [Math.floor(Math.min.apply(null, years)) - 1, Math.ceil(Math.max.apply(null, years)) + 1];
    var kinds = data.timeline.map(function (e) { return e.kind; }).filter(unique)
      .sort(function (a, b) { return (b === "earlier inspection") - (a === "earlier inspection") || (a < b ? -1 : a > b); });
    var kind = function (range) {
      return { field: "kind", type: "nominal", title: "Inspection",
               scale: { domain: kinds, range: kinds.map(function (k, i) { return range[i % range.length]; }) } };
    };
    return {
      $schema: SCHEMA,
      data: { values: data.timeline },
      width: 760, height: { step: 48 },
      encoding: {
        y: { field: "area", type: "nominal", title: null, sort: "ascending", axis: { labelLimit: 260 } },
        x: { field: "when", type: "quantitative", title: "Year", scale: { domain: domain, nice: false },
             axis: { format: "d", tickMinStep: 1 } }
      },
      layer: [
        { mark: { type: "rule", color: "#bbbbbb" },
          encoding: { x: { aggregate: "min", field: "when" }, x2: { aggregate: "max", field: "when" } } },
        { mark: { type: "point", filled: true, size: 170, opacity: 0.95 },
          encoding: { color: kind(EVENT_COLOURS), shape: kind(EVENT_SHAPES),
            tooltip: trace([{ field: "area", title: "Area" }, { field: "date", title: "Date" },
                            { field: "kind", title: "Inspection" }, { field: "who", title: "Provider" },
                            { field: "summary", title: "Summary" }]) } },
        { mark: { type: "text", dy: -15, fontSize: 10 }, encoding: { text: { field: "date" } } }
      ]
    };
  }

  var SPECS = { "ratings": ratingsSpec, "case-results": caseSpec, "measures": measuresSpec,
                "key-facts": keyFactsSpec, "timeline": timelineSpec };

  function drawCharts(data) {
    var charts = Array.prototype.slice.call(document.querySelectorAll(".chart[data-chart]"));
    return Promise.all(charts.map(function (div) {
      var spec = SPECS[div.dataset.chart](data);
      var options = { renderer: "svg", actions: { export: true, source: false, compiled: false, editor: false } };
      return vegaEmbed(div, spec, options).catch(function (error) {
        div.innerHTML = '<p class="chart-error">This chart could not be drawn; the table below has its numbers.</p>';
        console.error("chart " + div.dataset.chart + ": " + error);
      });
    }));
  }

  function filterRecommendations(query) {
    var words = query.trim().toLowerCase();
    var rows = document.querySelectorAll("#rec-groups tr.rec");
    var shown = 0;
    rows.forEach(function (row) {
      row.hidden = words !== "" && row.textContent.toLowerCase().indexOf(words) === -1;
      if (!row.hidden) shown++;
    });
    document.querySelectorAll("#rec-groups .rec-group").forEach(function (group) {
      group.hidden = group.querySelector("tr.rec:not([hidden])") === null;
    });
    document.getElementById("rec-count").textContent = shown + " of " + rows.length + " shown";
  }

  function openNumbersForPrint() {
    window.addEventListener("beforeprint", function () {
      document.querySelectorAll("details.numbers").forEach(function (d) { d.open = true; });
    });
  }

  var data = JSON.parse(document.getElementById("findings-data").textContent);
  var filter = document.getElementById("rec-filter");
  if (filter) filter.addEventListener("input", function () { filterRecommendations(filter.value); });
  openNumbersForPrint();
  drawCharts(data).then(function () { document.body.setAttribute("data-charts", "drawn"); });
})();
