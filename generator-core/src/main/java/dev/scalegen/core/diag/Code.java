package dev.scalegen.core.diag;

/**
 * Every diagnostic code scalegen reports. Codes are stable: once released, a code keeps its
 * meaning. {@code docs/diagnostics.md} documents each one with an example and the fix, and each has
 * at least one golden case (a hygiene test checks both).
 *
 * <p>Numbering: {@code SG0xx} reading the file and YAML, {@code SG1xx} the JSON Schema,
 * {@code SG2xx} semantic rules, {@code SG3xx} the generated files ({@code check}), {@code SG4xx}
 * reading existing manifests (import, overlay), {@code SG5xx} the report's inputs (price file, node
 * shapes, {@code --week}).
 * {@code SG2xx} semantic rules, {@code SG3xx} the generated files and a scenario's promises
 * ({@code check}), {@code SG4xx} reading existing manifests (import, overlay), {@code SG6xx} the
 * simulation's input (loads, load files, promise fields).
 */
public enum Code {
  // --- Reading the file and YAML -------------------------------------------------------------
  FILE_UNREADABLE("SG001", Severity.ERROR, Category.IO, "file cannot be read"),
  FILE_TOO_LARGE("SG002", Severity.ERROR, Category.INPUT, "file exceeds the size limit"),
  NOT_UTF8_TEXT("SG003", Severity.ERROR, Category.INPUT, "file is not UTF-8 text"),
  EMPTY_SPEC("SG004", Severity.ERROR, Category.INPUT, "file holds no spec"),
  YAML_SYNTAX("SG005", Severity.ERROR, Category.INPUT, "YAML syntax error"),
  YAML_LIMIT("SG006", Severity.ERROR, Category.INPUT, "YAML exceeds a safety limit"),
  DUPLICATE_KEY("SG007", Severity.ERROR, Category.INPUT, "duplicate key"),
  MULTIPLE_DOCUMENTS("SG008", Severity.ERROR, Category.INPUT, "more than one YAML document"),
  YAML_TAG("SG010", Severity.ERROR, Category.INPUT, "YAML tag"),
  NON_STRING_KEY("SG011", Severity.ERROR, Category.INPUT, "key that is not a string"),
  YAML_VERSION("SG012", Severity.ERROR, Category.INPUT, "YAML version other than 1.2"),
  UNPRINTABLE_CHARACTER("SG013", Severity.ERROR, Category.INPUT, "character that YAML does not allow"),
  // --- JSON Schema ------------------------------------------------------------------------------
  UNKNOWN_KEY("SG101", Severity.ERROR, Category.INPUT, "unknown key"),
  MISSING_KEY("SG102", Severity.ERROR, Category.INPUT, "required key missing"),
  WRONG_TYPE("SG103", Severity.ERROR, Category.INPUT, "value has the wrong type"),
  YAML11_COERCION("SG104", Severity.ERROR, Category.INPUT, "value that YAML 1.1 reads differently"),
  VALUE_NOT_ALLOWED("SG105", Severity.ERROR, Category.INPUT, "value not among the allowed ones"),
  OUT_OF_RANGE("SG106", Severity.ERROR, Category.INPUT, "number out of range"),
  BAD_FORMAT("SG107", Severity.ERROR, Category.INPUT, "value does not have the expected form"),
  SCHEMA_VIOLATION("SG108", Severity.ERROR, Category.INPUT, "other schema violation"),
  // --- Semantic rules ---------------------------------------------------------------------------
  MIN_ABOVE_MAX("SG201", Severity.ERROR, Category.INPUT, "autoscaling minimum above maximum"),
  MIN_BELOW_ONE("SG202", Severity.ERROR, Category.INPUT, "autoscaling minimum below 1"),
  REPLICAS_AND_AUTOSCALING("SG203", Severity.ERROR, Category.INPUT, "both replicas and autoscaling"),
  NO_SCALE("SG204", Severity.ERROR, Category.INPUT, "neither replicas nor autoscaling"),
  TARGET_WITHOUT_REQUEST("SG205", Severity.ERROR, Category.INPUT, "utilization target without a request"),
  REQUEST_ABOVE_LIMIT("SG206", Severity.ERROR, Category.INPUT, "request above limit"),
  BAD_QUANTITY("SG207", Severity.ERROR, Category.INPUT, "invalid Kubernetes quantity"),
  UNKNOWN_TIER("SG208", Severity.ERROR, Category.INPUT, "reference to an unknown tier"),
  FIELD_NOT_ON_TIER("SG209", Severity.ERROR, Category.INPUT, "override of a field the tier does not have"),
  BAD_CRON("SG210", Severity.ERROR, Category.INPUT, "invalid cron expression"),
  BAD_TIME("SG211", Severity.ERROR, Category.INPUT, "invalid time of day"),
  BAD_DAYS("SG212", Severity.ERROR, Category.INPUT, "invalid days"),
  UNKNOWN_TIME_ZONE("SG213", Severity.ERROR, Category.INPUT, "unknown IANA time zone"),
  BAD_NAME("SG214", Severity.ERROR, Category.INPUT, "name is not a DNS-1123 label"),
  NAME_TOO_LONG("SG215", Severity.ERROR, Category.INPUT, "generated name exceeds a Kubernetes limit"),
  UNKNOWN_POOL("SG216", Severity.ERROR, Category.INPUT, "reference to an unknown node pool"),
  RESERVED_LABEL("SG217", Severity.ERROR, Category.INPUT, "label under a reserved prefix"),
  MEMORY_TARGET_ON_WORKERS("SG218", Severity.WARNING, Category.INPUT, "memory target on a pre-forked worker tier"),
  STATEFUL_AUTOSCALING("SG219", Severity.ERROR, Category.INPUT, "stateful tier with autoscaling"),
  STATEFUL_REPLICAS("SG220", Severity.WARNING, Category.INPUT, "stateful tier with several replicas"),
  SCHEDULE_FORM("SG221", Severity.ERROR, Category.INPUT, "schedule needs exactly one of window or cron"),
  WORKERS_FORM("SG222", Severity.ERROR, Category.INPUT, "workers need exactly one of arg or env"),
  CUSTOM_POOL_INCOMPLETE("SG223", Severity.ERROR, Category.INPUT, "custom pool without a node label"),
  BAD_LABEL("SG224", Severity.ERROR, Category.INPUT, "invalid label key or value"),
  SCHEDULE_OUT_OF_BOUNDS("SG225", Severity.ERROR, Category.INPUT, "scheduled value outside the tier's bounds"),
  SCHEDULE_CHANGES_NOTHING("SG226", Severity.WARNING, Category.INPUT, "schedule that changes nothing"),
  OVERLAPPING_WINDOWS("SG227", Severity.ERROR, Category.INPUT, "overlapping windows set the same field"),
  DST_TIME("SG228", Severity.WARNING, Category.INPUT, "window time skipped or repeated by a daylight saving change"),
  TIME_ZONE_NEEDS_1_27("SG229", Severity.ERROR, Category.INPUT, "CronJob time zone needs Kubernetes 1.27"),
  SCHEDULER_IMAGE_NOT_PINNED("SG230", Severity.WARNING, Category.INPUT, "kubectl image not pinned by digest"),
  RESERVED_SCENARIO_NAME("SG231", Severity.ERROR, Category.INPUT, "scenario named like the baseline"),
  WORKERS_FLAG_WITHOUT_COMMAND("SG232", Severity.WARNING, Category.INPUT, "worker flag on a tier without a command"),
  MEMORY_WITHOUT_UNIT("SG233", Severity.WARNING, Category.INPUT, "memory without a unit"),
  SPOT_ONLY_SINGLE_POD("SG234", Severity.WARNING, Category.INPUT, "one pod or a stateful tier only on spot nodes"),
  STATEFUL_READ_ONLY("SG235", Severity.WARNING, Category.INPUT, "stateful tier with a read-only root file system"),
  UNKNOWN_SET("SG236", Severity.ERROR, Category.USAGE, "selected set that the spec does not have"),
  SCHEDULES_CROSS_BOUNDS("SG237", Severity.ERROR, Category.INPUT, "schedules together put the minimum above the maximum"),
  SCHEDULE_CUTS_SCENARIO("SG238", Severity.WARNING, Category.INPUT, "schedule lowers a scenario's own value"),
  UNKNOWN_SCHEDULE("SG239", Severity.ERROR, Category.INPUT, "reference to an unknown schedule"),
  PART_HOUR_CLOCK_CHANGE("SG240", Severity.WARNING, Category.INPUT, "window time missed or run twice on the day of a clock change of part of an hour"),
  KUBECTL_IMAGE_OF_ANOTHER_MINOR("SG242", Severity.WARNING, Category.INPUT, "no kubectl image published for the target minor"),
  MISSING_REQUESTS("SG243", Severity.WARNING, Category.INPUT, "tier without resource requests"),
  NO_MEMORY_LIMIT("SG244", Severity.WARNING, Category.INPUT, "tier without a memory limit"),
  // --- Pods (SG25x) -------------------------------------------------------------------------------
  FIELD_NOT_FOR_TIER("SG250", Severity.ERROR, Category.INPUT, "pod field that does not apply to the tier"),
  MOUNT_CONFLICT("SG251", Severity.ERROR, Category.INPUT, "two volumes at one mount path"),
  RETENTION_NEEDS_1_27("SG252", Severity.ERROR, Category.INPUT, "claim retention policy needs Kubernetes 1.27"),
  UNBOUNDED_MEMORY_VOLUME("SG253", Severity.WARNING, Category.INPUT, "memory-backed writable path without a bound"),
  PROBE_FORM("SG254", Severity.ERROR, Category.INPUT, "probe that Kubernetes would refuse"),
  NO_READINESS_PROBE("SG255", Severity.WARNING, Category.INPUT, "autoscaled tier without a readiness probe"),
  LIVENESS_AS_READINESS("SG256", Severity.WARNING, Category.INPUT, "liveness probe that repeats readiness on a slow-starting tier"),
  PRE_STOP_NOT_BELOW_GRACE("SG257", Severity.ERROR, Category.INPUT, "preStop sleep not shorter than the grace period"),
  ENV_REFERENCE_FORM("SG258", Severity.ERROR, Category.INPUT, "environment reference without exactly one source"),
  WORKERS_DEFAULT_GRACE("SG259", Severity.WARNING, Category.INPUT, "worker tier scaled down with the default grace period"),
  // --- Rollout and spread (SG26x) -------------------------------------------------------------------
  ROLLOUT_CANNOT_PROGRESS("SG260", Severity.ERROR, Category.INPUT, "rollout that cannot make progress"),
  ROLLOUT_ABOVE_BUDGET("SG261", Severity.WARNING, Category.INPUT, "rollout that takes more pods down than the disruption budget"),
  ROLLOUT_AT_LOWEST_COUNT("SG262", Severity.WARNING, Category.INPUT, "rollout that stops every pod, or more than written, at the tier's lowest count"),
  FIELD_NEEDS_NEWER_KUBERNETES("SG263", Severity.ERROR, Category.INPUT, "rollout or spread field that the target Kubernetes drops"),
  ZONE_SPREAD_SINGLE_POD("SG264", Severity.WARNING, Category.INPUT, "zone spread on a tier that may run a single pod"),
  // --- The podTemplate escape hatch (SG265-SG269) -------------------------------------------------
  POD_TEMPLATE_UNKNOWN_FIELD("SG265", Severity.ERROR, Category.INPUT, "unknown field in a pod template"),
  POD_TEMPLATE_WRONG_TYPE("SG266", Severity.ERROR, Category.INPUT, "pod template field of the wrong type"),
  POD_TEMPLATE_OWNED_FIELD("SG267", Severity.ERROR, Category.INPUT, "pod template field that scalegen sets"),
  POD_TEMPLATE_DUPLICATE("SG268", Severity.ERROR, Category.INPUT, "name used twice in a pod template"),
  POD_TEMPLATE_INCOMPLETE("SG269", Severity.ERROR, Category.INPUT, "pod template entry that Kubernetes would refuse"),
  // --- Pods, continued (SG27x) ---------------------------------------------------------------------
  GRPC_PROBE_NEEDS_1_24("SG270", Severity.ERROR, Category.INPUT, "gRPC probe needs Kubernetes 1.24"),
  // --- The KEDA engine (SG280-SG299) ------------------------------------------------------------
  SCALE_TO_ZERO_WITHOUT_QUEUE("SG280", Severity.ERROR, Category.INPUT, "scale to zero without a queue trigger"),
  CREDENTIAL_IN_SPEC("SG281", Severity.ERROR, Category.INPUT, "connection credentials written in the spec"),
  TRIGGER_SETTING("SG282", Severity.ERROR, Category.INPUT, "trigger setting that its type does not take, or lacks"),
  KEDA_FIELD_WITHOUT_ENGINE("SG283", Severity.ERROR, Category.INPUT, "KEDA field on a tier without engine keda"),
  KEDA_WITHOUT_TRIGGER("SG284", Severity.ERROR, Category.INPUT, "KEDA tier without any trigger"),
  FALLBACK_WITHOUT_QUEUE("SG285", Severity.ERROR, Category.INPUT, "fallback without a queue trigger"),
  WORKLOAD_ADOPTED_TWICE("SG286", Severity.ERROR, Category.INPUT, "two tiers scale one workload"),
  COOLDOWN_WITHOUT_ZERO("SG287", Severity.WARNING, Category.INPUT, "cooldown on a tier that never scales to zero"),
  KEDA_RESOURCE_TRIGGERS_ONLY("SG288", Severity.WARNING, Category.INPUT, "KEDA tier with only cpu and memory triggers"),
  FALLBACK_ABOVE_MAX("SG289", Severity.WARNING, Category.INPUT, "fallback replicas above the maximum"),

  OUTPUT_DRIFT("SG301", Severity.ERROR, Category.OUTPUT, "generated file differs from the spec"),
  REPLICAS_IN_COMMITTED_OUTPUT("SG302", Severity.WARNING, Category.OUTPUT,
      "committed output sets replicas on a workload that now autoscales"),
  // A scenario's promises, simulated by check (SG303-SG309)
  PROMISE_NOT_REACHED("SG303", Severity.ERROR, Category.INPUT, "promised pod count not reached in time"),
  PROMISE_EXCEEDED("SG304", Severity.ERROR, Category.INPUT, "promised most pods exceeded"),

  // --- Reading existing manifests (import, overlay) -----------------------------------------------
  MANIFEST_YAML("SG401", Severity.ERROR, Category.INPUT, "manifest that cannot be parsed"),
  NO_WORKLOAD("SG402", Severity.ERROR, Category.INPUT, "no Deployment or StatefulSet to import"),
  KUSTOMIZE_NOT_APPLIED("SG403", Severity.WARNING, Category.INPUT, "kustomization field that import does not apply"),
  HPA_UNKNOWN_FIELD("SG404", Severity.WARNING, Category.INPUT, "HorizontalPodAutoscaler field that does not exist"),
  INSTANCE_TYPE_SPOT("SG405", Severity.WARNING, Category.INPUT, "spot selector on a label no node carries"),
  REPLICAS_UNDER_HPA("SG406", Severity.WARNING, Category.INPUT, "replicas on a workload an HPA scales"),
  STATEFUL_DEPLOYMENT("SG407", Severity.WARNING, Category.INPUT, "stateful server run as a Deployment with several replicas"),
  NOT_CARRIED("SG408", Severity.INFO, Category.INPUT, "manifest field the spec does not carry"),
  OUTPUT_EXISTS("SG409", Severity.ERROR, Category.USAGE, "output file already exists"),
  HPA_WITHOUT_TARGET("SG410", Severity.WARNING, Category.INPUT, "HPA whose workload is not among the manifests"),
  OUTPUT_UNWRITABLE("SG411", Severity.ERROR, Category.IO, "output file cannot be written"),
  // Overlay mode: the team's base (SG43x)
  BASE_UNREADABLE("SG430", Severity.ERROR, Category.INPUT, "base that cannot be read"),
  ADOPTED_WORKLOAD_NOT_FOUND("SG431", Severity.ERROR, Category.INPUT, "adopted workload not in the base"),
  ADOPTED_CONTAINER_NOT_FOUND("SG432", Severity.ERROR, Category.INPUT, "adopted container not found"),
  WORKERS_SET_IN_BASE("SG433", Severity.ERROR, Category.INPUT, "worker count set otherwise in the base"),
  BASE_AUTOSCALER("SG434", Severity.ERROR, Category.INPUT, "base has its own HPA or PDB for an adopted workload"),
  ADOPT_WITHOUT_BASE("SG435", Severity.ERROR, Category.INPUT, "adopt without a base"),
  FIELD_OWNED_BY_BASE("SG436", Severity.ERROR, Category.INPUT, "field of an adopted tier that the base owns"),
  NAMESPACE_NOT_BASE("SG437", Severity.ERROR, Category.INPUT, "adopted workload in another namespace"),
  REPLICAS_IN_BASE("SG438", Severity.WARNING, Category.INPUT, "base sets replicas on a workload that now autoscales"),
  // --- The report's inputs -------------------------------------------------------------------
  PRICE_FILE_UNKNOWN_KEY("SG501", Severity.ERROR, Category.INPUT, "unknown key in the price file"),
  PRICE_FILE_BAD_VALUE("SG502", Severity.ERROR, Category.INPUT, "invalid value in the price file"),
  PRICES_INCOMPLETE("SG503", Severity.ERROR, Category.INPUT, "prices that cannot give a cost"),
  PRICED_POOL_UNKNOWN("SG504", Severity.WARNING, Category.INPUT, "price file names a pool the spec does not have"),
  POD_LARGER_THAN_NODE("SG505", Severity.WARNING, Category.INPUT, "pod larger than a node of its pool"),
  BAD_WEEK("SG506", Severity.ERROR, Category.USAGE, "report week is not a date"),

  // --- Simulation input: loads, load files, promises (SG6xx) ----------------------------------------
  UNKNOWN_LOAD("SG601", Severity.ERROR, Category.INPUT, "load that is not a known shape or file"),
  LOAD_FILE_UNREADABLE("SG602", Severity.ERROR, Category.IO, "load file cannot be read"),
  LOAD_FILE_COLUMNS("SG603", Severity.ERROR, Category.INPUT, "load file without a time and a value column"),
  LOAD_FILE_VALUE("SG604", Severity.ERROR, Category.INPUT, "load file value that cannot be read"),
  LOAD_FILE_ORDER("SG605", Severity.ERROR, Category.INPUT, "load file times not increasing"),
  PROMISE_ON_FIXED_TIER("SG606", Severity.ERROR, Category.INPUT, "promise on a tier without autoscaling"),
  PROMISE_OUTSIDE_BOUNDS("SG607", Severity.ERROR, Category.INPUT, "promise that the tier's bounds cannot keep"),
  LOAD_WITHOUT_TARGET("SG608", Severity.ERROR, Category.INPUT, "load of a resource the tier has no target for"),
  EMPTY_PROMISE("SG609", Severity.ERROR, Category.INPUT, "promise without reaches or neverAbove");

  /** What kind of failure a code stands for; front ends map {@link #IO} to a different exit code. */
  public enum Category {
    /** The spec is wrong: the user fixes the file. */
    INPUT,
    /** The file could not be read at all. */
    IO,
    /**
     * The options do not fit the spec (they select a set it does not have): the user fixes the
     * command line or the build's configuration; the CLI exits with its usage code.
     */
    USAGE,
    /** A generated file is not what the spec compiles to ({@code check}): the user regenerates it. */
    OUTPUT
  }

  private final String id;
  private final Severity severity;
  private final Category category;
  private final String title;

  Code(String id, Severity severity, Category category, String title) {
    this.id = id;
    this.severity = severity;
    this.category = category;
    this.title = title;
  }

  /** The stable identifier, e.g. {@code SG201}. */
  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  public Category category() {
    return category;
  }

  /** A short lower-case title, used as the rule name in machine-readable output. */
  public String title() {
    return title;
  }

  /** The code with the given identifier, or {@code null}. */
  public static Code byId(String id) {
    for (Code code : values()) {
      if (code.id.equals(id)) {
        return code;
      }
    }
    return null;
  }
}
