/**
 * Time-series charts rendered to deterministic SVG, for the capacity report's week chart and the
 * HPA simulation's load and pods over time. A small API over
 * <a href="https://knowm.org/open-source/xchart/">XChart</a> (its SVG through VectorGraphics2D):
 *
 * <pre>{@code
 * Axis time = Axis.clock("Europe/Berlin", "local time, UTC+01:00",
 *     LocalDateTime.of(2027, 3, 22, 0, 0), "EEE d MMM").range(0, 168);   // x: hours since then
 * Chart chart = Chart.of("backend", time, Axis.of("replicas", "pods"))
 *     .with(Series.step("backend max", List.of(new Point(0, 10), new Point(22, 4), new Point(30, 10))))
 *     .with(Series.line("load", points).asDashed())
 *     .with(new ReferenceLine("quota", 12));
 * String svg = SvgChart.render(chart);
 * }</pre>
 *
 * <p>A simulation in seconds uses a number axis: {@code Axis.of("time", "s")}.
 *
 * <ul>
 *   <li>{@link dev.scalegen.report.chart.Series}: named (x, y) points drawn as a step line (the
 *       value holds until the next point, as an HPA's bounds do) or a straight line; solid or
 *       dashed; coloured from the {@link dev.scalegen.report.chart.Palette Okabe-Ito palette} by
 *       position unless a colour is given (a tier's minimum and maximum share one colour).</li>
 *   <li>{@link dev.scalegen.report.chart.Axis}: a title and its unit, shown as {@code title (unit)};
 *       numbers, or a clock axis whose x counts hours from a date and time, its ticks written with
 *       a date pattern (XChart's own tick label callback only works for evenly spaced x values, so
 *       it is not offered).</li>
 *   <li>{@link dev.scalegen.report.chart.ReferenceLine}: a labelled horizontal line (a quota, a
 *       target).</li>
 *   <li>{@link dev.scalegen.report.chart.SvgChart#render}: the SVG text. Every font and size is
 *       fixed (the JVM's logical {@code SansSerif} font, 800 x 420 unless given), nothing depends on
 *       the time or on random ids, so the same chart gives the same bytes on every run on one
 *       machine. XChart draws text as glyph outlines, so the glyphs come from the fonts the JVM
 *       finds: another machine with other fonts gives other bytes for the same chart.</li>
 * </ul>
 * Values only, no state: safe to use from several threads.
 */
package dev.scalegen.report.chart;
