package dev.scalegen.report.chart;

import java.awt.Color;
import java.util.List;

/**
 * The Okabe-Ito palette (Okabe and Ito, "Color Universal Design", 2008): eight colours told apart
 * with every common colour-vision deficiency. Ordered for lines on white: the strong colours first,
 * sky blue and the pale yellow late, black last (axes and text are already dark grey); series take
 * the colours in this order and start again after the eighth.
 */
public final class Palette {

  /** Blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow, black. */
  public static final List<String> HEX = List.of(
      "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000");

  private Palette() {}

  /** The colour of series number {@code index} (0-based), in hex ({@code #RRGGBB}). */
  public static String hex(int index) {
    return HEX.get(Math.floorMod(index, HEX.size()));
  }

  static Color color(int index) {
    return Color.decode(hex(index));
  }
}
