package dev.aitest.cost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aitest.config.InvalidParameterException;
import dev.aitest.model.Money;
import dev.aitest.store.JsonProblems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Prices per million input and output tokens, by model: a built-in table of common models that a user's file
 * ({@code aitest.pricingFile}, same format) extends or overrides.
 */
public final class Pricing {

    /** Property: a JSON file of prices that extends or overrides the built-in table. */
    public static final String PRICING_FILE = "aitest.pricingFile";

    /** A dated suffix a provider adds to a model name: gpt-4o-2024-08-06, claude-sonnet-4-20250514. */
    private static final Pattern VERSION_SUFFIX = Pattern.compile("-(\\d{4}-\\d{2}-\\d{2}|\\d{8}|\\d{4}|latest)$");

    private final Map<String, Price> prices;
    private final String takenAt;

    private Pricing(Map<String, Price> prices, String takenAt) {
        this.prices = prices;
        this.takenAt = takenAt;
    }

    /**
     * The built-in table, read once on first use: a run without usage records never reads it, and one with them
     * reads it when the JSON machinery is already loaded, instead of paying for that before the first test runs.
     */
    private static final class BuiltIn {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        static final Pricing TABLE = read();

        private static Pricing read() {
            try (InputStream in = Pricing.class.getResourceAsStream("pricing.json")) {
                Table table = MAPPER.readValue(in, Table.class);
                return new Pricing(normalized(table.models()), table.takenAt());
            } catch (IOException e) {
                throw new UncheckedIOException("the plugin's built-in pricing table cannot be read", e);
            }
        }
    }

    /**
     * A price.
     *
     * @param inputPerMillion US dollars per million input tokens
     * @param outputPerMillion US dollars per million output tokens
     */
    public record Price(double inputPerMillion, double outputPerMillion) {
    }

    /** The format of the built-in table and of {@code aitest.pricingFile}. */
    record Table(String takenAt, String note, Map<String, Price> models) {
    }

    /** The built-in table, read on first use. */
    public static Pricing builtIn() {
        return new Pricing(null, null);
    }

    /** The table itself, or for {@link #builtIn()} the built-in table. */
    private Pricing table() {
        return prices == null ? BuiltIn.TABLE : this;
    }

    /** The built-in table extended and overridden by {@code file}; checked before any test runs. */
    public static Pricing withFile(Path file) throws InvalidParameterException {
        String example = "; point it to a JSON file like {\"models\": {\"my-model\": {\"inputPerMillion\": 1.0, "
                + "\"outputPerMillion\": 2.0}}}";
        if (Files.isDirectory(file)) {
            throw new InvalidParameterException("aitest: " + PRICING_FILE + " is '" + file + "' but that is a folder"
                    + example);
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidParameterException("aitest: " + PRICING_FILE + " is '" + file + "' but no such file "
                    + "exists" + example);
        }
        Table table;
        JsonNode tree = null;
        try {
            tree = BuiltIn.MAPPER.readTree(file.toFile());
            table = BuiltIn.MAPPER.treeToValue(tree, Table.class);
        } catch (JsonMappingException e) {
            throw new InvalidParameterException("aitest: " + PRICING_FILE + " is '" + file + "' but "
                    + JsonProblems.wrongValue(e, tree) + example);
        } catch (JsonProcessingException e) {
            throw new InvalidParameterException("aitest: " + PRICING_FILE + " is '" + file + "' but "
                    + JsonProblems.notJson(e) + example);
        } catch (IOException e) {
            throw new InvalidParameterException("aitest: " + PRICING_FILE + " is '" + file + "' but it cannot be read ("
                    + e.getMessage() + ")" + example);
        }
        if (table == null) {
            throw new InvalidParameterException("aitest: " + PRICING_FILE + " is '" + file + "' but it is empty"
                    + example);
        }
        Map<String, Price> merged = new LinkedHashMap<>(BuiltIn.TABLE.prices);
        Map<String, Price> overrides = table.models() == null ? Map.of() : table.models();
        for (Map.Entry<String, Price> entry : overrides.entrySet()) {
            Price price = entry.getValue();
            if (price == null || !finiteNotNegative(price.inputPerMillion())
                    || !finiteNotNegative(price.outputPerMillion())) {
                throw new InvalidParameterException("aitest: " + PRICING_FILE + " is '" + file + "' but the price of '"
                        + entry.getKey() + "' is not two finite numbers of 0 or more (inputPerMillion, "
                        + "outputPerMillion)");
            }
        }
        merged.putAll(normalized(overrides));
        String date = table.takenAt() == null ? BuiltIn.TABLE.takenAt : table.takenAt() + " (" + file.getFileName() + ")";
        return new Pricing(merged, date);
    }

    /** When the prices were taken. */
    public String takenAt() {
        return table().takenAt;
    }

    /**
     * The price of {@code model}: its own entry, else the entry of the name it has without a dated suffix
     * ({@code gpt-4o-2024-08-06} is priced as {@code gpt-4o}). Names are compared without case.
     */
    public Optional<Price> find(String model) {
        Map<String, Price> table = table().prices;
        String name = model.trim().toLowerCase(Locale.ROOT);
        Price price = table.get(name);
        if (price == null) {
            String undated = VERSION_SUFFIX.matcher(name).replaceFirst("");
            price = table.get(undated);
        }
        return Optional.ofNullable(price);
    }

    /**
     * The cost of the given tokens (input and output per model). Models without a price add nothing and are
     * added to {@code unpriced}; null when no model had a price.
     */
    public Double cost(Map<String, long[]> tokensByModel, Collection<String> unpriced) {
        Double total = 0.0;
        boolean priced = false;
        for (Map.Entry<String, long[]> entry : tokensByModel.entrySet()) {
            Optional<Price> price = find(entry.getKey());
            if (price.isEmpty()) {
                unpriced.add(entry.getKey());
                continue;
            }
            priced = true;
            total = Money.add(total, Money.add(entry.getValue()[0] / 1_000_000.0 * price.get().inputPerMillion(),
                    entry.getValue()[1] / 1_000_000.0 * price.get().outputPerMillion()));
        }
        return priced ? total : null;
    }

    private static boolean finiteNotNegative(double value) {
        return Double.isFinite(value) && value >= 0;
    }

    private static Map<String, Price> normalized(Map<String, Price> prices) {
        Map<String, Price> result = new LinkedHashMap<>();
        prices.forEach((model, price) -> result.put(model.trim().toLowerCase(Locale.ROOT), price));
        return result;
    }
}
