package dev.scalegen.core.simulate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@code scalegen simulate} asks for, built by a front end (every default here).
 *
 * @param set the set to simulate: {@code baseline} or a scenario
 * @param tiers the tiers to simulate; empty for every autoscaled tier of the set
 * @param load a load shape ({@link LoadShape}), or {@code null} when {@code loadFile} is given
 * @param loadFile a CSV load file ({@link LoadFile}), or {@code null}
 * @param length how long to simulate, {@code null} for the load's default
 * @param readyAfter how long a new pod takes to be ready, for every simulated tier; {@code null}:
 *     the scenario's promise for the tier, else {@link SpecSimulation#DEFAULT_READY_AFTER}
 * @param start the wall clock at the start ({@code Mon 12:00}), {@code null} for {@link SimulationClock#DEFAULT}
 */
public record SimulationRequest(String set, List<String> tiers, String load, Path loadFile, Duration length,
    Duration readyAfter, String start) {

  public SimulationRequest {
    tiers = tiers == null ? List.of() : List.copyOf(tiers);
  }
}
