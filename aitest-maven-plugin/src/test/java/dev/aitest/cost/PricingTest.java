package dev.aitest.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.config.InvalidParameterException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PricingTest {

    @TempDir
    Path temp;

    @Test
    void theBuiltInTableHasCommonModelsAndItsDate() {
        Pricing pricing = Pricing.builtIn();
        assertEquals("2025-08-15", pricing.takenAt());
        assertEquals(new Pricing.Price(2.50, 10.00), pricing.find("gpt-4o").orElseThrow());
        assertEquals(new Pricing.Price(0.15, 0.60), pricing.find("gpt-4o-mini").orElseThrow());
        assertEquals(new Pricing.Price(3.00, 15.00), pricing.find("claude-sonnet-4").orElseThrow());
    }

    @Test
    void datedNamesArePricedAsTheirModelAndCaseDoesNotMatter() {
        Pricing pricing = Pricing.builtIn();
        assertEquals(new Pricing.Price(2.50, 10.00), pricing.find("gpt-4o-2024-08-06").orElseThrow());
        assertEquals(new Pricing.Price(0.15, 0.60), pricing.find("GPT-4o-mini-2024-07-18").orElseThrow());
        assertEquals(new Pricing.Price(3.00, 15.00), pricing.find("claude-sonnet-4-20250514").orElseThrow());
        assertTrue(pricing.find("gpt-4o-audio-preview").isEmpty(), "a different model is not priced as gpt-4o");
        assertTrue(pricing.find("my-local-llama").isEmpty());
    }

    @Test
    void costSumsPricedModelsAndListsTheOthers() {
        Map<String, long[]> tokens = new LinkedHashMap<>();
        tokens.put("gpt-4o", new long[] {1_000_000, 100_000});
        tokens.put("gpt-4o-mini", new long[] {2_000_000, 0});
        tokens.put("llama-3-local", new long[] {500, 500});
        Set<String> unpriced = new TreeSet<>();

        Double cost = Pricing.builtIn().cost(tokens, unpriced);

        assertEquals(2.50 + 1.00 + 0.30, cost, 1e-12);
        assertEquals(Set.of("llama-3-local"), unpriced);
    }

    @Test
    void noPricedModelMeansUnknownCost() {
        Set<String> unpriced = new TreeSet<>();
        assertNull(Pricing.builtIn().cost(Map.of("x", new long[] {10, 10}), unpriced));
        assertEquals(Set.of("x"), unpriced);
    }

    @Test
    void aFileExtendsAndOverridesTheTable() throws Exception {
        Path file = write("{\"takenAt\":\"2026-01-02\",\"models\":{"
                + "\"my-model\":{\"inputPerMillion\":1.0,\"outputPerMillion\":2.0},"
                + "\"GPT-4o\":{\"inputPerMillion\":5.0,\"outputPerMillion\":20.0}}}");

        Pricing pricing = Pricing.withFile(file);

        assertEquals(new Pricing.Price(1.0, 2.0), pricing.find("my-model").orElseThrow());
        assertEquals(new Pricing.Price(5.0, 20.0), pricing.find("gpt-4o").orElseThrow());
        assertEquals(new Pricing.Price(0.15, 0.60), pricing.find("gpt-4o-mini").orElseThrow());
        assertEquals("2026-01-02 (prices.json)", pricing.takenAt());
    }

    @Test
    void aMissingFileIsRefusedNamingTheProperty() {
        Path missing = temp.resolve("nope.json");
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Pricing.withFile(missing));
        assertTrue(e.getMessage().startsWith("aitest: aitest.pricingFile is '" + missing + "' but no such file exists;"),
                e.getMessage());
    }

    private static final String EXAMPLE = "; point it to a JSON file like {\"models\": {\"my-model\": "
            + "{\"inputPerMillion\": 1.0, \"outputPerMillion\": 2.0}}}";

    @Test
    void aValueOfTheWrongKindIsNamedByItsPlaceWithoutJavaTypeNames() throws Exception {
        Path file = write("{\"models\": {\"m\": {\"inputPerMillion\": \"cheap\"}}}");
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Pricing.withFile(file));
        assertEquals("aitest: aitest.pricingFile is '" + file + "' but models.m.inputPerMillion is \"cheap\" but must be "
                + "a number" + EXAMPLE, e.getMessage());
    }

    @Test
    void aFileOfTheWrongShapeSaysWhatItMustBe() throws Exception {
        Path file = write("{\"models\": [\"gpt-4o\", 2.5]}");
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Pricing.withFile(file));
        assertEquals("aitest: aitest.pricingFile is '" + file + "' but models is [\"gpt-4o\",2.5] but must be an object"
                + EXAMPLE, e.getMessage());
        assertFalse(e.getMessage().contains("java."), e.getMessage());
        assertFalse(e.getMessage().contains("dev.aitest"), e.getMessage());
    }

    @Test
    void anUnknownFieldIsNamedWithTheKnownOnes() throws Exception {
        Path file = write("{\"models\": {\"m\": {\"input\": 1, \"output\": 2}}}");
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Pricing.withFile(file));
        assertEquals("aitest: aitest.pricingFile is '" + file + "' but models.m.input is not a field aitest knows there "
                + "(it knows inputPerMillion, outputPerMillion)" + EXAMPLE, e.getMessage());
    }

    @Test
    void aFolderOrSomethingThatIsNotJsonIsSaidForWhatItIs() throws Exception {
        InvalidParameterException folder = assertThrows(InvalidParameterException.class, () -> Pricing.withFile(temp));
        assertEquals("aitest: aitest.pricingFile is '" + temp + "' but that is a folder" + EXAMPLE, folder.getMessage());
        Path file = write("models: gpt-4o");
        InvalidParameterException notJson = assertThrows(InvalidParameterException.class, () -> Pricing.withFile(file));
        assertTrue(notJson.getMessage().startsWith("aitest: aitest.pricingFile is '" + file + "' but it is not JSON ("),
                notJson.getMessage());
        Path empty = write("");
        InvalidParameterException none = assertThrows(InvalidParameterException.class, () -> Pricing.withFile(empty));
        assertEquals("aitest: aitest.pricingFile is '" + empty + "' but it is empty" + EXAMPLE, none.getMessage());
    }

    @Test
    void aNegativePriceIsRefused() throws Exception {
        Path file = write("{\"models\": {\"m\": {\"inputPerMillion\": -1, \"outputPerMillion\": 2}}}");
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Pricing.withFile(file));
        assertEquals("aitest: aitest.pricingFile is '" + file + "' but the price of 'm' is not two finite numbers of 0 "
                + "or more (inputPerMillion, outputPerMillion)", e.getMessage());
    }

    /** 1e400 reads as infinity, which priced every token at an infinite cost. */
    @Test
    void anInfinitePriceIsRefused() throws Exception {
        Path file = write("{\"models\": {\"m\": {\"inputPerMillion\": 1, \"outputPerMillion\": 1e400}}}");
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> Pricing.withFile(file));
        assertEquals("aitest: aitest.pricingFile is '" + file + "' but the price of 'm' is not two finite numbers of 0 "
                + "or more (inputPerMillion, outputPerMillion)", e.getMessage());
    }

    /** Huge prices and counts cost at most Money.SATURATED, never infinity. */
    @Test
    void costsOfHugePricesSaturate() throws Exception {
        Pricing pricing = Pricing.withFile(write("{\"models\": {\"m\": {\"inputPerMillion\": 1e308, "
                + "\"outputPerMillion\": 1e308}, \"n\": {\"inputPerMillion\": 1e308, \"outputPerMillion\": 0}}}"));
        java.util.Map<String, long[]> tokens = new java.util.LinkedHashMap<>();
        tokens.put("m", new long[] {Long.MAX_VALUE, Long.MAX_VALUE});
        tokens.put("n", new long[] {1_000_000, 0});
        assertEquals(Double.MAX_VALUE, pricing.cost(tokens, new java.util.ArrayList<>()));
    }

    private Path write(String json) throws IOException {
        return Files.writeString(temp.resolve("prices.json"), json);
    }
}
