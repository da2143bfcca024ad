package dev.scalegen.report.chart;

import java.awt.Color;
import java.util.List;

/**
 * The Okabe-Ito palette (Okabe and Ito, "Color Universal Design", 2008): eight colours told apart
 * with every common colour-vision deficiency. Black comes last here, since axes and text are
 * already dark grey; series take the colours in this order and start again after the eighth.
 */
public final class Palette {

  /** Orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple, black. */
  public static final List<String> HEX = List.of(
      "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000");

  private Palette() {}

  /** The colour of series number {@code index} (0-based), in hex ({@code #RRGGBB}). */
  public static String hex(int index) {
    return HEX.get(Math.floorMod(index, HEX.size()));
  }

  static Color color(int index) {
    return Color.decode(hex(index));
  }
}
