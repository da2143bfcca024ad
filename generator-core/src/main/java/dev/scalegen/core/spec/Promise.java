package dev.scalegen.core.spec;

/**
 * What a scenario promises about one autoscaled tier under a load ({@code scenarios.<name>.expect.<tier>}),
 * checked by simulating the tier's HPA ({@code scalegen check}, {@code docs/scenarios.md}). Durations
 * are the text as written ({@code 5m}, {@code 90s}, {@code 1h30m}); {@code null} fields were left out.
 *
 * @param tier the tier the promise is about
 * @param load the load to simulate: a shape ({@code spike10x}, {@code step:1x..10x@1m}) or a CSV file
 *     relative to the spec's folder
 * @param reaches the pod count the tier reaches ...
 * @param within ... at most this long after the simulation starts
 * @param neverAbove the pod count the tier never exceeds
 * @param readyAfter how long a new pod takes to become ready ({@code null}: the default)
 * @param length how long to simulate ({@code null}: the default of the load)
 */
public record Promise(String tier, String load, Integer reaches, String within, Integer neverAbove,
    String readyAfter, String length) {}
