package dev.scalegen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * DocVault's numbers recomputed from its spec with this test's own reading and arithmetic (the YAML
 * read with snakeyaml-engine, quantities and scenario overrides worked out here), then compared with
 * the JSON, the Markdown (read back with commonmark) and the HTML.
 */
class DocVaultReportTest {

  static final Path SPEC = Path.of("../examples/docvault/scaling.yaml");
  static final LocalDate WEEK = LocalDate.parse("2027-03-22");

  static Map<String, String> files;
  static Map<String, Map<String, double[]>> expected;

  @BeforeAll
  static void render() throws Exception {
    Report.Outcome outcome = Report.build(SPEC, "examples/docvault/scaling.yaml", ReportOptions.of(WEEK));
    assertThat(outcome.valid()).isTrue();
    files = new LinkedHashMap<>();
    for (ReportFiles.Format format : ReportFiles.Format.values()) {
      files.putAll(ReportFiles.render(outcome.report(), format));
    }
    expected = recompute(Files.readString(SPEC));
  }

  /** Per set, per row ("total", "pool spot", "pool other"): pods, cpu req, cpu lim, mem req, mem lim at min then max. */
  @SuppressWarnings("unchecked")
  static Map<String, Map<String, double[]>> recompute(String yaml) {
    Map<String, Object> spec = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    Map<String, Object> tiers = (Map<String, Object>) spec.get("tiers");
    Map<String, Object> scenarios = (Map<String, Object>) spec.get("scenarios");
    List<String> sets = new ArrayList<>(List.of("base"));
    sets.addAll(scenarios.keySet());
    Map<String, Map<String, double[]>> all = new LinkedHashMap<>();
    for (String set : sets) {
      Map<String, Object> overrides = set.equals("base") ? Map.of()
          : (Map<String, Object>) ((Map<String, Object>) scenarios.get(set)).getOrDefault("tiers", Map.of());
      Map<String, double[]> rows = new TreeMap<>();
      for (Map.Entry<String, Object> e : tiers.entrySet()) {
        Map<String, Object> tier = (Map<String, Object>) e.getValue();
        Map<String, Object> over = (Map<String, Object>) overrides.getOrDefault(e.getKey(), Map.of());
        int min;
        int max;
        if (tier.containsKey("autoscaling")) {
          Map<String, Object> hpa = new LinkedHashMap<>((Map<String, Object>) tier.get("autoscaling"));
          hpa.putAll((Map<String, Object>) over.getOrDefault("autoscaling", Map.of()));
          min = (Integer) hpa.get("min");
          max = (Integer) hpa.get("max");
        } else {
          min = (Integer) over.getOrDefault("replicas", tier.get("replicas"));
          max = min;
        }
        Map<String, Object> res = (Map<String, Object>) tier.get("resources");
        Map<String, Object> req = (Map<String, Object>) res.get("requests");
        Map<String, Object> lim = (Map<String, Object>) res.getOrDefault("limits", Map.of());
        double[] pod = {1, cores(req.get("cpu")), cores(lim.get("cpu")), gib(req.get("memory")), gib(lim.get("memory"))};
        Map<String, Object> placement = (Map<String, Object>) tier.get("placement");
        String pool = placement == null ? "other" : (String) placement.get("pool");
        for (String row : List.of("total", "pool " + pool)) {
          double[] sum = rows.computeIfAbsent(row, k -> new double[10]);
          for (int i = 0; i < 5; i++) {
            sum[i] += min * pod[i];
            sum[5 + i] += max * pod[i];
          }
        }
      }
      all.put(set, rows);
    }
    return all;
  }

  static double cores(Object q) {
    if (q == null) {
      return 0;
    }
    String s = q.toString();
    return s.endsWith("m") ? Double.parseDouble(s.substring(0, s.length() - 1)) / 1000 : Double.parseDouble(s);
  }

  static double gib(Object q) {
    if (q == null) {
      return 0;
    }
    String s = q.toString();
    return s.endsWith("Gi") ? Double.parseDouble(s.replace("Gi", "")) : Double.parseDouble(s.replace("Mi", "")) / 1024;
  }

  @Test
  void theRecomputationItselfMatchesTheIssue() {
    // "100 backend pods at 2 CPU / 2 Gi request 200 vCPU and 200 GiB, and up to 400 vCPU at their limits".
    double[] spot = expected.get("sustained-high").get("pool spot");
    assertThat(spot[5]).isEqualTo(150);  // 100 backend pods and 50 Celery workers
    assertThat(spot[6]).isEqualTo(200 + 50);
    assertThat(spot[7]).isEqualTo(400 + 100);
  }

  @Test
  void jsonCarriesTheRecomputedNumbers() throws Exception {
    JsonNode root = JsonMapper.builder().build().readTree(files.get("report.json"));
    assertThat(root.get("sets")).hasSize(expected.size());
    for (JsonNode set : root.get("sets")) {
      Map<String, double[]> rows = expected.get(set.get("name").asString());
      assertAmounts(set.get("total"), rows.get("total"), set.get("name").asString() + " total");
      for (JsonNode pool : set.get("pools")) {
        assertAmounts(pool, rows.get("pool " + pool.get("name").asString()), set.get("name").asString() + " " + pool.get("name"));
      }
      assertThat(set.get("pools")).hasSize(rows.size() - 1);
    }
    assertThat(root.has("currency")).isFalse();
  }

  private static void assertAmounts(JsonNode node, double[] want, String what) {
    String[] fields = {"pods", "cpuRequests", "cpuLimits", "memoryRequests", "memoryLimits"};
    for (int i = 0; i < 5; i++) {
      assertThat(node.get("atMin").get(fields[i]).asDouble()).as(what + " min " + fields[i]).isCloseTo(want[i], within());
      assertThat(node.get("atMax").get(fields[i]).asDouble()).as(what + " max " + fields[i]).isCloseTo(want[5 + i], within());
    }
  }

  @Test
  void markdownTotalsRowsCarryTheRecomputedNumbers() {
    Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    List<List<String>> totals = new ArrayList<>();
    List<List<String>> pools = new ArrayList<>();
    parser.parse(files.get("report.md")).accept(new AbstractVisitor() {
      @Override
      public void visit(CustomBlock block) {
        if (block instanceof TableBlock) {
          for (List<String> row : rows(block)) {
            if (row.get(0).equals("Total")) {
              totals.add(row);
            } else if (row.size() == 11 && (row.get(1).equals("spot") || row.get(1).equals("on-demand"))) {
              pools.add(row);
            }
          }
        }
      }
    });
    List<String> sets = new ArrayList<>(expected.keySet());
    assertThat(totals).hasSize(sets.size());
    for (int s = 0; s < sets.size(); s++) {
      double[] want = expected.get(sets.get(s)).get("total");
      List<String> row = totals.get(s);
      // pods min/max, cpu req min/max, cpu lim min/max, mem req min/max, mem lim min/max
      double[] order = {want[0], want[5], want[1], want[6], want[2], want[7], want[3], want[8], want[4], want[9]};
      for (int i = 0; i < order.length; i++) {
        assertThat(number(row.get(4 + i))).as(sets.get(s) + " markdown total column " + i).isCloseTo(order[i], within());
      }
    }
    assertThat(pools).hasSize(expected.values().stream().mapToInt(m -> m.size() - 1).sum());
    for (List<String> row : pools) {
      assertThat(number(row.get(3)) + number(row.get(4))).isGreaterThan(0);
    }
  }

  @Test
  void htmlTotalsRowsCarryTheRecomputedNumbers() {
    Matcher total = Pattern.compile("<tr class=\"total\">(.*?)</tr>").matcher(files.get("report.html"));
    List<String> sets = new ArrayList<>(expected.keySet());
    for (String set : sets) {
      assertThat(total.find()).isTrue();
      List<Double> cells = Pattern.compile("<td class=\"n\">([^<]*)</td>").matcher(total.group(1)).results()
          .map(m -> number(m.group(1))).toList();
      double[] want = expected.get(set).get("total");
      assertThat(cells).containsExactly(want[0], want[5], want[1], want[6], want[2], want[7], want[3], want[8], want[4], want[9]);
    }
    assertThat(total.find()).isFalse();
  }

  @Test
  void everySetHasItsWeekChartEmbeddedAndAsAFile() {
    for (String set : expected.keySet()) {
      assertThat(files).containsKey("week-" + set + ".svg");
      assertThat(files.get("report.html")).contains("id=\"set-" + set + "\"");
      assertThat(files.get("report.md")).contains("](week-" + set + ".svg)");
    }
    assertThat(files.get("report.html").split("<svg ", -1)).hasSize(expected.size() + 1);
  }

  @Test
  void diagnosticsSitNextToTheirTier() {
    String html = files.get("report.html");
    int backend = html.indexOf("<strong>backend</strong>");
    int frontend = html.indexOf("<strong>frontend</strong>");
    assertThat(html.indexOf("SG218", backend)).isBetween(backend, frontend);
    assertThat(files.get("report.md")).contains("- **backend**: warning[SG218]");
    assertThat(html).contains("Diagnostics about the whole spec").contains("SG230");
  }

  @Test
  void noCurrencyAnywhereWithoutPrices() {
    for (Map.Entry<String, String> file : files.entrySet()) {
      assertThat(file.getValue()).as(file.getKey())
          .doesNotContainPattern("\\b(EUR|USD|GBP|currency)\\b|€|\\$[0-9]|class=\"cost\"|Cost \\(|\"cost\"");
    }
  }

  static List<List<String>> rows(Node table) {
    List<List<String>> rows = new ArrayList<>();
    table.accept(new AbstractVisitor() {
      @Override
      public void visit(CustomNode node) {
        if (node instanceof org.commonmark.ext.gfm.tables.TableRow) {
          List<String> cells = new ArrayList<>();
          for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableCell) {
              StringBuilder text = new StringBuilder();
              c.accept(new AbstractVisitor() {
                @Override
                public void visit(Text t) {
                  text.append(t.getLiteral());
                }
              });
              cells.add(text.toString().strip());
            }
          }
          rows.add(cells);
          return;
        }
        visitChildren(node);
      }
    });
    return rows;
  }

  static double number(String text) {
    return Double.parseDouble(text.replace(",", ""));
  }

  static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.005);
  }
}
