package dev.scalegen.report.capacity;

/**
 * How many pods a tier may run at one time of the week: its HPA's minimum and maximum, or for a
 * fixed tier its replica count as both.
 */
public record Bounds(int min, int max) {}
