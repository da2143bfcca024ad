package dev.scalegen.core.validate;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.DidYouMean;
import dev.scalegen.core.diag.Location;
import dev.scalegen.core.spec.SourceMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks a parsed spec against the JSON Schema and turns each schema error into a located
 * diagnostic in the user's words: the field in dotted form, the value, what was expected, and a
 * "did you mean" where a key or value looks misspelled.
 */
public final class SchemaValidator {

  /** Compiled for a type error, not by every run (a regular expression costs milliseconds cold). */
  private static final class Yaml11 {
    /** Plain scalars that YAML 1.1 reads as booleans but YAML 1.2 (and scalegen) reads as strings. */
    private static final Pattern BOOL =
        Pattern.compile("y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF");
    /** Plain scalars whose number differs between YAML 1.1 and 1.2: octal {@code 0755}, sexagesimal, {@code 1e3}. */
    private static final Pattern NUMBER =
        Pattern.compile("[-+]?0[0-7_]+|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+|[-+]?[0-9]+[eE][-+]?[0-9]+|0b[01_]+");
  }

  /** A key made {@code false} by another: group 1 the dependent schema, 2 the other key. */
  private static final Pattern EXCLUDED_BY = Pattern.compile("(.*/dependentSchemas/([^/]+))/properties/[^/]+/false");

  private final SourceMap sourceMap;
  private final JsonNode schemaTree;
  private final Restatements restatements;

  private SchemaValidator(SourceMap sourceMap, Restatements restatements) {
    this.sourceMap = sourceMap;
    this.schemaTree = SpecSchema.get().tree();
    this.restatements = restatements;
  }

  /** All schema problems of {@code root}, located through {@code sourceMap}. */
  public static List<Diagnostic> validate(JsonNode root, SourceMap sourceMap) {
    return validate(root, sourceMap, List.of());
  }

  /**
   * All schema problems of {@code root}, but those that one of the {@code semantic} diagnostics
   * reports at the same field with a better message ({@link Restatements}).
   */
  public static List<Diagnostic> validate(JsonNode root, SourceMap sourceMap, List<Diagnostic> semantic) {
    return begin(root, sourceMap, Runnable::run).finish(semantic);
  }

  /**
   * Starts checking {@code root} against the schema on {@code executor}: the schema's own
   * validation and what it cannot see of how scalars were written, the part that needs no other
   * diagnostic; {@link Pending#finish} then words what it found, leaving out what the semantic
   * rules said better. {@code Generator} runs it beside the semantic rules and the compiler. When
   * no thread of the executor has begun the check by then, {@code finish} does it itself.
   */
  public static Pending begin(JsonNode root, SourceMap sourceMap, Executor executor) {
    Pending pending = new Pending(root, sourceMap);
    executor.execute(pending::check);
    return pending;
  }

  /** What the schema found of a spec, not yet worded. */
  private record Found(List<Error> errors, Set<Diagnostic> scalars) {}

  /** A check against the schema under way ({@link #begin}). */
  public static final class Pending {
    private final JsonNode root;
    private final SourceMap sourceMap;
    private final AtomicBoolean begun = new AtomicBoolean();
    private final CompletableFuture<Found> found = new CompletableFuture<>();

    private Pending(JsonNode root, SourceMap sourceMap) {
      this.root = root;
      this.sourceMap = sourceMap;
    }

    /** Checks the spec, unless another thread has begun it. */
    private void check() {
      if (!begun.compareAndSet(false, true)) {
        return;
      }
      try {
        List<Error> errors = SpecSchema.get().compiled().validate(root);
        Set<Diagnostic> scalars = new LinkedHashSet<>();
        new SchemaValidator(sourceMap, Restatements.NONE).scalarsAsWritten(root, SpecSchema.get().tree(), "", scalars);
        found.complete(new Found(errors, scalars));
      } catch (RuntimeException | java.lang.Error e) {
        found.completeExceptionally(e);
      }
    }

    /**
     * All schema problems, but those that one of the {@code semantic} diagnostics reports at the
     * same field with a better message; checks the spec now if no thread has begun, or waits for
     * the check to end.
     */
    public List<Diagnostic> finish(List<Diagnostic> semantic) {
      check();
      Found f;
      try {
        f = found.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        if (e.getCause() instanceof java.lang.Error cause) {
          throw cause;
        }
        throw e;
      }
      return new SchemaValidator(sourceMap, new Restatements(semantic)).translate(f);
    }
  }

  private List<Diagnostic> translate(Found found) {
    Set<Diagnostic> out = new LinkedHashSet<>();
    for (Error error : found.errors()) {
      String location = error.getSchemaLocation().getFragment().toString();
      JsonNode anyOf = Alternatives.ofOtherBranch(schemaTree, location, error.getInstanceNode());
      Diagnostic d = anyOf != null ? noBranch(error, anyOf)
          : restatements.saidBetter(location, pointer(error.getInstanceLocation())) ? null : translate(error);
      if (d != null) {
        out.add(d);
      }
    }
    out.addAll(found.scalars());
    return new ArrayList<>(out);
  }

  /**
   * What JSON Schema cannot see: how a scalar was written.
   *
   * <ul>
   *   <li>JSON Schema counts {@code 1000.0} and {@code 1e3} as integers, but YAML reads them as
   *       floating-point numbers (and YAML 1.1 tools read {@code 1e3} as a string): where the schema
   *       expects an integer, a number written with a fraction or an exponent is a type error, not
   *       a value to round.
   *   <li>An integer written with a leading zero ({@code replicas: 010}) is 10 for YAML 1.2 and
   *       scalegen, but the octal 8 for YAML 1.1 tools ({@code 09}: the string {@code "09"}): where
   *       the two readings differ, it is an error, as a YAML 1.1 word is where a boolean belongs.
   *   <li>Where a string belongs, an unquoted time ({@code from: 22:00}) is a string for YAML 1.2
   *       and a base-60 number for YAML 1.1 tools: an error too ({@link Yaml11Scalars}).
   * </ul>
   */
  private void scalarsAsWritten(JsonNode instance, JsonNode schema, String pointer, Set<Diagnostic> out) {
    JsonNode s = resolve(schema, instance);
    if (s == null) {
      return;
    }
    if (instance.isFloatingPointNumber() && instance.decimalValue().stripTrailingZeros().scale() <= 0
        && allowsIntegerOnly(s.path("type"))) {
      // (A fraction such as 2.5 is not an integer for the schema either: it reports that one itself.)
      String raw = sourceMap.rawText(pointer);
      out.add(Diagnostic.of(Code.WRONG_TYPE, sourceMap.valueAt(pointer),
          "`" + SourceMap.dotted(pointer) + "` must be an integer, not the floating-point number `"
              + (raw == null ? instance.toString() : raw) + "`",
          "write `" + instance.decimalValue().toBigInteger() + "`"));
    } else if (instance.isIntegralNumber() && allowsNumbers(s.path("type"))) {
      // (Where a string belongs, the type error says more: typeError.)
      Diagnostic leadingZero = Yaml11Scalars.leadingZero(sourceMap, pointer, instance);
      if (leadingZero != null) {
        out.add(leadingZero);
      }
    } else if (instance.isString() && allows(s.path("type"), "string")) {
      Diagnostic time = Yaml11Scalars.sexagesimal(sourceMap, pointer);
      if (time != null) {
        out.add(time);
      }
    } else if (instance.isObject()) {
      for (var e : instance.properties()) {
        JsonNode child = s.path("properties").get(e.getKey());
        if (child == null && s.path("additionalProperties").isObject()) {
          child = s.get("additionalProperties");
        }
        if (child != null) {
          scalarsAsWritten(e.getValue(), child, SourceMap.child(pointer, e.getKey()), out);
        }
      }
    } else if (instance.isArray() && s.path("items").isObject()) {
      for (int i = 0; i < instance.size(); i++) {
        scalarsAsWritten(instance.get(i), s.get("items"), pointer + "/" + i, out);
      }
    }
  }

  private static boolean isWhole(JsonNode number) {
    return number.isIntegralNumber() || number.decimalValue().stripTrailingZeros().scale() <= 0;
  }

  private static boolean allowsNumbers(JsonNode type) {
    return allows(type, "integer") || allows(type, "number");
  }

  /** Integers but not other numbers: {@code integer}, or a list of types with it and without {@code number}. */
  private static boolean allowsIntegerOnly(JsonNode type) {
    return allows(type, "integer") && !allows(type, "number");
  }

  private static boolean allows(JsonNode type, String name) {
    for (JsonNode t : type.isArray() ? type : List.of(type)) {
      if (t.asString("").equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The schema that applies to {@code instance}: {@code $ref}s followed, the {@code anyOf} branch chosen by type. */
  private JsonNode resolve(JsonNode schema, JsonNode instance) {
    JsonNode s = schema;
    for (int hops = 0; hops < 16 && s != null; hops++) {
      if (s.has("$ref") && s.get("$ref").asString().startsWith("#/")) {
        s = schemaTree.at(s.get("$ref").asString().substring(1));
      } else if (s.has("anyOf")) {
        s = Alternatives.branchFor(s.get("anyOf"), instance);
      } else {
        return s;
      }
    }
    return s;
  }

  private Diagnostic translate(Error error) {
    String pointer = pointer(error.getInstanceLocation());
    String field = "`" + SourceMap.dotted(pointer) + "`";
    JsonNode schemaNode = error.getSchemaNode();
    JsonNode instance = error.getInstanceNode();
    String keyword = error.getKeyword();
    JsonNode parentSchema = parentSchema(error);
    switch (keyword) {
      case "additionalProperties" -> {
        String key = error.getProperty();
        String child = SourceMap.child(pointer, key);
        Set<String> known = propertyNames(parentSchema);
        String hint = DidYouMean.hint(key, known);
        if (hint.isEmpty() && !known.isEmpty()) {
          hint = "allowed keys here: " + String.join(", ", known);
        }
        return Diagnostic.of(Code.UNKNOWN_KEY, sourceMap.keyAt(child),
            "unknown key `" + key + "` in " + field, hint);
      }
      case "required" -> {
        String key = error.getProperty();
        String description = description(declaring(error, key));
        // Shown at the mapping that lacks the key; its path is the missing key's.
        Location at = sourceMap.keyAt(pointer);
        return Diagnostic.of(Code.MISSING_KEY,
            new Location(at.file(), at.line(), at.column(), SourceMap.child(pointer, key)),
            field + " is missing the required key `" + key + "`",
            description.isEmpty() ? "add `" + key + "`" : "add `" + key + "`: " + description);
      }
      case "type" -> {
        return typeError(pointer, field, schemaNode, instance);
      }
      case "enum", "const" -> {
        List<String> allowed = new ArrayList<>();
        if (schemaNode.isArray()) {
          schemaNode.forEach(v -> allowed.add(v.asString()));
        } else {
          allowed.add(schemaNode.asString());
        }
        String value = sourceMap.rawText(pointer) != null ? sourceMap.rawText(pointer) : String.valueOf(instance);
        String hint = DidYouMean.hint(value, allowed);
        return Diagnostic.of(Code.VALUE_NOT_ALLOWED, sourceMap.valueAt(pointer),
            field + " is `" + value + "`, which is not " + (allowed.size() == 1 ? "`" + allowed.get(0) + "`"
                : "one of " + join(allowed)),
            hint.isEmpty() && allowed.size() > 1 ? "use one of " + join(allowed) : hint);
      }
      case "minimum", "maximum" -> {
        if (parentSchema != null && !isWhole(instance) && allowsIntegerOnly(parentSchema.path("type"))) {
          return null; // 0.7 where an integer belongs: the type error says it, and hints the fix
        }
        String bound = schemaNode.asString() + (PercentForms.isPercent(parentSchema) ? "%" : "");
        return Diagnostic.of(Code.OUT_OF_RANGE, sourceMap.valueAt(pointer),
            field + " is " + raw(pointer, instance) + "; it must be " + ("minimum".equals(keyword) ? "at least " : "at most ")
                + bound,
            "");
      }
      case "minLength", "minItems", "minProperties" -> {
        return Diagnostic.of(Code.OUT_OF_RANGE, sourceMap.valueAt(pointer), field + " must not be empty", "");
      }
      case "pattern" -> {
        String rawText = sourceMap.rawText(pointer) != null ? sourceMap.rawText(pointer) : instance.asString();
        Diagnostic percent = PercentForms.isPercent(parentSchema)
            ? PercentForms.patternError(field, rawText, parentSchema, sourceMap.valueAt(pointer)) : null;
        if (percent != null) {
          return percent;
        }
        return Diagnostic.of(Code.BAD_FORMAT, sourceMap.valueAt(pointer),
            field + " is " + raw(pointer, instance) + "; expected " + PatternMeaning.of(parentSchema), "");
      }
      case "maxLength" -> {
        return Diagnostic.of(Code.OUT_OF_RANGE, sourceMap.valueAt(pointer), field + " is " + instance.asString().length()
            + " characters long; it must be at most " + schemaNode.asString() + " characters", "");
      }
      case "propertyNames" -> {
        return keyName(error, pointer, field);
      }
      case "false" -> {
        return excluded(error, pointer, field);
      }
      default -> {
        return Diagnostic.of(Code.SCHEMA_VIOLATION, sourceMap.valueAt(pointer),
            field + ": " + error.getMessage(), "");
      }
    }
  }

  /**
   * A key of a map that is not a name of the form the map's {@code propertyNames} asks for (a
   * tier named {@code Web_1}), shown at the key; left out when a rule says it better.
   */
  private Diagnostic keyName(Error error, String pointer, String field) {
    String key = error.getProperty();
    String child = SourceMap.child(pointer, key);
    String location = error.getSchemaLocation().getFragment().toString();
    JsonNode names = schemaTree.at(location);
    if (names.has("$ref") && names.get("$ref").asString().startsWith("#/")) {
      location = names.get("$ref").asString().substring(1);
      names = schemaTree.at(location);
    }
    boolean tooLong = names.has("maxLength") && key.length() > names.get("maxLength").asInt()
        && PatternMeaning.matches(names, key);
    if (restatements.saidBetter(location + (tooLong ? "/maxLength" : "/pattern"), child)) {
      return null;
    }
    String message = tooLong
        ? "key `" + key + "` of " + field + " is " + key.length() + " characters long; it must be at most "
            + names.get("maxLength").asInt() + " characters"
        : "key `" + key + "` of " + field + " is not a valid name; expected " + PatternMeaning.of(names);
    return Diagnostic.of(tooLong ? Code.OUT_OF_RANGE : Code.BAD_FORMAT, sourceMap.keyAt(child), message, "");
  }

  /**
   * A key that another key excludes ({@code dependentSchemas} of the other key whose
   * {@code properties} make this one {@code false}), shown at the key, with the schema's
   * {@code errorMessage} as the hint.
   */
  private Diagnostic excluded(Error error, String pointer, String field) {
    String location = error.getSchemaLocation().getFragment().toString();
    Matcher m = EXCLUDED_BY.matcher(location);
    if (!m.matches()) {
      return Diagnostic.of(Code.SCHEMA_VIOLATION, sourceMap.keyAt(pointer), field + " is not allowed here", "");
    }
    String hint = schemaTree.at(m.group(1)).path("errorMessage").asString("");
    return Diagnostic.of(Code.SCHEMA_VIOLATION, sourceMap.keyAt(pointer),
        field + " cannot be set together with `" + m.group(2) + "`", hint);
  }

  /** One type error for a value that fits none of the forms an {@code anyOf} offers. */
  private Diagnostic noBranch(Error error, JsonNode anyOf) {
    JsonNode instance = error.getInstanceNode();
    if (Alternatives.branchFor(anyOf, instance) != null) {
      return null; // the branch for the value's type reports what is wrong with it
    }
    String pointer = pointer(error.getInstanceLocation());
    // The named values first (`off`, or a mapping), whatever the branches' order (the schema puts
    // a mapping first where that spares the library an error on valid specs: SpecSchema).
    List<String> named = new ArrayList<>();
    List<String> typed = new ArrayList<>();
    for (JsonNode branch : anyOf) {
      List<String> values = new ArrayList<>();
      branch.path("enum").forEach(v -> values.add(v.asString()));
      if (branch.has("const")) {
        values.add(branch.get("const").asString());
      }
      if (!values.isEmpty()) {
        named.add(join(values));
      } else {
        typed.add(expectation(List.of(branch.path("type").asString("")), pointer));
      }
    }
    List<String> forms = new ArrayList<>(named);
    forms.addAll(typed);
    String rawText = sourceMap.rawText(pointer);
    return Diagnostic.of(Code.WRONG_TYPE, sourceMap.valueAt(pointer), "`" + SourceMap.dotted(pointer) + "` must be "
        + String.join(", or ", forms) + ", not " + describe(instance, rawText), "");
  }

  private Diagnostic typeError(String pointer, String field, JsonNode schemaNode, JsonNode instance) {
    List<String> expected = new ArrayList<>();
    if (schemaNode.isArray()) {
      schemaNode.forEach(t -> expected.add(t.asString()));
    } else {
      expected.add(schemaNode.asString());
    }
    SourceMap.Node node = sourceMap.node(pointer);
    String rawText = node == null ? null : node.rawText();
    boolean plain = node != null && node.plain();
    Location at = sourceMap.valueAt(pointer);
    if (plain && rawText != null && expected.contains("boolean") && Yaml11.BOOL.matcher(rawText).matches()) {
      boolean truthy = rawText.toLowerCase(java.util.Locale.ROOT).matches("y|yes|on");
      return Diagnostic.of(Code.YAML11_COERCION, at,
          field + " is `" + rawText + "`, a string in YAML 1.2 (YAML 1.1 tools read it as " + truthy
              + "); it must be `true` or `false`",
          "write `" + truthy + "`");
    }
    if (plain && rawText != null && expected.contains("string") && !instance.isString()
        && Yaml11.NUMBER.matcher(rawText).matches()) {
      return Diagnostic.of(Code.YAML11_COERCION, at,
          field + " is the unquoted `" + rawText + "`, which YAML reads as the number " + instance
              + " (YAML 1.1 tools read it differently); it must be a string",
          "quote it: `\"" + rawText + "\"`");
    }
    String hint = percentField(expected, pointer) ? PercentForms.fractionHint(instance)
        : expected.contains("string") && (instance.isNumber() || instance.isBoolean() || instance.isNull())
        ? "quote it: `\"" + (rawText == null ? instance : rawText) + "\"`" : "";
    return Diagnostic.of(Code.WRONG_TYPE, at,
        field + " must be " + expectation(expected, pointer) + ", not " + describe(instance, rawText), hint);
  }

  private static boolean percentField(List<String> types, String pointer) {
    return types.contains("string") && types.contains("integer") && pointer.matches(".*/(cpu|memory)$")
        && pointer.contains("autoscaling");
  }

  private static String expectation(List<String> types, String pointer) {
    if (percentField(types, pointer)) {
      return "a percentage such as `70%`";
    }
    if (types.contains("string") && types.contains("number")) {
      return "a quantity such as `500m` or `2Gi`";
    }
    List<String> words = new ArrayList<>();
    for (String t : types) {
      words.add(switch (t) {
        case "object" -> "a mapping";
        case "array" -> "a list";
        case "integer" -> "an integer";
        case "number" -> "a number";
        case "boolean" -> "`true` or `false`";
        case "string" -> "a string";
        default -> t;
      });
    }
    return String.join(" or ", words);
  }

  private static String describe(JsonNode instance, String rawText) {
    if (instance.isObject()) {
      return "a mapping";
    }
    if (instance.isArray()) {
      return "a list";
    }
    if (instance.isNull()) {
      return "empty (null)";
    }
    String shown = rawText != null ? rawText : instance.toString();
    if (instance.isString()) {
      return "the string `" + shown + "`";
    }
    if (instance.isBoolean()) {
      return "the boolean `" + shown + "`";
    }
    return "the number `" + shown + "`";
  }

  private String raw(String pointer, JsonNode instance) {
    String r = sourceMap.rawText(pointer);
    return "`" + (r != null ? r : instance.toString()) + "`";
  }

  private static String join(List<String> values) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(i == values.size() - 1 ? " or " : ", ");
      }
      b.append('`').append(values.get(i)).append('`');
    }
    return b.toString();
  }

  /** The schema object that holds the failing keyword, found in our own schema tree by its location. */
  private JsonNode parentSchema(Error error) {
    NodePath fragment = error.getSchemaLocation().getFragment();
    JsonNode node = schemaTree;
    for (int i = 0; i < fragment.getNameCount() - 1 && node != null; i++) {
      Object element = fragment.getElement(i);
      node = element instanceof Integer index ? node.get(index) : node.get(String.valueOf(element));
    }
    return node;
  }

  /**
   * The schema of property {@code key} next to a failing {@code required}: in the schema that holds
   * the keyword, or in the nearest one around it (a tier's `image` is required by an {@code if}'s
   * {@code then}, and described in the tier's {@code properties}).
   */
  private JsonNode declaring(Error error, String key) {
    NodePath fragment = error.getSchemaLocation().getFragment();
    List<JsonNode> path = new ArrayList<>(List.of(schemaTree));
    JsonNode node = schemaTree;
    for (int i = 0; i < fragment.getNameCount() - 1 && node != null; i++) {
      Object element = fragment.getElement(i);
      node = element instanceof Integer index ? node.get(index) : node.get(String.valueOf(element));
      path.add(node);
    }
    for (int i = path.size() - 1; i >= 0; i--) {
      // A `true` placeholder (a `then` that requires a key, for Ajv's strict mode) describes nothing.
      if (path.get(i) != null && path.get(i).path("properties").path(key).isObject()) {
        return path.get(i).path("properties").path(key);
      }
    }
    return null;
  }

  private static Set<String> propertyNames(JsonNode schema) {
    Set<String> names = new LinkedHashSet<>();
    if (schema != null && schema.path("properties").isObject()) {
      names.addAll(schema.path("properties").propertyNames());
    }
    return names;
  }

  /** The first sentence of a property's description, resolving a {@code $ref} once. */
  private String description(JsonNode property) {
    if (property == null || property.isMissingNode()) {
      return "";
    }
    JsonNode d = property.get("description");
    if (d == null && property.has("$ref")) {
      String ref = property.get("$ref").asString();
      if (ref.startsWith("#/")) {
        d = schemaTree.at(ref.substring(1)).get("description");
      }
    }
    if (d == null) {
      return "";
    }
    String text = d.asString();
    int dot = text.indexOf(". ");
    return dot < 0 ? text : text.substring(0, dot + 1);
  }

  private static String pointer(NodePath path) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      b.append('/').append(SourceMap.escape(String.valueOf(path.getElement(i))));
    }
    return b.toString();
  }
}
